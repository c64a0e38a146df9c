"""The ES2025 Set methods: Set.prototype.union, intersection, difference,
symmetricDifference, isSubsetOf, isSupersetOf, isDisjointFrom (sec-set.prototype.union
and following), with GetSetRecord (sec-getsetrecord) reading `size`, `has` and `keys`
of the argument in the spec's order.  The receiver's [[SetData]] is the OrderedTable of
builtins/collections.py; results are new %Set.prototype% objects (no species lookup).
"""

from __future__ import annotations

from jskernel.engine.builtins import arg, define_table
from jskernel.engine.builtins.collections import OrderedTable, _table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.values import ABSENT


class SetRecord:
    __slots__ = ("obj", "size", "has", "keys")

    def __init__(self, obj, size, has, keys):
        self.obj, self.size, self.has, self.keys = obj, size, has, keys


def GetSetRecord(obj) -> SetRecord:
    """sec-getsetrecord"""
    # 1. If obj is not an Object, throw a TypeError exception.
    if not isinstance(obj, JSObject):
        throw_type_error(f"{ops.ToDisplayString(obj)} is not an object")
    # 2.-4. rawSize = ? Get(obj, "size"); numSize = ? ToNumber(rawSize); NaN -> TypeError
    num = ops.ToNumber(obj.get("size"))
    if num != num:
        throw_type_error("The 'size' property must be a number")
    # 5.-6. intSize = ToIntegerOrInfinity(numSize); negative -> RangeError
    size = ops.ToIntegerOrInfinity(num)
    if size < 0:
        throw_range_error("'size' must be a non-negative number")
    # 7.-8. has must be callable
    has = obj.get("has")
    if not ops.IsCallable(has):
        throw_type_error("The 'has' property must be a function")
    # 9.-10. keys must be callable
    keys = obj.get("keys")
    if not ops.IsCallable(keys):
        throw_type_error("The 'keys' property must be a function")
    return SetRecord(obj, size, has, keys)


def _keys_iterator(realm, rec):
    """GetIteratorFromMethod(rec.[[SetObject]], rec.[[Keys]])."""
    from jskernel.engine.vm.iteration import ProtocolIterator
    it = realm.vm.call_function(rec.keys, rec.obj, [])
    if not isinstance(it, JSObject):
        throw_type_error(f"{ops.ToDisplayString(it)} is not an object")
    return ProtocolIterator(realm.vm, it, it.get("next"))


def _canonical(v):
    """CanonicalizeKeyedCollectionKey: -0 becomes +0."""
    return 0.0 if type(v) is float and v == 0 else v


def _copy(t: OrderedTable) -> OrderedTable:
    c = OrderedTable()
    for e in t.entries:
        if e is not None:
            c.set(e[0], e[0])
    return c


def _new_set(realm, table):
    s = realm.heap.allocate(JSObject, realm.intrinsics["%Set.prototype%"], "Set")
    s.internal = table
    return s


def _in_other(realm, rec, e) -> bool:
    return ops.ToBoolean(realm.vm.call_function(rec.has, rec.obj, [e]))


def _walk_this(t):
    """The receiver's elements by index, re-reading the length each step (the `has`
    callback may grow or shrink the receiver)."""
    index = 0
    while index < len(t.entries):
        e = t.entries[index]
        index += 1
        if e is not None:
            yield e[0]


def set_union(realm, this, args):
    t = _table(this, "Set", "union")
    rec = GetSetRecord(arg(args, 0))
    it = _keys_iterator(realm, rec)
    result = _copy(t)
    while (v := it.next()) is not ABSENT:
        v = _canonical(v)
        if not result.has(v):
            result.set(v, v)
    return _new_set(realm, result)


def set_intersection(realm, this, args):
    t = _table(this, "Set", "intersection")
    rec = GetSetRecord(arg(args, 0))
    result = OrderedTable()
    if t.size <= rec.size:
        for e in _walk_this(t):
            if _in_other(realm, rec, e) and not result.has(e):
                result.set(e, e)
    else:
        it = _keys_iterator(realm, rec)
        while (v := it.next()) is not ABSENT:
            v = _canonical(v)
            if t.has(v) and not result.has(v):
                result.set(v, v)
    return _new_set(realm, result)


def set_difference(realm, this, args):
    t = _table(this, "Set", "difference")
    rec = GetSetRecord(arg(args, 0))
    result = _copy(t)
    if t.size <= rec.size:
        for e in list(result.entries):
            if e is not None and _in_other(realm, rec, e[0]):
                result.delete(e[0])
    else:
        it = _keys_iterator(realm, rec)
        while (v := it.next()) is not ABSENT:
            result.delete(_canonical(v))
    return _new_set(realm, result)


def set_symmetric_difference(realm, this, args):
    t = _table(this, "Set", "symmetricDifference")
    rec = GetSetRecord(arg(args, 0))
    it = _keys_iterator(realm, rec)
    result = _copy(t)
    while (v := it.next()) is not ABSENT:
        v = _canonical(v)
        already = result.has(v)
        if t.has(v):
            if already:
                result.delete(v)
        elif not already:
            result.set(v, v)
    return _new_set(realm, result)


def set_is_subset_of(realm, this, args):
    t = _table(this, "Set", "isSubsetOf")
    rec = GetSetRecord(arg(args, 0))
    if t.size > rec.size:
        return False
    for e in _walk_this(t):
        if not _in_other(realm, rec, e):
            return False
    return True


def set_is_superset_of(realm, this, args):
    t = _table(this, "Set", "isSupersetOf")
    rec = GetSetRecord(arg(args, 0))
    if t.size < rec.size:
        return False
    it = _keys_iterator(realm, rec)
    while (v := it.next()) is not ABSENT:
        if not t.has(v):
            it.close()
            return False
    return True


def set_is_disjoint_from(realm, this, args):
    t = _table(this, "Set", "isDisjointFrom")
    rec = GetSetRecord(arg(args, 0))
    if t.size <= rec.size:
        for e in _walk_this(t):
            if _in_other(realm, rec, e):
                return False
    else:
        it = _keys_iterator(realm, rec)
        while (v := it.next()) is not ABSENT:
            if t.has(v):
                it.close()
                return False
    return True


SET_METHODS = [
    ("union", set_union, 1), ("intersection", set_intersection, 1), ("difference", set_difference, 1),
    ("symmetricDifference", set_symmetric_difference, 1), ("isSubsetOf", set_is_subset_of, 1),
    ("isSupersetOf", set_is_superset_of, 1), ("isDisjointFrom", set_is_disjoint_from, 1),
]


def install(realm):
    define_table(realm, realm.intrinsics["%Set.prototype%"], SET_METHODS)
