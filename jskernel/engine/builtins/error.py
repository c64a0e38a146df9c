"""%Error% and the NativeError constructors (TypeError, RangeError, ReferenceError,
SyntaxError, EvalError, URIError).  Instances get `message` and a V8-style `stack`
captured from the VM's frames at construction."""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime.functions import JSFunction, JSFunctionBase
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE, JSObject, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED

NATIVE_ERRORS = ("TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError")
HIDDEN = WRITABLE | CONFIGURABLE


def make_error_ctor(name):
    def construct(realm, args, new_target):
        proto = ops.GetPrototypeFromConstructor(realm, new_target, f"%{name}.prototype%")
        err = realm.heap.allocate(JSObject, proto, "Error")
        err.define_raw("stack", "", HIDDEN)     # V8's own-key order: stack, message, cause
        msg = arg(args, 0)
        if msg is not UNDEFINED:
            err.define_raw("message", ops.ToString(msg), HIDDEN)
        opts = arg(args, 1)
        if isinstance(opts, JSObject) and opts.has_property("cause"):
            err.define_raw("cause", opts.get("cause"), HIDDEN)
        # V8 leaves out the frames of the constructors up to new.target (class MyError ...)
        realm.capture_stack(err, skip_until=new_target if type(new_target) is JSFunction else None)
        return err

    def call(realm, this, args):
        return construct(realm, args, None)
    return call, construct


def error_to_string(realm, this, args):
    if not isinstance(this, JSObject):
        throw_type_error(M.INCOMPATIBLE_RECEIVER.format("Error.prototype.toString", ops.ToDisplayString(this)))
    # sec-error.prototype.tostring steps 3-6: Get+ToString of name before Get of message
    name = this.get("name")
    name = "Error" if name is UNDEFINED else ops.ToString(name)
    msg = this.get("message")
    msg = "" if msg is UNDEFINED else ops.ToString(msg)
    if not name:
        return msg
    if not msg:
        return name
    return f"{name}: {msg}"


def capture_stack_trace(realm, this, args):
    """Error.captureStackTrace(obj[, fn]) (V8): an own `stack` on obj, frames above fn omitted."""
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        throw_type_error(M.INVALID_ARGUMENT)
    fn = arg(args, 1)
    realm.capture_stack(o, skip_until=fn if isinstance(fn, JSFunctionBase) else None)
    return UNDEFINED


def frame_name(realm, frame, name):
    """How V8 names a stack frame: `Type.method` for a call on an object receiver (the
    receiver's constructor name), `get x [as x]` for accessors, the bare name otherwise."""
    f = frame.func
    if f is None or frame.construct:
        return name
    code = f.code
    if code.kind in ("getter", "setter") and name:
        return f"{name} [as {name[4:]}]"
    if code.is_arrow:
        return name
    this = frame.this
    if not isinstance(this, JSObject) or this is realm.global_object:
        return name
    if isinstance(this, JSFunction) and this.code.is_class:
        type_name = this.code.name
    else:
        from jskernel.engine.runtime.diagnostics import constructor_name
        type_name = constructor_name(this)
    if not type_name:
        return name
    if not name:
        return f"{type_name}.<anonymous>"
    if name.startswith(type_name + "."):
        return name
    return f"{type_name}.{name}"


def install(realm):
    op = realm.intrinsics["%Object.prototype%"]
    proto = realm.heap.allocate(JSObject, op)
    call, construct = make_error_ctor("Error")
    base = make_constructor(realm, "Error", call, construct, 1, proto,
                            [("captureStackTrace", capture_stack_trace, 2),
                             ("stackTraceLimit", VALUE(10.0), 7)],
                            [("name", VALUE("Error")), ("message", VALUE("")),
                             ("toString", error_to_string, 0)])
    for name in NATIVE_ERRORS:
        p = realm.heap.allocate(JSObject, proto)
        call, construct = make_error_ctor(name)
        ctor = make_constructor(realm, name, call, construct, 1, p, (),
                                [("name", VALUE(name)), ("message", VALUE(""))])
        ctor.proto = base
