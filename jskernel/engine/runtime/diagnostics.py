"""Why did an internal method answer false?  V8's wording for the TypeErrors that
strict-mode assignment, `delete`, Object.defineProperty, Object.setPrototypeOf ...
throw when [[Set]] / [[Delete]] / [[DefineOwnProperty]] / [[SetPrototypeOf]] fail.

Owns only the explanations (which look at the object again, without side effects
for ordinary objects); the templates are in runtime/messages.py and the semantics
in runtime/objects.py, exotics.py and proxy.py.
"""

from __future__ import annotations

from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime.objects import ACCESSOR, DEFER, WRITABLE, JSObject
from jskernel.engine.runtime.values import UNDEFINED, JSSymbol


def key_text(key) -> str:
    return repr(key) if type(key) is JSSymbol else key


def constructor_name(o) -> str:
    """The class name V8 shows in `#<Name>` (the prototype chain's `constructor`, read raw)."""
    from jskernel.engine.runtime.proxy import is_proxy
    p = o
    seen = 0
    while isinstance(p, JSObject) and not is_proxy(p) and seen < 100:
        r = p.lookup_own("constructor")
        if r is not None and not r[1] & ACCESSOR:
            c = r[0]
            if isinstance(c, JSObject):
                n = c.lookup_own("name")
                if n is not None and type(n[0]) is str and n[0]:
                    return n[0]
            break
        p = p.proto
        seen += 1
    return "Object"


def describe(o) -> str:
    """`#<Object>`, `[object Array]`, `[object String]` ... as V8 names a receiver."""
    from jskernel.engine.runtime.exotics import JSArray, JSStringObject
    from jskernel.engine.runtime.proxy import is_proxy
    from jskernel.engine.runtime.functions import JSFunctionBase
    if isinstance(o, JSFunctionBase) and not is_proxy(o):
        from jskernel.engine.runtime.operations import ToDisplayString
        return ToDisplayString(o)      # V8 shows a function by its source text
    if isinstance(o, JSArray):
        return "[object Array]"
    if isinstance(o, JSStringObject):
        return "[object String]"
    if is_proxy(o):
        return "#<Object>"
    return f"#<{constructor_name(o)}>"


def describe_target(o) -> str:
    """`object '#<Object>'`, `function 'src'`, `string 'abc'`: the tail of read-only messages."""
    from jskernel.engine.runtime.functions import JSFunction, JSFunctionBase
    if type(o) is str:
        return f"string '{o}'"
    if type(o) is JSFunction:
        c = o.code
        return f"function '{c.source.text[c.start:c.end]}'"
    if isinstance(o, JSFunctionBase):
        return "function 'function () { [native code] }'"
    return f"object '{describe(o)}'"


def set_failure(o, key) -> str:
    """The message for a strict-mode [[Set]] of `key` on object `o` that returned false."""
    from jskernel.engine.runtime.exotics import JSSparseArray, _index
    from jskernel.engine.runtime.proxy import proxy_falsish_message
    if type(o) is JSSparseArray:
        if key == "length" and o.length_writable:
            # ArraySetLength stopped at a non-configurable element
            return M.DELETE_NONCONFIG.format(str(o.alength - 1), describe(o))
        if _index(key) >= o.alength and not o.length_writable:
            return M.READ_ONLY.format("length", describe_target(o))
    p = o
    while p is not None:
        r = p.lookup_own(key)
        if r is not None:
            v, attrs = r
            if v is DEFER and p.generic_properties:      # a module namespace's export
                return M.READ_ONLY.format(key_text(key), "object '[object Module]'")
            if v is DEFER:
                h = p.proxy_handler
                if h is not None and h.get("set", h) in (UNDEFINED, None):
                    p = p.proxy_target      # no set trap: the target's [[Set]] ran
                    continue
                return proxy_falsish_message(p, "set", key)
            if attrs & ACCESSOR:
                if v.set is UNDEFINED:
                    return M.ONLY_GETTER.format(key_text(key), describe(o))
                break
            if not attrs & WRITABLE:
                return M.READ_ONLY.format(key_text(key), describe_target(o))
            break
        p = p.proto
    r = o.lookup_own(key)
    if r is None and not o.extensible:
        return M.NOT_EXTENSIBLE.format(key_text(key))
    if r is not None and r[0] is DEFER:
        return proxy_falsish_message(o, "defineProperty", key)
    return M.READ_ONLY.format(key_text(key), describe_target(o))


def delete_failure(o, key) -> str:
    from jskernel.engine.runtime.proxy import proxy_falsish_message
    m = proxy_falsish_message(o, "deleteProperty", key)
    if m is not None:
        return m
    if o.generic_properties:           # a module namespace
        return M.DELETE_NONCONFIG.format(key_text(key), "[object Module]")
    return M.DELETE_NONCONFIG.format(key_text(key), describe(o))


def define_failure(o, key) -> str:
    """Object.defineProperty's message when [[DefineOwnProperty]] returned false."""
    from jskernel.engine.runtime.proxy import proxy_falsish_message
    m = proxy_falsish_message(o, "defineProperty", key)
    if m is not None:
        return m
    if o.generic_properties:           # a module namespace
        return M.REDEFINE.format(key_text(key))
    if o.lookup_own(key) is None and not o.extensible:
        return M.DEFINE_NOT_EXTENSIBLE.format(key_text(key))
    return M.REDEFINE.format(key_text(key))


def set_prototype_failure(o, proto) -> str:
    from jskernel.engine.runtime.proxy import proxy_falsish_message
    m = proxy_falsish_message(o, "setPrototypeOf", "undefined")
    if m is not None:
        return m
    if getattr(o, "immutable_prototype", False):
        return M.IMMUTABLE_PROTO.format("Object.prototype")
    if not o.extensible:
        return M.PROTO_NOT_EXTENSIBLE.format(describe(o))
    return M.CYCLIC_PROTO
