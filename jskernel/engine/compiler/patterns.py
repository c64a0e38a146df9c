"""Binding and assignment patterns: `bind_pattern` consumes the value on top of the
stack and stores it into an Identifier, member expression, or (recursively) an
object / array pattern with defaults and rest elements."""

from __future__ import annotations

from jskernel.engine.bytecode.assembler import Label
from jskernel.engine.compiler.expressions import property_key_name


class PatternCompiler:
    def bind_pattern(self, p, init):
        asm = self.asm
        t = p["type"]
        if t == "Identifier":
            self.store_ref(self.info.ref(p), init=init)
        elif t == "MemberExpression" and p["object"]["type"] == "Super":
            if p["computed"]:
                self.compile_expr(p["property"])
                asm.swap()
                asm.super_set_elem()
            else:
                asm.super_set(asm.const(p["property"]["name"]))
            asm.pop()
        elif t == "MemberExpression":
            self.compile_expr(p["object"])
            if self.keyed(p):
                self.member_key(p)
                asm.rot3()
                asm.rot3()
                self.set_keyed(p)
            else:
                asm.swap()
                asm.set_prop(asm.const(p["property"]["name"]))
            asm.pop()
        elif t == "AssignmentPattern":
            skip = Label("default_skip")
            asm.dup()
            asm.push_undefined()
            asm.strict_eq()
            asm.jump_if_false(skip)
            asm.pop()
            left = p["left"]
            self.compile_expr(p["right"], name_hint=left["name"] if left["type"] == "Identifier" else None)
            asm.place(skip)
            self.bind_pattern(left, init)
        elif t == "ObjectPattern":
            used = []
            for prop in p["properties"]:
                if prop["type"] == "RestElement":
                    asm.dup()
                    asm.new_object()
                    asm.swap()
                    asm.object_spread()
                    for name in used:
                        asm.dup()
                        asm.delete_prop(asm.const(name))
                        asm.pop()
                    self.bind_pattern(prop["argument"], init)
                    continue
                asm.dup()
                name = property_key_name(prop["key"], prop["computed"])
                if name is None:
                    self.compile_expr(prop["key"])
                    asm.get_elem()
                else:
                    used.append(name)
                    self.at(prop["key"])
                    asm.get_prop(asm.const(name))
                self.bind_pattern(prop["value"], init)
            asm.pop()
        elif t == "ArrayPattern":
            asm.for_of_start()
            for el in p["elements"]:
                if el is None:
                    asm.iter_next_value()
                    asm.pop()
                elif el["type"] == "RestElement":
                    asm.iter_rest()
                    self.bind_pattern(el["argument"], init)
                else:
                    asm.iter_next_value()
                    self.bind_pattern(el, init)
            asm.iter_close(0)
        else:
            self.error("Invalid destructuring assignment target", p)

    def assign_to(self, target):
        """Store the top of stack into a for-in/of head target (pattern or expression)."""
        self.bind_pattern(target, init=False)
