"""%Array% and %Array.prototype%.

Methods take a fast path over dense `JSArray.elements` and fall back to the generic
property protocol for array-likes.  Callbacks run through `realm.vm.call_function`.
"""

from __future__ import annotations

import functools

from jskernel.engine.builtins import arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSArray, JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE
from jskernel.engine.runtime.values import ABSENT, HOLE, SYMBOL_ITERATOR, UNDEFINED, WELL_KNOWN_SYMBOLS


def array_call(realm, this, args):
    if len(args) == 1 and type(args[0]) is float:
        n = args[0]
        if n != int(n) or n < 0 or n >= 2 ** 32:
            throw_range_error("Invalid array length")
        return realm.new_array([HOLE] * int(n))
    return realm.new_array(list(args))


def array_construct(realm, args, new_target):
    a = array_call(realm, UNDEFINED, args)
    if new_target is not None and new_target is not realm.intrinsics["%Array%"]:
        proto = new_target.get("prototype")
        if isinstance(proto, JSObject):
            a.proto = proto
    return a


def array_is_array(realm, this, args):
    from jskernel.engine.runtime.proxy import IsArray
    return IsArray(arg(args, 0))


def array_of(realm, this, args):
    return realm.new_array(list(args))


def array_from(realm, this, args):
    src = arg(args, 0)
    fn = arg(args, 1)
    from jskernel.engine.vm.iteration import get_iterator, has_iterator
    if type(src) is str or isinstance(src, JSArray) or has_iterator(realm, src):
        items = get_iterator(realm.vm, src).rest()
    elif isinstance(src, JSObject):
        n = ops.ToLength(src.get("length"))
        items = [src.get(str(i)) for i in range(n)]
    elif src is UNDEFINED or src is None:
        throw_type_error(f"{ops.ToDisplayString(src)} is not iterable")
    else:
        items = []
    if fn is not UNDEFINED:
        call = realm.vm.call_function
        items = [call(fn, UNDEFINED, [v, float(i)]) for i, v in enumerate(items)]
    return realm.new_array(items)


# --- helpers -------------------------------------------------------------------------------
def _this_array(realm, this):
    o = ops.ToObject(realm, this)
    return o


def _length(o):
    if type(o) is JSArray:
        return len(o.elements)
    return ops.ToLength(o.get("length"))


def _get(o, i):
    if type(o) is JSArray:
        el = o.elements
        if i < len(el):
            v = el[i]
            if v is not HOLE:
                return v
        return o.get(str(i))
    return o.get(str(i))


def _has(o, i):
    if type(o) is JSArray:
        el = o.elements
        if i < len(el) and el[i] is not HOLE:
            return True
    return o.has_property(str(i))


def _relative(v, n, default):
    if v is UNDEFINED:
        return default
    r = ops.ToIntegerOrInfinity(v)
    if r < 0:
        return int(max(n + r, 0))
    return int(min(r, n))


def _callback(realm, fn, name):
    if not ops.IsCallable(fn):
        throw_type_error(f"{ops.ToDisplayString(fn) if not isinstance(fn, JSObject) else '#<Object>'} "
                         f"is not a function")
    return realm.vm.call_function


# --- mutators -------------------------------------------------------------------------------
def _mutable(o):
    """Mutating a frozen array throws (in strict and sloppy code alike, as in V8)."""
    if type(o) is JSArray and o.frozen:
        throw_type_error("Cannot assign to read only property '0' of object '[object Array]'")
    return o

def _set(o, key, value):
    """Set(O, P, V, true): a failed [[Set]] throws (message from runtime/diagnostics.py)."""
    if not o.set(key, value, o):
        from jskernel.engine.runtime.diagnostics import set_failure
        throw_type_error(set_failure(o, key))


def _delete(o, key):
    """DeletePropertyOrThrow(O, P)."""
    if not o.delete(key):
        from jskernel.engine.runtime.diagnostics import delete_failure
        throw_type_error(delete_failure(o, key))


def proto_push(realm, this, args):
    o = _this_array(realm, this)
    if type(o) is JSArray and o.extensible:
        o.elements.extend(args)
        return float(len(o.elements))
    if type(o) is JSArray and o.frozen:
        throw_type_error(f"Cannot add property {len(o.elements)}, object is not extensible")
    n = _length(o)
    for v in args:
        _set(o, str(n), v)
        n += 1
    _set(o, "length", float(n))
    return float(n)


def proto_pop(realm, this, args):
    o = _mutable(_this_array(realm, this))
    if type(o) is JSArray:
        if not o.elements:
            return UNDEFINED
        v = o.elements.pop()
        return UNDEFINED if v is HOLE else v
    n = _length(o)
    if n == 0:
        _set(o, "length", 0.0)
        return UNDEFINED
    v = o.get(str(n - 1))
    _delete(o, str(n - 1))
    _set(o, "length", float(n - 1))
    return v


def proto_shift(realm, this, args):
    o = _mutable(_this_array(realm, this))
    if type(o) is JSArray:
        if not o.elements:
            return UNDEFINED
        v = o.elements.pop(0)
        return UNDEFINED if v is HOLE else v
    throw_type_error("Array.prototype.shift on array-likes is not supported yet")


def proto_unshift(realm, this, args):
    o = _mutable(_this_array(realm, this))
    if type(o) is JSArray:
        o.elements[0:0] = list(args)
        return float(len(o.elements))
    throw_type_error("Array.prototype.unshift on array-likes is not supported yet")


def proto_splice(realm, this, args):
    o = _mutable(_this_array(realm, this))
    if type(o) is not JSArray:
        throw_type_error("Array.prototype.splice on array-likes is not supported yet")
    el = o.elements
    n = len(el)
    start = _relative(arg(args, 0), n, 0)
    if len(args) == 0:
        count = 0
    elif len(args) == 1:
        count = n - start
    else:
        count = int(min(max(ops.ToIntegerOrInfinity(args[1]), 0), n - start))
    removed = el[start:start + count]
    el[start:start + count] = list(args[2:])
    return realm.new_array(removed)


def proto_reverse(realm, this, args):
    o = _mutable(_this_array(realm, this))
    if type(o) is JSArray:
        o.elements.reverse()
        return o
    throw_type_error("Array.prototype.reverse on array-likes is not supported yet")


def proto_fill(realm, this, args):
    o = _mutable(_this_array(realm, this))
    n = _length(o)
    start = _relative(arg(args, 1), n, 0)
    end = _relative(arg(args, 2), n, n)
    for i in range(start, end):
        o.set(str(i), arg(args, 0), o)
    return o


def _sort_compare(realm, fn):
    call = realm.vm.call_function

    def cmp(a, b):
        if a is UNDEFINED:
            return 0 if b is UNDEFINED else 1
        if b is UNDEFINED:
            return -1
        if fn is not UNDEFINED:
            r = ops.ToNumber(call(fn, UNDEFINED, [a, b]))
            return 0 if r != r else (-1 if r < 0 else (1 if r > 0 else 0))
        x, y = ops.ToString(a), ops.ToString(b)
        return -1 if x < y else (1 if x > y else 0)
    return cmp


def proto_sort(realm, this, args):
    fn = arg(args, 0)
    if fn is not UNDEFINED and not ops.IsCallable(fn):
        throw_type_error("The comparison function must be either a function or undefined")
    o = _mutable(_this_array(realm, this))
    if type(o) is not JSArray:
        throw_type_error("Array.prototype.sort on array-likes is not supported yet")
    items = [v for v in o.elements if v is not HOLE]
    holes = len(o.elements) - len(items)
    items.sort(key=functools.cmp_to_key(_sort_compare(realm, fn)))
    o.elements[:] = items + [HOLE] * holes
    return o


# --- accessors ------------------------------------------------------------------------------
def proto_join(realm, this, args):
    o = _this_array(realm, this)
    sep = "," if arg(args, 0) is UNDEFINED else ops.ToString(args[0])
    vm = realm.vm
    seen = vm.__dict__.setdefault("_join_stack", []) if hasattr(vm, "__dict__") else []
    if any(x is o for x in seen):
        return ""
    seen.append(o)
    try:
        parts = []
        for i in range(_length(o)):
            v = _get(o, i)
            parts.append("" if v is UNDEFINED or v is None else ops.ToString(v))
        return sep.join(parts)
    finally:
        seen.pop()


def proto_to_string(realm, this, args):
    o = ops.ToObject(realm, this)
    j = o.get("join")
    if ops.IsCallable(j):
        return realm.vm.call_function(j, o, [])
    from jskernel.engine.builtins.object import proto_to_string as ots
    return ots(realm, this, args)


def proto_slice(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    start = _relative(arg(args, 0), n, 0)
    end = _relative(arg(args, 1), n, n)
    if type(o) is JSArray:
        return realm.new_array(o.elements[start:end])
    return realm.new_array([_get(o, i) if _has(o, i) else HOLE for i in range(start, end)])


def _is_concat_spreadable(item) -> bool:
    """sec-isconcatspreadable"""
    if not isinstance(item, JSObject):
        return False
    spreadable = item.get(WELL_KNOWN_SYMBOLS["isConcatSpreadable"])
    if spreadable is not UNDEFINED:
        return ops.ToBoolean(spreadable)
    from jskernel.engine.runtime.proxy import IsArray
    return IsArray(item)


def proto_concat(realm, this, args):
    o = _this_array(realm, this)
    out = []
    for item in [o] + list(args):
        if not _is_concat_spreadable(item):
            out.append(item)
        elif type(item) is JSArray:
            out.extend(item.elements)
        else:
            out.extend(_get(item, i) if _has(item, i) else HOLE for i in range(_length(item)))
    return realm.new_array(out)


def proto_index_of(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    target = arg(args, 0)
    for i in range(_relative(arg(args, 1), n, 0), n):
        if _has(o, i) and ops.IsStrictlyEqual(_get(o, i), target):
            return float(i)
    return -1.0


def proto_last_index_of(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    target = arg(args, 0)
    start = n - 1 if len(args) < 2 else int(ops.ToIntegerOrInfinity(args[1]))
    if start < 0:
        start += n
    for i in range(min(start, n - 1), -1, -1):
        if _has(o, i) and ops.IsStrictlyEqual(_get(o, i), target):
            return float(i)
    return -1.0


def proto_includes(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    target = arg(args, 0)
    for i in range(_relative(arg(args, 1), n, 0), n):
        if ops.SameValueZero(_get(o, i), target):
            return True
    return False


def proto_at(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    k = ops.ToIntegerOrInfinity(arg(args, 0))
    if k < 0:
        k += n
    if k < 0 or k >= n:
        return UNDEFINED
    return _get(o, int(k))


# --- iteration with callbacks ---------------------------------------------------------------
def _iterate(realm, this, args, name):
    o = _this_array(realm, this)
    fn = arg(args, 0)
    call = _callback(realm, fn, name)
    this_arg = arg(args, 1)
    return o, fn, call, this_arg


def proto_for_each(realm, this, args):
    o, fn, call, t = _iterate(realm, this, args, "forEach")
    for i in range(_length(o)):
        if _has(o, i):
            call(fn, t, [_get(o, i), float(i), o])
    return UNDEFINED


def proto_map(realm, this, args):
    o, fn, call, t = _iterate(realm, this, args, "map")
    out = []
    for i in range(_length(o)):
        out.append(call(fn, t, [_get(o, i), float(i), o]) if _has(o, i) else HOLE)
    return realm.new_array(out)


def proto_filter(realm, this, args):
    o, fn, call, t = _iterate(realm, this, args, "filter")
    out = []
    for i in range(_length(o)):
        if _has(o, i):
            v = _get(o, i)
            if ops.ToBoolean(call(fn, t, [v, float(i), o])):
                out.append(v)
    return realm.new_array(out)


def proto_some(realm, this, args):
    o, fn, call, t = _iterate(realm, this, args, "some")
    for i in range(_length(o)):
        if _has(o, i) and ops.ToBoolean(call(fn, t, [_get(o, i), float(i), o])):
            return True
    return False


def proto_every(realm, this, args):
    o, fn, call, t = _iterate(realm, this, args, "every")
    for i in range(_length(o)):
        if _has(o, i) and not ops.ToBoolean(call(fn, t, [_get(o, i), float(i), o])):
            return False
    return True


def proto_find(realm, this, args):
    o, fn, call, t = _iterate(realm, this, args, "find")
    for i in range(_length(o)):
        v = _get(o, i)
        if ops.ToBoolean(call(fn, t, [v, float(i), o])):
            return v
    return UNDEFINED


def proto_find_index(realm, this, args):
    o, fn, call, t = _iterate(realm, this, args, "findIndex")
    for i in range(_length(o)):
        if ops.ToBoolean(call(fn, t, [_get(o, i), float(i), o])):
            return float(i)
    return -1.0


def _reduce(realm, this, args, indices):
    o = _this_array(realm, this)
    fn = arg(args, 0)
    call = _callback(realm, fn, "reduce")
    idx = [i for i in indices(_length(o)) if _has(o, i)]
    if len(args) >= 2:
        acc = args[1]
    else:
        if not idx:
            throw_type_error("Reduce of empty array with no initial value")
        acc = _get(o, idx.pop(0))
    for i in idx:
        acc = call(fn, UNDEFINED, [acc, _get(o, i), float(i), o])
    return acc


def proto_reduce(realm, this, args):
    return _reduce(realm, this, args, lambda n: range(n))


def proto_reduce_right(realm, this, args):
    return _reduce(realm, this, args, lambda n: range(n - 1, -1, -1))


def proto_flat(realm, this, args):
    depth = 1 if arg(args, 0) is UNDEFINED else ops.ToIntegerOrInfinity(args[0])

    def flat(o, d, out):
        for i in range(_length(o)):
            if not _has(o, i):
                continue
            v = _get(o, i)
            if d > 0 and isinstance(v, JSArray):
                flat(v, d - 1, out)
            else:
                out.append(v)
        return out
    return realm.new_array(flat(_this_array(realm, this), depth, []))


class _IndexIterator:
    """keys() / entries() over an array-like (live length)."""

    __slots__ = ("realm", "o", "i", "kind")

    def __init__(self, realm, o, kind):
        self.realm, self.o, self.i, self.kind = realm, o, 0, kind

    def next(self):
        i = self.i
        if i >= _length(self.o):
            self.i = 2 ** 53
            return ABSENT
        self.i = i + 1
        if self.kind == "keys":
            return float(i)
        if self.kind == "values":
            return _get(self.o, i)
        return self.realm.new_array([float(i), _get(self.o, i)])

    def rest(self):
        out = []
        while (v := self.next()) is not ABSENT:
            out.append(v)
        return out

    def close(self):
        pass


def proto_values(realm, this, args):
    from jskernel.engine.builtins.iterator import make_builtin_iterator
    from jskernel.engine.vm.iteration import ArrayIterator
    o = _this_array(realm, this)
    rec = ArrayIterator(o) if isinstance(o, JSArray) else _IndexIterator(realm, o, "values")
    return make_builtin_iterator(realm, rec, "%ArrayIteratorPrototype%", "Array Iterator")


def proto_keys(realm, this, args):
    from jskernel.engine.builtins.iterator import make_builtin_iterator
    return make_builtin_iterator(realm, _IndexIterator(realm, _this_array(realm, this), "keys"),
                                 "%ArrayIteratorPrototype%", "Array Iterator")


def proto_entries(realm, this, args):
    from jskernel.engine.builtins.iterator import make_builtin_iterator
    return make_builtin_iterator(realm, _IndexIterator(realm, _this_array(realm, this), "entries"),
                                 "%ArrayIteratorPrototype%", "Array Iterator")


def proto_flat_map(realm, this, args):
    mapped = proto_map(realm, this, args)
    return proto_flat(realm, mapped, [])


def proto_find_last(realm, this, args):
    o, fn, call, t = _iterate(realm, this, args, "findLast")
    for i in range(_length(o) - 1, -1, -1):
        v = _get(o, i)
        if ops.ToBoolean(call(fn, t, [v, float(i), o])):
            return v
    return UNDEFINED


def proto_find_last_index(realm, this, args):
    o, fn, call, t = _iterate(realm, this, args, "findLastIndex")
    for i in range(_length(o) - 1, -1, -1):
        if ops.ToBoolean(call(fn, t, [_get(o, i), float(i), o])):
            return float(i)
    return -1.0


def proto_to_sorted(realm, this, args):
    fn = arg(args, 0)
    if fn is not UNDEFINED and not ops.IsCallable(fn):
        throw_type_error("The comparison function must be either a function or undefined")
    o = _this_array(realm, this)
    copy = realm.new_array([_get(o, i) for i in range(_length(o))])
    return proto_sort(realm, copy, args)


def proto_to_reversed(realm, this, args):
    o = _this_array(realm, this)
    return realm.new_array([_get(o, i) for i in range(_length(o) - 1, -1, -1)])


def proto_with(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    k = ops.ToIntegerOrInfinity(arg(args, 0))
    if k < 0:
        k += n
    if not 0 <= k < n:
        throw_range_error("Invalid index : " + ops.ToString(arg(args, 0)))
    items = [_get(o, i) for i in range(n)]
    items[int(k)] = arg(args, 1)
    return realm.new_array(items)


def proto_to_spliced(realm, this, args):
    o = _this_array(realm, this)
    copy = realm.new_array([_get(o, i) for i in range(_length(o))])
    proto_splice(realm, copy, args)
    return copy


STATIC = [
    ("isArray", array_is_array, 1),
    ("of", array_of, 0),
    ("from", array_from, 1),
]

PROTOTYPE = [
    ("push", proto_push, 1),
    ("pop", proto_pop, 0),
    ("shift", proto_shift, 0),
    ("unshift", proto_unshift, 1),
    ("splice", proto_splice, 2),
    ("reverse", proto_reverse, 0),
    ("fill", proto_fill, 1),
    ("sort", proto_sort, 1),
    ("join", proto_join, 1),
    ("toString", proto_to_string, 0),
    ("toLocaleString", lambda realm, this, args: ",".join(
        "" if v is UNDEFINED or v is None else ops.ToString(realm.vm.call_function(
            ops.ToObject(realm, v).get("toLocaleString"), v, []))
        for v in (_get(_this_array(realm, this), i) for i in range(_length(_this_array(realm, this))))), 0),
    ("slice", proto_slice, 2),
    ("concat", proto_concat, 1),
    ("indexOf", proto_index_of, 1),
    ("lastIndexOf", proto_last_index_of, 1),
    ("includes", proto_includes, 1),
    ("at", proto_at, 1),
    ("forEach", proto_for_each, 1),
    ("map", proto_map, 1),
    ("filter", proto_filter, 1),
    ("some", proto_some, 1),
    ("every", proto_every, 1),
    ("find", proto_find, 1),
    ("findIndex", proto_find_index, 1),
    ("reduce", proto_reduce, 1),
    ("reduceRight", proto_reduce_right, 1),
    ("flat", proto_flat, 0),
    ("flatMap", proto_flat_map, 1),
    ("findLast", proto_find_last, 1),
    ("findLastIndex", proto_find_last_index, 1),
    ("toSorted", proto_to_sorted, 1),
    ("toReversed", proto_to_reversed, 0),
    ("toSpliced", proto_to_spliced, 2),
    ("with", proto_with, 2),
    ("values", proto_values, 0),
    ("keys", proto_keys, 0),
    ("entries", proto_entries, 0),
]


def install(realm):
    proto = realm.heap.allocate(JSArray, realm.intrinsics["%Object.prototype%"], [])
    make_constructor(realm, "Array", array_call, array_construct, 1, proto, STATIC, PROTOTYPE)
    values = proto.get_own("values")
    proto.define_raw(SYMBOL_ITERATOR, values, WRITABLE | CONFIGURABLE)
    realm.intrinsics["%Array.prototype.values%"] = values
    # Array.prototype[@@unscopables] (sec-array.prototype-@@unscopables): names `with` skips
    from jskernel.engine.runtime.values import SYMBOL_UNSCOPABLES
    unscopables = realm.new_object(None)
    for name in ("at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
                 "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"):
        unscopables.define_raw(name, True)
    proto.define_raw(SYMBOL_UNSCOPABLES, unscopables, CONFIGURABLE)

