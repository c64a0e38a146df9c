"""Array.fromAsync (ES2026, sec-array.fromasync): collects an async iterable, a sync
iterable (through CreateAsyncFromSyncIterator) or an array-like into a new array,
awaiting every value (and every mapped value), and returns a promise for the array.

The spec's async abstract closure is written as a chain of Python continuations: each
Await hands a continuation to vm/async_functions.await_value, so every step after the
first runs as a promise job, exactly where the spec's Await would resume.  An abrupt
completion rejects the returned promise; while an iterator is open it is closed first
(AsyncIteratorClose: its `return` result is awaited, the original error wins).
"""

from __future__ import annotations

from jskernel.engine.builtins import arg
from jskernel.engine.builtins.array_generic import ArrayCreate, CreateDataPropertyOrThrow, LengthOfArrayLike
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED, WELL_KNOWN_SYMBOLS, SYMBOL_ITERATOR


def array_from_async(realm, this, args):
    from jskernel.engine.builtins import promise as P
    vm = realm.vm
    cap = P.new_capability(realm, realm.intrinsics["%Promise%"])
    try:
        _FromAsync(realm, this, args, cap).start()
    except ThrowCompletion as exc:
        cap.reject(vm.materialize(exc))
    return cap.promise


class _FromAsync:
    def __init__(self, realm, C, args, cap):
        self.realm, self.vm, self.C, self.cap = realm, realm.vm, C, cap
        self.items, self.fn, self.this_arg = arg(args, 0), arg(args, 1), arg(args, 2)
        self.k = 0
        self.a = None
        self.obj = self.next_method = self.sync = None

    # -- helpers ------------------------------------------------------------------------------
    def await_(self, value, on_ok, on_err=None):
        from jskernel.engine.vm.async_functions import await_value

        def guarded(fn):
            def run(v):
                try:
                    fn(v)
                except ThrowCompletion as exc:
                    self.cap.reject(self.vm.materialize(exc))
            return run
        await_value(self.vm, value, guarded(on_ok), guarded(on_err) if on_err else self.cap.reject)

    def get_method(self, key):
        from jskernel.engine.vm.handlers import get_value
        v = self.items
        m = v.get(key) if isinstance(v, JSObject) else get_value(self.vm, v, key)
        if m is UNDEFINED or m is None:
            return UNDEFINED
        if not ops.IsCallable(m):
            throw_type_error(f"{ops.ToDisplayString(m)} is not a function")
        return m

    def new_target(self, *args):
        if ops.IsConstructor(self.C):
            return self.vm.construct(self.C, [float(x) for x in args])
        return ArrayCreate(self.realm, args[0] if args else 0)

    def finish(self, length):
        if not self.a.set("length", float(length), self.a):
            throw_type_error("Cannot assign to read only property 'length' of object")
        self.cap.resolve(self.a)

    # -- the closure ----------------------------------------------------------------------------
    def start(self):
        if self.fn is not UNDEFINED and not ops.IsCallable(self.fn):
            throw_type_error(f"{ops.ToDisplayString(self.fn)} is not a function")
        if self.items is UNDEFINED or self.items is None:
            throw_type_error(f"{ops.ToDisplayString(self.items)} is not iterable")
        using_async = self.get_method(WELL_KNOWN_SYMBOLS["asyncIterator"])
        using_sync = self.get_method(SYMBOL_ITERATOR) if using_async is UNDEFINED else UNDEFINED
        if using_async is not UNDEFINED or using_sync is not UNDEFINED:
            self.a = self.new_target()
            it = self.vm.call_function(using_async if using_async is not UNDEFINED else using_sync, self.items, [])
            if not isinstance(it, JSObject):
                throw_type_error("Result of the Symbol.asyncIterator method is not an object")
            nm = it.get("next")
            if using_async is not UNDEFINED:
                self.obj, self.next_method = it, nm
            else:
                from jskernel.engine.vm.async_functions import AsyncFromSyncRecord
                from jskernel.engine.vm.iteration import ProtocolIterator
                self.sync = AsyncFromSyncRecord(ProtocolIterator(self.vm, it, nm))
            self.step_iterator()
        else:
            self.like = ops.ToObject(self.realm, self.items)
            self.length = LengthOfArrayLike(self.like)
            self.a = self.new_target(self.length)
            self.step_array_like()

    # iterable path
    def step_iterator(self):
        if self.sync is not None:
            r = self.sync.call(self.vm, "next", UNDEFINED, False)
        else:
            r = self.vm.call_function(self.next_method, self.obj, [])
        self.await_(r, self.on_next)

    def on_next(self, result):
        if not isinstance(result, JSObject):
            throw_type_error(f"Iterator result {ops.ToDisplayString(result)} is not an object")
        if ops.ToBoolean(result.get("done")):
            self.finish(self.k)
            return
        value = result.get("value")
        if self.fn is not UNDEFINED:
            try:
                mapped = self.vm.call_function(self.fn, self.this_arg, [value, float(self.k)])
            except ThrowCompletion as exc:
                self.close_then_reject(self.vm.materialize(exc))
                return
            self.await_(mapped, self.define, self.close_then_reject)
        else:
            self.define(value)

    def define(self, value):
        try:
            CreateDataPropertyOrThrow(self.a, str(self.k), value)
        except ThrowCompletion as exc:
            self.close_then_reject(self.vm.materialize(exc))
            return
        self.k += 1
        self.step_iterator()

    def close_then_reject(self, err):
        """AsyncIteratorClose(iteratorRecord, throw completion err)."""
        def reject(_=None):
            self.cap.reject(err)
        try:
            if self.sync is not None:
                r = self.sync.call(self.vm, "return", UNDEFINED, False)
            else:
                ret = self.obj.get("return")
                if ret is UNDEFINED or ret is None:
                    reject()
                    return
                r = self.vm.call_function(ret, self.obj, [])
            self.await_(r, reject, reject)
        except ThrowCompletion:
            reject()

    # array-like path
    def step_array_like(self):
        if self.k >= self.length:
            self.finish(self.length)
            return
        self.await_(self.like.get(str(self.k)), self.on_element)

    def on_element(self, value):
        if self.fn is not UNDEFINED:
            mapped = self.vm.call_function(self.fn, self.this_arg, [value, float(self.k)])
            self.await_(mapped, self.define_like)
        else:
            self.define_like(value)

    def define_like(self, value):
        CreateDataPropertyOrThrow(self.a, str(self.k), value)
        self.k += 1
        self.step_array_like()


def install(realm):
    from jskernel.engine.builtins import define_table
    define_table(realm, realm.intrinsics["%Array%"], [("fromAsync", array_from_async, 1)])
