"""%Reflect%: the object internal methods as functions (sec-reflect-object).

Argument validation follows the spec's order (target checked first, then the key
conversion, then the descriptor); the internal methods themselves are in
runtime/objects.py, exotics.py and proxy.py.
"""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.builtins.function import create_list_from_array_like
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    CONFIGURABLE, WRITABLE, FromPropertyDescriptor, JSObject, ToPropertyDescriptor, throw_type_error,
)
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG


def _target(v, method):
    if not isinstance(v, JSObject):
        throw_type_error(M.CALLED_ON_NON_OBJECT.format(f"Reflect.{method}"))
    return v


def reflect_apply(realm, this, args):
    f = arg(args, 0)
    if not ops.IsCallable(f):
        throw_type_error(f"Function.prototype.apply was called on {ops.ToDisplayString(f)}, which is "
                         f"{'an' if ops.TypeOf(f) == 'object' else 'a'} {ops.TypeOf(f)} and not a function")
    a = arg(args, 2)
    if not isinstance(a, JSObject):
        throw_type_error("CreateListFromArrayLike called on non-object")
    return realm.vm.call_function(f, arg(args, 1), create_list_from_array_like(realm, a))


def _text(v) -> str:
    """How V8 shows a value that is not a constructor (a function by its source)."""
    from jskernel.engine.runtime.functions import JSFunction
    if type(v) is JSFunction:
        c = v.code
        return c.source.text[c.start:c.end]
    return ops.ToDisplayString(v)


def reflect_construct(realm, this, args):
    f = arg(args, 0)
    if not ops.IsConstructor(f):
        throw_type_error(M.NOT_CONSTRUCTOR.format(_text(f)))
    nt = arg(args, 2) if len(args) > 2 else f
    if not ops.IsConstructor(nt):
        throw_type_error(M.NOT_CONSTRUCTOR.format(_text(nt)))
    a = arg(args, 1)
    if not isinstance(a, JSObject):
        throw_type_error("CreateListFromArrayLike called on non-object")
    return realm.vm.construct(f, create_list_from_array_like(realm, a), nt)


def reflect_define_property(realm, this, args):
    o = _target(arg(args, 0), "defineProperty")
    key = ops.ToPropertyKey(arg(args, 1))
    return o.define_own_property(key, ToPropertyDescriptor(arg(args, 2)))


def reflect_delete_property(realm, this, args):
    o = _target(arg(args, 0), "deleteProperty")
    return o.delete(ops.ToPropertyKey(arg(args, 1)))


def reflect_get(realm, this, args):
    o = _target(arg(args, 0), "get")
    key = ops.ToPropertyKey(arg(args, 1))
    return o.get(key, arg(args, 2) if len(args) > 2 else o)


def reflect_get_own_property_descriptor(realm, this, args):
    o = _target(arg(args, 0), "getOwnPropertyDescriptor")
    return FromPropertyDescriptor(realm, o.get_own_property(ops.ToPropertyKey(arg(args, 1))))


def reflect_get_prototype_of(realm, this, args):
    return _target(arg(args, 0), "getPrototypeOf").get_prototype_of()


def reflect_has(realm, this, args):
    o = _target(arg(args, 0), "has")
    return o.has_property(ops.ToPropertyKey(arg(args, 1)))


def reflect_is_extensible(realm, this, args):
    return _target(arg(args, 0), "isExtensible").is_extensible()


def reflect_own_keys(realm, this, args):
    return realm.new_array(list(_target(arg(args, 0), "ownKeys").own_keys()))


def reflect_prevent_extensions(realm, this, args):
    return _target(arg(args, 0), "preventExtensions").prevent_extensions()


def reflect_set(realm, this, args):
    o = _target(arg(args, 0), "set")
    key = ops.ToPropertyKey(arg(args, 1))
    return o.set(key, arg(args, 2), arg(args, 3) if len(args) > 3 else o)


def reflect_set_prototype_of(realm, this, args):
    o = _target(arg(args, 0), "setPrototypeOf")
    p = arg(args, 1)
    if p is not None and not isinstance(p, JSObject):
        throw_type_error(M.PROTO_TYPE.format(ops.ToDisplayString(p)))
    return o.set_prototype_of(p)


TABLE = [
    ("defineProperty", reflect_define_property, 3),
    ("deleteProperty", reflect_delete_property, 2),
    ("apply", reflect_apply, 3),
    ("construct", reflect_construct, 2),
    ("get", reflect_get, 2),
    ("getOwnPropertyDescriptor", reflect_get_own_property_descriptor, 2),
    ("getPrototypeOf", reflect_get_prototype_of, 1),
    ("has", reflect_has, 2),
    ("isExtensible", reflect_is_extensible, 1),
    ("ownKeys", reflect_own_keys, 1),
    ("preventExtensions", reflect_prevent_extensions, 1),
    ("set", reflect_set, 3),
    ("setPrototypeOf", reflect_set_prototype_of, 2),
    (SYMBOL_TO_STRING_TAG, VALUE("Reflect"), CONFIGURABLE),
]


def install(realm):
    r = realm.new_object()
    define_table(realm, r, TABLE)
    realm.intrinsics["%Reflect%"] = r
    realm.global_object.define_raw("Reflect", r, WRITABLE | CONFIGURABLE)
