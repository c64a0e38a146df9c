"""Python-side exceptions that carry JavaScript errors out of the engine.

Owns: `JSError` (an uncaught JavaScript exception surfacing in Python) and
`JSSyntaxError` (an early/parse error, raised by the front end before anything
runs).  The wording of the messages themselves lives in
`jskernel.engine.syntax.messages` (syntax) and the runtime's message table; this
module only formats them.

Conventions (one source of truth, see docs/architecture.md):
  * `line` is 1-based, `column` is 1-based (as in V8 stack frames and editors);
    `pos` is the 0-based offset in UTF-16 code units (as ESTree `start`).
  * ESTree `loc` inside the AST keeps acorn's convention (0-based column).
"""

from __future__ import annotations


class JSError(Exception):
    """An uncaught JavaScript exception.

    `name` / `message` are the JS error's name and message, `stack` the JS-style
    stack text (``Name: message\\n    at f (file:line:col)``) and `value` the
    thrown engine value itself (None when raised by the front end).
    """

    def __init__(self, name: str, message: str, stack: str | None = None, value=None):
        super().__init__(f"{name}: {message}" if message else name)
        self.name = name
        self.message = message
        self.stack = stack if stack is not None else (f"{name}: {message}" if message else name)
        self.value = value


class JSSyntaxError(JSError):
    """A SyntaxError found before execution, with its position in the source."""

    def __init__(self, message: str, *, pos: int = 0, line: int = 1, column: int = 1,
                 source: str | None = None, filename: str | None = None):
        self.pos = pos
        self.line = line
        self.column = column
        self.filename = filename
        self.source_line = _line_text(source, pos) if source is not None else None
        super().__init__("SyntaxError", message, stack=None)
        self.stack = self.format()

    def caret_lines(self) -> list[str]:
        """The offending source line and a caret under the error column."""
        if self.source_line is None:
            return []
        text = self.source_line.expandtabs(1)
        return [text, " " * (self.column - 1) + "^"]

    def format(self) -> str:
        """V8-like rendering: ``file:line:col``, the source line, a caret, the message."""
        where = f"{self.filename or '<input>'}:{self.line}:{self.column}"
        return "\n".join([where, *self.caret_lines(), f"SyntaxError: {self.message}"])

    def __str__(self) -> str:
        return f"{self.message} ({self.line}:{self.column})"


def _line_text(source: str, pos: int) -> str:
    """The line of `source` containing offset `pos` (JS line terminators count)."""
    pos = max(0, min(pos, len(source)))
    start = pos
    while start > 0 and source[start - 1] not in "\n\r\u2028\u2029":
        start -= 1
    end = pos
    while end < len(source) and source[end] not in "\n\r\u2028\u2029":
        end += 1
    return source[start:end]
