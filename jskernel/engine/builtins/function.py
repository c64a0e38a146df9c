"""%Function% and %Function.prototype% (call, apply, bind with bound-function data,
toString, @@hasInstance, the %ThrowTypeError% `caller` / `arguments` accessors)."""

from __future__ import annotations

from jskernel.engine.builtins import arg, make_constructor
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunction, JSNativeFunction, function_name
from jskernel.engine.runtime.objects import ACCESSOR, CONFIGURABLE, Accessor, JSArray, JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import HOLE, SYMBOL_HAS_INSTANCE, UNDEFINED


def function_call_ctor(realm, this, args):
    from jskernel.engine.vm.handlers_env import create_dynamic_function
    return create_dynamic_function(realm, list(args), "normal")


def function_construct(realm, args, new_target):
    f = function_call_ctor(realm, UNDEFINED, args)
    # CreateDynamicFunction step 26: the prototype comes from newTarget (class X extends Function)
    if new_target is not None and new_target is not realm.intrinsics["%Function%"]:
        f.proto = ops.GetPrototypeFromConstructor(realm, new_target, "%Function.prototype%")
    return f


_DYNAMIC_FALLBACK = {"generator": "%GeneratorFunction.prototype%", "async": "%AsyncFunction.prototype%",
                     "asyncGenerator": "%AsyncGeneratorFunction.prototype%"}


def make_dynamic_ctor(realm, name, kind, proto):
    """%GeneratorFunction% / %AsyncFunction% / %AsyncGeneratorFunction% (sec-generatorfunction-
    constructor ...): CreateDynamicFunction of that kind; the constructor inherits from
    %Function%, its `prototype` is `proto` (all attributes false) and proto.constructor is
    {configurable} only."""
    from jskernel.engine.runtime.objects import CONFIGURABLE as C

    def call(realm, this, args):
        return construct(realm, args, None)

    def construct(realm, args, new_target):
        from jskernel.engine.vm.handlers_env import create_dynamic_function
        f = create_dynamic_function(realm, list(args), kind)
        if new_target is not None and new_target is not ctor:
            f.proto = ops.GetPrototypeFromConstructor(realm, new_target, _DYNAMIC_FALLBACK[kind])
        return f

    ctor = realm.new_native(call, name, 1, construct)
    fn_ctor = realm.intrinsics.get("%Function%")
    if fn_ctor is not None:
        ctor.proto = fn_ctor
    ctor.define_raw("prototype", proto, 0)
    proto.define_raw("constructor", ctor, C)
    realm.intrinsics[f"%{name}%"] = ctor
    return ctor


def _require_callable(this, method, realm=None):
    if not ops.IsCallable(this):
        if method == "bind":
            throw_type_error(M.BIND_NOT_FUNCTION)
        # V8 reports the [[Call]] of `this` against the call site: "f.call is not a function"
        frame = realm.vm.frame if realm is not None else None
        name = frame.code.call_names.get(frame.pc - 1) if frame is not None else None
        throw_type_error(M.NOT_FUNCTION.format(name or ops.DescribeValue(this)))


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
    _require_callable(this, "call", realm)
    return realm.vm.call_function(this, arg(args, 0), list(args[1:]))


def proto_apply(realm, this, args):
    _require_callable(this, "apply", realm)
    return realm.vm.call_function(this, arg(args, 0), create_list_from_array_like(realm, arg(args, 1)))


class BoundFunctionData:
    """[[BoundTargetFunction]], [[BoundThis]], [[BoundArguments]] of a bound function
    exotic object (kept in the function's `internal` slot)."""
    __slots__ = ("target", "this", "args")

    def __init__(self, target, this, args):
        self.target = target
        self.this = this
        self.args = args


def proto_bind(realm, this, args):
    """sec-function.prototype.bind and BoundFunctionCreate (sec-boundfunctioncreate)."""
    _require_callable(this, "bind")
    target = this
    bound_this = arg(args, 0)
    bound_args = list(args[1:])

    def call(realm, _this, call_args):
        return realm.vm.call_function(target, bound_this, bound_args + list(call_args))

    construct = None
    if target.is_constructor():
        def construct(realm, call_args, new_target):
            # [[Construct]] step 5: if SameValue(F, newTarget), newTarget = target.
            nt = target if new_target is None or new_target is f else new_target
            return realm.vm.construct(target, bound_args + list(call_args), nt)
    # 5.-6. length: ToIntegerOrInfinity of the target's own "length" minus the bound count
    length = 0.0
    if target.get_own_property("length") is not None:
        tl = target.get("length")
        if type(tl) is float:
            if tl == ops.INF:
                length = ops.INF
            elif tl != -ops.INF:
                length = float(max(0, ops.ToIntegerOrInfinity(tl) - len(bound_args)))
    tn = target.get("name")
    f = realm.new_native(call, "bound " + (tn if type(tn) is str else ""), 0, construct)
    f.slots[0] = length
    f.proto = target.get_prototype_of()
    f.internal = BoundFunctionData(target, bound_this, bound_args)
    return f


def proto_has_instance(realm, this, args):
    """Function.prototype[@@hasInstance] (sec-function.prototype-@@hasinstance)."""
    return ops.OrdinaryHasInstance(this, arg(args, 0))


def proto_to_string(realm, this, args):
    if type(this) is JSFunction:
        c = this.code
        return c.source.text[c.start:c.end]
    if isinstance(this, JSNativeFunction):
        if isinstance(this.internal, BoundFunctionData):
            return "function () { [native code] }"
        return f"function {this.name}() {{ [native code] }}"
    if ops.IsCallable(this):
        return "function () { [native code] }"
    throw_type_error("Function.prototype.toString requires that 'this' be a Function")


PROTOTYPE = [
    ("call", proto_call, 1),
    ("apply", proto_apply, 2),
    ("bind", proto_bind, 1),
    ("toString", proto_to_string, 0),
    (SYMBOL_HAS_INSTANCE, proto_has_instance, 1, 0),
]


def throw_type_error_fn(realm, this, args):
    """%ThrowTypeError% (sec-%throwtypeerror%).  As the `caller` / `arguments` getter of a
    non-strict plain function it answers null, as V8's own properties of such functions do
    (sec-forbidden-extensions allows them there, and never reveals a strict caller)."""
    if type(this) is JSFunction and not this.code.strict and this.code.kind == "function" \
            and not this.code.call_kind and not this.code.is_generator:
        return None
    throw_type_error(M.RESTRICTED_PROPERTY)


def install(realm):
    proto = realm.intrinsics["%Function.prototype%"]
    thrower = realm.new_native(throw_type_error_fn, "", 0)
    thrower.define_raw("length", 0.0, 0)       # frozen: every property non-configurable
    thrower.define_raw("name", "", 0)
    thrower.extensible = False
    realm.intrinsics["%ThrowTypeError%"] = thrower
    for name in ("arguments", "caller"):
        proto.define_raw(name, Accessor(thrower, thrower), CONFIGURABLE | ACCESSOR)
    make_constructor(realm, "Function", function_call_ctor, function_construct, 1, proto, (), PROTOTYPE)
