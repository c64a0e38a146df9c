"""Module namespace exotic objects (sec-module-namespace-exotic-objects).

Owns `ModuleNamespace` (every internal method as the spec defines it: a null,
immutable prototype; never extensible; one writable, enumerable, non-configurable
data property per export name, in code-unit order, whose value is read live from the
exporter's binding -- a binding still in its TDZ throws ReferenceError on access, not
at creation; @@toStringTag "Module"), `ModuleNamespaceCreate` and `GetModuleNamespace`
(which leaves out ambiguous `export *` names).  Like a proxy, its string-keyed own
properties answer DEFER to the ordinary chain walks (runtime/objects.py), so an object
inheriting from a namespace reaches these methods; symbol keys are ordinary.
"""

from __future__ import annotations

from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime.objects import (
    ACCESSOR, DEFER, ENUMERABLE, WRITABLE, JSObject, PropertyDescriptor, throw_reference_error,
)
from jskernel.engine.runtime.values import ABSENT, SYMBOL_TO_STRING_TAG, TDZ, UNDEFINED, Cell, JSSymbol


class ModuleNamespace(JSObject):
    __slots__ = ("module", "exports", "export_set", "bindings")
    generic_properties = True

    def __init__(self, module, exports):
        JSObject.__init__(self, None, "Module")
        self.module = module                 # [[Module]]
        self.exports = exports               # [[Exports]]: sorted by code units
        self.export_set = frozenset(exports)
        self.bindings = {}                   # export name -> its cell, or the namespace's module
        self.define_raw(SYMBOL_TO_STRING_TAG, "Module", 0)
        self.extensible = False

    # raw primitives: export names are handled by the internal methods below
    def get_own(self, key):
        if type(key) is str:
            return DEFER if key in self.export_set else ABSENT
        return JSObject.get_own(self, key)

    def lookup_own(self, key):
        if type(key) is str:
            return (DEFER, ACCESSOR) if key in self.export_set else None
        return JSObject.lookup_own(self, key)

    # [[GetPrototypeOf]] / [[SetPrototypeOf]] (SetImmutablePrototype) / extensibility
    def get_prototype_of(self):
        return None

    def set_prototype_of(self, v) -> bool:
        return v is None

    def is_extensible(self) -> bool:
        return False

    def prevent_extensions(self) -> bool:
        return True

    def binding_value(self, key):
        """[[Get]] steps 3-12 for an export name: the binding's current value (the
        resolution never changes once the graph is loaded, so it is cached)."""
        b = self.bindings.get(key)
        if b is None:
            from jskernel.engine.runtime.module_records import NAMESPACE
            binding = self.module.resolve_export(key)
            b = binding.module if binding.name == NAMESPACE else binding.module.cell(binding.name)
            self.bindings[key] = b
        if type(b) is not Cell:
            return GetModuleNamespace(b)
        v = b.value
        if v is TDZ:
            throw_reference_error(M.TDZ_ACCESS.format(key))
        return v

    def get_own_property(self, key):
        if type(key) is JSSymbol:
            return JSObject.get_own_property(self, key)
        if key not in self.export_set:
            return None
        value = self.binding_value(key)
        return PropertyDescriptor(value=value, writable=True, enumerable=True, configurable=False)

    def define_own_property(self, key, desc) -> bool:
        if type(key) is JSSymbol:
            return JSObject.define_own_property(self, key, desc)
        current = self.get_own_property(key)
        if current is None:
            return False
        if desc.configurable is True or desc.enumerable is False or desc.is_accessor() \
                or desc.writable is False:
            return False
        if desc.value is not ABSENT:
            from jskernel.engine.runtime.operations import SameValue
            return SameValue(desc.value, current.value)
        return True

    def has_property(self, key) -> bool:
        if type(key) is JSSymbol:
            return JSObject.has_property(self, key)
        return key in self.export_set

    def get(self, key, receiver=ABSENT):
        if type(key) is JSSymbol:
            return JSObject.get(self, key, receiver)
        if key not in self.export_set:
            return UNDEFINED
        return self.binding_value(key)

    def set(self, key, value, receiver=ABSENT) -> bool:
        return False

    def set_own_data(self, key, value) -> bool:
        """OrdinarySetWithOwnDescriptor steps 2.c-e with this namespace as the receiver
        (`super.x = v` in a class whose `this` is a namespace): through the internal
        methods, so a binding in its TDZ throws."""
        existing = self.get_own_property(key)
        if existing is not None:
            if existing.is_accessor() or existing.writable is False:
                return False
            return self.define_own_property(key, PropertyDescriptor(value=value))
        return self.define_own_property(key, PropertyDescriptor(value=value, writable=True, enumerable=True,
                                                                configurable=True))

    def delete(self, key) -> bool:
        if type(key) is JSSymbol:
            return JSObject.delete(self, key)
        return key not in self.export_set

    def own_keys(self):
        return list(self.exports) + [k for k in self.shape.keys if type(k) is JSSymbol]

    def __repr__(self):
        return f"<ModuleNamespace {self.module.url}>"


def inspect_namespace(ctx, ns, recurse_times):
    """node's util.inspect entries of a namespace: `name: value`, `<uninitialized>` in TDZ."""
    from jskernel.engine.runtime.inspect import _KEY_RE, format_value, str_escape
    from jskernel.engine.runtime.module_records import NAMESPACE
    out = []
    for key in ns.exports:
        binding = ns.module.resolve_export(key)
        if binding.name == NAMESPACE:
            v = GetModuleNamespace(binding.module)
        else:
            v = binding.module.cell(binding.name).value
        if v is TDZ:
            s = "<uninitialized>"
        else:
            ctx.indentation_lvl += 2
            s = format_value(ctx, v, recurse_times)
            ctx.indentation_lvl -= 2
        out.append(f"{key if _KEY_RE.match(key) else str_escape(key)}: {s}")
    return out


def ModuleNamespaceCreate(module, exports):
    realm = module.realm
    ns = realm.heap.allocate(ModuleNamespace, module, sorted(exports))
    module.namespace = ns
    return ns


def GetModuleNamespace(module):
    """sec-getmodulenamespace: created once; names that do not resolve unambiguously are
    left out."""
    from jskernel.engine.runtime.module_records import AMBIGUOUS
    ns = module.namespace
    if ns is None:
        names = []
        for name in module.get_exported_names():
            r = module.resolve_export(name)
            if r is not None and r is not AMBIGUOUS:
                names.append(name)
        ns = ModuleNamespaceCreate(module, names)
    return ns


__all__ = ["ModuleNamespace", "ModuleNamespaceCreate", "GetModuleNamespace", "WRITABLE", "ENUMERABLE"]
