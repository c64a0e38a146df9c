"""%Function% and %Function.prototype% (call, apply, bind, toString)."""

from __future__ import annotations

from jskernel.engine.builtins import arg, make_constructor
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunction, JSNativeFunction, function_name
from jskernel.engine.runtime.objects import JSArray, JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import HOLE, UNDEFINED


def function_call_ctor(realm, this, args):
    raise ThrowCompletion(None, "EvalError", M.UNSUPPORTED.format("Function constructor"))


def function_construct(realm, args, new_target):
    return function_call_ctor(realm, UNDEFINED, args)


def _require_callable(this, method):
    if not ops.IsCallable(this):
        throw_type_error(f"Function.prototype.{method} called on non-function")


def create_list_from_array_like(realm, v):
    if v is UNDEFINED or v is None:
        return []
    if isinstance(v, JSArray):
        return [UNDEFINED if x is HOLE else x for x in v.elements]
    if not isinstance(v, JSObject):
        throw_type_error("CreateListFromArrayLike called on non-object")
    n = ops.ToLength(v.get("length"))
    return [v.get(str(i)) for i in range(n)]


def proto_call(realm, this, args):
    _require_callable(this, "call")
    return realm.vm.call_function(this, arg(args, 0), list(args[1:]))


def proto_apply(realm, this, args):
    _require_callable(this, "apply")
    return realm.vm.call_function(this, arg(args, 0), create_list_from_array_like(realm, arg(args, 1)))


def proto_bind(realm, this, args):
    _require_callable(this, "bind")
    target = this
    bound_this = arg(args, 0)
    bound_args = list(args[1:])

    def call(realm, _this, call_args):
        return realm.vm.call_function(target, bound_this, bound_args + list(call_args))

    construct = None
    if target.is_constructor():
        def construct(realm, call_args, new_target):
            return realm.vm.construct(target, bound_args + list(call_args))
    length = max(0.0, ops.ToNumber(target.get("length")) - len(bound_args)) if \
        type(target.get("length")) is float else 0.0
    f = realm.new_native(call, "bound " + function_name(target), 0, construct)
    f.slots[0] = length
    return f


def proto_to_string(realm, this, args):
    if type(this) is JSFunction:
        c = this.code
        return c.source.text[c.start:c.end]
    if isinstance(this, JSNativeFunction):
        return f"function {this.name}() {{ [native code] }}"
    throw_type_error("Function.prototype.toString requires that 'this' be a Function")


PROTOTYPE = [
    ("call", proto_call, 1),
    ("apply", proto_apply, 2),
    ("bind", proto_bind, 1),
    ("toString", proto_to_string, 0),
]


def install(realm):
    proto = realm.intrinsics["%Function.prototype%"]
    make_constructor(realm, "Function", function_call_ctor, function_construct, 1, proto, (), PROTOTYPE)
