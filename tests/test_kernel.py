"""The Jupyter kernel, driven through jupyter_client like a notebook would drive it.

The kernelspec is installed into a temporary prefix with `jskernel.install` and the
kernel is started from it (one kernel for the module; cells share its state, as in a
notebook).  Expected JavaScript results are what node 20 prints.  The last tests run
JSKernel in-process with a stand-in engine to check that engine bugs never kill it.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from pathlib import Path

import pytest

from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402
from jupyter_client.manager import KernelManager  # noqa: E402

from support.kernel_harness import start_kernel, stop_kernel

REPO = Path(__file__).resolve().parents[1]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
TIMEOUT = 120


@pytest.fixture(scope="module")
def km(tmp_path_factory):
    manager, client = start_kernel(tmp_path_factory.mktemp("prefix"))
    manager.test_client = client
    yield manager
    stop_kernel(manager, client)


@pytest.fixture
def kc(km):
    return km.test_client


def run(kc, code, timeout=TIMEOUT):
    """Execute `code`; return (reply content, [(msg_type, content), ...] outputs)."""
    msgs = []
    # stop_on_error=False: otherwise ipykernel aborts requests that race with its
    # "stop aborting" marker after an error, and the next test's cell may be dropped
    reply = kc.execute_interactive(code, output_hook=msgs.append, timeout=timeout,
                                   stop_on_error=False)
    outputs = [(m["msg_type"], m["content"]) for m in msgs
               if m["msg_type"] not in ("status", "execute_input")]
    return reply["content"], outputs


def shell_reply(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to request `msg_id` (stale replies, e.g. the extra
    kernel_info_replies of wait_for_ready, are skipped)."""
    deadline = time.monotonic() + timeout
    while True:
        reply = kc.get_shell_msg(timeout=max(1, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def result_text(outputs):
    results = [c for t, c in outputs if t == "execute_result"]
    assert len(results) == 1, outputs
    return results[0]["data"]["text/plain"]


def the_error(outputs):
    errors = [c for t, c in outputs if t == "error"]
    assert len(errors) == 1, outputs
    return errors[0], [ANSI.sub("", line) for line in "\n".join(errors[0]["traceback"]).split("\n")]


# -- execute ---------------------------------------------------------------------

def test_console_log_is_a_stdout_stream(kc):
    reply, outputs = run(kc, "console.log('hello, world')")
    assert reply["status"] == "ok"
    assert outputs == [("stream", {"name": "stdout", "text": "hello, world\n"})]


def test_expression_value_is_execute_result(kc):
    reply, outputs = run(kc, "1 + 2")
    assert reply["status"] == "ok"
    assert result_text(outputs) == "3"
    assert [t for t, _ in outputs] == ["execute_result"]
    assert outputs[0][1]["execution_count"] == reply["execution_count"]


def test_results_are_node_inspect_formatted(kc):
    # node: util.inspect('ab') -> 'ab'; util.inspect([1, 'a', {b: null}]) -> [ 1, 'a', { b: null } ]
    assert result_text(run(kc, "'a' + 'b'")[1]) == "'ab'"
    assert result_text(run(kc, "[1, 'a', {b: null}]")[1]) == "[ 1, 'a', { b: null } ]"
    assert result_text(run(kc, "0.1 + 0.2")[1]) == "0.30000000000000004"


def test_undefined_value_has_no_execute_result(kc):
    reply, outputs = run(kc, "let nothingToSee = 5;")
    assert reply["status"] == "ok"
    assert outputs == []
    reply, outputs = run(kc, "undefined")
    assert outputs == []


def test_console_error_is_a_stderr_stream(kc):
    reply, outputs = run(kc, "console.error('something went wrong')")
    assert reply["status"] == "ok"
    assert outputs == [("stream", {"name": "stderr", "text": "something went wrong\n"})]


def test_stream_order_is_kept_and_flushed_before_result(kc):
    reply, outputs = run(kc, "console.log('a'); console.error('b'); console.log('c'); 42")
    assert outputs == [
        ("stream", {"name": "stdout", "text": "a\n"}),
        ("stream", {"name": "stderr", "text": "b\n"}),
        ("stream", {"name": "stdout", "text": "c\n"}),
        ("execute_result", outputs[-1][1]),
    ]
    assert result_text(outputs) == "42"


def test_state_persists_across_cells(kc):
    assert run(kc, "var counter = 10;\nlet label = 'n';\nfunction twice(x) { return 2 * x; }")[0]["status"] == "ok"
    assert result_text(run(kc, "twice(counter)")[1]) == "20"
    assert result_text(run(kc, "counter += 1; label + counter")[1]) == "'n11'"


def test_uncaught_error_is_one_error_message(kc):
    reply, outputs = run(kc, "null.x")
    assert reply["status"] == "error"
    assert reply["ename"] == "TypeError"
    # node: TypeError: Cannot read properties of null (reading 'x')
    assert reply["evalue"] == "Cannot read properties of null (reading 'x')"
    error, lines = the_error(outputs)
    assert error["ename"] == "TypeError"
    assert error["evalue"] == "Cannot read properties of null (reading 'x')"
    assert f"Cell In[{reply['execution_count']}], line 1" in lines
    assert "TypeError: Cannot read properties of null (reading 'x')" in lines
    assert not [t for t, _ in outputs if t == "execute_result"]


def test_error_traceback_points_at_the_cell_line(kc):
    reply, outputs = run(kc, "console.log('first');\nlet y = null;\ny.foo;\n")
    assert reply["status"] == "error"
    assert outputs[0] == ("stream", {"name": "stdout", "text": "first\n"})
    error, lines = the_error(outputs)
    n = reply["execution_count"]
    assert f"Cell In[{n}], line 3" in lines
    arrow = [i for i, line in enumerate(lines) if line.startswith("---->")]
    assert len(arrow) == 1 and lines[arrow[0]].endswith("y.foo;")
    assert lines[arrow[0] + 1].strip() == "^"
    # the JS stack follows, naming the cell
    assert "TypeError: Cannot read properties of null (reading 'foo')" in lines
    assert any(line.strip().startswith("at ") and f"In[{n}]:3:" in line for line in lines)


def test_error_in_function_from_an_earlier_cell(kc):
    define, _ = run(kc, "function boom() {\n  return undefined.bar;\n}")
    reply, outputs = run(kc, "boom()")
    assert reply["ename"] == "TypeError"
    # node: Cannot read properties of undefined (reading 'bar')
    assert reply["evalue"] == "Cannot read properties of undefined (reading 'bar')"
    _error, lines = the_error(outputs)
    assert f"Cell In[{define['execution_count']}], line 2" in lines
    assert any("at boom (" in line for line in lines)


def test_thrown_error_subclass(kc):
    reply, outputs = run(kc, "throw new RangeError('nope')")
    assert reply["status"] == "error"
    assert (reply["ename"], reply["evalue"]) == ("RangeError", "nope")


def test_syntax_error_reports_line_and_caret(kc):
    reply, outputs = run(kc, "let fine = 1;\nlet x = ;\n")
    assert reply["status"] == "error"
    assert reply["ename"] == "SyntaxError"
    # node: SyntaxError: Unexpected token ';'
    assert reply["evalue"] == "Unexpected token ';'"
    _error, lines = the_error(outputs)
    n = reply["execution_count"]
    assert any(line.startswith(f"Cell In[{n}], line 2") for line in lines)
    assert any("column 9" in line for line in lines)
    src = [i for i, line in enumerate(lines) if line.rstrip().endswith("let x = ;")]
    assert len(src) == 1
    source_line, caret = lines[src[0]], lines[src[0] + 1]
    assert caret.rstrip().endswith("^")
    assert caret.index("^") == source_line.index(";")
    # nothing ran: the earlier declaration of the cell did not happen
    assert result_text(run(kc, "typeof fine")[1]) == "'undefined'"


def test_kernel_survives_errors(kc):
    run(kc, "null.x")
    assert result_text(run(kc, "'still' + ' alive'")[1]) == "'still alive'"


def test_interrupt(km, kc):
    msg_id = kc.execute("console.log('looping'); while (true) {}", stop_on_error=False)
    deadline = time.monotonic() + TIMEOUT
    while True:   # interrupt only once the loop is running (the output was flushed)
        msg = kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream" and "looping" in msg["content"]["text"]:
            break
        assert msg["msg_type"] != "error", msg["content"]
    time.sleep(0.2)
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert result_text(run(kc, "1 + 1")[1]) == "2"


# -- other requests ----------------------------------------------------------------

@pytest.mark.parametrize("code, status, indent", [
    ("function f() {", "incomplete", "  "),
    ("if (a) {\n  while (b) {", "incomplete", "    "),
    ("let s = `abc", "incomplete", ""),
    ("let x = 1 +", "incomplete", None),
    ("/* comment", "incomplete", ""),
    ("1 + 2", "complete", None),
    ("function f() {}\n", "complete", None),
    ("}", "invalid", None),
    ("let x = ;", "invalid", None),
])
def test_is_complete(kc, code, status, indent):
    reply = shell_reply(kc, kc.is_complete(code))
    assert reply["msg_type"] == "is_complete_reply"
    assert reply["content"]["status"] == status
    if indent is not None:
        assert reply["content"]["indent"] == indent


def test_kernel_info(kc):
    reply = shell_reply(kc, kc.kernel_info())
    info = reply["content"]["language_info"]
    assert info["name"] == "javascript"
    assert info["file_extension"] == ".js"
    assert info["mimetype"] == "text/javascript"
    assert info["pygments_lexer"] == "javascript"
    assert info["codemirror_mode"] == "javascript"
    assert reply["content"]["implementation"] == "jskernel"


# -- in process: engine bugs never kill the kernel -------------------------------------

def _buggy_engine():
    """A real Engine whose cells hit a Python bug inside the engine."""
    from jskernel.engine import Engine

    class BuggyEngine(Engine):
        def evaluate_cell(self, source, filename=None):
            raise ZeroDivisionError("a bug in the engine")

        def inspect(self, value):
            raise AssertionError("not reached")

    return BuggyEngine()


def test_engine_bug_becomes_an_error_message():
    from jskernel.kernel import JSKernel

    kernel = JSKernel()
    sent = []
    kernel.send_response = lambda socket, msg_type, content=None, **kw: sent.append((msg_type, content))
    kernel._engine = _buggy_engine()
    reply = asyncio.run(kernel.do_execute("1 + 1", False))
    assert reply["status"] == "error"
    assert reply["ename"] == "InternalError"
    assert "ZeroDivisionError" in reply["evalue"]
    assert [t for t, _ in sent] == ["error"]
    assert not any("Traceback" in line for line in sent[0][1]["traceback"])


# -- a whole notebook, as `jupyter nbconvert --execute` would run it -------------------

def test_notebook_runs_with_nbclient(tmp_path):
    import nbclient
    import nbformat
    import json

    from jskernel.install import install

    where = Path(install(prefix=str(tmp_path)))
    spec = json.loads((where / "kernel.json").read_text())
    spec["env"] = {"PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    (where / "kernel.json").write_text(json.dumps(spec))

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "jskernel", "display_name": "JavaScript (jskernel)",
                                 "language": "javascript"}
    nb.cells = [
        nbformat.v4.new_code_cell("const xs = [3, 1, 2];\nconsole.log(xs.length)"),
        nbformat.v4.new_code_cell("xs.sort()"),
        nbformat.v4.new_code_cell("xs.nope()"),
    ]
    ksm = KernelSpecManager(kernel_dirs=[str(where.parent)])
    km = KernelManager(kernel_name="jskernel", kernel_spec_manager=ksm)
    client = nbclient.NotebookClient(nb, km=km, timeout=TIMEOUT, allow_errors=True,
                                     kernel_name="jskernel")
    client.execute()
    out0, out1, out2 = (cell.outputs for cell in nb.cells)
    assert [(o.output_type, o.name, o.text) for o in out0] == [("stream", "stdout", "3\n")]
    assert out1[0].output_type == "execute_result"
    assert out1[0].data["text/plain"] == "[ 1, 2, 3 ]"          # node: [ 1, 2, 3 ]
    assert out2[0].output_type == "error"
    assert (out2[0].ename, out2[0].evalue) == ("TypeError", "xs.nope is not a function")
    assert nb.metadata["language_info"]["name"] == "javascript"
