"""The console's Tab completion and its history shared with kernels
(jskernel/console/completer.py, jskernel/console/history.py).

The completer is the kernel's machinery behind a prompt_toolkit adapter; the terminal
test drives `jskernel console` through a pseudo-terminal (pexpect) as test_console.py
does.
"""

from __future__ import annotations

import sys

from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from jskernel.console.app import Session
from jskernel.console.completer import JSCompleter
from jskernel.console.history import StoreHistory
from jskernel.history import HistoryStore
from test_console import PROMPT, TIMEOUT, answer, console_env


def completions(session, text, cursor=None):
    doc = Document(text, len(text) if cursor is None else cursor)
    return [(c.text, c.start_position, c.display_meta_text)
            for c in JSCompleter(session).get_completions(doc, CompleteEvent(completion_requested=True))]


def test_completer_uses_the_session_engine(capsys):
    session = Session()
    session.run("const settings = { verbose: true, get heavy() { throw new Error('ran'); } };")
    assert completions(session, "settings.ve") == [("verbose", -2, "property")]
    assert completions(session, "settings.heavy.") == []
    assert completions(session, "sett") == [("settings", -4, "variable")]
    assert ("%time", -3, "magic") in completions(session, "%ti")
    assert completions(session, "Math.ma + 1", 7) == [("max", -2, "function")]
    session.run("settings.verbose")
    assert capsys.readouterr().out.splitlines()[-1] == "true"      # node: true


def test_console_history_loads_every_session(tmp_path):
    db = tmp_path / "h.sqlite"
    kernel = HistoryStore(db, kind="kernel")
    kernel.store_input(1, "fromKernel()")
    kernel.close()
    history = StoreHistory(HistoryStore(db, kind="console"))
    assert list(history.load_history_strings()) == ["fromKernel()"]
    history.store_string("fromConsole()")
    later = StoreHistory(HistoryStore(db, kind="console"))
    assert list(later.load_history_strings()) == ["fromConsole()", "fromKernel()"]


def test_terminal_tab_completion_and_kernel_history(tmp_path):
    import pexpect

    store = HistoryStore(tmp_path / "history.sqlite", kind="kernel")
    store.store_input(1, "'typed in a notebook'.length")
    store.close()
    child = pexpect.spawn(sys.executable, ["-m", "jskernel.cli", "console"], env=console_env(tmp_path),
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 120))
    try:
        child.expect("Welcome to jskernel")
        child.expect_exact(PROMPT)
        child.send("\x1b[A")          # Up: the notebook's input
        child.send("\r")
        answer(child, "20")           # node: 'typed in a notebook'.length -> 20
        child.send("const uniqueName = 5;\r")
        answer(child, "undefined")
        child.send("uniqueNa\t")
        child.send("\r")
        answer(child, r"\b5\b")
        child.send("Math.hyp\t(3, 4)\r")
        answer(child, r"\b5\b")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0


def test_question_mark_at_the_prompt(capsys):
    import io

    from jskernel.console.app import run_stream

    out = io.StringIO()
    session = Session(out=out, err=io.StringIO())
    status = run_stream(io.StringIO("/** Doubles. */ function dbl(n) { return 2 * n }\ndbl?\ndbl??\nnope?\n"
                                    "1 ? 2 : 3\n"), session)
    assert status == 0
    lines = out.getvalue().split("\n")
    assert lines[0] == "undefined"                                   # node REPL: undefined
    assert "Signature: function dbl(n)" in lines
    assert "Doubles." in lines
    assert "function dbl(n) { return 2 * n }" in lines              # `??`: the source
    assert "Object `nope` not found." in lines
    assert lines[-2] == "2"                                          # a conditional still runs
