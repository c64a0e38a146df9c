"""Function-level compilation: `FunctionCompiler` (all mixins together), function
prologues (parameters, `arguments`, the named-function-expression binding, hoisted
declarations) and script / module top level (GlobalDeclarationInstantiation via
DECLARE_GLOBALS and the completion value)."""

from __future__ import annotations

from jskernel.engine.bytecode.assembler import Assembler
from jskernel.engine.bytecode.code import CodeObject
from jskernel.engine.compiler.async_ import AsyncCompiler
from jskernel.engine.compiler.core import CompilerCore
from jskernel.engine.compiler.evalcode import EvalCompiler
from jskernel.engine.compiler.modules import ModuleCompiler, compile_module
from jskernel.engine.compiler.expressions import (
    ExpressionCompiler, is_anonymous_function_definition, property_key_name,
)
from jskernel.engine.compiler.patterns import PatternCompiler
from jskernel.engine.compiler.statements import StatementCompiler
from jskernel.engine.syntax.lexer import skip_space
from jskernel.engine.syntax.scope import LEXICAL


class FunctionCompiler(ModuleCompiler, AsyncCompiler, CompilerCore, EvalCompiler, StatementCompiler, ExpressionCompiler, PatternCompiler):
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
    def make_closure(self, node, name, kind=None, source_start=None):
        """`source_start`: where Function.prototype.toString's slice begins when it is not
        the function node's start (methods and accessors start at their key / `get`)."""
        child_scope = self.info.scope(node)
        if kind is None:
            kind = "arrow" if node["type"] == "ArrowFunctionExpression" else "function"
        fc = FunctionCompiler(self.info, self.source, child_scope, self, name, kind, node)
        if source_start is not None:
            fc.code.start = source_start
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
        deferred = []        # static fields and static blocks, in order, after all elements
        for m in members:
            t = m["type"]
            if t == "MethodDefinition":
                if m["kind"] == "constructor":
                    continue
                private = m["key"]["type"] == "PrivateIdentifier"
                if private:
                    pkind = m["kind"]
                    pname = "#" + m["key"]["name"]
                    asm.load_local(t_ctor)
                    self.load_ref(self.binding_ref(scope.bindings[pname]))
                    if pkind == "method":
                        self.make_closure(m["value"], pname, kind="method", source_start=method_start(self, m))
                    else:
                        self.make_closure(m["value"], f"{pkind} {pname}", source_start=method_start(self, m),
                                          kind="getter" if pkind == "get" else "setter")
                    if m["static"]:
                        if pkind == "method":
                            asm.define_method_elem()
                        else:
                            (asm.define_getter if pkind == "get" else asm.define_setter)(0)
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
                    self.make_closure(m["value"], f"{kind} {fname}" if key is not None else "",
                                      source_start=method_start(self, m),
                                      kind="getter" if kind == "get" else "setter")
                    if key is None:
                        asm.set_function_name(1 if kind == "get" else 2)
                    (asm.define_getter if kind == "get" else asm.define_setter)(0)
                else:
                    self.make_closure(m["value"], fname, kind="method", source_start=method_start(self, m))
                    if key is None:
                        asm.set_function_name(0)
                    if key is not None:
                        asm.define_method(asm.const(key))
                    else:
                        asm.define_method_elem()
                asm.pop()
            elif t == "PropertyDefinition" and m["static"]:
                # static fields run after every element is defined; a computed key now
                private = m["key"]["type"] == "PrivateIdentifier"
                key = "#" + m["key"]["name"] if private else property_key_name(m["key"], m["computed"])
                ktmp = None
                if key is None:
                    self.compile_expr(m["key"])
                    asm.to_property_key()
                    ktmp = self.new_temp("static_key")
                    asm.store_local(ktmp)
                deferred.append((m, key, ktmp))
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
                    if key is None and is_anonymous_function_definition(m["value"]):
                        fc.code.names_field_value = True     # INIT_FIELDS names it after the computed key
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
                deferred.append((m, None, None))
            else:
                self.error(f"{t} in class bodies is not supported yet", m)
        for m, key, ktmp in deferred:
            if m["type"] == "PropertyDefinition":
                asm.load_local(t_ctor)
                if key is not None and key.startswith("#") and m["key"]["type"] == "PrivateIdentifier":
                    self.load_ref(self.binding_ref(scope.bindings[key]))
                elif ktmp is None:
                    asm.push_const(asm.const(key))
                else:
                    asm.load_local(ktmp)
                if m.get("value") is not None:
                    fc = FunctionCompiler(self.info, self.source, self.info.scope(m), self,
                                          key or "", "method", m)
                    fc.code.strict = True
                    fc.asm.pos = m["value"]["start"]
                    fc.compile_expr(m["value"], name_hint=key)
                    fc.asm.return_()
                    asm.make_closure(asm.const(fc.finish()))
                    asm.set_home_elem()         # static elements' home object: the constructor
                    asm.load_local(t_ctor)
                    asm.call(0)
                    if ktmp is not None and is_anonymous_function_definition(m["value"]):
                        asm.set_function_name(0)
                else:
                    asm.push_undefined()
                asm.define_elem()
                asm.pop()
            else:
                fc = FunctionCompiler(self.info, self.source, self.info.scope(m), self, "", "method", m)
                fc.code.strict = True
                fc.enter_scope(fc.scope, function_scope=True)
                fc.hoist_functions(fc.scope)
                fc.compile_statements(m["body"])
                fc.asm.push_undefined()
                fc.asm.return_()
                asm.load_local(t_ctor)
                asm.make_closure(asm.const(fc.finish()))
                asm.set_home()              # static block: home object is the constructor
                asm.swap()
                asm.call(0)
                asm.pop()
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

    def load_arguments_object(self, params):
        """FunctionDeclarationInstantiation step 22: mapped for sloppy functions with simple
        parameter lists, unmapped otherwise."""
        m = _parameter_map(self, params)
        if m is None:
            self.asm.load_arguments()
        else:
            self.asm.load_mapped_arguments(self.asm.const(m))

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
        if n.get("generator"):
            code.is_generator = True
            code.call_kind = 2
        if n.get("async"):
            code.call_kind = 4 if n.get("generator") else 3     # async function / async generator
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
            elif b.location == "local" and b.checked_refs and (
                    b.kind in LEXICAL or (b.kind == "param" and b.index >= len(params))):
                asm.init_tdz_local(b.index)
            if b.kind == "arguments" or (b.name == "arguments" and b.kind == "var" and code.kind != "arrow"
                                         and n["type"] != "ArrowFunctionExpression"):
                # a `var arguments` is the arguments object's own binding (sec-functiondeclarationinstantiation 22)
                self.load_arguments_object(params)
                self.store_ref(self.binding_ref(b), init=True)
            elif b.kind == "vars":
                asm.new_var_env()      # receives a sloppy direct eval's var declarations
                self.store_ref(self.binding_ref(b), init=True)
            elif b.kind == "callee":
                asm.load_callee()
                self.store_ref(self.binding_ref(b), init=True)
        for i, p in enumerate(params):
            if p["type"] == "Identifier":
                ref = self.info.ref(p)
                if ref.binding.location == "cell" or (ref.binding.location == "local" and ref.binding.index >= len(params)):
                    asm.load_local(i)
                    self.store_ref(ref, init=True)
            elif p["type"] == "RestElement":
                asm.load_rest(i)
                self.bind_pattern(p["argument"], init=True)
            else:
                asm.load_local(i)
                self.bind_pattern(p, init=True)
        self.hoist_functions(scope)
        if scope.varscope is not None:
            # sec-functiondeclarationinstantiation step 28: the body's own var environment;
            # a var named like a parameter starts with the parameter's value
            vs = scope.varscope
            self.enter_scope(vs)
            for b in vs.order:
                pb = scope.bindings.get(b.name)
                if b.kind == "var" and pb is not None and pb.kind == "param":
                    self.load_ref(self.binding_ref(pb))
                    self.store_ref(self.binding_ref(b), init=True)
        if code.call_kind == 4:        # async generator: the call returns after parameter binding
            asm.async_generator_start()
            asm.pop()
        elif code.call_kind == 2:      # generator: likewise (sec-generator-definitions-runtime-semantics-evaluatebody)
            asm.generator_start()
        body = n["body"]
        if body["type"] == "BlockStatement":
            self.compile_statements(body["body"])
            asm.push_undefined()
            asm.return_()
        else:
            self.compile_expr(body)
            asm.return_()
        return self.finish()


def method_start(fc, m):
    """Start of a method's source text: the Property / MethodDefinition, minus `static`."""
    start = m["start"]
    if m.get("static"):     # whitespace and comments between `static` and the method
        start = skip_space(fc.source.text, start + len("static"))
    return start


def _parameter_map(fc, params):
    """The formal parameters' bindings for a mapped arguments object, or None when the
    function gets an unmapped one (strict code or a non-simple parameter list)."""
    if fc.scope.strict or any(p["type"] != "Identifier" for p in params):
        return None
    out = []
    seen = set()
    for p in reversed(params):
        b = fc.info.ref(p).binding
        if p["name"] in seen or b is None:
            out.append(None)
            continue
        seen.add(p["name"])
        out.append((b.location, b.index))
    return tuple(reversed(out))


def compile_script(info, source, program, module=False, *, top_level_await=False,
                   repl=False) -> CodeObject:
    """The top-level CodeObject of a script or module.

    `top_level_await`: the top level is compiled as an async function body (call_kind
    3, so AWAIT parks it like any async frame); run it with
    `vm.async_functions.start_async_code(vm, code, this)`, which returns the promise of
    its completion value.  Shared by REPL cells (engine/host/cells.py) and modules
    with top-level await.  `repl` (scripts only): DECLARE_GLOBALS in REPL mode, where
    a declaration replaces an earlier binding (Realm.declare_globals)."""
    scope = info.root
    fc = FunctionCompiler(info, source, scope, None, "", "module" if module else "script", program)
    asm = fc.asm
    asm.pos = program["start"]
    if top_level_await:
        fc.code.call_kind = 3
    fc.completion = fc.new_temp("completion")
    if not module:
        var_names = [b.name for b in scope.order if b.kind in ("var",)]
        fn_names = [b.name for b in scope.order if b.kind == "function"]
        lex_names = [b.name for b in scope.order if b.kind in LEXICAL]
        const_names = [b.name for b in scope.order if b.kind == "const"]
        if var_names or fn_names or lex_names:
            decl = (tuple(var_names), tuple(fn_names), tuple(lex_names), tuple(const_names))
            if repl:
                decl += (False, True)       # deletable=False, repl=True
            asm.declare_globals(asm.const(decl))
        fc.hoist_functions(scope)
    else:
        return compile_module(fc, program)      # compiler/modules.py
    fc.compile_statements(program["body"])
    asm.load_local(fc.completion)
    asm.return_()
    return fc.finish()
