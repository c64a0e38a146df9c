"""Statement compilation (one method per ESTree statement type).

Loops record break / continue targets with their static stack depth; `for (let ...)`
copies captured bindings per iteration (CreatePerIterationEnvironment); try / catch /
finally become exception-table regions with finalizers inlined on every exit path.
"""

from __future__ import annotations

from jskernel.engine.bytecode.assembler import Label
from jskernel.engine.compiler.core import Control
from jskernel.engine.syntax.scope import Ref


_UPDATE_EMPTY = frozenset(("IfStatement", "ForStatement", "ForInStatement", "ForOfStatement",
                           "WhileStatement", "DoWhileStatement", "SwitchStatement", "TryStatement",
                           "WithStatement"))


class StatementCompiler:
    def compile_statements(self, body):
        for st in body:
            self.compile_statement(st)

    def compile_statement(self, n, labels=()):
        m = getattr(self, "s_" + n["type"], None)
        if m is None:
            self.error(f"{n['type']} is not supported yet", n)
        if not self.asm.reachable:
            # dead code (after return / throw / break / an endless loop): JS has no goto, so
            # nothing can jump into the middle of this statement from outside it
            return
        self.at(n)
        if self.completion is not None and n["type"] in _UPDATE_EMPTY:
            # these statements complete with UpdateEmpty(result, undefined): a script's
            # or eval's completion value is undefined unless their body produces one
            self.asm.push_undefined()
            self.asm.store_local(self.completion)
        if labels:
            m(n, labels)
        else:
            m(n)

    def compile_block_body(self, block):
        """Compile a BlockStatement (used for finalizers and catch bodies)."""
        self.s_BlockStatement(block)

    def compile_finalizer(self, block):
        """A `finally` block: its normal completion never replaces the try's value; one that
        leaves by break / continue completes with its own value, or undefined
        (sec-try-statement-runtime-semantics-evaluation: UpdateEmpty(F, undefined))."""
        if self.completion is None:
            self.s_BlockStatement(block)
            return
        asm = self.asm
        saved = self.new_temp("try_completion")
        asm.load_local(self.completion)
        asm.store_local(saved)
        asm.push_undefined()
        asm.store_local(self.completion)
        self.s_BlockStatement(block)
        if asm.reachable:
            asm.load_local(saved)
            asm.store_local(self.completion)

    # -- simple statements -------------------------------------------------------------------------
    def s_EmptyStatement(self, n):
        pass

    def s_DebuggerStatement(self, n):
        self.asm.debugger()

    def s_ExpressionStatement(self, n):
        if self.completion is not None:
            e = n["expression"]
            if e["type"] == "AssignmentExpression" and e["operator"] == "+=":
                # let `s += x` grow s in place (APPEND_*): the completion slot must not
                # hold a second reference to the old string (its old value is unobservable
                # here: this statement either replaces it or completes abruptly)
                self.asm.push_undefined()
                self.asm.store_local(self.completion)
            self.compile_expr(e)
            self.asm.store_local(self.completion)
        else:
            self.compile_effect(n["expression"])

    def s_BlockStatement(self, n):
        scope = self.info.scope(n)
        if scope is not None and scope.node is n:
            self.enter_scope(scope)
        self.compile_statements(n["body"])

    def s_VariableDeclaration(self, n):
        kind = n["kind"]
        for d in n["declarations"]:
            init = d.get("init")
            target = d["id"]
            if init is None:
                if kind == "var":
                    continue
                self.asm.push_undefined()
            else:
                name = target["name"] if target["type"] == "Identifier" else None
                ref = self.info.ref(target) if name is not None and kind == "var" else None
                if ref is not None and ref.dyn:     # the binding is resolved before the initializer
                    self.resolve_dyn_ref(ref)
                    self.compile_expr(init, name_hint=name)
                    self.at(d)
                    self.dyn_ref_put(ref)
                    continue
                self.compile_expr(init, name_hint=name)
            self.at(d)
            self.bind_pattern(target, init=kind != "var", source=init)

    def s_FunctionDeclaration(self, n):
        """Hoisted to scope entry; in sloppy blocks, Annex B.3.3 step 1.a.ii.3.f: evaluating
        the declaration copies the block binding to the function-level var."""
        pair = self.info.annexb.get(id(n))
        if pair is not None:
            self.load_ref(self.binding_ref(pair[0]))
            target = pair[1]
            self.store_ref(target if isinstance(target, Ref) else self.binding_ref(target))

    def s_ClassDeclaration(self, n):
        self.compile_class(n)
        self.store_ref(self.info.ref(n["id"]), init=True)

    def s_ReturnStatement(self, n):
        if self.scope.kind in ("script", "module"):
            self.error("Illegal return statement", n)
        arg = n.get("argument")
        if arg is None:
            self.asm.push_undefined()
        else:
            self.compile_expr(arg)
        self.emit_return()

    def s_ThrowStatement(self, n):
        self.compile_expr(n["argument"])
        self.at(n)
        self.asm.throw()

    def s_IfStatement(self, n):
        asm = self.asm
        else_label = Label("else")
        self.compile_condition(n["test"], else_label)
        self.compile_statement(n["consequent"])
        if n.get("alternate") is not None:
            end = Label("endif")
            asm.jump(end)
            asm.place(else_label)
            self.compile_statement(n["alternate"])
            asm.place(end)
        else:
            asm.place(else_label)

    def s_LabeledStatement(self, n, labels=()):
        labels = tuple(labels) + (n["label"]["name"],)
        body = n["body"]
        if body["type"] in ("ForStatement", "WhileStatement", "DoWhileStatement", "ForInStatement",
                            "ForOfStatement", "LabeledStatement"):
            self.compile_statement(body, labels)
            return
        ctl = Control("label", labels)
        ctl.break_label = Label("label_end")
        ctl.break_depth = self.asm.depth
        self.push_control(ctl)
        self.compile_statement(body)
        self.pop_control(ctl)
        self.asm.place(ctl.break_label)

    def s_BreakStatement(self, n):
        label = n["label"]["name"] if n.get("label") else None
        self.jump_out(self.find_target(label, "break", n), "break")

    def s_ContinueStatement(self, n):
        label = n["label"]["name"] if n.get("label") else None
        self.jump_out(self.find_target(label, "continue", n), "continue")

    # -- loops --------------------------------------------------------------------------------------
    def loop_control(self, labels, extra=0):
        ctl = Control("loop", labels)
        ctl.break_label = Label("loop_end")
        ctl.continue_label = Label("loop_continue")
        ctl.break_depth = self.asm.depth
        ctl.continue_depth = self.asm.depth + extra
        return ctl

    def s_WhileStatement(self, n, labels=()):
        asm = self.asm
        ctl = self.loop_control(labels)
        top = Label("while")
        asm.place(top)
        ctl.continue_label = top
        self.compile_condition(n["test"], ctl.break_label)
        self.push_control(ctl)
        self.compile_statement(n["body"])
        self.pop_control(ctl)
        asm.jump(top)
        asm.place(ctl.break_label)

    def s_DoWhileStatement(self, n, labels=()):
        asm = self.asm
        ctl = self.loop_control(labels)
        top = Label("do")
        asm.place(top)
        self.push_control(ctl)
        self.compile_statement(n["body"])
        self.pop_control(ctl)
        asm.place(ctl.continue_label)
        self.compile_expr(n["test"])
        asm.jump_if_true(top)
        asm.place(ctl.break_label)

    def s_ForStatement(self, n, labels=()):
        asm = self.asm
        scope = self.info.scope(n)
        per_iteration = []
        if scope is not None and scope.node is n:
            self.enter_scope(scope)
            per_iteration = [b for b in scope.order if b.location == "cell"]
        init = n.get("init")
        if init is not None:
            if init["type"] == "VariableDeclaration":
                self.s_VariableDeclaration(init)
            else:
                self.compile_effect(init)
        for b in per_iteration:
            asm.copy_cell(self.cell_index(b))
        ctl = self.loop_control(labels)
        top = Label("for")
        asm.place(top)
        if n.get("test") is not None:
            self.compile_condition(n["test"], ctl.break_label)
        self.push_control(ctl)
        self.compile_statement(n["body"])
        self.pop_control(ctl)
        asm.place(ctl.continue_label)
        for b in per_iteration:
            asm.copy_cell(self.cell_index(b))
        if n.get("update") is not None:
            self.compile_effect(n["update"])
        asm.jump(top)
        asm.place(ctl.break_label)

    def _for_each(self, n, labels, start, next_, close=False):
        """for-in / for-of: iterator on the stack, one binding (or target) per iteration.

        for-of closes its iterator when the loop is left early: `break` / `return` emit
        ITER_CLOSE, and an exception region around binding + body closes it on throw.
        """
        asm = self.asm
        left = n["left"]
        if left["type"] == "VariableDeclaration" and left["declarations"][0].get("init") is not None:
            # Annex B.3.5 (sloppy `for (var a = init in o)`): the initializer is evaluated
            # and assigned once, before the object expression
            d = left["declarations"][0]
            self.compile_expr(d["init"], name_hint=d["id"]["name"] if d["id"]["type"] == "Identifier" else None)
            self.at(d)
            self.bind_pattern(d["id"], init=False)
        # ForIn/OfHeadEvaluation step 2: the loop's let/const names are in their TDZ
        # while the head expression runs (syntax/scope.py gives it a scope of its own)
        self.enter_scope(self.info.scope(n["left"]))
        self.compile_expr(n["right"])
        self.at(n["right"])
        pc = start()
        if pc >= 0 and close:
            self.code.call_names[pc] = self.callee_text(n["right"])
        ctl = self.loop_control(labels, extra=1)
        ctl.break_depth = asm.depth - 1
        ctl.continue_depth = asm.depth
        ctl.iter_close = close
        top = ctl.continue_label
        asm.place(top)
        next_(ctl.break_label)
        region = self.open_region("try") if close else None
        if region is not None:
            region.depth = ctl.continue_depth      # handler sees [..., iterator, exception]
            region.iter_close = True               # a cleanup handler: it rethrows
        left = n["left"]
        scope = self.info.scope(n)
        if left["type"] == "VariableDeclaration":
            if scope is not None and scope.node is n:
                self.enter_scope(scope)
            self.bind_pattern(left["declarations"][0]["id"], init=left["kind"] != "var")
        else:
            self.assign_to(left)
        self.push_control(ctl)
        self.compile_statement(n["body"])
        self.pop_control(ctl)
        if region is not None:
            self.pop_control(region)
            self.close_region(region)
        asm.jump(top)
        if region is not None:
            region.handler.depth = region.depth + 1
            asm.place(region.handler)
            tmp = self.new_temp("exception")
            asm.store_local(tmp)
            self.emit_iter_close_for(tmp, lambda: None)     # the iterator is on the stack
        asm.place(ctl.break_label)

    def s_ForInStatement(self, n, labels=()):
        self._for_each(n, labels, self.asm.for_in_start, self.asm.for_in_next)

    def s_ForOfStatement(self, n, labels=()):
        if n.get("await"):
            self.error("for await is not supported yet", n)
        self._for_each(n, labels, self.asm.for_of_start, self.asm.for_of_next, close=True)

    # -- switch -------------------------------------------------------------------------------------
    def s_SwitchStatement(self, n, labels=()):
        asm = self.asm
        self.compile_expr(n["discriminant"])
        tmp = self.new_temp("switch")
        asm.store_local(tmp)
        scope = self.info.scope(n)
        if scope is not None and scope.node is n:
            self.enter_scope(scope)
        ctl = Control("switch", labels)
        ctl.break_label = Label("switch_end")
        ctl.break_depth = asm.depth
        case_labels = [Label("case") for _ in n["cases"]]
        default = None
        for c, lab in zip(n["cases"], case_labels):
            if c.get("test") is None:
                default = lab
                continue
            asm.load_local(tmp)
            self.compile_expr(c["test"])
            asm.strict_eq()
            asm.jump_if_true(lab)
        asm.jump(default if default is not None else ctl.break_label)
        self.push_control(ctl)
        for c, lab in zip(n["cases"], case_labels):
            asm.place(lab)
            self.compile_statements(c["consequent"])
        self.pop_control(ctl)
        asm.place(ctl.break_label)

    # -- exceptions ---------------------------------------------------------------------------------
    def s_TryStatement(self, n):
        asm = self.asm
        fin = None
        if n.get("finalizer") is not None:
            fin = self.open_region("finally")
            fin.finalizer = n["finalizer"]
        if n.get("handler") is not None:
            tc = self.open_region("try")
            self.compile_block_body(n["block"])
            self.pop_control(tc)
            self.close_region(tc)
            after = Label("after_catch")
            asm.jump(after)
            tc.handler.depth = tc.depth + 1
            asm.place(tc.handler)
            h = n["handler"]
            scope = self.info.scope(h)
            self.enter_scope(scope, function_scope=True)
            if h.get("param") is not None:
                self.at(h["param"])
                self.bind_pattern(h["param"], init=True)
            else:
                asm.pop()
            self.hoist_functions(scope)
            self.compile_statements(h["body"]["body"])
            asm.place(after)
        else:
            self.compile_block_body(n["block"])
        if fin is not None:
            self.pop_control(fin)
            self.close_region(fin)
            self.compile_finalizer(n["finalizer"])
            end = Label("after_finally")
            asm.jump(end)
            fin.handler.depth = fin.depth + 1
            asm.place(fin.handler)
            tmp = self.new_temp("exception")
            asm.store_local(tmp)
            self.compile_finalizer(n["finalizer"])
            asm.load_local(tmp)
            asm.throw()
            asm.place(end)

    def s_ImportDeclaration(self, n):
        self.error("import declarations are not supported yet", n)

    def s_ExportNamedDeclaration(self, n):
        self.error("export declarations are not supported yet", n)

    s_ExportDefaultDeclaration = s_ExportNamedDeclaration
    s_ExportAllDeclaration = s_ExportNamedDeclaration
