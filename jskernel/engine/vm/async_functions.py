"""Async functions and async generators on the promise job queue.

Owns the drivers that run a suspended frame between awaits: `call_async` (an async
function's [[Call]]: AsyncFunctionStart, sec-async-functions-abstract-operations),
the async generator machinery (AsyncGeneratorStart / Resume / Yield / CompleteStep /
DrainQueue / AwaitReturn and the request queue, sec-asyncgenerator-abstract-operations)
and the async iterator records used by `for await` and `yield*` in async generators
(GetIterator(obj, async), CreateAsyncFromSyncIterator, sec-async-from-sync-iterator-objects).

An async frame suspends exactly like a generator frame (docs/vm.md): the AWAIT
instruction (vm/handlers_async.py) parks it and leaves the run; `Await` here hooks
engine-internal reactions onto the awaited promise, and the reaction job resumes the
frame with the settled value (or unwinds it with the rejection).  Each resumption is
one entry run of the VM started from the job loop, so nothing accumulates on the
Python stack.  The promise primitives come from builtins/promise.py.
"""

from __future__ import annotations

from collections import deque

from jskernel.engine.builtins import promise as P
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSArray, JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import ABSENT, SYMBOL_ASYNC_ITERATOR, SYMBOL_ITERATOR, UNDEFINED


class AsyncState:
    """The suspended state of an async function (frame + its promise capability)."""

    __slots__ = ("frame", "state", "started", "cap")

    def __init__(self, frame, cap):
        self.frame = frame
        self.state = "executing"
        self.started = False
        self.cap = cap


class AsyncGeneratorState:
    __slots__ = ("frame", "state", "started", "queue")

    def __init__(self, frame):
        self.frame = frame
        self.state = "suspendedStart"   # suspendedStart | suspendedYield | executing | awaiting-return | completed
        self.started = False
        self.queue = deque()            # AsyncGeneratorRequest records: (mode, value, capability)


def run_frame(vm, st, mode, value):
    """Resume `st.frame` with a completion; run until it awaits, yields or finishes.

    Returns (kind, value) with kind "await" | "yield" | "return" | "throw"."""
    from jskernel.engine.vm.interpreter import GeneratorReturn
    if vm.depth >= vm.max_depth or vm.native_depth >= vm.max_native_depth:
        return "throw", vm.realm.new_error("RangeError", M.STACK_OVERFLOW)
    frame = st.frame
    frame.caller = vm.frame
    frame.entry = True
    vm.frame = frame
    vm.depth += 1
    delegating = frame.resume_mode == "wait"
    if delegating:                       # async yield*: the step instruction sees (mode, value)
        frame.stack.append(value)
        frame.resume_mode = mode
    elif st.started and mode == "next":
        frame.stack.append(value)
    st.started = True
    vm.native_depth += 1
    try:
        if not delegating:
            if mode == "throw":
                vm.unwind(frame, ThrowCompletion(value), frame)
            elif mode == "return":
                vm.unwind(frame, ThrowCompletion(GeneratorReturn(value)), frame)
        result = vm.run(frame)
    except ThrowCompletion as exc:
        vm.yielded = vm.awaiting = False
        v = vm.materialize(exc)
        if type(v) is GeneratorReturn:
            return "return", v.value
        return "throw", v
    finally:
        vm.native_depth -= 1
    if vm.yielded:
        vm.yielded = False
        if vm.awaiting:
            vm.awaiting = False
            return "await", result
        return "yield", result
    return "return", result


def await_value(vm, value, on_ok, on_err):
    """Await(value), steps 2-9: PromiseResolve(%Promise%, value) then internal reactions.
    May throw (a promise whose `constructor` getter throws)."""
    realm = vm.realm
    p = P.promise_resolve(realm, realm.intrinsics["%Promise%"], value)
    P.perform_then(realm, p, on_ok, on_err)


# -- async functions ------------------------------------------------------------------------
def call_async(vm, func, this, args):
    """[[Call]] of an async function / arrow / method: returns its promise."""
    realm = vm.realm
    frame = vm.make_frame(func, this, list(args), None)
    p = P.new_promise(realm)
    fns = P.ResolvingFunctions(realm, p)
    st = AsyncState(frame, fns)
    async_step(vm, st, "next", UNDEFINED)
    return p


def start_async_code(vm, code, this):
    """Run a top-level CodeObject compiled with `top_level_await` (a REPL cell, a module
    with top-level await) as an async function body: it runs synchronously up to its
    first await; returns the promise of its completion value."""
    from jskernel.engine.vm.frames import Frame
    realm = vm.realm
    frame = Frame(code, None, this, [], None, [UNDEFINED] * code.nlocals,
                  [None] * code.ncells if code.ncells else None)
    p = P.new_promise(realm)
    st = AsyncState(frame, P.ResolvingFunctions(realm, p))
    async_step(vm, st, "next", UNDEFINED)
    return p


def async_step(vm, st, mode, value):
    while True:
        kind, v = run_frame(vm, st, mode, value)
        if kind == "await":
            ignore = vm.await_flags
            try:
                await_value(vm, v, lambda x: async_step(vm, st, "next", x),
                            (lambda e: async_step(vm, st, "next", UNDEFINED)) if ignore else
                            (lambda e: async_step(vm, st, "throw", e)))
            except ThrowCompletion as exc:
                mode, value = "throw", vm.materialize(exc)
                continue
            return
        if kind == "return":
            st.cap.resolve(v)
        else:
            st.cap.reject(v)
        st.state = "completed"
        return


# -- async generators -----------------------------------------------------------------------------
def create_async_generator(vm, func, this, args):
    realm = vm.realm
    frame = vm.make_frame(func, this, list(args), None)
    g = AsyncGeneratorState(frame)
    kind, v = run_frame(vm, g, "next", UNDEFINED)      # parameters, up to ASYNC_GENERATOR_START
    if kind == "throw":
        raise ThrowCompletion(v)
    proto = func.get("prototype")
    if not isinstance(proto, JSObject):
        proto = realm.intrinsics["%AsyncGeneratorPrototype%"]
    g.state = "suspendedStart"
    gen = realm.heap.allocate(JSObject, proto, "AsyncGenerator")
    gen.internal = g
    return gen


def agen_enqueue(vm, this, mode, value, method):
    """AsyncGenerator.prototype.next / return / throw (sec-asyncgenerator-prototype-next ...)."""
    realm = vm.realm
    cap = P.new_capability(realm, realm.intrinsics["%Promise%"])
    g = this.internal if isinstance(this, JSObject) else None
    if type(g) is not AsyncGeneratorState:
        cap.reject(realm.new_error("TypeError", f"Method [AsyncGenerator].prototype.{method} called on incompatible receiver "
                                                f"{P.describe(realm, this)}"))
        return cap.promise
    state = g.state
    if mode == "next":
        if state == "completed":
            cap.resolve(_iter_result(realm, UNDEFINED, True))
            return cap.promise
        g.queue.append((mode, value, cap))
        if state in ("suspendedStart", "suspendedYield"):
            agen_resume(vm, g, mode, value)
    elif mode == "return":
        g.queue.append((mode, value, cap))
        if state in ("suspendedStart", "completed"):
            g.state = "awaiting-return"
            agen_await_return(vm, g)
        elif state == "suspendedYield":
            agen_resume_from_yield(vm, g, mode, value)
    else:
        if state == "suspendedStart":
            g.state = state = "completed"
        if state == "completed":
            cap.reject(value)
            return cap.promise
        g.queue.append((mode, value, cap))
        if state == "suspendedYield":
            agen_resume(vm, g, mode, value)
    return cap.promise


def _iter_result(realm, value, done):
    from jskernel.engine.builtins.iterator import iter_result
    return iter_result(realm, value, done)


def agen_resume_from_yield(vm, g, mode, value):
    """AsyncGeneratorUnwrapYieldResumption: a return request awaits its value first."""
    if mode != "return":
        agen_resume(vm, g, mode, value)
        return
    g.state = "executing"
    try:
        await_value(vm, value, lambda x: agen_resume(vm, g, "return", x),
                    lambda e: agen_resume(vm, g, "throw", e))
    except ThrowCompletion as exc:
        agen_resume(vm, g, "throw", vm.materialize(exc))


def agen_resume(vm, g, mode, value):
    """AsyncGeneratorResume: run the frame until it awaits, suspends at a yield or completes."""
    g.state = "executing"
    while True:
        kind, v = run_frame(vm, g, mode, value)
        if kind == "await":
            ignore = vm.await_flags
            try:
                await_value(vm, v, lambda x: agen_resume(vm, g, "next", x),
                            (lambda e: agen_resume(vm, g, "next", UNDEFINED)) if ignore else
                            (lambda e: agen_resume(vm, g, "throw", e)))
            except ThrowCompletion as exc:
                mode, value = "throw", vm.materialize(exc)
                continue
            return
        if kind == "yield":                       # AsyncGeneratorYield
            agen_complete_step(vm, g, "normal", v, False)
            if g.queue:                           # resume at once with the next request
                mode, value, _ = g.queue[0]
                if mode == "return":
                    agen_resume_from_yield(vm, g, mode, value)
                    return
                continue
            g.state = "suspendedYield"
            return
        g.state = "completed"
        agen_complete_step(vm, g, "normal" if kind == "return" else "throw", v, True)
        agen_drain_queue(vm, g)
        return


def agen_complete_step(vm, g, kind, value, done):
    _, _, cap = g.queue.popleft()
    if kind == "throw":
        cap.reject(value)
    else:
        cap.resolve(_iter_result(vm.realm, value, done))


def agen_drain_queue(vm, g):
    queue = g.queue
    while queue:
        mode, value, _ = queue[0]
        if mode == "return":
            g.state = "awaiting-return"
            agen_await_return(vm, g)
            return
        if mode == "throw":
            agen_complete_step(vm, g, "throw", value, True)
        else:
            agen_complete_step(vm, g, "normal", UNDEFINED, True)
    g.state = "completed"


def agen_await_return(vm, g):
    _, value, _ = g.queue[0]

    def settle(kind):
        def fn(x):
            g.state = "completed"
            agen_complete_step(vm, g, kind, x, True)
            agen_drain_queue(vm, g)
        return fn
    try:
        await_value(vm, value, settle("normal"), settle("throw"))
    except ThrowCompletion as exc:
        settle("throw")(vm.materialize(exc))


# -- async iterator records (for await, yield* in async generators) -------------------------------------
class AsyncIteratorRecord:
    """An Iterator Record over an async iterator object."""

    __slots__ = ("obj", "next_method", "done")

    def __init__(self, obj, next_method):
        self.obj = obj
        self.next_method = next_method
        self.done = False

    def call(self, vm, mode, value, has_value=True):
        """Call next / throw / return; returns the raw result (to be awaited), or ABSENT when
        the method (throw / return) is missing."""
        if mode == "next":
            return vm.call_function(self.next_method, self.obj, [value] if has_value else [])
        m = _get_method(vm, self.obj, mode)
        if m is UNDEFINED:
            return ABSENT
        return vm.call_function(m, self.obj, [value] if has_value else [])


class AsyncFromSyncRecord:
    """CreateAsyncFromSyncIterator: next / throw / return answer promises of iterator results."""

    __slots__ = ("sync", "done")

    def __init__(self, sync):
        self.sync = sync          # a vm/iteration.py record (ProtocolIterator or a fast record)
        self.done = False

    def call(self, vm, mode, value, has_value=True):
        realm = vm.realm
        cap = P.new_capability(realm, realm.intrinsics["%Promise%"])
        try:
            sync = self.sync
            protocol = hasattr(sync, "next_method")
            if mode == "next":
                if protocol:
                    r = vm.call_function(sync.next_method, sync.obj, [value] if has_value else [])
                    _require_object(vm, r)
                    done = ops.ToBoolean(r.get("done"))
                    v = r.get("value")
                else:
                    v = sync.next()
                    done = v is ABSENT
                    v = UNDEFINED if done else v
                return _continuation(vm, cap, v, done, sync, True)
            m = _get_method(vm, sync.obj, mode) if protocol else UNDEFINED
            if m is UNDEFINED:
                if mode == "return":
                    cap.resolve(_iter_result(realm, value, True))
                    return cap.promise
                # no throw method: node 20 (V8 11.3) rejects with the value, as ES2022's
                # %AsyncFromSyncIteratorPrototype%.throw step 7 did (ES2025 closes the sync
                # iterator and rejects with a TypeError; tests/programs/async pins node's)
                cap.reject(value)
                return cap.promise
            r = vm.call_function(m, sync.obj, [value] if has_value or mode == "throw" else [])
            _require_object(vm, r)
            done = ops.ToBoolean(r.get("done"))
            return _continuation(vm, cap, r.get("value"), done, sync, mode == "throw")
        except ThrowCompletion as exc:
            cap.reject(vm.materialize(exc))
            return cap.promise


def _close_quietly(vm, sync):
    """IteratorClose(syncIteratorRecord, a throw completion): the original error wins."""
    if not hasattr(sync, "next_method"):
        return
    try:
        ret = sync.obj.get("return")
        if ret is not UNDEFINED and ret is not None:
            vm.call_function(ret, sync.obj, [])
    except ThrowCompletion:
        pass


def _continuation(vm, cap, value, done, sync=None, close_on_rejection=False):
    """AsyncFromSyncIteratorContinuation (ES2025: closeOnRejection)."""
    realm = vm.realm
    closing = close_on_rejection and not done and sync is not None
    try:
        wrapper = P.promise_resolve(realm, realm.intrinsics["%Promise%"], value)
    except ThrowCompletion as exc:
        err = vm.materialize(exc)
        if closing:
            _close_quietly(vm, sync)
        cap.reject(err)
        return cap.promise
    if closing:
        def on_rejected(e):
            _close_quietly(vm, sync)
            cap.reject(e)
    else:
        on_rejected = cap.reject
    P.perform_then(realm, wrapper, lambda v: cap.resolve(_iter_result(realm, v, done)), on_rejected)
    return cap.promise


def _require_object(vm, r):
    if not isinstance(r, JSObject):
        throw_type_error(f"Iterator result {vm.describe_value(r)} is not an object")


def _get_method(vm, obj, name):
    from jskernel.engine.vm.handlers import get_value
    m = obj.get(name) if isinstance(obj, JSObject) else get_value(vm, obj, name)
    if m is UNDEFINED or m is None:
        return UNDEFINED
    if not ops.IsCallable(m):
        throw_type_error(f"{vm.describe_value(m)} is not a function")
    return m


def get_async_iterator(vm, value, describe=None):
    """GetIterator(value, async)."""
    from jskernel.engine.vm.iteration import ProtocolIterator, get_iterator
    if value is UNDEFINED or value is None:     # V8 words it as the failed property read
        throw_type_error(M.READ_PROP_OF.format("undefined" if value is UNDEFINED else "null",
                                               "Symbol(Symbol.asyncIterator)"))
    method = _get_method(vm, value, SYMBOL_ASYNC_ITERATOR)
    if method is UNDEFINED:
        if type(value) is str or type(value) is JSArray:     # fast records where unobservable
            return AsyncFromSyncRecord(get_iterator(vm, value, describe))
        sync_method = _get_method(vm, value, SYMBOL_ITERATOR)
        if sync_method is UNDEFINED:
            throw_type_error(f"{describe or vm.describe_value(value)} is not async iterable")
        it = vm.call_function(sync_method, value, [])
        if not isinstance(it, JSObject):
            throw_type_error("Result of the Symbol.iterator method is not an object")
        return AsyncFromSyncRecord(ProtocolIterator(vm, it, it.get("next")))
    it = vm.call_function(method, value, [])
    if not isinstance(it, JSObject):
        throw_type_error("Result of the Symbol.asyncIterator method is not an object")
    return AsyncIteratorRecord(it, it.get("next"))
