"""In-memory modules: a Loader (host/loading.py contract) over a dict of ModuleSources.

Owns `MapLoader`: modules keyed by a bare name (`define_module("util", src)` makes
`import x from "util"` work; URL "jskernel:module/util") or by URL; relative
specifiers (`./a.js`, `../b.mjs`) resolve against the importing module's URL within
the same scheme, so a test can lay out a small module tree entirely in memory.  What
it does not hold it hands to `fallback` (the file loader, engine/host/loader.py), so
it can be chained in front of it.
"""

from __future__ import annotations

import posixpath

from jskernel.engine.errors import JSError
from jskernel.engine.host.loading import CJS, ESM, JSON, ModuleSource
from jskernel.engine.text import to_js

NAME_PREFIX = "jskernel:module/"


def _split(url: str):
    """(scheme with colon, path) of a URL such as "jskernel:/dir/a.js" or "file:///x"."""
    i = url.find(":")
    if i <= 1:          # a Windows drive letter or no scheme
        return "", url
    return url[:i + 1], url[i + 1:]


def join_url(referrer: str, specifier: str) -> str:
    """`specifier` (./x, ../x, /x) resolved against the URL `referrer`."""
    scheme, path = _split(referrer)
    prefix = ""
    if path.startswith("//"):                  # file:///abs: keep the (empty) authority
        j = path.find("/", 2)
        prefix, path = (path, "") if j < 0 else (path[:j], path[j:])
    if specifier.startswith("/"):
        new = posixpath.normpath(specifier)
    else:
        new = posixpath.normpath(posixpath.join(posixpath.dirname(path) or ".", specifier))
        if path.startswith("/") and not new.startswith("/"):
            new = "/" + new
    return scheme + prefix + new


class MapLoader:
    """A Loader over in-memory modules: {name-or-url: ModuleSource or source text}."""

    def __init__(self, modules: dict | None = None, fallback=None):
        self.by_url: dict[str, ModuleSource] = {}
        self.names: dict[str, str] = {}
        self.fallback = fallback
        for key, value in (modules or {}).items():
            self.add(key, value)

    def add(self, key: str, source, kind: str | None = None) -> str:
        """Register a module under a bare name or a URL (a key with a scheme); returns its
        URL.  `source` is a ModuleSource or text (kind: ESM, or JSON for a .json key)."""
        if isinstance(source, ModuleSource):
            ms = source
            if not ms.url:
                ms.url = key if ":" in key else NAME_PREFIX + key
        else:
            url = key if ":" in key else NAME_PREFIX + key
            if kind is None:
                kind = JSON if key.endswith(".json") else ESM
            ms = ModuleSource(url=url, kind=kind, source=to_js(source))
        if ":" not in key:
            self.names[key] = ms.url
        self.by_url[ms.url] = ms
        return ms.url

    def remove(self, key: str):
        url = self.names.pop(key, key)
        self.by_url.pop(url, None)

    def __contains__(self, key):
        return key in self.names or key in self.by_url

    def __bool__(self):
        return bool(self.by_url)

    # -- the Loader protocol -----------------------------------------------------------------------
    def resolve(self, specifier: str, referrer: str | None, attributes: dict | None = None) -> str:
        url = self.names.get(specifier)
        if url is not None:
            return url
        if specifier in self.by_url:
            return specifier
        if referrer and specifier.startswith(("./", "../", "/")):
            url = join_url(referrer, specifier)
            if url in self.by_url:
                return url
        if self.fallback is not None:
            return self.fallback.resolve(specifier, referrer, attributes)
        shown = f" imported from {referrer}" if referrer else ""
        err = JSError("Error", f"Cannot find module '{specifier}'{shown}")
        err.code = "ERR_MODULE_NOT_FOUND"
        raise err

    def load(self, url: str, attributes: dict | None = None) -> ModuleSource:
        ms = self.by_url.get(url)
        if ms is not None:
            return ms
        if self.fallback is not None:
            return self.fallback.load(url, attributes)
        err = JSError("Error", f"Cannot find module '{url}'")
        err.code = "ERR_MODULE_NOT_FOUND"
        raise err

    def commonjs_exports(self, realm, source: ModuleSource):
        if self.fallback is not None and source.url not in self.by_url:
            return self.fallback.commonjs_exports(realm, source)
        raise JSError("Error", f"CommonJS module '{source.url}' cannot be loaded from memory")


__all__ = ["MapLoader", "join_url", "ESM", "JSON", "CJS"]
