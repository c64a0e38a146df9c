"""Parser state and the small helpers every grammar module uses.

Owns: the parser's mutable state (strictness, module goal, labels, the
yield/await position trackers, private-name stack), node construction in
acorn's key order (`start_node` / `finish`), token-consumption helpers (`eat`,
`expect`, `semicolon`, contextual keywords), the V8-worded `unexpected` error,
lookahead helpers that peek at the raw source (`is_let`, `is_async_function`,
`strict_directive`), and the cover-grammar bookkeeping record
`DestructuringErrors`.  The grammar itself lives in the sibling modules.
"""

from __future__ import annotations

import re

from jskernel.engine.syntax import messages as M
from jskernel.engine.syntax.chars import is_id_continue, is_id_start
from jskernel.engine.syntax.lexer import Lexer, code_point_at
from jskernel.engine.syntax.tokens import (BIGINT, EOF, KEYWORDS, NAME, NUM, PRIVATE,
                                           REGEXP, RESERVED_STRICT, STRING, TEMPLATE)

_ESCAPE = re.compile(r"\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))")
_CONTEXTUAL_KEYWORDS = frozenset(["async", "await", "yield", "get", "set", "of", "as", "from", "target", "meta",
                                  "using"])
_STRING_DIRECTIVE = re.compile(r"""'((?:\\[\s\S]|[^'\\])*?)'|"((?:\\[\s\S]|[^"\\])*?)\"""")

# Token types that can start an expression (acorn's `startsExpr`).
STARTS_EXPR = frozenset([
    "[", "{", "(", "`", "++", "--", "+", "-", "!", "~", "/", "/=", "...",
    NAME, PRIVATE, NUM, BIGINT, STRING, REGEXP, TEMPLATE,
    "function", "class", "new", "this", "super", "null", "true", "false",
    "typeof", "void", "delete", "import",
])


class DestructuringErrors:
    """Positions of constructs only valid if an expression turns out to be a pattern."""

    __slots__ = ("shorthand_assign", "trailing_comma", "parenthesized_assign",
                 "parenthesized_bind", "double_proto")

    def __init__(self):
        self.shorthand_assign = self.trailing_comma = self.parenthesized_assign = \
            self.parenthesized_bind = self.double_proto = -1


class ParserState(Lexer):
    """Shared state and helpers; grammar mixins build on top of this."""

    def init_state(self, source, module, locations, filename):
        self.locations = locations
        self.filename = filename
        self.in_module = module
        self.strict = False
        self.init_lexer(source)
        self.strict = module or self.strict_directive(self.pos)
        self.labels = []
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.potential_arrow_at = -1
        self.potential_arrow_in_for_await = False
        self.private_name_stack = []
        self.undefined_exports = {}
        self.scope_stack = []
        self.last_start_loc = None

    # ----------------------------------------------------------------- nodes
    def start_node(self):
        if self.locations:
            return {"type": "", "start": self.start, "end": 0,
                    "loc": {"start": self.start_loc, "end": None}}
        return {"type": "", "start": self.start, "end": 0}

    def start_node_at(self, start, start_loc):
        if self.locations:
            return {"type": "", "start": start, "end": 0, "loc": {"start": start_loc, "end": None}}
        return {"type": "", "start": start, "end": 0}

    def finish(self, node, type_):
        node["type"] = type_
        end = node["end"] = self.last_end
        if self.locations:
            node["loc"]["end"] = {"line": self.last_end_line, "column": end - self.last_end_ls}
        return node

    def finish_at(self, node, type_, end, end_loc):
        node["type"] = type_
        node["end"] = end
        if self.locations:
            node["loc"]["end"] = end_loc
        return node

    def last_end_loc(self):
        if self.locations:
            return {"line": self.last_end_line, "column": self.last_end - self.last_end_ls}
        return None

    def copy_node(self, node):
        new = dict(node)
        if "loc" in node:
            new["loc"] = dict(node["loc"])
        return new

    # ---------------------------------------------------------------- tokens
    def eat(self, type_):
        if self.type == type_:
            self.next()
            return True
        return False

    def expect(self, type_):
        if self.type == type_:
            self.next()
        else:
            self.unexpected()

    def is_contextual(self, name):
        return self.type == NAME and self.value == name and not self.contains_esc

    def eat_contextual(self, name):
        if self.type == NAME and self.value == name and not self.contains_esc:
            self.next()
            return True
        return False

    def expect_contextual(self, name):
        if not self.eat_contextual(name):
            self.unexpected()

    def can_insert_semicolon(self):
        t = self.type
        return t == EOF or t == "}" or self.nl_before

    def semicolon(self):
        t = self.type
        if t == ";":
            self.next()
        elif not (t == EOF or t == "}" or self.nl_before):
            self.unexpected()

    def after_trailing_comma(self, type_, not_next=False):
        if self.type == type_:
            if not not_next:
                self.next()
            return True
        return False

    # ---------------------------------------------------------------- errors
    def token_message(self):
        """V8's message for an unexpected current token."""
        t = self.type
        if t == EOF:
            return M.UNEXPECTED_EOS
        if t == NUM or t == BIGINT:
            return M.UNEXPECTED_NUMBER
        if t == STRING:
            return M.UNEXPECTED_STRING
        if t == TEMPLATE or t == "`":
            return M.UNEXPECTED_TEMPLATE_STRING
        if t == REGEXP:
            return M.UNEXPECTED_REGEXP
        if self.contains_esc and t in KEYWORDS:
            return M.ESCAPED_KEYWORD
        if t == NAME:
            if self.strict and self.value in RESERVED_STRICT:
                return M.UNEXPECTED_STRICT_RESERVED
            if self.value == "enum" or (self.value == "await" and (self.in_module or self.in_async())):
                return M.UNEXPECTED_RESERVED
            return M.UNEXPECTED_IDENTIFIER % self.value
        if t == PRIVATE:
            return M.UNEXPECTED_IDENTIFIER % ("#" + self.value)
        if t == "=>" and not self.nl_before:
            return M.MALFORMED_ARROW_PARAMS
        return M.UNEXPECTED_TOKEN % self.value

    def unexpected(self, pos=None):
        if pos is None and self.esc_word_end == self.last_end and self.last_end > 0 and \
                self._escaped_contextual_keyword():
            self.raise_at(self.last_start, M.ESCAPED_KEYWORD)
        if pos is None or pos == self.start:
            if self.type == EOF:
                self.raise_eof()
            self.raise_at(self.start, self.token_message())
        self.raise_at(pos, self.message_at(pos))

    def _escaped_contextual_keyword(self):
        """Did the previous token spell a contextual keyword with escapes (`\\u0061sync`)?"""
        word = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)),
                           self.input[self.last_start:self.last_end])
        return word in _CONTEXTUAL_KEYWORDS

    def message_at(self, pos):
        """V8's 'unexpected' message for the token starting at `pos`."""
        from jskernel.engine.syntax.lexer import _TOKEN
        m = _TOKEN.match(self.input, pos)
        if m is None or m.lastindex is None:
            src = self.input
            if pos < len(src) and src[pos] == "`":
                return M.UNEXPECTED_TEMPLATE_STRING
            if pos < len(src) and src[pos] in "\"'":
                return M.UNEXPECTED_STRING
            return M.INVALID_OR_UNEXPECTED_TOKEN
        text = m.group(m.lastindex)
        if m.lastindex == 1:
            if text in KEYWORDS:
                return M.UNEXPECTED_TOKEN % text
            if self.strict and text in RESERVED_STRICT:
                return M.UNEXPECTED_STRICT_RESERVED
            return M.UNEXPECTED_IDENTIFIER % text
        if m.lastindex == 2:
            return M.UNEXPECTED_NUMBER
        if m.lastindex == 4:
            return M.UNEXPECTED_STRING
        return M.UNEXPECTED_TOKEN % text

    # ------------------------------------------------------------- lookahead
    def _word_at(self, pos):
        """The identifier-ish word at `pos` (escapes not decoded) and its end."""
        src = self.input
        n = self.length
        end = pos
        while end < n:
            cp = code_point_at(src, end)
            if not is_id_continue(cp):
                break
            end += 2 if cp > 0xFFFF and src[end] < "\U00010000" else 1
        return src[pos:end], end

    def is_let(self, context=None):
        if not (self.type == NAME and self.value == "let" and not self.contains_esc):
            return False
        src = self.input
        nxt = self.skip_space_at(self.pos)
        if nxt >= self.length:
            return False
        ch = src[nxt]
        if ch == "[" or ch == "\\":
            return True
        if context:
            return False
        if ch == "{" or "\ud800" <= ch <= "\udbff":
            return True
        cp = code_point_at(src, nxt)
        if is_id_start(cp):
            word, end = self._word_at(nxt)
            if end < self.length and (src[end] == "\\" or "\ud800" <= src[end] <= "\udbff"):
                return True
            if word != "in" and word != "instanceof":
                return True
        return False

    def is_async_function(self):
        if not (self.type == NAME and self.value == "async" and not self.contains_esc):
            return False
        nxt = self.skip_space_at(self.pos)
        if self.has_newline_between(self.pos, nxt):
            return False
        src = self.input
        if not src.startswith("function", nxt):
            return False
        after = nxt + 8
        if after == self.length:
            return True
        return not (src[after] == "\\" or is_id_continue(code_point_at(src, after)))

    def is_using_keyword(self, is_await, is_for):
        if not self.is_contextual("await" if is_await else "using"):
            return False
        src = self.input
        nxt = self.skip_space_at(self.pos)
        if self.has_newline_between(self.pos, nxt):
            return False
        if is_await:
            end = nxt + 5
            if src[nxt:end] != "using" or end == self.length or src[end] == "\\" \
                    or is_id_continue(code_point_at(src, end)):
                return False
            nxt = self.skip_space_at(end)
            if self.has_newline_between(end, nxt):
                return False
        if nxt >= self.length:
            return False
        ch = src[nxt]
        if ch != "\\" and not is_id_start(code_point_at(src, nxt)):
            return False
        word, end = self._word_at(nxt)
        if end < self.length and src[end] == "\\":
            return True
        if word == "in" or word == "instanceof":
            return False
        if is_for and not is_await and word == "of":
            p = self.skip_space_at(end)
            if p >= self.length or src[p] != "=" or src[p + 1:p + 2] in ("=", ">"):
                return False
        return True

    def strict_directive(self, start):
        """Does the directive prologue starting at `start` contain "use strict"?"""
        src = self.input
        while True:
            start = self.skip_space_at(start)
            m = _STRING_DIRECTIVE.match(src, start)
            if m is None:
                return False
            content = m.group(1) if m.group(1) is not None else m.group(2)
            if content == "use strict":
                after = start + len(m.group())
                p = self.skip_space_at(after)
                ch = src[p] if p < self.length else ""
                if ch == ";" or ch == "}":
                    return True
                if self.has_newline_between(after, p):
                    if ch and ch in "[(.`+-/*%<>=,?^&":
                        return False
                    if ch == "!" and src[p + 1:p + 2] == "=":
                        return False
                    return True
                return False
            start += len(m.group())
            start = self.skip_space_at(start)
            if start < self.length and src[start] == ";":
                start += 1
