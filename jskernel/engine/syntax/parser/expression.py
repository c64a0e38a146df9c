"""Expression grammar: from comma expressions down to primary expressions.

Owns: sequence / assignment / conditional expressions, binary operators by
precedence climbing (with the `??` mixing rule), unary and update operators
(with the `**` restriction), member access / calls / optional chains / tagged
templates, `new` and `new.target`, `import()` and `import.meta`, array literals,
parenthesised expressions and the arrow-function cover grammar, `yield` and
`await`, identifiers and the checks on reserved words, and the cover-grammar
error bookkeeping.  Literals, templates and object literals are in
`literals.py`; patterns in `lval.py`; function bodies in `functions.py`.
"""

from __future__ import annotations

from jskernel.engine.syntax import messages as M
from jskernel.engine.syntax.parser.scope import SCOPE_CLASS_FIELD_INIT, SCOPE_CLASS_STATIC_BLOCK, SCOPE_VAR
from jskernel.engine.syntax.parser.state import STARTS_EXPR, DestructuringErrors
from jskernel.engine.syntax.tokens import (ASSIGN_OPS, BIGINT, BINARY_PRECEDENCE, KEYWORDS, NAME, NUM,
                                           PRIVATE, RESERVED_STRICT, STRING)

_BINPREC = BINARY_PRECEDENCE
_PREFIX = frozenset(["!", "~", "+", "-", "typeof", "void", "delete", "++", "--"])
_LITERAL_KEYWORDS = {"null": None, "true": True, "false": False}
_RESERVED_STRICT_BIND = RESERVED_STRICT | {"eval", "arguments"}
_CHECKED_NAMES = KEYWORDS | RESERVED_STRICT | {"await", "arguments", "enum", "yield"}


class ExpressionMixin:
    """Expression parsing methods (mixed into the parser)."""

    # -------------------------------------------------------------- sequence
    def parse_expression(self, for_init=False, ref=None):
        start, sloc = self.start, self.start_loc
        expr = self.parse_maybe_assign(for_init, ref)
        if self.type == ",":
            node = self.start_node_at(start, sloc)
            exprs = node["expressions"] = [expr]
            while self.type == ",":
                self.next()
                exprs.append(self.parse_maybe_assign(for_init, ref))
            return self.finish(node, "SequenceExpression")
        return expr

    # ------------------------------------------------------------ assignment
    def parse_maybe_assign(self, for_init=False, ref=None):
        """AssignmentExpression (conditional and binary levels inlined: hot path)."""
        t = self.type
        if t == NAME and self.value == "yield" and not self.contains_esc and self.in_generator():
            return self.parse_yield(for_init)
        own = False
        old_paren_assign = old_trailing = old_double_proto = -1
        if ref is not None:
            old_paren_assign = ref.parenthesized_assign
            old_trailing = ref.trailing_comma
            old_double_proto = ref.double_proto
            ref.parenthesized_assign = ref.trailing_comma = -1
        elif t == "{" or t == "[" or t == "(":
            ref = DestructuringErrors()   # the expression may turn out to be a pattern
            own = True
        start, sloc = self.start, self.start_loc
        if t == "(" or t == NAME:
            self.potential_arrow_at = start
            self.potential_arrow_in_for_await = for_init == "await"
        left = self.parse_maybe_unary(ref, False, False, for_init)
        t = self.type
        if ref is None or (ref.shorthand_assign < 0 and ref.double_proto < 0):
            if t in _BINPREC and not (left["start"] == start and left["type"] == "ArrowFunctionExpression"):
                left = self.parse_expr_op(left, start, sloc, -1, for_init)
                t = self.type
            if t == "?":
                left = self.parse_conditional(left, start, sloc, for_init)
                t = self.type
        if t in ASSIGN_OPS:
            node = self.start_node_at(start, sloc)
            node["operator"] = self.value
            if t == "=":
                left = self.to_assignable(left, False, ref)
            if ref is not None:
                if not own:
                    ref.parenthesized_assign = ref.trailing_comma = ref.double_proto = -1
                if ref.shorthand_assign >= left["start"]:
                    ref.shorthand_assign = -1
            if t == "=":
                self.check_lval_pattern(left)
            elif left["type"] == "CallExpression" and node["operator"] in ("&&=", "||=", "??="):
                self.raise_at(left["start"], M.INVALID_LHS_ASSIGNMENT)
            else:
                self.check_lval_simple(left)
            node["left"] = left
            self.next()
            node["right"] = self.parse_maybe_assign(for_init)
            if old_double_proto > -1:
                ref.double_proto = old_double_proto
            return self.finish(node, "AssignmentExpression")
        if own and (ref.shorthand_assign >= 0 or ref.double_proto >= 0):
            self.check_expression_errors(ref, True)
        if old_paren_assign > -1:
            ref.parenthesized_assign = old_paren_assign
        if old_trailing > -1:
            ref.trailing_comma = old_trailing
        return left

    def parse_conditional(self, test, start, sloc, for_init):
        node = self.start_node_at(start, sloc)
        self.next()
        node["test"] = test
        node["consequent"] = self.parse_maybe_assign()
        self.expect(":")
        node["alternate"] = self.parse_maybe_assign(for_init)
        return self.finish(node, "ConditionalExpression")

    # -------------------------------------------------------------- binaries
    def parse_expr_op(self, left, lstart, lsloc, min_prec, for_init):
        binprec = _BINPREC
        while True:
            t = self.type
            prec = binprec.get(t)
            if prec is None or prec <= min_prec or (for_init and t == "in"):
                return left
            logical = t == "||" or t == "&&"
            coalesce = t == "??"
            if coalesce:
                prec = 2
            op = self.value
            self.next()
            rstart, rsloc = self.start, self.start_loc
            right = self.parse_maybe_unary(None, False, False, for_init)
            if self.type in binprec:
                right = self.parse_expr_op(right, rstart, rsloc, prec, for_init)
            left = self.build_binary(lstart, lsloc, left, right, op, logical or coalesce)
            t = self.type
            if (logical and t == "??") or (coalesce and (t == "||" or t == "&&")):
                self.raise_at(self.start, M.UNEXPECTED_TOKEN % t)

    def build_binary(self, start, sloc, left, right, op, logical):
        if right["type"] == "PrivateIdentifier":
            self.raise_at(right["start"], M.UNEXPECTED_IDENTIFIER % ("#" + right["name"]))
        if self.locations:
            node = {"type": "LogicalExpression" if logical else "BinaryExpression", "start": start,
                    "end": self.last_end,
                    "loc": {"start": sloc, "end": {"line": self.last_end_line,
                                                   "column": self.last_end - self.last_end_ls}},
                    "left": left, "operator": op, "right": right}
        else:
            node = {"type": "LogicalExpression" if logical else "BinaryExpression", "start": start,
                    "end": self.last_end, "left": left, "operator": op, "right": right}
        return node

    # ----------------------------------------------------------------- unary
    def parse_maybe_unary(self, ref, saw_unary, inc_dec, for_init):
        start, sloc = self.start, self.start_loc
        t = self.type
        if t in _PREFIX:
            node = self.start_node()
            update = t == "++" or t == "--"
            node["operator"] = self.value
            node["prefix"] = True
            self.next()
            arg = node["argument"] = self.parse_maybe_unary(None, True, update, for_init)
            self.check_expression_errors(ref, True)
            if update:
                self.check_lval_simple(arg, 0, None, M.INVALID_LHS_PREFIX)
            elif node["operator"] == "delete" and self.strict and _is_local_variable_access(arg):
                self.raise_at(node["start"], M.STRICT_DELETE)
            elif node["operator"] == "delete" and _is_private_field_access(arg):
                self.raise_at(node["start"], M.DELETE_PRIVATE_FIELD)
            else:
                saw_unary = True
            expr = self.finish(node, "UpdateExpression" if update else "UnaryExpression")
        elif t == NAME and self.value == "await" and not self.contains_esc and self.can_await():
            expr = self.parse_await(for_init)
            saw_unary = True
        elif t == PRIVATE and not saw_unary:
            if not self.private_name_stack:
                self.raise_at(self.start, M.INVALID_PRIVATE_FIELD % self.value)
            if for_init:
                self.unexpected()
            expr = self.parse_private_ident()
            if self.type != "in":
                self.unexpected()
        else:
            # parse_expr_subscripts, inlined
            expr = self.parse_expr_atom(ref, for_init)
            t = self.type
            if t == "." or t == "(" or t == "[" or t == "?." or t == "`":
                if expr["type"] != "ArrowFunctionExpression" or self.input[self.last_end - 1] == ")":
                    expr = self.parse_subscripts(expr, start, sloc, False, for_init)
                    if ref is not None and expr["type"] == "MemberExpression":
                        if ref.parenthesized_assign >= start:
                            ref.parenthesized_assign = -1
                        if ref.parenthesized_bind >= start:
                            ref.parenthesized_bind = -1
                        if ref.trailing_comma >= start:
                            ref.trailing_comma = -1
                    t = self.type
            if ref is not None and (ref.shorthand_assign >= 0 or ref.double_proto >= 0):
                return expr
            while (t == "++" or t == "--") and not self.nl_before:
                node = self.start_node_at(start, sloc)
                node["operator"] = self.value
                node["prefix"] = False
                node["argument"] = expr
                self.check_lval_simple(expr, 0, None, M.INVALID_LHS_POSTFIX)
                self.next()
                expr = self.finish(node, "UpdateExpression")
                t = self.type
        if self.type == "**" and not inc_dec:
            if saw_unary:
                self.raise_at(self.start, M.UNARY_EXPONENT)
            self.next()
            right = self.parse_maybe_unary(None, False, False, for_init)
            return self.build_binary(start, sloc, expr, right, "**", False)
        return expr

    # ------------------------------------------------------------ subscripts
    def parse_expr_subscripts(self, ref, for_init):
        start, sloc = self.start, self.start_loc
        expr = self.parse_expr_atom(ref, for_init)
        t = self.type
        if t != "." and t != "[" and t != "(" and t != "?." and t != "`":
            return expr
        if expr["type"] == "ArrowFunctionExpression" and self.input[self.last_end - 1] != ")":
            return expr
        result = self.parse_subscripts(expr, start, sloc, False, for_init)
        if ref is not None and result["type"] == "MemberExpression":
            rs = result["start"]
            if ref.parenthesized_assign >= rs:
                ref.parenthesized_assign = -1
            if ref.parenthesized_bind >= rs:
                ref.parenthesized_bind = -1
            if ref.trailing_comma >= rs:
                ref.trailing_comma = -1
        return result

    def parse_subscripts(self, base, start, sloc, no_calls, for_init=False):
        maybe_async_arrow = (base["type"] == "Identifier" and base["name"] == "async"
                             and self.last_end == base["end"] and not self.can_insert_semicolon()
                             and base["end"] - base["start"] == 5 and self.potential_arrow_at == base["start"])
        optional_chained = False
        while True:
            t = self.type
            if t == "." or t == "(" or t == "[" or t == "?." or t == "`":
                element = self.parse_subscript(base, start, sloc, no_calls, maybe_async_arrow,
                                               optional_chained, for_init)
            else:
                element = base
            if element.get("optional"):
                optional_chained = True
            if element is base or element["type"] == "ArrowFunctionExpression":
                if optional_chained:
                    chain = self.start_node_at(start, sloc)
                    chain["expression"] = element
                    element = self.finish(chain, "ChainExpression")
                return element
            base = element

    def parse_subscript(self, base, start, sloc, no_calls, maybe_async_arrow, optional_chained, for_init):
        t = self.type
        optional = False
        if t == "?.":
            if no_calls:
                self.raise_at(self.start, M.OPTIONAL_CHAIN_NEW)
            optional = True
            self.next()
            t = self.type
        if t == "[" or t == "." or (optional and t != "(" and t != "`"):
            computed = t == "["
            if computed or not optional:
                self.next()
            if computed:
                prop = self.parse_expression()
                self.expect("]")
            elif self.type == PRIVATE and base["type"] != "Super":
                prop = self.parse_private_ident()
            else:
                prop = self.parse_ident(True)
            end = self.last_end
            if self.locations:
                return {"type": "MemberExpression", "start": start, "end": end,
                        "loc": {"start": sloc, "end": {"line": self.last_end_line, "column": end - self.last_end_ls}},
                        "object": base, "property": prop, "computed": computed, "optional": optional}
            return {"type": "MemberExpression", "start": start, "end": end,
                    "object": base, "property": prop, "computed": computed, "optional": optional}
        if t == "(" and not no_calls:
            self.next()
            ref = DestructuringErrors()
            old_yield, old_await, old_await_ident = self.yield_pos, self.await_pos, self.await_ident_pos
            self.yield_pos = self.await_pos = self.await_ident_pos = 0
            args = self.parse_expr_list(")", True, False, ref, True)
            if maybe_async_arrow and not optional and not self.can_insert_semicolon() and self.type == "=>":
                self.next()
                self.check_pattern_errors(ref, False)
                self.check_yield_await_in_default_params()
                if self.await_ident_pos > 0:
                    self.raise_at(self.await_ident_pos, M.AWAIT_BINDING_IN_ASYNC)
                self.yield_pos, self.await_pos, self.await_ident_pos = old_yield, old_await, old_await_ident
                return self.parse_arrow_expression(self.start_node_at(start, sloc), args, True, for_init)
            self.check_expression_errors(ref, True)
            self.yield_pos = old_yield or self.yield_pos
            self.await_pos = old_await or self.await_pos
            self.await_ident_pos = old_await_ident or self.await_ident_pos
            end = self.last_end
            if self.locations:
                return {"type": "CallExpression", "start": start, "end": end,
                        "loc": {"start": sloc, "end": {"line": self.last_end_line, "column": end - self.last_end_ls}},
                        "callee": base, "arguments": args, "optional": optional}
            return {"type": "CallExpression", "start": start, "end": end,
                    "callee": base, "arguments": args, "optional": optional}
        if t == "`":
            if optional or optional_chained:
                self.raise_at(self.start, M.OPTIONAL_CHAIN_TEMPLATE)
            node = self.start_node_at(start, sloc)
            node["tag"] = base
            node["quasi"] = self.parse_template(True)
            return self.finish(node, "TaggedTemplateExpression")
        return base

    # ------------------------------------------------------------------ atoms
    def parse_expr_atom(self, ref=None, for_init=False, for_new=False):
        t = self.type
        if t == NAME:
            start, sloc = self.start, self.start_loc
            can_be_arrow = self.potential_arrow_at == start
            contains_esc = self.contains_esc
            name = self.value
            self.next()
            end = self.last_end
            if self.locations:
                ident = {"type": "Identifier", "start": start, "end": end,
                         "loc": {"start": sloc, "end": {"line": self.last_end_line,
                                                        "column": end - self.last_end_ls}},
                         "name": name}
            else:
                ident = {"type": "Identifier", "start": start, "end": end, "name": name}
            if name in _CHECKED_NAMES:
                self.check_unreserved(ident)
                if name == "await" and not self.await_ident_pos:
                    self.await_ident_pos = start
            if self.type == NAME or self.type == "function" or self.type == "=>":
                if not contains_esc and ident["name"] == "async" and self.type == "function" \
                        and not self.nl_before:
                    self.next()
                    return self.parse_function(self.start_node_at(start, sloc), 0, False, True, for_init)
                if can_be_arrow and not self.nl_before:
                    if self.type == "=>":
                        self.next()
                        return self.parse_arrow_expression(self.start_node_at(start, sloc), [ident], False,
                                                           for_init)
                    if ident["name"] == "async" and self.type == NAME and not contains_esc and \
                            (not self.potential_arrow_in_for_await or self.value != "of" or self.contains_esc):
                        ident = self.parse_ident(False)
                        if self.nl_before or self.type != "=>":
                            self.unexpected()
                        self.next()
                        return self.parse_arrow_expression(self.start_node_at(start, sloc), [ident], True,
                                                           for_init)
            return ident
        if t == STRING or t == NUM:
            return self.parse_literal(self.value)
        if t == "(":
            start = self.start
            expr = self.parse_paren_and_distinguish(self.potential_arrow_at == start, for_init)
            if ref is not None:
                if ref.parenthesized_assign < 0 and not _is_simple_assign_target(expr):
                    ref.parenthesized_assign = start
                if ref.parenthesized_bind < 0:
                    ref.parenthesized_bind = start
            return expr
        if t == "[":
            node = self.start_node()
            self.next()
            node["elements"] = self.parse_expr_list("]", True, True, ref)
            return self.finish(node, "ArrayExpression")
        if t == "{":
            return self.parse_obj(False, ref)
        if t == "this":
            node = self.start_node()
            self.next()
            return self.finish(node, "ThisExpression")
        if t in _LITERAL_KEYWORDS:
            node = self.start_node()
            node["value"] = _LITERAL_KEYWORDS[t]
            node["raw"] = t
            self.next()
            return self.finish(node, "Literal")
        if t == "function":
            node = self.start_node()
            self.next()
            return self.parse_function(node, 0)
        if t == "/" or t == "/=":
            self.read_regexp()
            pattern, flags = self.value
            node = self.parse_literal(None)
            node["regex"] = {"pattern": pattern, "flags": flags}
            return node
        if t == BIGINT:
            return self.parse_literal(self.value)
        if t == "`":
            return self.parse_template(False)
        if t == "new":
            return self.parse_new()
        if t == "class":
            return self.parse_class(self.start_node(), False)
        if t == "super":
            return self.parse_super()
        if t == "import":
            return self.parse_expr_import(for_new)
        self.unexpected()

    def parse_super(self):
        if not self.allow_super():
            self.raise_at(self.start, M.UNEXPECTED_SUPER)
        node = self.start_node()
        self.next()
        if self.type == "(" and not self.allow_direct_super():
            self.raise_at(node["start"], M.UNEXPECTED_SUPER)
        if self.type != "." and self.type != "[" and self.type != "(":
            self.raise_at(node["start"], M.UNEXPECTED_SUPER)
        return self.finish(node, "Super")

    def parse_paren_and_distinguish(self, can_be_arrow, for_init):
        start, sloc = self.start, self.start_loc
        self.next()
        inner_start, inner_sloc = self.start, self.start_loc
        exprs = []
        first = True
        last_is_comma = False
        ref = DestructuringErrors()
        old_yield, old_await = self.yield_pos, self.await_pos
        self.yield_pos = self.await_pos = 0
        spread_start = 0
        while self.type != ")":
            if first:
                first = False
            else:
                self.expect(",")
            if self.type == ")":
                last_is_comma = True
                break
            if self.type == "...":
                spread_start = self.start
                exprs.append(self.parse_rest_binding())
                if self.type == ",":
                    self.raise_at(self.start, M.PARAM_AFTER_REST)
                break
            exprs.append(self.parse_maybe_assign(False, ref))
        inner_end, inner_eloc = self.last_end, self.last_end_loc()
        self.expect(")")
        if can_be_arrow and not self.can_insert_semicolon() and self.type == "=>":
            self.next()
            self.check_pattern_errors(ref, False)
            self.check_yield_await_in_default_params()
            self.yield_pos, self.await_pos = old_yield, old_await
            return self.parse_arrow_expression(self.start_node_at(start, sloc), exprs, False, for_init)
        if not exprs or last_is_comma:
            self.unexpected(self.last_start)
        if spread_start:
            self.unexpected(spread_start)
        self.check_expression_errors(ref, True)
        self.yield_pos = old_yield or self.yield_pos
        self.await_pos = old_await or self.await_pos
        if len(exprs) > 1:
            val = self.start_node_at(inner_start, inner_sloc)
            val["expressions"] = exprs
            return self.finish_at(val, "SequenceExpression", inner_end, inner_eloc)
        return exprs[0]

    def parse_expr_list(self, close, allow_trailing_comma, allow_empty, ref=None, call=False):
        elts = []
        first = True
        while True:
            t = self.type
            if t == close:
                self.next()
                return elts
            if not first:
                if t != ",":
                    if call:
                        self.raise_at(self.start, M.MISSING_PAREN_AFTER_ARGUMENTS)
                    self.unexpected()
                self.next()
                t = self.type
                if allow_trailing_comma and t == close:
                    self.next()
                    return elts
            else:
                first = False
            if allow_empty and t == ",":
                elts.append(None)
            elif t == "...":
                elts.append(self.parse_spread(ref))
                if ref is not None and self.type == "," and ref.trailing_comma < 0:
                    ref.trailing_comma = self.start
            else:
                elts.append(self.parse_maybe_assign(False, ref))

    def parse_spread(self, ref):
        node = self.start_node()
        self.next()
        node["argument"] = self.parse_maybe_assign(False, ref)
        return self.finish(node, "SpreadElement")

    # -------------------------------------------------------------------- new
    def parse_new(self):
        node = self.start_node()
        self.next()
        if self.type == ".":
            meta = self.start_node_at(node["start"], node["loc"]["start"] if self.locations else None)
            meta["name"] = "new"
            node["meta"] = self.finish(meta, "Identifier")
            self.next()
            contains_esc = self.contains_esc
            prop = node["property"] = self.parse_ident(True)
            if prop["name"] != "target":
                self.raise_at(prop["start"], M.UNEXPECTED_IDENTIFIER % prop["name"])
            if contains_esc:
                self.raise_at(node["start"], M.INVALID_ESCAPED_META % "new.target")
            if not self.allow_new_target():
                self.raise_at(node["start"], M.NEW_TARGET)
            return self.finish(node, "MetaProperty")
        start, sloc = self.start, self.start_loc
        node["callee"] = self.parse_subscripts(self.parse_expr_atom(None, False, True), start, sloc, True, False)
        if node["callee"]["type"] == "Super":
            self.raise_at(start, M.UNEXPECTED_SUPER)
        if self.type == "(":
            self.next()
            node["arguments"] = self.parse_expr_list(")", True, False, None, True)
        else:
            node["arguments"] = []
        return self.finish(node, "NewExpression")

    # ----------------------------------------------------------------- import
    def parse_expr_import(self, for_new):
        node = self.start_node()
        self.next()
        if self.type == "(" and for_new:
            self.raise_at(node["start"], M.IMPORT_CALL_NEW)
        if self.type == "(":
            self.next()
            if self.type == ")":
                self.raise_at(self.start, M.IMPORT_REQUIRES_SPECIFIER)
            node["source"] = self.parse_maybe_assign()
            if self.type == ")":
                self.next()
                node["options"] = None
            else:
                self.expect(",")
                if self.type == ")":
                    self.next()
                    node["options"] = None
                else:
                    node["options"] = self.parse_maybe_assign()
                    if not self.eat(")"):
                        self.expect(",")
                        if not self.eat(")"):
                            self.unexpected()
            return self.finish(node, "ImportExpression")
        if self.type == ".":
            meta = self.start_node_at(node["start"], node["loc"]["start"] if self.locations else None)
            meta["name"] = "import"
            node["meta"] = self.finish(meta, "Identifier")
            self.next()
            contains_esc = self.contains_esc
            prop = node["property"] = self.parse_ident(True)
            if prop["name"] != "meta":
                self.raise_at(prop["start"], M.UNEXPECTED_IDENTIFIER % prop["name"])
            if contains_esc:
                self.raise_at(node["start"], M.INVALID_ESCAPED_META % "import.meta")
            if not self.in_module:
                self.raise_at(node["start"], M.IMPORT_META_OUTSIDE_MODULE)
            return self.finish(node, "MetaProperty")
        self.unexpected()

    # ------------------------------------------------------------ identifiers
    def parse_ident(self, liberal=False):
        t = self.type
        if t == NAME:
            name = self.value
        elif t in KEYWORDS:
            if not liberal:
                self.unexpected()
            name = t
        else:
            self.unexpected()
        start = self.start
        sloc = self.start_loc
        self.next(liberal)
        end = self.last_end
        if self.locations:
            node = {"type": "Identifier", "start": start, "end": end,
                    "loc": {"start": sloc, "end": {"line": self.last_end_line, "column": end - self.last_end_ls}},
                    "name": name}
        else:
            node = {"type": "Identifier", "start": start, "end": end, "name": name}
        if not liberal and name in _CHECKED_NAMES:
            self.check_unreserved(node)
            if name == "await" and not self.await_ident_pos:
                self.await_ident_pos = start
        return node

    def check_unreserved(self, node):
        name = node["name"]
        if name not in _CHECKED_NAMES:
            return
        start = node["start"]
        if (name == "yield" or name == "await") and "\\" in self.input[start:node["end"]] and \
                (self.in_generator() or self.in_async() or self.in_module):
            self.raise_at(start, M.ESCAPED_KEYWORD)
        if name == "yield":
            if self.in_generator():
                self.raise_at(start, M.UNEXPECTED_IDENTIFIER % "yield")
            if self.strict:
                self.raise_at(start, M.UNEXPECTED_STRICT_RESERVED)
            return
        if name == "await":
            if self.in_async():
                self.raise_at(start, M.UNEXPECTED_RESERVED)
            if self.in_class_static_block():
                self.raise_at(start, M.UNEXPECTED_RESERVED)
            if self.in_module:
                self.raise_at(start, M.UNEXPECTED_RESERVED)
            return
        if name == "arguments":
            if not (self.current_this_scope().flags & SCOPE_VAR) or self.in_class_static_block() \
                    or self.current_this_scope().flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT):
                self.raise_at(start, M.ARGUMENTS_IN_INITIALIZER)
            return
        if name == "enum":
            self.raise_at(start, M.UNEXPECTED_RESERVED)
        if name in KEYWORDS:
            self.raise_at(start, M.UNEXPECTED_TOKEN % name)
        if self.strict and name in RESERVED_STRICT:
            self.raise_at(start, M.UNEXPECTED_STRICT_RESERVED)

    def parse_private_ident(self):
        node = self.start_node()
        if self.type != PRIVATE:
            self.unexpected()
        node["name"] = self.value
        self.next()
        self.finish(node, "PrivateIdentifier")
        if not self.private_name_stack:
            self.raise_at(node["start"], M.INVALID_PRIVATE_FIELD % node["name"])
        self.private_name_stack[-1][1].append(node)
        return node

    # ---------------------------------------------------------- yield / await
    def parse_yield(self, for_init):
        if not self.yield_pos:
            self.yield_pos = self.start
        node = self.start_node()
        self.next()
        t = self.type
        if t == ";" or self.can_insert_semicolon() or (t != "*" and t not in STARTS_EXPR):
            node["delegate"] = False
            node["argument"] = None
        else:
            delegate = node["delegate"] = t == "*"
            if delegate:
                self.next()
            node["argument"] = self.parse_maybe_assign(for_init)
        return self.finish(node, "YieldExpression")

    def parse_await(self, for_init):
        if not self.await_pos:
            self.await_pos = self.start
        node = self.start_node()
        self.next()
        node["argument"] = self.parse_maybe_unary(None, True, False, for_init)
        return self.finish(node, "AwaitExpression")

    # ------------------------------------------------------- cover grammar
    def check_expression_errors(self, ref, and_throw=False):
        if ref is None:
            return False
        if not and_throw:
            return ref.shorthand_assign >= 0 or ref.double_proto >= 0
        if ref.shorthand_assign >= 0:
            self.raise_at(ref.shorthand_assign, M.INVALID_COVER_INITIALIZED_NAME)
        if ref.double_proto >= 0:
            self.raise_at(ref.double_proto, M.DUPLICATE_PROTO)
        return False

    def check_pattern_errors(self, ref, is_assign):
        if ref is None:
            return
        if ref.trailing_comma > -1:
            self.raise_at(ref.trailing_comma, M.ELEMENT_AFTER_REST)
        parens = ref.parenthesized_assign if is_assign else ref.parenthesized_bind
        if parens > -1:
            self.raise_at(parens, M.INVALID_DESTRUCTURING_TARGET)

    def check_yield_await_in_default_params(self):
        if self.yield_pos and (not self.await_pos or self.yield_pos < self.await_pos):
            self.raise_at(self.yield_pos, M.YIELD_IN_PARAMETER)
        if self.await_pos:
            self.raise_at(self.await_pos, M.AWAIT_IN_PARAMETER)


def _is_simple_assign_target(expr):
    t = expr["type"]
    return t == "Identifier" or t == "MemberExpression"


def _is_local_variable_access(node):
    return node["type"] == "Identifier"


def _is_private_field_access(node):
    t = node["type"]
    if t == "MemberExpression":
        return node["property"]["type"] == "PrivateIdentifier"
    if t == "ChainExpression":
        return _is_private_field_access(node["expression"])
    return False
