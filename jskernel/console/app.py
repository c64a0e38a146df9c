"""The read-eval-print loop of `jskernel console`.

Owns the loop itself: one Engine for the whole session (state persists across
inputs), each input evaluated under the pseudo-filename ``REPLn`` as node does,
results printed with `engine.inspect` (``undefined`` included, as in node's REPL),
uncaught errors printed as ``Uncaught`` + the JS stack, SyntaxErrors with their
caret, engine bugs as a labelled internal error; and the dot-commands ``.exit``,
``.help``.

Two front doors, same semantics:
  * a terminal: prompt_toolkit with highlighting, multi-line editing (validator.py,
    keys.py), persistent history (history.py); Ctrl-C cancels the current input,
    Ctrl-D on an empty line exits;
  * anything else (a pipe, a file): lines are read and collected until
    `is_complete` says the input is finished, then run; no prompts are printed and
    the exit status is 1 when any input failed.

Leaves evaluation and formatting to the Engine, rendering of errors to report.py.
"""

from __future__ import annotations

import os
import sys

from jskernel import __version__
from jskernel.console.report import internal_error_text
from jskernel.console.style import GREY, RED, paint, use_color
from jskernel.engine.text import printable, to_js

HELP = """\
.exit     Exit the console (or press Ctrl-D on an empty line)
.help     Show this help

Enter runs the input when it is a complete program and continues it on a new
line otherwise; Alt-Enter (Escape, Enter) runs it as it is; Ctrl-C cancels it.
"""


class Session:
    """An Engine plus the bookkeeping of one console session (I/O independent)."""

    def __init__(self, out=None, err=None):
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.color = use_color(self.err)
        self.count = 0
        self.failed = False
        self.done = False
        self._engine = None

    @property
    def engine(self):
        if self._engine is None:
            from jskernel.engine import Engine

            self._engine = Engine(stdout=self._stdout, stderr=self._stderr)
        return self._engine

    def _stdout(self, text) -> None:
        self.out.write(printable(str(text)))

    def _stderr(self, text) -> None:
        self._flush(self.out)
        self.err.write(printable(str(text)))
        self._flush(self.err)

    @staticmethod
    def _flush(stream) -> None:
        try:
            stream.flush()
        except (OSError, ValueError):
            pass

    def _error(self, text: str) -> None:
        self.failed = True
        self._flush(self.out)
        self.err.write(paint(text, RED, self.color) + "\n")
        self._flush(self.err)

    def command(self, text: str) -> bool:
        """Run a dot-command; False when `text` is not one."""
        word = text.strip()
        if not word.startswith(".") or "\n" in word or not word[1:2].isalpha():
            return False
        if word == ".exit":
            self.done = True
        elif word == ".help":
            self.out.write(HELP)
        else:
            self._error(f"Invalid REPL keyword {word}")
        return True

    def run(self, text: str) -> None:
        """Evaluate one input and print its result or error."""
        if not text.strip() or self.command(text):
            return
        from jskernel.engine.errors import JSError, JSSyntaxError

        self.count += 1
        filename = f"REPL{self.count}"
        source = to_js(text)
        try:
            engine = self.engine
            value = engine.evaluate(source, filename=filename)
            result = engine.inspect(value)
        except JSSyntaxError as err:
            lines = printable(err.format()).split("\n")
            lines[-1] = "Uncaught " + lines[-1]
            self._error("\n".join(lines))
        except JSError as err:
            self._error("Uncaught " + printable(err.stack or f"{err.name}: {err.message}"))
        except KeyboardInterrupt:
            self._error("Script execution was interrupted (Ctrl-C)")
        except (Exception, RecursionError) as exc:  # an engine bug: report it, keep the session
            debug = os.environ.get("JSKERNEL_DEBUG", "") not in ("", "0")
            self._error(internal_error_text(exc, verbose=debug))
        else:
            self.out.write(printable(str(result)) + "\n")
        self._flush(self.out)


def run_console(*, module: bool = False) -> int:
    """Start the console; returns the exit status."""
    if sys.stdin is not None and sys.stdin.isatty() and sys.stdout.isatty():
        return run_terminal()
    return run_stream(sys.stdin)


def run_stream(stream, session: Session | None = None) -> int:
    """Run inputs read line by line from `stream` (not a terminal)."""
    from jskernel.console.validator import needs_more

    session = session or Session()
    buffer = ""
    try:
        for line in stream:
            buffer += line
            more, _indent = needs_more(buffer)
            if more:
                continue
            session.run(buffer)
            buffer = ""
            if session.done:
                break
        else:
            if buffer.strip():
                session.run(buffer)   # unfinished at end of input: the engine reports it
    except KeyboardInterrupt:
        return 130
    return 1 if session.failed else 0


def run_terminal() -> int:
    """The interactive console on a terminal."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
    from prompt_toolkit.formatted_text import FormattedText

    from jskernel.console.history import console_history
    from jskernel.console.keys import console_key_bindings
    from jskernel.console.lexer import javascript_lexer
    from jskernel.console.style import console_style

    session = Session()

    def continuation(width, line_number, is_soft_wrap):
        return FormattedText([("class:continuation", "... ".rjust(width))])

    prompt = PromptSession(
        message=FormattedText([("class:prompt", "> ")]),
        multiline=True,
        prompt_continuation=continuation,
        lexer=javascript_lexer(),
        style=console_style(),
        include_default_pygments_style=False,
        history=console_history(),
        auto_suggest=AutoSuggestFromHistory(),
        key_bindings=console_key_bindings(),
        enable_open_in_editor=False,
        complete_while_typing=False,
    )
    color = use_color(sys.stdout)
    print(f"Welcome to jskernel {__version__} (JavaScript in pure Python).")
    print(paint('Type ".help" for more information, Ctrl-D to exit.', GREY, color))
    while not session.done:
        try:
            text = prompt.prompt()
        except KeyboardInterrupt:
            continue          # Ctrl-C: drop the current input
        except EOFError:
            break             # Ctrl-D on an empty line
        session.run(text)
    return 0


def main() -> int:
    return run_console()
