"""Comparison of our ESTree with acorn's, reporting the first difference readably.

Owns: the normalisation both sides go through before comparing and the difference
report.  The same normalisation is applied by tests/support/acorn_dump.js on acorn's side:

  * a RegExp or BigInt Literal's ``value`` is None (``regex`` / ``bigint`` carry the literal);
  * non-finite numbers are None (``JSON.stringify`` writes ``null``);
  * our tree goes through ``jskernel.engine.syntax.estree.to_json`` and ``json.loads``, as
    acorn's goes through ``JSON.stringify`` and ``json.loads``: surrogate pairs come out as
    astral characters on both sides, lone surrogates stay lone.

Numbers compare by value (acorn's ``1`` equals our Literal value ``1.0``), but ``True`` never
equals ``1`` and offsets, lines and columns must be ``int``.
Key order is part of the contract (acorn's order) and is checked after the values.

Leaves to others: producing acorn's JSON (npm_cache.py) and deciding what to compare.
"""

from __future__ import annotations

import contextlib
import gc
import json
import sys

_NUMBER = (int, float)


@contextlib.contextmanager
def deep_recursion(limit: int = 20000):
    """Raise the recursion limit for the JSON encoder/decoder on deeply nested trees, and
    pause the cyclic GC: trees are acyclic, and traversing them repeatedly while they are
    built costs more than building them."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, limit))
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        sys.setrecursionlimit(old)
        if gc_was_enabled:
            gc.enable()


def _clear_literal_values(tree) -> str | None:
    """Set ``value`` to None on regex and BigInt Literals, in place (iteratively).

    Returns a contract violation seen on the way (docs/architecture.md: a regex literal's
    value is None, a BigInt literal's value is the Python int of its digits), else None.
    """
    problem = None
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("type") == "Literal" and ("regex" in node or "bigint" in node):
                value = node.get("value")
                if problem is None and "regex" in node and value is not None:
                    problem = f"regex Literal at {node.get('start')} has value {value!r}, not None"
                if problem is None and "bigint" in node and not (
                        type(value) is int and str(value) == str(node["bigint"])):
                    problem = (f"BigInt Literal at {node.get('start')} has value {value!r}, "
                               f"not the int {node['bigint']}")
                node["value"] = None
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return problem


def normalise_ours(tree, problems: list | None = None):
    """Our parser's tree as acorn_dump.js would print it, decoded from JSON.

    Contract violations hidden by the normalisation are appended to `problems`."""
    from jskernel.engine.syntax.estree import to_json

    with deep_recursion():
        data = json.loads(to_json(tree))
    problem = _clear_literal_values(data)
    if problem is not None and problems is not None:
        problems.append(problem)
    return data


def load_acorn(text: str):
    """acorn's JSON (from acorn_dump.js) decoded."""
    with deep_recursion():
        return json.loads(text)


def _path_str(path) -> str:
    out = []
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        else:
            out.append(f".{part}" if out else part)
    return "".join(out) or "<root>"


def _short(value, limit: int = 60) -> str:
    if isinstance(value, dict):
        text = f"<{value['type']}>" if "type" in value else "{" + ", ".join(map(str, value)) + "}"
    elif isinstance(value, list):
        text = f"[{len(value)} items]"
    else:
        text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _same_scalar(a, b, key) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b
    if isinstance(a, _NUMBER) and isinstance(b, _NUMBER):
        if key != "value" and type(a) is not type(b):
            return False  # offsets, lines and columns are ints; only Literal values are floats
        return a == b
    return type(a) is type(b) and a == b


def _where(node, source: str | None) -> str:
    """`in BinaryExpression at 3:7: a + b` for the innermost node around a difference."""
    if not isinstance(node, dict) or "type" not in node:
        return ""
    text = f" [in {node['type']}"
    loc = node.get("loc")
    if isinstance(loc, dict) and isinstance(loc.get("start"), dict):
        text += f" at {loc['start'].get('line')}:{loc['start'].get('column')}"
    start, end = node.get("start"), node.get("end")
    if isinstance(start, int) and isinstance(end, int):
        text += f" ({start}-{end})"
        if source is not None:
            snippet = source[start:end]
            if len(snippet) > 80:
                snippet = snippet[:60] + " ... " + snippet[-15:]
            text += ": " + json.dumps(snippet, ensure_ascii=False)
    return text + "]"


def first_difference(ours, theirs, source: str | None = None) -> str | None:
    """The first difference (in source order) between two decoded trees, or None.

    Reads as ``body[3].expression.left.loc.end.column: 7 != 8 (ours != acorn) [in
    Identifier at 1:4 (4-5): "a"]``.  `source` (the JS text, as acorn saw it) adds a
    snippet of the innermost node around the difference.
    """
    # Iterative depth-first walk (trees of minified code nest deeper than Python's stack).
    # Entries: (kind, path, ours, acorn's, innermost acorn node); "len" and "order" checks
    # are pushed before the children so they are reported only if the children agree.
    stack = [("cmp", (), ours, theirs, None)]
    while stack:
        kind, path, a, b, node = stack.pop()
        if kind == "len":
            return f"{_path_str(path)}: length {a} != {b} (ours != acorn){_where(node, source)}"
        if kind == "order":
            return f"{_path_str(path)}: key order {a} != {b} (ours != acorn){_where(node, source)}"
        if isinstance(b, dict) and "type" in b:
            node = b
        if isinstance(a, dict) and isinstance(b, dict):
            missing = [k for k in b if k not in a]
            if missing:
                return (f"{_path_str(path)}: missing key {missing[0]!r} (acorn has "
                        f"{_short(b[missing[0]])}){_where(node, source)}")
            extra = [k for k in a if k not in b]
            if extra:
                return (f"{_path_str(path)}: extra key {extra[0]!r} = {_short(a[extra[0]])}"
                        f"{_where(node, source)}")
            if "type" in b and a.get("type") != b["type"]:
                return (f"{_path_str(path + ('type',))}: {a.get('type')!r} != {b['type']!r} "
                        f"(ours != acorn){_where(node, source)}")
            if list(a) != list(b):
                stack.append(("order", path, list(a), list(b), node))
            for k in reversed(list(b)):
                stack.append(("cmp", path + (k,), a[k], b[k], node))
        elif isinstance(a, list) and isinstance(b, list):
            if len(a) != len(b):
                stack.append(("len", path, len(a), len(b), node))
            for i in reversed(range(min(len(a), len(b)))):
                stack.append(("cmp", path + (i,), a[i], b[i], node))
        elif not _same_scalar(a, b, path[-1] if path else None):
            return f"{_path_str(path)}: {_short(a)} != {_short(b)} (ours != acorn){_where(node, source)}"
    return None


def read_source(path) -> str:
    """A JS file's text as acorn_dump.js reads it (UTF-8, bad bytes as U+FFFD, BOM kept),
    converted to the engine's string form (offsets in UTF-16 units, as acorn's)."""
    from pathlib import Path

    from jskernel.engine.text import to_js

    return to_js(Path(path).read_bytes().decode("utf-8", errors="replace"))


def difference_from_acorn(tree, acorn_text: str, source: str | None = None) -> str | None:
    """None if our tree equals acorn's JSON (as acorn_dump.js printed it), else the first
    difference.  If acorn rejected the file, says so."""
    theirs = load_acorn(acorn_text)
    if "error" in theirs and "type" not in theirs:
        return f"acorn rejects this file ({theirs['error']}) but we accept it"
    problems: list[str] = []
    ours = normalise_ours(tree, problems)
    with deep_recursion():
        diff = first_difference(ours, theirs, source)
    return diff if diff is not None or not problems else problems[0]


def main(argv=None) -> int:
    """`python tests/support/estree_compare.py FILE... [--module]`: first difference from acorn."""
    import argparse
    from pathlib import Path

    here = Path(__file__).resolve()
    sys.path.insert(0, str(here.parents[1]))
    sys.path.append(str(here.parents[2]))
    from support import npm_cache

    from jskernel.engine.errors import JSSyntaxError
    from jskernel.engine.syntax import parse

    ap = argparse.ArgumentParser(description="Compare our ESTree of JS files with acorn's.")
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--module", action="store_true", help="module goal (default: script, or module for .mjs)")
    args = ap.parse_args(argv)
    status = 0
    for file in args.files:
        module = args.module or file.suffix == ".mjs"
        source = read_source(file)
        acorn_text = npm_cache.acorn_json(file, module)
        try:
            tree = parse(source, module=module, locations=True, filename=str(file))
        except JSSyntaxError as err:
            theirs = load_acorn(acorn_text)
            verdict = f"acorn too: {theirs['error']}" if "error" in theirs else "acorn accepts it"
            print(f"{file}: we reject it: {err} ({verdict})")
            status |= 0 if "error" in theirs else 1
            continue
        diff = difference_from_acorn(tree, acorn_text, source)
        print(f"{file}: {'identical to acorn' if diff is None else diff}")
        status |= diff is not None
    return status


if __name__ == "__main__":
    raise SystemExit(main())
