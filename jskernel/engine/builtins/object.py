"""%Object% and %Object.prototype% (sec-object-constructor, sec-properties-of-the-object-prototype-object).

Every function here works through the object internal methods (runtime/objects.py,
exotics.py, proxy.py), so Proxies observe each step in the spec's order; ordinary
objects take the raw `lookup_own` shortcut where that is unobservable.  Failure
messages come from runtime/diagnostics.py.
"""

from __future__ import annotations

from jskernel.engine.builtins import arg, make_constructor
from jskernel.engine.runtime import diagnostics as D
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    ACCESSOR, CONFIGURABLE, DEFER, ENUMERABLE, Accessor, FromPropertyDescriptor, JSArray, JSObject,
    PropertyDescriptor, ThrowCompletion, ToPropertyDescriptor, throw_type_error,
)
from jskernel.engine.runtime.proxy import IsArray, is_proxy, proxy_falsish_message
from jskernel.engine.runtime.values import ABSENT, SYMBOL_ITERATOR, SYMBOL_TO_STRING_TAG, UNDEFINED, JSSymbol

# kept for importers
to_property_descriptor = lambda realm, d: ToPropertyDescriptor(d)  # noqa: E731
from_property_descriptor = FromPropertyDescriptor


def object_call(realm, this, args):
    v = arg(args, 0)
    if v is UNDEFINED or v is None:
        return realm.new_object()
    return ops.ToObject(realm, v)


def object_construct(realm, args, new_target):
    if new_target is not None and new_target is not realm.intrinsics["%Object%"]:
        return realm.new_object(ops.GetPrototypeFromConstructor(realm, new_target, "%Object.prototype%"))
    return object_call(realm, UNDEFINED, args)


# --- helpers with spec names --------------------------------------------------------------
def own_enumerable_string_keys(o):
    """The keys EnumerableOwnProperties visits, checking each one's descriptor lazily."""
    if is_proxy(o) or o.generic_properties:
        for k in o.own_keys():
            if type(k) is str:
                d = o.get_own_property(k)
                if d is not None and d.enumerable is True:
                    yield k
        return
    for k in o.own_keys():
        if type(k) is str:
            r = o.lookup_own(k)
            if r is not None and r[1] & ENUMERABLE:
                yield k


_own_enumerable = own_enumerable_string_keys


def DefinePropertyOrThrow(o, key, desc):
    if not o.define_own_property(key, desc):
        throw_type_error(D.define_failure(o, key))


def CreateDataPropertyOrThrow(o, key, value):
    DefinePropertyOrThrow(o, key, PropertyDescriptor(value, writable=True, enumerable=True,
                                                     configurable=True))


def HasOwnProperty(o, key) -> bool:
    if is_proxy(o):
        return o.get_own_property(key) is not None
    r = o.lookup_own(key)
    if r is not None and r[0] is DEFER:      # e.g. a typed array's invalid numeric key
        return o.get_own_property(key) is not None
    return r is not None


def SetIntegrityLevel(o, level) -> bool:
    """sec-setintegritylevel (level 'sealed' or 'frozen')."""
    if type(o) is JSArray and level == "frozen":
        # fast arrays: one flag makes every element and `length` read-only
        if not o.prevent_extensions():
            return False
        o.frozen = True
        keys = JSObject.own_keys(o)
    else:
        if not o.prevent_extensions():
            return False
        keys = o.own_keys()
    if level == "sealed":
        for k in keys:
            DefinePropertyOrThrow(o, k, PropertyDescriptor(configurable=False))
    else:
        for k in keys:
            d = o.get_own_property(k)
            if d is not None:
                nd = PropertyDescriptor(configurable=False)
                if not d.is_accessor():
                    nd.writable = False
                DefinePropertyOrThrow(o, k, nd)
    return True


def TestIntegrityLevel(o, level) -> bool:
    """sec-testintegritylevel"""
    if o.is_extensible():
        return False
    for k in o.own_keys():
        d = o.get_own_property(k)
        if d is not None:
            if d.configurable is True:
                return False
            if level == "frozen" and d.is_data() and d.writable is True:
                return False
    return True


def _require_object(v, name):
    if not isinstance(v, JSObject):
        throw_type_error(M.CALLED_ON_NON_OBJECT.format(name))
    return v


# --- Object.* -------------------------------------------------------------------------------
def object_keys(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array(list(own_enumerable_string_keys(o)))


def object_values(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array([o.get(k, o) for k in own_enumerable_string_keys(o)])


def object_entries(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array([realm.new_array([k, o.get(k, o)]) for k in own_enumerable_string_keys(o)])


def object_from_entries(realm, this, args):
    from jskernel.engine.vm.iteration import get_iterator
    o = realm.new_object()
    src = arg(args, 0)
    if src is UNDEFINED or src is None:
        throw_type_error("undefined is not iterable")     # V8 says so for null too
    if type(src) is not str and not ops.IsCallable(ops.ToObject(realm, src).get(SYMBOL_ITERATOR, src)):
        t = ops.TypeOf(src)
        shown = "" if t in ("object", "symbol", "function") else " " + ops.ToDisplayString(src)
        throw_type_error(f"{t}{shown} is not iterable (cannot read property Symbol(Symbol.iterator))")
    it = get_iterator(realm.vm, src)
    while (item := it.next()) is not ABSENT:
        if not isinstance(item, JSObject):
            it.close()
            throw_type_error(f"Iterator value {ops.ToDisplayString(item)} is not an entry object")
        try:
            k = item.get("0")
            v = item.get("1")
            CreateDataPropertyOrThrow(o, ops.ToPropertyKey(k), v)
        except ThrowCompletion:
            # IteratorClose with a throw completion: the original error wins
            try:
                it.close()
            except ThrowCompletion:
                pass
            raise
    return o


def object_assign(realm, this, args):
    """sec-object.assign"""
    target = ops.ToObject(realm, arg(args, 0))
    for src in args[1:]:
        if src is UNDEFINED or src is None:
            continue
        src = ops.ToObject(realm, src)
        proxy = is_proxy(src) or src.generic_properties
        for k in src.own_keys():
            if proxy:
                d = src.get_own_property(k)
                if d is None or d.enumerable is not True:
                    continue
            else:
                r = src.lookup_own(k)
                if r is None or not r[1] & ENUMERABLE:
                    continue
            if not target.set(k, src.get(k, src), target):
                throw_type_error(D.set_failure(target, k))
    return target


def object_freeze(realm, this, args):
    o = arg(args, 0)
    if getattr(o, "inspect_binary", False) and hasattr(o, "kind") and o.length_or_none():
        o.prevent_extensions()      # a typed array with elements: [[DefineOwnProperty]] refuses
        throw_type_error("Cannot freeze array buffer views with elements")
    if isinstance(o, JSObject) and not SetIntegrityLevel(o, "frozen"):
        throw_type_error(proxy_falsish_message(o, "preventExtensions") or "Cannot freeze")
    return o


def object_seal(realm, this, args):
    o = arg(args, 0)
    if isinstance(o, JSObject) and not SetIntegrityLevel(o, "sealed"):
        throw_type_error(proxy_falsish_message(o, "preventExtensions") or "Cannot seal")
    return o


def object_prevent_extensions(realm, this, args):
    o = arg(args, 0)
    if isinstance(o, JSObject) and not o.prevent_extensions():
        throw_type_error(proxy_falsish_message(o, "preventExtensions") or "Cannot prevent extensions")
    return o


def object_is_frozen(realm, this, args):
    o = arg(args, 0)
    return not isinstance(o, JSObject) or TestIntegrityLevel(o, "frozen")


def object_is_sealed(realm, this, args):
    o = arg(args, 0)
    return not isinstance(o, JSObject) or TestIntegrityLevel(o, "sealed")


def object_is_extensible(realm, this, args):
    o = arg(args, 0)
    return isinstance(o, JSObject) and o.is_extensible()


def object_create(realm, this, args):
    proto = arg(args, 0)
    if proto is not None and not isinstance(proto, JSObject):
        throw_type_error(M.PROTO_TYPE.format(ops.ToDisplayString(proto)))
    o = realm.new_object(proto)
    props = arg(args, 1)
    if props is not UNDEFINED:
        ObjectDefineProperties(realm, o, props)
    return o


def object_get_prototype_of(realm, this, args):
    return ops.ToObject(realm, arg(args, 0)).get_prototype_of()


def object_set_prototype_of(realm, this, args):
    """sec-object.setprototypeof"""
    o, p = arg(args, 0), arg(args, 1)
    if o is UNDEFINED or o is None:
        throw_type_error(M.CALLED_ON_NULLISH.format("Object.setPrototypeOf"))
    if p is not None and not isinstance(p, JSObject):
        throw_type_error(M.PROTO_TYPE.format(ops.ToDisplayString(p)))
    if isinstance(o, JSObject) and not o.set_prototype_of(p):
        throw_type_error(D.set_prototype_failure(o, p))
    return o


def object_define_property(realm, this, args):
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        throw_type_error(M.CALLED_ON_NON_OBJECT.format("Object.defineProperty"))
    key = ops.ToPropertyKey(arg(args, 1))
    DefinePropertyOrThrow(o, key, ToPropertyDescriptor(arg(args, 2)))
    return o


def ObjectDefineProperties(realm, o, properties):
    """sec-objectdefineproperties: read every descriptor first, then define them in order."""
    props = ops.ToObject(realm, properties)
    descriptors = []
    for k in props.own_keys():
        d = props.get_own_property(k)
        if d is not None and d.enumerable is True:
            descriptors.append((k, ToPropertyDescriptor(props.get(k, props))))
    for k, desc in descriptors:
        DefinePropertyOrThrow(o, k, desc)
    return o


def object_define_properties(realm, this, args):
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        throw_type_error(M.CALLED_ON_NON_OBJECT.format("Object.defineProperties"))
    return ObjectDefineProperties(realm, o, arg(args, 1))


def object_get_own_property_descriptor(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return FromPropertyDescriptor(realm, o.get_own_property(ops.ToPropertyKey(arg(args, 1))))


def object_get_own_property_descriptors(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    out = realm.new_object()
    for k in o.own_keys():
        d = o.get_own_property(k)
        if d is not None:
            CreateDataPropertyOrThrow(out, k, FromPropertyDescriptor(realm, d))
    return out


def object_get_own_property_names(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array([k for k in o.own_keys() if type(k) is str])


def object_get_own_property_symbols(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return realm.new_array([k for k in o.own_keys() if type(k) is JSSymbol])


def object_has_own(realm, this, args):
    o = ops.ToObject(realm, arg(args, 0))
    return HasOwnProperty(o, ops.ToPropertyKey(arg(args, 1)))


def object_is(realm, this, args):
    return ops.SameValue(arg(args, 0), arg(args, 1))


# --- Object.prototype.* ------------------------------------------------------------------------
def proto_has_own_property(realm, this, args):
    key = ops.ToPropertyKey(arg(args, 0))
    return HasOwnProperty(ops.ToObject(realm, this), key)


def proto_is_prototype_of(realm, this, args):
    v = arg(args, 0)
    if not isinstance(v, JSObject):
        return False
    o = ops.ToObject(realm, this)
    while True:
        v = v.get_prototype_of()
        if v is None:
            return False
        if v is o:
            return True


def proto_property_is_enumerable(realm, this, args):
    key = ops.ToPropertyKey(arg(args, 0))
    d = ops.ToObject(realm, this).get_own_property(key)
    return d is not None and d.enumerable is True


def builtin_tag(o) -> str:
    if IsArray(o):
        return "Array"
    if ops.IsCallable(o):
        return "Function"
    if o.class_name in ("Error", "Boolean", "Number", "String", "Date", "RegExp", "Arguments"):
        return o.class_name
    return "Object"


def proto_to_string(realm, this, args):
    """sec-object.prototype.tostring"""
    if this is UNDEFINED:
        return "[object Undefined]"
    if this is None:
        return "[object Null]"
    o = ops.ToObject(realm, this)
    builtin = builtin_tag(o)
    tag = o.get(SYMBOL_TO_STRING_TAG, o)
    return f"[object {tag if type(tag) is str else builtin}]"


def proto_to_locale_string(realm, this, args):
    f = ops.ToObject(realm, this).get("toString", this) if this is not UNDEFINED and this is not None \
        else ops.ToObject(realm, this)
    return realm.vm.call_function(f, this, [])


def proto_value_of(realm, this, args):
    return ops.ToObject(realm, this)


def proto_get_proto(realm, this, args):
    return ops.ToObject(realm, this).get_prototype_of()


def proto_set_proto(realm, this, args):
    """sec-set-object.prototype.__proto__"""
    if this is UNDEFINED or this is None:
        throw_type_error(M.CALLED_ON_NULLISH.format("set Object.prototype.__proto__"))
    p = arg(args, 0)
    if p is not None and not isinstance(p, JSObject):
        return UNDEFINED
    if not isinstance(this, JSObject):
        return UNDEFINED
    if not this.set_prototype_of(p):
        throw_type_error(D.set_prototype_failure(this, p))
    return UNDEFINED


def _define_accessor(kind):
    def fn(realm, this, args):
        o = ops.ToObject(realm, this)
        f = arg(args, 1)
        if not ops.IsCallable(f):
            throw_type_error(f"Object.prototype.__define{kind}__: Expecting function")
        desc = PropertyDescriptor(enumerable=True, configurable=True)
        if kind == "Getter":
            desc.get = f
        else:
            desc.set = f
        DefinePropertyOrThrow(o, ops.ToPropertyKey(arg(args, 0)), desc)
        return UNDEFINED
    return fn


def _lookup_accessor(kind):
    def fn(realm, this, args):
        o = ops.ToObject(realm, this)
        key = ops.ToPropertyKey(arg(args, 0))
        while o is not None:
            d = o.get_own_property(key)
            if d is not None:
                if d.is_accessor():
                    return d.get if kind == "Getter" else d.set
                return UNDEFINED
            o = o.get_prototype_of()
        return UNDEFINED
    return fn


STATIC = [
    ("assign", object_assign, 2),
    ("getOwnPropertyDescriptor", object_get_own_property_descriptor, 2),
    ("getOwnPropertyDescriptors", object_get_own_property_descriptors, 1),
    ("getOwnPropertyNames", object_get_own_property_names, 1),
    ("getOwnPropertySymbols", object_get_own_property_symbols, 1),
    ("hasOwn", object_has_own, 2),
    ("is", object_is, 2),
    ("preventExtensions", object_prevent_extensions, 1),
    ("seal", object_seal, 1),
    ("create", object_create, 2),
    ("defineProperties", object_define_properties, 2),
    ("defineProperty", object_define_property, 3),
    ("freeze", object_freeze, 1),
    ("getPrototypeOf", object_get_prototype_of, 1),
    ("setPrototypeOf", object_set_prototype_of, 2),
    ("isExtensible", object_is_extensible, 1),
    ("isFrozen", object_is_frozen, 1),
    ("isSealed", object_is_sealed, 1),
    ("keys", object_keys, 1),
    ("entries", object_entries, 1),
    ("fromEntries", object_from_entries, 1),
    ("groupBy", lambda realm, this, args: object_group_by(realm, this, args), 2),
    ("values", object_values, 1),
]

PROTOTYPE = [
    ("__defineGetter__", _define_accessor("Getter"), 2),
    ("__defineSetter__", _define_accessor("Setter"), 2),
    ("hasOwnProperty", proto_has_own_property, 1),
    ("__lookupGetter__", _lookup_accessor("Getter"), 1),
    ("__lookupSetter__", _lookup_accessor("Setter"), 1),
    ("isPrototypeOf", proto_is_prototype_of, 1),
    ("propertyIsEnumerable", proto_property_is_enumerable, 1),
    ("toString", proto_to_string, 0),
    ("valueOf", proto_value_of, 0),
]


def object_group_by(realm, this, args):
    """Object.groupBy (sec-object.groupby): a null-prototype object of arrays."""
    from jskernel.engine.builtins.collections import group_by
    groups = group_by(realm, arg(args, 0), arg(args, 1), True)
    obj = realm.new_object(None)
    for key, values in groups:
        obj.define_raw(key, realm.new_array(values), 7)
    return obj


class ImmutablePrototypeObject(JSObject):
    """%Object.prototype%: an immutable prototype exotic object (sec-immutable-prototype-exotic-objects)."""

    __slots__ = ()
    immutable_prototype = True

    def set_prototype_of(self, v) -> bool:
        """SetImmutablePrototype: only the current value is accepted."""
        return v is self.get_prototype_of()


def install(realm):
    proto = realm.intrinsics["%Object.prototype%"]
    if type(proto) is JSObject:
        proto.__class__ = ImmutablePrototypeObject
    make_constructor(realm, "Object", object_call, object_construct, 1, proto, STATIC, PROTOTYPE)
    getter = realm.new_native(proto_get_proto, "get __proto__", 0)
    setter = realm.new_native(proto_set_proto, "set __proto__", 1)
    proto.define_raw("__proto__", Accessor(getter, setter), CONFIGURABLE | ACCESSOR)
    proto.define_raw("toLocaleString", realm.new_native(proto_to_locale_string, "toLocaleString", 0),
                     CONFIGURABLE | 1)
