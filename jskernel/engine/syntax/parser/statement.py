"""Statement grammar and the Program.

Owns: the top level (directive prologues), every statement form (blocks,
variable / lexical / `using` declarations, if, loops including for-in / for-of /
for-await, switch, try, labels, break / continue targets, return, throw, with,
debugger, expression statements with ASI) and the single-statement-context
rules (function / class / lexical declarations where only a statement may
appear).  Module items (`import` / `export`) are in `modules.py`.
"""

from __future__ import annotations

from jskernel.engine.syntax import messages as M
from jskernel.engine.syntax.parser.functions import FUNC_HANGING_STATEMENT, FUNC_STATEMENT
from jskernel.engine.syntax.parser.scope import (BIND_LEXICAL, BIND_SIMPLE_CATCH, BIND_VAR, SCOPE_SIMPLE_CATCH,
                                                 SCOPE_SWITCH, SCOPE_TOP)
from jskernel.engine.syntax.parser.state import DestructuringErrors
from jskernel.engine.syntax.tokens import EOF, NAME

_LOOP = {"kind": "loop"}
_SWITCH = {"kind": "switch"}
_LOOP_KEYWORDS = frozenset(["for", "while", "do"])


class StatementMixin:
    """Statement parsing (mixed into the parser)."""

    def parse_top_level(self):
        if self.locations:
            node = {"type": "", "start": 0, "end": 0,
                    "loc": {"start": {"line": 1, "column": 0}, "end": None}}
        else:
            node = {"type": "", "start": 0, "end": 0}
        self.enter_scope(SCOPE_TOP | getattr(self, "top_flags", 0))
        self.next()
        body = node["body"] = []
        exports = {}
        while self.type != EOF:
            body.append(self.parse_statement(None, True, exports))
        if self.in_module:
            for name, ident in self.undefined_exports.items():
                self.raise_at(ident["start"], M.MODULE_EXPORT_UNDEFINED % name)
        if self.private_name_stack:
            self.exit_class_body()      # eval code: private names of the enclosing classes
        self.adapt_directive_prologue(body)
        self.next()
        node["sourceType"] = "module" if self.in_module else "script"
        return self.finish(node, "Program")

    def adapt_directive_prologue(self, statements):
        src = self.input
        for stmt in statements:
            if stmt["type"] != "ExpressionStatement":
                return
            expr = stmt["expression"]
            if expr["type"] != "Literal" or not isinstance(expr["value"], str) or src[stmt["start"]] not in "\"'":
                return
            stmt["directive"] = expr["raw"][1:-1]

    # ------------------------------------------------------------ dispatch
    def parse_statement(self, context=None, top_level=False, exports=None):
        t = self.type
        node = self.start_node()
        if t == NAME:
            value = self.value
            if value == "let" and self.is_let(context):
                if context:
                    self.raise_at(self.start, M.LEXICAL_IN_SINGLE_STATEMENT)
                return self.parse_var_statement(node, "let")
            if value == "async" and self.is_async_function():
                if context:
                    self.raise_at(self.start, M.ASYNC_FUNCTION_IN_SINGLE_STATEMENT)
                self.next()
                return self.parse_function_statement(node, True, not context)
            if value == "using" or value == "await":
                kind = "await using" if self.is_using_keyword(True, False) else \
                    "using" if self.is_using_keyword(False, False) else None
                if kind:
                    return self.parse_using(node, kind, context)
            expr = self.parse_expression()
            if context and value == "let" and expr["type"] == "Identifier" and not self.nl_before \
                    and self.type in (NAME, "{"):
                self.raise_at(node["start"], M.LEXICAL_IN_SINGLE_STATEMENT)
            if expr["type"] == "Identifier" and self.type == ":" and expr["start"] == node["start"] \
                    and expr["end"] == self.last_end:
                self.next()
                return self.parse_labeled_statement(node, value, expr, context)
            return self.parse_expression_statement(node, expr)
        handler = _DISPATCH.get(t)
        if handler is not None:
            return handler(self, node, context, top_level, exports)
        expr = self.parse_expression()
        return self.parse_expression_statement(node, expr)

    def parse_using(self, node, kind, context):
        if not self.allow_using():
            self.raise_at(self.start, M.UNEXPECTED_IDENTIFIER % "using" if kind == "using"
                          else M.UNEXPECTED_RESERVED)
        if context:
            self.raise_at(self.start, M.LEXICAL_IN_SINGLE_STATEMENT)
        if kind == "await using":
            if not self.can_await():
                self.raise_at(self.start, M.UNEXPECTED_RESERVED)
            self.next()
        self.next()
        self.parse_var(node, False, kind)
        self.semicolon()
        return self.finish(node, "VariableDeclaration")

    def _st_break(self, node, context, top_level, exports):
        return self.parse_break_continue(node, self.type)

    def parse_break_continue(self, node, keyword):
        is_break = keyword == "break"
        self.next()
        if self.type == ";":
            self.next()
            node["label"] = None
        elif self.can_insert_semicolon():
            node["label"] = None
        elif self.type != NAME:
            self.unexpected()
        else:
            node["label"] = self.parse_ident(False)
            self.semicolon()
        label = node["label"]
        for lab in self.labels:
            if label is None or lab.get("name") == label["name"]:
                if lab["kind"] is not None and (is_break or lab["kind"] == "loop"):
                    break
                if label is not None and is_break:
                    break
        else:
            if label is not None:
                if not is_break and any(lab.get("name") == label["name"] for lab in self.labels):
                    self.raise_at(node["start"], M.ILLEGAL_CONTINUE % label["name"])
                self.raise_at(label["start"], M.UNKNOWN_LABEL % label["name"])
            self.raise_at(node["start"], M.ILLEGAL_BREAK if is_break else M.NO_ITERATION_STATEMENT)
        return self.finish(node, "BreakStatement" if is_break else "ContinueStatement")

    def _st_debugger(self, node, context, top_level, exports):
        self.next()
        self.semicolon()
        return self.finish(node, "DebuggerStatement")

    def _st_do(self, node, context, top_level, exports):
        self.next()
        self.labels.append(_LOOP)
        node["body"] = self.parse_statement("do")
        self.labels.pop()
        self.expect("while")
        node["test"] = self.parse_paren_expression()
        self.eat(";")
        return self.finish(node, "DoWhileStatement")

    def _st_function(self, node, context, top_level, exports):
        if context and (self.strict or (context != "if" and context != "label")):
            self.raise_at(self.start, M.STRICT_FUNCTION if self.strict else M.SLOPPY_FUNCTION)
        return self.parse_function_statement(node, False, not context)

    def parse_function_statement(self, node, is_async, declaration_position):
        self.next()
        return self.parse_function(node, FUNC_STATEMENT | (0 if declaration_position else FUNC_HANGING_STATEMENT),
                                   False, is_async)

    def _st_class(self, node, context, top_level, exports):
        if context:
            self.unexpected()
        return self.parse_class(node, True)

    def _st_if(self, node, context, top_level, exports):
        self.next()
        node["test"] = self.parse_paren_expression()
        node["consequent"] = self.parse_statement("if")
        if self.type == "else":
            self.next()
            node["alternate"] = self.parse_statement("if")
        else:
            node["alternate"] = None
        return self.finish(node, "IfStatement")

    def _st_return(self, node, context, top_level, exports):
        if not self.in_function():
            self.raise_at(self.start, M.ILLEGAL_RETURN)
        self.next()
        if self.type == ";":
            self.next()
            node["argument"] = None
        elif self.can_insert_semicolon():
            node["argument"] = None
        else:
            node["argument"] = self.parse_expression()
            self.semicolon()
        return self.finish(node, "ReturnStatement")

    def _st_switch(self, node, context, top_level, exports):
        self.next()
        node["discriminant"] = self.parse_paren_expression()
        cases = node["cases"] = []
        self.expect("{")
        self.labels.append(_SWITCH)
        self.enter_scope(SCOPE_SWITCH)
        cur = None
        saw_default = False
        while self.type != "}":
            t = self.type
            if t == "case" or t == "default":
                if cur is not None:
                    self.finish(cur, "SwitchCase")
                cur = self.start_node()
                cases.append(cur)
                cur["consequent"] = []
                self.next()
                if t == "case":
                    cur["test"] = self.parse_expression()
                else:
                    if saw_default:
                        self.raise_at(self.last_start, M.MULTIPLE_DEFAULTS)
                    saw_default = True
                    cur["test"] = None
                self.expect(":")
            else:
                if cur is None:
                    self.unexpected()
                cur["consequent"].append(self.parse_statement(None))
        self.exit_scope()
        if cur is not None:
            self.finish(cur, "SwitchCase")
        self.next()
        self.labels.pop()
        return self.finish(node, "SwitchStatement")

    def _st_throw(self, node, context, top_level, exports):
        self.next()
        if self.nl_before:
            self.raise_at(self.last_end, M.ILLEGAL_NEWLINE_AFTER_THROW)
        node["argument"] = self.parse_expression()
        self.semicolon()
        return self.finish(node, "ThrowStatement")

    def _st_try(self, node, context, top_level, exports):
        self.next()
        node["block"] = self.parse_block()
        node["handler"] = None
        if self.type == "catch":
            clause = self.start_node()
            self.next()
            if self.type == "(":
                self.next()
                param = self.parse_binding_atom()
                simple = param["type"] == "Identifier"
                self.enter_scope(SCOPE_SIMPLE_CATCH if simple else 0)
                self.check_lval_pattern(param, BIND_SIMPLE_CATCH if simple else BIND_LEXICAL)
                self.expect(")")
                clause["param"] = param
            else:
                clause["param"] = None
                self.enter_scope(0)
            clause["body"] = self.parse_block(False)
            self.exit_scope()
            node["handler"] = self.finish(clause, "CatchClause")
        if self.type == "finally":
            self.next()
            node["finalizer"] = self.parse_block()
        else:
            node["finalizer"] = None
        if node["handler"] is None and node["finalizer"] is None:
            self.raise_at(self.start, M.NO_CATCH_OR_FINALLY)
        return self.finish(node, "TryStatement")

    def _st_var(self, node, context, top_level, exports):
        kind = self.type
        if context and kind != "var":
            self.unexpected()
        return self.parse_var_statement(node, kind)

    def parse_var_statement(self, node, kind):
        self.next()
        self.parse_var(node, False, kind)
        self.semicolon()
        return self.finish(node, "VariableDeclaration")

    def _st_while(self, node, context, top_level, exports):
        self.next()
        node["test"] = self.parse_paren_expression()
        self.labels.append(_LOOP)
        node["body"] = self.parse_statement("while")
        self.labels.pop()
        return self.finish(node, "WhileStatement")

    def _st_with(self, node, context, top_level, exports):
        if self.strict:
            self.raise_at(self.start, M.STRICT_WITH)
        self.next()
        node["object"] = self.parse_paren_expression()
        node["body"] = self.parse_statement("with")
        return self.finish(node, "WithStatement")

    def _st_block(self, node, context, top_level, exports):
        return self.parse_block(True, node)

    def _st_empty(self, node, context, top_level, exports):
        self.next()
        return self.finish(node, "EmptyStatement")

    def _st_import(self, node, context, top_level, exports):
        nxt = self.skip_space_at(self.pos)
        if nxt < self.length and self.input[nxt] in "(.":
            expr = self.parse_expression()
            return self.parse_expression_statement(node, expr)
        if not top_level or not self.in_module:
            self.raise_at(self.start, M.IMPORT_OUTSIDE_MODULE if not self.in_module else
                          M.UNEXPECTED_TOKEN % "import")
        return self.parse_import(node)

    def _st_export(self, node, context, top_level, exports):
        if not top_level or not self.in_module:
            self.raise_at(self.start, M.UNEXPECTED_TOKEN % "export")
        return self.parse_export(node, exports)

    # ---------------------------------------------------------------- pieces
    def parse_block(self, new_scope=True, node=None, exit_strict=False):
        if node is None:
            node = self.start_node()
        body = node["body"] = []
        self.expect("{")
        if new_scope:
            self.enter_scope(0)
        parse_statement = self.parse_statement
        while self.type != "}":
            if self.type == EOF:
                self.raise_eof()
            body.append(parse_statement(None))
        if exit_strict:
            self.strict = False
        self.next()
        if new_scope:
            self.exit_scope()
        return self.finish(node, "BlockStatement")

    def parse_paren_expression(self):
        self.expect("(")
        val = self.parse_expression()
        self.expect(")")
        return val

    def parse_expression_statement(self, node, expr):
        node["expression"] = expr
        self.semicolon()
        return self.finish(node, "ExpressionStatement")

    def parse_labeled_statement(self, node, name, expr, context):
        for label in self.labels:
            if label.get("name") == name:
                self.raise_at(expr["start"], M.LABEL_REDECLARATION % name)
        t = self.type
        kind = "loop" if t in _LOOP_KEYWORDS else "switch" if t == "switch" else None
        for label in reversed(self.labels):
            if label.get("statement_start") == node["start"]:
                label["statement_start"] = self.start
                label["kind"] = kind
            else:
                break
        self.labels.append({"name": name, "kind": kind, "statement_start": self.start})
        if context:
            sub = context if "label" in context else context + "label"
        else:
            sub = "label"
        node["body"] = self.parse_statement(sub)
        self.labels.pop()
        node["label"] = expr
        return self.finish(node, "LabeledStatement")

    def parse_var(self, node, is_for, kind, allow_missing_init=False):
        decls = node["declarations"] = []
        node["kind"] = kind
        using = kind == "using" or kind == "await using"
        while True:
            decl = self.start_node()
            ident = decl["id"] = self.parse_ident(False) if using else self.parse_binding_atom()
            self.check_lval_pattern(ident, BIND_VAR if kind == "var" else BIND_LEXICAL)
            t = self.type
            if t == "=":
                self.next()
                decl["init"] = self.parse_maybe_assign(is_for)
            elif not allow_missing_init and kind == "const" and not (
                    t == "in" or self.is_contextual("of")):
                self.raise_at(self.last_end if t != EOF else self.length, M.CONST_WITHOUT_INIT)
            elif not allow_missing_init and using and t != "in" and not self.is_contextual("of"):
                self.raise_at(self.last_end, M.CONST_WITHOUT_INIT.replace("const", kind))
            elif not allow_missing_init and ident["type"] != "Identifier" and not (
                    is_for and (t == "in" or self.is_contextual("of"))):
                self.raise_at(self.last_end, M.DESTRUCTURING_WITHOUT_INIT)
            else:
                decl["init"] = None
            decls.append(self.finish(decl, "VariableDeclarator"))
            if self.type != ",":
                return node
            self.next()

    # ------------------------------------------------------------------ for
    def _st_for(self, node, context, top_level, exports):
        self.next()
        await_at = -1
        if self.type == NAME and self.value == "await" and not self.contains_esc and self.can_await():
            await_at = self.start
            self.next()
        self.labels.append(_LOOP)
        self.enter_scope(0)
        self.expect("(")
        if self.type == ";":
            if await_at > -1:
                self.unexpected(await_at)
            return self.parse_for(node, None)
        is_let = self.is_let()
        if self.type == "var" or self.type == "const" or is_let:
            init = self.start_node()
            kind = "let" if is_let else self.type
            self.next()
            self.parse_var(init, True, kind)
            self.finish(init, "VariableDeclaration")
            return self.parse_for_after_init(node, init, await_at)
        starts_with_let = self.is_contextual("let")
        using_kind = "using" if self.is_using_keyword(False, True) else \
            "await using" if self.is_using_keyword(True, True) else None
        if using_kind:
            init = self.start_node()
            self.next()
            if using_kind == "await using":
                if not self.can_await():
                    self.raise_at(self.start, M.UNEXPECTED_RESERVED)
                self.next()
            self.parse_var(init, True, using_kind)
            self.finish(init, "VariableDeclaration")
            return self.parse_for_after_init(node, init, await_at)
        contains_esc = self.contains_esc
        ref = DestructuringErrors()
        init_pos = self.start
        if await_at > -1:
            init = self.parse_expr_subscripts(ref, "await")
        else:
            init = self.parse_expression(True, ref)
        is_for_of = False
        if self.type == "in" or self.is_contextual("of"):
            is_for_of = self.type != "in"
            if await_at > -1:
                if self.type == "in":
                    self.unexpected()
                node["await"] = True
            elif is_for_of:
                if init["start"] == init_pos and not contains_esc and init["type"] == "Identifier" \
                        and init["name"] == "async":
                    self.raise_at(init["start"], M.FOR_OF_ASYNC)
                node["await"] = False
            if starts_with_let and is_for_of:
                self.raise_at(init["start"], M.FOR_OF_LET_START)
            if init["type"] not in ("Identifier", "MemberExpression", "ObjectExpression", "ArrayExpression") \
                    and (init["type"] != "CallExpression" or self.strict):   # Annex B web compat
                self.raise_at(init["start"], M.INVALID_LHS_FOR_LOOP)
            self.to_assignable(init, False, ref)
            self.check_lval_pattern(init)
            return self.parse_for_in(node, init)
        self.check_expression_errors(ref, True)
        if await_at > -1:
            self.unexpected(await_at)
        return self.parse_for(node, init)

    def parse_for_after_init(self, node, init, await_at):
        t = self.type
        if t == "in" or self.is_contextual("of"):
            if len(init["declarations"]) == 1:
                if t == "in":
                    if init["kind"] in ("using", "await using") and init["declarations"][0]["init"] is None:
                        self.raise_at(self.start, M.UNEXPECTED_TOKEN % "in")
                    if await_at > -1:
                        self.unexpected(await_at)
                else:
                    node["await"] = await_at > -1
                return self.parse_for_in(node, init)
            self.raise_at(init["start"], M.INVALID_LHS_FOR_IN_SINGLE if t == "in" else M.INVALID_LHS_FOR_OF_SINGLE)
        if await_at > -1:
            self.unexpected(await_at)
        return self.parse_for(node, init)

    def parse_for(self, node, init):
        node["init"] = init
        self.expect(";")
        node["test"] = None if self.type == ";" else self.parse_expression()
        self.expect(";")
        node["update"] = None if self.type == ")" else self.parse_expression()
        self.expect(")")
        node["body"] = self.parse_statement("for")
        self.exit_scope()
        self.labels.pop()
        return self.finish(node, "ForStatement")

    def parse_for_in(self, node, init):
        is_for_in = self.type == "in"
        self.next()
        if init["type"] == "VariableDeclaration":
            decl = init["declarations"][0]
            if decl["init"] is not None and (not is_for_in or self.strict or init["kind"] != "var"
                                             or decl["id"]["type"] != "Identifier"):
                self.raise_at(init["start"], M.FOR_IN_INITIALIZER if is_for_in else M.FOR_OF_INITIALIZER)
        node["left"] = init
        node["right"] = self.parse_expression() if is_for_in else self.parse_maybe_assign()
        self.expect(")")
        node["body"] = self.parse_statement("for")
        self.exit_scope()
        self.labels.pop()
        return self.finish(node, "ForInStatement" if is_for_in else "ForOfStatement")


_DISPATCH = {
    "break": StatementMixin._st_break,
    "continue": StatementMixin._st_break,
    "debugger": StatementMixin._st_debugger,
    "do": StatementMixin._st_do,
    "for": StatementMixin._st_for,
    "function": StatementMixin._st_function,
    "class": StatementMixin._st_class,
    "if": StatementMixin._st_if,
    "return": StatementMixin._st_return,
    "switch": StatementMixin._st_switch,
    "throw": StatementMixin._st_throw,
    "try": StatementMixin._st_try,
    "var": StatementMixin._st_var,
    "const": StatementMixin._st_var,
    "while": StatementMixin._st_while,
    "with": StatementMixin._st_with,
    "{": StatementMixin._st_block,
    ";": StatementMixin._st_empty,
    "import": StatementMixin._st_import,
    "export": StatementMixin._st_export,
}
