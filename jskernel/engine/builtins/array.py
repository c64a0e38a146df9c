"""%Array% and %Array.prototype%: the constructor, the property tables, and the simpler
methods (push, pop, fill, join, indexOf, includes, at, the iterators, the change-by-copy
methods).  The methods that create arrays through ArraySpeciesCreate or rearrange their
receiver, the callback walkers and Array.from / Array.of are in builtins/array_generic.py;
Array.fromAsync is in builtins/array_from_async.py.

Methods take a fast path over dense `JSArray.elements` and fall back to the generic
property protocol for array-likes.  Callbacks run through `realm.vm.call_function`.
"""

from __future__ import annotations

from jskernel.engine.builtins import arg, make_constructor
from jskernel.engine.builtins.array_generic import (
    _delete, _set,
    array_from, array_of, proto_concat, proto_copy_within, proto_every, proto_filter, proto_find,
    proto_find_index, proto_find_last, proto_find_last_index, proto_flat, proto_flat_map, proto_for_each,
    proto_map, proto_reduce, proto_reduce_right, proto_reverse, proto_shift, proto_slice, proto_some,
    proto_sort, proto_splice, proto_to_locale_string, proto_unshift, sort_values, splice_start_and_count,
)
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSArray, throw_range_error, throw_type_error
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE
from jskernel.engine.runtime.values import ABSENT, HOLE, SYMBOL_ITERATOR, UNDEFINED, WELL_KNOWN_SYMBOLS
from jskernel.engine.vm.iteration import IteratorRecord


def array_call(realm, this, args):
    return array_construct(realm, args, None)


def array_construct(realm, args, new_target):
    """sec-array: the prototype comes from newTarget first, then the length checks."""
    from jskernel.engine.builtins.array_generic import ArrayCreate
    from jskernel.engine.builtins.collections import prototype_from_constructor
    proto = None
    if new_target is not None and new_target is not realm.intrinsics["%Array%"]:
        proto = prototype_from_constructor(realm, new_target, "%Array.prototype%")
    if len(args) == 1 and type(args[0]) is float:
        n = args[0]
        if not (0 <= n < 2 ** 32) or n != int(n):
            throw_range_error("Invalid array length")
        a = ArrayCreate(realm, int(n))
    else:
        a = realm.new_array(list(args))
    if proto is not None:
        a.proto = proto
    return a


def array_is_array(realm, this, args):
    from jskernel.engine.runtime.proxy import IsArray
    return IsArray(arg(args, 0))


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


# --- mutators -------------------------------------------------------------------------------

def proto_push(realm, this, args):
    """sec-array.prototype.push"""
    o = _this_array(realm, this)
    if type(o) is JSArray and o.extensible and not o.frozen and type(o.proto) is JSArray and not o.proto.elements:
        o.elements.extend(args)         # (no indexed setters on a fast, empty Array.prototype)
        return float(len(o.elements))
    n = _length(o)
    if n + len(args) > 2 ** 53 - 1:
        throw_type_error(f"Pushing {len(args)} elements on an array-like of length {n} is disallowed, "
                         "as the total surpasses 2**53-1")
    for v in args:
        _set(o, str(n), v)
        n += 1
    _set(o, "length", float(n))
    return float(n)


def proto_pop(realm, this, args):
    """sec-array.prototype.pop"""
    o = _this_array(realm, this)
    if type(o) is JSArray and not o.frozen and o.elements and o.elements[-1] is not HOLE:
        return o.elements.pop()
    n = _length(o)
    if n == 0:
        _set(o, "length", 0.0)
        return UNDEFINED
    v = o.get(str(n - 1))
    _delete(o, str(n - 1))
    _set(o, "length", float(n - 1))
    return v


def proto_fill(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    start = ops.RelativeIndex(arg(args, 1), n, 0)
    end = ops.RelativeIndex(arg(args, 2), n, n)
    v = arg(args, 0)
    if type(o) is JSArray and o.extensible and not o.frozen:
        o.elements[start:end] = [v] * (end - start)
        return o
    for i in range(start, end):
        _set(o, str(i), v)
    return o


# --- accessors ------------------------------------------------------------------------------
def proto_join(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    sep = "," if arg(args, 0) is UNDEFINED else ops.ToString(args[0])
    vm = realm.vm
    seen = vm.__dict__.setdefault("_join_stack", []) if hasattr(vm, "__dict__") else []
    if any(x is o for x in seen):
        return ""
    seen.append(o)
    try:
        if type(o) is JSArray and all(type(v) is str for v in o.elements):
            return sep.join(o.elements)
        parts = []
        for i in range(n):
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


def proto_index_of(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    if n == 0:
        return -1.0
    target = arg(args, 0)
    for i in range(ops.RelativeIndex(arg(args, 1), n, 0), n):
        if _has(o, i) and ops.IsStrictlyEqual(_get(o, i), target):
            return float(i)
    return -1.0


def proto_last_index_of(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    if n == 0:
        return -1.0
    target = arg(args, 0)
    start = n - 1 if len(args) < 2 else ops.ToIntegerOrInfinity(args[1])
    if start < 0:
        start += n
    if start < 0:
        return -1.0
    for i in range(int(min(start, n - 1)), -1, -1):
        if _has(o, i) and ops.IsStrictlyEqual(_get(o, i), target):
            return float(i)
    return -1.0


def proto_includes(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    if n == 0:
        return False
    target = arg(args, 0)
    for i in range(ops.RelativeIndex(arg(args, 1), n, 0), n):
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

def _index_iterator(realm, o, kind):
    """CreateArrayIterator: typed arrays get the record that checks for detached buffers."""
    from jskernel.engine.runtime.typed_arrays import JSTypedArray
    if isinstance(o, JSTypedArray):
        from jskernel.engine.builtins.typed_array_methods import TypedArrayIterator
        return TypedArrayIterator(realm, o, kind)
    return _IndexIterator(realm, o, kind)


class _IndexIterator(IteratorRecord):
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


def proto_values(realm, this, args):
    from jskernel.engine.builtins.iterator import make_builtin_iterator
    from jskernel.engine.vm.iteration import ArrayIterator
    o = _this_array(realm, this)
    rec = ArrayIterator(o) if type(o) is JSArray else _index_iterator(realm, o, "values")
    return make_builtin_iterator(realm, rec, "%ArrayIteratorPrototype%", "Array Iterator")


def proto_keys(realm, this, args):
    from jskernel.engine.builtins.iterator import make_builtin_iterator
    return make_builtin_iterator(realm, _index_iterator(realm, _this_array(realm, this), "keys"),
                                 "%ArrayIteratorPrototype%", "Array Iterator")


def proto_entries(realm, this, args):
    from jskernel.engine.builtins.iterator import make_builtin_iterator
    return make_builtin_iterator(realm, _index_iterator(realm, _this_array(realm, this), "entries"),
                                 "%ArrayIteratorPrototype%", "Array Iterator")


def proto_to_sorted(realm, this, args):
    """sec-array.prototype.tosorted"""
    fn = arg(args, 0)
    if fn is not UNDEFINED and not ops.IsCallable(fn):
        throw_type_error("The comparison function must be either a function or undefined")
    o = _this_array(realm, this)
    n = _length(o)
    if n > 2 ** 32 - 1:
        throw_range_error("Invalid array length")
    return realm.new_array(sort_values(realm, [_get(o, i) for i in range(n)], fn))


def proto_to_reversed(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    if n > 2 ** 32 - 1:
        throw_range_error("Invalid array length")
    return realm.new_array([_get(o, i) for i in range(n - 1, -1, -1)])


def proto_with(realm, this, args):
    o = _this_array(realm, this)
    n = _length(o)
    k = ops.ToIntegerOrInfinity(arg(args, 0))
    if k < 0:
        k += n
    if not 0 <= k < n:
        throw_range_error("Invalid index : " + ops.ToString(arg(args, 0)))
    if n > 2 ** 32 - 1:
        throw_range_error("Invalid array length")
    k = int(k)
    v = arg(args, 1)
    return realm.new_array([v if i == k else _get(o, i) for i in range(n)])


def proto_to_spliced(realm, this, args):
    """sec-array.prototype.tospliced"""
    o = _this_array(realm, this)
    n = _length(o)
    start, skip = splice_start_and_count(args, n)
    items = list(args[2:])
    new_len = n + len(items) - skip
    if new_len > 2 ** 53 - 1:
        throw_type_error("Invalid array length")
    if new_len > 2 ** 32 - 1:
        throw_range_error("Invalid array length")
    out = [_get(o, i) for i in range(start)] + items + [_get(o, i) for i in range(start + skip, n)]
    return realm.new_array(out)


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
    ("toLocaleString", proto_to_locale_string, 0),
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
    ("copyWithin", proto_copy_within, 2),
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
    from jskernel.engine.builtins import GETTER, define_table
    from jskernel.engine.builtins.collections import species_getter
    define_table(realm, realm.intrinsics["%Array%"], [(WELL_KNOWN_SYMBOLS["species"], GETTER(species_getter))])
    # Array.prototype[@@unscopables] (sec-array.prototype-@@unscopables): names `with` skips
    from jskernel.engine.runtime.values import SYMBOL_UNSCOPABLES
    unscopables = realm.new_object(None)
    for name in ("at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
                 "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"):
        unscopables.define_raw(name, True)
    proto.define_raw(SYMBOL_UNSCOPABLES, unscopables, CONFIGURABLE)

