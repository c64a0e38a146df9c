"""How the front ends show a JavaScript error to a person.

Owns the rendering shared by `jskernel run` (cli.py), the console and the Jupyter
kernel: finding where an uncaught `JSError` happened in source the front end knows
(the innermost stack frame whose file is one of ours), the source line with a caret
under the column, and the V8/node-like layouts built from them.

Leaves to the engine: the error objects themselves, their `stack` text, `frames`
and SyntaxError positions (`engine/errors.py`), and the wording of messages.
Columns here are what the engine reports: 1-based, in UTF-16 code units.
"""

from __future__ import annotations

import re
import traceback

from jskernel.engine.text import printable

__all__ = [
    "find_frame", "caret_line", "source_lines", "node_style", "context_block",
    "internal_error_text", "strip_ansi",
]

_LINE_SPLIT = re.compile("\r\n|[\n\r\u2028\u2029]")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def source_lines(source: str) -> list[str]:
    """Split JS source into lines the way the engine counts them (JS line terminators)."""
    return _LINE_SPLIT.split(source)


def find_frame(err, sources) -> tuple[str, int, int] | None:
    """The innermost `(filename, line, column)` of `err.frames` whose file is a key of
    `sources` (a mapping filename -> source text), or None."""
    for frame in getattr(err, "frames", None) or ():
        try:  # (function name, filename, line, column), possibly with more fields after
            _name, filename, line, column = tuple(frame)[:4]
        except (TypeError, ValueError):
            continue
        if filename in sources and isinstance(line, int) and line >= 1:
            return filename, line, column if isinstance(column, int) and column >= 1 else 1
    return None


def caret_line(text: str, column: int) -> str:
    """A line with `^` under 1-based UTF-16 `column` of `text` (tabs kept so it lines up)."""
    prefix = printable(text[: max(column - 1, 0)])
    return "".join(ch if ch == "\t" else " " for ch in prefix) + "^"


def node_style(err, filename: str, source: str) -> str:
    """What node prints for an uncaught error in a script: ``file:line``, the source
    line, a caret, a blank line, then the stack.  Falls back to the stack alone."""
    stack = printable(err.stack or f"{err.name}: {err.message}")
    where = find_frame(err, {filename: source})
    if where is None:
        return stack
    _file, line, column = where
    lines = source_lines(source)
    if line > len(lines):
        return stack
    text = lines[line - 1]
    return "\n".join([f"{filename}:{line}", printable(text), caret_line(text, column), "", stack])


def context_block(lines: list[str], line: int, column: int | None, *, context: int = 2,
                  color: bool = False) -> list[str]:
    """IPython-like context around `line` (1-based): numbered lines, ``---->`` on the
    failing one, a caret under `column` (1-based) when given."""
    out = []
    first = max(1, line - context)
    last = min(len(lines), line + context)
    width = len(str(last))
    green, red, reset = ("\x1b[0;32m", "\x1b[0;31m", "\x1b[0m") if color else ("", "", "")
    for n in range(first, last + 1):
        text = printable(lines[n - 1])
        number = str(n).rjust(width)
        if n == line:
            out.append(f"{green}----> {number}{reset} {text}")
            if column is not None:
                out.append(" " * (width + 7) + red + caret_line(lines[n - 1], column) + reset)
        else:
            out.append(f"      {number} {text}")
    return out


def internal_error_text(exc: BaseException, *, verbose: bool = False) -> str:
    """A clearly labelled message for an unexpected Python exception inside jskernel
    (an engine bug), with the Python traceback only when `verbose`."""
    head = f"InternalError: jskernel bug: {type(exc).__name__}: {exc}"
    if verbose:
        return head + "\n" + "".join(traceback.format_exception(exc)).rstrip()
    return head + "\n(set JSKERNEL_DEBUG=1 to see the Python traceback; please report it)"
