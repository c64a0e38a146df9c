"""The `jskernel console` REPL: prompt_toolkit on an in-process Engine.

One module per concern (after ptpython):
    app.py        the read-eval-print loop (terminal and piped stdin) and dot-commands
    lexer.py      JavaScript syntax highlighting (pygments' JavascriptLexer)
    validator.py  Enter semantics: submit complete input, continue incomplete input
    keys.py       key bindings (Enter, Alt-Enter, Tab, closing-bracket dedent)
    history.py    where the persistent history file lives
    style.py      colours for the prompt and the highlighted code
    report.py     how errors and source context are rendered (shared with cli/kernel)
"""

from __future__ import annotations

__all__ = ["run_console"]


def run_console(**kwargs) -> int:
    from jskernel.console.app import run_console as _run

    return _run(**kwargs)
