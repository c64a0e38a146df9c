"""Objects, shapes (hidden classes) and the ordinary internal methods.

Owns: `Shape` (key -> slot index plus attributes, with cached transitions so objects
built the same way share one shape and the VM's inline caches can key on it),
`JSObject` (shape + slot list + prototype), `JSArray` (dense element storage),
`Accessor`, `PropertyDescriptor`, and `ThrowCompletion` (a JS throw travelling
through Python code).  Functions live in runtime/functions.py; abstract operations
in runtime/operations.py.  Objects are created only through runtime/heap.py.

Property keys are `str` (array indices as canonical numeric strings) or `JSSymbol`.
"""

from __future__ import annotations

from jskernel.engine.runtime.values import ABSENT, HOLE, UNDEFINED, JSSymbol

WRITABLE = 1
ENUMERABLE = 2
CONFIGURABLE = 4
ACCESSOR = 8
DEFAULT_ATTRS = WRITABLE | ENUMERABLE | CONFIGURABLE      # plain assignment
HIDDEN_ATTRS = WRITABLE | CONFIGURABLE                     # builtin methods


class ThrowCompletion(Exception):
    """A JS exception in flight through Python code.

    Either carries the thrown engine `value`, or (`value is None`) a pending error
    of kind `name` with `message`, materialised into an Error object by the VM at
    the point it is caught (so the stack trace names the right frame).
    """

    __slots__ = ("value", "name", "message")

    def __init__(self, value=None, name=None, message=""):
        super().__init__(name or "throw")
        self.value = value
        self.name = name
        self.message = message


def throw_type_error(message):
    raise ThrowCompletion(None, "TypeError", message)


def throw_range_error(message):
    raise ThrowCompletion(None, "RangeError", message)


def throw_reference_error(message):
    raise ThrowCompletion(None, "ReferenceError", message)


class Shape:
    """A hidden class: an ordered key -> slot map with per-key attributes.

    Shared shapes are immutable and reached by transitions from `ROOT_SHAPE`;
    a *dictionary* shape belongs to one object and is mutated in place (after a
    delete or an attribute change) and is never used as an inline-cache key.
    """

    __slots__ = ("table", "keys", "attrs", "transitions", "dictionary", "__weakref__")

    def __init__(self, table=None, keys=None, attrs=None, dictionary=False):
        self.table = table if table is not None else {}
        self.keys = keys if keys is not None else []
        self.attrs = attrs if attrs is not None else []
        self.transitions = None if dictionary else {}
        self.dictionary = dictionary

    def add(self, key, attrs):
        """The shape after adding `key` (a transition, or in-place for dictionaries)."""
        if self.dictionary:
            self.table[key] = len(self.keys)
            self.keys.append(key)
            self.attrs.append(attrs)
            return self
        t = self.transitions.get((key, attrs))
        if t is None:
            table = dict(self.table)
            table[key] = len(self.keys)
            t = Shape(table, self.keys + [key], self.attrs + [attrs])
            self.transitions[(key, attrs)] = t
        return t

    def to_dictionary(self):
        return Shape(dict(self.table), list(self.keys), list(self.attrs), dictionary=True)

    def __repr__(self):
        kind = "dict" if self.dictionary else "shared"
        return f"<Shape {kind} {self.keys!r}>"


ROOT_SHAPE = Shape()


class Accessor:
    """The slot content of an accessor property."""

    __slots__ = ("get", "set")

    def __init__(self, get=UNDEFINED, set=UNDEFINED):
        self.get = get
        self.set = set


class PropertyDescriptor:
    """A (possibly partial) property descriptor; absent fields are ABSENT."""

    __slots__ = ("value", "get", "set", "writable", "enumerable", "configurable")

    def __init__(self, value=ABSENT, get=ABSENT, set=ABSENT, writable=ABSENT,
                 enumerable=ABSENT, configurable=ABSENT):
        self.value = value
        self.get = get
        self.set = set
        self.writable = writable
        self.enumerable = enumerable
        self.configurable = configurable

    def is_accessor(self):
        return self.get is not ABSENT or self.set is not ABSENT

    @classmethod
    def from_slot(cls, value, attrs):
        if attrs & ACCESSOR:
            return cls(get=value.get, set=value.set, enumerable=bool(attrs & ENUMERABLE),
                       configurable=bool(attrs & CONFIGURABLE))
        return cls(value=value, writable=bool(attrs & WRITABLE),
                   enumerable=bool(attrs & ENUMERABLE), configurable=bool(attrs & CONFIGURABLE))


def is_array_index(key) -> bool:
    """Whether a string key is a canonical array index (0 .. 2**32-2)."""
    return (type(key) is str and key.isdigit() and key.isascii()
            and (key == "0" or key[0] != "0") and int(key) < 4294967295)


class JSObject:
    """An ordinary object: properties in `slots`, laid out by `shape`."""

    __slots__ = ("shape", "slots", "proto", "extensible", "class_name", "internal", "__weakref__")

    def __init__(self, proto=None, class_name="Object"):
        self.shape = ROOT_SHAPE
        self.slots = []
        self.proto = proto
        self.extensible = True
        self.class_name = class_name     # [[Class]]-like tag: Object, Error, Arguments, Boolean...
        self.internal = None              # internal slot payload (e.g. [[ErrorData]], [[BooleanData]])

    # -- own-property primitives (overridden by exotic objects) -----------------
    def get_own(self, key):
        """The raw slot content (value or Accessor) of an own property, or ABSENT."""
        i = self.shape.table.get(key)
        return ABSENT if i is None else self.slots[i]

    def lookup_own(self, key):
        """(raw value, attrs) of an own property, or None."""
        i = self.shape.table.get(key)
        if i is None:
            return None
        return self.slots[i], self.shape.attrs[i]

    def set_own_data(self, key, value) -> bool:
        """Set an existing writable own data property or add a new default one."""
        shape = self.shape
        i = shape.table.get(key)
        if i is not None:
            a = shape.attrs[i]
            if a & ACCESSOR or not a & WRITABLE:
                return False
            self.slots[i] = value
            return True
        if not self.extensible:
            return False
        self.shape = shape.add(key, DEFAULT_ATTRS)
        self.slots.append(value)
        return True

    def define_raw(self, key, value, attrs=DEFAULT_ATTRS):
        """Create or overwrite an own property unconditionally (engine-internal)."""
        shape = self.shape
        i = shape.table.get(key)
        if i is None:
            self.shape = shape.add(key, attrs)
            self.slots.append(value)
            return
        if shape.attrs[i] != attrs:
            if not shape.dictionary:
                shape = self.shape = shape.to_dictionary()
            shape.attrs[i] = attrs
        self.slots[i] = value

    def remove_own(self, key) -> bool:
        shape = self.shape
        i = shape.table.get(key)
        if i is None:
            return True
        if not shape.attrs[i] & CONFIGURABLE:
            return False
        keys = shape.keys[:i] + shape.keys[i + 1:]
        attrs = shape.attrs[:i] + shape.attrs[i + 1:]
        table = {k: n for n, k in enumerate(keys)}
        self.shape = Shape(table, keys, attrs, dictionary=True)
        del self.slots[i]
        return True

    def own_keys(self):
        """[[OwnPropertyKeys]]: integer keys ascending, then strings, then symbols."""
        keys = self.shape.keys
        ints = [k for k in keys if type(k) is str and is_array_index(k)]
        if ints:
            ints.sort(key=int)
            strs = [k for k in keys if type(k) is str and not is_array_index(k)]
        else:
            strs = [k for k in keys if type(k) is str]
        syms = [k for k in keys if type(k) is JSSymbol]
        return ints + strs + syms

    # -- ordinary internal methods ------------------------------------------------
    def get_own_property(self, key):
        r = self.lookup_own(key)
        return None if r is None else PropertyDescriptor.from_slot(*r)

    def define_own_property(self, key, desc: PropertyDescriptor) -> bool:
        """ValidateAndApplyPropertyDescriptor (sec-validateandapplypropertydescriptor), simplified."""
        r = self.lookup_own(key)
        if r is None:
            if not self.extensible:
                return False
            attrs = 0
            if desc.enumerable is True:
                attrs |= ENUMERABLE
            if desc.configurable is True:
                attrs |= CONFIGURABLE
            if desc.is_accessor():
                g = UNDEFINED if desc.get is ABSENT else desc.get
                s = UNDEFINED if desc.set is ABSENT else desc.set
                self.define_raw(key, Accessor(g, s), attrs | ACCESSOR)
            else:
                if desc.writable is True:
                    attrs |= WRITABLE
                v = UNDEFINED if desc.value is ABSENT else desc.value
                self.define_raw(key, v, attrs)
            return True
        cur, attrs = r
        if not attrs & CONFIGURABLE:
            if desc.configurable is True:
                return False
            if desc.enumerable is not ABSENT and desc.enumerable != bool(attrs & ENUMERABLE):
                return False
            if attrs & ACCESSOR:
                if desc.get is not ABSENT and desc.get is not cur.get:
                    return False
                if desc.set is not ABSENT and desc.set is not cur.set:
                    return False
                if desc.value is not ABSENT or desc.writable is not ABSENT:
                    return False
                return True
            if desc.is_accessor():
                return False
            if not attrs & WRITABLE:
                if desc.writable is True:
                    return False
                if desc.value is not ABSENT:
                    from jskernel.engine.runtime.operations import SameValue
                    if not SameValue(desc.value, cur):
                        return False
        new = attrs
        if desc.enumerable is not ABSENT:
            new = (new | ENUMERABLE) if desc.enumerable else (new & ~ENUMERABLE)
        if desc.configurable is not ABSENT:
            new = (new | CONFIGURABLE) if desc.configurable else (new & ~CONFIGURABLE)
        if desc.is_accessor():
            if attrs & ACCESSOR:
                acc = Accessor(cur.get if desc.get is ABSENT else desc.get,
                               cur.set if desc.set is ABSENT else desc.set)
            else:
                acc = Accessor(UNDEFINED if desc.get is ABSENT else desc.get,
                               UNDEFINED if desc.set is ABSENT else desc.set)
            self.define_raw(key, acc, (new | ACCESSOR) & ~WRITABLE)
            return True
        if attrs & ACCESSOR and (desc.value is not ABSENT or desc.writable is not ABSENT):
            new &= ~ACCESSOR
            cur = UNDEFINED
        if desc.writable is not ABSENT:
            new = (new | WRITABLE) if desc.writable else (new & ~WRITABLE)
        if attrs & ACCESSOR and not new & ACCESSOR:
            pass
        elif attrs & ACCESSOR:
            self.define_raw(key, cur, new)
            return True
        self.define_raw(key, cur if desc.value is ABSENT else desc.value, new)
        return True

    def has_property(self, key) -> bool:
        o = self
        while o is not None:
            if o.get_own(key) is not ABSENT:
                return True
            o = o.proto
        return False

    def get(self, key, receiver=ABSENT):
        """[[Get]] (sec-ordinary-object-internal-methods-and-internal-slots-get-p-receiver)."""
        o = self
        while o is not None:
            v = o.get_own(key)
            if v is not ABSENT:
                if type(v) is Accessor:
                    g = v.get
                    if g is UNDEFINED:
                        return UNDEFINED
                    return g.call(self if receiver is ABSENT else receiver, [])
                return v
            o = o.proto
        return UNDEFINED

    def set(self, key, value, receiver=ABSENT) -> bool:
        """[[Set]] (OrdinarySet): walk the chain for setters / read-only, then define on receiver."""
        o = self
        while o is not None:
            r = o.lookup_own(key)
            if r is not None:
                v, attrs = r
                if attrs & ACCESSOR:
                    s = v.set
                    if s is UNDEFINED:
                        return False
                    s.call(self if receiver is ABSENT else receiver, [value])
                    return True
                if not attrs & WRITABLE:
                    return False
                break
            o = o.proto
        if receiver is ABSENT:
            receiver = self
        if not isinstance(receiver, JSObject):
            return False
        return receiver.set_own_data(key, value)

    def delete(self, key) -> bool:
        return self.remove_own(key)

    def __repr__(self):
        return f"<JSObject {self.class_name} {self.shape.keys[:8]!r}>"


class JSArray(JSObject):
    """An Array exotic object with dense element storage (HOLE marks holes)."""

    __slots__ = ("elements", "frozen")

    def __init__(self, proto=None, elements=None):
        JSObject.__init__(self, proto, "Array")
        self.elements = elements if elements is not None else []
        self.frozen = False       # Object.freeze: elements and length read-only

    @staticmethod
    def _index(key):
        if type(key) is str and key and key[0] in "0123456789" and is_array_index(key):
            return int(key)
        return -1

    def get_own(self, key):
        i = self._index(key)
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
        i = self._index(key)
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
            el[i] = value
        elif not self.extensible:
            return False
        elif i == n:
            el.append(value)
        else:
            if i - n > 10_000_000:
                throw_range_error("Array index too large for dense storage")
            el.extend([HOLE] * (i - n))
            el.append(value)
        return True

    def set_own_data(self, key, value) -> bool:
        i = self._index(key)
        if i >= 0:
            return self.set_index(i, value)
        if key == "length":
            if self.frozen:
                return False
            self.set_length(value)
            return True
        return JSObject.set_own_data(self, key, value)

    def set_length(self, value):
        from jskernel.engine.runtime.operations import ToNumber, ToUint32
        n = ToUint32(value)
        if n != ToNumber(value):
            throw_range_error("Invalid array length")
        el = self.elements
        if n < len(el):
            del el[n:]
        elif n > len(el):
            if n - len(el) > 10_000_000:
                throw_range_error("Array length too large for dense storage")
            el.extend([HOLE] * (n - len(el)))

    def define_raw(self, key, value, attrs=DEFAULT_ATTRS):
        i = self._index(key)
        if i >= 0:
            self.set_index(i, value)
            return
        if key == "length":
            self.set_length(value)
            return
        JSObject.define_raw(self, key, value, attrs)

    def define_own_property(self, key, desc):
        i = self._index(key)
        if i >= 0 or key == "length":
            if desc.is_accessor():
                throw_type_error("accessor array elements are not supported yet")
            if desc.value is not ABSENT:
                self.define_raw(key, desc.value)
            elif i >= len(self.elements):
                self.set_index(i, UNDEFINED)
            return True
        return JSObject.define_own_property(self, key, desc)

    def remove_own(self, key) -> bool:
        i = self._index(key)
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

    def __repr__(self):
        return f"<JSArray len={len(self.elements)}>"
