"""Superinstructions (bytecode/superinstructions.py) and the generated dispatch loop
(vm/dispatch.py): what gets fused, what must not be, and that both loops agree.

Their behaviour on slow paths is checked against node by the program
tests/programs/superinstructions/slow_paths.js (both dispatch loops)."""

from __future__ import annotations

import linecache

import pytest

from jskernel.engine import Engine
from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.bytecode.assembler import Assembler
from jskernel.engine.bytecode.code import CodeObject, SourceInfo
from jskernel.engine.vm import dispatch
from jskernel.engine.vm.fast_paths import FAST_PATHS
from jskernel.engine.vm.handlers import HANDLERS


def _asm(kind="function"):
    code = CodeObject("t", kind, SourceInfo("", "t.js"))
    code.nlocals = 3
    code.local_names = ["a", "b", "c"]
    return Assembler(code)


def names(code):
    return [O.OPS[op].name for op in code.ops]


def function_code(source, name):
    e = Engine(stdout=lambda s: None)
    e.evaluate(source)
    return e.realm.global_object.get(name).code


def test_local_property_read_is_fused_with_its_operands():
    a = _asm()
    a.load_local(0)
    a.get_prop(a.const("x"))
    a.return_()
    code = a.finish()
    assert names(code) == ["GET_LOCAL_PROP", "RETURN"]
    assert code.args[0] == (0, code.consts.index("x"))
    assert code.max_stack == 2


def test_a_jump_target_inside_a_sequence_prevents_fusion():
    a = _asm()
    a.load_local(0)
    a.load_local(1)
    target = a.label("target")
    a.jump_if_false(target)
    a.pop()
    a.load_local(2)
    a.place(target)         # a jump lands on GET_PROP: the LOAD_LOCAL before it stays separate
    a.get_prop(a.const("x"))
    a.return_()
    code = a.finish()
    assert names(code) == ["LOAD_LOCAL2", "JUMP_IF_FALSE", "POP", "LOAD_LOCAL", "GET_PROP", "RETURN"]
    assert code.args[0] == (0, 1)
    assert code.args[1] == 4            # renumbered: still the GET_PROP


def test_exception_region_boundaries_prevent_fusion_and_are_renumbered():
    a = _asm()
    a.load_local(0)
    start = a.here()            # a try region starts here: no LOAD_LOCAL2 across it
    a.load_local(1)
    a.get_prop(a.const("x"))
    a.pop()
    a.pop()
    end = a.here()
    done = a.label("done")
    a.jump(done)
    handler = a.label("handler")
    a.depth = 2                 # the handler is entered with the stack cut to depth 1 + exception
    a.place(handler)
    a.pop()
    a.pop()
    a.place(done)
    a.push_undefined()
    a.return_()
    a.add_handler(start, end, handler, 1)
    code = a.finish()
    assert names(code)[:2] == ["LOAD_LOCAL", "GET_LOCAL_PROP"]
    [(s, e, t, d, k)] = code.handlers
    assert (s, e) == (1, 4) and names(code)[s] == "GET_LOCAL_PROP" and names(code)[t] == "POP"


def test_overlapping_candidates_prefer_the_property_read():
    a = _asm()
    a.load_local(0)
    a.load_local(1)
    a.get_prop(a.const("x"))
    a.add()
    a.return_()
    code = a.finish()
    assert names(code) == ["LOAD_LOCAL", "GET_LOCAL_PROP", "ADD", "RETURN"]


def test_increment_fuses_only_when_it_stores_back_into_the_same_slot():
    a = _asm()
    a.load_local(0)
    a.inc()
    a.store_local(0)
    a.load_local(0)
    a.inc()
    a.store_local(1)
    a.push_undefined()
    a.return_()
    code = a.finish()
    assert names(code) == ["INC_LOCAL", "LOAD_LOCAL", "INC", "STORE_LOCAL", "PUSH_UNDEFINED", "RETURN"]


def test_this_property_reads_fuse_only_where_this_is_always_initialized():
    src = ("class A { m() { return this.x } }\n"
           "class B extends A { constructor() { super(); this.y = this.x } }\n"
           "function f() { return () => this.x }\n")
    e = Engine(stdout=lambda s: None)
    e.evaluate(src)
    method = e.evaluate("A.prototype.m").code
    assert names(method)[0] == "GET_THIS_PROP"
    derived = e.evaluate("B").code          # `this` may be uninitialized: a ReferenceError at `this`
    assert "GET_THIS_PROP" not in names(derived) and "LOAD_THIS" in names(derived)
    arrow = e.evaluate("f()").code
    assert "GET_THIS_PROP" not in names(arrow)


def test_error_positions_survive_fusion():
    e = Engine(stdout=lambda s: None)
    out = e.evaluate("function get(o) {\n  return   o.missing.x;\n}\n"
                     "try { get({}) } catch (err) { err.stack.split('\\n')[1].trim() }")
    assert out.endswith(":2:22)")        # node: at the property read from undefined


def test_call_names_follow_renumbering():
    e = Engine(stdout=lambda s: None)
    msg = e.evaluate("function f(o) { let a = 1, b = 2; return o.notAFunction(a, b) }\n"
                     "try { f({}) } catch (err) { err.message }")
    assert msg == "o.notAFunction is not a function"


def test_every_fused_opcode_has_a_composed_handler_and_both_loops_agree():
    for code in O.FUSED:
        assert HANDLERS[code] is not None and HANDLERS[code].__name__ == "op_" + O.OPS[code].name
    src = ("var r = []; function f(o, n) { var s = 0; for (var i = 0; i < n; i++) { s = s + o.v * i + 1; o.v = s % 7 }"
           " return s } class C { constructor() { this.v = 3 } g() { return this.v } }"
           " var c = new C(); r.push(f(c, 20), c.g(), f({v: '2'}, 3)); r.join()")
    results = {d: Engine(dispatch=d, stdout=lambda s: None).evaluate(src) for d in ("hybrid", "table")}
    assert results["hybrid"] == results["table"] == "585,4,10"   # node


def test_dispatch_tree_covers_every_rank_once():
    assert sorted(dispatch.RANK) == list(range(O.NUM_OPS))
    assert [dispatch.OPCODES[dispatch.RANK[c]] for c in range(O.NUM_OPS)] == list(range(O.NUM_OPS))
    # fast paths take the lowest ranks, so one range is left for the handler leaf
    assert {dispatch.RANK[O.BY_NAME[n].code] for n in FAST_PATHS} == set(range(len(FAST_PATHS)))
    depths = dispatch.depths()
    assert set(depths) == set(FAST_PATHS) | {"(handlers)"}
    # the most frequent opcode in the profile is dispatched with fewer compares than a rare one
    assert depths["LOAD_LOCAL"] < depths["LOAD_LOCAL_CHECKED"]


def test_generated_loop_source_is_registered_for_tracebacks():
    lines = linecache.getlines(dispatch.SOURCE_NAME)
    assert lines and lines[0].startswith("def run(self, entry):")
    assert "# GET_LOCAL_PROP" in dispatch.SOURCE
    assert "THIS_OPCODE" not in dispatch.SOURCE and "RANK_" not in dispatch.SOURCE


def test_replacing_a_handler_reaches_the_generated_loop():
    calls = []
    code = O.DEBUGGER
    saved = HANDLERS[code]
    HANDLERS[code] = lambda vm, frame, arg: calls.append(arg)
    try:
        Engine(stdout=lambda s: None).evaluate("debugger; debugger;")
    finally:
        HANDLERS[code] = saved
    assert len(calls) == 2


def test_call_fast_path_sets_every_frame_field():
    # the CALL arm builds frames without Frame.__init__: it must set exactly the slots
    import re
    from jskernel.engine.vm.frames import Frame
    assigned = set(re.findall(r"\bnf\.(\w+) =", FAST_PATHS["CALL"]))
    assert assigned == set(Frame.__slots__)
    init = Frame(None, None, None, [], None, [], None)
    assert {name: getattr(init, name) for name in ("pc", "entry", "construct", "new_target", "resume_mode")} \
        == {"pc": 0, "entry": False, "construct": False, "new_target": init.new_target, "resume_mode": None}
    assert 'nf.pc = 0' in FAST_PATHS["CALL"] and "nf.new_target = UNDEFINED" in FAST_PATHS["CALL"]
