"""Handlers for classes: methods and accessors with home objects, ClassDefinitionEvaluation
(MAKE_CLASS), instance fields, private names, super calls and super property access.

Registered into `vm.handlers.HANDLERS` (see that module for the calling convention).
"""

from __future__ import annotations

from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunction
from jskernel.engine.runtime.objects import (
    CONFIGURABLE, WRITABLE, Accessor, JSObject, PropertyDescriptor, ThrowCompletion,
    throw_reference_error, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, HOLE, TDZ, UNDEFINED, PrivateName
from jskernel.engine.vm.handlers import construct_this, describe_key, handler


@handler("DEFINE_METHOD")
def _(vm, frame, arg):
    s = frame.stack
    fn = s.pop()
    obj = s[-1]
    fn.home_object = obj
    obj.define_raw(frame.code.consts[arg], fn, WRITABLE | CONFIGURABLE)


@handler("DEFINE_METHOD_ELEM")
def _(vm, frame, arg):
    s = frame.stack
    fn = s.pop()
    key = ops.ToPropertyKey(s.pop())
    obj = s[-1]
    fn.home_object = obj
    obj.define_raw(key, fn, WRITABLE | CONFIGURABLE)


@handler("TO_PROPERTY_KEY")
def _(vm, frame, arg):
    s = frame.stack
    s[-1] = ops.ToPropertyKey(s[-1])


@handler("MAKE_CLASS")
def _(vm, frame, arg):
    """ClassDefinitionEvaluation (sec-runtime-semantics-classdefinitionevaluation), steps 5-8, 12-16."""
    realm = vm.realm
    s = frame.stack
    parent = s.pop()
    code = frame.code.consts[arg]
    I = realm.intrinsics
    if parent is HOLE:
        proto_parent = I["%Object.prototype%"]
        ctor_parent = I["%Function.prototype%"]
    elif parent is None:
        proto_parent = None
        ctor_parent = I["%Function.prototype%"]
    else:
        if not ops.IsConstructor(parent):
            throw_type_error(f"Class extends value {vm.describe_value(parent)} is not a constructor or null")
        proto_parent = parent.get("prototype")
        if proto_parent is not None and not isinstance(proto_parent, JSObject):
            throw_type_error("Class extends value does not have valid prototype property "
                             f"{ops.ToDisplayString(proto_parent)}")
        ctor_parent = parent
    closure = [frame.cells[i] for i in code.freevars]
    f = realm.heap.allocate(JSFunction, realm, code, closure, ABSENT)
    f.proto = ctor_parent
    f.proto_pending = False
    f.fields = []
    proto = realm.new_object(proto_parent)
    proto.define_raw("constructor", f, WRITABLE | CONFIGURABLE)
    f.define_raw("prototype", proto, 0)
    f.home_object = proto
    s.append(f)
    s.append(proto)


@handler("ADD_FIELD")
def _(vm, frame, arg):
    s = frame.stack
    init = s.pop()
    key = s.pop()
    ctor = s[-1]
    if type(init) is JSFunction:
        init.home_object = ctor.get("prototype")
    ctor.fields.append((key, init))


@handler("ADD_PRIVATE_METHOD")
def _(vm, frame, arg):
    s = frame.stack
    fn = s.pop()
    key = s.pop()
    ctor = s[-1]
    fn.home_object = ctor.get("prototype")
    n = sum(1 for _, init in ctor.fields if type(init) is tuple)
    ctor.fields.insert(n, (key, (fn,)))      # private methods are installed before fields


@handler("INIT_FIELDS")
def _(vm, frame, arg):
    f = frame.func
    if f is None or not f.fields:
        return
    this = frame.this
    for key, init in f.fields:
        if type(key) is PrivateName:
            if this.get_own(key) is not ABSENT:
                throw_type_error("Cannot initialize private methods of class twice on the same object"
                                 if type(init) is tuple else
                                 f"Cannot initialize #{key.description} twice on the same object")
            if type(init) is tuple:          # a private method: (fn,)
                this.define_raw(key, init[0], 0)
                continue
            v = UNDEFINED if init is UNDEFINED else vm.call_function(init, this, [])
            this.define_raw(key, v, WRITABLE)
            continue
        v = UNDEFINED if init is UNDEFINED else vm.call_function(init, this, [])
        if not this.define_own_property(key, PropertyDescriptor(v, writable=True, enumerable=True,
                                                               configurable=True)):
            throw_type_error(f"Cannot redefine property: {describe_key(key)}")


def _super_call(vm, frame, args):
    f = frame.func
    parent = f.proto if f is not None else None
    if not ops.IsConstructor(parent):
        throw_type_error(f"Super constructor {vm.describe_value(parent)} of anonymous class is not a constructor")
    new_target = frame.new_target
    if type(parent) is JSFunction:
        nf = vm.push_frame(parent, construct_this(vm, parent, new_target), args, frame)
        nf.construct = True
        nf.new_target = new_target
        return True
    frame.stack.append(parent.construct_fn(vm.realm, args, new_target))
    return None


@handler("SUPER_CALL")
def _(vm, frame, arg):
    s = frame.stack
    if arg:
        args = s[-arg:]
        del s[-arg:]
    else:
        args = []
    return _super_call(vm, frame, args)


@handler("SUPER_CALL_SPREAD")
def _(vm, frame, arg):
    return _super_call(vm, frame, list(frame.stack.pop().elements))


@handler("BIND_THIS")
def _(vm, frame, arg):
    v = frame.stack.pop()
    if frame.this is not TDZ:
        throw_reference_error("Super constructor may only be called once")
    frame.this = v


def _home(vm, frame):
    f = frame.func
    home = f.home_object if f is not None else None
    if home is None:
        raise ThrowCompletion(None, "SyntaxError", "'super' keyword unexpected here")
    return home.proto


def _this(frame):
    t = frame.this
    if t is TDZ:
        throw_reference_error("Must call super constructor in derived class before accessing 'this' "
                              "or returning from derived constructor")
    return t


@handler("SUPER_GET")
def _(vm, frame, arg):
    proto = _home(vm, frame)
    key = frame.code.consts[arg]
    this = _this(frame)
    frame.stack.append(UNDEFINED if proto is None else proto.get(key, this))


@handler("SUPER_GET_ELEM")
def _(vm, frame, arg):
    s = frame.stack
    key = ops.ToPropertyKey(s[-1])
    proto = _home(vm, frame)
    s[-1] = UNDEFINED if proto is None else proto.get(key, _this(frame))


@handler("SUPER_SET")
def _(vm, frame, arg):
    proto = _home(vm, frame)
    this = _this(frame)
    value = frame.stack[-1]
    key = frame.code.consts[arg]
    if proto is None or not proto.set(key, value, this):
        if proto is None or frame.code.strict:
            throw_type_error(f"Cannot assign to read only property '{describe_key(key)}' of object")


@handler("SUPER_SET_ELEM")
def _(vm, frame, arg):
    s = frame.stack
    value = s.pop()
    key = ops.ToPropertyKey(s[-1])
    proto = _home(vm, frame)
    this = _this(frame)
    if proto is None or not proto.set(key, value, this):
        if proto is None or frame.code.strict:
            throw_type_error(f"Cannot assign to read only property '{describe_key(key)}' of object")
    s[-1] = value


@handler("SUPER_METHOD")
def _(vm, frame, arg):
    proto = _home(vm, frame)
    this = _this(frame)
    key = frame.code.consts[arg]
    frame.stack.append(UNDEFINED if proto is None else proto.get(key, this))
    frame.stack.append(this)


@handler("LOAD_NEW_TARGET")
def _(vm, frame, arg):
    frame.stack.append(frame.new_target)




def _private_get(obj, key):
    v = obj.get_own(key) if isinstance(obj, JSObject) else ABSENT
    if v is ABSENT:
        throw_type_error(f"Cannot read private member #{key.description} from an object whose class "
                         f"did not declare it")
    if type(v) is Accessor:
        return UNDEFINED if v.get is UNDEFINED else v.get.call(obj, [])
    return v


@handler("GET_PRIVATE")
def _(vm, frame, arg):
    s = frame.stack
    key = s.pop()
    s[-1] = _private_get(s[-1], key)


@handler("GET_PRIVATE_METHOD")
def _(vm, frame, arg):
    s = frame.stack
    key = s.pop()
    obj = s[-1]
    s[-1] = _private_get(obj, key)
    s.append(obj)


@handler("SET_PRIVATE")
def _(vm, frame, arg):
    s = frame.stack
    value = s.pop()
    key = s.pop()
    obj = s[-1]
    r = obj.lookup_own(key) if isinstance(obj, JSObject) else None
    if r is None:
        throw_type_error(f"Cannot write private member #{key.description} to an object whose class "
                         f"did not declare it")
    if not r[1] & WRITABLE:
        throw_type_error(f"Private method '#{key.description}' is not writable")
    obj.define_raw(key, value, r[1])
    s[-1] = value


@handler("HAS_PRIVATE")
def _(vm, frame, arg):
    s = frame.stack
    obj = s.pop()
    if not isinstance(obj, JSObject):
        throw_type_error(M.IN_NOT_OBJECT.format("#" + s[-1].description, ops.ToDisplayString(obj)))
    s[-1] = obj.get_own(s[-1]) is not ABSENT


@handler("NEW_PRIVATE_NAME")
def _(vm, frame, arg):
    frame.stack.append(PrivateName(frame.code.consts[arg]))


