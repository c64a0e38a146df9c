"""Engine.evaluate_cell: notebook cells in REPL mode (engine/host/cells.py).

Redeclaration of every kind of binding, rollback of bindings a throwing cell left
uninitialized, top-level await (ordering against promise jobs), completion values,
promise- and thenable-valued cells, `this`, `export`, errors with the cell's
line:column.  Ordering and values are what node prints for the same code run as an
ES module (`node --input-type=module`); the re-declaration rules are the issue's.
"""

from __future__ import annotations

import os
import signal
import threading

import pytest

from jskernel.engine import Engine, JSError, JSSyntaxError


@pytest.fixture
def engine():
    out = []
    e = Engine(stdout=out.append, stderr=out.append)
    e.out = out
    return e


def cell(engine, source, filename="In[1]"):
    return engine.wait_cell(engine.evaluate_cell(source, filename), timeout=10)


def show(engine, source):
    return engine.inspect(cell(engine, source))


# -- re-declaration ---------------------------------------------------------------------

KINDS = {
    "let": "let {n} = '{v}';",
    "const": "const {n} = '{v}';",
    "var": "var {n} = '{v}';",
    "function": "function {n}() {{ return '{v}' }}",
    "class": "class {n} {{ static v = '{v}' }}",
}


def value_of(engine, name, kind):
    if kind == "function":
        return cell(engine, f"{name}()")
    if kind == "class":
        return cell(engine, f"{name}.v")
    return cell(engine, name)


@pytest.mark.parametrize("first", sorted(KINDS))
@pytest.mark.parametrize("second", sorted(KINDS))
def test_any_declaration_replaces_any_other(engine, first, second):
    cell(engine, KINDS[first].format(n="x", v="one"))
    assert value_of(engine, "x", first) == "one"
    cell(engine, KINDS[second].format(n="x", v="two"))
    assert value_of(engine, "x", second) == "two"


def test_redeclared_const_is_still_constant(engine):
    cell(engine, "const c = 1;")
    cell(engine, "const c = 2;")
    with pytest.raises(JSError) as info:
        cell(engine, "c = 3")
    # node: TypeError: Assignment to constant variable.
    assert (info.value.name, info.value.message) == ("TypeError", "Assignment to constant variable.")
    cell(engine, "let c = 4; c = 5;")
    assert cell(engine, "c") == 5.0


def test_var_keeps_its_value_when_redeclared_without_initializer(engine):
    cell(engine, "var v = 10;")
    assert cell(engine, "var v; v") == 10.0
    cell(engine, "function g() { return 1 }")
    assert show(engine, "var g; typeof g") == "'function'"
    cell(engine, "let l = 1;")
    assert show(engine, "var l; l") == "undefined"


def test_functions_are_hoisted_and_see_the_newest_bindings(engine):
    assert cell(engine, "early(); function early() { return 'hoisted' }") == "hoisted"
    cell(engine, "let base = 1; function readBase() { return base }")
    cell(engine, "const base = 2;")
    assert cell(engine, "readBase()") == 2.0


def test_let_is_in_tdz_until_its_declaration_runs(engine):
    cell(engine, "let t = 'old';")
    with pytest.raises(JSError) as info:
        cell(engine, "t; let t = 'new';")
    # node: ReferenceError: Cannot access 't' before initialization
    assert info.value.name == "ReferenceError"
    assert info.value.message == "Cannot access 't' before initialization"
    assert cell(engine, "t") == "old"          # rolled back


def test_bindings_are_not_properties_of_the_global_object(engine):
    cell(engine, "var gv = 1; let gl = 2; function gf() {}")
    assert show(engine, "[typeof globalThis.gv, typeof globalThis.gl, typeof globalThis.gf]") == \
        "[ 'undefined', 'undefined', 'undefined' ]"


def test_non_configurable_globals_cannot_be_declared(engine):
    with pytest.raises(JSError) as info:
        cell(engine, "let undefined = 1;")
    # node: SyntaxError: Identifier 'undefined' has already been declared
    assert info.value.message == "Identifier 'undefined' has already been declared"
    assert show(engine, "undefined") == "undefined"


def test_duplicate_declaration_in_one_cell_is_an_early_error(engine):
    with pytest.raises(JSSyntaxError) as info:
        cell(engine, "let d = 1;\nconst d = 2;")
    # node: SyntaxError: Identifier 'd' has already been declared
    assert info.value.message == "Identifier 'd' has already been declared"
    assert (info.value.line, info.value.column) == (2, 7)


# -- rollback ------------------------------------------------------------------------------

def test_throwing_initializer_leaves_no_binding(engine):
    with pytest.raises(JSError):
        cell(engine, "const p = null.x;")
    assert cell(engine, "typeof p") == "undefined"
    assert cell(engine, "const p = 'fine'; p") == "fine"


def test_throwing_cell_restores_the_previous_binding(engine):
    cell(engine, "const r = 'first'; class K {}")
    with pytest.raises(JSError):
        cell(engine, "let r = 1; class K { static x = null.y }")
    # r was initialized before the throw: it stays; K never finished: the old class is back
    assert cell(engine, "r") == 1.0
    assert show(engine, "K") == "[class K]"
    with pytest.raises(JSError):
        cell(engine, "throw 1; let r2 = 2; var v2 = 3; function f2() {}")
    # var and function bindings are initialized at cell start (hoisting), as in node's REPL
    assert show(engine, "[typeof r2, v2, typeof f2]") == "[ 'undefined', undefined, 'function' ]"
    # a var that replaced another binding but never got its value gives it back
    with pytest.raises(JSError):
        cell(engine, "null.boom; var r = 'var';")
    assert cell(engine, "r") == 1.0
    cell(engine, "r = 2;")                   # still the let binding: assignable


def test_interrupted_cell_rolls_back(engine):
    cell(engine, "let spin = 'kept';")
    timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT))
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            cell(engine, "let spin = (() => { while (true) {} })();")
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    assert cell(engine, "spin") == "kept"


def test_interrupt_is_not_caught_by_js(engine):
    timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT))
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            cell(engine, "try { while (true) {} } catch (e) { console.log('caught') }"
                         " finally { console.log('finally') }")
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    assert engine.out == []
    assert cell(engine, "1 + 1") == 2.0


# -- completion values, this, export -----------------------------------------------------

@pytest.mark.parametrize("source, expected", [
    ("1; 2; let z = 3;", "2"),                 # the last expression statement's value
    ("if (true) { 'then' } else { 'else' }", "'then'"),
    ("for (let i = 0; i < 3; i++) i * 10", "20"),
    ("function f() {}", "undefined"),
    ("class C {}", "undefined"),
    ("'a'; try { 'b' } finally { 'c' }", "'b'"),
    ("typeof this", "'undefined'"),
    ("(() => typeof this)()", "'undefined'"),
])
def test_completion_values(engine, source, expected):
    assert show(engine, source) == expected


def test_cells_are_strict(engine):
    with pytest.raises(JSError) as info:
        cell(engine, "undeclared = 1")
    # node (module): ReferenceError: undeclared is not defined
    assert (info.value.name, info.value.message) == ("ReferenceError", "undeclared is not defined")


def test_export_points_at_module_cells(engine):
    with pytest.raises(JSSyntaxError) as info:
        engine.evaluate_cell("let a = 1;\n  export { a };", "In[7]")
    assert "%%module" in info.value.message
    assert (info.value.filename, info.value.line, info.value.column) == ("In[7]", 2, 3)
    assert show(engine, "typeof a") == "'undefined'"      # nothing ran


def test_error_location_is_the_cells(engine):
    with pytest.raises(JSError) as info:
        cell(engine, "let ok = 1;\nok.x.y", filename="In[4]")
    assert info.value.frames[0][1:] == ("In[4]", 2, 6)
    with pytest.raises(JSSyntaxError) as info:
        cell(engine, "let a = 1;\nlet b = ;", filename="In[5]")
    assert (info.value.filename, info.value.line, info.value.column) == ("In[5]", 2, 9)


# -- top-level await and promise values ---------------------------------------------------------

def test_top_level_await_value(engine):
    assert cell(engine, "const v = await Promise.resolve(41); v + 1") == 42.0
    assert cell(engine, "v") == 41.0


def test_top_level_await_ordering(engine):
    # node --input-type=module: sync, micro, after await
    cell(engine, "console.log('sync'); Promise.resolve().then(() => console.log('micro'));\n"
                 "await null; console.log('after await');")
    assert "".join(engine.out) == "sync\nmicro\nafter await\n"


def test_await_in_functions_is_not_top_level(engine):
    value = engine.evaluate_cell("async function af() { await 1; return 'af' } 5", "In[1]")
    assert value == 5.0                          # a plain completion, not a promise
    assert cell(engine, "await af()") == "af"


def test_for_await_at_top_level(engine):
    cell(engine, "for await (const x of [Promise.resolve(1), 2]) console.log(x)")
    assert "".join(engine.out) == "1\n2\n"


def test_rejected_top_level_await_rolls_back(engine):
    with pytest.raises(JSError) as info:
        cell(engine, "const late = await Promise.reject(new TypeError('nope'));")
    assert (info.value.name, info.value.message) == ("TypeError", "nope")
    assert cell(engine, "typeof late") == "undefined"
    assert engine.take_unhandled_rejections() == []


def test_promise_and_thenable_values_are_awaited(engine):
    assert cell(engine, "Promise.resolve('p')") == "p"
    assert cell(engine, "({ then(res) { res('thenable') } })") == "thenable"
    with pytest.raises(JSError) as info:
        cell(engine, "Promise.reject(new Error('rejected value'))")
    assert info.value.message == "rejected value"
    assert engine.take_unhandled_rejections() == []
    # a non-thenable object is the value itself
    assert show(engine, "({ then: 1 })") == "{ then: 1 }"


def test_settle_state(engine):
    pending = engine.evaluate_cell("await new Promise(() => {})", "In[1]")
    assert engine.settle_state(pending) == ("pending", None)
    assert engine.settle_state(3.0) == ("value", 3.0)
    done = engine.evaluate_cell("await 1; 'x'", "In[2]")
    assert engine.settle_state(done) == ("fulfilled", "x")


def test_cancel_cell_rolls_back_an_abandoned_await(engine):
    cell(engine, "let waiting = 'old';")
    engine.evaluate_cell("let waiting = await new Promise(() => {});", "In[2]")
    assert engine.cancel_cell() == ["waiting"]
    assert cell(engine, "waiting") == "old"


def test_never_settling_promise_is_reported(engine):
    with pytest.raises(JSError) as info:
        engine.wait_cell(engine.evaluate_cell("await new Promise(() => {})", "In[1]"), timeout=0.2)
    assert "never settled" in info.value.message or "timed out" in info.value.message


def test_static_imports_bind_in_the_repl_record(engine):
    engine.define_module("cellmod", "export let n = 1; export function bump() { n++ }\n"
                                    "export default 'dflt';")
    assert show(engine, "import d, { n, bump } from 'cellmod';\n"
                        "import * as ns from 'cellmod';\n[d, n, typeof bump, ns.n]") == \
        "[ 'dflt', 1, 'function', 1 ]"
    assert show(engine, "bump(); ns.n") == "2"
    with pytest.raises(JSError) as info:
        cell(engine, "n = 5")                       # import bindings are immutable
    assert info.value.message == "Assignment to constant variable."
    assert show(engine, "let n = 'mine'; n") == "'mine'"   # and replaceable, like any binding
    with pytest.raises(JSSyntaxError) as info:
        cell(engine, "import { nope } from 'cellmod';")
    # node: SyntaxError: The requested module 'cellmod' does not provide an export named 'nope'
    assert info.value.message == "The requested module 'cellmod' does not provide an export named 'nope'"
