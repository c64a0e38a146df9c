"""node's built-in module names, and what jskernel answers when one is imported or required.

Owns the list of node 20's built-in module names (`require("module").builtinModules`
plus the `node:`-only ones), `builtin_name(specifier)` (the name a specifier refers to,
or None) and `builtin_error(specifier)`: jskernel provides none of node's built-in
modules yet, so `fs`, `node:fs` ... fail with a clear LoaderError (node's
ERR_UNKNOWN_BUILTIN_MODULE wording for a `node:x` node itself does not know).  When a
built-in is implemented, it is served from here.
"""

from __future__ import annotations

from jskernel.engine.host import node_errors as E

NODE_BUILTINS = frozenset("""
_http_agent _http_client _http_common _http_incoming _http_outgoing _http_server _stream_duplex
_stream_passthrough _stream_readable _stream_transform _stream_wrap _stream_writable _tls_common
_tls_wrap assert assert/strict async_hooks buffer child_process cluster console constants crypto
dgram diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https inspector
inspector/promises module net os path path/posix path/win32 perf_hooks process punycode querystring
readline readline/promises repl stream stream/consumers stream/promises stream/web string_decoder
sys timers timers/promises tls trace_events tty url util util/types v8 vm wasi worker_threads zlib
""".split())

# reachable only with the node: prefix
NODE_PREFIX_ONLY = frozenset({"test", "test/reporters", "sea"})


def is_builtin(specifier: str) -> bool:
    """True for `fs`, `node:fs`, `node:test` and any other `node:` specifier."""
    if specifier.startswith("node:"):
        return True
    return specifier in NODE_BUILTINS


def builtin_error(specifier: str) -> E.LoaderError:
    """The error for importing/requiring the built-in `specifier` (node:x or a bare name)."""
    name = specifier[5:] if specifier.startswith("node:") else specifier
    if specifier.startswith("node:") and name not in NODE_BUILTINS and name not in NODE_PREFIX_ONLY:
        return E.LoaderError("Error", E.UNKNOWN_BUILTIN.format(specifier), "ERR_UNKNOWN_BUILTIN_MODULE")
    return E.LoaderError("Error", E.UNPROVIDED_BUILTIN.format(name), "ERR_UNKNOWN_BUILTIN_MODULE")
