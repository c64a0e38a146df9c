"""Conformance: jupyter_kernel_test's KernelTests against the installed kernelspec.

The kernelspec is installed by `jskernel.install` into a temporary prefix that is put
on JUPYTER_PATH for the class (so this runs on a clean machine), with a throwaway
history database.  Every sample attribute KernelTests knows is filled; expected values
are node's (`console.log('hello, world')` prints `hello, world`, `6 * 7` is `42`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import jupyter_kernel_test as jkt   # the [test] extra (pyproject.toml)

REPO = Path(__file__).resolve().parents[2]


class JSKernelTests(jkt.KernelTests):
    kernel_name = "jskernel"
    language_name = "javascript"
    file_extension = ".js"

    code_hello_world = "console.log('hello, world')"
    code_stderr = "console.error('oops')"

    completion_samples = [
        {"text": "Math.ma", "matches": {"max"}},
        {"text": "JSON.str", "matches": {"stringify"}},
        {"text": "[].fla", "matches": {"flat", "flatMap"}},
        {"text": "'abc'.toUpper", "matches": {"toUpperCase"}},
        {"text": "retu", "matches": {"return"}},
    ]

    complete_code_samples = ["1 + 1", "let a = 1;", "function f() { return 1 }", "x?"]
    incomplete_code_samples = ["function f() {", "[1, 2,", "`abc ${", "/* comment"]
    invalid_code_samples = ["let = ;", "1 +* 2", "}"]

    code_page_something = "Math.max?"

    code_generate_error = "throw new Error('boom')"

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "'a' + 'b'", "result": "'ab'"},
        {"code": "[1, 2, 3].map(x => x * 2)", "result": "[ 2, 4, 6 ]"},
    ]

    code_display_data = [
        {"code": "display.html('<b>hi</b>')", "mime": "text/html"},
        {"code": "display.markdown('# title')", "mime": "text/markdown"},
    ]

    code_history_pattern = "6 ?*"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max"

    code_clear_output = "clearOutput()"

    @classmethod
    def setUpClass(cls) -> None:
        from jskernel.install import install

        cls._tmp = tempfile.mkdtemp(prefix="jskernel-kernel-test-")
        install(prefix=cls._tmp)
        cls._saved_env = {k: os.environ.get(k) for k in
                          ("JUPYTER_PATH", "PYTHONPATH", "JSKERNEL_HISTORY", "JSKERNEL_DEBUG")}
        os.environ["JUPYTER_PATH"] = os.pathsep.join(
            [os.path.join(cls._tmp, "share", "jupyter"), os.environ.get("JUPYTER_PATH", "")]).rstrip(os.pathsep)
        os.environ["PYTHONPATH"] = os.pathsep.join(
            [str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
        os.environ["JSKERNEL_HISTORY"] = os.path.join(cls._tmp, "history.sqlite")
        os.environ.pop("JSKERNEL_DEBUG", None)
        try:
            super().setUpClass()
        except Exception:
            cls._restore()
            raise
        cls._patient = False
        channel = cls.kc.iopub_channel
        get_msg = channel.get_msg

        def patient_get_msg(*args, timeout=None, **kwargs):
            # KernelTests.execute_helper waits 0.1 s between a cell's iopub messages; on a
            # loaded machine (2 cores, tests in parallel) the next one can take longer.
            # While a cell's messages are collected (the loop ends at the idle status),
            # wait up to 30 s instead; flushes keep their short timeout.
            if cls._patient and timeout is not None:
                timeout = max(timeout, 30)
            return get_msg(*args, timeout=timeout, **kwargs)

        channel.get_msg = patient_get_msg

    def execute_helper(self, *args, **kwargs):
        type(self)._patient = True
        try:
            return super().execute_helper(*args, **kwargs)
        finally:
            type(self)._patient = False

    @classmethod
    def _restore(cls) -> None:
        for key, value in cls._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(cls._tmp, ignore_errors=True)

    @classmethod
    def tearDownClass(cls) -> None:
        try:
            super().tearDownClass()
        finally:
            cls._restore()

    def test_spec_is_the_installed_one(self) -> None:
        from jupyter_client.kernelspec import KernelSpecManager

        spec = KernelSpecManager().get_kernel_spec("jskernel")
        assert spec.resource_dir.startswith(self._tmp)
