"""package.json reading for the module loader (node's READ_PACKAGE_JSON and
LOOKUP_PACKAGE_SCOPE, https://nodejs.org/api/esm.html#resolution-algorithm-specification).

Owns `PackageConfig` (the fields resolution looks at: name, type, main, module,
exports, imports), `read_package_json(path)` with a cache keyed on the file's
mtime (so `npm install` between notebook cells is seen), and
`lookup_package_scope(path)`: the nearest package.json above a file, stopping at a
`node_modules` folder as node does.  JSON is parsed with Python's json module (the
file never reaches JS); invalid JSON raises `InvalidPackageConfig`, which the
ESM and CommonJS resolvers word differently (host/resolve.py, host/commonjs.py).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

_MISSING = object()


class InvalidPackageConfig(Exception):
    def __init__(self, path: str, detail: str):
        super().__init__(detail)
        self.path = path
        self.detail = detail


@dataclass
class PackageConfig:
    """One package.json.  `exports` / `imports` keep the parsed JSON (None when the
    field is absent or null); string fields are None unless they are strings."""
    path: str                      # absolute path of the package.json file
    name: str | None = None
    type: str = "none"             # "module" | "commonjs" | "none"
    main: str | None = None
    module: str | None = None
    exports: object = None
    imports: object = None
    raw: dict = field(default_factory=dict)

    @property
    def directory(self) -> str:
        return os.path.dirname(self.path)


_cache: dict[str, tuple[int, PackageConfig | None]] = {}


def read_package_json(path: str) -> PackageConfig | None:
    """The package.json at `path` (absolute), or None when there is none."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):        # ValueError: a NUL in the path
        _cache.pop(path, None)
        return None
    if not os.path.isfile(path):
        return None
    hit = _cache.get(path)
    if hit is not None and hit[0] == st.st_mtime_ns:
        return hit[1]
    try:
        with open(path, "rb") as f:
            data = f.read()
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise InvalidPackageConfig(path, f"invalid UTF-8 at byte {e.start}") from None
    except json.JSONDecodeError as e:
        raise InvalidPackageConfig(path, _v8_json_message(data.decode("utf-8-sig"), e)) from None
    except OSError as e:
        raise InvalidPackageConfig(path, e.strerror or str(e)) from None
    if not isinstance(obj, dict):
        obj = {}

    def text(key):
        v = obj.get(key)
        return v if isinstance(v, str) else None

    typ = obj.get("type")
    cfg = PackageConfig(path=path, name=text("name"),
                        type=typ if typ in ("module", "commonjs") else "none",
                        main=text("main"), module=text("module"),
                        exports=obj.get("exports"), imports=obj.get("imports"), raw=obj)
    _cache[path] = (st.st_mtime_ns, cfg)
    return cfg


def lookup_package_scope(file_path: str) -> PackageConfig | None:
    """LOOKUP_PACKAGE_SCOPE + READ_PACKAGE_JSON: the package.json of the nearest
    enclosing folder of `file_path`, not looking past a folder named node_modules."""
    d = os.path.dirname(file_path)
    while True:
        if os.path.basename(d) == "node_modules":
            return None
        cfg = read_package_json(os.path.join(d, "package.json"))
        if cfg is not None:
            return cfg
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def package_type(file_path: str) -> str:
    """"module", "commonjs" or "none": the `type` of the package scope of a file
    (an unreadable package.json counts as none here; resolution reports it)."""
    try:
        cfg = lookup_package_scope(file_path)
    except InvalidPackageConfig:
        return "none"
    return cfg.type if cfg is not None else "none"


class _NoValues:
    """A stand-in realm for the engine's JSON parser when only its (V8) error text is
    wanted: values are built nowhere."""

    def new_object(self):
        return self

    def new_array(self, items=None):
        return None

    def define_raw(self, key, value, attrs=0):
        pass


def _v8_json_message(text: str, err: json.JSONDecodeError) -> str:
    """node's wording of a JSON.parse failure (e.g. "Expected property name or '}' in
    JSON at position 1"), from the engine's JSON parser; Python's as a fallback."""
    from jskernel.engine.builtins.json import _Parser
    from jskernel.engine.runtime.objects import ThrowCompletion
    from jskernel.engine.text import to_js
    try:
        _Parser(_NoValues(), to_js(text)).parse()
    except ThrowCompletion as e:
        if e.message:
            return e.message
    except Exception:
        pass
    return f"{err.msg} in JSON at position {err.pos}"
