"""node's CommonJS resolution: what `require(X)` / `require.resolve(X)` names.

Follows node's "All together" pseudocode (https://nodejs.org/api/modules.html#all-together):
LOAD_AS_FILE (X, X.js, X.json, X.node), LOAD_INDEX, LOAD_AS_DIRECTORY (package.json
"main", then index), LOAD_PACKAGE_IMPORTS ("#x"), LOAD_PACKAGE_SELF, LOAD_NODE_MODULES
over NODE_MODULES_PATHS with LOAD_PACKAGE_EXPORTS (conditions ["require", "node",
"default"]) and RESOLVE_ESM_MATCH, then the GLOBAL_FOLDERS ($NODE_PATH, ~/.node_modules,
~/.node_libraries).  The `exports` / `imports` machinery itself is host/resolve.py's.
Returns real paths (symlinks resolved, as node does), or "node:<name>" for a built-in
name.  Errors are node's: MODULE_NOT_FOUND with "Cannot find module 'x'\nRequire
stack:\n- /abs/parent.js" and `requireStack`.
"""

from __future__ import annotations

import os

from jskernel.engine.host import node_errors as E
from jskernel.engine.host.builtin_modules import NODE_BUILTINS
from jskernel.engine.host.package_json import InvalidPackageConfig, lookup_package_scope, read_package_json
from jskernel.engine.host.resolve import REQUIRE_CONDITIONS, UNDEF, Resolver

EXTENSIONS = (".js", ".json", ".node")


def node_modules_paths(start_dir: str) -> list[str]:
    """NODE_MODULES_PATHS(START): START/node_modules, then each parent's (skipping
    folders that are themselves node_modules)."""
    out = []
    d = os.path.normpath(start_dir)
    while True:
        if os.path.basename(d) != "node_modules":
            out.append(os.path.join(d, "node_modules"))
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    return out


def global_folders() -> list[str]:
    """GLOBAL_FOLDERS that require() searches after node_modules: $NODE_PATH's entries,
    then $HOME/.node_modules and $HOME/.node_libraries (node's $PREFIX/lib/node belongs
    to a node installation and has no jskernel counterpart)."""
    out = [os.path.abspath(p) for p in os.environ.get("NODE_PATH", "").split(os.pathsep) if p]
    home = os.environ.get("HOME")
    if home:
        out += [os.path.join(home, ".node_modules"), os.path.join(home, ".node_libraries")]
    return out


def is_relative_request(x: str) -> bool:
    return x in (".", "..") or x.startswith(("./", "../", "/"))


class CJSResolver:
    """require.resolve for one parent module (`parent_dir`; `require_stack`: filenames,
    innermost first, for the MODULE_NOT_FOUND message)."""

    def __init__(self, parent_dir: str, require_stack: list[str], paths: list[str] | None = None):
        self.parent_dir = parent_dir
        self.require_stack = require_stack
        self.paths = paths
        self.esm = Resolver(REQUIRE_CONDITIONS, base=None, esm=False)

    def not_found(self, request: str) -> E.LoaderError:
        msg = E.MODULE_NOT_FOUND_CJS.format(request)
        if self.require_stack:
            msg += "\nRequire stack:\n- " + "\n- ".join(self.require_stack)
        return E.LoaderError("Error", msg, "MODULE_NOT_FOUND", {"requireStack": list(self.require_stack)})

    def resolve(self, x: str) -> str:
        if x.startswith("node:") or x in NODE_BUILTINS:
            return x if x.startswith("node:") else "node:" + x
        if is_relative_request(x):
            base = x if x.startswith("/") else os.path.join(self.parent_dir, x)
            found = None
            if not x.endswith("/"):
                found = self.load_as_file(os.path.normpath(base))
            if found is None:
                found = self.load_as_directory(os.path.normpath(base), x)
            if found is None:
                raise self.not_found(x)
            return os.path.realpath(found)
        if x.startswith("#"):
            found = self.load_package_imports(x)
            if found is not None:
                return found
        else:
            found = self.load_package_self(x)
            if found is not None:
                return found
        found = self.load_node_modules(x)
        if found is None:
            raise self.not_found(x)
        return os.path.realpath(found)

    # -- files and folders ------------------------------------------------------------------------
    @staticmethod
    def load_as_file(x: str) -> str | None:
        if os.path.isfile(x):
            return x
        for ext in EXTENSIONS:
            if os.path.isfile(x + ext):
                return x + ext
        return None

    @staticmethod
    def load_index(x: str) -> str | None:
        for ext in EXTENSIONS:
            p = os.path.join(x, "index" + ext)
            if os.path.isfile(p):
                return p
        return None

    def load_as_directory(self, x: str, request: str) -> str | None:
        pjson_path = os.path.join(x, "package.json")
        try:
            pjson = read_package_json(pjson_path)
        except InvalidPackageConfig as e:
            raise self.esm.invalid_config(e) from None
        if pjson is not None and pjson.main:
            m = os.path.normpath(os.path.join(x, pjson.main))
            found = self.load_as_file(m) or self.load_index(m) or self.load_index(x)
            if found is None:
                raise E.LoaderError(
                    "Error", f"Cannot find module '{m}'. Please verify that the package.json has a "
                    "valid \"main\" entry", "MODULE_NOT_FOUND", {"path": pjson_path, "requestPath": request})
            return found
        return self.load_index(x)

    # -- packages ---------------------------------------------------------------------------------
    def load_node_modules(self, x: str) -> str | None:
        dirs = self.paths if self.paths is not None else \
            node_modules_paths(self.parent_dir) + global_folders()
        for d in dirs:
            found = self.load_package_exports(x, d)
            if found is not None:
                return found
            p = os.path.normpath(os.path.join(d, x))
            found = self.load_as_file(p) if not x.endswith("/") else None
            if found is None and os.path.isdir(p):
                found = self.load_as_directory(p, x)
            if found is not None:
                return found
        return None

    def _split_name(self, x: str):
        parts = x.split("/")
        if x.startswith("@"):
            if len(parts) < 2 or not parts[1]:
                return None
            return "/".join(parts[:2]), x[len(parts[0]) + 1 + len(parts[1]):]
        return parts[0], x[len(parts[0]):]

    def load_package_exports(self, x: str, d: str) -> str | None:
        split = self._split_name(x)
        if split is None:
            return None
        name, subpath = split
        pjson_path = os.path.join(d, name, "package.json")
        if not os.path.isfile(pjson_path):
            return None
        try:
            pjson = read_package_json(pjson_path)
        except InvalidPackageConfig as e:
            raise self.esm.invalid_config(e) from None
        if pjson is None or pjson.exports is None:
            return None
        match = self.esm.package_exports_resolve(os.path.join(d, name), "." + subpath, pjson.exports)
        return self.resolve_esm_match(match, pjson_path)

    def load_package_self(self, x: str) -> str | None:
        try:
            scope = lookup_package_scope(os.path.join(self.parent_dir, "x"))
        except InvalidPackageConfig as e:
            raise self.esm.invalid_config(e) from None
        if scope is None or scope.exports is None or not scope.name:
            return None
        if x != scope.name and not x.startswith(scope.name + "/"):
            return None
        match = self.esm.package_exports_resolve(scope.directory, "." + x[len(scope.name):], scope.exports)
        return self.resolve_esm_match(match, scope.path)

    def load_package_imports(self, x: str) -> str | None:
        try:
            scope = lookup_package_scope(os.path.join(self.parent_dir, "x"))
        except InvalidPackageConfig as e:
            raise self.esm.invalid_config(e) from None
        if scope is None or scope.imports is None:
            return None
        self.esm.base = self.require_stack[0] if self.require_stack else None
        try:
            match = self.esm.package_imports_resolve(x, os.path.join(self.parent_dir, "x"))
        finally:
            self.esm.base = None
        return self.resolve_esm_match(match, scope.path)

    def resolve_esm_match(self, match, pjson_path: str) -> str:
        if match is None or match is UNDEF:
            raise self.not_found(pjson_path)
        if match.startswith("node:"):
            return match
        if os.path.isfile(match):
            return os.path.realpath(match)
        raise E.LoaderError("Error", E.MODULE_NOT_FOUND_CJS.format(match), "MODULE_NOT_FOUND",
                            {"path": pjson_path})
