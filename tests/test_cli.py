"""The `jskernel` command line: run / parse / dis / install, exit codes, error output.

Each test runs the real command in a subprocess (`python -m jskernel.cli ...`), so what
is checked is exactly what a user sees, including "no Python traceback, ever".
Expected JavaScript output was produced by node 20 (shown beside each case); AST
JSON by acorn 8.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def jskernel(*args, cwd=None, stdin=None, timeout=120):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("JSKERNEL_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "jskernel.cli", *map(str, args)],
        cwd=cwd, input=stdin, capture_output=True, timeout=timeout, env=env,
        encoding="utf-8", errors="replace",
    )


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def no_traceback(proc):
    assert "Traceback (most recent call last)" not in proc.stderr, proc.stderr
    assert "Traceback (most recent call last)" not in proc.stdout, proc.stdout


# -- run ---------------------------------------------------------------------------

def test_run_prints_console_output(tmp_path):
    prog = write(tmp_path, "prog.js", (
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
        "console.log(fib(20));\n"
        "console.log([1, 2, 3].map(x => x * 2), { a: 1, b: 'two' });\n"
        "console.error('to stderr');\n"
    ))
    proc = jskernel("run", prog)
    # node prog.js
    assert proc.stdout == "6765\n[ 2, 4, 6 ] { a: 1, b: 'two' }\n"
    assert proc.stderr == "to stderr\n"
    assert proc.returncode == 0


def test_run_uncaught_error_prints_js_stack_and_exits_1(tmp_path):
    write(tmp_path, "throw.js", (
        "console.log('before');\n"
        "function f() {\n"
        "  null.x;\n"
        "}\n"
        "f();\n"
    ))
    proc = jskernel("run", "throw.js", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == "before\n"
    no_traceback(proc)
    # node (the file runs as the CommonJS main module, named by its absolute path):
    # "/abs/throw.js:3\n  null.x;\n       ^\n\nTypeError: Cannot read properties of null
    # (reading 'x')\n    at f (/abs/throw.js:3:8)\n    at Object.<anonymous> (/abs/throw.js:5:1)"
    err = proc.stderr
    path = str((tmp_path / "throw.js").resolve())
    assert "TypeError: Cannot read properties of null (reading 'x')" in err
    assert f"    at f ({path}:3:8)" in err
    assert f"    at Object.<anonymous> ({path}:5:1)" in err
    assert err.startswith(f"{path}:3\n  null.x;\n"), err


def test_run_syntax_error_shows_caret_and_exits_1(tmp_path):
    write(tmp_path, "bad.js", "let a = 1;\nlet x = ;\n")
    proc = jskernel("run", "bad.js", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == ""
    no_traceback(proc)
    # node: "bad.js:2\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'"
    lines = proc.stderr.splitlines()
    assert "bad.js:2:9" in lines[0]
    assert "let x = ;" in lines
    assert "        ^" in lines
    assert lines[-1] == "SyntaxError: Unexpected token ';'"


def test_run_reads_utf8_and_astral_characters(tmp_path):
    prog = write(tmp_path, "u.js", "const s = 'h\u00e9\U0001F600';\nconsole.log(s, s.length);\n")
    proc = jskernel("run", prog)
    # node: "hé😀 4"  (the emoji is two UTF-16 code units)
    assert proc.stdout == "h\u00e9\U0001F600 4\n"
    assert proc.returncode == 0


def test_run_from_stdin():
    proc = jskernel("run", "-", stdin="console.log(6 * 7)\n")
    assert proc.stdout == "42\n"
    assert proc.returncode == 0


def test_run_missing_file_is_a_clear_message(tmp_path):
    proc = jskernel("run", tmp_path / "nope.js")
    assert proc.returncode == 2
    assert proc.stderr.startswith("jskernel: cannot open")
    assert "no such file" in proc.stderr
    no_traceback(proc)


def test_run_invalid_utf8_is_a_clear_message(tmp_path):
    path = tmp_path / "latin1.js"
    path.write_bytes(b"console.log('\xe9')\n")
    proc = jskernel("run", path)
    assert proc.returncode == 2
    assert "not valid UTF-8" in proc.stderr
    no_traceback(proc)


def test_no_command_prints_usage():
    proc = jskernel()
    assert proc.returncode == 2
    assert "usage: jskernel" in proc.stderr
    no_traceback(proc)


# -- parse -------------------------------------------------------------------------

# acorn 8: acorn.parse("let s = '😀'; s + 1;\n", {ecmaVersion: "latest", locations: true})
ACORN_ASTRAL = json.loads(
    '{"type":"Program","start":0,"end":21,"loc":{"start":{"line":1,"column":0},"end":{"line":2,"column":0}},'
    '"body":[{"type":"VariableDeclaration","start":0,"end":13,"loc":{"start":{"line":1,"column":0},'
    '"end":{"line":1,"column":13}},"declarations":[{"type":"VariableDeclarator","start":4,"end":12,'
    '"loc":{"start":{"line":1,"column":4},"end":{"line":1,"column":12}},"id":{"type":"Identifier",'
    '"start":4,"end":5,"loc":{"start":{"line":1,"column":4},"end":{"line":1,"column":5}},"name":"s"},'
    '"init":{"type":"Literal","start":8,"end":12,"loc":{"start":{"line":1,"column":8},"end":{"line":1,'
    '"column":12}},"value":"\\ud83d\\ude00","raw":"\'\\ud83d\\ude00\'"}}],"kind":"let"},'
    '{"type":"ExpressionStatement","start":14,"end":20,"loc":{"start":{"line":1,"column":14},"end":{"line":1,'
    '"column":20}},"expression":{"type":"BinaryExpression","start":14,"end":19,"loc":{"start":{"line":1,'
    '"column":14},"end":{"line":1,"column":19}},"left":{"type":"Identifier","start":14,"end":15,"loc":'
    '{"start":{"line":1,"column":14},"end":{"line":1,"column":15}},"name":"s"},"operator":"+","right":'
    '{"type":"Literal","start":18,"end":19,"loc":{"start":{"line":1,"column":18},"end":{"line":1,'
    '"column":19}},"value":1,"raw":"1"}}}],"sourceType":"script"}'
)


def test_parse_json_matches_acorn(tmp_path):
    prog = write(tmp_path, "astral.js", "let s = '\U0001F600'; s + 1;\n")
    proc = jskernel("parse", "--json", prog)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == ACORN_ASTRAL
    assert proc.stdout.isascii()          # astral characters as \ud83d\ude00 escapes
    assert proc.stdout.startswith('{\n  "type": "Program"')


def test_parse_json_compact_and_module(tmp_path):
    prog = write(tmp_path, "m.js", "export const x = 1;\n")
    proc = jskernel("parse", "--json", "--compact", "--module", prog)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") == 1
    tree = json.loads(proc.stdout)
    assert tree["sourceType"] == "module"
    assert tree["body"][0]["type"] == "ExportNamedDeclaration"


def test_parse_readable_tree(tmp_path):
    prog = write(tmp_path, "t.js", "let x = 1 + 2;\n")
    proc = jskernel("parse", prog)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Program 0-15")
    assert 'sourceType="script"' in lines[0]
    assert any(l.strip().startswith("body[0]: VariableDeclaration") and 'kind="let"' in l for l in lines)
    assert any(l.strip().startswith("init: BinaryExpression") and 'operator="+"' in l for l in lines)
    assert any(l.strip().startswith("left: Literal") and "value=1" in l for l in lines)


def test_parse_syntax_error(tmp_path):
    write(tmp_path, "bad.js", "let a = 1;\nlet x = ;\n")
    proc = jskernel("parse", "--json", "bad.js", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == ""
    no_traceback(proc)
    assert "bad.js:2:9" in proc.stderr
    assert "\n        ^\n" in proc.stderr
    assert proc.stderr.rstrip().endswith("SyntaxError: Unexpected token ';'")


# -- dis ---------------------------------------------------------------------------

def test_dis_prints_bytecode(tmp_path):
    prog = write(tmp_path, "d.js", "function add(a, b) { return a + b; }\nadd(1, 2);\n")
    proc = jskernel("dis", prog)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
    no_traceback(proc)


def test_dis_syntax_error(tmp_path):
    prog = write(tmp_path, "bad.js", "function (\n")
    proc = jskernel("dis", prog)
    assert proc.returncode == 1
    assert "SyntaxError" in proc.stderr
    no_traceback(proc)


# -- install -----------------------------------------------------------------------

def test_install_prefix(tmp_path):
    proc = jskernel("install", "--prefix", tmp_path)
    assert proc.returncode == 0, proc.stderr
    spec = tmp_path / "share" / "jupyter" / "kernels" / "jskernel"
    assert str(spec) in proc.stdout
    data = json.loads((spec / "kernel.json").read_text())
    assert data["argv"] == [sys.executable, "-m", "jskernel", "-f", "{connection_file}"]


def test_install_options_are_exclusive(tmp_path):
    proc = jskernel("install", "--user", "--prefix", tmp_path)
    assert proc.returncode == 2
    assert "not allowed with" in proc.stderr
    no_traceback(proc)


def test_python_dash_m_jskernel_passes_commands_to_the_cli(tmp_path):
    prog = write(tmp_path, "p.js", "console.log('via -m')\n")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run([sys.executable, "-m", "jskernel", "run", str(prog)], capture_output=True,
                          text=True, timeout=120, env=env)
    assert (proc.returncode, proc.stdout) == (0, "via -m\n")


@pytest.mark.parametrize("args", [["--version"]])
def test_version(args):
    proc = jskernel(*args)
    assert proc.returncode == 0
    assert proc.stdout.startswith("jskernel ")
