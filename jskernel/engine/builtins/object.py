"""%Object% and %Object.prototype%."""

from __future__ import annotations

from jskernel.engine.builtins import arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    ACCESSOR, ENUMERABLE, WRITABLE, JSArray, JSObject, PropertyDescriptor, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, SYMBOL_TO_STRING_TAG, UNDEFINED, JSSymbol


def object_call(realm, this, args):
    v = arg(args, 0)
    if v is UNDEFINED or v is None:
        return realm.new_object()
    return ops.ToObject(realm, v)


def object_construct(realm, args, new_target):
    if new_target is not None and new_target is not realm.intrinsics["%Object%"]:
        proto = new_target.get("prototype")
        return realm.new_object(proto if isinstance(proto, JSObject) else realm.intrinsics["%Object.prototype%"])
    return object_call(realm, UNDEFINED, args)


def _own_enumerable(o):
    for k in o.own_keys():
        if type(k) is JSSymbol:
            continue
        r = o.lookup_own(k)
        if r is not None and r[1] & ENUMERABLE:
            yield k


def object_keys(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array(list(_own_enumerable(o)))


def object_values(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array([o.get(k, o) for k in _own_enumerable(o)])


def object_entries(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array([realm.new_array([k, o.get(k, o)]) for k in _own_enumerable(o)])


def object_from_entries(realm, this, args):
    from jskernel.engine.vm.iteration import get_iterator
    o = realm.new_object()
    it = get_iterator(realm.vm, ops.RequireObjectCoercible(arg(args, 0)))
    while (item := it.next()) is not ABSENT:
        if not isinstance(item, JSObject):
            it.close()
            throw_type_error(f"Iterator value {ops.ToDisplayString(item)} is not an entry object")
        o.define_raw(ops.ToPropertyKey(item.get("0")), item.get("1"))
    return o


def object_assign(realm, this, args):
    target = ops.ToObject(realm, arg(args, 0))
    for src in args[1:]:
        if src is UNDEFINED or src is None:
            continue
        src = ops.ToObject(realm, src)
        for k in src.own_keys():
            r = src.lookup_own(k)
            if r is not None and r[1] & ENUMERABLE:
                target.set(k, src.get(k, src), target)
    return target


def object_freeze(realm, this, args):
    o = arg(args, 0)
    if isinstance(o, JSObject):
        if isinstance(o, JSArray):
            o.frozen = True
        for k in (o.shape.keys if isinstance(o, JSArray) else o.own_keys()):
            r = o.lookup_own(k)
            if r is None:
                continue
            v, attrs = r
            attrs &= ~4
            if not attrs & ACCESSOR:
                attrs &= ~WRITABLE
            JSObject.define_raw(o, k, v, attrs)
        o.extensible = False
    return o


def object_is_frozen(realm, this, args):
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        return True
    if o.extensible:
        return False
    for k in o.own_keys():
        r = o.lookup_own(k)
        if r and (r[1] & 4 or (not r[1] & ACCESSOR and r[1] & WRITABLE)):
            return False
    return True


def object_create(realm, this, args):
    proto = arg(args, 0)
    if proto is not None and not isinstance(proto, JSObject):
        throw_type_error(f"Object prototype may only be an Object or null: {ops.ToDisplayString(proto)}")
    o = realm.new_object(proto)
    props = arg(args, 1)
    if props is not UNDEFINED:
        object_define_properties(realm, UNDEFINED, [o, props])
    return o


def object_get_prototype_of(realm, this, args):
    return ops.ToObject(realm, arg(args, 0)).proto


def object_set_prototype_of(realm, this, args):
    o, p = arg(args, 0), arg(args, 1)
    if isinstance(o, JSObject):
        o.proto = p
    return o


def to_property_descriptor(realm, d):
    if not isinstance(d, JSObject):
        throw_type_error(f"Property description must be an object: {ops.ToDisplayString(d)}")
    desc = PropertyDescriptor()
    for field in ("enumerable", "configurable", "writable"):
        if d.has_property(field):
            setattr(desc, field, ops.ToBoolean(d.get(field)))
    if d.has_property("value"):
        desc.value = d.get("value")
    for field in ("get", "set"):
        if d.has_property(field):
            f = d.get(field)
            if f is not UNDEFINED and not ops.IsCallable(f):
                throw_type_error(f"{'Getter' if field == 'get' else 'Setter'} must be a function: "
                                 f"{ops.ToDisplayString(f)}")
            setattr(desc, field, f)
    return desc


def from_property_descriptor(realm, desc):
    o = realm.new_object()
    if desc.is_accessor():
        o.define_raw("get", desc.get)
        o.define_raw("set", desc.set)
    else:
        o.define_raw("value", desc.value)
        o.define_raw("writable", desc.writable)
    o.define_raw("enumerable", desc.enumerable)
    o.define_raw("configurable", desc.configurable)
    return o


def object_define_property(realm, this, args):
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        throw_type_error("Object.defineProperty called on non-object")
    key = ops.ToPropertyKey(arg(args, 1))
    desc = to_property_descriptor(realm, arg(args, 2))
    if not o.define_own_property(key, desc):
        throw_type_error(f"Cannot redefine property: {key}")
    return o


def object_define_properties(realm, this, args):
    o = arg(args, 0)
    props = ops.ToObject(realm, arg(args, 1))
    for k in list(_own_enumerable(props)):
        object_define_property(realm, UNDEFINED, [o, k, props.get(k)])
    return o


def object_get_own_property_descriptor(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    d = o.get_own_property(ops.ToPropertyKey(arg(args, 1)))
    return UNDEFINED if d is None else from_property_descriptor(realm, d)


def object_get_own_property_names(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array([k for k in o.own_keys() if type(k) is str])


def object_get_own_property_symbols(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array([k for k in o.own_keys() if type(k) is JSSymbol])


def object_is(realm, this, args):
    return ops.SameValue(arg(args, 0), arg(args, 1))


def proto_has_own_property(realm, this, args):
    key = ops.ToPropertyKey(arg(args, 0))
    return ops.ToObject(realm, this).get_own(key) is not ABSENT


def proto_is_prototype_of(realm, this, args):
    v = arg(args, 0)
    if not isinstance(v, JSObject):
        return False
    o = ops.ToObject(realm, this)
    v = v.proto
    while v is not None:
        if v is o:
            return True
        v = v.proto
    return False


def proto_property_is_enumerable(realm, this, args):
    r = ops.ToObject(realm, this).lookup_own(ops.ToPropertyKey(arg(args, 0)))
    return bool(r and r[1] & ENUMERABLE)


def builtin_tag(o) -> str:
    if isinstance(o, JSArray):
        return "Array"
    if ops.IsCallable(o):
        return "Function"
    if o.class_name in ("Error", "Boolean", "Number", "String", "Date", "RegExp", "Arguments"):
        return o.class_name
    return "Object"


def proto_to_string(realm, this, args):
    if this is UNDEFINED:
        return "[object Undefined]"
    if this is None:
        return "[object Null]"
    o = ops.ToObject(realm, this)
    tag = o.get(SYMBOL_TO_STRING_TAG)
    return f"[object {tag if type(tag) is str else builtin_tag(o)}]"


def proto_to_locale_string(realm, this, args):
    f = this.get("toString") if isinstance(this, JSObject) else UNDEFINED
    return realm.vm.call_function(f, this, [])


def proto_value_of(realm, this, args):
    return ops.ToObject(realm, this)


STATIC = [
    ("keys", object_keys, 1),
    ("values", object_values, 1),
    ("entries", object_entries, 1),
    ("assign", object_assign, 2),
    ("fromEntries", object_from_entries, 1),
    ("freeze", object_freeze, 1),
    ("isFrozen", object_is_frozen, 1),
    ("create", object_create, 2),
    ("getPrototypeOf", object_get_prototype_of, 1),
    ("setPrototypeOf", object_set_prototype_of, 2),
    ("defineProperty", object_define_property, 3),
    ("defineProperties", object_define_properties, 2),
    ("getOwnPropertyDescriptor", object_get_own_property_descriptor, 2),
    ("getOwnPropertyNames", object_get_own_property_names, 1),
    ("getOwnPropertySymbols", object_get_own_property_symbols, 1),
    ("is", object_is, 2),
]

PROTOTYPE = [
    ("hasOwnProperty", proto_has_own_property, 1),
    ("isPrototypeOf", proto_is_prototype_of, 1),
    ("propertyIsEnumerable", proto_property_is_enumerable, 1),
    ("toString", proto_to_string, 0),
    ("toLocaleString", proto_to_locale_string, 0),
    ("valueOf", proto_value_of, 0),
]


def install(realm):
    proto = realm.intrinsics["%Object.prototype%"]
    make_constructor(realm, "Object", object_call, object_construct, 1, proto, STATIC, PROTOTYPE)
