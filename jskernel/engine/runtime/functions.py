"""Function objects: bytecode closures and host (native) functions.

Owns: `JSFunction` (a compiled code object + captured cells + lexical `this` for
arrows), `JSNativeFunction` (a Python callable with the builtin calling convention
`fn(realm, this, args)`, optionally `construct(realm, args, new_target)`), and the
shared initial shape carrying `length` and `name`.  Calling a JSFunction from Python
goes through the realm's VM (`realm.vm.call_function`), which runs it on the VM's
frame stack; JS-to-JS calls never come through here.
"""

from __future__ import annotations

from jskernel.engine.runtime.objects import (
    CONFIGURABLE, ROOT_SHAPE, WRITABLE, JSObject, ThrowCompletion,
)
from jskernel.engine.runtime.values import ABSENT

# `length` then `name`, both {writable: false, enumerable: false, configurable: true}
FUNCTION_SHAPE = ROOT_SHAPE.add("length", CONFIGURABLE).add("name", CONFIGURABLE)


class JSFunctionBase(JSObject):
    __slots__ = ("realm",)

    def call(self, this, args):
        raise NotImplementedError

    def is_constructor(self) -> bool:
        return False


class JSFunction(JSFunctionBase):
    """A closure over compiled bytecode."""

    __slots__ = ("code", "closure", "this_value", "proto_pending", "home_object", "fields",
                 "lexical_new_target")    # arrows: new.target of the enclosing frame (set by MAKE_CLOSURE)

    def __init__(self, realm, code, closure, this_value=ABSENT):
        JSObject.__init__(self, realm.intrinsics["%Function.prototype%"], "Function")
        self.realm = realm
        self.code = code
        self.closure = closure            # list of Cells for code.freevars
        self.this_value = this_value      # lexical this of arrow functions
        self.home_object = None
        self.fields = None                # class constructors: [(key, initializer or None)]
        self.shape = FUNCTION_SHAPE
        self.slots = [float(code.length), code.name]
        self.proto_pending = code.is_constructor or code.is_generator

    def is_constructor(self) -> bool:
        return self.code.is_constructor

    def _materialize_prototype(self):
        self.proto_pending = False
        realm = self.realm
        if self.code.is_generator:
            proto = realm.new_object(realm.intrinsics["%AsyncGeneratorPrototype%" if self.code.call_kind == 4
                                                       else "%GeneratorPrototype%"])
        else:
            proto = realm.new_object()
            proto.define_raw("constructor", self, WRITABLE | CONFIGURABLE)
        self.define_raw("prototype", proto, WRITABLE)

    def get_own(self, key):
        if self.proto_pending and key == "prototype":
            self._materialize_prototype()
        return JSObject.get_own(self, key)

    def lookup_own(self, key):
        if self.proto_pending and key == "prototype":
            self._materialize_prototype()
        return JSObject.lookup_own(self, key)

    def remove_own(self, key):
        if self.proto_pending and key == "prototype":
            self._materialize_prototype()
        return JSObject.remove_own(self, key)

    def set_own_data(self, key, value):
        # a new key must come after "prototype" in [[OwnPropertyKeys]] order
        if self.proto_pending and (key == "prototype" or key not in self.shape.table):
            self._materialize_prototype()
        return JSObject.set_own_data(self, key, value)

    def define_raw(self, key, value, attrs=7):
        if self.proto_pending:
            if key == "prototype":
                self.proto_pending = False
            elif key not in self.shape.table:
                self._materialize_prototype()
        JSObject.define_raw(self, key, value, attrs)

    def own_keys(self):
        if self.proto_pending:
            self._materialize_prototype()
        return JSObject.own_keys(self)

    def call(self, this, args):
        return self.realm.vm.call_function(self, this, args)

    def __repr__(self):
        return f"<JSFunction {self.code.name!r}>"


class JSNativeFunction(JSFunctionBase):
    """A builtin implemented in Python."""

    __slots__ = ("fn", "construct_fn", "name")

    def __init__(self, realm, fn, name, length, construct=None, proto=None):
        JSObject.__init__(self, proto if proto is not None else realm.intrinsics.get("%Function.prototype%"),
                          "Function")
        self.realm = realm
        self.fn = fn
        self.construct_fn = construct
        self.name = name
        self.shape = FUNCTION_SHAPE
        self.slots = [float(length), name]

    def is_constructor(self) -> bool:
        return self.construct_fn is not None

    def call(self, this, args):
        try:
            return self.fn(self.realm, this, args)
        except ThrowCompletion as exc:
            # a builtin of a $262.createRealm realm throws that realm's errors (the caller's
            # VM would otherwise materialize them in its own realm)
            if exc.name is not None and self.realm.vm is not None and getattr(self.realm, "secondary", False):
                raise ThrowCompletion(self.realm.vm.materialize(exc)) from None
            raise

    def __repr__(self):
        return f"<JSNativeFunction {self.name!r}>"


def function_name(f) -> str:
    """The function's `name` as inspect and stack traces show it ('' if none)."""
    v = f.get_own("name")
    return v if type(v) is str else ""
