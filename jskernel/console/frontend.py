"""The console's (and `jskernel run`'s) front-end API and magics, for a text terminal.

Owns
  * `install_text_frontend(engine, write)`: `display(...)` and console.table print
    text (a bundle's text/plain, else a note such as ``[image/png 1234 bytes]``:
    engine/host/display.py `bundle_text`), `clearOutput` does nothing, and
    prompt() / confirm() / alert() read a line with `input()` (end of input: null);
  * `run_magics(session, text, filename)`: an input with `%` magics runs through the
    shared registry (jskernel/magics/), its JS pieces through the session's normal
    path, usage errors printed as ``UsageError: ...``.
"""

from __future__ import annotations

import sys


def _terminal_input(prompt: str) -> str:
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    return input(prompt)


def install_text_frontend(engine, write, read_line=None) -> None:
    from jskernel.engine.host.display import text_sink

    engine.install_frontend(display=text_sink(write), input=read_line or _terminal_input)


class ConsoleMagicHost:
    """What magics see of the console (jskernel/magics/__init__.py: MagicHost)."""

    def __init__(self, session, filename: str):
        self.session = session
        self.filename = filename
        self.magic_line = 1

    @property
    def engine(self):
        return self.session.engine

    def write(self, text: str) -> None:
        self.session.out.write(text)

    def evaluate(self, source: str):
        engine = self.engine
        if hasattr(engine, "evaluate_cell"):
            value = engine.evaluate_cell(source, self.filename)
            state, result = engine.settle_state(value)
            if state in ("value", "fulfilled"):
                return result
            return engine.wait_cell(value)
        return engine.evaluate(source, filename=self.filename)

    def show(self, value) -> None:
        self.session.out.write(self.engine.inspect(value) + "\n")

    def read_line(self, prompt: str) -> str:
        return _terminal_input(prompt)


def run_magics(session, text: str, filename: str) -> bool:
    """Run `text` when it has magics (True); False for plain JS (the caller runs it)."""
    from jskernel import magics
    from jskernel.engine.errors import JSError, JSSyntaxError
    from jskernel.engine.text import printable, to_js

    if not magics.has_magics(text):
        return False
    try:
        steps = magics.plan(text)
        if steps is None:
            return False
        host = ConsoleMagicHost(session, filename)
        magics.run_plan(steps, host, lambda source: session.run_source(to_js(source), filename))
    except magics.MagicError as err:
        session._error(f"UsageError: {err}")
    except JSSyntaxError as err:
        lines = printable(err.format()).split("\n")
        lines[-1] = "Uncaught " + lines[-1]
        session._error("\n".join(lines))
    except JSError as err:
        session._error("Uncaught " + printable(err.stack or f"{err.name}: {err.message}"))
    except KeyboardInterrupt:
        session._error("Script execution was interrupted (Ctrl-C)")
    session._flush(session.out)
    return True
