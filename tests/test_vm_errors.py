"""Uncaught errors, stack traces, stack overflow and internal errors through the facade."""

from __future__ import annotations

import pytest

from jskernel.engine import Engine, JSError



def engine(**kw):
    out = []
    e = Engine(stdout=out.append, stderr=out.append, **kw)
    e.out = out
    return e


def test_uncaught_type_error_has_name_message_line():
    e = engine()
    src = "let a = 1;\nfunction f() {\n  return a.b.c;\n}\nf();\n"
    with pytest.raises(JSError) as info:
        e.evaluate(src, filename="file.js")
    err = info.value
    assert err.name == "TypeError"
    assert err.message == "Cannot read properties of undefined (reading 'c')"
    assert err.frames[0][:3] == ("f", "file.js", 3)
    assert err.frames[1][:3] == ("", "file.js", 5)
    assert err.stack.startswith("TypeError: Cannot read properties of undefined (reading 'c')\n    at f (file.js:3:")
    assert "\n    at file.js:5:1" in err.stack


def test_not_a_function_and_not_defined():
    e = engine()
    with pytest.raises(JSError) as info:
        e.evaluate("const o = {};\no.method();", filename="x.js")
    assert (info.value.name, info.value.message) == ("TypeError", "o.method is not a function")
    with pytest.raises(JSError) as info:
        e.evaluate("nope + 1", filename="y.js")
    assert (info.value.name, info.value.message) == ("ReferenceError", "nope is not defined")
    assert info.value.frames == [("", "y.js", 1, 1)]


def test_const_and_tdz_messages():
    e = engine()
    with pytest.raises(JSError) as info:
        e.evaluate("const c = 1; c = 2;")
    assert (info.value.name, info.value.message) == ("TypeError", "Assignment to constant variable.")
    with pytest.raises(JSError) as info:
        e.evaluate("{ x; let x = 1; }")
    assert (info.value.name, info.value.message) == ("ReferenceError", "Cannot access 'x' before initialization")


def test_thrown_error_object_stack_v8_format():
    e = engine()
    src = "function thrower() {\n  throw new Error('bad thing');\n}\nfunction caller() { thrower(); }\ncaller();"
    with pytest.raises(JSError) as info:
        e.evaluate(src, filename="s.js")
    err = info.value
    assert err.stack == ("Error: bad thing\n    at thrower (s.js:2:9)\n    at caller (s.js:4:21)\n"
                         "    at s.js:5:1")


def test_throw_primitive():
    e = engine()
    with pytest.raises(JSError) as info:
        e.evaluate("throw 42")
    assert info.value.message == "42"


def test_deep_recursion_is_catchable_range_error_and_engine_survives():
    e = engine(max_depth=2000)
    src = """
    function down(n) { return down(n + 1) + 1; }
    let r;
    try { down(0); } catch (err) { r = [err.name, err.message, err instanceof RangeError]; }
    r.join('|');
    """
    assert e.evaluate(src) == "RangeError|Maximum call stack size exceeded|true"
    with pytest.raises(JSError) as info:
        e.evaluate("function again() { return again(); } again();")
    assert info.value.name == "RangeError"
    assert e.evaluate("function ok(n) { return n ? ok(n - 1) + 1 : 0 } ok(1500)") == 1500.0


def test_deep_js_recursion_does_not_use_python_stack():
    import sys
    e = engine(max_depth=50000)
    limit = sys.getrecursionlimit()
    assert e.evaluate("function d(n) { return n === 0 ? 0 : 1 + d(n - 1); } d(30000)") == 30000.0
    assert sys.getrecursionlimit() == limit


def test_recursion_through_native_callbacks_is_range_error():
    e = engine()
    src = "function f(n) { return [n].map(x => f(x + 1))[0]; }\ntry { f(0) } catch (e) { e.name }"
    assert e.evaluate(src) == "RangeError"
    assert e.evaluate("[1,2].map(x => x * 2).join()") == "2,4"


def test_internal_error_surfaces_as_jserror():
    from jskernel.engine.bytecode import opcodes as O
    from jskernel.engine.vm import handlers
    e = engine()

    def broken(vm, frame, arg):
        raise KeyError("boom")
    saved = handlers.HANDLERS[O.NEW_OBJECT]
    handlers.HANDLERS[O.NEW_OBJECT] = broken
    try:
        with pytest.raises(JSError) as info:
            e.evaluate("let o = {};")
    finally:
        handlers.HANDLERS[O.NEW_OBJECT] = saved
    assert info.value.name == "InternalError"
    assert "KeyError" in info.value.message
    assert e.evaluate("1 + 1") == 2.0


def test_script_globals_persist_between_evaluations():
    e = engine()
    e.evaluate("let counter = 1; var v = 'x'; function bump() { return ++counter; }")
    assert e.evaluate("bump(); bump()") == 3.0
    assert e.evaluate("v + counter") == "x3"
    with pytest.raises(JSError) as info:
        e.evaluate("let counter = 5;")
    assert info.value.name == "SyntaxError"


def test_console_streams():
    out, err = [], []
    e = Engine(stdout=out.append, stderr=err.append)
    e.evaluate("console.log('a', 1); console.info({x: [1]}); console.error('bad'); console.warn(-0)")
    assert "".join(out) == "a 1\n{ x: [ 1 ] }\n"
    assert "".join(err) == "bad\n-0\n"


def test_completion_values_and_inspect():
    e = engine()
    assert e.evaluate("1; 2 + 3") == 5.0
    v = e.evaluate("({a: [1, 'two', {b: null}], f() {}})")
    assert e.inspect(v) == "{ a: [ 1, 'two', { b: null } ], f: [Function: f] }"
    assert e.inspect(e.evaluate("-0")) == "-0"
    assert e.inspect(e.evaluate("'str'")) == "'str'"


def test_keyboard_interrupt_leaves_engine_usable():
    from jskernel.engine.bytecode import opcodes as O
    from jskernel.engine.vm import handlers
    e = engine()

    def interrupted(vm, frame, arg):
        raise KeyboardInterrupt
    saved = handlers.HANDLERS[O.DEBUGGER]
    handlers.HANDLERS[O.DEBUGGER] = interrupted
    try:
        with pytest.raises(KeyboardInterrupt):
            e.evaluate("function f() { debugger; } f();")
    finally:
        handlers.HANDLERS[O.DEBUGGER] = saved
    assert e.vm.frame is None and e.vm.depth == 0
    assert e.evaluate("[1, 2].length") == 2.0


def test_generators_park_frames_off_the_python_stack():
    e = engine()
    src = """
    function* counter() { let i = 0; while (true) yield i++; }
    const gens = [];
    for (let k = 0; k < 2000; k++) { const g = counter(); g.next(); gens.push(g); }
    let total = 0;
    for (const g of gens) total += g.next().value;
    total;
    """
    assert e.evaluate(src) == 2000.0
    assert e.vm.depth == 0 and e.vm.frame is None
    assert e.evaluate("function* g() { try { yield 1; } catch (x) { yield 'caught ' + x; } }\n"
                      "const it = g(); it.next(); it.throw('boom').value") == "caught boom"
