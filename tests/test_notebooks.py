"""The notebooks under notebooks/ run headlessly with nbclient on the installed kernel.

Expected outputs are what node 20 prints for the same code (checked by hand with
`node` on the equivalent script; the cells only use console.log/util.inspect output).
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

REPO = Path(__file__).resolve().parents[1]


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


def _text(output) -> str:
    if output["output_type"] == "stream":
        return output["text"]
    if output["output_type"] == "execute_result":
        return output["data"]["text/plain"]
    return ""


def test_tour_notebook_executes(kernel_env):
    nb = nbformat.read(REPO / "notebooks" / "tour.ipynb", as_version=4)
    client = NotebookClient(nb, kernel_name="jskernel", timeout=120, allow_errors=True)
    client.execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [_text(o) for o in code[0].outputs] == ["hello, world\n"]
    assert [_text(o) for o in code[1].outputs] == ["6765"]
    assert [_text(o) for o in code[2].outputs] == [
        "JavaScript is 30 years old\nPython is 34 years old\n",
        "[ { name: 'JavaScript', year: 1995 }, { name: 'Python', year: 1991 } ]",
    ]
    last = code[3].outputs
    assert last[0]["output_type"] == "stream" and last[0]["name"] == "stderr"
    assert last[0]["text"] == "careful\n"
    error = last[-1]
    assert error["output_type"] == "error"
    assert error["ename"] == "TypeError"
    assert error["evalue"] == "Cannot read properties of null (reading 'verbose')"
    assert any("line 3" in line for line in error["traceback"])


def test_errors_stop_a_strict_run(kernel_env):
    """Without allow_errors, nbclient stops at the failing cell, as with any kernel."""
    nb = nbformat.read(REPO / "notebooks" / "tour.ipynb", as_version=4)
    with pytest.raises(CellExecutionError):
        NotebookClient(nb, kernel_name="jskernel", timeout=120).execute()
