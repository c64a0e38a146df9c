"""Arguments objects (sec-arguments-exotic-objects).

Owns `CreateUnmappedArgumentsObject` (strict functions and functions with non-simple
parameter lists: `callee` is the %ThrowTypeError% accessor) and
`CreateMappedArgumentsObject` with the exotic `JSArguments`, whose indices below the
number of passed arguments alias the formal parameters both ways until they are
deleted or redefined.  A parameter lives in a frame slot or in a closure cell
(syntax/scope.py), so the parameter map holds `(locals list, slot)` pairs or `Cell`s:
both stay valid for as long as the arguments object lives, whatever the frame does.
"""

from __future__ import annotations

from jskernel.engine.runtime.objects import (
    ACCESSOR, CONFIGURABLE, WRITABLE, Accessor, JSObject, PropertyDescriptor,
)
from jskernel.engine.runtime.values import ABSENT, SYMBOL_ITERATOR, Cell


class JSArguments(JSObject):
    """A mapped arguments exotic object: `pmap` is its [[ParameterMap]] (index key ->
    binding)."""

    __slots__ = ("pmap",)

    def __init__(self, proto):
        JSObject.__init__(self, proto, "Arguments")
        self.pmap = {}

    # -- the parameter map -------------------------------------------------------------------
    def _read(self, key):
        b = self.pmap[key]
        if type(b) is Cell:
            return b.value
        return b[0][b[1]]

    def _write(self, key, value):
        b = self.pmap[key]
        if type(b) is Cell:
            b.value = value
        else:
            b[0][b[1]] = value

    # -- internal methods ----------------------------------------------------------------------
    def get_own(self, key):
        """[[GetOwnProperty]] step 4 / [[Get]] step 3: a mapped index reads the binding."""
        if self.pmap and key in self.pmap:
            return self._read(key)
        return JSObject.get_own(self, key)

    def lookup_own(self, key):
        r = JSObject.lookup_own(self, key)
        if r is not None and self.pmap and key in self.pmap:
            return self._read(key), r[1]
        return r

    def set_own_data(self, key, value) -> bool:
        """[[Set]] (sec-arguments-exotic-objects-set-p-v-receiver): the map, then OrdinarySet."""
        ok = JSObject.set_own_data(self, key, value)
        if ok and self.pmap and key in self.pmap:
            self._write(key, value)
        return ok

    def define_own_property(self, key, desc: PropertyDescriptor) -> bool:
        """[[DefineOwnProperty]] (sec-arguments-exotic-objects-defineownproperty-p-desc)."""
        pmap = self.pmap
        # 1-2. isMapped
        is_mapped = bool(pmap) and key in pmap
        new_desc = desc
        # 3. a data descriptor without [[Value]] that makes it read-only keeps the current value
        if is_mapped and not desc.is_accessor() and desc.value is ABSENT and desc.writable is False:
            new_desc = PropertyDescriptor(value=self._read(key), writable=False,
                                          enumerable=desc.enumerable, configurable=desc.configurable)
        if is_mapped:
            # keep the ordinary slot current before validating against it
            JSObject.define_raw(self, key, self._read(key), JSObject.lookup_own(self, key)[1])
        # 5. allowed = OrdinaryDefineOwnProperty(args, P, newArgDesc)
        if not JSObject.define_own_property(self, key, new_desc):
            return False
        # 7. update or drop the mapping
        if is_mapped:
            if desc.get is not ABSENT or desc.set is not ABSENT:
                del pmap[key]
            else:
                if desc.value is not ABSENT:
                    self._write(key, desc.value)
                if desc.writable is False:
                    del pmap[key]
        return True

    def remove_own(self, key) -> bool:
        """[[Delete]] (sec-arguments-exotic-objects-delete-p)."""
        ok = JSObject.remove_own(self, key)
        if ok and self.pmap:
            self.pmap.pop(key, None)
        return ok

    def define_raw(self, key, value, attrs=7):
        JSObject.define_raw(self, key, value, attrs)
        if self.pmap and key in self.pmap and not attrs & ACCESSOR:
            self._write(key, value)


def _common(realm, obj, args):
    obj.define_raw("length", float(len(args)), WRITABLE | CONFIGURABLE)
    for i, v in enumerate(args):
        JSObject.define_raw(obj, str(i), v)
    obj.define_raw(SYMBOL_ITERATOR, realm.intrinsics["%Array.prototype.values%"], WRITABLE | CONFIGURABLE)


def CreateUnmappedArgumentsObject(realm, args):
    """sec-createunmappedargumentsobject"""
    obj = realm.heap.allocate(JSObject, realm.intrinsics["%Object.prototype%"], "Arguments")
    _common(realm, obj, args)
    thrower = realm.intrinsics.get("%ThrowTypeError%")
    if thrower is not None:
        obj.define_raw("callee", Accessor(thrower, thrower), ACCESSOR)
    return obj


def CreateMappedArgumentsObject(realm, func, args, bindings):
    """sec-createmappedargumentsobject.  `bindings[i]` is formal parameter i's binding
    ((locals, slot) or a Cell), None for an earlier duplicate of a later name."""
    obj = realm.heap.allocate(JSArguments, realm.intrinsics["%Object.prototype%"])
    _common(realm, obj, args)
    # 15-17: map each formal index < len(args), the last occurrence of a name only
    pmap = obj.pmap
    for i in range(min(len(args), len(bindings))):
        b = bindings[i]
        if b is not None:
            pmap[str(i)] = b
    obj.define_raw("callee", func, WRITABLE | CONFIGURABLE)
    return obj
