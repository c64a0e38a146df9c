"""Compilation of module code (sec-modules): ParseModule's static half and the module body.

Owns `compile_module` (the module branch of compile_script): the body CodeObject (an
async function body -- call_kind 3 -- when the module uses top-level await), a second
CodeObject that instantiates the hoisted function declarations (run by
InitializeEnvironment, before any module of the graph evaluates, so a function exported
into a cycle is callable early), and the `ModuleInfo` attached to the body code: the
module requests and the import / export entries of ParseModule (sec-parsemodule), with
the cell index of every top-level binding.  The module environment itself (a list of
cells, import bindings aliasing the exporter's cells) is built by
runtime/module_records.py; `import()` and `import.meta` compile to IMPORT_CALL /
IMPORT_META (vm/handlers_modules.py).  `ModuleCompiler` is mixed into FunctionCompiler
ahead of the statement / expression mixins.
"""

from __future__ import annotations

from jskernel.engine.compiler.expressions import is_anonymous_function_definition
from jskernel.engine.syntax.estree import contains_top_level_await
from jskernel.engine.syntax.scope_modules import DEFAULT_BINDING

NAMESPACE_OBJECT = "*namespace-object*"     # ImportEntry [[ImportName]] of `import * as ns`
ALL = "*all*"                               # ExportEntry [[ImportName]] of `export * as ns from`
ALL_BUT_DEFAULT = "*all-but-default*"       # ExportEntry [[ImportName]] of `export * from`
ASYNC_FUNCTION = 3                          # CodeObject.call_kind of an async function body


class ModuleRequest:
    """ModuleRequest Record: a specifier with its import attributes (sorted by key)."""

    __slots__ = ("specifier", "attributes", "key")

    def __init__(self, specifier: str, attributes: dict):
        self.specifier = specifier
        self.attributes = dict(sorted(attributes.items()))
        self.key = (specifier, tuple(self.attributes.items()))     # ModuleRequestsEqual

    def __repr__(self):
        return f"<ModuleRequest {self.specifier!r} {self.attributes}>"


class ImportEntry:
    __slots__ = ("request", "import_name", "local_name", "pos")

    def __init__(self, request, import_name, local_name, pos=-1):
        self.request = request
        self.import_name = import_name
        self.local_name = local_name
        self.pos = pos              # source offset of the specifier (link error messages)


class ExportEntry:
    __slots__ = ("export_name", "request", "import_name", "local_name", "pos")

    def __init__(self, export_name, request, import_name, local_name, pos=-1):
        self.export_name = export_name
        self.request = request
        self.import_name = import_name
        self.local_name = local_name
        self.pos = pos

    def __repr__(self):
        return f"<ExportEntry {self.export_name} {self.request} {self.import_name} {self.local_name}>"


class ModuleInfo:
    """The static part of a Source Text Module Record, from ParseModule."""

    def __init__(self):
        self.requests: list[ModuleRequest] = []          # [[RequestedModules]] in source order
        self.import_entries: list[ImportEntry] = []
        self.local_export_entries: list[ExportEntry] = []
        self.indirect_export_entries: list[ExportEntry] = []
        self.star_export_entries: list[ExportEntry] = []
        self.has_tla = False                             # [[HasTLA]]
        self.cells: dict[str, int] = {}                  # top-level binding -> cell index
        self.kinds: dict[str, str] = {}                  # top-level binding -> var | let | const | import ...
        self.ncells = 0


def export_name(node) -> str:
    """A ModuleExportName: an IdentifierName or a string literal."""
    return node["value"] if node["type"] == "Literal" else node["name"]


def attributes_of(node) -> dict:
    """WithClauseToAttributes (duplicate keys are an early error caught by the parser)."""
    out = {}
    for a in node.get("attributes") or ():
        out[export_name(a["key"])] = a["value"]["value"]
    return out


def _bound_names(decl) -> list[str]:
    from jskernel.engine.syntax.scope import pattern_names
    t = decl["type"]
    if t == "VariableDeclaration":
        out = []
        for d in decl["declarations"]:
            out.extend(i["name"] for i in pattern_names(d["id"], []))
        return out
    if decl.get("id") is not None:
        return [decl["id"]["name"]]
    return [DEFAULT_BINDING]


def module_info(program, scope) -> ModuleInfo:
    """ParseModule steps 3-12 (sec-parsemodule) over the Program's module items."""
    info = ModuleInfo()
    requests = {}

    def request(node):
        r = ModuleRequest(node["source"]["value"], attributes_of(node))
        got = requests.get(r.key)
        if got is None:
            got = requests[r.key] = r
            info.requests.append(r)
        return got

    imports = {}
    body = program["body"]
    for st in body:         # [[RequestedModules]]: in source order (ModuleRequests)
        if st["type"] in ("ImportDeclaration", "ExportAllDeclaration") or (
                st["type"] == "ExportNamedDeclaration" and st.get("source") is not None):
            request(st)
    for st in body:
        if st["type"] == "ImportDeclaration":
            r = request(st)
            for sp in st["specifiers"]:
                t = sp["type"]
                local = sp["local"]["name"]
                if t == "ImportNamespaceSpecifier":
                    name = NAMESPACE_OBJECT
                elif t == "ImportDefaultSpecifier":
                    name = "default"
                else:
                    name = export_name(sp["imported"])
                e = ImportEntry(r, name, local, sp["start"])
                info.import_entries.append(e)
                imports[local] = e
    for st in body:
        t = st["type"]
        if t == "ExportNamedDeclaration":
            if st.get("declaration") is not None:
                for name in _bound_names(st["declaration"]):
                    info.local_export_entries.append(ExportEntry(name, None, None, name))
            elif st.get("source") is not None:
                r = request(st)
                for sp in st["specifiers"]:
                    info.indirect_export_entries.append(
                        ExportEntry(export_name(sp["exported"]), r, export_name(sp["local"]), None, sp["start"]))
            else:
                for sp in st["specifiers"]:
                    local = export_name(sp["local"])
                    name = export_name(sp["exported"])
                    ie = imports.get(local)
                    if ie is None:
                        info.local_export_entries.append(ExportEntry(name, None, None, local))
                    elif ie.import_name == NAMESPACE_OBJECT:     # re-export of an imported namespace
                        info.indirect_export_entries.append(ExportEntry(name, ie.request, ALL, None, sp["start"]))
                    else:       # step 10.a.ii.3: re-export of a single name
                        info.indirect_export_entries.append(
                            ExportEntry(name, ie.request, ie.import_name, None, ie.pos))
        elif t == "ExportDefaultDeclaration":
            local = _bound_names(st["declaration"])[0] if st["declaration"]["type"] in (
                "FunctionDeclaration", "ClassDeclaration") else DEFAULT_BINDING
            info.local_export_entries.append(ExportEntry("default", None, None, local))
        elif t == "ExportAllDeclaration":
            r = request(st)
            if st.get("exported") is None:
                info.star_export_entries.append(ExportEntry(None, r, ALL_BUT_DEFAULT, None))
            else:
                info.indirect_export_entries.append(ExportEntry(export_name(st["exported"]), r, ALL, None))
    for b in scope.order:
        if b.location == "cell" and b.scope is scope:
            info.cells[b.name] = b.index
            info.kinds[b.name] = b.kind
    return info


class ModuleCompiler:
    """Module items and the module-only expressions (mixed into FunctionCompiler)."""

    def s_ImportDeclaration(self, n):
        pass        # bindings are created by InitializeEnvironment

    def s_ExportAllDeclaration(self, n):
        pass

    def s_ExportNamedDeclaration(self, n):
        d = n.get("declaration")
        if d is not None:
            self.compile_statement(d)

    def s_ExportDefaultDeclaration(self, n):
        d = n["declaration"]
        t = d["type"]
        if t == "FunctionDeclaration":
            return          # instantiated with the module environment
        if t == "ClassDeclaration":
            if d.get("id") is not None:
                self.compile_statement(d)
                return
            self.compile_class(d, name_hint="default")
        elif is_anonymous_function_definition(d):
            self.compile_expr(d, name_hint="default")
        else:
            self.compile_expr(d)
        self.store_ref(self.binding_ref(self.scope.bindings[DEFAULT_BINDING]), init=True)

    def e_MetaProperty(self, n):
        if n["meta"]["name"] == "import":
            self.at(n)
            self.asm.import_meta()
            return
        super().e_MetaProperty(n)

    def e_ImportExpression(self, n):
        self.compile_expr(n["source"])
        if n.get("options") is not None:
            self.compile_expr(n["options"])
        else:
            self.asm.push_undefined()
        self.at(n)
        self.asm.import_call()


def compile_module(fc, program):
    """The module branch of compile_script: `fc` is the top-level FunctionCompiler."""
    from jskernel.engine.compiler.function import FunctionCompiler
    scope = fc.scope
    code = fc.code
    asm = fc.asm
    info = module_info(program, scope)
    info.has_tla = contains_top_level_await(program["body"])
    if info.has_tla:
        code.call_kind = ASYNC_FUNCTION
    fc.completion = None            # a module's completion value is undefined
    fc.compile_statements(program["body"])
    asm.push_undefined()
    asm.return_()
    body = fc.finish()
    # InitializeEnvironment step 24 (function declarations), as code over the same cells
    init = FunctionCompiler(fc.info, fc.source, scope, None, "", "module", program)
    init.hoist_functions(scope)
    for st in program["body"]:
        if st["type"] == "ExportDefaultDeclaration" and st["declaration"]["type"] == "FunctionDeclaration" \
                and st["declaration"].get("id") is None:
            init.make_closure(st["declaration"], "default")
            init.store_ref(init.binding_ref(scope.bindings[DEFAULT_BINDING]), init=True)
    init.asm.push_undefined()
    init.asm.return_()
    init_code = init.finish()
    info.ncells = max(body.ncells, init_code.ncells)
    body.module_info = info
    body.module_init = init_code
    if init_code.consts:
        init_code.name = "<module functions>"
        body.consts.append(init_code)     # only so the disassembler shows the hoisted functions
    return body
