"""The test262 host's module loader (INTERPRETING.md, "Modules").

Owns `Test262Loader`, a Loader (jskernel/engine/host/loading.py contract) for module
tests: a relative specifier (`./x_FIXTURE.js`) names a file beside the importing file
(or beside the test, from script code); `.json` files are JSON modules and everything
else is ES module source -- test262's fixtures are modules whatever their extension,
which node's file rules (the engine's default FileLoader) would not give.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

from jskernel.engine.errors import JSError
from jskernel.engine.host.loading import ESM, JSON, ModuleSource
from jskernel.engine.text import to_js


class Test262Loader:
    def __init__(self, test_path: str):
        self.base = os.path.dirname(os.path.abspath(test_path))

    def resolve(self, specifier, referrer, attributes=None):
        if referrer and referrer.startswith("file:"):
            base = os.path.dirname(unquote(urlparse(referrer).path))
        else:
            base = self.base
        if specifier.startswith(("./", "../", "/")):
            return Path(os.path.normpath(os.path.join(base, specifier))).as_uri()
        if specifier.startswith("file:"):
            return specifier
        raise JSError("TypeError", f"Failed to resolve module specifier \"{specifier}\"")

    def load(self, url, attributes=None):
        path = unquote(urlparse(url).path)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            raise JSError("Error", f"Cannot find module '{path}'") from None
        kind = JSON if path.endswith(".json") else ESM
        return ModuleSource(url=url, kind=kind, source=to_js(text), path=path)

    def commonjs_exports(self, realm, source):
        raise JSError("Error", "test262 has no CommonJS modules")
