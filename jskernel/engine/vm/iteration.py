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
from jskernel.engine.runtime.objects import ENUMERABLE, JSArray, JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import ABSENT, HOLE, SYMBOL_ITERATOR, UNDEFINED, JSSymbol


class ForInIterator:
    """EnumerateObjectProperties (sec-enumerate-object-properties), V8's order: each
    object's [[OwnPropertyKeys]] then [[GetPrototypeOf]]; a Proxy's keys are checked
    for enumerability ([[GetOwnProperty]]) lazily, as each one is reached."""

    __slots__ = ("obj", "keys", "i", "proxies")

    def __init__(self, obj):
        from jskernel.engine.runtime.proxy import is_proxy
        self.obj = obj
        self.i = 0
        keys = []
        seen = set()
        proxies = None
        o = obj
        while o is not None:
            if is_proxy(o) or o.generic_properties:
                if proxies is None:
                    proxies = {}
                for k in o.own_keys():
                    if type(k) is JSSymbol or k in seen:
                        continue
                    seen.add(k)
                    keys.append(k)
                    proxies[len(keys) - 1] = o
                o = o.get_prototype_of()
                continue
            for k in o.own_keys():
                if type(k) is JSSymbol or k in seen:
                    continue
                seen.add(k)
                r = o.lookup_own(k)
                if r is not None and r[1] & ENUMERABLE:
                    keys.append(k)
            o = o.proto
        self.keys = keys
        self.proxies = proxies

    def next(self):
        keys = self.keys
        obj = self.obj
        proxies = self.proxies
        while self.i < len(keys):
            i = self.i
            k = keys[i]
            self.i += 1
            if proxies is not None:
                p = proxies.get(i)
                if p is not None:
                    d = p.get_own_property(k)
                    if d is not None and d.enumerable is True:
                        return k
                    continue
                return k
            if obj.has_property(k):
                return k
        return ABSENT


class IteratorRecord:
    """Base for records whose `rest()` just drains `next()` and whose `close()` has nothing to
    release (the builtins' array / typed-array / Map and Set iterator records)."""

    __slots__ = ()

    def rest(self):
        out = []
        while (v := self.next()) is not ABSENT:
            out.append(v)
        return out

    def close(self):
        pass


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
        try:
            r = self.vm.call_function(self.next_method, self.obj, [])
            if not isinstance(r, JSObject):
                throw_type_error(f"Iterator result {self.vm.describe_value(r)} is not an object")
            from jskernel.engine.runtime.operations import ToBoolean
            if ToBoolean(r.get("done")):
                self.done = True
                return ABSENT
            return r.get("value")
        except ThrowCompletion:
            self.done = True        # an abrupt next() / done / value: no IteratorClose later
            raise

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
        if describe and describe[0] == "\x00" and describe != M.ITERABLE_BY_VALUE:
            # spread arguments of a call: (first?, source text)
            text = describe[2:]
            if value is UNDEFINED or value is None:
                throw_type_error(M.NOT_ITERABLE_SPREAD_NULLISH.format(text, "null" if value is None else "undefined"))
            if describe[1] == "1":
                throw_type_error(M.SPREAD_NOT_ITERABLE)
            describe = M.ITERABLE_BY_VALUE
        if describe == M.ITERABLE_BY_VALUE:
            from jskernel.engine.runtime.operations import DescribeValue
            throw_type_error(M.NOT_ITERABLE_VALUE.format(DescribeValue(value)))
        throw_type_error(M.NOT_ITERABLE.format(describe or vm.describe_value(value)))
    it = vm.call_function(method, value, [])
    if not isinstance(it, JSObject):
        throw_type_error("Result of the Symbol.iterator method is not an object")
    return ProtocolIterator(vm, it, it.get("next"))
