"""The read-eval-print loop of `jskernel console`.

Owns the loop itself: one Engine for the whole session, each input evaluated as a
REPL-mode cell exactly like a notebook cell (engine.evaluate_cell: module grammar,
top-level await, declarations persist and may be declared again) under the
pseudo-filename ``REPLn`` as node does, a promise-valued input awaited, results printed
with `engine.inspect` (``undefined`` included, as in node's REPL), uncaught errors
printed as ``Uncaught`` + the JS stack, SyntaxErrors with their caret, engine bugs as a
labelled internal error; and the dot-commands ``.exit``, ``.help``.

The event loop keeps turning while the console waits for input: timers and promise
jobs run in the background (their output appears above the prompt), and an error in
one prints ``Uncaught ...``.  Ctrl-C while an input runs (or awaits) interrupts it and
cancels the timers and jobs it scheduled; earlier bindings stay.

Two front doors, same semantics:
  * a terminal: prompt_toolkit with highlighting, multi-line editing (validator.py,
    keys.py), Tab completion (completer.py), persistent history shared with the
    kernel (history.py); Ctrl-C cancels the current input, Ctrl-D on an empty line
    exits;
  * anything else (a pipe, a file): lines are read and collected until
    `is_complete` says the input is finished, then run; no prompts are printed, the
    event loop runs to completion at the end of the input, and the exit status is 1
    when any input (or a timer callback) failed.

Leaves evaluation and formatting to the Engine, rendering of errors to report.py.
"""

from __future__ import annotations

import asyncio
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
        self._out = out
        self._err = err
        self.color = use_color(self.err)
        self.count = 0
        self.failed = False
        self.done = False
        self._engine = None

    # the process's streams are looked up at each write: the terminal console replaces
    # sys.stdout while it prompts, so background output lands above the prompt
    @property
    def out(self):
        return self._out or sys.stdout

    @property
    def err(self):
        return self._err or sys.stderr

    @property
    def engine(self):
        if self._engine is None:
            from jskernel.engine import Engine

            engine = Engine(stdout=self._stdout, stderr=self._stderr)
            engine.on_uncaught = self._uncaught     # errors in timers / unhandled rejections
            from jskernel.console.frontend import install_text_frontend

            install_text_frontend(engine, self._stdout)   # display() as text, prompt()
            try:
                engine.install_require(os.getcwd())   # node's require, from the working directory
            except Exception:                         # a loader problem must not stop the console
                pass
            self._engine = engine
        return self._engine

    def _uncaught(self, err) -> None:
        from jskernel.engine.host.event_loop import uncaught_text

        self._error(printable(uncaught_text(err)))

    def turn(self) -> None:
        """Run whatever the event loop has due now (between inputs)."""
        engine = self._engine
        if engine is None:
            return
        try:
            engine.run_ready()
        except KeyboardInterrupt:
            engine.cancel_origin(engine.current_origin)
            engine.current_origin = None
            engine._reset()
            self._error("Script execution was interrupted (Ctrl-C)")

    def next_delay(self):
        """Seconds until the event loop has work (unref'd timers included), or None."""
        return None if self._engine is None else self._engine.next_timer_delay(include_unref=True)

    def finish(self) -> None:
        """At the end of the input: run the event loop until nothing is pending."""
        if self._engine is not None:
            try:
                self._engine.run_event_loop()
            except KeyboardInterrupt:
                pass
            self._flush(self.out)

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
        from jskernel.console.completer import show_help

        if show_help(self, text):     # `x?` / `x??`: inspection (completion.py)
            return
        self.count += 1
        filename = f"REPL{self.count}"
        from jskernel.console.frontend import run_magics

        if run_magics(self, text, filename):   # an input with %magics (console/frontend.py)
            return
        self.run_source(to_js(text), filename)

    def run_source(self, source: str, filename: str) -> bool:
        """Evaluate JS source, print its result or error; False when it failed."""
        from jskernel.engine.errors import JSError, JSSyntaxError

        ok = False
        origin = object()           # this input's timers and jobs (cancelled on Ctrl-C)
        engine = None
        try:
            engine = self.engine
            engine.current_origin = origin
            value = engine.wait_cell(engine.evaluate_cell(source, filename))
            result = engine.inspect(value)
        except JSSyntaxError as err:
            lines = printable(err.format()).split("\n")
            lines[-1] = "Uncaught " + lines[-1]
            self._error("\n".join(lines))
        except JSError as err:
            self._error("Uncaught " + printable(err.stack or f"{err.name}: {err.message}"))
        except KeyboardInterrupt:
            if engine is not None:
                engine.cancel_origin(origin)
                engine.cancel_cell()
                engine._reset()
            self._error("Script execution was interrupted (Ctrl-C)")
        except (Exception, RecursionError) as exc:  # an engine bug: report it, keep the session
            debug = os.environ.get("JSKERNEL_DEBUG", "") not in ("", "0")
            self._error(internal_error_text(exc, verbose=debug))
        else:
            self.out.write(printable(str(result)) + "\n")
            ok = True
        finally:
            if engine is not None:
                engine.current_origin = None
        self._flush(self.out)
        return ok


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
            session.turn()
            buffer = ""
            if session.done:
                break
        else:
            if buffer.strip():
                session.run(buffer)   # unfinished at end of input: the engine reports it
        if not session.done:
            session.finish()          # timers still pending run, as node does at end of input
    except KeyboardInterrupt:
        return 130
    return 1 if session.failed else 0


def run_terminal() -> int:
    """The interactive console on a terminal."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.patch_stdout import patch_stdout
    from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
    from prompt_toolkit.formatted_text import FormattedText

    from jskernel.console.completer import JSCompleter
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
        history=console_history(session),
        completer=JSCompleter(session),
        auto_suggest=AutoSuggestFromHistory(),
        key_bindings=console_key_bindings(),
        enable_open_in_editor=False,
        complete_while_typing=False,
    )
    color = use_color(sys.stdout)
    print(f"Welcome to jskernel {__version__} (JavaScript in pure Python).")
    print(paint('Type ".help" for more information, Ctrl-D to exit.', GREY, color))
    while not session.done:
        # stdout goes through prompt_toolkit only while the prompt is up (background output
        # is printed above it); an input's own output goes straight to the terminal.  The
        # event loop turns in a task of the prompt's application, ended with the prompt.
        with patch_stdout(raw=True):
            try:
                text = prompt.prompt(pre_run=lambda: prompt.app.create_background_task(
                    _background(session)))
            except KeyboardInterrupt:
                continue          # Ctrl-C: drop the current input
            except EOFError:
                break             # Ctrl-D on an empty line
        session.run(text)
    return 0


async def _background(session: Session) -> None:
    """Run timers and jobs when they are due while the prompt waits for input."""
    while True:
        delay = session.next_delay()
        await asyncio.sleep(0.1 if delay is None else min(delay, 0.1) if delay > 0 else 0)
        if delay is not None and session.next_delay() == 0:
            session.turn()


def main() -> int:
    return run_console()
