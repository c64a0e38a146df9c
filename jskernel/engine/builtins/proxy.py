"""%Proxy% and Proxy.revocable (sec-proxy-objects).  The proxy objects themselves
and their internal methods are in runtime/proxy.py."""

from __future__ import annotations

from jskernel.engine.builtins import arg
from jskernel.engine.runtime.objects import WRITABLE, CONFIGURABLE, throw_type_error
from jskernel.engine.runtime.proxy import ProxyCreate
from jskernel.engine.runtime.values import UNDEFINED


def proxy_call(realm, this, args):
    throw_type_error("Constructor Proxy requires 'new'")


def proxy_construct(realm, args, new_target):
    return ProxyCreate(realm, arg(args, 0), arg(args, 1))


def proxy_revocable(realm, this, args):
    """sec-proxy.revocable: {proxy, revoke}; revoke() detaches target and handler once."""
    p = ProxyCreate(realm, arg(args, 0), arg(args, 1))
    state = [p]

    def revoke(realm, this, args):
        proxy = state[0]
        if proxy is not None:
            state[0] = None
            proxy.proxy_target = None
            proxy.proxy_handler = None
        return UNDEFINED

    result = realm.new_object()
    result.define_raw("proxy", p)
    result.define_raw("revoke", realm.new_native(revoke, "", 0))
    return result


def install(realm):
    ctor = realm.new_native(proxy_call, "Proxy", 2, proxy_construct)
    ctor.define_raw("revocable", realm.new_native(proxy_revocable, "revocable", 2), WRITABLE | CONFIGURABLE)
    realm.intrinsics["%Proxy%"] = ctor
    realm.global_object.define_raw("Proxy", ctor, WRITABLE | CONFIGURABLE)
