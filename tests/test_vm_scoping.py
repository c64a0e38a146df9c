"""Bindings across separate scripts (successive `Engine.evaluate` calls, like node's
`vm.runInContext` on one context) and the cost model of dynamic scoping.

Expected outcomes of the script pairs were produced by node v20 (`vm.createContext({})`,
then `vm.runInContext` of each script, printing `ok <completion>` or `Name: message`).
"""

from __future__ import annotations

import pytest

from jskernel.engine import Engine, JSError

# (first script, second script, node's outcome of the second)
SCRIPT_PAIRS = [
    ("let a1 = 1;", "var a1 = 2;", "SyntaxError: Identifier 'a1' has already been declared"),
    ("var b1 = 1;", "let b1 = 2;", "SyntaxError: Identifier 'b1' has already been declared"),
    ("let c1 = 1;", "let c1 = 2;", "SyntaxError: Identifier 'c1' has already been declared"),
    ("const d1 = 1;", "function d1() {}", "SyntaxError: Identifier 'd1' has already been declared"),
    ("function e1() {}", "const e1 = 1;", "SyntaxError: Identifier 'e1' has already been declared"),
    ("class F1 {}", "class F1 {}", "SyntaxError: Identifier 'F1' has already been declared"),
    ("var g1 = 1;", "var g1 = 2; g1", "ok 2"),
    ("function h1() { return 1; }", "function h1() { return 2; } h1()", "ok 2"),
    ("let i1 = 1;", "i1 = 5; i1", "ok 5"),
    ("const j1 = 1;", "j1 = 5;", "TypeError: Assignment to constant variable."),
    ("let k1; var fine = 1;", "k1 = 'assigned'; k1", "ok assigned"),
    ("", "let NaN = 1;", "SyntaxError: Identifier 'NaN' has already been declared"),
    ("", "var NaN = 1; typeof NaN", "ok number"),
    ("", "let undefined = 1;", "SyntaxError: Identifier 'undefined' has already been declared"),
]


def outcome(engine, src):
    try:
        v = engine.evaluate(src)
    except JSError as e:
        return f"{e.name}: {e.message}"
    return "ok " + (v if isinstance(v, str) else engine.inspect(v))


@pytest.mark.parametrize("first,second,expected", SCRIPT_PAIRS)
def test_redeclaration_across_scripts(first, second, expected):
    engine = Engine()
    assert outcome(engine, first).startswith("ok")
    assert outcome(engine, second) == expected


def test_failed_declaration_instantiation_declares_nothing():
    engine = Engine()
    engine.evaluate("let taken = 1;")
    with pytest.raises(JSError):
        engine.evaluate("var fresh = 1; let taken = 2;")
    assert outcome(engine, "typeof fresh") == "ok undefined"


def test_eval_var_is_visible_to_later_scripts():
    engine = Engine()
    engine.evaluate("(0, eval)('var fromEval = 3')")
    assert outcome(engine, "fromEval + 1") == "ok 4"
    assert outcome(engine, "delete globalThis.fromEval") == "ok true"


def _ops(engine, src):
    return engine.disassemble(src)


def test_only_functions_with_eval_or_with_pay():
    engine = Engine()
    plain = _ops(engine, "function f(a) { var b = a; return b + c; }")
    assert "ENV_" not in plain and "CALL_EVAL" not in plain and "NEW_VAR_ENV" not in plain
    with_eval = _ops(engine, "function f(a) { eval(''); return a + c; }")
    assert "CALL_EVAL" in with_eval and "NEW_VAR_ENV" in with_eval and "ENV_HAS" in with_eval
    strict_eval = _ops(engine, "function f(a) { 'use strict'; eval(''); return a + c; }")
    assert "CALL_EVAL" in strict_eval and "NEW_VAR_ENV" not in strict_eval and "ENV_HAS" not in strict_eval
    with_stmt = _ops(engine, "function f(o) { with (o) return x; }")
    assert "NEW_WITH_ENV" in with_stmt and "ENV_HAS" in with_stmt


def test_mapped_arguments_only_for_sloppy_simple_parameters():
    engine = Engine()
    assert "LOAD_MAPPED_ARGUMENTS" in _ops(engine, "function f(a) { return arguments; }")
    assert "LOAD_MAPPED_ARGUMENTS" not in _ops(engine, "function f(a = 1) { return arguments; }")
    assert "LOAD_MAPPED_ARGUMENTS" not in _ops(engine, "function f(a) { 'use strict'; return arguments; }")


def test_eval_code_is_cached_per_call_site():
    engine = Engine()
    engine.evaluate("function f(i) { return eval('i * 2'); } var r = 0; for (var k = 0; k < 5; k++) r += f(k);")
    assert outcome(engine, "r") == "ok 20"
    assert outcome(engine, "f(21)") == "ok 42"


def test_eval_syntax_error_is_catchable_and_engine_usable():
    engine = Engine()
    assert outcome(engine, "try { eval('a b') } catch (e) { e instanceof SyntaxError }") == "ok true"
    assert outcome(engine, "eval('1 + 1')") == "ok 2"


def test_script_vars_become_global_properties_in_source_order():
    # GlobalDeclarationInstantiation creates the var names in VarDeclaredNames order, which
    # is source order through every statement kind (node: vm.runInThisContext of the script)
    import shutil
    import subprocess
    src = ("if (true) { var a1 = 1 } else { var b1 = 2 }\n"
           "for (var c1 of []) { var d1 }\n"
           "try { var e1 } catch (x) { var f1 } finally { var g1 }\n"
           "switch (0) { case 0: var h1; default: var i1 }\n"
           "label: while (false) { var j1 }\n"
           "Object.keys(globalThis).filter(k => /^[a-j]1$/.test(k)).join()")
    exe = shutil.which("node")
    assert exe, "node is the oracle"
    want = subprocess.run([exe, "-e", f"console.log(require('vm').runInThisContext({src!r}))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    assert want == "a1,b1,c1,d1,e1,f1,g1,h1,i1,j1"
    assert Engine(stdout=lambda s: None).evaluate(src) == want
