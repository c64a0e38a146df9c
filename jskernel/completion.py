"""Completion and inspection for the front ends: the kernel's replies and the console's
completer come from here, over the engine's side-effect-free introspection.

Owns
  * `complete_reply(engine, code, cursor_pos)`: a Jupyter `complete_reply` content
    (matches, cursor_start / cursor_end, and `_jupyter_types_experimental` metadata
    with a type per match: function / class / keyword / variable / property / module /
    magic); magics (`%` or `%%` at the start of a line) come from the magics registry;
  * `inspect_reply(engine, code, cursor_pos, detail_level)`: an `inspect_reply`
    content (text/plain, ANSI-coloured like IPython's);
  * `help_request(code)` / `page_reply(engine, code)`: a cell that is only `name?`,
    `name??` (or `?name`) shows the inspection as a `page` payload, as IPython does.

Positions are in code points, as the Jupyter protocol (5.2+) counts them.  Leaves the
JavaScript analysis to engine/introspect, magics to jskernel/magics.
"""

from __future__ import annotations

import re

_MAGIC_PREFIX = re.compile(r"^[ \t]*(%%?[A-Za-z_][\w.-]*|%%?)$")
_HELP = re.compile(r"^\s*(\?{1,2})?\s*([A-Za-z_$][\w$]*(?:\s*(?:\.|\?\.)\s*[A-Za-z_$#][\w$]*|\s*\[\s*(?:\"[^\"]*\"|'[^']*'|\d+)\s*\])*)\s*(\?{1,2})?\s*$")


def magic_names() -> list[str]:
    try:
        from jskernel.magics import names
        return list(names())
    except Exception:   # noqa: BLE001 -- no registry (yet): no magic completions
        return []


def complete(engine, code: str, cursor_pos: int | None = None):
    """(matches, start, end, types) at the cursor (default: the end of `code`)."""
    if cursor_pos is None:
        cursor_pos = len(code)
    cursor_pos = max(0, min(int(cursor_pos), len(code)))
    line_start = code.rfind("\n", 0, cursor_pos) + 1
    m = _MAGIC_PREFIX.match(code[line_start:cursor_pos])
    if m:
        typed = m.group(1)
        start = cursor_pos - len(typed)
        names = [n for n in magic_names() if n.startswith(typed)]
        if line_start > 0:           # a cell magic only on the first line
            names = [n for n in names if not n.startswith("%%")]
        end = cursor_pos
        while end < len(code) and (code[end].isalnum() or code[end] in "_.-"):
            end += 1
        return names, start, end, ["magic"] * len(names)
    if engine is None:
        return [], cursor_pos, cursor_pos, []
    from jskernel.engine.introspect import complete as js_complete
    c = js_complete(engine, code, cursor_pos)
    return c.matches, c.start, c.end, c.types


def complete_reply(engine, code: str, cursor_pos: int | None = None) -> dict:
    matches, start, end, types = complete(engine, code, cursor_pos)
    return {
        "status": "ok",
        "matches": matches,
        "cursor_start": start,
        "cursor_end": end,
        "metadata": {"_jupyter_types_experimental": [
            {"start": start, "end": end, "text": text, "type": kind}
            for text, kind in zip(matches, types)]},
    }


def inspect_text(engine, code: str, cursor_pos: int | None = None, detail_level: int = 0):
    if engine is None:
        return None
    from jskernel.engine.introspect import inspect_at
    if cursor_pos is None:
        cursor_pos = len(code)
    return inspect_at(engine, code, max(0, min(int(cursor_pos), len(code))), int(detail_level or 0))


def inspect_reply(engine, code: str, cursor_pos: int | None = None, detail_level: int = 0) -> dict:
    text = inspect_text(engine, code, cursor_pos, detail_level)
    if text is None:
        return {"status": "ok", "found": False, "data": {}, "metadata": {}}
    return {"status": "ok", "found": True, "data": {"text/plain": text}, "metadata": {}}


def help_request(code: str):
    """(expression, detail_level) when the cell is `x?`, `x??`, `?x` or `??x`; else None."""
    m = _HELP.match(code)
    if not m or not (m.group(1) or m.group(3)) or (m.group(1) and m.group(3)):
        return None
    marks = m.group(1) or m.group(3)
    return m.group(2), len(marks) - 1


def page_reply(engine, code: str):
    """The page payload for a help request cell (None when `code` is not one).  An
    unknown name gives a page saying so, like IPython's "Object `x` not found."."""
    request = help_request(code)
    if request is None:
        return None
    expression, detail = request
    text = inspect_text(engine, expression, len(expression), detail)
    if text is None:
        text = f"Object `{expression}` not found."
    return {"source": "page", "data": {"text/plain": text}, "start": 0}
