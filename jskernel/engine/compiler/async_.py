"""Compilation of the async forms: `await`, `for await (... of ...)`, and in async
generators `yield` (awaits its operand), `yield*` (over an async iterator) and
`return` (awaits its operand).

A mixin of `FunctionCompiler` placed first in its bases, so these methods take over
the synchronous versions in expressions.py / statements.py and delegate back to them
for non-async code.  The instructions are AWAIT and the ASYNC_* ops (opcodes.py);
the runtime side is vm/handlers_async.py and vm/async_functions.py.
"""

from __future__ import annotations

from jskernel.engine.bytecode.assembler import Label

ASYNC_GENERATOR = 4


class AsyncCompiler:
    def e_AwaitExpression(self, n):
        self.compile_expr(n["argument"])
        self.at(n)
        self.asm.await_(0)

    def e_YieldExpression(self, n):
        if self.code.call_kind != ASYNC_GENERATOR:
            return super().e_YieldExpression(n)
        asm = self.asm
        arg = n.get("argument")
        if n.get("delegate"):
            self.compile_expr(arg)
            self.at(n)
            pc = asm.async_iter_start()
            if pc >= 0:
                self.code.call_names[pc] = self.callee_text(arg)
            asm.push_undefined()
            top = Label("async_yield_star")
            end = Label("async_yield_star_end")
            asm.place(top)
            asm.async_yield_star_call()
            asm.await_(0)
            asm.async_yield_star_check(end)
            asm.yield_()
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
        asm.await_(0)
        asm.yield_()

    def s_ReturnStatement(self, n):
        if self.code.call_kind != ASYNC_GENERATOR or n.get("argument") is None:
            return super().s_ReturnStatement(n)
        self.compile_expr(n["argument"])
        self.at(n)
        self.asm.await_(0)
        self.emit_return()

    def emit_async_iter_close(self):
        """AsyncIteratorClose for a break / return out of `for await`: [rec] -> []."""
        asm = self.asm
        done = Label("async_close_done")
        asm.async_iter_close(done)
        asm.await_(0)
        asm.async_iter_close_check()
        asm.place(done)

    def s_ForOfStatement(self, n, labels=()):
        if not n.get("await"):
            return super().s_ForOfStatement(n, labels)
        asm = self.asm
        self.compile_expr(n["right"])
        self.at(n["right"])
        pc = asm.async_iter_start()
        if pc >= 0:
            self.code.call_names[pc] = self.callee_text(n["right"])
        ctl = self.loop_control(labels, extra=1)
        ctl.break_depth = asm.depth - 1
        ctl.continue_depth = asm.depth
        ctl.iter_close = "async"
        top = ctl.continue_label
        asm.place(top)
        asm.async_iter_next()
        asm.await_(0)
        asm.async_iter_result(ctl.break_label)
        region = self.open_region("try")
        region.depth = ctl.continue_depth          # handler sees [..., record, exception]
        region.iter_close = True                   # a cleanup handler: it rethrows
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
        self.pop_control(region)
        self.close_region(region)
        asm.jump(top)
        region.handler.depth = region.depth + 1
        asm.place(region.handler)
        tmp = self.new_temp("exception")
        asm.store_local(tmp)
        asm.load_local(tmp)
        returning = Label("async_close_on_return")
        asm.jump_if_return_completion(returning)
        done = Label("async_close_quiet_done")
        asm.async_iter_close_quiet(done)      # a throw completion: errors from closing are ignored
        asm.await_(1)
        asm.pop()
        asm.place(done)
        asm.load_local(tmp)
        asm.throw()
        asm.place(returning)                  # async generator return(): AsyncIteratorClose proper
        self.emit_async_iter_close()
        asm.load_local(tmp)
        asm.throw()
        asm.place(ctl.break_label)
