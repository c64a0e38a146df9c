"""Proxy exotic objects (sec-proxy-object-internal-methods-and-internal-slots).

Owns: `JSProxy` (target is not callable) and `JSCallableProxy` (target callable:
[[Call]], and [[Construct]] if the target is a constructor), both built on
`ProxyMethods`, which implements every internal method through the handler's trap
with every invariant check of the spec and V8's error wording; `ProxyCreate`;
`proxy_falsish_message` for callers that throw when a trap answers false.

A proxy has an empty shape, so inline caches never cache it; its raw own-property
primitives answer DEFER (runtime/objects.py), which makes the ordinary chain walks
(an object whose prototype is a proxy) hand the operation to the proxy.  `proto`
and `extensible` are properties that run [[GetPrototypeOf]] / [[IsExtensible]]
(and their setters [[SetPrototypeOf]] / [[PreventExtensions]]), so engine code
reading those fields observes the traps.  The `Proxy` constructor is in
builtins/proxy.py.
"""

from __future__ import annotations

from jskernel.engine.runtime.functions import JSFunctionBase
from jskernel.engine.runtime.objects import (
    ACCESSOR, CONFIGURABLE, DEFER, ENUMERABLE, ROOT_SHAPE, WRITABLE, JSObject, PropertyDescriptor,
    CompletePropertyDescriptor, FromPropertyDescriptor, IsCompatiblePropertyDescriptor,
    ToPropertyDescriptor, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, UNDEFINED, JSSymbol

def _key(key) -> str:
    return repr(key) if type(key) is JSSymbol else key


def _show(v) -> str:
    """How V8 renders a value inside proxy invariant messages."""
    from jskernel.engine.runtime import operations as ops
    from jskernel.engine.runtime.exotics import JSArray
    if isinstance(v, JSArray):
        return "[object Array]"
    if isinstance(v, JSFunctionBase):
        return "function"
    if isinstance(v, JSObject):
        return "#<Object>"
    if type(v) is JSSymbol:
        return repr(v)
    return ops.ToDisplayString(v)


def _bool(v) -> bool:
    from jskernel.engine.runtime.operations import ToBoolean
    return ToBoolean(v)


class ProxyMethods:
    """The Proxy internal methods, shared by the plain and the callable proxy class."""

    __slots__ = ()
    ordinary_get_prototype_of = False

    # -- plumbing ------------------------------------------------------------------------
    def _trap(self, name):
        """(handler, target, trap or None); a revoked proxy throws."""
        handler = self.proxy_handler
        if handler is None:
            throw_type_error(f"Cannot perform '{name}' on a proxy that has been revoked")
        trap = handler.get(name, handler)
        if trap is UNDEFINED or trap is None:
            return handler, self.proxy_target, None
        if not isinstance(trap, JSFunctionBase):
            throw_type_error(f"'{_show(trap)}' returned for property '{name}' of object "
                             f"'#<Object>' is not a function")
        return handler, self.proxy_target, trap

    def _call(self, trap, handler, args):
        return self.realm.vm.call_function(trap, handler, args)

    # `proto` / `extensible` read by engine code run the traps
    @property
    def proto(self):
        return self.get_prototype_of()

    @proto.setter
    def proto(self, v):
        self.set_prototype_of(v)

    @property
    def extensible(self):
        return self.is_extensible()

    @extensible.setter
    def extensible(self, v):
        if not v:
            self.prevent_extensions()

    # raw primitives: hand the work back to the internal methods
    def get_own(self, key):
        return DEFER

    def lookup_own(self, key):
        return DEFER, ACCESSOR

    def set_own_data(self, key, value) -> bool:
        """OrdinarySetWithOwnDescriptor steps 2.c-e with this proxy as the receiver."""
        existing = self.get_own_property(key)
        if existing is not None:
            if existing.is_accessor() or existing.writable is False:
                return False
            return self.define_own_property(key, PropertyDescriptor(value=value))
        return self.define_own_property(key, PropertyDescriptor(value, writable=True, enumerable=True,
                                                                configurable=True))

    def define_raw(self, key, value, attrs=7):
        if attrs & ACCESSOR:
            d = PropertyDescriptor(get=value.get, set=value.set)
        else:
            d = PropertyDescriptor(value=value, writable=bool(attrs & WRITABLE))
        d.enumerable = bool(attrs & ENUMERABLE)
        d.configurable = bool(attrs & CONFIGURABLE)
        self.define_own_property(key, d)

    def remove_own(self, key) -> bool:
        return self.delete(key)

    # -- internal methods ---------------------------------------------------------------
    def get_prototype_of(self):
        """sec-proxy-object-internal-methods-and-internal-slots-getprototypeof"""
        handler, target, trap = self._trap("getPrototypeOf")
        if trap is None:
            return target.get_prototype_of()
        # 7. handlerProto must be an Object or null
        proto = self._call(trap, handler, [target])
        if proto is not None and not isinstance(proto, JSObject):
            throw_type_error("'getPrototypeOf' on proxy: trap returned neither object nor null")
        # 9.-11. a non-extensible target pins the answer
        if target.is_extensible():
            return proto
        if proto is not target.get_prototype_of():
            throw_type_error("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap "
                             "did not return its actual prototype")
        return proto

    def set_prototype_of(self, v) -> bool:
        """sec-proxy-object-internal-methods-and-internal-slots-setprototypeof-v"""
        handler, target, trap = self._trap("setPrototypeOf")
        if trap is None:
            return target.set_prototype_of(v)
        if not _bool(self._call(trap, handler, [target, v])):
            return False
        if target.is_extensible():
            return True
        if v is not target.get_prototype_of():
            throw_type_error("'setPrototypeOf' on proxy: trap returned truish for setting a new "
                             "prototype on the non-extensible proxy target")
        return True

    def is_extensible(self) -> bool:
        """sec-proxy-object-internal-methods-and-internal-slots-isextensible"""
        handler, target, trap = self._trap("isExtensible")
        if trap is None:
            return target.is_extensible()
        result = _bool(self._call(trap, handler, [target]))
        actual = target.is_extensible()
        if result != actual:
            throw_type_error("'isExtensible' on proxy: trap result does not reflect extensibility of "
                             f"proxy target (which is '{'true' if actual else 'false'}')")
        return result

    def prevent_extensions(self) -> bool:
        """sec-proxy-object-internal-methods-and-internal-slots-preventextensions"""
        handler, target, trap = self._trap("preventExtensions")
        if trap is None:
            return target.prevent_extensions()
        result = _bool(self._call(trap, handler, [target]))
        if result and target.is_extensible():
            throw_type_error("'preventExtensions' on proxy: trap returned truish but the proxy target "
                             "is extensible")
        return result

    def get_own_property(self, key):
        """sec-proxy-object-internal-methods-and-internal-slots-getownproperty-p"""
        handler, target, trap = self._trap("getOwnPropertyDescriptor")
        if trap is None:
            return target.get_own_property(key)
        pre = "'getOwnPropertyDescriptor' on proxy: trap"
        k = _key(key)
        # 8. trapResultObj = Call(trap, handler, « target, P »)
        result = self._call(trap, handler, [target, key])
        # 9. neither Object nor undefined -> TypeError
        if result is not UNDEFINED and not isinstance(result, JSObject):
            throw_type_error(f"{pre} returned neither object nor undefined for property '{k}'")
        target_desc = target.get_own_property(key)
        # 11. trap says "absent"
        if result is UNDEFINED:
            if target_desc is None:
                return None
            if target_desc.configurable is False:
                throw_type_error(f"{pre} returned undefined for property '{k}' which is "
                                 "non-configurable in the proxy target")
            if not target.is_extensible():
                throw_type_error(f"{pre} returned undefined for property '{k}' which exists in the "
                                 "non-extensible proxy target")
            return None
        # 12.-15. the reported descriptor must be compatible with the target's
        extensible = target.is_extensible()
        desc = CompletePropertyDescriptor(ToPropertyDescriptor(result))
        if not IsCompatiblePropertyDescriptor(extensible, desc, target_desc):
            throw_type_error(f"{pre} returned descriptor for property '{k}' that is incompatible with "
                             "the existing property in the proxy target")
        # 16. reported non-configurable must be true of the target
        if desc.configurable is False:
            if target_desc is None or target_desc.configurable is True:
                throw_type_error(f"{pre} reported non-configurability for property '{k}' which is "
                                 "either non-existent or configurable in the proxy target")
            if desc.writable is False and target_desc.writable is True:
                throw_type_error(f"{pre} reported non-configurable and writable for property '{k}' "
                                 "which is non-configurable, non-writable in the proxy target")
        return desc

    def define_own_property(self, key, desc) -> bool:
        """sec-proxy-object-internal-methods-and-internal-slots-defineownproperty-p-desc"""
        handler, target, trap = self._trap("defineProperty")
        if trap is None:
            return target.define_own_property(key, desc)
        pre = "'defineProperty' on proxy: trap returned truish for"
        k = _key(key)
        desc_obj = FromPropertyDescriptor(self.realm, desc)
        if not _bool(self._call(trap, handler, [target, key, desc_obj])):
            return False
        target_desc = target.get_own_property(key)
        extensible = target.is_extensible()
        setting_config_false = desc.configurable is False
        if target_desc is None:
            # 14. adding a property
            if not extensible:
                throw_type_error(f"{pre} adding property '{k}'  to the non-extensible proxy target")
            if setting_config_false:
                throw_type_error(f"{pre} defining non-configurable property '{k}' which is either "
                                 "non-existent or configurable in the proxy target")
        else:
            # 15. changing one
            if not IsCompatiblePropertyDescriptor(extensible, desc, target_desc):
                throw_type_error(f"{pre} adding property '{k}'  that is incompatible with the existing "
                                 "property in the proxy target")
            if setting_config_false and target_desc.configurable is True:
                throw_type_error(f"{pre} defining non-configurable property '{k}' which is either "
                                 "non-existent or configurable in the proxy target")
            if not target_desc.is_accessor() and target_desc.configurable is False \
                    and target_desc.writable is True and desc.writable is False:
                throw_type_error(f"{pre} defining non-configurable property '{k}' which cannot be "
                                 "non-writable, unless there exists a corresponding non-configurable, "
                                 "non-writable own property of the target object.")
        return True

    def has_property(self, key) -> bool:
        """sec-proxy-object-internal-methods-and-internal-slots-hasproperty-p"""
        handler, target, trap = self._trap("has")
        if trap is None:
            return target.has_property(key)
        result = _bool(self._call(trap, handler, [target, key]))
        if not result:
            target_desc = target.get_own_property(key)
            if target_desc is not None:
                if target_desc.configurable is False:
                    throw_type_error(f"'has' on proxy: trap returned falsish for property '{_key(key)}' "
                                     "which exists in the proxy target as non-configurable")
                if not target.is_extensible():
                    throw_type_error(f"'has' on proxy: trap returned falsish for property '{_key(key)}' "
                                     "but the proxy target is not extensible")
        return result

    def get(self, key, receiver=ABSENT):
        """sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver"""
        if receiver is ABSENT:
            receiver = self
        handler, target, trap = self._trap("get")
        if trap is None:
            return target.get(key, receiver)
        value = self._call(trap, handler, [target, key, receiver])
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            if not target_desc.is_accessor() and target_desc.writable is False:
                from jskernel.engine.runtime.operations import SameValue
                if not SameValue(value, target_desc.value):
                    throw_type_error(
                        f"'get' on proxy: property '{_key(key)}' is a read-only and non-configurable "
                        "data property on the proxy target but the proxy did not return its actual "
                        f"value (expected '{_show(target_desc.value)}' but got '{_show(value)}')")
            if target_desc.is_accessor() and target_desc.get is UNDEFINED and value is not UNDEFINED:
                throw_type_error(
                    f"'get' on proxy: property '{_key(key)}' is a non-configurable accessor property on "
                    "the proxy target and does not have a getter function, but the trap did not return "
                    f"'undefined' (got '{_show(value)}')")
        return value

    def set(self, key, value, receiver=ABSENT) -> bool:
        """sec-proxy-object-internal-methods-and-internal-slots-set-p-v-receiver"""
        if receiver is ABSENT:
            receiver = self
        handler, target, trap = self._trap("set")
        if trap is None:
            return target.set(key, value, receiver)
        if not _bool(self._call(trap, handler, [target, key, value, receiver])):
            return False
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            pre = f"'set' on proxy: trap returned truish for property '{_key(key)}' which exists in the " \
                  "proxy target as a non-configurable and non-writable"
            if not target_desc.is_accessor() and target_desc.writable is False:
                from jskernel.engine.runtime.operations import SameValue
                if not SameValue(value, target_desc.value):
                    throw_type_error(f"{pre} data property with a different value")
            if target_desc.is_accessor() and target_desc.set is UNDEFINED:
                throw_type_error(f"{pre} accessor property without a setter")
        return True

    def delete(self, key) -> bool:
        """sec-proxy-object-internal-methods-and-internal-slots-delete-p"""
        handler, target, trap = self._trap("deleteProperty")
        if trap is None:
            return target.delete(key)
        if not _bool(self._call(trap, handler, [target, key])):
            return False
        target_desc = target.get_own_property(key)
        if target_desc is None:
            return True
        pre = f"'deleteProperty' on proxy: trap returned truish for property '{_key(key)}'"
        if target_desc.configurable is False:
            throw_type_error(f"{pre} which is non-configurable in the proxy target")
        if not target.is_extensible():
            throw_type_error(f"{pre} but the proxy target is non-extensible")
        return True

    def own_keys(self):
        """sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys"""
        handler, target, trap = self._trap("ownKeys")
        if trap is None:
            return target.own_keys()
        from jskernel.engine.runtime import operations as ops
        arr = self._call(trap, handler, [target])
        # 7. CreateListFromArrayLike(trapResultArray, « String, Symbol »)
        if not isinstance(arr, JSObject):
            throw_type_error("CreateListFromArrayLike called on non-object")
        n = ops.ToLength(arr.get("length", arr))
        keys = []
        for i in range(n):
            k = arr.get(str(i), arr)
            if type(k) is not str and type(k) is not JSSymbol:
                throw_type_error(f"{_show(k)} is not a valid property name")
            keys.append(k)
        # 8. no duplicates
        if len(set(keys)) != len(keys):
            throw_type_error("'ownKeys' on proxy: trap returned duplicate entries")
        extensible = target.is_extensible()
        target_keys = target.own_keys()
        configurable, nonconfigurable = [], []
        for k in target_keys:
            d = target.get_own_property(k)
            (nonconfigurable if d is not None and d.configurable is False else configurable).append(k)
        if extensible and not nonconfigurable:
            return keys
        unchecked = dict.fromkeys(keys)
        for k in nonconfigurable:
            if k not in unchecked:
                throw_type_error(f"'ownKeys' on proxy: trap result did not include '{_key(k)}'")
            del unchecked[k]
        if extensible:
            return keys
        for k in configurable:
            if k not in unchecked:
                throw_type_error(f"'ownKeys' on proxy: trap result did not include '{_key(k)}'")
            del unchecked[k]
        if unchecked:
            throw_type_error("'ownKeys' on proxy: trap returned extra keys but proxy target is "
                             "non-extensible")
        return keys


def _init(p, realm, target, handler, class_name):
    p.shape = ROOT_SHAPE
    p.slots = []
    p.class_name = class_name
    p.internal = None
    p.realm = realm
    p.proxy_target = target
    p.proxy_handler = handler


class JSProxy(ProxyMethods, JSObject):
    """A proxy whose target is not callable."""

    __slots__ = ("realm", "proxy_target", "proxy_handler")

    def __init__(self, realm, target, handler):
        _init(self, realm, target, handler, "Object")

    def __repr__(self):
        return "<JSProxy>"


class JSCallableProxy(ProxyMethods, JSFunctionBase):
    """A proxy whose target is callable: [[Call]], and [[Construct]] when the target has it."""

    __slots__ = ("proxy_target", "proxy_handler", "constructor_flag")

    def __init__(self, realm, target, handler):
        _init(self, realm, target, handler, "Function")
        self.constructor_flag = target.is_constructor()

    def is_constructor(self) -> bool:
        return self.constructor_flag

    def call(self, this, args):
        """sec-proxy-object-internal-methods-and-internal-slots-call-thisargument-argumentslist"""
        handler, target, trap = self._trap("apply")
        vm = self.realm.vm
        if trap is None:
            return vm.call_function(target, this, args)
        return vm.call_function(trap, handler, [target, this, self.realm.new_array(list(args))])

    def construct_fn(self, realm, args, new_target):
        """sec-proxy-object-internal-methods-and-internal-slots-construct-argumentslist-newtarget"""
        handler, target, trap = self._trap("construct")
        vm = self.realm.vm
        if trap is None:
            return vm.construct(target, args, new_target)
        obj = vm.call_function(trap, handler, [target, self.realm.new_array(list(args)), new_target])
        if not isinstance(obj, JSObject):
            throw_type_error(f"'construct' on proxy: trap returned non-object ('{_show(obj)}')")
        return obj

    def __repr__(self):
        return "<JSCallableProxy>"


def ProxyCreate(realm, target, handler):
    """sec-proxycreate"""
    if not isinstance(target, JSObject) or not isinstance(handler, JSObject):
        throw_type_error("Cannot create proxy with a non-object as target or handler")
    cls = JSCallableProxy if isinstance(target, JSFunctionBase) else JSProxy
    return realm.heap.allocate(cls, realm, target, handler)


def is_proxy(o) -> bool:
    return isinstance(o, ProxyMethods)


def proxy_falsish_message(o, trap, key=ABSENT):
    """V8's message when a proxy's trap answered false where the caller must throw;
    None when `o` is not a proxy."""
    if not isinstance(o, ProxyMethods):
        return None
    if key is ABSENT:
        return f"'{trap}' on proxy: trap returned falsish"
    return f"'{trap}' on proxy: trap returned falsish for property '{_key(key)}'"


def IsArray(o) -> bool:
    """sec-isarray: Array exotic objects, also behind (unrevoked) proxies."""
    from jskernel.engine.runtime.exotics import JSArray
    while True:
        if isinstance(o, JSArray):
            return True
        if not isinstance(o, ProxyMethods):
            return False
        if o.proxy_handler is None:
            throw_type_error("Cannot perform 'IsArray' on a proxy that has been revoked")
        o = o.proxy_target
