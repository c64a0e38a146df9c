"""The notebooks under notebooks/ run headlessly on the installed kernel, with nbclient and
with `jupyter nbconvert --execute`, and their outputs are checked.

Expected values for JavaScript semantics are what node 20 prints for the same code (the
cells were checked by hand with `node` on the equivalent script); the rich-output and
magics cells are checked against the Jupyter message shapes the kernel promises
(docs/kernel.md, docs/kernel-display.md).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
TOUR = REPO / "notebooks" / "tour.ipynb"


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory):
    from jskernel.install import install

    prefix = tmp_path_factory.mktemp("nbprefix")
    install(prefix=str(prefix))
    old = dict(os.environ)
    os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(REPO), old.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    yield
    os.environ.clear()
    os.environ.update(old)


def _join(value) -> str:
    return "".join(value) if isinstance(value, list) else value


def _outputs(cell) -> list[tuple]:
    """A cell's outputs as (kind, payload) pairs: ("stdout", text), ("result", data dict),
    ("display", data dict), ("error", (ename, evalue, traceback))."""
    out = []
    for o in cell.outputs:
        t = o["output_type"]
        if t == "stream":
            out.append((o["name"], _join(o["text"])))
        elif t in ("execute_result", "display_data"):
            data = {k: _join(v) if isinstance(v, (str, list)) else v for k, v in o["data"].items()}
            out.append(("result" if t == "execute_result" else "display", data))
        elif t == "error":
            out.append(("error", (o["ename"], o["evalue"], o["traceback"])))
    return out


def _by_source(nb) -> dict[str, list[tuple]]:
    cells = {}
    for c in nb.cells:
        if c.cell_type == "code":
            first = c.source.splitlines()[0]
            assert first not in cells, f"two code cells start with {first!r}"
            cells[first] = _outputs(c)
    return cells


def check_tour(nb) -> None:
    cells = _by_source(nb)
    text = lambda data: data["text/plain"]  # noqa: E731
    assert cells['console.log("hello, world")'] == [("stdout", "hello, world\n")]
    [(kind, data)] = cells["function fib(n) {"]
    assert (kind, text(data)) == ("result", "6765")
    (s, out), (r, data) = cells["const languages = [{ name: \"JavaScript\", year: 1995 }, { name: \"Python\", year: 1991 }];"]
    assert (s, out) == ("stdout", "JavaScript is 30 years old\nPython is 34 years old\n")
    assert text(data) == "[ { name: 'JavaScript', year: 1995 }, { name: 'Python', year: 1991 } ]"
    # REPL mode: the const is declared again, not an error
    assert [text(d) for _, d in cells['const greeting = "hi";']] == ["'hi'"]
    assert [text(d) for _, d in cells['const greeting = "hello again";']] == ["'HELLO AGAIN'"]
    assert [text(d) for _, d in cells["class Vec {"]] == ["{ a: 3, b: 4, length: 5 }"]
    # top-level await; the timer and the promise job ran in node's order
    assert [text(d) for _, d in cells["const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));"]] \
        == ["[ 'sync', 'microtask', 'timeout' ]"]
    assert [text(d) for _, d in cells["Promise.all([1, 2, 3].map(async (n) => n * n))"]] == ["[ 1, 4, 9 ]"]
    assert cells["%%module geometry"] == [("stdout", "Defined module 'geometry'\n")]
    assert [text(d) for _, d in cells['import describe, { area } from "geometry";']] \
        == ["[ 'circle of radius 2', '12.566' ]"]
    md, html = cells['display.markdown("**bold** and *italic*, from JavaScript");']
    assert md[0] == "display" and md[1]["text/markdown"] == "**bold** and *italic*, from JavaScript"
    assert html[0] == "display" and html[1]["text/html"] == "<b>hello</b> <i>html</i>"
    [(kind, data)] = cells["class Swatch {"]
    assert kind == "result" and data["text/plain"] == "Swatch(teal)"
    assert data["text/html"] == '<div style="background:teal;width:60px;height:20px"></div>'
    [(kind, data)] = cells['console.table([{ lang: "JavaScript", year: 1995 }, { lang: "Python", year: 1991 }])']
    assert kind == "display"
    assert data["text/plain"].splitlines()[3] == "│ 0       │ 'JavaScript' │ 1995 │"  # node's box
    assert "<th>lang</th>" in data["text/html"]
    [(kind, dis)] = cells["%dis fib"]
    assert kind == "stdout" and dis.startswith("== function fib (In[2])") and "RETURN" in dis
    (kind, timing), (r, data) = cells["%time fib(15)"]
    assert timing.startswith("CPU times: user ") and "Wall time: " in timing
    assert text(data) == "610"
    (stream, careful), (kind, (ename, evalue, tb)) = cells["function configure(options) {"]
    assert (stream, careful) == ("stderr", "careful\n")
    assert (kind, ename, evalue) == ("error", "TypeError", "Cannot read properties of null (reading 'verbose')")
    assert any("line 3" in line for line in tb)
    assert any("at configure (In[" in line for line in tb)


def test_tour_notebook_runs_in_nbclient(kernel_env):
    nb = nbformat.read(TOUR, as_version=4)
    NotebookClient(nb, kernel_name="jskernel", timeout=120, allow_errors=True).execute()
    check_tour(nb)


def test_tour_notebook_runs_in_nbconvert(kernel_env, tmp_path):
    out = tmp_path / "tour.ipynb"
    proc = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
         "--allow-errors", "--ExecutePreprocessor.kernel_name=jskernel",
         "--output", str(out), str(TOUR)],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    check_tour(nbformat.read(out, as_version=4))
