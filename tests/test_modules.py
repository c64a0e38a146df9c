"""ES modules through the Engine facade: evaluate(module=True), import_module,
define_module, in-memory loaders (MapLoader) and the errors of each phase.

Expected values come from the spec (sec-modules) and node's wording for the messages
V8 produces (checked with node 20)."""

from __future__ import annotations

import pytest

from jskernel.engine import Engine, JSError, JSSyntaxError
from jskernel.engine.host.loading import JSON, ModuleSource
from jskernel.engine.host.map_loader import MapLoader, join_url
from jskernel.engine.runtime.values import UNDEFINED


def make(modules=None, **kw):
    out = []
    engine = Engine(stdout=out.append, stderr=out.append, loader=MapLoader(modules or {}), **kw)
    return engine, out


def test_evaluate_module_returns_undefined_and_runs_imports():
    engine, out = make({"jskernel:/lib/a.js": "export const a = 1; console.log('a ran');"})
    r = engine.evaluate("import { a } from './lib/a.js'; console.log('main', a);",
                        filename="jskernel:/main.js", module=True)
    assert r is UNDEFINED
    assert "".join(out) == "a ran\nmain 1\n"


def test_import_module_returns_live_namespace():
    engine, _ = make({"counter": "export let n = 0; export function inc() { n++; }"})
    ns = engine.import_module("counter")
    assert ns.get("n") == 0.0
    engine.vm.call_function(ns.get("inc"), UNDEFINED, [])
    assert ns.get("n") == 1.0
    assert engine.import_module("counter") is ns          # one instance per URL
    assert ns.own_keys()[:2] == ["inc", "n"]


def test_define_module_bare_specifier_and_redefinition():
    engine, out = make()
    url = engine.define_module("greet", "export default (name) => `hi ${name}`;")
    assert url == "jskernel:module/greet"
    engine.evaluate("import g from 'greet'; console.log(g('a'));", filename="cell1", module=True)
    engine.define_module("greet", "export default (name) => `bye ${name}`;")
    engine.evaluate("import g from 'greet'; console.log(g('b'));", filename="cell2", module=True)
    assert "".join(out) == "hi a\nbye b\n"


def test_define_module_in_front_of_the_file_loader(tmp_path):
    (tmp_path / "real.mjs").write_text("export const where = 'file';\n")
    out = []
    engine = Engine(stdout=out.append)
    engine.define_module("virtual", "export const where = 'memory';")
    main = tmp_path / "main.mjs"
    main.write_text("import { where as a } from 'virtual';\nimport { where as b } from './real.mjs';\n"
                    "console.log(a, b, import.meta.url.startsWith('file:///'));\n")
    engine.evaluate(main.read_text(), filename=str(main), module=True)
    assert "".join(out) == "memory file true\n"


def test_missing_export_is_a_link_time_syntax_error():
    engine, out = make({"m": "export const a = 1; console.log('m ran');"})
    with pytest.raises(JSError) as ei:
        engine.evaluate("import { b } from 'm';", filename="x", module=True)
    assert isinstance(ei.value, JSSyntaxError) and ei.value.name == "SyntaxError"
    assert ei.value.message == "The requested module 'm' does not provide an export named 'b'"
    assert (ei.value.filename, ei.value.line, ei.value.column) == ("jskernel:x", 1, 10)
    assert out == []                       # nothing evaluated


def test_ambiguous_star_export():
    engine, _ = make({"jskernel:/s1.js": "export const x = 1;", "jskernel:/s2.js": "export const x = 2;",
                      "jskernel:/both.js": "export * from './s1.js'; export * from './s2.js';"})
    ns = engine.import_module("jskernel:/both.js")
    assert ns.own_keys() == [] or "x" not in ns.own_keys()
    with pytest.raises(JSError) as ei:
        engine.evaluate("import { x } from './both.js';", filename="jskernel:/main.js", module=True)
    assert ei.value.name == "SyntaxError"
    assert "conflicting star exports for name 'x'" in ei.value.message


def test_missing_module_and_syntax_error_in_a_dependency():
    engine, out = make({"bad": "export const = 1;"})
    with pytest.raises(JSError) as ei:
        engine.import_module("nowhere")
    assert ei.value.name == "Error" and "Cannot find module 'nowhere'" in ei.value.message
    with pytest.raises(JSSyntaxError) as ei:        # the dependency's own location and caret
        engine.import_module("bad")
    assert (ei.value.name, ei.value.filename, ei.value.line) == ("SyntaxError", "jskernel:module/bad", 1)
    engine.evaluate("import('bad').catch(e => console.log(e.name, e.message))")
    with pytest.raises(JSSyntaxError):
        engine.evaluate("import {", filename="x", module=True)
    assert engine.evaluate("1 + 1") == 2.0            # the engine is still usable
    assert "".join(out) == "SyntaxError Unexpected token '='\n"


def test_evaluation_error_is_cached():
    engine, out = make({"boom": "console.log('boom ran'); throw new RangeError('nope');"})
    for _ in range(2):
        with pytest.raises(JSError) as ei:
            engine.import_module("boom")
        assert (ei.value.name, ei.value.message) == ("RangeError", "nope")
    assert "".join(out) == "boom ran\n"                 # [[EvaluationError]]: not run twice


def test_top_level_await_is_waited_for_and_rejection_raises():
    engine, out = make({"slow": "await null; export const v = await Promise.resolve(42);"})
    engine.evaluate("import { v } from 'slow'; console.log(v, await 1);", filename="m", module=True)
    assert "".join(out) == "42 1\n"
    with pytest.raises(JSError) as ei:
        engine.evaluate("await null; throw new TypeError('late');", filename="t", module=True)
    assert (ei.value.name, ei.value.message) == ("TypeError", "late")
    assert engine.take_unhandled_rejections() == []


def test_timer_in_top_level_await():
    engine, out = make()
    engine.evaluate("await new Promise(r => setTimeout(r, 5)); console.log('after timer');",
                    filename="t", module=True)
    assert "".join(out) == "after timer\n"


def test_import_binding_is_immutable_and_tdz():
    engine, out = make({"jskernel:/a.js": "import { b } from './b.js'; export let a = 1; "
                                          "try { b } catch (e) { console.log(e.name, e.message) }",
                        "jskernel:/b.js": "import { a } from './a.js'; export let b = 2; "
                                          "try { a } catch (e) { console.log(e.name, e.message) }"})
    engine.import_module("jskernel:/a.js")
    assert "".join(out) == "ReferenceError Cannot access 'a' before initialization\n"
    with pytest.raises(JSError) as ei:
        engine.evaluate("import { a } from './a.js'; a = 2;", filename="jskernel:/c.js", module=True)
    assert (ei.value.name, ei.value.message) == ("TypeError", "Assignment to constant variable.")


def test_json_module_from_memory():
    src = ModuleSource(url="jskernel:/data.json", kind=JSON, source='{"k": [1, 2]}')
    engine, out = make({"jskernel:/data.json": src})
    engine.evaluate("import d from './data.json' with { type: 'json' }; console.log(d.k);",
                    filename="jskernel:/main.js", module=True)
    assert "".join(out) == "[ 1, 2 ]\n"
    with pytest.raises(JSError) as ei:
        engine.evaluate("import d from './data.json';", filename="jskernel:/m2.js", module=True)
    assert ei.value.name == "TypeError"


def test_dynamic_import_from_a_script_and_error_rejection():
    engine, out = make({"dyn": "export default 'dynamic';"})
    engine.evaluate("import('dyn').then(m => console.log(m.default)); "
                    "import('missing').catch(e => console.log(e.name));")
    assert sorted("".join(out).split()) == ["Error", "dynamic"]


def test_import_meta_and_this():
    engine, out = make()
    engine.evaluate("console.log(import.meta.url, this, Object.getPrototypeOf(import.meta));",
                    filename="jskernel:/meta.js", module=True)
    assert "".join(out) == "jskernel:/meta.js undefined null\n"


def test_module_code_is_strict_and_has_no_global_lexicals():
    engine, _ = make()
    engine.evaluate("let hidden = 1; var alsoHidden = 2;", filename="m", module=True)
    assert engine.evaluate("typeof hidden + typeof alsoHidden") == "undefinedundefined"
    with pytest.raises(JSError) as ei:
        engine.evaluate("undeclared = 1;", filename="m2", module=True)
    assert ei.value.name == "ReferenceError"


def test_join_url():
    assert join_url("jskernel:/a/b.js", "./c.js") == "jskernel:/a/c.js"
    assert join_url("jskernel:/a/b.js", "../c.js") == "jskernel:/c.js"
    assert join_url("file:///x/y/z.mjs", "./w.mjs") == "file:///x/y/w.mjs"


def test_file_module_url(tmp_path):
    p = tmp_path / "m.mjs"
    p.write_text("console.log(import.meta.url, import.meta.filename, import.meta.dirname);")
    out = []
    engine = Engine(stdout=out.append)
    engine.evaluate(p.read_text(), filename=str(p), module=True)
    assert "".join(out) == f"{p.as_uri()} {p} {tmp_path}\n"


def test_cli_runs_a_module_with_relative_imports(tmp_path):
    import subprocess
    import sys
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "util.mjs").write_text("export const twice = (x) => x * 2;\n")
    (tmp_path / "main.mjs").write_text("import { twice } from './lib/util.mjs';\n"
                                       "console.log(twice(21), await Promise.resolve('tla'));\n")
    (tmp_path / "plain.js").write_text("import { twice } from './lib/util.mjs';\nconsole.log(twice(2));\n")
    for args, want in ((["main.mjs"], "42 tla\n"), (["--module", "plain.js"], "4\n")):
        proc = subprocess.run([sys.executable, "-m", "jskernel.cli", "run", *args], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, want, "")


def test_interrupted_module_evaluation_can_be_imported_again():
    engine, out = make({"slow": "console.log('start'); maybeInterrupt(); export const done = 'yes';"})
    calls = []

    def maybe_interrupt(this, args):
        calls.append(1)
        if len(calls) == 1:
            raise KeyboardInterrupt
        return UNDEFINED
    engine.define_global("maybeInterrupt", maybe_interrupt)
    with pytest.raises(KeyboardInterrupt):
        engine.import_module("slow")
    assert engine.import_module("slow").get("done") == "yes"
    assert "".join(out) == "start\nstart\n"


def test_waiting_for_top_level_await_does_not_wait_for_unrelated_timers():
    engine, out = make({"tla": "await new Promise(r => setTimeout(r, 5)); export const ok = 'ok';"})
    engine.evaluate("globalThis.ticks = 0; globalThis.iv = setInterval(() => ticks++, 1);")
    assert engine.import_module("tla").get("ok") == "ok"        # returns although iv still runs
    engine.evaluate("clearInterval(iv)")


def test_commonjs_from_esm_and_missing_named_export(tmp_path):
    (tmp_path / "lib.cjs").write_text("exports.a = 1; console.log('cjs ran');\n")
    (tmp_path / "first.mjs").write_text("console.log('first');\n")
    main = tmp_path / "main.mjs"
    main.write_text("import './first.mjs';\nimport lib, { a } from './lib.cjs';\nconsole.log(a, lib.a);\n")
    out = []
    engine = Engine(stdout=out.append)
    engine.evaluate(main.read_text(), filename=str(main), module=True)
    assert "".join(out) == "first\ncjs ran\n1 1\n"        # the CJS module runs in import order
    bad = tmp_path / "bad.mjs"
    bad.write_text("import { nope } from './lib.cjs';\n")
    with pytest.raises(JSSyntaxError) as ei:
        engine.evaluate(bad.read_text(), filename=str(bad), module=True)
    assert ei.value.message.startswith("Named export 'nope' not found. The requested module './lib.cjs' "
                                       "is a CommonJS module")
