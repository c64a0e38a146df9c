"""ESTree trees as data: conversion of the parser's dicts to plain JSON-ready data.

Owns the boundary between the engine's AST (strings in UTF-16-unit form, BigInt
values as Python ints) and what `jskernel.parse` / `jskernel parse --json` hand out.
"""

from __future__ import annotations

import json
import math

from jskernel.engine.text import from_js


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
