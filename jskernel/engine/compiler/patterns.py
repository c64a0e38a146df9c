"""Binding and assignment patterns: `bind_pattern` consumes the value on top of the
stack and stores it into an Identifier, member expression, or (recursively) an
object / array pattern with defaults and rest elements.

Evaluation order follows the spec's DestructuringAssignmentEvaluation: a computed key
is evaluated and converted (ToPropertyKey) first, then the target reference (`o.p`,
`o[k]`), then the value is read (GetV / IteratorStepValue), then the default, then the
store.  Array patterns close their iterator on normal completion and, through a
cleanup handler, when a target or default throws (unless the iterator itself threw).
Object rest copies the remaining own enumerable properties without reading the
excluded ones (CopyDataProperties).  The source is checked with V8's wording
("Cannot destructure property 'a' of 'obj' as it is undefined.").
"""

from __future__ import annotations

from jskernel.engine.bytecode.assembler import Label
from jskernel.engine.compiler.expressions import property_key_name
from jskernel.engine.runtime import messages as M
from jskernel.engine.syntax.scope import LEXICAL

NESTED = object()      # `source` of a nested pattern: no RequireObjectCoercible message of its own


class PatternCompiler:
    def bind_pattern(self, p, init, source=None):
        """Store the top of stack into pattern `p`.  `source`: the AST node the value came
        from (names it in the destructuring TypeError), None if unknown, NESTED inside
        another pattern."""
        t = p["type"]
        if t == "ObjectPattern":
            self.bind_object_pattern(p, init, source)
        elif t == "ArrayPattern":
            self.bind_array_pattern(p, init, source)
        elif t == "MemberExpression" and p["object"]["type"] != "Super":
            # the value is already on the stack: evaluate the reference, then store
            asm = self.asm
            self.compile_expr(p["object"])
            if self.keyed(p):
                self.member_key(p)
                asm.rot3()
                asm.rot3()
                self.at(p)
                self.set_keyed(p)
            else:
                asm.swap()
                self.at(p)
                asm.set_prop(asm.const(p["property"]["name"]))
            asm.pop()
        else:
            self.store_target(p, init, "top")

    # -- targets: reference first, value later ------------------------------------------------
    def target_prelude(self, p, init):
        """Evaluate the reference part of a simple target (`o` and `k` of `o[k]`) before its
        value; returns what `store_target` needs to know (None: nothing pushed)."""
        if p["type"] == "AssignmentPattern":
            return self.target_prelude(p["left"], init)
        if p["type"] == "Identifier":
            ref = self.info.ref(p)
            if ref.dyn and not (init and ref.binding is not None and ref.binding.kind in LEXICAL):
                self.resolve_dyn_ref(ref)   # ResolveBinding before the value is read
                return "dynref"
            return None
        if p["type"] == "MemberExpression" and p["object"]["type"] != "Super":
            self.compile_expr(p["object"])
            if self.keyed(p):
                self.member_key(p)
                return "keyed"
            return "named"
        return None

    def store_target(self, p, init, pre):
        """The value is on top of the stack (above the prelude): apply a default and store."""
        asm = self.asm
        t = p["type"]
        if t == "AssignmentPattern":
            skip = Label("default_skip")
            asm.dup()
            asm.push_undefined()
            asm.strict_eq()
            asm.jump_if_false(skip)
            asm.pop()
            left = p["left"]
            self.compile_expr(p["right"], name_hint=left["name"] if left["type"] == "Identifier" else None)
            asm.place(skip)
            if left["type"] in ("ObjectPattern", "ArrayPattern"):
                self.bind_pattern(left, init, None if pre == "top" else NESTED)
            else:
                self.store_target(left, init, pre)
        elif t == "Identifier":
            if pre == "dynref":
                self.dyn_ref_put(self.info.ref(p))
            else:
                self.store_ref(self.info.ref(p), init=init)
        elif t == "MemberExpression" and p["object"]["type"] == "Super":
            if p["computed"]:
                self.compile_expr(p["property"])
                asm.swap()
                asm.super_set_elem()
            else:
                asm.super_set(asm.const(p["property"]["name"]))
            asm.pop()
        elif t == "MemberExpression":      # V8 reports a failed store at the target's start
            self.at(p)
            if pre == "keyed":
                self.set_keyed(p)
            else:
                asm.set_prop(asm.const(p["property"]["name"]))
            asm.pop()
        elif t in ("ObjectPattern", "ArrayPattern"):
            self.bind_pattern(p, init, NESTED)
        else:
            self.error("Invalid destructuring assignment target", p)

    def bind_element(self, target, init, read):
        """Prelude of `target`, then `read()` pushes the value, then default and store."""
        if target["type"] in ("ObjectPattern", "ArrayPattern"):
            read()
            self.bind_pattern(target, init, NESTED)
            return
        pre = self.target_prelude(target, init)
        read()
        self.store_target(target, init, pre)

    # -- object patterns ------------------------------------------------------------------------
    def destructure_text(self, node):
        if node is None or node is NESTED:
            return None
        t = node["type"]
        if t == "Literal" and node.get("value") is None and "regex" not in node:
            return "null"
        if t in ("Identifier", "MemberExpression", "CallExpression", "ThisExpression"):
            return self.callee_text(node)
        return "(intermediate value)"

    def bind_object_pattern(self, p, init, source):
        asm = self.asm
        props = p["properties"]
        if source is not NESTED or not props:
            first = None
            if props and props[0]["type"] != "RestElement" and not props[0]["computed"]:
                first = property_key_name(props[0]["key"], False)
            asm.destructure_check(asm.const((first, self.destructure_text(source))))
        src = self.new_temp("destructure")
        asm.store_local(src)
        has_rest = bool(props) and props[-1]["type"] == "RestElement"
        excluded = []          # ("const", name) or ("local", temp) per property, for the rest element
        for prop in props:
            if prop["type"] == "RestElement":
                target = prop["argument"]

                def read_rest():
                    asm.load_local(src)
                    for kind, k in excluded:
                        if kind == "const":
                            asm.push_const(asm.const(k))
                        else:
                            asm.load_local(k)
                    self.at(prop)
                    asm.object_rest(len(excluded))
                self.bind_element(target, init, read_rest)
                continue
            name = property_key_name(prop["key"], prop["computed"])
            if name is None:
                self.compile_expr(prop["key"])
                asm.to_property_key()
                ktmp = self.new_temp("key")
                asm.store_local(ktmp)
                if has_rest:
                    excluded.append(("local", ktmp))

                def read(ktmp=ktmp, prop=prop):
                    asm.load_local(src)
                    asm.load_local(ktmp)
                    self.at(prop["key"])
                    asm.get_elem()
            else:
                if has_rest:
                    excluded.append(("const", name))

                def read(name=name, prop=prop):
                    asm.load_local(src)
                    self.at(prop["key"])
                    asm.get_prop(asm.const(name))
            self.bind_element(prop["value"], init, read)

    # -- array patterns -------------------------------------------------------------------------
    def bind_array_pattern(self, p, init, source=None):
        asm = self.asm
        pc = asm.for_of_start()
        if pc >= 0:
            # V8 names a declaration's initializer by its text, anything else by its value
            st = source["type"] if isinstance(source, dict) else None
            if st == "Identifier":
                self.code.call_names[pc] = source["name"]
            elif st in ("Literal", "ObjectExpression") and init:
                self.code.call_names[pc] = self.source.text[source["start"]:source["end"]]
            else:
                self.code.call_names[pc] = M.ITERABLE_BY_VALUE
        it = self.new_temp("iterator")
        asm.store_local(it)
        region = self.open_region("try")
        region.iter_close = True                 # a cleanup handler: it rethrows
        for el in p["elements"]:
            if el is None:
                asm.load_local(it)
                asm.iter_next_value()
                asm.pop()
                asm.pop()
                continue
            rest = el["type"] == "RestElement"
            target = el["argument"] if rest else el

            def read(rest=rest):
                asm.load_local(it)
                asm.iter_rest() if rest else asm.iter_next_value()
                asm.swap()
                asm.pop()
            self.bind_element(target, init, read)
        self.pop_control(region)
        self.close_region(region)
        asm.load_local(it)
        asm.iter_close(0)
        done = Label("pattern_done")
        asm.jump(done)
        region.handler.depth = region.depth + 1
        asm.place(region.handler)
        exc = self.new_temp("exception")
        asm.store_local(exc)
        self.emit_iter_close_for(exc, lambda: asm.load_local(it))
        asm.place(done)

    def emit_iter_close_for(self, exc, load_iter):
        """A cleanup handler's IteratorClose for the completion in local `exc`, then rethrow:
        a throw completion ignores errors from return() (sec-iteratorclose step 5), a
        generator's return() completion lets them (and a non-object result) win."""
        asm = self.asm
        returning = Label("close_on_return")
        rethrow = Label("close_rethrow")
        load_iter()
        asm.load_local(exc)
        asm.jump_if_return_completion(returning)
        asm.iter_close(1)
        asm.jump(rethrow)
        asm.place(returning)
        asm.iter_close(0)
        asm.place(rethrow)
        asm.load_local(exc)
        asm.throw()

    def assign_to(self, target):
        """Store the top of stack into a for-in/of head target (pattern or expression)."""
        if target["type"] == "CallExpression":      # Annex B web compat: `for (f() in o)`
            self.asm.pop()
            self.invalid_call_target(target, "Invalid left-hand side in for-loop", False)
            return
        self.bind_pattern(target, init=False)
