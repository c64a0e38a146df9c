"""Is this piece of source a complete program yet?  (console Enter key, kernel is_complete)

Owns one question the front ends ask while the user is typing: should Enter run the
input, or open a continuation line?  The answer comes from the parser itself, never
from a second grammar: the source is parsed, and a `JSSyntaxError` whose position is
at (or past) the end of the input means the parser *ran out of input* (a missing
``}``, an unterminated template literal or block comment, a dangling operator ...),
so more lines may fix it.  Any other syntax error can never be fixed by typing more,
so the input is "invalid" and should be submitted to show the error.

It also suggests the indentation for the next line, from a small bracket scanner that
skips strings, template text, comments and regular expression literals.  That scan is
only a typing aid: it never decides completeness.

Leaves to others: the grammar and error positions (`engine/syntax/parser/`), what
the front ends do with the answer (`console/`, `kernel.py`).
"""

from __future__ import annotations

__all__ = ["is_complete", "next_indent"]

INDENT = "  "

_REGEX_AFTER_CHARS = set("(,=:[!&|?{};+-*%<>~^")
_REGEX_AFTER_WORDS = {
    "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void",
    "throw", "instanceof", "yield", "await",
}
_LINE_TERMINATORS = "\n\r\u2028\u2029"


def is_complete(source: str) -> tuple[str, str]:
    """Return ``(status, indent)`` for `source`.

    `status` is ``"complete"`` (run it), ``"incomplete"`` (the parser ran out of input:
    continue on a new line, indented by `indent`) or ``"invalid"`` (a syntax error that
    more input cannot fix: run it so the error is reported).  `indent` is ``""``
    unless the status is ``"incomplete"``.  Blank input is complete.
    """
    from jskernel.engine import syntax
    from jskernel.engine.errors import JSSyntaxError
    from jskernel.engine.text import to_js

    src = to_js(source)
    if not src.strip():
        return "complete", ""
    try:
        syntax.parse(src, module=False, locations=False)
    except JSSyntaxError as err:
        if err.pos >= len(src):
            return "incomplete", next_indent(src)
        if "nterminated" in err.message and _scan(src)[1] != "code":
            # A parser that reports an unterminated template or comment at its start
            # rather than at the end of input: still fixable by typing more.
            return "incomplete", next_indent(src)
        return "invalid", ""
    except RecursionError:
        # Absurdly deep nesting: let the engine report it when the input runs.
        return "complete", ""
    except Exception:  # a parser bug must not wedge the REPL: run it, the engine reports
        return "complete", ""
    return "complete", ""


def next_indent(source: str) -> str:
    """Indentation for the line after `source`: one level per source line that still
    has an unclosed ``(``, ``[``, ``{`` or ``${``; nothing inside template text or
    a block comment (there whitespace would be part of the content)."""
    stack, mode = _scan(source)
    if mode in ("template", "comment"):
        return ""
    lines = {line for _bracket, line in stack}
    if lines:
        return INDENT * len(lines)
    # Incomplete without an open bracket (`let x =`, `if (a)`): keep the last line's indent.
    last = source.rstrip(_LINE_TERMINATORS).split("\n")[-1]
    base = last[: len(last) - len(last.lstrip(" \t"))]
    return base + INDENT


def _scan(src: str) -> tuple[list[tuple[str, int]], str]:
    """Scan `src`; return the open brackets (bracket, line number) and the final mode
    ("code", "template" or "comment")."""
    stack: list[tuple[str, int]] = []
    i, n, line = 0, len(src), 0
    prev = ""          # last significant character in code
    word = ""          # last identifier-ish word in code
    in_template = False
    while i < n:
        c = src[i]
        if in_template:
            if c == "\\":
                i += 2
                continue
            if c == "`":
                in_template = False
                prev, word = "`", ""
            elif c == "$" and src.startswith("${", i):
                stack.append(("${", line))
                in_template = False
                prev, word = "{", ""
                i += 2
                continue
            elif c == "\n":
                line += 1
            i += 1
            continue
        if c == "\n":
            line += 1
            i += 1
            continue
        if c in " \t\r\v\f\u00a0\ufeff\u2028\u2029":
            i += 1
            continue
        if src.startswith("//", i):
            while i < n and src[i] not in _LINE_TERMINATORS:
                i += 1
            continue
        if src.startswith("/*", i):
            end = src.find("*/", i + 2)
            if end < 0:
                return stack, "comment"
            line += src.count("\n", i, end)
            i = end + 2
            continue
        if c in "'\"":
            i += 1
            while i < n and src[i] != c and src[i] not in _LINE_TERMINATORS:
                i += 2 if src[i] == "\\" else 1
            i += 1
            prev, word = c, ""
            continue
        if c == "`":
            in_template = True
            i += 1
            continue
        if c == "/" and (prev == "" or prev in _REGEX_AFTER_CHARS or word in _REGEX_AFTER_WORDS):
            i += 1
            in_class = False
            while i < n and src[i] not in _LINE_TERMINATORS:
                ch = src[i]
                if ch == "\\":
                    i += 2
                    continue
                if ch == "[":
                    in_class = True
                elif ch == "]":
                    in_class = False
                elif ch == "/" and not in_class:
                    break
                i += 1
            i += 1
            prev, word = "/", ""
            continue
        if c in "([{":
            stack.append((c, line))
        elif c in ")]}":
            if stack:
                opened, _ = stack.pop()
                if opened == "${" and c == "}":
                    in_template = True
        if c.isalnum() or c in "_$":
            start = i
            while i < n and (src[i].isalnum() or src[i] in "_$"):
                i += 1
            word, prev = src[start:i], "a"
            continue
        prev, word = c, ""
        i += 1
    return stack, ("template" if in_template else "code")
