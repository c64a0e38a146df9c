"""Module specifiers to offer after `import ... from "`, `import("` and `require("`.

Owns `specifier_matches(partial, cwd)`: relative paths (`./`, `../`, `/`) complete from
the file system -- directories with a trailing `/`, files with a JavaScript or JSON
extension -- and bare names complete from the packages in `<cwd>/node_modules`
(scoped `@scope/name` packages too) and the in-memory modules of `%%module`.  Only directory listings are read; nothing is imported or run.
"""

from __future__ import annotations

import os

MODULE_EXTENSIONS = (".js", ".mjs", ".cjs", ".json")
LIMIT = 500


def _listdir(path: str):
    try:
        with os.scandir(path) as it:
            return sorted(((e.name, e.is_dir()) for e in it), key=lambda e: e[0])
    except OSError:
        return []


def specifier_matches(partial: str, cwd: str | None = None, defined=()) -> list[str]:
    """Specifiers starting with `partial`; `defined`: names of in-memory modules
    (`%%module name`), offered first for a bare specifier."""
    cwd = cwd or os.getcwd()
    if partial.startswith(("./", "../", "/")) or partial in (".", ".."):
        if partial in (".", ".."):
            return [partial + "/"]
        head, _, tail = partial.rpartition("/")
        directory = os.path.join(cwd, head) if not partial.startswith("/") else (head or "/")
        out = []
        for name, is_dir in _listdir(directory):
            if not name.startswith(tail) or (name.startswith(".") and not tail.startswith(".")):
                continue
            if is_dir:
                if name != "node_modules":
                    out.append(f"{head}/{name}/")
            elif name.endswith(MODULE_EXTENSIONS):
                out.append(f"{head}/{name}")
            if len(out) >= LIMIT:
                break
        return out
    out = sorted(name for name in defined if name.startswith(partial))
    modules = os.path.join(cwd, "node_modules")
    if partial.startswith("@") and "/" in partial:
        scope, _, rest = partial.partition("/")
        for name, is_dir in _listdir(os.path.join(modules, scope)):
            if is_dir and name.startswith(rest):
                out.append(f"{scope}/{name}")
        return out
    for name, is_dir in _listdir(modules):
        if not is_dir or name.startswith("."):
            continue
        if name.startswith("@"):
            if name.startswith(partial) or partial.startswith(name):
                for sub, sub_dir in _listdir(os.path.join(modules, name)):
                    full = f"{name}/{sub}"
                    if sub_dir and full.startswith(partial):
                        out.append(full)
        elif name.startswith(partial):
            out.append(name)
        if len(out) >= LIMIT:
            break
    return out
