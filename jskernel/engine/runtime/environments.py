"""Environment records that need run-time name lookup: the only ones the engine builds.

Owns `DeclarativeEnv` (the variable environment that receives a sloppy direct eval's
`var` / function declarations inside a function -- static bindings never live here,
scope analysis gives those frame slots or cells) and `ObjectEnv` (the object
environment record of a `with` statement).  The compiler consults these records only
for references that cross a `with` or a function containing sloppy direct eval
(syntax/scope.py `Ref.dyn`), through the ENV_* opcodes (vm/handlers_env.py).
Global var / function bindings are properties of the global object (runtime/realm.py).
"""

from __future__ import annotations

from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime.objects import JSObject, ThrowCompletion, throw_reference_error, throw_type_error
from jskernel.engine.runtime.values import SYMBOL_UNSCOPABLES, UNDEFINED


class DeclarativeEnv:
    """A declarative record of mutable, deletable bindings created by eval
    (sec-declarative-environment-records; CreateMutableBinding(N, true))."""

    __slots__ = ("vars",)

    def __init__(self):
        self.vars = {}

    def has(self, name) -> bool:
        return name in self.vars

    def get(self, name, strict):
        return self.vars[name]

    def set(self, name, value, strict):
        self.vars[name] = value

    def delete(self, name) -> bool:
        self.vars.pop(name, None)
        return True

    def with_base(self):
        return UNDEFINED

    def __repr__(self):
        return f"<DeclarativeEnv {list(self.vars)}>"


class ObjectEnv:
    """The object environment record of `with (obj)` (sec-object-environment-records),
    withEnvironment = true."""

    __slots__ = ("obj",)

    def __init__(self, obj: JSObject):
        self.obj = obj

    def has(self, name) -> bool:
        """HasBinding (sec-object-environment-records-hasbinding-n)."""
        obj = self.obj
        # 1-3. If ? HasProperty(bindingObject, N) is false, return false.
        if not obj.has_property(name):
            return False
        # 4-6. Let unscopables be ? Get(bindingObject, @@unscopables); if it is an Object,
        # blocked = ToBoolean(? Get(unscopables, N)); if blocked, return false.
        unscopables = obj.get(SYMBOL_UNSCOPABLES, obj)
        if isinstance(unscopables, JSObject):
            from jskernel.engine.runtime.operations import ToBoolean
            if ToBoolean(unscopables.get(name, unscopables)):
                return False
        return True

    def get(self, name, strict):
        """GetBindingValue (sec-object-environment-records-getbindingvalue-n-s)."""
        obj = self.obj
        if not obj.has_property(name):
            if strict:
                throw_reference_error(M.NOT_DEFINED.format(name))
            return UNDEFINED
        return obj.get(name, obj)

    def set(self, name, value, strict):
        """SetMutableBinding (sec-object-environment-records-setmutablebinding-n-v-s)."""
        obj = self.obj
        still_exists = obj.has_property(name)
        if not still_exists and strict:
            throw_reference_error(M.NOT_DEFINED.format(name))
        if not obj.set(name, value, obj) and strict:
            throw_type_error(f"Cannot assign to read only property '{name}' of object")

    def delete(self, name) -> bool:
        return self.obj.delete(name)

    def with_base(self):
        """WithBaseObject: the `this` of a call through this record."""
        return self.obj

    def __repr__(self):
        return f"<ObjectEnv {self.obj!r}>"


__all__ = ["DeclarativeEnv", "ObjectEnv", "ThrowCompletion"]
