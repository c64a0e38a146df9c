"""%Error% and the NativeError constructors (TypeError, RangeError, ReferenceError,
SyntaxError, EvalError, URIError).  Instances get `message` and a V8-style `stack`
captured from the VM's frames at construction."""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE, JSObject, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED

NATIVE_ERRORS = ("TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError")
HIDDEN = WRITABLE | CONFIGURABLE


def make_error_ctor(name):
    def construct(realm, args, new_target):
        proto = new_target.get("prototype") if new_target is not None else UNDEFINED
        if not isinstance(proto, JSObject):
            proto = realm.intrinsics[f"%{name}.prototype%"]
        err = realm.heap.allocate(JSObject, proto, "Error")
        msg = arg(args, 0)
        if msg is not UNDEFINED:
            err.define_raw("message", ops.ToString(msg), HIDDEN)
        opts = arg(args, 1)
        if isinstance(opts, JSObject) and opts.has_property("cause"):
            err.define_raw("cause", opts.get("cause"), HIDDEN)
        realm.capture_stack(err)
        return err

    def call(realm, this, args):
        return construct(realm, args, None)
    return call, construct


def error_to_string(realm, this, args):
    if not isinstance(this, JSObject):
        throw_type_error("Error.prototype.toString requires that 'this' be an Object")
    name = this.get("name")
    msg = this.get("message")
    name = "Error" if name is UNDEFINED else ops.ToString(name)
    msg = "" if msg is UNDEFINED else ops.ToString(msg)
    if not name:
        return msg
    if not msg:
        return name
    return f"{name}: {msg}"


def capture_stack_trace(realm, this, args):
    o = arg(args, 0)
    if isinstance(o, JSObject):
        realm.capture_stack(o)
    return UNDEFINED


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
