"""The file loader and CommonJS (engine/host/loader.py, resolve.py, cjs_resolve.py,
commonjs.py, cjs_exports.py), checked against node on the same files.

The fixture tree tests/data/node_modules_fixtures/ (packages with exports conditions,
subpath patterns, "imports", type module/commonjs, main/module fields, nested
node_modules, cycles, JSON) is copied to a temporary directory once per module; node
runs the same entry files there and its output is the expected output.  Node is the
oracle only.  The lodash test packs the real package from the npm registry (cached
under .cache/npm by tests/support/npm_cache.py) and fails with npm's message when the
registry cannot be reached.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from jskernel.engine import Engine, JSError, JSSyntaxError
from jskernel.engine.host.cjs_exports import detect_exports
from jskernel.engine.host.commonjs import wrap_source
from jskernel.engine.host.loader import FileLoader
from jskernel.engine.host.node_errors import LoaderError
from jskernel.engine.host.resolve import path_to_url
from jskernel.engine.syntax import parse

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "node_modules_fixtures")
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def node(*args, cwd=None) -> subprocess.CompletedProcess:
    exe = shutil.which("node")
    if exe is None:
        pytest.fail("node is required as the loader tests' oracle")
    proc = subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """A private copy of the fixture tree (tests add probe files to it)."""
    root = tmp_path_factory.mktemp("loader") / "fixtures"
    shutil.copytree(FIXTURES, root)
    return os.path.realpath(root)


def run_ours(path: str) -> str:
    out: list[str] = []
    engine = Engine(stdout=out.append, stderr=out.append)
    engine.run_main(path)
    return "".join(out)


# -- whole programs ---------------------------------------------------------------------------------

def test_commonjs_entry_matches_node(tree):
    """require: relative files, JSON, folders, package main/exports/imports, patterns,
    nested node_modules, self-reference, cycles, the cache, module objects, errors."""
    main = os.path.join(tree, "main.js")
    # node 20.19+ loads ESM through require(); jskernel answers ERR_REQUIRE_ESM as node did
    expected = node("--no-experimental-require-module", main).stdout
    assert run_ours(main) == expected


def test_esm_entry_matches_node(tree):
    """import: CJS named exports, JSON with attributes, exports "import" condition,
    "imports", type: module packages, dynamic import of CJS, error codes and text."""
    entry = os.path.join(tree, "esm-entry.mjs")
    assert run_ours(entry) == node(entry).stdout


# -- ES module resolution, one specifier at a time ----------------------------------------------------

ESM_CASES = {
    "": [
        ("./lib/internal.js", None), ("./lib/internal", None), ("./lib/dir", None), ("./lib/dir/", None),
        ("./lib/withmain", None), ("./lib/data.json", {"type": "json"}), ("./lib/data.json", None),
        ("./lib/internal.js", {"type": "json"}), ("./lib/data.json", {"type": "css"}),
        ("#internal", None), ("#feature/alpha", None), ("#dep", None), ("#cond", None), ("#null", None),
        ("#nothing", None), ("#", None), ("#/x", None),
        ("cond-pkg", None), ("cond-pkg/feature", None), ("cond-pkg/utils/math", None),
        ("cond-pkg/utils/math.js", None), ("cond-pkg/utils/private/secret", None),
        ("cond-pkg/hidden.js", None), ("cond-pkg/package.json", {"type": "json"}),
        ("legacy-pkg", None), ("legacy-pkg/lib/other", None), ("legacy-pkg/lib/other.js", None),
        ("@scope/pkg", None), ("@scope/pkg/sub", None), ("@scope", None), ("nested-inner", None),
        ("nested-outer", None), ("array-fallback", None), ("noroot", None), ("noroot/a", None),
        ("sugar-pkg", None), ("json-pkg", {"type": "json"}), ("type-module-pkg", None),
        ("./esm-scope/mod.js", None), ("./esm-scope/old.cjs", None), ("./lib/esm-only.mjs", None),
        ("no-such-package", None), ("node:zz", None), ("./lib/internal.js?query=1", None),
        ("./lib/%69nternal.js", None), ("./lib%2finternal.js", None), ("https://example.com/x.js", None),
        ("../fixtures/lib/internal.js", None), ("{root}/lib/internal.js", None),
        ("file://{root}/lib/internal.js", None), ("{root}/lib/missing.js", None), (".", None),
        ("./main.js/", None), ("cond-pkg/", None), ("./lib/noext", None), ("./lib/notes.txt", None),
        ("broken-pkg", None),
    ],
    "node_modules/self-ref": [("self-ref", None), ("self-ref/helper", None), ("self-ref/index.js", None)],
    "node_modules/nested-outer": [("nested-inner", None), ("#internal", None)],
    "esm-scope": [("./mod.js", None), ("#internal", None), ("../lib/internal.js", None), ("./noext", None)],
}

PROBE_ESM = """
const cases = JSON.parse(process.argv[2]);
const out = [];
for (const [spec, attrs] of cases) {
  try {
    await import(spec, attrs ? { with: attrs } : undefined);
    out.push({ url: import.meta.resolve(spec) });
  } catch (e) {
    out.push({ name: e.name, code: e.code, message: e.message });
  }
}
console.log(JSON.stringify(out));
"""


@pytest.mark.parametrize("where", sorted(ESM_CASES))
def test_esm_resolution_matches_node(tree, where):
    directory = os.path.join(tree, where)
    probe = os.path.join(directory, "__probe.mjs")
    with open(probe, "w") as f:
        f.write(PROBE_ESM)
    cases = [(spec.replace("{root}", tree), attrs) for spec, attrs in ESM_CASES[where]]
    expected = json.loads(node(probe, json.dumps(cases)).stdout)
    loader = FileLoader(tree)
    for (spec, attrs), want in zip(cases, expected):
        try:
            url = loader.resolve(spec, path_to_url(probe), attrs)
            loader.load(url, attrs)
            got = {"url": url}
        except LoaderError as e:
            got = {"name": e.name, "code": e.code, "message": e.message}
        assert got == want, spec


def test_import_prefers_the_module_field(tree):
    """jskernel's one extension: a package without "exports" imported from ESM uses
    "module" before "main" (node uses main); require keeps main."""
    loader = FileLoader(tree)
    url = loader.resolve("module-field-pkg", path_to_url(os.path.join(tree, "x.mjs")))
    assert url.endswith("/node_modules/module-field-pkg/module.mjs")
    engine = Engine(stdout=lambda s: None)
    engine.loader = FileLoader(tree, realm=engine.realm)
    engine.install_require(tree)
    assert engine.evaluate("require('module-field-pkg').from") == "main"


def test_cell_referrer_resolves_from_base_dir(tree):
    loader = FileLoader(tree)
    assert loader.resolve("./lib/internal.js", None) == path_to_url(os.path.join(tree, "lib/internal.js"))
    assert loader.resolve("cond-pkg", "jskernel:cell/In[1]").endswith("/cond-pkg/esm.mjs")
    with pytest.raises(LoaderError) as info:
        loader.resolve("./nope.js", "jskernel:cell/In[2]")
    assert info.value.code == "ERR_MODULE_NOT_FOUND"
    assert info.value.message == f"Cannot find module '{tree}/nope.js' imported from jskernel:cell/In[2]"


# -- named exports of CommonJS modules ---------------------------------------------------------------

CJS_EXPORT_FILES = ["plain", "literal", "literal2", "define", "getters", "reexport", "chained", "ts-star",
                    "function-export", "dynamic"]

# module.exports = { ... } and defineProperty forms, read the way node reads them
SNIPPETS = [
    "module.exports = { k1: x, k2: function () {}, k3: x };",
    "module.exports = { k1: x, k2: 's', k3: x };",
    "module.exports = { k1: x, k2: x.y, k3: x };",
    "module.exports = { k1: x, k2: f(), k3: x };",
    "module.exports = { k1: x, k2: this, k3: x };",
    "module.exports = { k1: x, k2: () => 1, k3: x };",
    "module.exports = { k1: x, k2: true, k3: x };",
    "module.exports = { k1: x, k2: null, k3: x };",
    "module.exports = { k1: x, k2: undefined, k3: x };",
    "module.exports = { k1: x, k2: (x), k3: x };",
    "module.exports = { k1: x, m() {}, k3: x };",
    "module.exports = { k1: x, get g() { return 1; }, k3: x };",
    "module.exports = { k1: x, 'str': x, k3: x };",
    "module.exports = { k1: x, 'str': 1, k3: x };",
    "module.exports = { k1: x, [k]: x, k3: x };",
    "module.exports = { k1: x, ...x, k3: x };",
    "module.exports = { k1: x, async m() {}, k3: x };",
    "module.exports = { k1: x, *g() {}, k3: x };",
    "module.exports = { k1, /* c */ k3: x };",
    "Object.defineProperty(exports, 'n', { value: 1 });",
    "Object.defineProperty(exports, 'n', { writable: true, value: 1 });",
    "Object.defineProperty(exports, 'n', { enumerable: true, get: function () { return x.y; } });",
    "Object.defineProperty(exports, 'n', { enumerable: true, get: () => x });",
    "Object.defineProperty(exports, 'n', { get() { return x; } });",
    "Object.defineProperty(module.exports, 'n', { value: 1 });",
    "exports.n = 1, exports.o = 2;",
    "var e = exports; e.n = 1;",
    "exports[`tpl`] = 1; exports['a' + 'b'] = 2;",
    "if (false) exports.never = 1;",
]


def test_cjs_export_names_match_node(tree):
    directory = os.path.join(tree, "cjs-exports")
    snippet_dir = os.path.join(tree, "snippets")
    os.makedirs(snippet_dir, exist_ok=True)
    prelude = "const x = { y: 1 }, k1 = 1, k = 'kk', f = () => 1;\n"
    files = [os.path.join(directory, name + ".js") for name in CJS_EXPORT_FILES]
    for i, text in enumerate(SNIPPETS):
        path = os.path.join(snippet_dir, f"s{i}.cjs")
        with open(path, "w") as fh:
            fh.write(prelude + text + "\n")
        files.append(path)
    probe = os.path.join(tree, "__names.mjs")
    with open(probe, "w") as fh:
        fh.write("const out = [];\nfor (const f of JSON.parse(process.argv[2])) "
                 "out.push(Object.keys(await import(f)));\nconsole.log(JSON.stringify(out));\n")
    expected = json.loads(node(probe, json.dumps(files)).stdout)
    loader = FileLoader(tree)
    for path, want in zip(files, expected):
        assert sorted(loader.export_names(path) + ["default"]) == want, path


def test_detect_exports_reports_reexports():
    src = wrap_source("module.exports = require('./a');\n__exportStar(require('./b'), exports);\n"
                      "module.exports = { ...require('./c'), d };\n")
    names, reexports = detect_exports(parse(src, locations=False), src)
    assert names == ["d"]
    assert reexports == ["./a", "./b", "./c"]


def test_commonjs_exports_shares_the_require_cache(tree):
    engine = Engine(stdout=lambda s: None)
    loader = engine.loader = FileLoader(tree, realm=engine.realm)
    engine.install_require(tree)
    source = loader.load(loader.resolve("./cjs-exports/plain.js", None))
    assert source.kind == "cjs"
    assert sorted(source.extra["export_names"]) == ["alpha", "beta", "delta-name", "gamma", "insideFunction"]
    exports, names = loader.commonjs_exports(engine.realm, source)
    again, _ = loader.commonjs_exports(engine.realm, source)
    assert exports is again
    assert engine.evaluate("require('./cjs-exports/plain.js')") is exports
    assert "default" not in names


# -- node's built-in modules ------------------------------------------------------------------------

@pytest.mark.parametrize("spec, message", [
    ("fs", "jskernel does not provide node's built-in module 'fs'"),
    ("node:fs", "jskernel does not provide node's built-in module 'fs'"),
    ("node:fs/promises", "jskernel does not provide node's built-in module 'fs/promises'"),
    ("node:zz", "No such built-in module: node:zz"),
])
def test_builtin_modules_are_a_clear_error(tree, spec, message):
    engine = Engine(stdout=lambda s: None)
    engine.loader = FileLoader(tree, realm=engine.realm)
    engine.install_require(tree)
    got = engine.evaluate(f"try {{ require('{spec}'); }} catch (e) {{ e.code + ': ' + e.message }}")
    assert got == "ERR_UNKNOWN_BUILTIN_MODULE: " + message
    got = engine.evaluate(f"let r; import('{spec}').catch(e => {{ r = e.code + ': ' + e.message }}); r")
    engine.run_jobs()
    assert engine.evaluate("r") == "ERR_UNKNOWN_BUILTIN_MODULE: " + message
    with pytest.raises(JSError) as info:
        engine.evaluate(f"import x from '{spec}';", module=True, filename=os.path.join(tree, "b.mjs"))
    assert info.value.message == message
    assert engine.evaluate("1 + 1") == 2.0           # the engine is still usable


# -- require in cells, errors, syntax errors ---------------------------------------------------------

def test_require_in_cells_resolves_from_base_dir(tree):
    engine = Engine(stdout=lambda s: None)
    engine.loader = FileLoader(tree, realm=engine.realm)
    engine.install_require(tree)
    assert engine.evaluate("require('./lib/internal')") == "internal"
    assert engine.evaluate("require('nested-outer')") == "outer sees inner v2"
    with pytest.raises(JSError) as info:
        engine.evaluate("require('./lib/nope')")
    assert info.value.message == "Cannot find module './lib/nope'\nRequire stack:\n- <repl>"
    assert engine.evaluate("require.resolve('cond-pkg')") == os.path.join(tree, "node_modules/cond-pkg/cjs.js")
    assert engine.evaluate("typeof require.cache") == "object"
    # node's REPL: module.id '<repl>', module.filename null, require.main undefined
    assert engine.inspect(engine.evaluate("[module.id, module.filename, require.main]")) == \
        "[ '<repl>', null, undefined ]"


def test_syntax_error_in_a_required_file_is_catchable(tree):
    path = os.path.join(tree, "bad-syntax.js")
    with open(path, "w") as f:
        f.write("const ok = 1;\nlet x = ;\n")
    engine = Engine(stdout=lambda s: None)
    engine.loader = FileLoader(tree, realm=engine.realm)
    engine.install_require(tree)
    got = engine.evaluate("try { require('./bad-syntax') } catch (e) { "
                          "JSON.stringify([e.name, e.message, e.stack.split('\\n')[0]]) }")
    assert json.loads(got) == ["SyntaxError", "Unexpected token ';'", f"{path}:2"]
    # as the main module the SyntaxError leaves with the file's own line and column
    with pytest.raises(JSSyntaxError) as info:
        Engine(stdout=lambda s: None).run_main(path)
    assert (info.value.line, info.value.column, info.value.filename) == (2, 9, path)


def test_first_line_columns_are_the_files_own(tree):
    path = os.path.join(tree, "first-line.js")
    with open(path, "w") as f:
        f.write("null.x;\n")
    with pytest.raises(JSError) as info:
        Engine(stdout=lambda s: None).run_main(path)
    assert info.value.frames[0][1:] == (path, 1, 6)     # node: at Object.<anonymous> (first-line.js:1:6)


def test_cli_runs_cjs_and_esm_main_modules(tree):
    for entry, flags in (("main.js", ["--no-experimental-require-module"]), ("esm-entry.mjs", [])):
        path = os.path.join(tree, entry)
        proc = subprocess.run([sys.executable, "-m", "jskernel", "run", path], capture_output=True,
                              text=True, timeout=120, cwd=REPO)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == node(*flags, path).stdout


# -- a real package from the npm registry -------------------------------------------------------------

LODASH_PROGRAM = """
const _ = require('lodash');
console.log(_.VERSION, _.chunk([1, 2, 3, 4, 5], 2), _.camelCase('Foo Bar'), _.uniq([2, 1, 2]));
console.log(_.groupBy([6.1, 4.2, 6.3], Math.floor), _.template('hi <%= who %>')({ who: 'js' }));
const fp = require('lodash/fp');
console.log(fp.map((x) => x * 2)([1, 2, 3]), require('lodash/sortBy')([3, 1, 2]));
console.log(require.resolve('lodash').split('/').slice(-2).join('/'));
"""

LODASH_ESM = """
import _ from 'lodash';
import * as ns from 'lodash';
import sortBy from 'lodash/sortBy.js';
console.log(_.VERSION, _.chunk([1, 2, 3], 2), sortBy([3, 1, 2]), _.isEqual({ a: [1] }, { a: [1] }));
console.log(Object.keys(ns), ns.default === _);
"""


def test_lodash_from_the_npm_registry(tmp_path, npm_package):
    from support.npm_cache import LODASH
    package = npm_package(*LODASH)      # npm pack (cached); fails with npm's message when offline
    shutil.copytree(package, tmp_path / "node_modules" / "lodash")
    (tmp_path / "main.js").write_text(LODASH_PROGRAM)
    (tmp_path / "main.mjs").write_text(LODASH_ESM)
    for entry in ("main.js", "main.mjs"):
        path = str(tmp_path / entry)
        assert run_ours(path) == node(path).stdout


def test_cli_uncaught_error_in_a_required_file_points_into_it(tree):
    path = os.path.join(tree, "crash.js")
    with open(os.path.join(tree, "lib", "reader.js"), "w") as f:
        f.write("module.exports = function read(o) {\n  return o.value.length;\n};\n")
    with open(path, "w") as f:
        f.write("const read = require('./lib/reader');\nread({});\n")
    proc = subprocess.run([sys.executable, "-m", "jskernel", "run", path], capture_output=True, text=True,
                          timeout=120, cwd=REPO)
    assert proc.returncode == 1
    exe = shutil.which("node")
    expected = subprocess.run([exe, path], capture_output=True, text=True, timeout=120)
    assert expected.returncode == 1
    # node adds its own internal frames (Module._compile ...) between ours
    ours = proc.stderr.splitlines()
    theirs = [line for line in expected.stderr.splitlines() if "node:internal" not in line]
    assert ours == theirs[:len(ours)]
    assert ours[-1] == f"    at Object.<anonymous> ({path}:2:1)"


def test_a_file_cannot_close_the_module_wrapper(tree):
    """node compiles the file as a function body: a stray `});` is a SyntaxError, and the
    code after it never runs at the global scope."""
    path = os.path.join(tree, "escape.js")
    with open(path, "w") as f:
        f.write("exports.a = 1;\n});\nglobalThis.escaped = true;\n(function () {\n")
    engine = Engine(stdout=lambda s: None)
    engine.loader = FileLoader(tree, realm=engine.realm)
    engine.install_require(tree)
    got = engine.evaluate("try { require('./escape.js') } catch (e) { [e.name, e.message, typeof escaped] }")
    assert engine.inspect(got) == "[ 'SyntaxError', \"Unexpected token '}'\", 'undefined' ]"
    assert engine.evaluate("require.resolve('./escape.js') in require.cache") is False


def test_node_path_is_searched_after_node_modules(tree, tmp_path, monkeypatch):
    (tmp_path / "global" / "gpkg").mkdir(parents=True)
    (tmp_path / "global" / "gpkg" / "index.js").write_text("module.exports = 'from NODE_PATH';\n")
    (tmp_path / "global" / "nested-inner").mkdir()
    (tmp_path / "global" / "nested-inner" / "index.js").write_text("module.exports = 'shadowed';\n")
    path = os.path.join(tree, "uses-node-path.js")
    with open(path, "w") as f:
        f.write("console.log(require('gpkg'), require('nested-inner'));\n"
                "console.log(require.resolve.paths('x').includes(process_env_path));\n".replace(
                    "process_env_path", json.dumps(str(tmp_path / "global"))))
    monkeypatch.setenv("NODE_PATH", str(tmp_path / "global"))
    exe = shutil.which("node")
    expected = subprocess.run([exe, path], capture_output=True, text=True, timeout=60, check=True).stdout
    assert expected == "from NODE_PATH inner v1\ntrue\n"
    assert run_ours(path) == expected
