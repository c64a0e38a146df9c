"""Module items: import and export declarations.

Owns: every `import` form (default, namespace, named with string names,
side-effect imports) and `export` form (declarations, default, named lists,
re-exports, `export * as ns`), import attributes (`with { type: "json" }`), and
the module early errors: duplicate exports, exports of undeclared bindings,
lone surrogates in string export names, duplicate attribute keys.
`import()` and `import.meta` are expressions (`expression.py`).
"""

from __future__ import annotations

import re

from jskernel.engine.syntax import messages as M
from jskernel.engine.syntax.parser.functions import FUNC_NULLABLE_ID, FUNC_STATEMENT
from jskernel.engine.syntax.parser.scope import BIND_LEXICAL
from jskernel.engine.syntax.tokens import KEYWORDS, NAME, RESERVED_STRICT, STRING

_LONE_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


class ModuleMixin:
    """Import / export parsing (mixed into the parser)."""

    def parse_import(self, node):
        self.next()
        if self.type == STRING:
            node["specifiers"] = []
            node["source"] = self.parse_literal(self.value)
        else:
            node["specifiers"] = self.parse_import_specifiers()
            self.expect_contextual("from")
            if self.type != STRING:
                self.unexpected()
            node["source"] = self.parse_literal(self.value)
        node["attributes"] = self.parse_with_clause()
        self.semicolon()
        return self.finish(node, "ImportDeclaration")

    def parse_import_specifiers(self):
        nodes = []
        if self.type == NAME:
            spec = self.start_node()
            spec["local"] = self.parse_ident(False)
            self.check_lval_simple(spec["local"], BIND_LEXICAL)
            nodes.append(self.finish(spec, "ImportDefaultSpecifier"))
            if self.type != ",":
                return nodes
            self.next()
        if self.type == "*":
            spec = self.start_node()
            self.next()
            self.expect_contextual("as")
            spec["local"] = self.parse_ident(False)
            self.check_lval_simple(spec["local"], BIND_LEXICAL)
            nodes.append(self.finish(spec, "ImportNamespaceSpecifier"))
            return nodes
        self.expect("{")
        first = True
        while self.type != "}":
            if not first:
                self.expect(",")
                if self.type == "}":
                    break
            else:
                first = False
            spec = self.start_node()
            imported = spec["imported"] = self.parse_module_export_name()
            if self.eat_contextual("as"):
                if self.type in KEYWORDS:
                    self.raise_at(self.start, M.UNEXPECTED_RESERVED)
                spec["local"] = self.parse_ident(False)
            else:
                if imported["type"] != "Identifier":
                    self.unexpected()
                self._check_specifier_name(imported)
                spec["local"] = imported
            self.check_lval_simple(spec["local"], BIND_LEXICAL)
            nodes.append(self.finish(spec, "ImportSpecifier"))
        self.next()
        return nodes

    def _check_specifier_name(self, ident):
        name = ident["name"]
        if name in KEYWORDS or name in RESERVED_STRICT or name == "enum" or name == "await":
            self.raise_at(ident["start"], M.UNEXPECTED_RESERVED)   # module code is strict
        self.check_unreserved(ident)

    def parse_with_clause(self):
        nodes = []
        if self.type != "with":
            return nodes
        self.next()
        self.expect("{")
        keys = set()
        first = True
        while self.type != "}":
            if not first:
                self.expect(",")
                if self.type == "}":
                    break
            else:
                first = False
            attr = self.start_node()
            if self.type == STRING:
                key = attr["key"] = self.parse_literal(self.value)
                key_name = key["value"]
            else:
                key = attr["key"] = self.parse_ident(True)
                key_name = key["name"]
            if key_name in keys:
                self.raise_at(key["start"], M.DUPLICATE_IMPORT_ATTRIBUTE % key_name)
            keys.add(key_name)
            self.expect(":")
            if self.type != STRING:
                self.unexpected()
            attr["value"] = self.parse_literal(self.value)
            nodes.append(self.finish(attr, "ImportAttribute"))
        self.next()
        return nodes

    def parse_module_export_name(self):
        if self.type == STRING:
            lit = self.parse_literal(self.value)
            if _LONE_SURROGATE.search(lit["value"]):
                self.raise_at(lit["start"], M.INVALID_MODULE_EXPORT_NAME)
            return lit
        return self.parse_ident(True)

    # ---------------------------------------------------------------- export
    def check_export(self, exports, name, pos):
        if exports is None:
            return
        if not isinstance(name, str):
            name = name["name"] if name["type"] == "Identifier" else name["value"]
        if name in exports:
            self.raise_at(pos, M.DUPLICATE_EXPORT % name)
        exports[name] = True

    def check_pattern_export(self, exports, pat):
        t = pat["type"]
        if t == "Identifier":
            self.check_export(exports, pat, pat["start"])
        elif t == "ObjectPattern":
            for prop in pat["properties"]:
                self.check_pattern_export(exports, prop)
        elif t == "ArrayPattern":
            for elt in pat["elements"]:
                if elt is not None:
                    self.check_pattern_export(exports, elt)
        elif t == "Property":
            self.check_pattern_export(exports, pat["value"])
        elif t == "AssignmentPattern":
            self.check_pattern_export(exports, pat["left"])
        elif t == "RestElement":
            self.check_pattern_export(exports, pat["argument"])

    def parse_export(self, node, exports):
        self.next()
        if self.type == "*":
            self.next()
            if self.eat_contextual("as"):
                node["exported"] = self.parse_module_export_name()
                self.check_export(exports, node["exported"], node["exported"]["start"])
            else:
                node["exported"] = None
            self.expect_contextual("from")
            if self.type != STRING:
                self.unexpected()
            node["source"] = self.parse_literal(self.value)
            node["attributes"] = self.parse_with_clause()
            self.semicolon()
            return self.finish(node, "ExportAllDeclaration")
        if self.type == "default":
            if exports is not None and "default" in exports:
                self.raise_at(self.start, M.REDECLARATION % ".default")
            self.check_export(exports, "default", self.start)
            self.next()
            node["declaration"] = self.parse_export_default_declaration()
            return self.finish(node, "ExportDefaultDeclaration")
        t = self.type
        if t == "var" or t == "const" or t == "class" or t == "function" or self.is_let() \
                or self.is_async_function():
            decl = node["declaration"] = self.parse_statement(None)
            if decl["type"] == "VariableDeclaration":
                for d in decl["declarations"]:
                    self.check_pattern_export(exports, d["id"])
            else:
                self.check_export(exports, decl["id"], decl["id"]["start"])
            node["specifiers"] = []
            node["source"] = None
            node["attributes"] = []
        else:
            node["declaration"] = None
            specs = node["specifiers"] = self.parse_export_specifiers(exports)
            if self.eat_contextual("from"):
                if self.type != STRING:
                    self.unexpected()
                node["source"] = self.parse_literal(self.value)
                node["attributes"] = self.parse_with_clause()
            else:
                for spec in specs:
                    local = spec["local"]
                    if local["type"] == "Literal":
                        self.raise_at(local["start"], M.STRING_EXPORT_WITHOUT_FROM)
                    self._check_specifier_name(local)
                    self.check_local_export(local)
                node["source"] = None
                node["attributes"] = []
            self.semicolon()
        return self.finish(node, "ExportNamedDeclaration")

    def parse_export_specifiers(self, exports):
        nodes = []
        self.expect("{")
        first = True
        while self.type != "}":
            if not first:
                self.expect(",")
                if self.type == "}":
                    break
            else:
                first = False
            spec = self.start_node()
            spec["local"] = self.parse_module_export_name()
            spec["exported"] = self.parse_module_export_name() if self.eat_contextual("as") else spec["local"]
            self.check_export(exports, spec["exported"], spec["exported"]["start"])
            nodes.append(self.finish(spec, "ExportSpecifier"))
        self.next()
        return nodes

    def parse_export_default_declaration(self):
        if self.type == "function" or self.is_async_function():
            is_async = self.type != "function"
            fnode = self.start_node()
            self.next()
            if is_async:
                self.next()
            return self.parse_function(fnode, FUNC_STATEMENT | FUNC_NULLABLE_ID, False, is_async)
        if self.type == "class":
            return self.parse_class(self.start_node(), "nullableID")
        decl = self.parse_maybe_assign()
        self.semicolon()
        return decl
