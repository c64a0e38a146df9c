"""`jskernel console`: the terminal REPL through a pseudo-terminal (pexpect), the same
REPL fed from a pipe, and the completeness check behind its Enter key.

Expected JavaScript output is what node 20's REPL prints for the same input.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 60
PROMPT = "> "


def console_env(home) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["JSKERNEL_HOME"] = str(home)
    env.pop("JSKERNEL_HISTORY", None)     # history in $JSKERNEL_HOME/history.sqlite
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"   # no cursor-position queries to answer
    env["TERM"] = "xterm"
    env.pop("JSKERNEL_DEBUG", None)
    env.pop("NO_COLOR", None)
    return env


def spawn_console(home):
    import pexpect
    child = pexpect.spawn(sys.executable, ["-m", "jskernel.cli", "console"], env=console_env(home),
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 120))
    child.expect("Welcome to jskernel", timeout=TIMEOUT)
    child.expect_exact(PROMPT)
    return child


def answer(child, pattern):
    """Wait for `pattern` in the output, then for the next prompt (the terminal is
    only in raw mode again once the prompt is drawn: Ctrl-C / Ctrl-D need that)."""
    import pexpect

    index = child.expect([pattern, "InternalError: jskernel bug.*", pexpect.EOF])
    assert index == 0, f"expected {pattern!r}, got {child.after!r}"
    child.expect_exact(PROMPT)


# -- the terminal REPL ------------------------------------------------------------

def test_terminal_session(tmp_path):
    import pexpect

    child = spawn_console(tmp_path)
    try:
        # a multi-line definition: Enter continues while the input is incomplete
        child.send("function greet(name) {\r")
        child.expect_exact("...")
        child.send("return 'hello ' + name.toUpperCase();\r")
        child.send("}\r")
        answer(child, "undefined")                       # node REPL: undefined
        child.send("greet('bob')\r")
        answer(child, "'hello BOB'")                     # node REPL: 'hello BOB'
        child.send("console.log([1, 2].map(x => x * 10))\r")
        answer(child, r"\[ 10, 20 \]")                 # node: [ 10, 20 ] then undefined
        child.send("null.x\r")
        # node REPL: Uncaught TypeError: Cannot read properties of null (reading 'x')
        answer(child, r"Uncaught TypeError: Cannot read properties of null \(reading 'x'\)")
        child.send("let x = ;\r")
        answer(child, r"Uncaught SyntaxError: Unexpected token ';'")
        # Ctrl-C drops the current input
        child.send("unfinished(")
        child.sendcontrol("c")
        child.expect_exact(PROMPT)
        child.send("let q = 'abc';\r")
        answer(child, "undefined")
        child.send("q.length * 7\r")                     # state is kept
        answer(child, "21")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    import sqlite3
    db = sqlite3.connect(str(tmp_path / "history.sqlite"))
    history = "\n".join(row[0] for row in db.execute("SELECT source FROM history"))
    db.close()
    assert "greet('bob')" in history
    assert "return 'hello ' + name.toUpperCase();" in history
    assert "unfinished(" not in history


def test_ctrl_c_interrupts_a_running_program(tmp_path):
    import time

    import pexpect

    child = spawn_console(tmp_path)
    try:
        child.send("let n = 0; console.log('spinning'); while (true) { n++; }\r")
        answer_index = child.expect(["spinning\r\n", "Uncaught.*", "InternalError.*"])
        assert answer_index == 0, child.after       # the loop is running
        time.sleep(0.2)
        child.sendintr()
        answer(child, "Script execution was interrupted")
        child.send("n > 0\r")                # the session survives, with its state
        answer(child, "true")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0


def test_history_persists_between_sessions(tmp_path):
    import pexpect

    child = spawn_console(tmp_path)
    try:
        child.send("let remembered = 6 * 7; remembered\r")
        answer(child, "42")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)

    child = spawn_console(tmp_path)
    try:
        child.send("\x1b[A")        # Up: the previous session's input comes back
        child.send("\r")
        answer(child, "42")
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0


# -- the same REPL from a pipe -------------------------------------------------------

def piped(text, home):
    return subprocess.run([sys.executable, "-m", "jskernel.cli", "console"], input=text,
                          capture_output=True, encoding="utf-8", timeout=TIMEOUT,
                          env=console_env(home))


def test_piped_input_runs_line_by_line(tmp_path):
    proc = piped(
        "function f(a) {\n"
        "  return a * 2;\n"
        "}\n"
        "f(21)\n"
        "console.log('hi')\n"
        "null.x\n"
        "'after ' + f(1)\n",
        tmp_path,
    )
    # node -i prints the same values (plus prompts)
    assert proc.stdout == "undefined\n42\nhi\nundefined\n'after 2'\n"
    assert proc.stderr.startswith("Uncaught TypeError: Cannot read properties of null (reading 'x')")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1        # an input failed


def test_piped_success_and_exit_command(tmp_path):
    proc = piped("let a = [1, 2, 3]\na.length\n.exit\nconsole.log('not run')\n", tmp_path)
    assert proc.stdout == "undefined\n3\n"
    assert proc.stderr == ""
    assert proc.returncode == 0


def test_piped_syntax_error_and_unfinished_input(tmp_path):
    proc = piped("let x = ;\nif (true) {\n", tmp_path)
    assert proc.returncode == 1
    err = proc.stderr
    assert "let x = ;\n        ^\nUncaught SyntaxError: Unexpected token ';'" in err
    assert "Uncaught SyntaxError: Unexpected end of input" in err


# -- Enter: complete or not ------------------------------------------------------------

@pytest.mark.parametrize("source, status", [
    ("", "complete"),
    ("   \n", "complete"),
    ("1 + 2", "complete"),
    ("function f() {}", "complete"),
    ("let s = '{';", "complete"),
    ("function f() {", "incomplete"),
    ("foo(1,", "incomplete"),
    ("let x =", "incomplete"),
    ("[1, 2", "incomplete"),
    ("let s = `a ${b", "incomplete"),
    ("let s = `abc", "incomplete"),
    ("/* open comment", "incomplete"),
    ("}", "invalid"),
    ("let let = 1;", "invalid"),
    ("let x = ;\nfunction f() {", "invalid"),
])
def test_is_complete(source, status):
    from jskernel.engine.syntax.completeness import is_complete

    assert is_complete(source)[0] == status


@pytest.mark.parametrize("source, indent", [
    ("function f() {", "  "),
    ("foo(function () {", "  "),                 # two openers on one line: one level
    ("if (a) {\n  if (b) {", "    "),
    ("let s = '{(';\nif (x) {", "  "),           # brackets in strings do not count
    ("let r = /[{(]/;\nf(", "  "),              # nor in regular expressions
    ("a = b / c; d = {", "  "),                  # division is not a regex
    ("// {\nx = [", "  "),                       # nor in comments
    ("x = `${ {a: 1} }` + f(", "  "),            # template substitutions nest
    ("x = `text {", ""),                          # inside template text: no indent
    ("  let y =", "    "),                        # no open bracket: one level deeper
])
def test_next_indent(source, indent):
    from jskernel.engine.syntax.completeness import next_indent

    assert next_indent(source) == indent


# -- error rendering shared by the front ends --------------------------------------------

def test_caret_line_counts_utf16_units_and_keeps_tabs():
    from jskernel.console.report import caret_line
    from jskernel.engine.text import to_js

    line = to_js("\tx = '\U0001F600' + y")      # y is UTF-16 column 13 (the emoji is 2 units)
    assert caret_line(line, 13) == "\t" + " " * 10 + "^"
    assert caret_line("abc", 1) == "^"


def test_context_block_marks_the_line():
    from jskernel.console.report import context_block

    lines = ["a;", "b;", "c.d;", "e;", "f;", "g;"]
    assert context_block(lines, 3, 2) == [
        "      1 a;",
        "      2 b;",
        "----> 3 c.d;",
        "         ^",
        "      4 e;",
        "      5 f;",
    ]


def test_engine_bug_is_reported_and_the_session_goes_on():
    import io

    from jskernel.console.app import Session

    class Buggy:
        current_origin = None

        def evaluate_cell(self, source, filename=None):
            if "bug" in source:
                raise KeyError("oops")
            return 1.0

        def wait_cell(self, value, timeout=None):
            return value

        def inspect(self, value):
            return "1"

    out, err = io.StringIO(), io.StringIO()
    session = Session(out=out, err=err)
    session._engine = Buggy()
    session.run("bug()")
    session.run("fine()")
    assert err.getvalue().startswith("InternalError: jskernel bug: KeyError")
    assert "Traceback" not in err.getvalue()
    assert out.getvalue() == "1\n"
    assert session.failed


# -- REPL-mode inputs and the event loop ---------------------------------------------

def test_inputs_are_repl_mode_cells_and_the_loop_runs_at_the_end(tmp_path):
    # the same semantics as notebook cells: a const declared again, top-level await, a
    # promise-valued input awaited; pending timers run after the last input (like node
    # with a script on stdin), an error in one is reported and fails the exit status
    proc = piped(
        "const x = 1\n"
        "const x = 2\n"
        "x\n"
        "setTimeout(() => console.log('timer sees', x), 30); 'scheduled'\n"
        "await new Promise((r) => setTimeout(() => r(42), 10))\n"
        "Promise.resolve(7)\n"
        "setTimeout(() => { throw new RangeError('late') }, 50); 1\n", tmp_path)
    assert proc.stdout.splitlines() == [
        "undefined", "undefined", "2", "'scheduled'", "42", "7", "1", "timer sees 2"]
    assert proc.stderr.startswith("Uncaught RangeError: late\n    at REPL7:1:")
    assert proc.returncode == 1


def test_timers_fire_while_the_prompt_waits(tmp_path):
    import pexpect

    child = spawn_console(tmp_path)
    try:
        child.send("setTimeout(() => console.log('tick', 6 * 7), 300); 'armed'\r")
        answer(child, "'armed'")
        child.expect("tick 42")            # no further input: the loop turns at the prompt
        child.send("await new Promise((r) => setTimeout(() => r('done'), 100))\r")
        answer(child, "'done'")
        child.send(".exit\r")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
