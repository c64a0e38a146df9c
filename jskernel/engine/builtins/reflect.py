"""%Reflect%: the object internal methods as functions (sec-reflect-object)."""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.builtins.function import create_list_from_array_like
from jskernel.engine.builtins.object import from_property_descriptor, to_property_descriptor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE, JSObject, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED, SYMBOL_TO_STRING_TAG


def _target(v, method):
    if not isinstance(v, JSObject):
        throw_type_error(f"Reflect.{method} called on non-object")
    return v


def reflect_apply(realm, this, args):
    f = arg(args, 0)
    if not ops.IsCallable(f):
        throw_type_error(f"Function.prototype.apply was called on {ops.ToDisplayString(f)}, which is "
                         f"{ops.TypeOf(f)} and not a function")
    return realm.vm.call_function(f, arg(args, 1), create_list_from_array_like(realm, arg(args, 2)))


def reflect_construct(realm, this, args):
    f = arg(args, 0)
    if not ops.IsConstructor(f):
        throw_type_error(f"{ops.ToDisplayString(f)} is not a constructor")
    nt = arg(args, 2) if len(args) > 2 else f
    if not ops.IsConstructor(nt):
        throw_type_error(f"{ops.ToDisplayString(nt)} is not a constructor")
    return realm.vm.construct(f, create_list_from_array_like(realm, arg(args, 1)), nt)


def reflect_get(realm, this, args):
    o = _target(arg(args, 0), "get")
    return o.get(ops.ToPropertyKey(arg(args, 1)), arg(args, 2) if len(args) > 2 else o)


def reflect_set(realm, this, args):
    o = _target(arg(args, 0), "set")
    return o.set(ops.ToPropertyKey(arg(args, 1)), arg(args, 2), arg(args, 3) if len(args) > 3 else o)


def reflect_has(realm, this, args):
    return _target(arg(args, 0), "has").has_property(ops.ToPropertyKey(arg(args, 1)))


def reflect_own_keys(realm, this, args):
    return realm.new_array(list(_target(arg(args, 0), "ownKeys").own_keys()))


def reflect_define_property(realm, this, args):
    o = _target(arg(args, 0), "defineProperty")
    return o.define_own_property(ops.ToPropertyKey(arg(args, 1)), to_property_descriptor(realm, arg(args, 2)))


def reflect_delete_property(realm, this, args):
    return _target(arg(args, 0), "deleteProperty").delete(ops.ToPropertyKey(arg(args, 1)))


def reflect_get_prototype_of(realm, this, args):
    return _target(arg(args, 0), "getPrototypeOf").proto


def reflect_set_prototype_of(realm, this, args):
    o = _target(arg(args, 0), "setPrototypeOf")
    p = arg(args, 1)
    if p is not None and not isinstance(p, JSObject):
        throw_type_error("Object prototype may only be an Object or null: " + ops.ToDisplayString(p))
    if not o.extensible and p is not o.proto:
        return False
    o.proto = p
    return True


def reflect_get_own_property_descriptor(realm, this, args):
    d = _target(arg(args, 0), "getOwnPropertyDescriptor").get_own_property(ops.ToPropertyKey(arg(args, 1)))
    return UNDEFINED if d is None else from_property_descriptor(realm, d)


def reflect_is_extensible(realm, this, args):
    return _target(arg(args, 0), "isExtensible").extensible


def reflect_prevent_extensions(realm, this, args):
    _target(arg(args, 0), "preventExtensions").extensible = False
    return True


TABLE = [
    ("apply", reflect_apply, 3), ("construct", reflect_construct, 2), ("get", reflect_get, 2),
    ("set", reflect_set, 3), ("has", reflect_has, 2), ("ownKeys", reflect_own_keys, 1),
    ("defineProperty", reflect_define_property, 3), ("deleteProperty", reflect_delete_property, 2),
    ("getPrototypeOf", reflect_get_prototype_of, 1), ("setPrototypeOf", reflect_set_prototype_of, 2),
    ("getOwnPropertyDescriptor", reflect_get_own_property_descriptor, 2),
    ("isExtensible", reflect_is_extensible, 1), ("preventExtensions", reflect_prevent_extensions, 1),
    (SYMBOL_TO_STRING_TAG, VALUE("Reflect"), CONFIGURABLE),
]


def install(realm):
    r = realm.new_object()
    define_table(realm, r, TABLE)
    realm.intrinsics["%Reflect%"] = r
    realm.global_object.define_raw("Reflect", r, WRITABLE | CONFIGURABLE)
