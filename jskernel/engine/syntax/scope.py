"""Scope analysis: resolves every identifier before compilation.

Owns: the scope tree of a Program (function, block, catch, for, switch, class
scopes), hoisting (`var` and function declarations to the enclosing function or
script; lexical declarations to their block), which bindings closures capture, and
where every binding lives:

  * ``local``  a frame slot (not captured by any inner function)
  * ``cell``   a closure cell (captured; created by NEW_CELL at scope entry so each
               entry -- e.g. each loop iteration -- gets a fresh binding)
  * ``global`` script-level var / function (global object) and let / const / class
               (the realm's global lexical environment), and undeclared names

and, for each reference to a let / const / class binding, whether it may happen in
the temporal dead zone (then the compiler emits a checked load/store).  The compiler
(engine/compiler/) consumes `ScopeInfo`; it never looks names up itself.

Limitations of this slice (documented in docs/vm.md): no `with`, no direct `eval`.
Annex B.3.3 (sloppy block functions also assign a function-level var) is applied
when no lexical binding of the function scope conflicts.
"""

from __future__ import annotations

LEXICAL = ("let", "const", "class")
FUNCTION_NODES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")


class Binding:
    __slots__ = ("name", "kind", "scope", "captured", "location", "index", "decl_end",
                 "checked_refs", "node")

    def __init__(self, name, kind, scope, decl_end=-1, node=None):
        self.name = name
        self.kind = kind            # var | let | const | class | function | param | catch | callee | arguments
        self.scope = scope
        self.captured = False
        self.location = None        # 'local' | 'cell' | 'global'
        self.index = -1
        self.decl_end = decl_end    # source offset after which the binding is initialized
        self.checked_refs = 0       # references that need a TDZ check
        self.node = node

    @property
    def is_lexical(self):
        return self.kind in LEXICAL

    @property
    def is_const(self):
        return self.kind == "const" or (self.kind == "class" and False)

    def __repr__(self):
        return f"<Binding {self.kind} {self.name} {self.location}:{self.index}{' captured' if self.captured else ''}>"


class Ref:
    """The resolution of one Identifier node."""

    __slots__ = ("binding", "name", "checked")

    def __init__(self, binding, name, checked):
        self.binding = binding      # None: global lookup by name
        self.name = name
        self.checked = checked      # TDZ check required

    @property
    def location(self):
        return "global" if self.binding is None else self.binding.location


class Scope:
    __slots__ = ("kind", "node", "parent", "func", "bindings", "strict", "children",
                 "uses_this", "uses_arguments", "functions", "order", "ncells", "nlocals",
                 "cell_names", "local_names", "freevars", "free_map", "is_arrow", "annexb")

    def __init__(self, kind, node, parent, strict=False):
        self.kind = kind            # script | module | function | block | catch | for | switch | class
        self.node = node
        self.parent = parent
        self.func = self if kind in ("script", "module", "function") else parent.func
        self.bindings: dict[str, Binding] = {}
        self.strict = strict
        self.children = []
        self.functions = []          # function declarations hoisted to this scope's entry
        self.order = []              # bindings in declaration order
        self.uses_this = False
        self.uses_arguments = False
        self.is_arrow = False
        self.annexb = None           # sloppy block functions: name -> var binding (Annex B.3.3)
        # function scopes only: layout
        self.ncells = 0
        self.nlocals = 0
        self.cell_names = []
        self.local_names = []
        self.freevars = []           # per free cell: (binding)  resolved to parent indices by the compiler
        self.free_map = {}           # binding -> own cell index for free bindings
        if parent is not None:
            parent.children.append(self)

    def declare(self, name, kind, decl_end=-1, node=None):
        b = self.bindings.get(name)
        if b is not None:
            if kind == "function" and b.kind in ("var", "function", "param"):
                b.kind = "function" if b.kind != "param" else b.kind
            return b
        b = Binding(name, kind, self, decl_end, node)
        self.bindings[name] = b
        self.order.append(b)
        return b

    @property
    def is_global(self):
        return self.kind == "script"

    def __repr__(self):
        return f"<Scope {self.kind} {list(self.bindings)}>"


class ScopeInfo:
    """The result of analysing one Program."""

    def __init__(self):
        self.refs: dict[int, Ref] = {}
        self.scopes: dict[int, Scope] = {}
        self.root: Scope | None = None

    def ref(self, ident) -> Ref:
        return self.refs[id(ident)]

    def scope(self, node) -> Scope | None:
        return self.scopes.get(id(node))


def analyze(program: dict, *, module: bool = False) -> ScopeInfo:
    info = ScopeInfo()
    a = _Analyzer(info)
    a.program(program, module)
    _layout(info.root)
    return info


def _has_use_strict(body) -> bool:
    for st in body:
        if st.get("type") == "ExpressionStatement" and st.get("directive") is not None:
            if st["directive"] == "use strict":
                return True
            continue
        break
    return False


def pattern_names(p, out):
    t = p["type"]
    if t == "Identifier":
        out.append(p)
    elif t == "ObjectPattern":
        for prop in p["properties"]:
            pattern_names(prop["argument"] if prop["type"] == "RestElement" else prop["value"], out)
    elif t == "ArrayPattern":
        for el in p["elements"]:
            if el is not None:
                pattern_names(el, out)
    elif t == "RestElement":
        pattern_names(p["argument"], out)
    elif t == "AssignmentPattern":
        pattern_names(p["left"], out)
    return out


class _Analyzer:
    def __init__(self, info: ScopeInfo):
        self.info = info
        self.scope: Scope | None = None

    # -- scopes ---------------------------------------------------------------------------
    def push(self, kind, node, strict=None):
        s = Scope(kind, node, self.scope, self.scope.strict if strict is None and self.scope else bool(strict))
        self.info.scopes[id(node)] = s
        self.scope = s
        return s

    def pop(self):
        self.scope = self.scope.parent

    def program(self, node, module):
        strict = module or _has_use_strict(node["body"])
        s = Scope("module" if module else "script", node, None, strict)
        self.info.scopes[id(node)] = s
        self.info.root = s
        self.scope = s
        self.hoist_vars(node["body"], s)
        self.declare_lexical(node["body"], s, top=True)
        for st in node["body"]:
            self.visit(st)

    # -- declarations ---------------------------------------------------------------------
    def hoist_vars(self, body, fscope):
        """Declare every `var` in a function body (not inside nested functions)."""
        stack = list(reversed(body))
        while stack:
            n = stack.pop()
            if not isinstance(n, dict):
                continue
            t = n.get("type")
            if t is None or t in FUNCTION_NODES or t in ("ClassDeclaration", "ClassExpression"):
                continue
            if t == "VariableDeclaration":
                if n["kind"] == "var":
                    for d in n["declarations"]:
                        for ident in pattern_names(d["id"], []):
                            fscope.declare(ident["name"], "var")
                for d in n["declarations"]:
                    if d.get("init") is not None:
                        stack.append(d["init"])
                continue
            if t.endswith("Expression") and t not in ("SequenceExpression",):
                continue   # expressions cannot contain var declarations
            for k, v in n.items():
                if k in ("type", "start", "end", "loc"):
                    continue
                if isinstance(v, dict):
                    stack.append(v)
                elif isinstance(v, list):
                    stack.extend(reversed([x for x in v if isinstance(x, dict)]))

    def declare_lexical(self, body, scope, top=False):
        for st in body:
            t = st["type"]
            if t == "VariableDeclaration" and st["kind"] != "var":
                for d in st["declarations"]:
                    for ident in pattern_names(d["id"], []):
                        scope.declare(ident["name"], st["kind"], d["end"], d)
            elif t == "ClassDeclaration":
                if st.get("id") is not None:
                    scope.declare(st["id"]["name"], "class", st["end"], st)
            elif t == "FunctionDeclaration" and st.get("id") is None:
                pass        # export default function () {}
            elif t == "FunctionDeclaration":
                name = st["id"]["name"]
                scope.declare(name, "function")
                scope.functions.append(st)
                if not top and not scope.strict and not st.get("generator") and not st.get("async"):
                    # Annex B.3.3: a sloppy-mode block function is also a var of the function
                    f = scope.func
                    existing = f.bindings.get(name)
                    if existing is None or existing.kind in ("var", "function"):
                        if scope.annexb is None:
                            scope.annexb = {}
                        scope.annexb[name] = existing or f.declare(name, "var")
            elif t in ("ExportNamedDeclaration", "ExportDefaultDeclaration") and st.get("declaration"):
                self.declare_lexical([st["declaration"]], scope, top)

    # -- references -------------------------------------------------------------------------
    def resolve(self, ident, *, declaration=False):
        name = ident["name"]
        s = self.scope
        func = s.func
        crossed = False
        while s is not None:
            b = s.bindings.get(name)
            if b is not None:
                break
            if s.kind == "function":
                if name == "arguments" and not s.is_arrow:
                    b = s.declare("arguments", "arguments")
                    s.uses_arguments = True
                    break
                crossed = True
            s = s.parent
        else:
            b = None
        if b is not None and b.scope.kind == "script":
            b.location = "global"
        checked = False
        if b is not None:
            if b.scope.func is not func:
                b.captured = True
            if b.kind in LEXICAL and not declaration:
                if (b.scope.func is not func or ident["start"] < b.decl_end
                        or b.scope.kind == "switch"):
                    checked = True
            if checked:
                b.checked_refs += 1
        del crossed
        self.info.refs[id(ident)] = Ref(b, name, checked)

    def visit(self, n):
        if n is None:
            return
        t = n["type"]
        m = getattr(self, "v_" + t, None)
        if m is not None:
            m(n)
            return
        for k, v in n.items():
            if k in ("type", "start", "end", "loc", "regex", "value", "raw", "bigint"):
                continue
            if isinstance(v, dict):
                self.visit(v)
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, dict):
                        self.visit(x)

    def v_Identifier(self, n):
        self.resolve(n)

    def v_ThisExpression(self, n):
        s = self.scope.func
        s.uses_this = True

    def v_MemberExpression(self, n):
        self.visit(n["object"])
        if n["computed"] or n["property"]["type"] == "PrivateIdentifier":
            self.visit(n["property"])

    def v_PrivateIdentifier(self, n):
        """`#x` in `o.#x` / `#x in o`: resolves to the enclosing class's private name binding."""
        ident = {"name": "#" + n["name"], "start": n["start"]}
        self.resolve(ident)
        self.info.refs[id(n)] = self.info.refs.pop(id(ident))

    def v_Property(self, n):
        if n["computed"]:
            self.visit(n["key"])
        self.visit(n["value"])

    def v_MethodDefinition(self, n):
        if n["computed"]:
            self.visit(n["key"])
        self.visit(n["value"])

    def v_PropertyDefinition(self, n):
        if n["computed"]:
            self.visit(n["key"])
        if n.get("value") is not None:
            # a field initializer runs like a method body
            s = self.push("function", n)
            s.uses_this = True
            self.visit(n["value"])
            self.pop()

    def v_LabeledStatement(self, n):
        self.visit(n["body"])

    def v_BreakStatement(self, n):
        pass

    v_ContinueStatement = v_BreakStatement

    def v_MetaProperty(self, n):
        pass

    def v_BlockStatement(self, n):
        s = self.push("block", n)
        self.declare_lexical(n["body"], s)
        for st in n["body"]:
            self.visit(st)
        self.pop()

    def v_StaticBlock(self, n):
        s = self.push("function", n)
        self.hoist_vars(n["body"], s)
        self.declare_lexical(n["body"], s, top=True)
        for st in n["body"]:
            self.visit(st)
        self.pop()

    def v_SwitchStatement(self, n):
        self.visit(n["discriminant"])
        s = self.push("switch", n)
        for c in n["cases"]:
            self.declare_lexical(c["consequent"], s)
        for c in n["cases"]:
            self.visit(c.get("test"))
            for st in c["consequent"]:
                self.visit(st)
        self.pop()

    def v_ForStatement(self, n):
        init = n.get("init")
        if init is not None and init["type"] == "VariableDeclaration" and init["kind"] != "var":
            s = self.push("for", n)
            self.declare_lexical([init], s)
            self.visit(init)
            self.visit(n.get("test"))
            self.visit(n.get("update"))
            self.visit(n["body"])
            self.pop()
        else:
            self.visit(init)
            self.visit(n.get("test"))
            self.visit(n.get("update"))
            self.visit(n["body"])

    def v_ForInStatement(self, n):
        left = n["left"]
        self.visit(n["right"])
        if left["type"] == "VariableDeclaration" and left["kind"] != "var":
            s = self.push("for", n)
            self.declare_lexical([left], s)
            for d in left["declarations"]:
                for ident in pattern_names(d["id"], []):
                    s.bindings[ident["name"]].decl_end = -1   # initialized before the body runs
            self.visit(left)
            self.visit(n["body"])
            self.pop()
        else:
            self.visit(left)
            self.visit(n["body"])

    v_ForOfStatement = v_ForInStatement

    def v_VariableDeclarator(self, n):
        for ident in pattern_names(n["id"], []):
            self.resolve(ident, declaration=True)
        self.visit_pattern_exprs(n["id"])
        self.visit(n.get("init"))

    def visit_pattern_exprs(self, p):
        """Visit the expressions inside a binding pattern (defaults, computed keys)."""
        t = p["type"]
        if t == "ObjectPattern":
            for prop in p["properties"]:
                if prop["type"] == "RestElement":
                    self.visit_pattern_exprs(prop["argument"])
                else:
                    if prop["computed"]:
                        self.visit(prop["key"])
                    self.visit_pattern_exprs(prop["value"])
        elif t == "ArrayPattern":
            for el in p["elements"]:
                if el is not None:
                    self.visit_pattern_exprs(el)
        elif t == "RestElement":
            self.visit_pattern_exprs(p["argument"])
        elif t == "AssignmentPattern":
            self.visit_pattern_exprs(p["left"])
            self.visit(p["right"])
        elif t != "Identifier":
            self.visit(p)    # a member expression target in an assignment pattern

    def v_CatchClause(self, n):
        s = self.push("catch", n)
        if n.get("param") is not None:
            for ident in pattern_names(n["param"], []):
                s.declare(ident["name"], "catch")
                self.resolve(ident, declaration=True)
            self.visit_pattern_exprs(n["param"])
        body = n["body"]
        self.info.scopes[id(body)] = s
        self.declare_lexical(body["body"], s)
        for st in body["body"]:
            self.visit(st)
        self.pop()

    def v_ClassDeclaration(self, n):
        if n.get("id") is not None:
            self.resolve(n["id"], declaration=True)
        self.class_body(n)

    def v_ClassExpression(self, n):
        self.class_body(n)

    def class_body(self, n):
        if n.get("superClass") is not None:
            self.visit(n["superClass"])
        s = self.push("class", n, strict=True)
        if n.get("id") is not None:
            s.declare(n["id"]["name"], "const", -1)   # the inner binding (initialized by the compiler)
        for el in n["body"]["body"]:
            key = el.get("key")
            if key is not None and key["type"] == "PrivateIdentifier":
                s.declare("#" + key["name"], "private")
        for el in n["body"]["body"]:
            self.visit(el)
        self.pop()

    def function(self, n):
        s = self.push("function", n)
        body = n["body"]
        if body["type"] == "BlockStatement" and _has_use_strict(body["body"]):
            s.strict = True
        s.is_arrow = n["type"] == "ArrowFunctionExpression"
        for p in n["params"]:
            for ident in pattern_names(p, []):
                s.declare(ident["name"], "param")
        if n["type"] == "FunctionExpression" and n.get("id") is not None:
            if n["id"]["name"] not in s.bindings:
                s.declare(n["id"]["name"], "callee")
                self.resolve(n["id"], declaration=True)
        if body["type"] == "BlockStatement":
            self.info.scopes[id(body)] = s
            self.hoist_vars(body["body"], s)
            self.declare_lexical(body["body"], s, top=True)
        for p in n["params"]:
            for ident in pattern_names(p, []):
                self.resolve(ident, declaration=True)
            self.visit_pattern_exprs(p)
        if body["type"] == "BlockStatement":
            for st in body["body"]:
                self.visit(st)
        else:
            self.visit(body)
        self.pop()
        if s.is_arrow and (s.uses_this or s.uses_arguments):
            # arrows see the enclosing function's this / arguments
            outer = s.parent.func
            outer.uses_this = outer.uses_this or s.uses_this

    def v_FunctionDeclaration(self, n):
        if n.get("id") is not None:
            self.resolve(n["id"], declaration=True)
        self.function(n)

    def v_FunctionExpression(self, n):
        self.function(n)

    v_ArrowFunctionExpression = v_FunctionExpression


def _layout(root: Scope):
    """Assign frame slots and cells to every binding, function by function."""
    stack = [root]
    while stack:
        s = stack.pop()
        stack.extend(s.children)
        f = s.func
        if s.kind == "script":
            for b in s.order:
                b.location = "global"
            continue
        if s.kind == "function" and s.node.get("params") is not None:
            # argument slots come first: formal parameter i arrives in local i
            f.nlocals = max(f.nlocals, len(s.node["params"]))
            f.local_names[:0] = [_param_label(p) for p in s.node["params"]]
        params = {}
        if s.kind == "function" and s.node.get("params") is not None:
            for i, p in enumerate(s.node["params"]):
                if p["type"] == "Identifier":
                    params[p["name"]] = i
        for b in s.order:
            if b.kind == "param" and not b.captured and b.name in params:
                b.location = "local"
                b.index = params[b.name]
                f.local_names[b.index] = b.name
                continue
            if b.captured:
                b.location = "cell"
                b.index = f.ncells
                f.ncells += 1
                f.cell_names.append(b.name)
            else:
                b.location = "local"
                b.index = f.nlocals
                f.nlocals += 1
                f.local_names.append(b.name)


def _param_label(p):
    if p["type"] == "Identifier":
        return "arg:" + p["name"]
    return "arg"
