"""Scope analysis of module code: the module environment's extra bindings.

Owns what `syntax/scope.py` does differently for a Module (sec-source-text-module-records,
InitializeEnvironment): every `import` binding (kind ``import``: immutable, and every
reference to one is TDZ-checked because the exporter may not have initialised it yet),
the hidden ``*default*`` binding of `export default <expression>` / an anonymous default
function or class, and the rule that every top-level binding of a module lives in a
cell -- the module environment is that list of cells, shared with importers (live
bindings) and namespace objects (runtime/module_records.py).  The visitors skip the
parts of import / export declarations that are not references.
"""

from __future__ import annotations

DEFAULT_BINDING = "*default*"


def declare_module_bindings(scope, body):
    """Declare the import bindings and `*default*` of a module's top-level scope."""
    for st in body:
        t = st["type"]
        if t == "ImportDeclaration":
            for sp in st["specifiers"]:
                scope.declare(sp["local"]["name"], "import", -1, sp)
        elif t == "ExportDefaultDeclaration":
            d = st["declaration"]
            if d["type"] in ("FunctionDeclaration", "ClassDeclaration") and d.get("id") is not None:
                continue        # declared under its own name by declare_lexical
            kind = "function" if d["type"] == "FunctionDeclaration" else "let"
            scope.declare(DEFAULT_BINDING, kind, st["end"], st)


def capture_module_bindings(scope):
    """Every top-level binding of a module is a cell (importers and namespaces share it)."""
    for b in scope.order:
        b.captured = True


class ModuleVisitors:
    """Visitors of the analyzer (mixed into scope._Analyzer) for module items."""

    def v_ImportDeclaration(self, n):
        pass

    def v_ExportAllDeclaration(self, n):
        pass

    def v_ExportNamedDeclaration(self, n):
        if n.get("declaration") is not None:
            self.visit(n["declaration"])
        elif n.get("source") is None:
            for sp in n["specifiers"]:
                if sp["local"]["type"] == "Identifier":
                    self.resolve(sp["local"])

    def v_ExportDefaultDeclaration(self, n):
        self.visit(n["declaration"])
