"""Compiler core: one `FunctionCompiler` per function body.

Owns binding access (turning a scope-analysis `Ref` into LOAD/STORE of a slot, cell or
global), scope entry (fresh cells, TDZ initialisation, hoisted function
declarations), the control stack for break / continue / return through try-finally
(finalizers are inlined at each exit; exception regions are split around them), and
temporaries.  Statement, expression and pattern compilation live in the sibling
modules and are mixed into `FunctionCompiler` (compiler/function.py).
"""

from __future__ import annotations

from jskernel.engine.bytecode.assembler import Assembler, Label  # noqa: F401
from jskernel.engine.errors import JSSyntaxError
from jskernel.engine.syntax.lexer import skip_space
from jskernel.engine.syntax.scope import LEXICAL, Binding, Ref


class CompileError(JSSyntaxError):
    """A construct the compiler rejects (early error or not supported yet)."""


class Control:
    """An entry of the control stack: a breakable statement or a protected region."""

    __slots__ = ("kind", "labels", "break_label", "continue_label", "break_depth",
                 "continue_depth", "handler", "depth", "seg_start", "finalizer", "scope", "iter_close")

    def __init__(self, kind, labels=()):
        self.kind = kind            # loop | label | switch | try | finally
        self.labels = set(labels)
        self.break_label = None
        self.continue_label = None
        self.break_depth = 0
        self.continue_depth = 0
        self.handler = None
        self.depth = 0
        self.seg_start = 0
        self.finalizer = None
        self.scope = None
        self.iter_close = False     # for-of: leaving the loop early closes its iterator


class CompilerCore:
    asm: Assembler

    def error(self, message, node):
        src = self.source
        pos = node.get("start", 0) if node else 0
        line, col = src.line_col(pos)
        raise CompileError(message, pos=pos, line=line, column=col, source=src.text, filename=src.filename)

    def at(self, node):
        self.asm.pos = node["start"]

    def at_pos(self, pos):
        self.asm.pos = pos

    def at_operator(self, left):
        """Attach the next instructions to the operator after `left` (a binary operator, an
        assignment's `=` / `+=`, a postfix `++`): V8 reports those expressions' errors there."""
        text = self.source.text
        i = skip_space(text, left["end"])
        while text.startswith(")", i):     # the parentheses around `left`
            i = skip_space(text, i + 1)
        self.asm.pos = i if i < len(text) else left["end"]

    def new_temp(self, name="tmp") -> int:
        code = self.code
        code.local_names.append(f"<{name}>")
        code.nlocals += 1
        return code.nlocals - 1

    # -- bindings ---------------------------------------------------------------------------
    def cell_index(self, b: Binding) -> int:
        if b.scope.func is self.scope:
            return b.index
        idx = self.free_map.get(id(b))
        if idx is None:
            parent_index = self.parent.cell_index(b)
            self.code.freevars.append(parent_index)
            idx = self.scope.ncells + len(self.code.freevars) - 1
            self.free_map[id(b)] = idx
            self.code.cell_names.append(b.name)
        return idx

    # -- dynamic references (with / sloppy direct eval: syntax/scope.py Ref.dyn) ------------------
    def dyn_checks(self, ref: Ref, found: Label):
        """ResolveBinding through the dynamic records a reference crosses (innermost
        first, sec-getidentifierreference): on a hit jump to `found` with the record on the
        stack; otherwise fall through (stack unchanged) to the static access."""
        asm = self.asm
        name = asm.const(ref.name)
        for h in ref.dyn:
            self.load_ref(h)
            asm.env_has(name)
            asm.jump_if_true(found)
            asm.pop()

    def dyn_access(self, ref: Ref, on_found, on_static):
        """Emit `record-hit ? on_found() : on_static()` for a reference with `dyn`."""
        asm = self.asm
        found = Label("env_found")
        end = Label("env_end")
        self.dyn_checks(ref, found)
        on_static()
        asm.jump(end)
        asm.place(found)
        on_found()
        asm.place(end)

    def static_ref(self, ref: Ref) -> Ref:
        return Ref(ref.binding, ref.name, ref.checked)

    # A reference read and then written (`x op= v`, `x++`, `x = v` through with / eval records)
    # is resolved once (sec-getidentifierreference): its base -- the record that held the
    # name, or null for the static binding -- stays on the stack until PutValue, so a
    # binding deleted or created while the right-hand side runs does not redirect the write.
    def resolve_dyn_ref(self, ref: Ref):
        """Push the reference's base: the dynamic record holding the name, or null."""
        found = Label("env_found")
        self.dyn_checks(ref, found)
        self.asm.push_null()
        self.asm.place(found)

    def dyn_ref_get(self, ref: Ref):
        """base -> base value (GetValue through the resolved base)."""
        asm = self.asm
        static = Label("ref_static")
        done = Label("ref_done")
        asm.dup()
        asm.jump_if_nullish(static)
        asm.env_get(asm.const(ref.name))
        asm.jump(done)
        asm.place(static)
        asm.pop()
        self.load_ref(self.static_ref(ref))
        asm.place(done)

    def dyn_ref_put(self, ref: Ref):
        """base value -> (PutValue through the resolved base)."""
        asm = self.asm
        static = Label("ref_static")
        done = Label("ref_done")
        asm.swap()
        asm.jump_if_nullish(static)
        asm.env_set(asm.const(ref.name))
        asm.jump(done)
        asm.place(static)
        asm.pop()
        self.store_ref(self.static_ref(ref))
        asm.place(done)

    def load_ref_call(self, ref: Ref):
        """Push callee and this for a call `name(...)` (this: the with object when the name
        is found in a with record, else undefined)."""
        asm = self.asm
        if not ref.dyn:
            self.load_ref(ref)
            asm.push_undefined()
            return

        def static():
            self.load_ref(self.static_ref(ref))
            asm.push_undefined()
        self.dyn_access(ref, lambda: asm.env_get_call(asm.const(ref.name)), static)

    def load_ref(self, ref: Ref):
        b = ref.binding
        asm = self.asm
        if ref.dyn:
            self.dyn_access(ref, lambda: asm.env_get(asm.const(ref.name)),
                            lambda: self.load_ref(self.static_ref(ref)))
            return
        if b is None or b.location == "global":
            asm.load_global(asm.const(ref.name))
        elif b.location == "local":
            if ref.checked:
                asm.load_local_checked(b.index)
            else:
                asm.load_local(b.index)
        else:
            i = self.cell_index(b)
            if ref.checked:
                asm.load_cell_checked(i)
            else:
                asm.load_cell(i)

    def append_ref(self, ref: Ref) -> bool:
        """`name += value` with the old value and the operand on the stack: emit
        APPEND_LOCAL / APPEND_CELL / APPEND_GLOBAL (ADD + store, leaving the sum) when the
        binding is a plain assignable one, so the VM can grow a string in place instead of
        copying it; False when the generic ADD + store must be used (with/eval lookups,
        const, callee)."""
        b = ref.binding
        asm = self.asm
        if ref.dyn:
            return False
        if b is None or b.location == "global":
            asm.append_global(asm.const(ref.name))
            return True
        if b.kind in ("const", "callee"):
            return False
        if b.location == "local":
            asm.append_local(b.index)
        elif b.location == "cell":
            asm.append_cell(self.cell_index(b))
        else:
            return False
        return True

    def store_ref(self, ref: Ref, init=False):
        """Pop the top of stack into the binding (init: a declaration's initialisation)."""
        b = ref.binding
        asm = self.asm
        if ref.dyn and not (init and b is not None and b.kind in LEXICAL):
            self.dyn_access(ref, lambda: asm.env_set(asm.const(ref.name)),
                            lambda: self.store_ref(self.static_ref(ref), init))
            return
        if b is None or b.location == "global":
            if init and b is not None and b.kind in LEXICAL:
                asm.init_global_lex(asm.const(ref.name))
            else:
                asm.store_global(asm.const(ref.name))
            return
        if not init:
            if b.kind in ("const", "import"):
                if ref.checked:
                    self.load_ref(ref)
                    asm.pop()
                asm.throw_const_assign(asm.const(ref.name))
                return
            if b.kind == "callee":
                if self.scope.strict:
                    asm.throw_const_assign(asm.const(ref.name))
                else:
                    asm.pop()
                return
        checked = ref.checked and not init
        if b.location == "local":
            if checked:
                asm.store_local_checked(b.index)
            else:
                asm.store_local(b.index)
        else:
            i = self.cell_index(b)
            if checked:
                asm.store_cell_checked(i)
            else:
                asm.store_cell(i)

    def binding_ref(self, b: Binding) -> Ref:
        return Ref(b, b.name, False)

    # -- scopes ------------------------------------------------------------------------------
    def enter_scope(self, scope, *, function_scope=False):
        """Scope-entry code: fresh cells, TDZ markers, hoisted function declarations."""
        if scope is None:
            return
        asm = self.asm
        for b in scope.order:
            if b.location == "cell":
                i = self.cell_index(b)
                asm.new_cell(i)
                if b.kind in ("var", "catch"):
                    asm.push_undefined()
                    asm.store_cell(i)
            elif b.location == "local" and b.kind in LEXICAL and b.checked_refs:
                asm.init_tdz_local(b.index)
        if not function_scope:
            self.hoist_functions(scope)

    def hoist_functions(self, scope):
        """InstantiateFunctionObject for the scope's function declarations (block entry).
        The Annex B.3.3 var copy of a sloppy block function happens later, where the
        declaration is evaluated (statements.py s_FunctionDeclaration)."""
        for fn in scope.functions:
            name = fn["id"]["name"]
            self.make_closure(fn, name)
            self.store_ref(self.info.ref(fn["id"]), init=True)

    # -- control flow --------------------------------------------------------------------------
    def push_control(self, ctl: Control):
        self.control.append(ctl)
        return ctl

    def pop_control(self, ctl: Control):
        assert self.control[-1] is ctl
        self.control.pop()

    def open_region(self, kind) -> Control:
        ctl = Control(kind)
        ctl.handler = Label(kind + "_handler")
        ctl.depth = self.asm.depth
        ctl.seg_start = self.asm.here()
        return self.push_control(ctl)

    def close_region(self, ctl: Control):
        self.asm.add_handler(ctl.seg_start, self.asm.here(), ctl.handler, ctl.depth,
                             0 if ctl.kind == "try" and not ctl.iter_close else 1)

    def exit_through(self, stop: int):
        """Leave every control entry above index `stop`: close protected regions and inline
        finalizers.  Returns the regions to reopen after the jump."""
        crossed = []
        skip = None
        i = len(self.control) - 1
        while i > stop:
            ctl = self.control[i]
            if ctl is skip:
                i -= 1
                continue
            if ctl.kind == "loop" and ctl.iter_close and self.asm.reachable:
                # IteratorClose on break / return through a for-of loop
                while self.asm.depth > ctl.continue_depth:
                    self.asm.pop()
                skip = self._leave_iter_region(i, crossed)
                if ctl.iter_close == "async":
                    self.emit_async_iter_close()
                else:
                    self.asm.iter_close(0)
            if ctl.kind in ("try", "finally"):
                self.close_region(ctl)
                crossed.append(ctl)
                if ctl.kind == "finally":
                    saved = self.control
                    self.control = saved[:i]
                    self.compile_finalizer(ctl.finalizer)
                    self.control = saved
            i -= 1
        return crossed

    def _leave_iter_region(self, i, crossed):
        """Before a for-of loop (control[i]) closes its iterator on break / return, leave the
        loop's own throw-cleanup region (control[i - 1]): an error thrown by return() must
        propagate without closing the iterator a second time."""
        own = self.control[i - 1] if i > 0 else None
        if own is not None and own.kind == "try" and own.iter_close:
            self.close_region(own)
            crossed.append(own)
            return own
        return None

    def reopen(self, crossed):
        here = self.asm.here()
        for ctl in crossed:
            ctl.seg_start = here

    def find_target(self, label, kind, node):
        for i in range(len(self.control) - 1, -1, -1):
            ctl = self.control[i]
            if label is None:
                if kind == "break" and ctl.kind in ("loop", "switch"):
                    return i
                if kind == "continue" and ctl.kind == "loop":
                    return i
            elif label in ctl.labels:
                if kind == "continue" and ctl.kind != "loop":
                    self.error(f"Illegal continue statement: '{label}' does not denote an iteration statement", node)
                return i
        if label is not None:
            self.error(f"Undefined label '{label}'", node)
        self.error("Illegal break statement" if kind == "break" else
                   "Illegal continue statement: no surrounding iteration statement", node)

    def jump_out(self, index, kind):
        ctl = self.control[index]
        asm = self.asm
        crossed = self.exit_through(index)
        if kind == "break" and ctl.iter_close and asm.reachable:
            while asm.depth > ctl.continue_depth:
                asm.pop()
            self._leave_iter_region(index, crossed)
            if ctl.iter_close == "async":
                self.emit_async_iter_close()
            else:
                asm.iter_close(0)
        target_depth = ctl.break_depth if kind == "break" else ctl.continue_depth
        if asm.reachable:
            while asm.depth > target_depth:
                asm.pop()
        asm.jump(ctl.break_label if kind == "break" else ctl.continue_label)
        self.reopen(crossed)

    def emit_return(self):
        """Return the value on top of the stack, running enclosing finalizers first."""
        asm = self.asm
        if any(c.kind == "finally" or c.iter_close for c in self.control):
            tmp = self.new_temp("return")
            asm.store_local(tmp)
            crossed = self.exit_through(-1)
            asm.load_local(tmp)
            asm.return_()
            self.reopen(crossed)
        else:
            asm.return_()
