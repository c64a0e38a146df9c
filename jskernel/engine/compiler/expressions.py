"""Expression compilation (one method per ESTree expression type).

`compile_expr` leaves exactly one value on the stack; `compile_effect` compiles for
side effects only (assignments and updates then skip the DUP they would need for
their value); `compile_condition` jumps to a label when the test is falsy.
"""

from __future__ import annotations

from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.bytecode.assembler import Label
from jskernel.engine.runtime.operations import NumberToString

BINARY = {
    "+": O.ADD, "-": O.SUB, "*": O.MUL, "/": O.DIV, "%": O.MOD, "**": O.EXP,
    "&": O.BIT_AND, "|": O.BIT_OR, "^": O.BIT_XOR, "<<": O.SHL, ">>": O.SHR, ">>>": O.USHR,
    "==": O.EQ, "!=": O.NE, "===": O.STRICT_EQ, "!==": O.STRICT_NE,
    "<": O.LT, "<=": O.LE, ">": O.GT, ">=": O.GE, "instanceof": O.INSTANCEOF, "in": O.IN,
}
UNARY = {"-": O.NEG, "+": O.PLUS, "!": O.NOT, "~": O.BIT_NOT}
LOGICAL = {"&&": O.JUMP_IF_FALSE_KEEP, "||": O.JUMP_IF_TRUE_KEEP, "??": O.JUMP_IF_NOT_NULLISH_KEEP}


def is_anonymous_function_definition(n) -> bool:
    """IsAnonymousFunctionDefinition (sec-isanonymousfunctiondefinition)."""
    t = n["type"]
    if t == "ArrowFunctionExpression":
        return True
    return t in ("FunctionExpression", "ClassExpression") and not n.get("id")


# right-hand sides that run no code (cannot create or delete a binding)
_NO_EFFECTS = frozenset(("Literal", "FunctionExpression", "ArrowFunctionExpression", "ThisExpression"))


def property_key_name(key, computed):
    """The static property name of a non-computed key (Identifier / Literal), else None."""
    if computed:
        return None
    t = key["type"]
    if t == "Identifier":
        return key["name"]
    if t == "Literal":
        v = key["value"]
        if type(v) is str:
            return v
        if key.get("bigint") is not None and type(v) is int:
            return str(v)           # `{1n: x}`: ToString of the BigInt value
        if type(v) is float or type(v) is int and type(v) is not bool:
            return NumberToString(float(v))
        if key.get("bigint") is not None:
            return key["bigint"]
    if t == "PrivateIdentifier":
        return "#" + key["name"]
    return None


class ExpressionCompiler:
    def compile_expr(self, n, name_hint=None):
        m = getattr(self, "e_" + n["type"], None)
        if m is None:
            self.error(f"{n['type']} is not supported yet", n)
        self.at(n)
        if name_hint is not None and n["type"] in ("FunctionExpression", "ArrowFunctionExpression",
                                                   "ClassExpression"):
            m(n, name_hint)
        else:
            m(n)

    def compile_effect(self, n):
        t = n["type"]
        if t == "AssignmentExpression":
            self.at(n)
            self.e_AssignmentExpression(n, want=False)
        elif t == "UpdateExpression":
            self.at(n)
            self.e_UpdateExpression(n, want=False)
        elif t == "SequenceExpression":
            for e in n["expressions"]:
                self.compile_effect(e)
        else:
            self.compile_expr(n)
            self.asm.pop()

    def compile_condition(self, n, false_label):
        t = n["type"]
        asm = self.asm
        if t == "UnaryExpression" and n["operator"] == "!":
            self.compile_expr(n["argument"])
            asm.jump_if_true(false_label)
            return
        if t == "LogicalExpression" and n["operator"] == "&&":
            self.compile_condition(n["left"], false_label)
            self.compile_condition(n["right"], false_label)
            return
        if t == "LogicalExpression" and n["operator"] == "||":
            ok = Label("or_true")
            self.compile_expr(n["left"])
            asm.jump_if_true(ok)
            self.compile_condition(n["right"], false_label)
            asm.place(ok)
            return
        self.compile_expr(n)
        asm.jump_if_false(false_label)

    # -- primaries ----------------------------------------------------------------------------------
    def e_Literal(self, n):
        asm = self.asm
        if n.get("regex") is not None:
            r = n["regex"]
            asm.new_regexp(asm.const((r["pattern"], r["flags"])))
            return
        if n.get("bigint") is not None:
            asm.push_const(asm.const(int(n["bigint"])))
            return
        v = n["value"]
        if v is None:
            asm.push_null()
        elif v is True:
            asm.push_true()
        elif v is False:
            asm.push_false()
        elif type(v) is str:
            asm.push_const(asm.const(v))
        else:
            asm.push_const(asm.const(float(v)))

    def e_Identifier(self, n):
        if n["name"] == "undefined":
            ref = self.info.ref(n)
            if ref.binding is None:
                self.asm.push_undefined()
                return
        self.load_ref(self.info.ref(n))

    def e_ThisExpression(self, n):
        self.asm.load_this()

    def e_TemplateLiteral(self, n):
        asm = self.asm
        quasis = n["quasis"]
        exprs = n["expressions"]
        asm.push_const(asm.const(quasis[0]["value"]["cooked"]))
        for q, e in zip(quasis[1:], exprs):
            self.compile_expr(e)
            asm.to_string()
            asm.add()
            text = q["value"]["cooked"]
            if text:
                asm.push_const(asm.const(text))
                asm.add()

    def e_ArrayExpression(self, n):
        asm = self.asm
        els = n["elements"]
        if not any(e is not None and e["type"] == "SpreadElement" for e in els):
            for e in els:
                if e is None:
                    asm.push_hole()
                else:
                    self.compile_expr(e)
            asm.new_array(len(els))
            return
        asm.new_array(0)
        for e in els:
            if e is None:
                asm.push_hole()
                asm.array_append()
            elif e["type"] == "SpreadElement":
                self.compile_expr(e["argument"])
                pc = asm.array_spread()
                if pc >= 0:
                    self.code.call_names[pc] = self.callee_text(e["argument"])
            else:
                self.compile_expr(e)
                asm.array_append()

    def e_ObjectExpression(self, n):
        asm = self.asm
        asm.new_object()
        for p in n["properties"]:
            if p["type"] == "SpreadElement":
                self.compile_expr(p["argument"])
                asm.object_spread()
                continue
            name = property_key_name(p["key"], p["computed"])
            kind = p["kind"]
            if kind == "init":
                if name == "__proto__" and not p["shorthand"] and not p["method"] and not p["computed"]:
                    self.compile_expr(p["value"])
                    asm.set_proto_literal()
                    continue
                if name is not None:
                    if p["method"]:     # a method: not a constructor; toString starts at its key
                        self.make_closure(p["value"], name, kind="method", source_start=p["start"])
                        asm.set_home()
                    else:
                        self.compile_expr(p["value"], name_hint=name)
                    asm.define_field(asm.const(name))
                else:
                    self.compile_expr(p["key"])
                    asm.to_property_key()
                    if p["method"]:
                        self.make_closure(p["value"], "", kind="method", source_start=p["start"])
                        asm.set_function_name(0)
                        asm.set_home_elem()
                    else:
                        self.compile_expr(p["value"])
                        if is_anonymous_function_definition(p["value"]):
                            asm.set_function_name(0)
                    asm.define_elem()
            else:
                if name is not None:
                    asm.push_const(asm.const(name))
                else:
                    self.compile_expr(p["key"])
                    asm.to_property_key()
                self.make_closure(p["value"], f"{kind} {name}" if name is not None else "",
                                  kind="getter" if kind == "get" else "setter", source_start=p["start"])
                if name is None:
                    asm.set_function_name(1 if kind == "get" else 2)
                if kind == "get":
                    asm.define_getter(1)
                else:
                    asm.define_setter(1)

    def e_FunctionExpression(self, n, name_hint=None):
        name = n["id"]["name"] if n.get("id") else (name_hint or "")
        self.make_closure(n, name)

    def e_ArrowFunctionExpression(self, n, name_hint=None):
        self.make_closure(n, name_hint or "")

    def e_ClassExpression(self, n, name_hint=None):
        self.compile_class(n, name_hint)

    # -- operators ----------------------------------------------------------------------------------
    def e_BinaryExpression(self, n):
        if n["left"]["type"] == "PrivateIdentifier":      # #x in obj
            self.load_ref(self.info.ref(n["left"]))
            self.compile_expr(n["right"])
            self.at(n)
            self.asm.has_private()
            return
        self.compile_expr(n["left"])
        self.compile_expr(n["right"])
        self.at_operator(n["left"])
        self.asm.emit(BINARY[n["operator"]])

    def e_LogicalExpression(self, n):
        end = Label("logical_end")
        self.compile_expr(n["left"])
        self.asm.emit(LOGICAL[n["operator"]], end)
        self.compile_expr(n["right"])
        self.asm.place(end)

    def e_ConditionalExpression(self, n):
        asm = self.asm
        else_label = Label("cond_else")
        end = Label("cond_end")
        self.compile_condition(n["test"], else_label)
        self.compile_expr(n["consequent"])
        asm.jump(end)
        asm.place(else_label)
        self.compile_expr(n["alternate"])
        asm.place(end)

    def e_UnaryExpression(self, n):
        op = n["operator"]
        asm = self.asm
        arg = n["argument"]
        if op == "typeof":
            if arg["type"] == "Identifier":
                ref = self.info.ref(arg)
                if ref.dyn:
                    self.typeof_dyn(ref)
                    return
                if ref.binding is None or ref.binding.location == "global":
                    asm.typeof_global(asm.const(ref.name))
                    return
            self.compile_expr(arg)
            asm.typeof()
        elif op == "void":
            self.compile_expr(arg)
            asm.pop()
            asm.push_undefined()
        elif op == "delete":
            t = arg["type"]
            if t == "ChainExpression" and arg["expression"]["type"] == "MemberExpression":
                # `delete a?.b.c`: true when the chain short-circuits
                saved = getattr(self, "chain_end", None)
                self.chain_end = Label("chain_end")
                m = arg["expression"]
                self.compile_expr(m["object"])
                if m.get("optional"):
                    asm.jump_if_nullish(self.chain_end)
                if m["computed"]:
                    self.compile_expr(m["property"])
                    self.at(n)
                    asm.delete_elem()
                else:
                    self.at(n)
                    asm.delete_prop(asm.const(m["property"]["name"]))
                done = Label("chain_delete")
                asm.jump(done)
                asm.place(self.chain_end)
                asm.pop()
                asm.push_true()
                asm.place(done)
                self.chain_end = saved
            elif t == "MemberExpression" and arg["object"]["type"] == "Super":
                # sec-delete-operator-runtime-semantics-evaluation step 4.b: the reference
                # is evaluated (this binding, key expression; no ToPropertyKey), then throws
                self.super_this_check()
                if arg["computed"]:
                    self.compile_effect(arg["property"])
                self.at(n)
                asm.throw_super_delete()
            elif t == "MemberExpression":
                self.compile_expr(arg["object"])
                if arg["computed"]:
                    self.compile_expr(arg["property"])
                    self.at(n)
                    asm.delete_elem()
                else:
                    self.at(n)
                    asm.delete_prop(asm.const(arg["property"]["name"]))
            elif t == "Identifier":
                ref = self.info.ref(arg)
                if ref.dyn:
                    self.delete_dyn(ref)
                elif ref.binding is None or ref.binding.location == "global":
                    asm.delete_global(asm.const(ref.name))
                else:
                    asm.push_false()
            else:
                self.compile_expr(arg)
                asm.pop()
                asm.push_true()
        else:
            self.compile_expr(arg)
            self.at(n)
            asm.emit(UNARY[op])

    def e_SequenceExpression(self, n):
        exprs = n["expressions"]
        for e in exprs[:-1]:
            self.compile_effect(e)
        self.compile_expr(exprs[-1])

    # -- property access ----------------------------------------------------------------------------
    def e_MetaProperty(self, n):
        if n["meta"]["name"] == "new" and n["property"]["name"] == "target":
            self.asm.load_new_target()
        else:
            self.error("import.meta is not supported yet", n)

    def e_MemberExpression(self, n):
        asm = self.asm
        if n["object"]["type"] == "Super":
            if n["computed"]:
                self.super_this_check()
                self.compile_expr(n["property"])
                asm.super_get_elem()
            else:
                self.at(n["property"])
                asm.super_get(asm.const(n["property"]["name"]))
            return
        self.compile_expr(n["object"])
        if n.get("optional"):
            asm.jump_if_nullish(self.chain_end)
        if self.keyed(n):
            self.member_key(n)
            self.at(n["property"])
            self.get_keyed(n)
        else:
            self.at(n["property"])
            asm.get_prop(asm.const(property_key_name(n["property"], False)))

    # -- super references ----------------------------------------------------------------------
    def super_this_check(self):
        """`super[k]` step 2: GetThisBinding (ReferenceError before super()) precedes k."""
        self.asm.load_this()
        self.asm.pop()

    def super_elem_ref(self, m, once=False):
        """Push the reference `key base` of `super[k]` (base: GetSuperBase, taken after k is
        evaluated; once: the reference is read and written, so convert the key here)."""
        asm = self.asm
        self.super_this_check()
        self.compile_expr(m["property"])
        asm.super_base()
        if once:
            asm.swap()
            asm.to_member_key()
            asm.swap()

    # -- member keys: named (`o.x`), computed (`o[k]`) or private (`o.#x`) --------------------
    @staticmethod
    def keyed(m) -> bool:
        return m["computed"] or m["property"]["type"] == "PrivateIdentifier"

    def member_key(self, m, once=False):
        """Push the key of a computed or private member expression (once: the reference is
        read and written, so convert the key to a property key here, only once)."""
        if m["property"]["type"] == "PrivateIdentifier":
            self.load_ref(self.info.ref(m["property"]))
        else:
            self.compile_expr(m["property"])
            if once:
                self.asm.to_member_key()

    def get_keyed(self, m, method=False):
        private = m["property"]["type"] == "PrivateIdentifier"
        if method:
            (self.asm.get_private_method if private else self.asm.get_elem_method)()
        else:
            (self.asm.get_private if private else self.asm.get_elem)()

    def set_keyed(self, m):
        if m["property"]["type"] == "PrivateIdentifier":
            self.asm.set_private()
        else:
            self.asm.set_elem()

    def e_ChainExpression(self, n):
        saved = getattr(self, "chain_end", None)
        self.chain_end = Label("chain_end")
        self.compile_expr(n["expression"])
        self.asm.place(self.chain_end)
        self.chain_end = saved

    def callee_text(self, n):
        """How V8's CallPrinter names a callee in "x is not a function"."""
        t = n["type"]
        if t == "Identifier":
            return n["name"]
        if t == "ThisExpression":
            return "this"
        if t == "MemberExpression":
            obj = self.callee_text(n["object"]) + ("?." if n.get("optional") else "")
            if not n["computed"]:
                return f"{obj}{'' if n.get('optional') else '.'}{n['property']['name']}"
            p = n["property"]
            if p["type"] == "Literal":
                v = p["value"]
                if type(v) is str and not (v.isdigit() and str(int(v)) == v):
                    return f"{obj}{'' if n.get('optional') else '.'}{v}"   # V8: a property name prints as .name
                inner = f'"{v}"' if type(v) is str else self.source.text[p["start"]:p["end"]]
            elif p["type"] == "Identifier":
                inner = p["name"]
            else:
                inner = "(intermediate value)"
            return f"{obj}[{inner}]"
        if t == "CallExpression":
            return self.callee_text(n["callee"]) + "(...)"
        if t == "Super":
            return "super"
        if t == "Literal":
            if type(n.get("value")) is str:
                return f'"{n["value"]}"'
            return self.source.text[n["start"]:n["end"]]
        if t == "SequenceExpression":
            return "(" + " , ".join(self.callee_text(e) for e in n["expressions"]) + ")"
        if t == "ArrayExpression":
            return "[" + ",".join("" if e is None else self.callee_text(e) for e in n["elements"]) + "]"
        if t == "UnaryExpression" and n["operator"] in ("void", "typeof", "delete"):
            return f"({n['operator']} {self.callee_text(n['argument'])})"
        return "(intermediate value)"

    def e_CallExpression(self, n):
        asm = self.asm
        callee = n["callee"]
        args = n["arguments"]
        if callee["type"] == "Super":
            if any(a["type"] == "SpreadElement" for a in args):
                self.compile_spread_args(args)
                self.at(n)
                asm.super_call_spread()
            else:
                for a in args:
                    self.compile_expr(a)
                self.at(n)
                asm.super_call(len(args))
            asm.dup()
            asm.bind_this()
            asm.init_fields()
            return
        if callee["type"] == "MemberExpression" and callee["object"]["type"] == "Super":
            if callee["computed"]:
                self.compile_expr(callee["property"])
                asm.super_get_elem()
                asm.load_this()
            else:
                self.at(callee["property"])
                asm.super_method(asm.const(callee["property"]["name"]))
            where = callee["property"]
        elif callee["type"] == "MemberExpression":
            self.compile_method_callee(callee)
            where = callee["property"]
        elif callee["type"] == "ChainExpression" and callee["expression"]["type"] == "MemberExpression" \
                and callee["expression"]["object"]["type"] != "Super":
            # `(a?.b)()`: the parenthesised chain still calls with `this` = a
            saved = getattr(self, "chain_end", None)
            self.chain_end = Label("chain_end")
            self.compile_method_callee(callee["expression"])
            done = Label("chain_callee")
            asm.jump(done)
            asm.place(self.chain_end)
            asm.push_undefined()
            asm.place(done)
            self.chain_end = saved
            where = callee["expression"]["property"]
        elif callee["type"] == "Identifier":
            self.load_ref_call(self.info.ref(callee))
            where = callee
            if id(n) in self.info.eval_sites:
                self.compile_direct_eval(n)     # compiler/evalcode.py
                return
        else:
            self.compile_expr(callee)
            asm.push_undefined()
            where = callee
        if n.get("optional"):
            asm.jump_if_nullish_call(self.chain_end)
        self.compile_arguments(args, where, callee, asm.call, asm.call_spread)

    def compile_arguments(self, args, where, callee, emit, emit_spread):
        """Push the argument list and emit the call (`emit(argc)`, or `emit_spread()` when an
        argument is spread); record the callee's source text for "x is not a function"."""
        if any(a["type"] == "SpreadElement" for a in args):
            self.compile_spread_args(args)
            self.at(where)
            pc = emit_spread()
        else:
            for a in args:
                self.compile_expr(a)
            self.at(where)
            pc = emit(len(args))
        if pc >= 0:
            self.code.call_names[pc] = self.callee_text(callee)

    def compile_method_callee(self, callee):
        """Push `f this` for a call through member expression `callee`."""
        asm = self.asm
        self.compile_expr(callee["object"])
        if callee.get("optional"):
            asm.jump_if_nullish(self.chain_end)
        if self.keyed(callee):
            self.member_key(callee)
            self.at(callee["property"])
            self.get_keyed(callee, method=True)
        else:
            self.at(callee["property"])
            asm.get_method(asm.const(callee["property"]["name"]))

    def compile_spread_args(self, args):
        asm = self.asm
        asm.new_array(0)
        first = True
        for a in args:
            if a["type"] == "SpreadElement":
                self.compile_expr(a["argument"])
                pc = asm.array_spread()
                if pc >= 0:
                    # V8's wording for spread arguments: see vm/iteration.get_iterator
                    self.code.call_names[pc] = ("\x001" if first else "\x000") + self.callee_text(a["argument"])
                first = False
            else:
                self.compile_expr(a)
                asm.array_append()

    def e_NewExpression(self, n):
        asm = self.asm
        self.compile_expr(n["callee"])
        self.compile_arguments(n["arguments"], n, n["callee"], asm.new, asm.new_spread)

    # -- assignment -------------------------------------------------------------------------------------
    def e_AssignmentExpression(self, n, want=True):
        asm = self.asm
        op = n["operator"]
        left = n["left"]
        right = n["right"]
        # `(f) = function () {}` is no IsIdentifierRef: the function stays anonymous
        hint = left["name"] if left["type"] == "Identifier" and n["start"] == left["start"] else None
        if op == "=":
            if left["type"] in ("ObjectPattern", "ArrayPattern"):
                self.compile_expr(right)
                if want:
                    asm.dup()
                self.bind_pattern(left, init=False, source=right if left["type"] == "ObjectPattern" else None)
                return
            if left["type"] == "Identifier":
                ref = self.info.ref(left)
                if ref.dyn:
                    self.resolve_dyn_ref(ref)
                elif ref.binding is None and self.scope.strict and right["type"] not in _NO_EFFECTS:
                    # strict `x = v` to an undeclared global: resolved before v runs
                    asm.global_resolve(asm.const(ref.name))
                    self.compile_expr(right, name_hint=hint)
                    if want:
                        asm.dup()
                        asm.rot3()
                    self.at_operator(left)
                    asm.store_global_resolved(asm.const(ref.name))
                    return
                self.compile_expr(right, name_hint=hint)
                if want:
                    asm.dup()
                    if ref.dyn:
                        asm.rot3()
                self.at_operator(left)
                if ref.dyn:
                    self.dyn_ref_put(ref)
                else:
                    self.store_ref(ref)
                return
            if left["type"] == "CallExpression":
                return self.invalid_call_target(left, "Invalid left-hand side in assignment", want)
            if left["type"] == "MemberExpression" and left["object"]["type"] == "Super":
                if left["computed"]:
                    self.super_elem_ref(left)
                    self.compile_expr(right)
                    asm.super_ref_set()
                else:
                    self.compile_expr(right)
                    asm.super_set(asm.const(left["property"]["name"]))
                if not want:
                    asm.pop()
                return
            # member target: obj [key] value -> value
            self.compile_expr(left["object"])
            if self.keyed(left):
                self.member_key(left)
                self.compile_expr(right)
                self.at_operator(left)
                self.set_keyed(left)
            else:
                self.compile_expr(right)
                self.at_operator(left)
                asm.set_prop(asm.const(left["property"]["name"]))
            if not want:
                asm.pop()
            return
        if op in ("&&=", "||=", "??="):
            self.logical_assignment(n, want)
            return
        binop = BINARY[op[:-1]]
        if left["type"] == "Identifier":
            ref = self.info.ref(left)
            if ref.dyn:
                self.resolve_dyn_ref(ref)
                self.dyn_ref_get(ref)
                self.compile_expr(right)
                self.at(n)
                asm.emit(binop)
                if want:
                    asm.dup()
                    asm.rot3()
                self.dyn_ref_put(ref)
                return
            self.load_ref(ref)
            self.compile_expr(right)
            self.at(n)
            if op == "+=" and self.append_ref(ref):
                if not want:
                    asm.pop()
                return
            asm.emit(binop)
            if want:
                asm.dup()
            self.store_ref(ref)
            return
        if left["type"] == "CallExpression":
            return self.invalid_call_target(left, "Invalid left-hand side in assignment", want)
        if left["type"] != "MemberExpression":
            self.error("Invalid left-hand side in assignment", left)
        if left["object"]["type"] == "Super":
            if left["computed"]:
                self.super_elem_ref(left, once=True)
                asm.dup2()
                asm.super_ref_get()
                self.compile_expr(right)
                asm.emit(binop)
                asm.super_ref_set()
            else:
                name = asm.const(left["property"]["name"])
                asm.super_get(name)
                self.compile_expr(right)
                asm.emit(binop)
                asm.super_set(name)
            if not want:
                asm.pop()
            return
        self.compile_expr(left["object"])
        if self.keyed(left):
            self.member_key(left, once=True)
            asm.dup2()
            self.at(n)              # V8: the read at the expression's start, the rest at the operator
            self.get_keyed(left)
            self.compile_expr(right)
            self.at_operator(left)
            asm.emit(binop)
            self.set_keyed(left)
        else:
            name = asm.const(left["property"]["name"])
            asm.dup()
            self.at(n)
            asm.get_prop(name)
            self.compile_expr(right)
            self.at_operator(left)
            asm.emit(binop)
            asm.set_prop(name)
        if not want:
            asm.pop()

    def logical_assignment(self, n, want):
        asm = self.asm
        left = n["left"]
        jump = LOGICAL[n["operator"][:-1]]
        end = Label("lassign_end")
        done = Label("lassign_done")
        if left["type"] == "Identifier":
            ref = self.info.ref(left)
            if ref.dyn:             # base value; the base is dropped on both paths
                self.resolve_dyn_ref(ref)
                self.dyn_ref_get(ref)
                asm.emit(jump, end)
                self.compile_expr(n["right"], name_hint=left["name"])
                asm.dup()
                asm.rot3()
                self.dyn_ref_put(ref)
                asm.jump(done)
                asm.place(end)      # base value
                asm.swap()
                asm.pop()
                asm.place(done)
                if not want:
                    asm.pop()
                return
            self.load_ref(ref)
            asm.emit(jump, end)
            self.compile_expr(n["right"], name_hint=left["name"])
            asm.dup()
            self.store_ref(ref)
            asm.place(end)
            if not want:
                asm.pop()
            return
        if left["type"] == "MemberExpression" and left["object"]["type"] == "Super":
            if left["computed"]:
                self.super_elem_ref(left, once=True)
                asm.dup2()
                asm.super_ref_get()
                asm.emit(jump, end)
                self.compile_expr(n["right"])
                asm.super_ref_set()
                asm.jump(done)
                asm.place(end)          # key base value
                asm.rot3()
                asm.pop()
                asm.pop()
            else:
                name = asm.const(left["property"]["name"])
                asm.super_get(name)
                asm.emit(jump, end)
                self.compile_expr(n["right"])
                asm.super_set(name)
                asm.place(end)
            asm.place(done)
            if not want:
                asm.pop()
            return
        self.compile_expr(left["object"])
        if self.keyed(left):
            self.member_key(left, once=True)
            asm.dup2()
            self.at(n)
            self.get_keyed(left)
            asm.emit(jump, end)
            self.compile_expr(n["right"])
            self.at_operator(left)
            self.set_keyed(left)
            asm.jump(done)
            asm.place(end)          # obj key value
            asm.rot3()
            asm.pop()
            asm.pop()
        else:
            name = asm.const(left["property"]["name"])
            asm.dup()
            self.at(n)
            asm.get_prop(name)
            asm.emit(jump, end)
            self.compile_expr(n["right"])
            self.at_operator(left)
            asm.set_prop(name)
            asm.jump(done)
            asm.place(end)          # obj value
            asm.swap()
            asm.pop()
        asm.place(done)
        if not want:
            asm.pop()

    def invalid_call_target(self, call, message, want):
        """Annex B web compat (sloppy code only; the parser rejects it in strict code): a
        call as an assignment / update target is evaluated, then PutValue throws a
        ReferenceError -- before the right-hand side runs or the old value is read."""
        self.compile_expr(call)
        self.at(call)
        self.asm.throw_invalid_lhs(self.asm.const(message))
        if not want:
            self.asm.pop()

    def e_UpdateExpression(self, n, want=True):
        asm = self.asm
        op = O.INC if n["operator"] == "++" else O.DEC
        arg = n["argument"]
        prefix = n["prefix"]
        if arg["type"] == "Identifier":
            ref = self.info.ref(arg)
            if ref.dyn:             # base old -> [result] base new
                self.resolve_dyn_ref(ref)
                self.dyn_ref_get(ref)
                if not want:
                    asm.emit(op)
                elif prefix:
                    asm.emit(op)
                    asm.dup()
                    asm.rot3()
                else:
                    asm.to_numeric()
                    asm.dup()
                    asm.rot3()
                    asm.emit(op)
                self.dyn_ref_put(ref)
                return
            self.load_ref(ref)
            if not want:
                asm.emit(op)
            elif prefix:
                asm.emit(op)
                asm.dup()
            else:
                asm.to_numeric()
                asm.dup()
                asm.emit(op)
            self.store_ref(ref)
            return
        if arg["type"] == "CallExpression":
            return self.invalid_call_target(
                arg, f"Invalid left-hand side expression in {'prefix' if prefix else 'postfix'} operation", want)
        if arg["type"] != "MemberExpression":
            self.error("Invalid left-hand side expression in postfix operation", arg)
        if arg["object"]["type"] == "Super":
            postfix = want and not prefix
            if arg["computed"]:
                self.super_elem_ref(arg, once=True)
                asm.dup2()
                asm.super_ref_get()             # key base old
                if postfix:
                    asm.to_numeric()
                    asm.dup()
                    asm.rot4()
                asm.emit(op)
                asm.super_ref_set()
            else:
                name = asm.const(arg["property"]["name"])
                asm.super_get(name)
                if postfix:
                    asm.to_numeric()
                    asm.dup()
                asm.emit(op)
                asm.super_set(name)
            if postfix or not want:
                asm.pop()
            return
        self.compile_expr(arg["object"])
        if self.keyed(arg):
            self.member_key(arg, once=True)
            asm.dup2()
            self.at(n)              # V8: the read at the expression's start
            self.get_keyed(arg)
            if prefix:              # V8: the store of `++o.x` at the property, of `o.x++` at the operator
                self.at(arg["property"])
            else:
                self.at_operator(arg)
            if prefix or not want:
                asm.emit(op)
                self.set_keyed(arg)
            else:
                asm.to_numeric()
                asm.dup()
                asm.rot4()
                asm.emit(op)
                self.set_keyed(arg)
                asm.pop()
        else:
            name = asm.const(arg["property"]["name"])
            asm.dup()
            self.at(n)
            asm.get_prop(name)
            if prefix:              # V8: the store of `++o.x` at the property, of `o.x++` at the operator
                self.at(arg["property"])
            else:
                self.at_operator(arg)
            if prefix or not want:
                asm.emit(op)
                asm.set_prop(name)
            else:
                asm.to_numeric()
                asm.dup()
                asm.rot3()
                asm.emit(op)
                asm.set_prop(name)
                asm.pop()
        if not want:
            asm.pop()

    def e_TaggedTemplateExpression(self, n):
        quasi = n["quasi"]
        marker = {"type": "_TemplateObject", "start": quasi["start"], "end": quasi["end"], "quasi": quasi}
        call = {"type": "CallExpression", "start": n["start"], "end": n["end"], "callee": n["tag"],
                "arguments": [marker] + list(quasi["expressions"]), "optional": False}
        self.e_CallExpression(call)

    def e__TemplateObject(self, n):
        """GetTemplateObject: one frozen strings array (with .raw) per call site."""
        quasis = n["quasi"]["quasis"]
        cooked = tuple(q["value"]["cooked"] for q in quasis)
        raw = tuple(q["value"]["raw"] for q in quasis)
        self.asm.template_object(self.asm.const((cooked, raw)))

    def e_AwaitExpression(self, n):
        self.error("await is not supported yet", n)

    def e_YieldExpression(self, n):
        asm = self.asm
        arg = n.get("argument")
        if n.get("delegate"):
            # yield*: forward next / throw / return to the inner iterator until it is done;
            # the expression's value is the inner iterator's final value
            self.compile_expr(arg)
            self.at(n)
            pc = asm.for_of_start()
            if pc >= 0:
                self.code.call_names[pc] = self.callee_text(arg)
            asm.push_undefined()
            top = Label("yield_star")
            end = Label("yield_star_end")
            asm.place(top)
            asm.yield_star_step(end)
            asm.yield_raw()
            asm.jump(top)
            asm.place(end)
            asm.swap()
            asm.pop()
            return
        if arg is None:
            asm.push_undefined()
        else:
            self.compile_expr(arg)
        self.at(n)
        asm.yield_()
