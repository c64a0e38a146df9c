"""Function-level compilation: `FunctionCompiler` (all mixins together), function
prologues (parameters, `arguments`, the named-function-expression binding, hoisted
declarations) and script / module top level (GlobalDeclarationInstantiation via
DECLARE_GLOBALS and the completion value)."""

from __future__ import annotations

from jskernel.engine.bytecode.assembler import Assembler
from jskernel.engine.bytecode.code import CodeObject
from jskernel.engine.compiler.core import CompilerCore
from jskernel.engine.compiler.expressions import ExpressionCompiler, property_key_name
from jskernel.engine.compiler.patterns import PatternCompiler
from jskernel.engine.compiler.statements import StatementCompiler
from jskernel.engine.syntax.scope import LEXICAL


class FunctionCompiler(CompilerCore, StatementCompiler, ExpressionCompiler, PatternCompiler):
    def __init__(self, info, source, scope, parent, name, kind, node):
        self.info = info
        self.source = source
        self.scope = scope
        self.parent = parent
        self.code = CodeObject(name, kind, source)
        self.asm = Assembler(self.code)
        self.control = []
        self.free_map = {}
        self.completion = None
        self.chain_end = None
        self.node = node
        code = self.code
        code.strict = scope.strict
        code.nlocals = scope.nlocals
        code.local_names = list(scope.local_names)
        code.cell_names = list(scope.cell_names)
        code.start = node["start"]
        code.end = node["end"]

    def finish(self) -> CodeObject:
        code = self.code
        code.ncells = self.scope.ncells + len(code.freevars)
        return self.asm.finish()

    # -- nested functions ----------------------------------------------------------------------
    def make_closure(self, node, name, kind=None):
        child_scope = self.info.scope(node)
        if kind is None:
            kind = "arrow" if node["type"] == "ArrowFunctionExpression" else "function"
        fc = FunctionCompiler(self.info, self.source, child_scope, self, name, kind, node)
        code = fc.compile_function(node)
        self.asm.make_closure(self.asm.const(code))

    def compile_class(self, node, name_hint=None):
        """ClassDefinitionEvaluation: leaves the constructor on the stack."""
        asm = self.asm
        name = node["id"]["name"] if node.get("id") else (name_hint or "")
        scope = self.info.scope(node)
        self.enter_scope(scope, function_scope=True)
        for b in scope.order:
            if b.kind == "private":
                asm.new_private_name(asm.const(b.name[1:]))
                self.store_ref(self.binding_ref(b), init=True)
        derived = node.get("superClass") is not None
        if derived:
            self.compile_expr(node["superClass"])
        else:
            asm.push_hole()
        members = node["body"]["body"]
        ctor = next((m for m in members if m["type"] == "MethodDefinition" and m["kind"] == "constructor"), None)
        has_fields = any(m["type"] == "PropertyDefinition" and not m["static"] for m in members)
        if ctor is not None:
            fc = FunctionCompiler(self.info, self.source, self.info.scope(ctor["value"]), self, name, "class",
                                  ctor["value"])
            fc.class_info = (derived, has_fields)
            code = fc.compile_function(ctor["value"])
        else:
            code = self.default_constructor(name, derived, node)
        code.start, code.end = node["start"], node["end"]
        self.at(node)
        asm.make_class(asm.const(code))           # ctor proto
        t_proto = self.new_temp("proto")
        t_ctor = self.new_temp("class")
        asm.store_local(t_proto)
        asm.store_local(t_ctor)
        inner = scope.bindings.get(name) if node.get("id") else None
        if inner is not None:
            asm.load_local(t_ctor)
            self.store_ref(self.binding_ref(inner), init=True)
        for m in members:
            t = m["type"]
            if t == "MethodDefinition":
                if m["kind"] == "constructor":
                    continue
                private = m["key"]["type"] == "PrivateIdentifier"
                if private:
                    if m["kind"] != "method":
                        self.error("private accessors are not supported yet", m)
                    asm.load_local(t_ctor)
                    self.load_ref(self.binding_ref(scope.bindings["#" + m["key"]["name"]]))
                    self.make_closure(m["value"], "#" + m["key"]["name"], kind="method")
                    if m["static"]:
                        asm.define_method_elem()
                    else:
                        asm.add_private_method()
                    asm.pop()
                    continue
                asm.load_local(t_ctor if m["static"] else t_proto)
                key = property_key_name(m["key"], m["computed"])
                if key is None:
                    self.compile_expr(m["key"])
                    asm.to_property_key()
                kind = m["kind"]
                fname = key if key is not None else ""
                if kind in ("get", "set"):
                    if key is not None:
                        asm.push_const(asm.const(key))
                    self.make_closure(m["value"], f"{kind} {fname}".rstrip(),
                                      kind="getter" if kind == "get" else "setter")
                    (asm.define_getter if kind == "get" else asm.define_setter)(0)
                else:
                    self.make_closure(m["value"], fname, kind="method")
                    if key is not None:
                        asm.define_method(asm.const(key))
                    else:
                        asm.define_method_elem()
                asm.pop()
            elif t == "PropertyDefinition":
                private = m["key"]["type"] == "PrivateIdentifier"
                key = None if private else property_key_name(m["key"], m["computed"])
                asm.load_local(t_ctor)
                if private:
                    key = "#" + m["key"]["name"]
                    self.load_ref(self.binding_ref(scope.bindings[key]))
                elif key is not None:
                    asm.push_const(asm.const(key))
                else:
                    self.compile_expr(m["key"])
                    asm.to_property_key()
                if m.get("value") is not None:
                    fc = FunctionCompiler(self.info, self.source, self.info.scope(m), self,
                                          key or "", "method", m)
                    fc.code.strict = True
                    fc.asm.pos = m["value"]["start"]
                    fc.compile_expr(m["value"], name_hint=key)
                    fc.asm.return_()
                    asm.make_closure(asm.const(fc.finish()))
                    if m["static"]:
                        asm.load_local(t_ctor)
                        asm.call(0)
                else:
                    asm.push_undefined()
                if m["static"]:
                    asm.define_elem()
                else:
                    asm.add_field()
                asm.pop()
            elif t == "StaticBlock":
                fc = FunctionCompiler(self.info, self.source, self.info.scope(m), self, "", "method", m)
                fc.code.strict = True
                fc.enter_scope(fc.scope, function_scope=True)
                fc.hoist_functions(fc.scope)
                fc.compile_statements(m["body"])
                fc.asm.push_undefined()
                fc.asm.return_()
                asm.make_closure(asm.const(fc.finish()))
                asm.load_local(t_ctor)
                asm.call(0)
                asm.pop()
            else:
                self.error(f"{t} in class bodies is not supported yet", m)
        asm.load_local(t_ctor)

    def default_constructor(self, name, derived, node):
        code = CodeObject(name, "class", self.source)
        code.strict = True
        code.is_constructor = True
        code.is_class = True
        code.call_kind = 1
        code.is_derived = derived
        asm = Assembler(code)
        asm.pos = node["start"]
        if derived:
            asm.load_rest(0)
            asm.super_call_spread()
            asm.bind_this()
        asm.init_fields()
        asm.push_undefined()
        asm.return_()
        return asm.finish()

    def compile_function(self, n) -> CodeObject:
        asm = self.asm
        code = self.code
        scope = self.scope
        params = n["params"]
        code.is_arrow = n["type"] == "ArrowFunctionExpression"
        code.is_constructor = (not code.is_arrow and code.kind in ("function", "class")
                               and not n.get("generator") and not n.get("async"))
        class_info = getattr(self, "class_info", None)
        if code.kind == "class":
            code.is_class = True
            code.is_derived = class_info[0]
        if n.get("async"):
            self.error("async functions are not supported yet", n)
        if n.get("generator"):
            code.is_generator = True
            code.call_kind = 2
        if code.is_class:
            code.call_kind = 1
        code.nparams = len(params)
        length = 0
        for p in params:
            if p["type"] in ("AssignmentPattern", "RestElement"):
                break
            length += 1
        code.length = length
        asm.pos = n["start"]
        if code.kind == "class" and not code.is_derived:
            asm.init_fields()
        # prologue: cells, arguments, callee, TDZ markers
        for b in scope.order:
            if b.location == "cell":
                i = b.index
                asm.new_cell(i)
                if b.kind == "var":
                    asm.push_undefined()
                    asm.store_cell(i)
            elif b.location == "local" and b.kind in LEXICAL and b.checked_refs:
                asm.init_tdz_local(b.index)
            if b.kind == "arguments":
                asm.load_arguments()
                self.store_ref(self.binding_ref(b), init=True)
            elif b.kind == "callee":
                asm.load_callee()
                self.store_ref(self.binding_ref(b), init=True)
        for i, p in enumerate(params):
            if p["type"] == "Identifier":
                ref = self.info.ref(p)
                if ref.binding.location == "cell":
                    asm.load_local(i)
                    self.store_ref(ref, init=True)
            elif p["type"] == "RestElement":
                asm.load_rest(i)
                self.bind_pattern(p["argument"], init=True)
            else:
                asm.load_local(i)
                self.bind_pattern(p, init=True)
        self.hoist_functions(scope)
        body = n["body"]
        if body["type"] == "BlockStatement":
            self.compile_statements(body["body"])
            asm.push_undefined()
            asm.return_()
        else:
            self.compile_expr(body)
            asm.return_()
        return self.finish()


def compile_script(info, source, program, module=False) -> CodeObject:
    scope = info.root
    fc = FunctionCompiler(info, source, scope, None, "", "module" if module else "script", program)
    asm = fc.asm
    asm.pos = program["start"]
    fc.completion = fc.new_temp("completion")
    if not module:
        var_names = [b.name for b in scope.order if b.kind in ("var",)]
        fn_names = [b.name for b in scope.order if b.kind == "function"]
        lex_names = [b.name for b in scope.order if b.kind in LEXICAL]
        const_names = [b.name for b in scope.order if b.kind == "const"]
        if var_names or fn_names or lex_names:
            asm.declare_globals(asm.const((tuple(var_names), tuple(fn_names),
                                           tuple(lex_names), tuple(const_names))))
        fc.hoist_functions(scope)
    else:
        fc.enter_scope(scope)
    fc.compile_statements(program["body"])
    asm.load_local(fc.completion)
    asm.return_()
    return fc.finish()
