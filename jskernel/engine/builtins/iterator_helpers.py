"""The ES2025 iterator helpers: the abstract %Iterator% constructor, Iterator.from with
%WrapForValidIteratorPrototype%, Iterator.prototype.map / filter / take / drop / flatMap
(lazy: they return %IteratorHelperPrototype% objects) and reduce / toArray / forEach /
some / every / find (eager), and the odd accessor properties
Iterator.prototype.constructor and Iterator.prototype[@@toStringTag]
(sec-iterator-objects, sec-iterator-helper-objects).

An iterator helper is a JSObject of class "Iterator Helper" whose `internal` is a
`Helper`: the spec's generator-like state machine (suspended-start / suspended-yield /
executing / completed) driving a Python step function over an `IteratorRecord`
(GetIteratorDirect: `next` read once).  %IteratorPrototype% itself is created by
builtins/iterator.py; generators by builtins/generator.py.
"""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, arg, define_table, make_constructor
from jskernel.engine.builtins.iterator import iter_result
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    ACCESSOR, CONFIGURABLE, Accessor, JSObject, PropertyDescriptor, ThrowCompletion,
    throw_range_error, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, SYMBOL_ITERATOR, SYMBOL_TO_STRING_TAG, UNDEFINED

INF = float("inf")


class IteratorRecord:
    """An Iterator Record {[[Iterator]], [[NextMethod]], [[Done]]} with the spec's steps."""

    __slots__ = ("vm", "obj", "next_method", "done")

    def __init__(self, vm, obj, next_method):
        self.vm, self.obj, self.next_method, self.done = vm, obj, next_method, False

    def step(self):
        """IteratorStep: the result object, or ABSENT when done."""
        try:
            r = self.vm.call_function(self.next_method, self.obj, [])
            if not isinstance(r, JSObject):
                throw_type_error(f"Iterator result {ops.ToDisplayString(r)} is not an object")
            if ops.ToBoolean(r.get("done")):
                self.done = True
                return ABSENT
            return r
        except ThrowCompletion:
            self.done = True
            raise

    def next(self):
        """IteratorStepValue: the next value, or ABSENT when done."""
        r = self.step()
        if r is ABSENT:
            return ABSENT
        try:
            return r.get("value")
        except ThrowCompletion:
            self.done = True
            raise

    def close(self):
        """IteratorClose(record, normal or return completion): errors propagate."""
        close_object(self.vm, self.obj)

    def close_on_throw(self):
        """IteratorClose(record, throw completion): the original error wins."""
        try:
            close_object(self.vm, self.obj)
        except ThrowCompletion:
            pass


def close_object(vm, obj):
    ret = obj.get("return")
    if ret is UNDEFINED or ret is None:
        return
    if not ops.IsCallable(ret):
        throw_type_error(f"{ops.ToDisplayString(ret)} is not a function")
    r = vm.call_function(ret, obj, [])
    if not isinstance(r, JSObject):
        throw_type_error(f"Iterator result {ops.ToDisplayString(r)} is not an object")


def GetIteratorDirect(vm, obj) -> IteratorRecord:
    """sec-getiteratordirect"""
    return IteratorRecord(vm, obj, obj.get("next"))


def GetIteratorFlattenable(realm, obj, iterate_strings) -> IteratorRecord:
    """sec-getiteratorflattenable"""
    if not isinstance(obj, JSObject):
        if not iterate_strings or type(obj) is not str:
            throw_type_error(f"{ops.ToDisplayString(obj)} is not an object")
        from jskernel.engine.vm.handlers import get_value
        method = get_value(realm.vm, obj, SYMBOL_ITERATOR)
    else:
        method = obj.get(SYMBOL_ITERATOR)
    if method is UNDEFINED or method is None:
        iterator = obj
    else:
        if not ops.IsCallable(method):
            throw_type_error(f"{ops.ToDisplayString(method)} is not a function")
        iterator = realm.vm.call_function(method, obj, [])
    if not isinstance(iterator, JSObject):
        throw_type_error(f"{ops.ToDisplayString(iterator)} is not an object")
    return GetIteratorDirect(realm.vm, iterator)


# --- %Iterator% ---------------------------------------------------------------------------
def iterator_call(realm, this, args):
    throw_type_error("Constructor Iterator requires 'new'")


def iterator_construct(realm, args, new_target):
    """sec-iterator-constructor: abstract; only subclasses construct."""
    if new_target is None or new_target is UNDEFINED or new_target is realm.intrinsics["%Iterator%"]:
        throw_type_error("Abstract class Iterator not directly constructable")
    from jskernel.engine.builtins.collections import prototype_from_constructor
    return realm.heap.allocate(JSObject, prototype_from_constructor(realm, new_target, "%Iterator.prototype%"))


def iterator_from(realm, this, args):
    """sec-iterator.from"""
    rec = GetIteratorFlattenable(realm, arg(args, 0), True)
    if ops.OrdinaryHasInstance(realm.intrinsics["%Iterator%"], rec.obj):
        return rec.obj
    w = realm.heap.allocate(JSObject, realm.intrinsics["%WrapForValidIteratorPrototype%"], "Object")
    w.internal = rec
    return w


def _wrapped(this, method):
    if not isinstance(this, JSObject) or not isinstance(this.internal, IteratorRecord) \
            or this.class_name != "Object":
        throw_type_error(f"Method %WrapForValidIteratorPrototype%.{method} called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    return this.internal


def wrap_next(realm, this, args):
    rec = _wrapped(this, "next")
    return realm.vm.call_function(rec.next_method, rec.obj, [])


def wrap_return(realm, this, args):
    rec = _wrapped(this, "return")
    ret = rec.obj.get("return")
    if ret is UNDEFINED or ret is None:
        return iter_result(realm, UNDEFINED, True)
    return realm.vm.call_function(ret, rec.obj, [])


# --- the accessors of Iterator.prototype ----------------------------------------------------
def _setter_ignoring_prototype(realm, this, home, key, value):
    """SetterThatIgnoresPrototypeProperties (sec-SetterThatIgnoresPrototypeProperties)."""
    if not isinstance(this, JSObject):
        throw_type_error(f"{ops.ToDisplayString(this)} is not an object")
    if this is home:
        throw_type_error(f"Cannot assign to read only property '{key if type(key) is str else 'Symbol(Symbol.toStringTag)'}' of object")
    if this.get_own_property(key) is None:
        if not this.define_own_property(key, PropertyDescriptor(value=value, writable=True, enumerable=True,
                                                                configurable=True)):
            throw_type_error(f"Cannot add property {key if type(key) is str else 'Symbol(Symbol.toStringTag)'}, "
                             "object is not extensible")
    elif not this.set(key, value, this):
        throw_type_error("Cannot assign to read only property of object")
    return UNDEFINED


def _accessor(realm, proto, key, getter, name):
    def set_(realm, this, args):
        return _setter_ignoring_prototype(realm, this, realm.intrinsics["%Iterator.prototype%"], key, arg(args, 0))
    g = realm.new_native(getter, "get " + name, 0)
    s = realm.new_native(set_, "set " + name, 1)
    proto.define_raw(key, Accessor(g, s), CONFIGURABLE | ACCESSOR)


# --- iterator helper objects ----------------------------------------------------------------
class Helper:
    """[[UnderlyingIterator]] + the generator state of one iterator helper."""

    __slots__ = ("it", "state", "step", "on_return")

    def __init__(self, it, step, on_return=None):
        self.it = it
        self.state = "start"
        self.step = step                  # () -> value or ABSENT
        self.on_return = on_return        # () -> None: closing while suspended at a yield


def _helper(this):
    if not isinstance(this, JSObject) or not isinstance(this.internal, Helper):
        throw_type_error(f"Method Iterator Helper.prototype.next called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    return this.internal


def helper_next(realm, this, args):
    """%IteratorHelperPrototype%.next: GeneratorResume(this, undefined, "Iterator Helper")."""
    h = _helper(this)
    if h.state == "running":
        throw_type_error("Generator is already running")
    if h.state == "done":
        return iter_result(realm, UNDEFINED, True)
    h.state = "running"
    try:
        v = h.step()
    except ThrowCompletion:
        h.state = "done"
        raise
    if v is ABSENT:
        h.state = "done"
        return iter_result(realm, UNDEFINED, True)
    h.state = "yield"
    return iter_result(realm, v, False)


def helper_return(realm, this, args):
    """%IteratorHelperPrototype%.return (sec-%iteratorhelperprototype%.return)."""
    h = _helper(this)
    if h.state == "running":
        throw_type_error("Generator is already running")
    if h.state == "start":
        h.state = "done"
        h.it.close()
        return iter_result(realm, UNDEFINED, True)
    if h.state == "done":
        return iter_result(realm, UNDEFINED, True)
    # suspended at a Yield: the return completion closes the underlying iterator(s)
    h.state = "running"
    try:
        if h.on_return is not None:
            h.on_return()
        else:
            h.it.close()
    finally:
        h.state = "done"
    return iter_result(realm, UNDEFINED, True)


def _new_helper(realm, helper):
    o = realm.heap.allocate(JSObject, realm.intrinsics["%IteratorHelperPrototype%"], "Iterator Helper")
    o.internal = helper
    return o


def _this_object(this, method):
    if not isinstance(this, JSObject):
        throw_type_error(f"Iterator.prototype.{method} called on non-object")
    return this


def _require_callable(realm, o, fn):
    """Steps 3 of the callback-taking methods: a non-callable argument closes `o` first."""
    if not ops.IsCallable(fn):
        IteratorRecord(realm.vm, o, UNDEFINED).close_on_throw()
        throw_type_error(f"{ops.ToDisplayString(fn)} is not a function")


def _call_or_close(realm, it, fn, args):
    """Call(fn, undefined, args) with IfAbruptCloseIterator(result, it)."""
    try:
        return realm.vm.call_function(fn, UNDEFINED, args)
    except ThrowCompletion:
        it.close_on_throw()
        raise


def proto_map(realm, this, args):
    o = _this_object(this, "map")
    mapper = arg(args, 0)
    _require_callable(realm, o, mapper)
    it = GetIteratorDirect(realm.vm, o)
    counter = [0]

    def step():
        v = it.next()
        if v is ABSENT:
            return ABSENT
        r = _call_or_close(realm, it, mapper, [v, float(counter[0])])
        counter[0] += 1
        return r
    return _new_helper(realm, Helper(it, step))


def proto_filter(realm, this, args):
    o = _this_object(this, "filter")
    pred = arg(args, 0)
    _require_callable(realm, o, pred)
    it = GetIteratorDirect(realm.vm, o)
    counter = [0]

    def step():
        while True:
            v = it.next()
            if v is ABSENT:
                return ABSENT
            sel = _call_or_close(realm, it, pred, [v, float(counter[0])])
            counter[0] += 1
            if ops.ToBoolean(sel):
                return v
    return _new_helper(realm, Helper(it, step))


def _count_argument(realm, o, value, method):
    """Steps 4-9 of take / drop: ToNumber, NaN / > 2**53-1 / negative are RangeErrors, and an
    abrupt completion closes the receiver."""
    closer = IteratorRecord(realm.vm, o, UNDEFINED)
    try:
        num = ops.ToNumber(value)
    except ThrowCompletion:
        closer.close_on_throw()
        raise
    if num != num or (num != INF and num > 2 ** 53 - 1) or ops.ToIntegerOrInfinity(num) < 0:
        closer.close_on_throw()
        throw_range_error(f"{ops.ToDisplayString(value) if not isinstance(value, JSObject) else num} "
                          "must be positive")
    return ops.ToIntegerOrInfinity(num)


def proto_take(realm, this, args):
    o = _this_object(this, "take")
    remaining = [_count_argument(realm, o, arg(args, 0), "take")]
    it = GetIteratorDirect(realm.vm, o)

    def step():
        if remaining[0] == 0:
            it.close()
            return ABSENT
        if remaining[0] != INF:
            remaining[0] -= 1
        return it.next()
    return _new_helper(realm, Helper(it, step))


def proto_drop(realm, this, args):
    o = _this_object(this, "drop")
    remaining = [_count_argument(realm, o, arg(args, 0), "drop")]
    it = GetIteratorDirect(realm.vm, o)

    def step():
        while remaining[0] > 0:
            if remaining[0] != INF:
                remaining[0] -= 1
            if it.step() is ABSENT:
                return ABSENT
        return it.next()
    return _new_helper(realm, Helper(it, step))


def proto_flat_map(realm, this, args):
    o = _this_object(this, "flatMap")
    mapper = arg(args, 0)
    _require_callable(realm, o, mapper)
    it = GetIteratorDirect(realm.vm, o)
    state = {"inner": None, "counter": 0}

    def step():
        while True:
            inner = state["inner"]
            if inner is None:
                v = it.next()
                if v is ABSENT:
                    return ABSENT
                try:
                    mapped = realm.vm.call_function(mapper, UNDEFINED, [v, float(state["counter"])])
                    inner = state["inner"] = GetIteratorFlattenable(realm, mapped, False)
                except ThrowCompletion:
                    it.close_on_throw()
                    raise
                state["counter"] += 1
            try:
                r = inner.next()
            except ThrowCompletion:
                it.close_on_throw()
                raise
            if r is not ABSENT:
                return r
            state["inner"] = None

    def on_return():
        inner = state["inner"]
        if inner is not None:
            try:
                inner.close()
            except ThrowCompletion:
                it.close_on_throw()
                raise
        it.close()
    return _new_helper(realm, Helper(it, step, on_return))


# --- eager methods --------------------------------------------------------------------------
def proto_reduce(realm, this, args):
    o = _this_object(this, "reduce")
    reducer = arg(args, 0)
    _require_callable(realm, o, reducer)
    it = GetIteratorDirect(realm.vm, o)
    if len(args) < 2:
        acc = it.next()
        if acc is ABSENT:
            throw_type_error("Reduce of empty iterator with no initial value")
        counter = 1
    else:
        acc = args[1]
        counter = 0
    while (v := it.next()) is not ABSENT:
        acc = _call_or_close(realm, it, reducer, [acc, v, float(counter)])
        counter += 1
    return acc


def proto_to_array(realm, this, args):
    o = _this_object(this, "toArray")
    it = GetIteratorDirect(realm.vm, o)
    items = []
    while (v := it.next()) is not ABSENT:
        items.append(v)
    return realm.new_array(items)


def proto_for_each(realm, this, args):
    o = _this_object(this, "forEach")
    fn = arg(args, 0)
    _require_callable(realm, o, fn)
    it = GetIteratorDirect(realm.vm, o)
    counter = 0
    while (v := it.next()) is not ABSENT:
        _call_or_close(realm, it, fn, [v, float(counter)])
        counter += 1
    return UNDEFINED


def _searcher(name, on_hit):
    def method(realm, this, args):
        o = _this_object(this, name)
        pred = arg(args, 0)
        _require_callable(realm, o, pred)
        it = GetIteratorDirect(realm.vm, o)
        counter = 0
        while (v := it.next()) is not ABSENT:
            r = ops.ToBoolean(_call_or_close(realm, it, pred, [v, float(counter)]))
            if r is (name != "every"):
                it.close()
                return on_hit(v)
            counter += 1
        return on_hit(ABSENT)
    return method


proto_some = _searcher("some", lambda v: v is not ABSENT)
proto_every = _searcher("every", lambda v: v is ABSENT)
proto_find = _searcher("find", lambda v: UNDEFINED if v is ABSENT else v)


PROTOTYPE = [
    ("map", proto_map, 1), ("filter", proto_filter, 1), ("take", proto_take, 1), ("drop", proto_drop, 1),
    ("flatMap", proto_flat_map, 1), ("reduce", proto_reduce, 1), ("toArray", proto_to_array, 0),
    ("forEach", proto_for_each, 1), ("some", proto_some, 1), ("every", proto_every, 1),
    ("find", proto_find, 1),
]


def install(realm):
    I = realm.intrinsics
    ip = I["%IteratorPrototype%"]
    make_constructor(realm, "Iterator", iterator_call, iterator_construct, 0, ip,
                     [("from", iterator_from, 1)], PROTOTYPE)
    _accessor(realm, ip, SYMBOL_TO_STRING_TAG, lambda realm, this, args: "Iterator", "[Symbol.toStringTag]")
    _accessor(realm, ip, "constructor", lambda realm, this, args: realm.intrinsics["%Iterator%"], "constructor")
    hp = realm.heap.allocate(JSObject, ip)
    define_table(realm, hp, [("next", helper_next, 0), ("return", helper_return, 0),
                             (SYMBOL_TO_STRING_TAG, VALUE("Iterator Helper"), CONFIGURABLE)])
    I["%IteratorHelperPrototype%"] = hp
    wp = realm.heap.allocate(JSObject, ip)
    define_table(realm, wp, [("next", wrap_next, 0), ("return", wrap_return, 0)])
    I["%WrapForValidIteratorPrototype%"] = wp

