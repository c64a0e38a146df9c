"""ESTree trees as data: walking them, and converting them to plain JSON-ready data.

Owns `child_nodes` (the one way engine passes walk a node's children),
`contains_top_level_await`, and the boundary between the engine's AST (strings in
UTF-16-unit form, BigInt values as Python ints) and what `jskernel.parse` /
`jskernel parse --json` hand out.
"""

from __future__ import annotations

import json
import math

from jskernel.engine.text import from_js

FUNCTION_NODES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")


def child_nodes(node):
    """The nodes directly inside `node`, in source (field) order; list fields yield their
    node elements in order.  Dicts without a `type` -- `loc`, a regex literal's `regex`,
    a template element's `value` -- are data, not children."""
    for v in node.values():
        if type(v) is dict:
            if "type" in v:
                yield v
        elif type(v) is list:
            for x in v:
                if type(x) is dict and "type" in x:
                    yield x


def contains_top_level_await(nodes) -> bool:
    """Whether code outside any function among `nodes` (a module body, a cell) contains
    `await` or `for await` (a module's [[HasTLA]]).  Of a class only the heritage and
    computed keys run at definition time."""
    stack = list(nodes)
    while stack:
        n = stack.pop()
        t = n["type"]
        if t in FUNCTION_NODES:
            continue
        if t == "AwaitExpression" or (t == "ForOfStatement" and n.get("await")):
            return True
        if t in ("ClassDeclaration", "ClassExpression"):
            if n.get("superClass") is not None:
                stack.append(n["superClass"])
            stack.extend(m["key"] for m in n["body"]["body"] if m.get("computed"))
            continue
        stack.extend(child_nodes(n))
    return False


def to_plain(node):
    """A deep copy of an AST with JS strings converted to Python text."""
    if isinstance(node, dict):
        return {k: to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, str):
        return from_js(node)
    return node


def _json_default(value):  # pragma: no cover - only for unexpected values
    raise TypeError(f"AST value of type {type(value).__name__} is not JSON")


def to_json(node, indent: int | None = None) -> str:
    """JSON text for an AST, as `JSON.stringify` renders acorn's tree.

    Non-finite numbers become ``null`` (as in JS); astral characters are written as
    surrogate-pair escapes, which every JSON reader decodes to the character.
    """
    return json.dumps(_finite(node), indent=indent, ensure_ascii=True, default=_json_default)


def _finite(node):
    if isinstance(node, dict):
        return {k: _finite(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_finite(v) for v in node]
    if isinstance(node, float) and not math.isfinite(node):
        return None
    return node
