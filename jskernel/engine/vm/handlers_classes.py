"""Handlers for classes: methods and accessors with home objects, ClassDefinitionEvaluation
(MAKE_CLASS), instance fields, private names (fields, methods, accessors, brand checks),
super calls (also from arrows) and super property access, SetFunctionName for computed
keys, and the destructuring helpers DESTRUCTURE_CHECK / OBJECT_REST.

Registered into `vm.handlers.HANDLERS` (see that module for the calling convention).
"""

from __future__ import annotations

from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunction
from jskernel.engine.runtime.objects import (
    ACCESSOR, CONFIGURABLE, WRITABLE, Accessor, JSObject, PropertyDescriptor, ThrowCompletion,
    throw_reference_error, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, HOLE, TDZ, UNDEFINED, JSSymbol, PrivateName
from jskernel.engine.vm.frames import this_origin
from jskernel.engine.vm.handlers import construct_this, describe_key, frame_this, handler


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
    if type(key) is PrivateName:        # a static private method: not writable (PrivateSet 4.a)
        obj.define_raw(key, fn, 0)
        return
    if key == "prototype":
        check_redefine(obj, key)
    obj.define_raw(key, fn, WRITABLE | CONFIGURABLE)


def check_redefine(obj, key):
    """DefinePropertyOrThrow over an existing non-configurable own property (`static
    ['prototype']() {}` on a class constructor): TypeError."""
    r = obj.lookup_own(key)
    if r is not None and not r[1] & CONFIGURABLE:
        throw_type_error(f"Classes may not have a static property named '{describe_key(key)}'")


@handler("TO_PROPERTY_KEY")
def _(vm, frame, arg):
    s = frame.stack
    s[-1] = ops.ToPropertyKey(s[-1])


@handler("TO_MEMBER_KEY")
def _(vm, frame, arg):
    s = frame.stack
    key = s[-1]
    if isinstance(key, JSObject) and s[-2] is not UNDEFINED and s[-2] is not None:
        s[-1] = ops.ToPropertyKey(key)


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
            throw_type_error(f"Class extends value {ops.ToDisplayString(parent)} is not a constructor or null")
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
    key.brand = ctor
    kind = fn.code.kind if type(fn) is JSFunction else "method"
    if kind in ("getter", "setter"):
        # a private accessor: merge the getter and setter of one name into one Accessor
        for i, (k, init) in enumerate(ctor.fields):
            if k is key and type(init) is tuple and type(init[0]) is Accessor:
                acc = init[0]
                ctor.fields[i] = (key, (Accessor(fn, acc.set) if kind == "getter" else Accessor(acc.get, fn),))
                return
        fn = Accessor(fn, UNDEFINED) if kind == "getter" else Accessor(UNDEFINED, fn)
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
            if JSObject.get_own(this, key) is not ABSENT:
                throw_type_error("Cannot initialize private methods of class twice on the same object"
                                 if type(init) is tuple else
                                 f"Cannot initialize #{key.description} twice on the same object")
            if type(init) is tuple:          # a private method (fn,) or accessor (Accessor,)
                JSObject.define_raw(this, key, init[0], ACCESSOR if type(init[0]) is Accessor else 0)
                continue
            v = UNDEFINED if init is UNDEFINED else vm.call_function(init, this, [])
            JSObject.define_raw(this, key, v, WRITABLE)
            continue
        v = UNDEFINED if init is UNDEFINED else vm.call_function(init, this, [])
        if type(v) is JSFunction and getattr(init.code, "names_field_value", False):
            _set_function_name(v, key, 0)
        if not this.define_own_property(key, PropertyDescriptor(v, writable=True, enumerable=True,
                                                               configurable=True)):
            from jskernel.engine.runtime.diagnostics import define_failure
            throw_type_error(define_failure(this, key))


def _super_call(vm, frame, args):
    ctor_frame = this_origin(frame)         # super() in an arrow: the constructor's frame
    f = ctor_frame.func
    parent = f.proto if f is not None else None
    if not ops.IsConstructor(parent):
        name = f.code.name if f is not None and f.code.name else "anonymous class"
        shown = "null" if parent is None or parent is vm.realm.intrinsics["%Function.prototype%"] \
            else ops.ToDisplayString(parent)
        throw_type_error(M.SUPER_NOT_CONSTRUCTOR.format(shown, name))
    new_target = ctor_frame.new_target
    if type(parent) is JSFunction:
        nf = vm.push_frame(parent, construct_this(vm, parent, new_target), args, frame)
        nf.construct = True
        nf.new_target = new_target
        return True
    frame.stack.append(parent.construct_fn(parent.realm, args, new_target))
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
    origin = this_origin(frame)
    if origin.this is not TDZ:
        throw_reference_error(M.SUPER_TWICE)
    origin.this = v
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
        return frame_this(frame)
    return t


@handler("SUPER_GET")
def _(vm, frame, arg):
    proto = _home(vm, frame)
    key = frame.code.consts[arg]
    this = _this(frame)
    if proto is None:
        throw_type_error(M.READ_PROP_OF.format("null", describe_key(key)))
    frame.stack.append(proto.get(key, this))


@handler("SUPER_GET_ELEM")
def _(vm, frame, arg):
    s = frame.stack
    proto = _home(vm, frame)        # GetSuperBase before ToPropertyKey (sec-getvalue step 3)
    key = ops.ToPropertyKey(s[-1])
    if proto is None:
        throw_type_error(M.READ_PROP_OF.format("null", describe_key(key)))
    s[-1] = proto.get(key, _this(frame))


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


@handler("SUPER_BASE")
def _(vm, frame, arg):
    frame.stack.append(_home(vm, frame))


def _super_ref_key(base, key, read):
    """GetValue / PutValue steps 3.a-b on a super reference: the base (GetSuperBase, taken
    when the reference was made) must be an object before the key is converted."""
    if base is None:
        if isinstance(key, JSObject):
            throw_type_error((M.READ_PROP_OF_NOKEY if read else M.SET_PROP_OF_NOKEY).format("null"))
        key = ops.ToPropertyKey(key)
        throw_type_error((M.READ_PROP_OF if read else M.SET_PROP_OF).format("null", describe_key(key)))
    return ops.ToPropertyKey(key)


@handler("SUPER_REF_GET")
def _(vm, frame, arg):
    s = frame.stack
    base = s.pop()
    key = _super_ref_key(base, s[-1], True)
    s[-1] = base.get(key, _this(frame))


@handler("SUPER_REF_SET")
def _(vm, frame, arg):
    s = frame.stack
    value = s.pop()
    base = s.pop()
    key = _super_ref_key(base, s[-1], False)
    if not base.set(key, value, _this(frame)) and frame.code.strict:
        throw_type_error(f"Cannot assign to read only property '{describe_key(key)}' of object")
    s[-1] = value


@handler("THROW_SUPER_DELETE")
def _(vm, frame, arg):
    throw_reference_error(M.SUPER_DELETE)


@handler("SUPER_METHOD")
def _(vm, frame, arg):
    proto = _home(vm, frame)
    this = _this(frame)
    key = frame.code.consts[arg]
    if proto is None:
        throw_type_error(M.READ_PROP_OF.format("null", describe_key(key)))
    frame.stack.append(proto.get(key, this))
    frame.stack.append(this)


@handler("LOAD_NEW_TARGET")
def _(vm, frame, arg):
    frame.stack.append(frame.new_target)




def _brand_error(key):
    """V8's message for a private method / accessor used on an object without the brand."""
    cls = key.brand
    name = cls.code.name if type(cls) is JSFunction else ""
    if cls is not None and getattr(key, "static_brand", False):
        throw_type_error(M.PRIVATE_BRAND_STATIC.format(name))
    throw_type_error(M.PRIVATE_BRAND.format(name))


def _private_nullish(obj, key, setting=False):
    """V8's TypeError for `null.#x` / `undefined.#m()` (a method names its class)."""
    what = "null" if obj is None else "undefined"
    if key.brand is not None:
        cls = key.brand
        throw_type_error(M.READ_PROP_OF.format(what, cls.code.name if type(cls) is JSFunction else ""))
    throw_type_error((M.SET_PROP_OF if setting else M.READ_PROP_OF).format(what, f"#{key.description}"))


def _private_get(obj, key):
    # private elements live in the object's own slots, never behind a proxy's traps
    v = JSObject.get_own(obj, key) if isinstance(obj, JSObject) else ABSENT
    if v is ABSENT:
        if obj is None or obj is UNDEFINED:
            _private_nullish(obj, key)
        if key.brand is not None:
            _brand_error(key)
        throw_type_error(f"Cannot read private member #{key.description} from an object whose class "
                         f"did not declare it")
    if type(v) is Accessor:
        if v.get is UNDEFINED:
            throw_type_error(M.PRIVATE_NO_GETTER.format(key.description))
        return v.get.call(obj, [])
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
    r = JSObject.lookup_own(obj, key) if isinstance(obj, JSObject) else None
    if r is None:
        if obj is None or obj is UNDEFINED:
            _private_nullish(obj, key, setting=True)
        if key.brand is not None:
            _brand_error(key)
        throw_type_error(f"Cannot write private member #{key.description} to an object whose class "
                         f"did not declare it")
    if type(r[0]) is Accessor:
        if r[0].set is UNDEFINED:
            throw_type_error(M.PRIVATE_NO_SETTER.format(key.description))
        r[0].set.call(obj, [value])
        s[-1] = value
        return
    if not r[1] & WRITABLE:
        throw_type_error(f"Private method '#{key.description}' is not writable")
    JSObject.define_raw(obj, key, value, r[1])
    s[-1] = value


@handler("HAS_PRIVATE")
def _(vm, frame, arg):
    s = frame.stack
    obj = s.pop()
    if not isinstance(obj, JSObject):
        throw_type_error(M.IN_NOT_OBJECT.format("#" + s[-1].description, ops.ToDisplayString(obj)))
    s[-1] = JSObject.get_own(obj, s[-1]) is not ABSENT


@handler("NEW_PRIVATE_NAME")
def _(vm, frame, arg):
    frame.stack.append(PrivateName(frame.code.consts[arg]))




# -- destructuring (compiler/patterns.py) ------------------------------------------------------
@handler("DESTRUCTURE_CHECK")
def _(vm, frame, arg):
    v = frame.stack[-1]
    if v is UNDEFINED or v is None:
        first, text = frame.code.consts[arg]
        what = "undefined" if v is UNDEFINED else "null"
        if first is not None:
            throw_type_error(M.DESTRUCTURE_PROPERTY.format(first, text or what, what))
        throw_type_error(M.DESTRUCTURE_VALUE.format(text or what, what))


@handler("OBJECT_REST")
def _(vm, frame, arg):
    """CopyDataProperties(new object, src, excluded keys) (sec-copydataproperties)."""
    s = frame.stack
    excluded = set(s[len(s) - arg:]) if arg else ()
    del s[len(s) - arg:]
    src = s[-1]
    realm = vm.realm
    target = realm.new_object()
    if src is not UNDEFINED and src is not None:
        src = ops.ToObject(realm, src)
        for k in src.own_keys():
            if k in excluded:
                continue
            desc = src.get_own_property(k)
            if desc is not None and desc.enumerable:
                target.define_raw(k, src.get(k, src))
    s[-1] = target


@handler("SET_FUNCTION_NAME")
def _(vm, frame, arg):
    """SetFunctionName (sec-setfunctionname) for a function defined under a computed key."""
    s = frame.stack
    _set_function_name(s[-1], s[-2], arg)


def _set_function_name(fn, key, arg):
    if type(fn) is not JSFunction or fn.get_own("name") != "":
        return
    if isinstance(key, JSSymbol):
        name = "" if key.description is UNDEFINED else f"[{key.description}]"
    else:
        name = key
    if arg:
        name = ("get " if arg == 1 else "set ") + name
    fn.define_raw("name", name, CONFIGURABLE)
