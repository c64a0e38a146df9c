"""The contract between the module system and the host's module loader.

The module system (runtime/modules.py: module records, linking, evaluation, namespaces,
dynamic `import()`) never touches the file system: it asks the engine's loader, an object
with the two methods of `Loader`, to turn a specifier into a module URL and a URL into a
`ModuleSource`.  The file loader (host/loader.py: node's resolution, node_modules,
package.json `exports`, CommonJS) is the default one; tests and the test262 host may pass
their own.  This module owns only the shapes both sides agree on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

# What a module's source is; decides which kind of module record is built from it.
ESM = "esm"          # Source Text Module Record (ParseModule)
JSON = "json"        # synthetic module: `default` is JSON.parse(source)
CJS = "cjs"          # synthetic module: `default` is module.exports, plus detected names
KINDS = (ESM, JSON, CJS)


@dataclass
class ModuleSource:
    """What `Loader.load` returns.

    url:    the module's key and its `import.meta.url` (e.g. "file:///abs/dir/x.mjs",
            "jskernel:cell/In[3]", "jskernel:module/name" for an in-memory module)
    kind:   one of ESM, JSON, CJS
    source: the module's text (JS source, or JSON text); converted with text.to_js
            by the loader
    path:   the file system path when there is one (stacks, __filename), else None
    """
    url: str
    kind: str
    source: str
    path: str | None = None
    extra: dict = field(default_factory=dict)


class Loader(Protocol):
    def resolve(self, specifier: str, referrer: str | None,
                attributes: dict[str, str] | None = None) -> str:
        """HostLoadImportedModule's first half: the URL that `specifier` names when
        imported from the module whose URL is `referrer` (None: from a script or cell,
        relative to the host's base directory).  Raises engine.errors.JSError (node's
        wording and error name, e.g. Error "Cannot find module '/x/y' imported from /x/z")
        when it cannot."""

    def load(self, url: str, attributes: dict[str, str] | None = None) -> ModuleSource:
        """The module's source for a URL `resolve` returned (raises JSError when it is
        gone, unreadable, or its `type` attribute does not match, e.g. a JSON file
        imported without `with { type: "json" }`)."""

    def commonjs_exports(self, realm, source: ModuleSource) -> tuple[object, list[str]]:
        """Evaluate a CJS module (once; later calls return the cached module.exports) and
        return (module.exports, the export names detected statically from its source).
        Raises ThrowCompletion when the module throws."""
