"""Modules in notebook cells, through the real kernel (jupyter_client): `npm install
lodash` in the notebook's folder, then `import _ from "lodash"` / `require` work in a
cell; a missing or built-in module is an error reply that keeps the kernel's state.

The kernel starts in a temporary folder holding node_modules/lodash (packed from the npm
registry, cached by tests/support/npm_cache.py) and a local CommonJS file.  Expected
values are node's (`node -p` on the same expressions in that folder).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from support.kernel_harness import start_kernel, stop_kernel
from test_kernel import result_text, run, the_error


@pytest.fixture(scope="module")
def folder(tmp_path_factory, npm_package):
    from support.npm_cache import LODASH
    root = tmp_path_factory.mktemp("notebook")
    shutil.copytree(npm_package(*LODASH), root / "node_modules" / "lodash")
    (root / "local.js").write_text("exports.alpha = 1;\nexports.where = __filename.split('/').pop();\n")
    return root


@pytest.fixture(scope="module")
def kc(folder, tmp_path_factory):
    manager, client = start_kernel(tmp_path_factory.mktemp("prefix"), cwd=folder)
    yield client
    stop_kernel(manager, client)


def node_p(folder, expr: str) -> str:
    return subprocess.run(["node", "-p", expr], cwd=folder, capture_output=True, text=True,
                          timeout=60, check=True).stdout.rstrip("\n")


def test_import_an_npm_package_in_a_cell(kc, folder):
    reply, outputs = run(kc, 'import _ from "lodash";\n_.chunk([1, 2, 3, 4, 5], 2)')
    assert reply["status"] == "ok", outputs
    assert result_text(outputs) == node_p(folder, "require('lodash').chunk([1, 2, 3, 4, 5], 2)")
    reply, outputs = run(kc, "require('lodash') === _")
    assert result_text(outputs) == "true"


def test_require_resolves_from_the_kernel_folder(kc, folder):
    reply, outputs = run(kc, "const local = require('./local.js');\n[local.alpha, local.where]")
    assert reply["status"] == "ok", outputs
    assert result_text(outputs) == node_p(folder, "const l = require('./local.js'); [l.alpha, l.where]")
    reply, outputs = run(kc, "import { alpha } from './local.js';\nalpha + 1")
    assert result_text(outputs) == "2"


def test_missing_and_builtin_modules_are_errors_that_keep_state(kc):
    run(kc, "const keep = 41;")
    reply, outputs = run(kc, 'import fs from "node:fs";')
    assert reply["status"] == "error"
    error, _ = the_error(outputs)
    assert error["evalue"] == "jskernel does not provide node's built-in module 'fs'"
    reply, outputs = run(kc, "require('no-such-package')")
    assert reply["status"] == "error"
    error, _ = the_error(outputs)
    # node's REPL: "Cannot find module 'no-such-package'\nRequire stack:\n- <repl>"
    assert error["evalue"] == "Cannot find module 'no-such-package'\nRequire stack:\n- <repl>"
    reply, outputs = run(kc, "keep + 1")
    assert result_text(outputs) == "42"
