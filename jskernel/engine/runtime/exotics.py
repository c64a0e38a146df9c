"""Exotic objects whose own properties are not (only) in the shape: Array and String.

Owns: `JSArray` (sec-array-exotic-objects) in its *fast* form -- a dense Python list
of elements (HOLE marks holes), every element a plain {writable, enumerable,
configurable} data property and `length` writable (or all frozen, `frozen`) -- and
`JSSparseArray`, the same object after anything the fast form cannot represent
(an accessor or non-default element, a non-writable `length`, a huge index): the
object's class is switched in place and its elements move into the ordinary
property table, so code testing `type(o) is JSArray` keeps its fast paths for the
common case and everything else goes through the internal methods.  Also
`JSStringObject` (sec-string-exotic-objects): index and `length` own properties
derived from the wrapped string.  Ordinary objects are in runtime/objects.py.
"""

from __future__ import annotations

from jskernel.engine.runtime.objects import (
    DEFAULT_ATTRS, ENUMERABLE, WRITABLE, JSObject, PropertyDescriptor,
    IsCompatiblePropertyDescriptor, is_array_index, throw_range_error,
)
from jskernel.engine.runtime.values import ABSENT, HOLE, UNDEFINED

# Largest run of holes a fast array grows by before it turns sparse.
MAX_FAST_GAP = 50_000
MAX_LENGTH = 4294967295


def _index(key):
    """The array index a property key denotes, or -1."""
    if type(key) is str and key and key[0] in "0123456789" and is_array_index(key):
        return int(key)
    return -1


def ToArrayLength(value) -> int:
    """Steps 3-5 of ArraySetLength: ToUint32 and ToNumber must agree, else RangeError."""
    from jskernel.engine.runtime.operations import ToNumber, ToUint32
    n = ToUint32(value)
    if n != ToNumber(value):
        throw_range_error("Invalid array length")
    return n


class JSArray(JSObject):
    """An Array exotic object with dense element storage (HOLE marks holes)."""

    __slots__ = ("elements", "frozen", "alength", "length_writable")

    def __init__(self, proto=None, elements=None):
        JSObject.__init__(self, proto, "Array")
        self.elements = elements if elements is not None else []
        self.frozen = False       # Object.freeze: elements and length read-only
        self.alength = 0          # sparse form only: the length
        self.length_writable = True

    _index = staticmethod(_index)

    def get_own(self, key):
        i = _index(key)
        if i >= 0:
            el = self.elements
            if i < len(el):
                v = el[i]
                return ABSENT if v is HOLE else v
            return ABSENT
        if key == "length":
            return float(len(self.elements))
        return JSObject.get_own(self, key)

    def lookup_own(self, key):
        i = _index(key)
        if i >= 0:
            el = self.elements
            if i < len(el) and el[i] is not HOLE:
                return el[i], (ENUMERABLE if self.frozen else DEFAULT_ATTRS)
            return None
        if key == "length":
            return float(len(self.elements)), (0 if self.frozen else WRITABLE)
        return JSObject.lookup_own(self, key)

    def set_index(self, i, value) -> bool:
        if self.frozen:
            return False
        el = self.elements
        n = len(el)
        if i < n:
            if el[i] is HOLE and not self.extensible:
                return False
            el[i] = value
        elif not self.extensible:
            return False
        elif i == n:
            el.append(value)
        else:
            if i - n > MAX_FAST_GAP:
                self.make_sparse()
                return self.set_own_data(str(i), value)
            el.extend([HOLE] * (i - n))
            el.append(value)
        return True

    def set_own_data(self, key, value) -> bool:
        i = _index(key)
        if i >= 0:
            return self.set_index(i, value)
        if key == "length":
            if self.frozen:
                return False
            return self.set_length(value)
        return JSObject.set_own_data(self, key, value)

    def set_length(self, value, desc=None) -> bool:
        n = ToArrayLength(value)
        if type(self) is not JSArray or self.frozen:
            # the coercion (a valueOf) froze the array or made it sparse: ArraySetLength
            # reads the length descriptor only after coercing (sec-arraysetlength steps 3-7)
            if type(self) is JSArray:
                return False
            d = PropertyDescriptor(value=float(n))
            if desc is not None:
                d.writable, d.enumerable, d.configurable = desc.writable, desc.enumerable, desc.configurable
            return self.define_own_property("length", d)
        el = self.elements
        if n < len(el):
            del el[n:]
        elif n > len(el):
            if n - len(el) > MAX_FAST_GAP:
                self.make_sparse()
                self.alength = n
                return True
            el.extend([HOLE] * (n - len(el)))
        return True

    def define_raw(self, key, value, attrs=DEFAULT_ATTRS):
        i = _index(key)
        if i >= 0:
            if attrs == DEFAULT_ATTRS and not self.frozen:
                self.set_index(i, value)
                return
            self.make_sparse()
            self.define_raw(key, value, attrs)
            return
        if key == "length":
            if attrs & WRITABLE and not self.frozen:
                self.set_length(value)
                return
            self.make_sparse()
            self.define_raw(key, value, attrs)
            return
        JSObject.define_raw(self, key, value, attrs)

    def define_own_property(self, key, desc):
        """ArrayDefineOwnProperty (sec-array-exotic-objects-defineownproperty-p-desc) on
        the fast form; anything it cannot hold switches the array to the sparse form."""
        i = _index(key)
        if i >= 0:
            if not self.frozen and not desc.is_accessor():
                el = self.elements
                n = len(el)
                if i < n and el[i] is not HOLE:
                    if desc.writable is not False and desc.enumerable is not False \
                            and desc.configurable is not False:
                        if desc.value is not ABSENT:
                            el[i] = desc.value
                        return True
                elif desc.writable is True and desc.enumerable is True and desc.configurable is True \
                        and i - n <= MAX_FAST_GAP:
                    if not self.extensible:
                        return False
                    return self.set_index(i, UNDEFINED if desc.value is ABSENT else desc.value)
        elif key == "length":
            if not self.frozen and not desc.is_accessor() and desc.writable is not False \
                    and desc.enumerable is not True and desc.configurable is not True:
                if desc.value is not ABSENT:
                    return self.set_length(desc.value, desc)
                return True
        else:
            return JSObject.define_own_property(self, key, desc)
        self.make_sparse()
        return self.define_own_property(key, desc)

    def remove_own(self, key) -> bool:
        i = _index(key)
        if i >= 0:
            el = self.elements
            if i < len(el):
                if self.frozen and el[i] is not HOLE:
                    return False
                el[i] = HOLE
            return True
        if key == "length":
            return False
        return JSObject.remove_own(self, key)

    def own_keys(self):
        idx = [str(i) for i, v in enumerate(self.elements) if v is not HOLE]
        return idx + ["length"] + JSObject.own_keys(self)

    def make_sparse(self):
        """Switch to the sparse form: elements become ordinary properties, `length` a field."""
        if type(self) is not JSArray:
            return
        el = self.elements
        attrs = ENUMERABLE if self.frozen else DEFAULT_ATTRS
        old = self.shape
        self.shape = old.to_dictionary() if not old.dictionary else old
        # index keys first (creation order is irrelevant for them: own_keys sorts them)
        for i, v in enumerate(el):
            if v is not HOLE:
                JSObject.define_raw(self, str(i), v, attrs)
        self.alength = len(el)
        self.length_writable = not self.frozen
        self.elements = []
        self.frozen = False
        self.__class__ = JSSparseArray

    def __repr__(self):
        return f"<JSArray len={len(self.elements)}>"


class JSSparseArray(JSArray):
    """An Array exotic object whose elements are ordinary properties (see module doc)."""

    __slots__ = ()

    def get_own(self, key):
        if key == "length":
            return float(self.alength)
        return JSObject.get_own(self, key)

    def lookup_own(self, key):
        if key == "length":
            return float(self.alength), (WRITABLE if self.length_writable else 0)
        return JSObject.lookup_own(self, key)

    def set_own_data(self, key, value) -> bool:
        i = _index(key)
        if i >= 0:
            if JSObject.lookup_own(self, key) is not None:
                return JSObject.set_own_data(self, key, value)
            if i >= self.alength and not self.length_writable:
                return False
            if not JSObject.set_own_data(self, key, value):
                return False
            if i >= self.alength:
                self.alength = i + 1
            return True
        if key == "length":
            if not self.length_writable:
                return False
            return self.define_own_property("length", PropertyDescriptor(value=value))
        return JSObject.set_own_data(self, key, value)

    def define_raw(self, key, value, attrs=DEFAULT_ATTRS):
        if key == "length":
            self.alength = int(value)
            self.length_writable = bool(attrs & WRITABLE)
            return
        i = _index(key)
        JSObject.define_raw(self, key, value, attrs)
        if i >= self.alength:
            self.alength = i + 1

    def define_own_property(self, key, desc):
        """ArrayDefineOwnProperty (sec-array-exotic-objects-defineownproperty-p-desc)."""
        # 1. If P is "length", return ArraySetLength(A, Desc).
        if key == "length":
            return self.array_set_length(desc)
        i = _index(key)
        if i >= 0:
            # 3.b-c. index >= oldLen and length not writable -> false
            if i >= self.alength and not self.length_writable:
                return False
            # 3.d. succeeded = OrdinaryDefineOwnProperty(A, P, Desc)
            if not JSObject.define_own_property(self, key, desc):
                return False
            # 3.f. grow length
            if i >= self.alength:
                self.alength = i + 1
            return True
        return JSObject.define_own_property(self, key, desc)

    def array_set_length(self, desc):
        """ArraySetLength (sec-arraysetlength)."""
        # 1. If Desc has no [[Value]], return OrdinaryDefineOwnProperty(A, "length", Desc).
        if desc.value is ABSENT:
            return JSObject.define_own_property(self, "length", desc)
        # 2.-5. newLen = ToUint32(value), must equal ToNumber(value)
        new_len = ToArrayLength(desc.value)
        d = PropertyDescriptor(value=float(new_len), writable=desc.writable,
                               enumerable=desc.enumerable, configurable=desc.configurable)
        old_len = self.alength
        # 11. If newLen >= oldLen, return OrdinaryDefineOwnProperty(A, "length", newLenDesc).
        if new_len >= old_len:
            return JSObject.define_own_property(self, "length", d)
        # 12. If oldLenDesc.[[Writable]] is false, return false.
        if not self.length_writable:
            return False
        # 13.-14. defer making length non-writable until the elements are deleted
        new_writable = d.writable is not False
        if not new_writable:
            d.writable = True
        # 15. succeeded = OrdinaryDefineOwnProperty(A, "length", newLenDesc)
        if not JSObject.define_own_property(self, "length", d):
            return False
        # 17. delete own index keys >= newLen, descending
        doomed = sorted((int(k) for k in self.shape.keys if _index(k) >= new_len), reverse=True)
        for idx in doomed:
            if not self.delete(str(idx)):
                # 17.b.iii. a non-configurable element stops the truncation
                self.alength = idx + 1
                if not new_writable:
                    self.length_writable = False
                return False
        # 18. If newWritable is false, make length non-writable.
        if not new_writable:
            self.length_writable = False
        return True

    def remove_own(self, key) -> bool:
        if key == "length":
            return False
        return JSObject.remove_own(self, key)

    def own_keys(self):
        keys = JSObject.own_keys(self)
        n = 0
        while n < len(keys) and type(keys[n]) is str and _index(keys[n]) >= 0:
            n += 1
        return keys[:n] + ["length"] + keys[n:]

    def __repr__(self):
        return f"<JSSparseArray len={self.alength}>"


class JSStringObject(JSObject):
    """A String exotic object: `internal` is the string value (sec-string-exotic-objects)."""

    __slots__ = ()

    def __init__(self, proto, value):
        JSObject.__init__(self, proto, "String")
        self.internal = value

    def _string_index(self, key):
        i = _index(key)
        return i if 0 <= i < len(self.internal) else -1

    def get_own(self, key):
        i = self._string_index(key)
        if i >= 0:
            return self.internal[i]
        if key == "length":
            return float(len(self.internal))
        return JSObject.get_own(self, key)

    def lookup_own(self, key):
        """StringGetOwnProperty (sec-stringgetownproperty), then the ordinary table."""
        i = self._string_index(key)
        if i >= 0:
            return self.internal[i], ENUMERABLE
        if key == "length":
            return float(len(self.internal)), 0
        return JSObject.lookup_own(self, key)

    def set_own_data(self, key, value) -> bool:
        if key == "length" or self._string_index(key) >= 0:
            return False
        return JSObject.set_own_data(self, key, value)

    def define_raw(self, key, value, attrs=DEFAULT_ATTRS):
        if key == "length" or self._string_index(key) >= 0:
            return
        JSObject.define_raw(self, key, value, attrs)

    def define_own_property(self, key, desc):
        """sec-string-exotic-objects-defineownproperty-p-desc"""
        if key == "length" or self._string_index(key) >= 0:
            return IsCompatiblePropertyDescriptor(self.extensible, desc, self.get_own_property(key))
        return JSObject.define_own_property(self, key, desc)

    def remove_own(self, key) -> bool:
        if key == "length" or self._string_index(key) >= 0:
            return False
        return JSObject.remove_own(self, key)

    def own_keys(self):
        """sec-string-exotic-objects-ownpropertykeys"""
        keys = JSObject.own_keys(self)
        n = 0
        while n < len(keys) and type(keys[n]) is str and _index(keys[n]) >= 0:
            n += 1
        return ([str(i) for i in range(len(self.internal))] + keys[:n] + ["length"]
                + [k for k in keys[n:] if k != "length"])

