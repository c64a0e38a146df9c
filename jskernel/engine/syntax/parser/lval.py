"""Patterns: binding patterns, assignment targets and their early errors.

Owns: parsing of binding atoms / lists / defaults / rest elements, the
conversion of an already-parsed expression into a pattern (`to_assignable`, the
cover grammar of destructuring assignment and arrow parameters), and the checks
on what may be assigned to or bound (`check_lval_simple` / `check_lval_pattern`:
strict-mode `eval`/`arguments`, `let` as a lexical name, duplicate parameters,
and the declarations they feed into the scope tracker).
"""

from __future__ import annotations

from jskernel.engine.syntax import messages as M
from jskernel.engine.syntax.parser.scope import BIND_LEXICAL, BIND_NONE, BIND_OUTSIDE
from jskernel.engine.syntax.tokens import RESERVED_STRICT

_STRICT_BIND = RESERVED_STRICT | {"eval", "arguments"}


class LValMixin:
    """Pattern parsing and checking (mixed into the parser)."""

    # ---------------------------------------------------------- conversion
    def to_assignable(self, node, is_binding=False, ref=None, nested=False):
        t = node["type"]
        if t == "Identifier":
            if node["name"] == "await" and self.in_async():
                self.raise_at(node["start"], M.AWAIT_BINDING_IN_ASYNC)
        elif t in ("ObjectPattern", "ArrayPattern", "AssignmentPattern", "RestElement"):
            pass
        elif t == "ObjectExpression":
            node["type"] = "ObjectPattern"
            if ref is not None:
                self._check_paren_pattern(node, ref)
            for prop in node["properties"]:
                self.to_assignable(prop, is_binding, None, True)
                if prop["type"] == "RestElement" and prop["argument"]["type"] in ("ArrayPattern", "ObjectPattern"):
                    self.raise_at(prop["argument"]["start"], M.INVALID_REST_ASSIGNMENT_TARGET)
        elif t == "Property":
            if node["kind"] != "init":
                self.raise_at(node["key"]["start"], M.INVALID_DESTRUCTURING_TARGET)
            self.to_assignable(node["value"], is_binding, None, True)
        elif t == "ArrayExpression":
            node["type"] = "ArrayPattern"
            if ref is not None:
                self._check_paren_pattern(node, ref)
            for elt in node["elements"]:
                if elt is not None:
                    self.to_assignable(elt, is_binding, None, True)
        elif t == "SpreadElement":
            node["type"] = "RestElement"
            self.to_assignable(node["argument"], is_binding, None, True)
            if node["argument"]["type"] == "AssignmentPattern":
                self.raise_at(node["argument"]["start"], M.REST_DEFAULT_INITIALIZER)
        elif t == "AssignmentExpression":
            if node["operator"] != "=":
                self.raise_at(node["left"]["end"], M.INVALID_DESTRUCTURING_TARGET)
            node["type"] = "AssignmentPattern"
            del node["operator"]
            self.to_assignable(node["left"], is_binding, None, True)
        elif t == "ChainExpression":
            self.raise_at(node["start"], M.INVALID_LHS_ASSIGNMENT)
        elif t == "MemberExpression":
            if is_binding:
                self.raise_at(node["start"], M.ILLEGAL_PROPERTY_IN_DECLARATION)
        elif t == "CallExpression" and not is_binding and not nested and not self.strict:
            pass        # Annex B web compat: `f() = x` is a runtime ReferenceError in sloppy code
        else:
            self.raise_at(node["start"], M.INVALID_DESTRUCTURING_TARGET if is_binding or nested
                          else M.INVALID_LHS_ASSIGNMENT)
        return node

    def _check_paren_pattern(self, node, ref):
        if -1 < ref.parenthesized_assign < node["start"] and ref.trailing_comma < 0:
            self.raise_at(ref.parenthesized_assign, M.INVALID_LHS_ASSIGNMENT)   # `({a}) = 1`
        self.check_pattern_errors(ref, True)

    def to_assignable_list(self, exprs, is_binding):
        for elt in exprs:
            if elt is not None:
                self.to_assignable(elt, is_binding)
        return exprs

    # ------------------------------------------------------------- parsing
    def parse_rest_binding(self):
        node = self.start_node()
        self.next()
        node["argument"] = self.parse_binding_atom()
        return self.finish(node, "RestElement")

    def parse_binding_atom(self):
        t = self.type
        if t == "[":
            node = self.start_node()
            self.next()
            node["elements"] = self.parse_binding_list("]", True, True)
            return self.finish(node, "ArrayPattern")
        if t == "{":
            return self.parse_obj(True)
        ident = self.parse_ident(False)
        if self.type == "." and not self.nl_before:
            self.raise_at(ident["start"], M.ILLEGAL_PROPERTY_IN_DECLARATION)
        return ident

    def parse_binding_list(self, close, allow_empty, allow_trailing_comma):
        elts = []
        first = True
        while True:
            if self.type == close:
                self.next()
                return elts
            if first:
                first = False
            else:
                self.expect(",")
            if allow_empty and self.type == ",":
                elts.append(None)
            elif allow_trailing_comma and self.type == close:
                self.next()
                return elts
            elif self.type == "...":
                rest = self.parse_rest_binding()
                elts.append(rest)
                if self.type == ",":
                    self.raise_at(self.start, M.PARAM_AFTER_REST if close == ")" else M.ELEMENT_AFTER_REST)
                if self.type == "=" and close == ")":
                    self.raise_at(self.start, M.REST_DEFAULT_INITIALIZER)
                self.expect(close)
                return elts
            else:
                elts.append(self.parse_maybe_default(self.start, self.start_loc))

    def parse_maybe_default(self, start, sloc, left=None):
        if left is None:
            left = self.parse_binding_atom()
        if self.type != "=":
            return left
        self.next()
        node = self.start_node_at(start, sloc)
        node["left"] = left
        node["right"] = self.parse_maybe_assign()
        return self.finish(node, "AssignmentPattern")

    # ------------------------------------------------------------- checks
    def check_lval_simple(self, expr, binding=BIND_NONE, clashes=None, message=None, in_pattern=False):
        t = expr["type"]
        is_bind = binding != BIND_NONE
        if t == "Identifier":
            name = expr["name"]
            if self.strict and name in _STRICT_BIND:
                if in_pattern:
                    self.raise_at(expr["start"], M.INVALID_DESTRUCTURING_TARGET)
                if name == "eval" or name == "arguments":
                    self.raise_at(expr["start"], M.UNEXPECTED_EVAL_OR_ARGUMENTS)
                self.raise_at(expr["start"], M.UNEXPECTED_STRICT_RESERVED)
            if is_bind:
                if binding == BIND_LEXICAL and name == "let":
                    self.raise_at(expr["start"], M.LET_BINDING)
                if clashes is not None:
                    if name in clashes:
                        self.raise_at(expr["start"], M.DUPLICATE_PARAM)
                    clashes.add(name)
                if binding != BIND_OUTSIDE:
                    self.declare_name(name, binding, expr["start"])
        elif t == "ChainExpression":
            self.raise_at(expr["start"], message or M.INVALID_LHS_ASSIGNMENT)
        elif t == "MemberExpression":
            if is_bind:
                self.raise_at(expr["start"], M.ILLEGAL_PROPERTY_IN_DECLARATION)
        elif t == "CallExpression" and not is_bind and not in_pattern and not self.strict:
            pass        # Annex B web compat: a runtime ReferenceError in sloppy code
        else:
            if is_bind:
                self.raise_at(expr["start"], M.INVALID_DESTRUCTURING_TARGET)
            self.raise_at(expr["start"], message or M.INVALID_LHS_ASSIGNMENT)

    def check_lval_pattern(self, expr, binding=BIND_NONE, clashes=None, in_pattern=False):
        t = expr["type"]
        if t == "ObjectPattern":
            for prop in expr["properties"]:
                self.check_lval_inner_pattern(prop, binding, clashes, True)
        elif t == "ArrayPattern":
            for elem in expr["elements"]:
                if elem is not None:
                    self.check_lval_inner_pattern(elem, binding, clashes, True)
        else:
            self.check_lval_simple(expr, binding, clashes, None, in_pattern)

    def check_lval_inner_pattern(self, expr, binding=BIND_NONE, clashes=None, in_pattern=False):
        """`in_pattern`: a target nested in a destructuring pattern (not a shorthand
        property), where V8 words a bad target 'Invalid destructuring assignment target'."""
        t = expr["type"]
        if t == "Property":
            self.check_lval_inner_pattern(expr["value"], binding, clashes, not expr["shorthand"])
        elif t == "AssignmentPattern":
            self.check_lval_pattern(expr["left"], binding, clashes, in_pattern)
        elif t == "RestElement":
            self.check_lval_pattern(expr["argument"], binding, clashes, in_pattern)
        else:
            self.check_lval_pattern(expr, binding, clashes, in_pattern)
