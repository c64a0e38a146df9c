"""node's ES module resolution, and the package `exports` / `imports` machinery CommonJS shares.

Follows node's "Resolution algorithm specification"
(https://nodejs.org/api/esm.html#resolution-algorithm-specification) step by step:
ESM_RESOLVE, PACKAGE_RESOLVE, PACKAGE_SELF_RESOLVE, PACKAGE_EXPORTS_RESOLVE,
PACKAGE_IMPORTS_RESOLVE, PACKAGE_IMPORTS_EXPORTS_RESOLVE, PATTERN_KEY_COMPARE,
PACKAGE_TARGET_RESOLVE and ESM_FILE_FORMAT, with one extension beyond node: a package
without "exports" imported from ESM uses its "module" field before "main".

Works on absolute file-system paths (module URLs are made at the edge, `path_to_url` /
`url_to_path`).  A `Resolver` carries the conditions (["import", "node", "default"] for
ESM, ["require", "node", "default"] for require) and the "imported from" text of error
messages; CommonJS resolution (LOAD_AS_FILE, LOAD_NODE_MODULES ...) is in
host/cjs_resolve.py and calls `Resolver.package_exports_resolve` / `package_imports_resolve`.
Built-in module specifiers resolve to "node:<name>" (host/builtin_modules.py decides
what happens next).  Errors are `LoaderError`s (host/node_errors.py).
"""

from __future__ import annotations

import json
import os
import re
from urllib.parse import quote, unquote, urlsplit

from jskernel.engine.host import node_errors as E
from jskernel.engine.host.builtin_modules import NODE_BUILTINS, is_builtin
from jskernel.engine.host.package_json import (
    InvalidPackageConfig, PackageConfig, lookup_package_scope, read_package_json,
)

ESM_CONDITIONS = ("import", "node", "default")
REQUIRE_CONDITIONS = ("require", "node", "default")

UNDEF = object()          # the spec's `undefined` result (None is its `null`)

_URL_SAFE = "/!$&'()*+,;=:@-._"         # what node's pathToFileURL leaves as is (not even ~)


def path_to_url(path: str) -> str:
    """pathToFileURL: an absolute path -> a file: URL (percent-encoding spaces, '%',
    '#', '?', non-ASCII ...)."""
    return "file://" + quote(path, safe=_URL_SAFE).replace("~", "%7E")


def url_to_path(url: str) -> str:
    """fileURLToPath, dropping any ?query / #fragment."""
    parts = urlsplit(url)
    return unquote(parts.path)


def is_relative_specifier(s: str) -> bool:
    return s.startswith(("/", "./", "../")) or s in (".", "..")


def _has_scheme(s: str) -> bool:
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", s) is not None


class Resolver:
    """One resolution: `conditions`, and `base` (the referrer's path for "imported from
    <base>" in ESM messages; None for CommonJS, whose messages have no such suffix)."""

    def __init__(self, conditions=ESM_CONDITIONS, base: str | None = None, esm: bool = True):
        self.conditions = conditions
        self.base = base
        self.esm = esm

    # -- errors -----------------------------------------------------------------------------------
    def _from(self) -> str:
        return f" imported from {self.base}" if self.base else ""

    def invalid_specifier(self, request: str, reason: str) -> E.LoaderError:
        return E.LoaderError("TypeError", f"Invalid module \"{request}\" {reason}{self._from()}",
                             "ERR_INVALID_MODULE_SPECIFIER")

    def invalid_config(self, err: InvalidPackageConfig, specifier: str | None = None) -> E.LoaderError:
        if not self.esm:
            return E.LoaderError("SyntaxError", f"Error parsing {err.path}: {err.detail}", None,
                                 {"path": err.path})
        where = f" while importing \"{specifier}\" from {self.base}" if specifier and self.base else ""
        return E.LoaderError("Error", f"Invalid package config {err.path}{where}. {err.detail}",
                             "ERR_INVALID_PACKAGE_CONFIG")

    def invalid_target(self, package_dir: str, key: str, target, is_imports: bool) -> E.LoaderError:
        rel = (isinstance(target, str) and not is_imports and target != ""
               and not target.startswith("./"))
        suffix = self._from() + ('; targets must start with "./"' if rel else "")
        shown = json.dumps(target, separators=(",", ":"), ensure_ascii=False)
        if key == ".":
            msg = (f"Invalid \"exports\" main target {shown} defined in the package config "
                   f"{package_dir}/package.json{suffix}")
        else:
            msg = (f"Invalid \"{'imports' if is_imports else 'exports'}\" target {shown} defined for "
                   f"'{key}' in the package config {package_dir}/package.json{suffix}")
        return E.LoaderError("Error", msg, "ERR_INVALID_PACKAGE_TARGET")

    def not_exported(self, package_dir: str, subpath: str) -> E.LoaderError:
        if subpath == ".":
            msg = E.ROOT_NOT_EXPORTED.format(package_dir + "/") + self._from()
        else:
            msg = E.PATH_NOT_EXPORTED.format(subpath, package_dir + "/") + self._from()
        return E.LoaderError("Error", msg, "ERR_PACKAGE_PATH_NOT_EXPORTED")

    def _read(self, path: str, specifier: str | None = None) -> PackageConfig | None:
        try:
            return read_package_json(path)
        except InvalidPackageConfig as e:
            raise self.invalid_config(e, specifier) from None

    def _scope(self, path: str, specifier: str | None = None) -> PackageConfig | None:
        try:
            return lookup_package_scope(path)
        except InvalidPackageConfig as e:
            raise self.invalid_config(e, specifier) from None

    # -- ESM_RESOLVE ------------------------------------------------------------------------------
    def esm_resolve(self, specifier: str, parent_path: str) -> str:
        """ESM_RESOLVE(specifier, parentURL) -> the resolved URL ("file:///..." or
        "node:<name>").  `parent_path` is the importing module's path (a cell: a path
        inside the base directory).  A module that is not found (or a directory) gets
        node's "Did you mean to import ...?" line when require() would have found one."""
        try:
            return self._esm_resolve(specifier, parent_path)
        except E.LoaderError as err:
            if err.code not in ("ERR_MODULE_NOT_FOUND", "ERR_UNSUPPORTED_DIR_IMPORT"):
                raise
            hint = _commonjs_hint(specifier, parent_path)
            if hint is None:
                raise
            raise E.LoaderError(err.name, f"{err.message}\nDid you mean to import \"{hint}\"?", err.code,
                                err.props) from None

    def _esm_resolve(self, specifier: str, parent_path: str) -> str:
        suffix = ""
        # 2. a valid URL
        if _has_scheme(specifier) and not is_builtin(specifier):
            parts = urlsplit(specifier)
            if parts.scheme != "file":
                raise E.LoaderError("Error", E.UNSUPPORTED_SCHEME.format(parts.scheme + ":"),
                                    "ERR_UNSUPPORTED_ESM_URL_SCHEME")
            path_part, suffix = parts.path, _query(parts)
            resolved = self._check_encoded(path_part)
        elif is_builtin(specifier):
            return "node:" + specifier[5:] if specifier.startswith("node:") else "node:" + specifier
        # 3. relative / absolute specifiers: URL resolution against the parent
        elif is_relative_specifier(specifier):
            parts = urlsplit(specifier)
            suffix = _query(parts)
            joined = parts.path if specifier.startswith("/") else \
                os.path.dirname(parent_path) + "/" + parts.path
            if joined.rsplit("/", 1)[-1] in (".", ".."):       # URL resolution: a folder URL
                joined += "/"
            resolved = self._check_encoded(_normalize(joined))
        # 4. package imports
        elif specifier.startswith("#"):
            resolved = self.package_imports_resolve(specifier, parent_path)
        # 5. bare specifier
        else:
            resolved = self.package_resolve(specifier, parent_path)
        if resolved.startswith("node:"):
            return resolved
        # 7. checks on the file
        if resolved.endswith("/") or os.path.isdir(resolved):
            raise E.LoaderError("Error", E.UNSUPPORTED_DIR_IMPORT.format(resolved, self.base),
                                "ERR_UNSUPPORTED_DIR_IMPORT", {"url": path_to_url(resolved)})
        if not os.path.isfile(resolved):
            raise E.LoaderError("Error", E.MODULE_NOT_FOUND_ESM.format(resolved, self.base),
                                "ERR_MODULE_NOT_FOUND", {"url": path_to_url(resolved)})
        return path_to_url(os.path.realpath(resolved)) + suffix

    def _check_encoded(self, path: str) -> str:
        if re.search(r"%2f|%5c", path, re.I):
            raise self.invalid_specifier(path, 'must not include encoded "/" or "\\" characters')
        return unquote(path)

    # -- PACKAGE_RESOLVE --------------------------------------------------------------------------
    def parse_package_specifier(self, specifier: str) -> tuple[str, str]:
        """PACKAGE_RESOLVE steps 4-8: (packageName, packageSubpath)."""
        if specifier == "":
            raise self.invalid_specifier(specifier, "is not a valid package name")
        if not specifier.startswith("@"):
            name = specifier.split("/", 1)[0]
        else:
            if "/" not in specifier:
                raise self.invalid_specifier(specifier, "is not a valid package name")
            name = "/".join(specifier.split("/", 2)[:2])
        if name.startswith(".") or "\\" in name or "%" in name:
            raise self.invalid_specifier(specifier, "is not a valid package name")
        return name, "." + specifier[len(name):]

    def package_resolve(self, specifier: str, parent_path: str) -> str:
        """PACKAGE_RESOLVE(packageSpecifier, parentURL) -> a path (or "node:<name>")."""
        if specifier in NODE_BUILTINS or specifier.startswith("node:"):
            return "node:" + (specifier[5:] if specifier.startswith("node:") else specifier)
        name, subpath = self.parse_package_specifier(specifier)
        found = self.package_self_resolve(name, subpath, parent_path)
        if found is not UNDEF:
            return found
        d = os.path.dirname(parent_path)
        while True:
            package_dir = os.path.join(d, "node_modules", name)
            if os.path.isdir(package_dir):
                pjson = self._read(os.path.join(package_dir, "package.json"), specifier)
                if pjson is not None and pjson.exports is not None:
                    return self.package_exports_resolve(package_dir, subpath, pjson.exports)
                if subpath == ".":
                    return self.legacy_main_resolve(package_dir, pjson)
                return package_dir + subpath[1:]
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
        raise E.LoaderError("Error", E.PACKAGE_NOT_FOUND_ESM.format(name, self.base),
                            "ERR_MODULE_NOT_FOUND")

    def legacy_main_resolve(self, package_dir: str, pjson: PackageConfig | None) -> str:
        """A package without "exports": "module" (ESM only: jskernel's extension), then
        "main" with node's legacy probing (main, main.js, main.json, main.node, main/index.*),
        then index.js / index.json / index.node."""
        fields = []
        if pjson is not None:
            if "import" in self.conditions and pjson.module:
                fields.append(pjson.module)
            if pjson.main:
                fields.append(pjson.main)
        for main in fields:
            base = os.path.normpath(os.path.join(package_dir, main))
            for cand in (base, base + ".js", base + ".json", base + ".node",
                         base + "/index.js", base + "/index.json", base + "/index.node"):
                if os.path.isfile(cand):
                    return cand
        for cand in ("index.js", "index.json", "index.node"):
            p = os.path.join(package_dir, cand)
            if os.path.isfile(p):
                return p
        missing = os.path.normpath(os.path.join(package_dir, fields[-1])) if fields else \
            os.path.join(package_dir, "index.js")
        raise E.LoaderError("Error", E.PACKAGE_NOT_FOUND_ESM.format(missing, self.base),
                            "ERR_MODULE_NOT_FOUND")

    def package_self_resolve(self, name: str, subpath: str, parent_path: str):
        """PACKAGE_SELF_RESOLVE: a package importing itself by its own name."""
        pjson = self._scope(parent_path)
        if pjson is None or pjson.exports is None:
            return UNDEF
        if pjson.name == name:
            return self.package_exports_resolve(pjson.directory, subpath, pjson.exports)
        return UNDEF

    # -- PACKAGE_EXPORTS_RESOLVE ------------------------------------------------------------------
    def package_exports_resolve(self, package_dir: str, subpath: str, exports) -> str:
        # 1. keys all starting with "." or none of them
        if isinstance(exports, dict) and exports:
            dots = [k.startswith(".") for k in exports]
            if any(dots) and not all(dots):
                raise E.LoaderError(
                    "Error", f"Invalid package config {package_dir}/package.json{self._from()}. "
                    "\"exports\" cannot contain some keys starting with '.' and some not. The "
                    "exports object must either be an object of package subpath keys or an object "
                    "of main entry condition name keys only.", "ERR_INVALID_PACKAGE_CONFIG")
        # 2. the main export
        if subpath == ".":
            main = UNDEF
            if isinstance(exports, (str, list)) or (isinstance(exports, dict)
                                                    and not any(k.startswith(".") for k in exports)):
                main = exports
            elif isinstance(exports, dict) and "." in exports:
                main = exports["."]
            if main is not UNDEF:
                resolved = self.package_target_resolve(package_dir, main, None, False, ".")
                if resolved is not None and resolved is not UNDEF:
                    return resolved
        # 3. a subpath
        elif isinstance(exports, dict) and all(k.startswith(".") for k in exports):
            resolved = self.package_imports_exports_resolve(subpath, exports, package_dir, False)
            if resolved is not None and resolved is not UNDEF:
                return resolved
        raise self.not_exported(package_dir, subpath)

    def package_imports_resolve(self, specifier: str, parent_path: str) -> str:
        """PACKAGE_IMPORTS_RESOLVE: "#name" through the enclosing package's "imports"."""
        if specifier == "#" or specifier.startswith("#/"):
            raise self.invalid_specifier(specifier, "is not a valid internal imports specifier name")
        pjson = self._scope(parent_path, specifier)
        if pjson is not None and isinstance(pjson.imports, dict):
            resolved = self.package_imports_exports_resolve(specifier, pjson.imports, pjson.directory,
                                                            True)
            if resolved is not None and resolved is not UNDEF:
                return resolved
        where = f" in package {pjson.path}" if pjson is not None else ""
        raise E.LoaderError("TypeError", f"Package import specifier \"{specifier}\" is not defined"
                            f"{where}{self._from()}", "ERR_PACKAGE_IMPORT_NOT_DEFINED")

    def package_imports_exports_resolve(self, match_key: str, match_obj: dict, package_dir: str,
                                        is_imports: bool):
        # 1. an exact key without "*"
        if match_key in match_obj and "*" not in match_key:
            return self.package_target_resolve(package_dir, match_obj[match_key], None, is_imports,
                                               match_key)
        # 2. keys with a single "*", most specific first
        keys = sorted((k for k in match_obj if k.count("*") == 1), key=_PatternKey)
        for key in keys:
            base, trailer = key.split("*")
            if match_key.startswith(base) and match_key != base:
                if trailer == "" or (match_key.endswith(trailer) and len(match_key) >= len(key)):
                    match = match_key[len(base):len(match_key) - len(trailer)]
                    return self.package_target_resolve(package_dir, match_obj[key], match,
                                                       is_imports, key)
        return None

    def package_target_resolve(self, package_dir: str, target, pattern_match, is_imports: bool,
                               key: str):
        """PACKAGE_TARGET_RESOLVE: a path, None (null: explicitly not exported) or UNDEF
        (no condition matched)."""
        if isinstance(target, str):
            if not target.startswith("./"):
                if (not is_imports or target.startswith(("../", "/"))
                        or _has_scheme(target) and not target.startswith("node:")):
                    raise self.invalid_target(package_dir, key, target, is_imports)
                spec = target.replace("*", pattern_match) if pattern_match is not None else target
                return self.package_resolve(spec, package_dir + "/")
            if _bad_segments(target[2:]):
                raise self.invalid_target(package_dir, key, target, is_imports)
            resolved = _normalize(package_dir + "/" + target[2:])
            if pattern_match is None:
                return resolved
            if _bad_segments(pattern_match, allow_empty=False):
                raise self.invalid_specifier(key.replace("*", pattern_match),
                                             f"request is not a valid match in pattern \"{key}\" for "
                                             f"the \"{'imports' if is_imports else 'exports'}\" "
                                             f"resolution of {package_dir}/package.json")
            return resolved.replace("*", pattern_match)
        if isinstance(target, dict):
            if any(_is_index(k) for k in target):
                raise E.LoaderError("Error", f"Invalid package config {package_dir}/package.json"
                                    f"{self._from()}. \"exports\" cannot contain numeric property "
                                    "keys.", "ERR_INVALID_PACKAGE_CONFIG")
            for cond, value in target.items():
                if cond == "default" or cond in self.conditions:
                    resolved = self.package_target_resolve(package_dir, value, pattern_match,
                                                           is_imports, key)
                    if resolved is UNDEF:
                        continue
                    return resolved
            return UNDEF
        if isinstance(target, list):
            if not target:
                return None
            last_error = None
            for value in target:
                try:
                    resolved = self.package_target_resolve(package_dir, value, pattern_match,
                                                           is_imports, key)
                except E.LoaderError as e:
                    if e.code != "ERR_INVALID_PACKAGE_TARGET":
                        raise
                    last_error = e
                    continue
                if resolved is UNDEF:
                    continue
                return resolved
            if last_error is not None:
                raise last_error
            return None
        if target is None:
            return None
        raise self.invalid_target(package_dir, key, target, is_imports)


# -- ESM_FILE_FORMAT --------------------------------------------------------------------------------

def esm_file_format(path: str) -> str:
    """ESM_FILE_FORMAT: "module", "commonjs" or "json" for a resolved file; raises the
    LoaderError ERR_UNKNOWN_FILE_EXTENSION for others (.node: native addons)."""
    from jskernel.engine.host.package_json import package_type
    ext = os.path.splitext(path)[1]
    if ext == ".mjs":
        return "module"
    if ext == ".cjs":
        return "commonjs"
    if ext == ".json":
        return "json"
    if ext == ".js":
        return "module" if package_type(path) == "module" else "commonjs"
    if ext == "":
        return "module" if package_type(path) == "module" else "commonjs"
    raise E.LoaderError("TypeError", E.UNKNOWN_FILE_EXTENSION.format(ext, path),
                        "ERR_UNKNOWN_FILE_EXTENSION")


# -- helpers ----------------------------------------------------------------------------------------

def _commonjs_hint(specifier: str, parent_path: str) -> str | None:
    """What require() finds for `specifier`, written as an import specifier: node
    suggests it when an import fails.  node resolves a relative specifier from the
    process's working directory here (not from the importing file), so the hint shows
    only when the two agree; jskernel does the same."""
    from jskernel.engine.host.cjs_resolve import CJSResolver
    relative = is_relative_specifier(specifier)
    if not relative and (specifier.startswith("#") or _has_scheme(specifier)):
        return None
    try:
        base = os.getcwd() if relative else os.path.dirname(parent_path)
        found = CJSResolver(base, []).resolve(specifier)
    except (E.LoaderError, OSError):
        return None
    if found.startswith("node:"):
        return None
    if relative:
        rel = os.path.relpath(found, os.path.dirname(parent_path))
        return rel if rel.startswith("../") else "./" + rel
    name = specifier.split("/", 2)
    name = "/".join(name[:2]) if specifier.startswith("@") else name[0]
    marker = "/node_modules/" + name + "/"
    i = found.rfind(marker)
    return name + "/" + found[i + len(marker):] if i >= 0 else None


class _PatternKey:
    """PATTERN_KEY_COMPARE as a sort key (longest base first, then longest key)."""
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return _pattern_key_compare(self.k, other.k) < 0


def _pattern_key_compare(a: str, b: str) -> int:
    base_a, base_b = a.find("*"), b.find("*")
    if base_a > base_b:
        return -1
    if base_b > base_a:
        return 1
    if base_a == -1:
        return 1
    if base_b == -1:
        return -1
    if len(a) > len(b):
        return -1
    if len(b) > len(a):
        return 1
    return 0


_BAD_SEGMENTS = {".", "..", "node_modules"}


def _bad_segments(text: str, allow_empty: bool = True) -> bool:
    for seg in re.split(r"[/\\]", text):
        s = unquote(seg).lower()
        if s in _BAD_SEGMENTS or (not allow_empty and s == ""):
            return True
    return False


def _is_index(k: str) -> bool:
    return k.isdigit() and (k == "0" or not k.startswith("0"))


def _normalize(path: str) -> str:
    trailing = path.endswith("/")
    p = os.path.normpath(path)
    if p.startswith("//"):
        p = "/" + p.lstrip("/")
    return p + "/" if trailing and p != "/" else p


def _query(parts) -> str:
    return (("?" + parts.query) if parts.query else "") + (("#" + parts.fragment) if parts.fragment else "")
