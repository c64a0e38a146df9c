"""The opcode table feeds everything: handlers, emit helpers, stack depth, disassembly."""

from __future__ import annotations

import pytest

from jskernel.engine import Engine
from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.bytecode.assembler import Assembler, AssemblyError, helper_name
from jskernel.engine.bytecode.code import CodeObject, SourceInfo
from jskernel.engine.vm.handlers import HANDLERS, missing_handlers



def test_every_opcode_has_a_vm_handler():
    assert missing_handlers() == []
    assert len(HANDLERS) == O.NUM_OPS


def test_every_opcode_has_an_emit_helper_and_doc():
    kinds = ("", "int", "const", "name", "local", "cell", "jump", "argc", "code")
    for info in O.OPS:
        assert info.doc
        if info.code in O.FUSED:        # superinstructions: made by the assembler's last pass
            assert not hasattr(Assembler, helper_name(info)), info.name
            assert all(k in kinds for k in info.operand.split("+")), info.name
        else:
            assert hasattr(Assembler, helper_name(info)), info.name
            assert info.operand in kinds


def test_table_numbering_is_dense_and_unique():
    assert [o.code for o in O.OPS] == list(range(O.NUM_OPS))
    assert len({o.name for o in O.OPS}) == O.NUM_OPS
    assert getattr(O, "LOAD_LOCAL") == O.BY_NAME["LOAD_LOCAL"].code


def _asm():
    return Assembler(CodeObject("t", "function", SourceInfo("", "t.js")))


def test_static_stack_depth_is_computed():
    a = _asm()
    a.push_const(a.const(1.0))
    a.push_const(a.const(2.0))
    a.add()
    a.return_()
    code = a.finish()
    assert code.max_stack == 3      # two operands (+1 slack for handler pushes)


def test_stack_underflow_is_rejected():
    a = _asm()
    with pytest.raises(AssemblyError):
        a.add()


def test_depth_mismatch_at_join_is_rejected():
    a = _asm()
    end = a.label("end")
    a.push_true()
    a.jump_if_false(end)        # depth 0 at end
    a.push_true()
    with pytest.raises(AssemblyError):
        a.place(end)            # depth 1 here


def test_disassembly_mentions_source_lines_and_nested_code():
    e = Engine()
    text = e.disassemble("let total = 0;\nfunction add(x) {\n  return x + total;\n}\nadd(2);\n",
                         filename="dis.js")
    assert "== script" in text and "(dis.js)" in text
    assert "   1| let total = 0;" in text
    assert "   3| return x + total;" in text
    assert "== function add" in text
    assert "LOAD_LOCAL             0 (x)" in text
    assert "CALL                   1" in text


def test_closures_use_cells_and_locals_use_slots():
    e = Engine()
    text = e.disassemble("function outer() { let a = 1; let b = 2; return () => a + b * 0; }")
    assert "NEW_CELL" in text and "LOAD_CELL" in text
    text = e.disassemble("function plain() { let a = 1; return a; }")
    assert "NEW_CELL" not in text and "LOAD_LOCAL" in text


def test_profile_counters():
    e = Engine()
    code = e.compile("function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s }\n"
                     "f(10); f(20);")
    e.run(code)
    f_code = [c for c in code.consts if isinstance(c, CodeObject)][0]
    assert f_code.calls == 2
    assert f_code.back_edges == 30


def test_objects_built_alike_share_a_shape_and_ics_fill():
    e = Engine()
    e.evaluate("function P(x, y) { this.x = x; this.y = y; }\n"
               "var a = new P(1, 2), b = new P(3, 4), c = {x: 1, y: 2}, d = {x: 5, y: 6};\n"
               "function sum(o) { return o.x + o.y; }\n"
               "var s = 0; for (const o of [a, b, a, b]) s += sum(o);")
    g = e.realm.global_object
    a, b, c, d = (g.get(n) for n in "abcd")
    assert a.shape is b.shape and c.shape is d.shape and a.shape is c.shape
    sum_code = g.get("sum").code
    assert any(entry is not None and entry.shape is a.shape for entry in sum_code.ic)
    e.evaluate("delete a.x")
    assert a.shape.dictionary and a.shape is not b.shape
    assert e.evaluate("sum(a) !== sum(a)")        # undefined + 2 -> NaN, through the IC miss path


def test_every_object_is_allocated_through_the_heap():
    e = Engine()
    before = e.realm.heap.allocated
    e.evaluate("const o = {a: [1, 2]}; function f() {} const g = () => 1; new Error('x');")
    stats = e.realm.heap.stats()
    assert e.realm.heap.allocated - before >= 5
    for cls in ("JSObject", "JSArray", "JSFunction", "JSNativeFunction"):
        assert stats["by_class"][cls] > 0
