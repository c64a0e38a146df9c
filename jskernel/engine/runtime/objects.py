"""Objects, shapes (hidden classes) and the ordinary internal methods.

Owns: `Shape` (key -> slot index plus attributes, with cached transitions so objects
built the same way share one shape and the VM's inline caches can key on it),
`JSObject` (shape + slot list + prototype) with the ordinary internal methods
under their spec names (OrdinaryGetOwnProperty, OrdinaryDefineOwnProperty with
ValidateAndApplyPropertyDescriptor, OrdinarySet, OrdinaryOwnPropertyKeys ...),
`Accessor`, `PropertyDescriptor`, and `ThrowCompletion` (a JS throw travelling
through Python code).  Exotic objects (Array, String) live in runtime/exotics.py,
Proxy in runtime/proxy.py, functions in runtime/functions.py; abstract operations
in runtime/operations.py.  Objects are created only through runtime/heap.py.

Internal methods every object answers (a Proxy overrides all of them):
`get_prototype_of`, `set_prototype_of`, `is_extensible`, `prevent_extensions`,
`get_own_property`, `define_own_property`, `has_property`, `get`, `set`, `delete`,
`own_keys`.  The raw primitives `get_own` / `lookup_own` / `set_own_data` /
`define_raw` / `remove_own` are fast paths for engine code on objects it knows to
be ordinary; on a Proxy they answer DEFER, which the ordinary chain walks hand back
to the proxy's own internal method.

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

# An object that grows past this many own properties leaves the shared transition tree
# for a dictionary shape of its own (as V8 does): objects used as hash maps would
# otherwise copy a growing key table on every insertion and fill the tree with
# one-object chains.
MAX_SHARED_KEYS = 128


class Accessor:
    """The slot content of an accessor property."""

    __slots__ = ("get", "set")

    def __init__(self, get=UNDEFINED, set=UNDEFINED):
        self.get = get
        self.set = set


# What the raw own-property primitives of an object with non-ordinary internal
# methods (a Proxy) return: the chain walks in JSObject.get / set / has_property see
# an "accessor" and, on identity, delegate to that object's internal method.
DEFER = Accessor()


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

    def is_data(self):
        return self.value is not ABSENT or self.writable is not ABSENT

    def is_generic(self):
        return not self.is_accessor() and not self.is_data()

    def attrs(self) -> int:
        """The attribute bits of a complete descriptor (absent flags count as false)."""
        a = 0
        if self.enumerable is True:
            a |= ENUMERABLE
        if self.configurable is True:
            a |= CONFIGURABLE
        if self.is_accessor():
            return a | ACCESSOR
        if self.writable is True:
            a |= WRITABLE
        return a

    def __repr__(self):
        f = {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not ABSENT}
        return f"PropertyDescriptor({f!r})"

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


def _same_value(a, b):
    from jskernel.engine.runtime.operations import SameValue
    return SameValue(a, b)


def ValidateAndApplyPropertyDescriptor(O, P, extensible, desc, current):
    """sec-validateandapplypropertydescriptor.  `current` is a PropertyDescriptor or
    None; `O` is None when only validating (IsCompatiblePropertyDescriptor).
    Applying goes through `O.define_raw(P, raw value, attrs)`."""
    # 2. If current is undefined:
    if current is None:
        # a. If extensible is false, return false.
        if not extensible:
            return False
        # c.-d. create an accessor or data property with defaults for absent fields
        if O is not None:
            if desc.is_accessor():
                O.define_raw(P, Accessor(UNDEFINED if desc.get is ABSENT else desc.get,
                                         UNDEFINED if desc.set is ABSENT else desc.set), desc.attrs())
            else:
                O.define_raw(P, UNDEFINED if desc.value is ABSENT else desc.value, desc.attrs())
        return True
    # 4. If current.[[Configurable]] is false:
    if current.configurable is False:
        # a. desc.configurable true -> false
        if desc.configurable is True:
            return False
        # b. enumerable differs -> false
        if desc.enumerable is not ABSENT and desc.enumerable is not current.enumerable:
            return False
        # c. generic desc + IsAccessorDescriptor(desc) differs from current -> false
        if not desc.is_generic() and desc.is_accessor() != current.is_accessor():
            return False
        if current.is_accessor():
            # d. accessor: get / set must be the same
            if desc.get is not ABSENT and desc.get is not current.get:
                return False
            if desc.set is not ABSENT and desc.set is not current.set:
                return False
        elif current.writable is False:
            # e. non-writable data: writable true or a different value -> false
            if desc.writable is True:
                return False
            if desc.value is not ABSENT and not _same_value(desc.value, current.value):
                return False
    # 5. If O is not undefined, apply.
    if O is not None:
        enumerable = current.enumerable if desc.enumerable is ABSENT else desc.enumerable
        configurable = current.configurable if desc.configurable is ABSENT else desc.configurable
        attrs = (ENUMERABLE if enumerable else 0) | (CONFIGURABLE if configurable else 0)
        if current.is_accessor() and desc.is_data():
            # a. accessor -> data: keep configurable / enumerable, defaults for the rest
            O.define_raw(P, UNDEFINED if desc.value is ABSENT else desc.value,
                         attrs | (WRITABLE if desc.writable is True else 0))
        elif not current.is_accessor() and desc.is_accessor():
            # b. data -> accessor
            O.define_raw(P, Accessor(UNDEFINED if desc.get is ABSENT else desc.get,
                                     UNDEFINED if desc.set is ABSENT else desc.set), attrs | ACCESSOR)
        elif current.is_accessor():
            # c. update the accessor's fields
            O.define_raw(P, Accessor(current.get if desc.get is ABSENT else desc.get,
                                     current.set if desc.set is ABSENT else desc.set), attrs | ACCESSOR)
        else:
            writable = current.writable if desc.writable is ABSENT else desc.writable
            O.define_raw(P, current.value if desc.value is ABSENT else desc.value,
                         attrs | (WRITABLE if writable else 0))
    return True


def IsCompatiblePropertyDescriptor(extensible, desc, current) -> bool:
    """sec-iscompatiblepropertydescriptor"""
    return ValidateAndApplyPropertyDescriptor(None, None, extensible, desc, current)


def CompletePropertyDescriptor(desc):
    """sec-completepropertydescriptor (in place; returns desc)."""
    if desc.is_generic() or desc.is_data():
        if desc.value is ABSENT:
            desc.value = UNDEFINED
        if desc.writable is ABSENT:
            desc.writable = False
    else:
        if desc.get is ABSENT:
            desc.get = UNDEFINED
        if desc.set is ABSENT:
            desc.set = UNDEFINED
    if desc.enumerable is ABSENT:
        desc.enumerable = False
    if desc.configurable is ABSENT:
        desc.configurable = False
    return desc


def ToPropertyDescriptor(obj):
    """sec-topropertydescriptor: fields read in the spec's order, each only if present."""
    from jskernel.engine.runtime import operations as ops
    if not isinstance(obj, JSObject):
        throw_type_error(f"Property description must be an object: {ops.ToDisplayString(obj)}")
    desc = PropertyDescriptor()
    if obj.has_property("enumerable"):
        desc.enumerable = ops.ToBoolean(obj.get("enumerable"))
    if obj.has_property("configurable"):
        desc.configurable = ops.ToBoolean(obj.get("configurable"))
    if obj.has_property("value"):
        desc.value = obj.get("value")
    if obj.has_property("writable"):
        desc.writable = ops.ToBoolean(obj.get("writable"))
    if obj.has_property("get"):
        g = obj.get("get")
        if g is not UNDEFINED and not ops.IsCallable(g):
            throw_type_error(f"Getter must be a function: {ops.ToDisplayString(g)}")
        desc.get = g
    if obj.has_property("set"):
        f = obj.get("set")
        if f is not UNDEFINED and not ops.IsCallable(f):
            throw_type_error(f"Setter must be a function: {ops.ToDisplayString(f)}")
        desc.set = f
    # 15. both accessor and data fields -> TypeError
    if desc.is_accessor() and desc.is_data():
        throw_type_error("Invalid property descriptor. Cannot both specify accessors and a value or "
                         f"writable attribute, {ops.ToDisplayString(obj)}")
    return desc


def FromPropertyDescriptor(realm, desc):
    """sec-frompropertydescriptor (undefined for None)."""
    if desc is None:
        return UNDEFINED
    o = realm.new_object()
    for field in ("value", "writable", "get", "set", "enumerable", "configurable"):
        v = getattr(desc, field)
        if v is not ABSENT:
            o.define_raw(field, v)
    return o


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
        """The tail of OrdinarySet when the receiver is this object: set an existing
        writable own data property, or add a new default one if extensible."""
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
        if len(shape.keys) >= MAX_SHARED_KEYS and not shape.dictionary:
            shape = shape.to_dictionary()
        self.shape = shape.add(key, DEFAULT_ATTRS)
        self.slots.append(value)
        return True

    def define_raw(self, key, value, attrs=DEFAULT_ATTRS):
        """Create or overwrite an own property unconditionally (engine-internal)."""
        shape = self.shape
        i = shape.table.get(key)
        if i is None:
            if len(shape.keys) >= MAX_SHARED_KEYS and not shape.dictionary:
                shape = shape.to_dictionary()
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

    # -- ordinary internal methods ------------------------------------------------
    def get_prototype_of(self):
        """[[GetPrototypeOf]] (OrdinaryGetPrototypeOf)."""
        return self.proto

    def set_prototype_of(self, v) -> bool:
        """[[SetPrototypeOf]]: OrdinarySetPrototypeOf (sec-ordinarysetprototypeof)."""
        # 2. If SameValue(V, current) is true, return true.
        if v is self.proto:
            return True
        # 4. If extensible is false, return false.
        if not self.extensible:
            return False
        # 6.-8. walk V's chain: a cycle through O fails; stop at a non-ordinary
        # [[GetPrototypeOf]] (a Proxy)
        p = v
        while p is not None:
            if p is self:
                return False
            if not p.ordinary_get_prototype_of:
                break
            p = p.proto
        self.proto = v
        return True

    ordinary_get_prototype_of = True
    generic_properties = False    # True: own properties only through the internal methods (module namespaces)

    def is_extensible(self) -> bool:
        return self.extensible

    def prevent_extensions(self) -> bool:
        self.extensible = False
        return True

    def get_own_property(self, key):
        """[[GetOwnProperty]]: OrdinaryGetOwnProperty (sec-ordinarygetownproperty)."""
        r = self.lookup_own(key)
        return None if r is None else PropertyDescriptor.from_slot(*r)

    def define_own_property(self, key, desc: PropertyDescriptor) -> bool:
        """[[DefineOwnProperty]]: OrdinaryDefineOwnProperty (sec-ordinarydefineownproperty)."""
        return ValidateAndApplyPropertyDescriptor(self, key, self.extensible, desc,
                                                  self.get_own_property(key))

    def has_property(self, key) -> bool:
        """[[HasProperty]]: OrdinaryHasProperty, delegating at a Proxy in the chain."""
        o = self
        while o is not None:
            v = o.get_own(key)
            if v is not ABSENT:
                if v is DEFER:
                    return o.has_property(key)
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
                    if v is DEFER:
                        return o.get(key, self if receiver is ABSENT else receiver)
                    g = v.get
                    if g is UNDEFINED:
                        return UNDEFINED
                    return g.call(self if receiver is ABSENT else receiver, [])
                return v
            o = o.proto
        return UNDEFINED

    def set(self, key, value, receiver=ABSENT) -> bool:
        """[[Set]]: OrdinarySet / OrdinarySetWithOwnDescriptor (sec-ordinarysetwithowndescriptor):
        walk the chain for a setter or a read-only data property, then define on the receiver."""
        if receiver is ABSENT:
            receiver = self
        o = self
        while o is not None:
            r = o.lookup_own(key)
            if r is not None:
                v, attrs = r
                if attrs & ACCESSOR:
                    if v is DEFER:
                        return o.set(key, value, receiver)
                    s = v.set
                    if s is UNDEFINED:
                        return False
                    s.call(receiver, [value])
                    return True
                if not attrs & WRITABLE:
                    return False
                break
            o = o.proto
        if not isinstance(receiver, JSObject):
            return False
        # 2.c-e on the receiver: existing data property gets {[[Value]]: V}, else
        # CreateDataProperty; ordinary receivers do that with the raw primitive.
        return receiver.set_own_data(key, value)

    def delete(self, key) -> bool:
        """[[Delete]]: OrdinaryDelete."""
        return self.remove_own(key)

    def own_keys(self):
        """[[OwnPropertyKeys]]: OrdinaryOwnPropertyKeys (sec-ordinaryownpropertykeys):
        array-index keys ascending, then strings, then symbols, in creation order."""
        keys = self.shape.keys
        ints = [k for k in keys if type(k) is str and is_array_index(k)]
        if ints:
            ints.sort(key=int)
            strs = [k for k in keys if type(k) is str and not is_array_index(k)]
        else:
            strs = [k for k in keys if type(k) is str]
        syms = [k for k in keys if type(k) is JSSymbol]
        return ints + strs + syms

    def __repr__(self):
        return f"<JSObject {self.class_name} {self.shape.keys[:8]!r}>"


# exotic objects subclass JSObject; re-exported here for existing importers
from jskernel.engine.runtime.exotics import JSArray  # noqa: E402,F401
