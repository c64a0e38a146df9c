"""Functions and classes.

Owns: function declarations / expressions (plain, generator, async, async
generator), methods, arrow functions, parameter lists and function bodies (the
"use strict" directive and its interaction with non-simple parameters, duplicate
parameter rules), and classes: heritage, class elements (methods, accessors,
fields, static blocks, private names and their early errors, constructor
rules).
"""

from __future__ import annotations

from jskernel.engine.syntax import messages as M
from jskernel.engine.syntax.parser.scope import (BIND_FUNCTION, BIND_LEXICAL, BIND_OUTSIDE, BIND_VAR,
                                                 SCOPE_ARROW, SCOPE_CLASS_FIELD_INIT,
                                                 SCOPE_CLASS_STATIC_BLOCK, SCOPE_DIRECT_SUPER, SCOPE_SUPER,
                                                 function_flags)
from jskernel.engine.syntax.tokens import BIGINT, KEYWORDS, NAME, NUM, PRIVATE, STRING

FUNC_STATEMENT = 1
FUNC_HANGING_STATEMENT = 2
FUNC_NULLABLE_ID = 4


def _check_key_name(node, name):
    if node["computed"]:
        return False
    key = node["key"]
    return (key["type"] == "Identifier" and key["name"] == name) or \
        (key["type"] == "Literal" and key["value"] == name)


class FunctionMixin:
    """Function and class parsing (mixed into the parser)."""

    @staticmethod
    def init_function(node):
        node["id"] = None
        node["expression"] = False
        node["generator"] = False
        node["async"] = False

    def parse_function(self, node, statement, allow_expression_body=False, is_async=False, for_init=False):
        self.init_function(node)
        if self.type == "*":
            if statement & FUNC_HANGING_STATEMENT:
                self.raise_at(self.start, M.GENERATOR_IN_SINGLE_STATEMENT)
            self.next()
            node["generator"] = True
        node["async"] = bool(is_async)
        if statement & FUNC_STATEMENT:
            if statement & FUNC_NULLABLE_ID and self.type != NAME:
                node["id"] = None
            elif self.type == "(":
                self.raise_at(self.start, M.FUNCTION_STATEMENT_NAME)
            else:
                node["id"] = self.parse_ident(False)
            if node["id"] is not None and not statement & FUNC_HANGING_STATEMENT:
                if self.strict or node["generator"] or node["async"]:
                    binding = BIND_VAR if self.treat_functions_as_var_in(self.scope_stack[-1]) else BIND_LEXICAL
                else:
                    binding = BIND_FUNCTION
                self.check_lval_simple(node["id"], binding)
        old_yield, old_await, old_await_ident = self.yield_pos, self.await_pos, self.await_ident_pos
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.enter_scope(function_flags(node["async"], node["generator"]))
        if not statement & FUNC_STATEMENT:
            node["id"] = self.parse_ident(False) if self.type == NAME else None
        self.expect("(")
        node["params"] = self.parse_binding_list(")", False, True)
        self.check_yield_await_in_default_params()
        self.parse_function_body(node, allow_expression_body, False, for_init)
        self.yield_pos, self.await_pos, self.await_ident_pos = old_yield, old_await, old_await_ident
        return self.finish(node, "FunctionDeclaration" if statement & FUNC_STATEMENT else "FunctionExpression")

    def parse_method(self, is_generator, is_async=False, allow_direct_super=False):
        node = self.start_node()
        old_yield, old_await, old_await_ident = self.yield_pos, self.await_pos, self.await_ident_pos
        self.init_function(node)
        node["generator"] = is_generator
        node["async"] = bool(is_async)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.enter_scope(function_flags(is_async, is_generator) | SCOPE_SUPER
                         | (SCOPE_DIRECT_SUPER if allow_direct_super else 0))
        self.expect("(")
        node["params"] = self.parse_binding_list(")", False, True)
        self.check_yield_await_in_default_params()
        self.parse_function_body(node, False, True, False)
        self.yield_pos, self.await_pos, self.await_ident_pos = old_yield, old_await, old_await_ident
        return self.finish(node, "FunctionExpression")

    def parse_arrow_expression(self, node, params, is_async, for_init):
        old_yield, old_await, old_await_ident = self.yield_pos, self.await_pos, self.await_ident_pos
        self.enter_scope(function_flags(is_async, False) | SCOPE_ARROW)
        self.init_function(node)
        node["async"] = bool(is_async)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        node["params"] = self.to_assignable_list(params, True)
        self.parse_function_body(node, True, False, for_init)
        self.yield_pos, self.await_pos, self.await_ident_pos = old_yield, old_await, old_await_ident
        return self.finish(node, "ArrowFunctionExpression")

    def parse_function_body(self, node, is_arrow, is_method, for_init):
        is_expression = is_arrow and self.type != "{"
        old_strict = self.strict
        use_strict = False
        if is_expression:
            node["body"] = self.parse_maybe_assign(for_init)
            node["expression"] = True
            self.check_params(node, False)
        else:
            params = node["params"]
            simple = all(p["type"] == "Identifier" for p in params)
            if not old_strict or not simple:
                use_strict = self.strict_directive(self.end)
                if use_strict and not simple:
                    self.raise_at(node["start"], M.ILLEGAL_USE_STRICT)
            old_labels = self.labels
            self.labels = []
            if use_strict:
                self.strict = True
            self.check_params(node, not old_strict and not use_strict and not is_arrow and not is_method
                              and simple)
            if self.strict and node["id"] is not None:
                self.check_lval_simple(node["id"], BIND_OUTSIDE)
            node["body"] = self.parse_block(False, None, use_strict and not old_strict)
            node["expression"] = False
            self.adapt_directive_prologue(node["body"]["body"])
            self.labels = old_labels
        self.exit_scope()

    def check_params(self, node, allow_duplicates):
        clashes = None if allow_duplicates else set()
        for param in node["params"]:
            self.check_lval_inner_pattern(param, BIND_VAR, clashes)

    # ------------------------------------------------------------- classes
    def parse_class(self, node, is_statement):
        self.next()
        old_strict = self.strict
        self.strict = True
        if self.type == NAME:
            node["id"] = self.parse_ident(False)
            if is_statement:
                self.check_lval_simple(node["id"], BIND_LEXICAL)
            elif node["id"]["name"] in ("eval", "arguments"):
                self.raise_at(node["id"]["start"], M.UNEXPECTED_EVAL_OR_ARGUMENTS)
        else:
            if is_statement is True:
                self.unexpected()
            node["id"] = None
        node["superClass"] = self.parse_expr_subscripts(None, False) if self.eat("extends") else None
        declared = {}
        self.private_name_stack.append((declared, []))
        body = self.start_node()
        elements = body["body"] = []
        had_constructor = False
        self.expect("{")
        has_super = node["superClass"] is not None
        while self.type != "}":
            element = self.parse_class_element(has_super)
            if element is None:
                continue
            elements.append(element)
            if element["type"] == "MethodDefinition" and element["kind"] == "constructor":
                if had_constructor:
                    self.raise_at(element["start"], M.DUPLICATE_CONSTRUCTOR)
                had_constructor = True
            elif "key" in element and element["key"]["type"] == "PrivateIdentifier" and \
                    self._private_conflict(declared, element):
                self.raise_at(element["key"]["start"], M.REDECLARATION % ("#" + element["key"]["name"]))
        self.strict = old_strict
        self.next()
        node["body"] = self.finish(body, "ClassBody")
        self.exit_class_body()
        return self.finish(node, "ClassDeclaration" if is_statement else "ClassExpression")

    @staticmethod
    def _private_conflict(declared, element):
        name = element["key"]["name"]
        curr = declared.get(name)
        nxt = "true"
        if element["type"] == "MethodDefinition" and element["kind"] in ("get", "set"):
            nxt = ("s" if element["static"] else "i") + element["kind"]
        if (curr, nxt) in (("iget", "iset"), ("iset", "iget"), ("sget", "sset"), ("sset", "sget")):
            declared[name] = "true"
            return False
        if curr is None:
            declared[name] = nxt
            return False
        return True

    def exit_class_body(self):
        declared, used = self.private_name_stack.pop()
        parent = self.private_name_stack[-1] if self.private_name_stack else None
        for ident in used:
            if ident["name"] not in declared:
                if parent is not None:
                    parent[1].append(ident)
                else:
                    self.raise_at(ident["start"], M.INVALID_PRIVATE_FIELD % ident["name"])

    def _is_class_element_name_start(self):
        t = self.type
        return t == NAME or t == PRIVATE or t == NUM or t == STRING or t == BIGINT or t == "[" or t in KEYWORDS

    def parse_class_element(self, constructor_allows_super):
        if self.type == ";":
            self.next()
            return None
        node = self.start_node()
        key_name = ""
        is_generator = is_async = is_static = False
        kind = "method"
        if self.eat_contextual("static"):
            if self.type == "{":
                self.next()
                self.parse_class_static_block(node)
                return node
            if self._is_class_element_name_start() or self.type == "*":
                is_static = True
            else:
                key_name = "static"
        node["static"] = is_static
        if not key_name and self.eat_contextual("async"):
            if (self._is_class_element_name_start() or self.type == "*") and not self.can_insert_semicolon():
                is_async = True
            else:
                key_name = "async"
        if not key_name and self.type == "*":
            self.next()
            is_generator = True
        if not key_name and not is_async and not is_generator:
            last_value = self.value
            if self.eat_contextual("get") or self.eat_contextual("set"):
                if self._is_class_element_name_start():
                    kind = last_value
                else:
                    key_name = last_value
        if key_name:
            node["computed"] = False
            key = self.start_node_at(self.last_start, self.last_start_loc)
            key["name"] = key_name
            node["key"] = self.finish(key, "Identifier")
        else:
            self.parse_class_element_name(node)
        if self.type == "(" or kind != "method" or is_generator or is_async:
            is_constructor = not node["static"] and _check_key_name(node, "constructor")
            if is_constructor and kind != "method":
                self.raise_at(node["key"]["start"], M.CONSTRUCTOR_IS_ACCESSOR)
            node["kind"] = "constructor" if is_constructor else kind
            self.parse_class_method(node, is_generator, is_async, is_constructor and constructor_allows_super)
        else:
            self.parse_class_field(node)
        return node

    def parse_class_element_name(self, element):
        if self.type == PRIVATE:
            if self.value == "constructor":
                self.raise_at(self.start, M.CONSTRUCTOR_IS_PRIVATE)
            element["computed"] = False
            element["key"] = self.parse_private_ident()
        else:
            self.parse_property_name(element)

    def parse_class_method(self, method, is_generator, is_async, allow_direct_super):
        key = method["key"]
        if method["kind"] == "constructor":
            if is_generator:
                self.raise_at(key["start"], M.CONSTRUCTOR_IS_GENERATOR)
            if is_async:
                self.raise_at(key["start"], M.CONSTRUCTOR_IS_ASYNC)
        elif method["static"] and _check_key_name(method, "prototype"):
            self.raise_at(key["start"], M.STATIC_PROTOTYPE)
        value = method["value"] = self.parse_method(is_generator, is_async, allow_direct_super)
        if method["kind"] in ("get", "set"):
            self.check_accessor_params(method["kind"], value)
        return self.finish(method, "MethodDefinition")

    def parse_class_field(self, field):
        if _check_key_name(field, "constructor"):
            self.raise_at(field["key"]["start"], M.CONSTRUCTOR_IS_FIELD)
        elif field["static"] and _check_key_name(field, "prototype"):
            self.raise_at(field["key"]["start"], M.STATIC_PROTOTYPE)
        if self.type == "=":
            self.next()
            self.enter_scope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER)
            field["value"] = self.parse_maybe_assign()
            self.exit_scope()
        else:
            field["value"] = None
        self.semicolon()
        return self.finish(field, "PropertyDefinition")

    def parse_class_static_block(self, node):
        body = node["body"] = []
        old_labels = self.labels
        self.labels = []
        self.enter_scope(SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER)
        while self.type != "}":
            body.append(self.parse_statement(None))
        self.next()
        self.exit_scope()
        self.labels = old_labels
        return self.finish(node, "StaticBlock")
