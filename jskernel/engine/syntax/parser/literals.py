"""Literals: primitive literals, template literals, object literals.

Owns: `Literal` nodes (numbers, strings, BigInts, regular expressions), template
literals (cooked / raw chunks, the invalid-escape rule for untagged templates),
object literals and object patterns' properties (shorthand, methods, getters /
setters with their arity rules, `async` / generator methods, computed keys, the
duplicate `__proto__` rule) and property names.  Array literals and the rest of
the expression grammar are in `expression.py`.
"""

from __future__ import annotations

from jskernel.engine.syntax import messages as M
from jskernel.engine.syntax.tokens import BIGINT, KEYWORDS, NAME, NUM, STRING


class LiteralMixin:
    """Literal, template and object-literal parsing (mixed into the parser)."""

    def parse_literal(self, value):
        start = self.start
        end = self.end
        raw = self.input[start:end]
        if self.locations:
            node = {"type": "Literal", "start": start, "end": end,
                    "loc": {"start": self.start_loc, "end": {"line": self.line, "column": end - self.line_start}},
                    "value": value, "raw": raw}
        else:
            node = {"type": "Literal", "start": start, "end": end, "value": value, "raw": raw}
        if self.type == BIGINT:
            node["bigint"] = str(value)
        self.next()
        return node

    # --------------------------------------------------------------- template
    def parse_template(self, tagged):
        node = self.start_node()
        self.read_template_chunk()
        exprs = node["expressions"] = []
        quasis = node["quasis"] = []
        while True:
            elem = self.start_node()
            cooked, raw = self.value
            if cooked is None and not tagged:
                pos, message = self.tmpl_invalid
                self.raise_at(pos, message)
            elem["value"] = {"raw": raw, "cooked": cooked}
            tail = self.tmpl_tail
            self.next()
            elem["tail"] = tail
            quasis.append(self.finish(elem, "TemplateElement"))
            if tail:
                break
            exprs.append(self.parse_expression())
            if self.type != "}":
                self.raise_at(self.start, M.MISSING_TEMPLATE_BRACE)
            self.read_template_chunk()
        self.next()
        return self.finish(node, "TemplateLiteral")

    # ---------------------------------------------------------------- objects
    def parse_obj(self, is_pattern, ref=None):
        node = self.start_node()
        self.next()
        props = node["properties"] = []
        first = True
        has_proto = False
        while self.type != "}":
            if not first:
                self.expect(",")
                if self.type == "}":
                    break
            else:
                first = False
            prop = self.parse_property(is_pattern, ref)
            if not is_pattern and prop["type"] == "Property" and not (
                    prop["computed"] or prop["method"] or prop["shorthand"]) and prop["kind"] == "init":
                key = prop["key"]
                if (key["type"] == "Identifier" and key["name"] == "__proto__") or \
                        (key["type"] == "Literal" and key["value"] == "__proto__"):
                    if has_proto:
                        if ref is not None:
                            if ref.double_proto < 0:
                                ref.double_proto = key["start"]
                        else:
                            self.raise_at(key["start"], M.DUPLICATE_PROTO)
                    has_proto = True
            props.append(prop)
        self.next()
        return self.finish(node, "ObjectPattern" if is_pattern else "ObjectExpression")

    def parse_property(self, is_pattern, ref):
        prop = self.start_node()
        if self.type == "...":
            self.next()
            if is_pattern:
                prop["argument"] = self.parse_ident(False)
                if self.type == ",":
                    self.raise_at(self.start, M.ELEMENT_AFTER_REST)
                return self.finish(prop, "RestElement")
            prop["argument"] = self.parse_maybe_assign(False, ref)
            if self.type == "," and ref is not None and ref.trailing_comma < 0:
                ref.trailing_comma = self.start
            return self.finish(prop, "SpreadElement")
        prop["method"] = False
        prop["shorthand"] = False
        start, sloc = self.start, self.start_loc
        is_generator = False
        if not is_pattern and self.type == "*":
            self.next()
            is_generator = True
        contains_esc = self.contains_esc
        self.parse_property_name(prop)
        is_async = False
        if not is_pattern and not contains_esc and not is_generator and self.is_async_prop(prop):
            is_async = True
            if self.type == "*":
                self.next()
                is_generator = True
            self.parse_property_name(prop)
        self.parse_property_value(prop, is_pattern, is_generator, is_async, start, sloc, ref, contains_esc)
        return self.finish(prop, "Property")

    def is_async_prop(self, prop):
        key = prop["key"]
        if prop["computed"] or key["type"] != "Identifier" or key["name"] != "async":
            return False
        t = self.type
        return (t == NAME or t == NUM or t == STRING or t == BIGINT or t == "[" or t in KEYWORDS or t == "*") \
            and not self.nl_before

    def parse_property_value(self, prop, is_pattern, is_generator, is_async, start, sloc, ref, contains_esc):
        t = self.type
        if (is_generator or is_async) and t == ":":
            self.unexpected()
        if t == ":":
            self.next()
            if is_pattern:
                prop["value"] = self.parse_maybe_default(self.start, self.start_loc)
            else:
                prop["value"] = self.parse_maybe_assign(False, ref)
            prop["kind"] = "init"
            return
        if t == "(":
            if is_pattern:
                self.unexpected()
            prop["method"] = True
            prop["value"] = self.parse_method(is_generator, is_async)
            prop["kind"] = "init"
            return
        key = prop["key"]
        if not is_pattern and not contains_esc and not prop["computed"] and key["type"] == "Identifier" \
                and (key["name"] == "get" or key["name"] == "set") and t != "," and t != "}" and t != "=":
            if is_generator or is_async:
                self.unexpected()
            kind = key["name"]
            self.parse_property_name(prop)
            value = prop["value"] = self.parse_method(False)
            prop["kind"] = kind
            self.check_accessor_params(kind, value)
            return
        if not prop["computed"] and key["type"] == "Identifier":
            if is_generator or is_async:
                self.unexpected()
            self.check_unreserved(key)
            if key["name"] == "await" and not self.await_ident_pos:
                self.await_ident_pos = start
            if is_pattern:
                prop["value"] = self.parse_maybe_default(start, sloc, self.copy_node(key))
            elif self.type == "=" and ref is not None:
                if ref.shorthand_assign < 0:
                    ref.shorthand_assign = self.start
                prop["value"] = self.parse_maybe_default(start, sloc, self.copy_node(key))
            else:
                prop["value"] = self.copy_node(key)
            prop["kind"] = "init"
            prop["shorthand"] = True
            return
        if not prop["computed"] and key["type"] == "Literal" and self.type in (",", "}", "="):
            self.raise_at(key["start"], M.UNEXPECTED_STRING if isinstance(key["value"], str)
                          else M.UNEXPECTED_NUMBER)
        self.unexpected()

    def check_accessor_params(self, kind, value):
        params = value["params"]
        if kind == "get":
            if params:
                self.raise_at(value["start"], M.BAD_GETTER_ARITY)
        elif len(params) != 1:
            self.raise_at(value["start"], M.BAD_SETTER_ARITY)
        elif params[0]["type"] == "RestElement":
            self.raise_at(params[0]["start"], M.BAD_SETTER_REST)

    def parse_property_name(self, prop):
        t = self.type
        if t == "[":
            self.next()
            prop["computed"] = True
            key = prop["key"] = self.parse_maybe_assign()
            self.expect("]")
            return key
        prop["computed"] = False
        if t == NUM or t == STRING or t == BIGINT:
            key = prop["key"] = self.parse_literal(self.value)
        else:
            key = prop["key"] = self.parse_ident(True)
        return key
