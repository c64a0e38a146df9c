"""Iteration helpers used by for-in, for-of, spread and array destructuring.

Owns the engine-internal iterator records that sit on the operand stack between
FOR_*_START and FOR_*_NEXT (never visible to scripts): a for-in key enumerator
(sec-enumerate-object-properties) and fast iterators over arrays and strings.
Anything else goes through the iterator protocol (GetIterator / IteratorStep /
IteratorClose) via `ProtocolIterator`.  Every record has `next()` (a value or ABSENT
when done), `rest()` and `close()`.
"""

from __future__ import annotations

from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime.objects import ENUMERABLE, JSArray, JSObject, throw_type_error
from jskernel.engine.runtime.values import ABSENT, HOLE, SYMBOL_ITERATOR, UNDEFINED, JSSymbol


class ForInIterator:
    __slots__ = ("obj", "keys", "i")

    def __init__(self, obj):
        self.obj = obj
        self.i = 0
        keys = []
        seen = set()
        o = obj
        while o is not None:
            for k in o.own_keys():
                if type(k) is JSSymbol or k in seen:
                    continue
                seen.add(k)
                r = o.lookup_own(k)
                if r is not None and r[1] & ENUMERABLE:
                    keys.append(k)
            o = o.proto
        self.keys = keys

    def next(self):
        keys = self.keys
        obj = self.obj
        while self.i < len(keys):
            k = keys[self.i]
            self.i += 1
            if obj.has_property(k):
                return k
        return ABSENT


class EmptyIterator:
    __slots__ = ()

    def next(self):
        return ABSENT

    def rest(self):
        return []

    def close(self):
        pass


class ArrayIterator:
    __slots__ = ("arr", "i")

    def __init__(self, arr):
        self.arr = arr
        self.i = 0

    def next(self):
        el = self.arr.elements
        i = self.i
        if i < len(el):
            self.i = i + 1
            v = el[i]
            if v is HOLE:
                return self.arr.get(str(i))
            return v
        self.i = len(el) + 1
        return ABSENT

    def rest(self):
        out = []
        while True:
            v = self.next()
            if v is ABSENT:
                return out
            out.append(v)

    def close(self):
        pass


class StringIterator:
    __slots__ = ("s", "i")

    def __init__(self, s):
        self.s = s
        self.i = 0

    def next(self):
        s = self.s
        i = self.i
        if i >= len(s):
            return ABSENT
        c = s[i]
        if "\ud800" <= c <= "\udbff" and i + 1 < len(s) and "\udc00" <= s[i + 1] <= "\udfff":
            self.i = i + 2
            return s[i:i + 2]
        self.i = i + 1
        return c

    rest = ArrayIterator.rest

    def close(self):
        pass


class ProtocolIterator:
    """An Iterator Record over a user (or built-in) iterator object."""

    __slots__ = ("vm", "obj", "next_method", "done")

    def __init__(self, vm, obj, next_method):
        self.vm = vm
        self.obj = obj
        self.next_method = next_method
        self.done = False

    def next(self):
        """IteratorStepValue: the next value, or ABSENT when the iterator is done."""
        if self.done:
            return ABSENT
        r = self.vm.call_function(self.next_method, self.obj, [])
        if not isinstance(r, JSObject):
            self.done = True
            throw_type_error(f"Iterator result {self.vm.describe_value(r)} is not an object")
        from jskernel.engine.runtime.operations import ToBoolean
        if ToBoolean(r.get("done")):
            self.done = True
            return ABSENT
        return r.get("value")

    rest = ArrayIterator.rest

    def close(self):
        """IteratorClose for a normal or break completion."""
        if self.done:
            return
        self.done = True
        ret = self.obj.get("return")
        if ret is UNDEFINED or ret is None:
            return
        r = self.vm.call_function(ret, self.obj, [])
        if not isinstance(r, JSObject):
            throw_type_error(f"Iterator result {self.vm.describe_value(r)} is not an object")


def for_in_iterator(value):
    if value is UNDEFINED or value is None:
        return EmptyIterator()
    if isinstance(value, JSObject):
        return ForInIterator(value)
    if type(value) is str:
        return _StringKeys([str(i) for i in range(len(value))])
    return EmptyIterator()


class _StringKeys:
    __slots__ = ("keys", "i")

    def __init__(self, keys):
        self.keys = keys
        self.i = 0

    def next(self):
        if self.i < len(self.keys):
            self.i += 1
            return self.keys[self.i - 1]
        return ABSENT


def _array_fast(vm, arr) -> bool:
    I = vm.realm.intrinsics
    proto = I["%Array.prototype%"]
    return (arr.proto is proto and proto.get_own(SYMBOL_ITERATOR) is I["%Array.prototype.values%"]
            and SYMBOL_ITERATOR not in arr.shape.table)


def has_iterator(realm, value) -> bool:
    return isinstance(value, JSObject) and value.has_property(SYMBOL_ITERATOR)


def get_iterator(vm, value, describe=None):
    """GetIterator(value, sync): fast records for plain arrays and strings, else the protocol."""
    if type(value) is JSArray and _array_fast(vm, value):
        return ArrayIterator(value)
    if type(value) is str:
        return StringIterator(value)
    if isinstance(value, JSObject) and value.class_name in ("Array Iterator", "String Iterator") \
            and value.get_own("next") is ABSENT and value.internal is not None \
            and value.proto is vm.realm.intrinsics[f"%{value.class_name.split()[0]}IteratorPrototype%"]:
        return value.internal
    if isinstance(value, JSObject):
        method = value.get(SYMBOL_ITERATOR)
    elif value is UNDEFINED or value is None:
        method = UNDEFINED
    else:
        from jskernel.engine.vm.handlers import get_value
        method = get_value(vm, value, SYMBOL_ITERATOR)
    from jskernel.engine.runtime.operations import IsCallable
    if not IsCallable(method):
        throw_type_error(M.NOT_ITERABLE.format(describe or vm.describe_value(value)))
    it = vm.call_function(method, value, [])
    if not isinstance(it, JSObject):
        throw_type_error("Result of the Symbol.iterator method is not an object")
    return ProtocolIterator(vm, it, it.get("next"))
