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

Dynamic scopes (`with`, sloppy direct eval).  Only functions that contain them pay:

  * a `with` statement opens a scope of kind ``with`` holding one hidden binding
    ``%with`` (its object environment record, runtime/environments.py);
  * a function (or script) whose code contains a sloppy direct ``eval(...)`` gets a
    hidden binding ``%vars``: the declarative record that receives the var and
    function declarations of the eval code (sec-evaldeclarationinstantiation step 8);
    the script's record is the global object itself, so no hidden binding there;
  * a reference that crosses such a scope before reaching its binding carries
    `Ref.dyn`: the hidden bindings to consult first, innermost first; the compiler
    emits ENV_HAS / ENV_GET / ENV_SET checks ahead of the static access;
  * at a direct eval call site every binding visible from it is captured (a cell), so
    the eval code -- analysed later, at run time, by `analyze_eval` against synthetic
    ``outer`` scopes describing the call site (`EvalSite`) -- can reach them.

Annex B.3.3 (sloppy block functions also assign a function-level var) is applied
when no lexical binding of the function scope conflicts.
"""

from __future__ import annotations

from jskernel.engine.syntax.estree import FUNCTION_NODES, child_nodes
from jskernel.engine.syntax.scope_modules import ModuleVisitors, capture_module_bindings, declare_module_bindings

LEXICAL = ("let", "const", "class")
FUNC_KINDS = ("script", "module", "function", "eval", "outerfunc")


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

    __slots__ = ("binding", "name", "checked", "dyn")

    def __init__(self, binding, name, checked, dyn=None):
        self.binding = binding      # None: global lookup by name
        self.name = name
        self.checked = checked      # TDZ check required
        self.dyn = dyn              # Refs of %with / %vars hidden bindings to consult first (or None)

    @property
    def location(self):
        return "global" if self.binding is None else self.binding.location


class Scope:
    __slots__ = ("kind", "node", "parent", "func", "bindings", "strict", "children",
                 "uses_this", "uses_arguments", "functions", "order", "ncells", "nlocals",
                 "cell_names", "local_names", "freevars", "free_map", "is_arrow", "annexb",
                 "dynamic", "has_eval", "varscope", "param_tdz")

    def __init__(self, kind, node, parent, strict=False):
        self.kind = kind            # script | module | function | block | catch | for | switch | class
        self.node = node
        self.parent = parent
        self.func = self if kind in FUNC_KINDS else parent.func
        self.bindings: dict[str, Binding] = {}
        self.strict = strict
        self.children = []
        self.functions = []          # function declarations hoisted to this scope's entry
        self.order = []              # bindings in declaration order
        self.uses_this = False
        self.uses_arguments = False
        self.is_arrow = False
        self.annexb = None           # sloppy block functions: name -> var binding (Annex B.3.3)
        self.dynamic = None          # with scopes / functions with sloppy eval: the hidden binding
        self.has_eval = False        # contains a direct eval call (in its own code)
        self.varscope = None         # functions whose parameters have expressions: the body's var scope
        self.param_tdz = False       # parameters are initialised in order, with a TDZ
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
        self.eval_sites: dict[int, Scope] = {}   # direct eval CallExpression -> its scope
        self.eval_funcs: set[int] = set()        # var-scope nodes containing direct eval
        self.method_nodes: set[int] = set()      # function nodes that are methods (super.x allowed)
        self.outer_site = None                   # eval code: the EvalSite it was called from
        self.annexb: dict[int, tuple] = {}       # block FunctionDeclaration -> (block binding, var binding)
        self.eval_annexb_names: list[str] = []   # sloppy eval code: Annex B.3.5 var names

    def ref(self, ident) -> Ref:
        return self.refs[id(ident)]

    def scope(self, node) -> Scope | None:
        return self.scopes.get(id(node))


def analyze(program: dict, *, module: bool = False, strict: bool = False) -> ScopeInfo:
    """`strict`: analyse script code as strict even without a directive (a notebook
    cell: script-level bindings, module-goal strictness; engine/host/cells.py)."""
    info = ScopeInfo()
    _find_eval(program, info.eval_funcs)
    a = _Analyzer(info)
    a.program(program, module, strict)
    _layout(info.root)
    return info


def analyze_eval(program: dict, outer: "Scope | None", strict: bool) -> ScopeInfo:
    """Scope analysis of eval code (sec-performeval).  `outer` is the innermost synthetic
    scope describing the caller's environment (None: global code, e.g. indirect eval).
    Strict eval code gets its own var scope; sloppy eval code's var and function
    declarations are not declared here -- they resolve outward, to the caller's variable
    environment (a static binding, its %vars record, or the global object)."""
    info = ScopeInfo()
    _find_eval(program, info.eval_funcs)
    a = _Analyzer(info)
    a.eval_program(program, outer, strict)
    _layout(info.root)
    return info


def _is_direct_eval(n) -> bool:
    c = n.get("callee")
    return (c is not None and c["type"] == "Identifier" and c["name"] == "eval"
            and not n.get("optional"))


def _find_eval(program, out):
    """Record the var-scope nodes (functions, the program) whose own code calls `eval(...)`
    directly; `with` needs no pre-pass (its scope is known when it is entered)."""
    stack = [(program, program)]
    while stack:
        n, owner = stack.pop()
        t = n.get("type")
        if t in FUNCTION_NODES or t == "StaticBlock":
            owner = n
        elif t == "CallExpression" and _is_direct_eval(n):
            out.add(id(owner))
        stack.extend((c, owner) for c in child_nodes(n))


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


class _Analyzer(ModuleVisitors):
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

    def eval_program(self, node, outer, strict):
        strict = strict or _has_use_strict(node["body"])
        s = Scope("eval", node, outer, strict)
        self.info.scopes[id(node)] = s
        self.info.root = s
        self.scope = s
        if strict:
            self.hoist_vars(node["body"], s)
            self.declare_lexical(node["body"], s, top=True)
        else:
            # var / function declarations belong to the caller's variable environment
            self.declare_lexical([st for st in node["body"] if st["type"] != "FunctionDeclaration"], s, top=True)
            s.functions = [st for st in node["body"] if st["type"] == "FunctionDeclaration"]
        if id(node) in self.info.eval_funcs and not strict:
            # nested sloppy eval inside eval code declares into the same variable environment
            pass
        for st in node["body"]:
            self.visit(st)

    def program(self, node, module, strict=False):
        strict = strict or module or _has_use_strict(node["body"])
        s = Scope("module" if module else "script", node, None, strict)
        self.info.scopes[id(node)] = s
        self.info.root = s
        self.scope = s
        self.hoist_vars(node["body"], s)
        self.declare_lexical(node["body"], s, top=True)
        if module:
            declare_module_bindings(s, node["body"])
        for st in node["body"]:
            self.visit(st)
        if module:
            capture_module_bindings(s)

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
            stack.extend(reversed(list(child_nodes(n))))     # popped in source order

    def declare_lexical(self, body, scope, top=False):
        for st in body:
            while st["type"] == "LabeledStatement":
                st = st["body"]        # sloppy `l: function f() {}` declares f
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
                    # Annex B.3.3: a sloppy-mode block function is also a var of the function,
                    # assigned when the declaration is evaluated -- unless that var would
                    # conflict with a lexical declaration (or a parameter) on the way
                    f = self.var_scope(scope)
                    if f.kind == "eval" and not f.strict:
                        # Annex B.3.5: sloppy eval code's block functions become vars of the
                        # caller's variable environment, like its other var declarations --
                        # skipped when `var F` would be an early error, or (B.3.2.3 step
                        # ii.4) a declarative environment up to that var environment binds F
                        if self.annexb_blocked(scope, f, name) or f.bindings.get(name) is not None:
                            continue
                        o = f.parent
                        while o is not None and o.kind == "outer":
                            if o.bindings.get(name) is not None and o.bindings[name].kind != "catch":
                                break       # (B.3.4: a catch parameter does not count)
                            o = o.parent
                        if o is not None and (o.kind == "outer" or (
                                o.kind == "outerfunc" and o.bindings.get(name) is not None
                                and o.bindings[name].is_lexical)):
                            continue        # (a function's top-level lexical environment too)
                        # the var is set in the variable environment itself (B.3.2.3
                        # step ii.7.b: genv.SetMutableBinding), past any catch parameter
                        saved, self.scope = self.scope, (o if o is not None else f)
                        ident = {"name": name, "start": -1}
                        self.resolve(ident)
                        self.scope = saved
                        self.info.annexb[id(st)] = (scope.bindings[name], self.info.refs.pop(id(ident)))
                        self.info.eval_annexb_names.append(name)
                        continue
                    existing = f.bindings.get(name)
                    blocked = self.annexb_blocked(scope, f, name) or (
                        name == "arguments" and f.func.kind == "function")   # B.3.2.1
                    if f.kind == "block":
                        pb = f.parent.bindings.get(name)
                        blocked = blocked or (pb is not None and pb.kind == "param")
                    if not blocked and (existing is None or existing.kind in ("var", "function")):
                        if scope.annexb is None:
                            scope.annexb = {}
                        var = existing or f.declare(name, "var")
                        scope.annexb[name] = var
                        self.info.annexb[id(st)] = (scope.bindings[name], var)
            elif t in ("ExportNamedDeclaration", "ExportDefaultDeclaration") and st.get("declaration"):
                self.declare_lexical([st["declaration"]], scope, top)

    @staticmethod
    def var_scope(scope):
        """The scope holding the var declarations of `scope`'s function (its body scope when
        the parameters have expressions)."""
        f = scope.func
        return f.varscope if f.varscope is not None else f

    def annexb_blocked(self, scope, f, name):
        """Annex B.3.2: would replacing block function `name` (declared in `scope`) with
        `var name` be an early error -- a lexical declaration (let/const/class, or a block
        function) or a destructuring catch parameter (B.3.4) between `scope` and `f`?"""
        for sc in self.scopes_between(scope, f):
            b = sc.bindings.get(name)
            if b is None:
                continue
            if b.is_lexical or b.kind == "function":
                return True
            if b.kind == "catch" and sc.node.get("param", {}).get("type") != "Identifier":
                return True
        return False

    @staticmethod
    def scopes_between(inner, outer):
        s = inner.parent
        while s is not None and s is not outer:
            yield s
            s = s.parent

    def v_IfStatement(self, n):
        """Annex B.3.4: `if (x) function f() {}` in sloppy code is a block of its own."""
        for k in ("consequent", "alternate"):
            st = n.get(k)
            if st is not None and st["type"] == "FunctionDeclaration":
                n[k] = {"type": "BlockStatement", "start": st["start"], "end": st["end"], "body": [st]}
        self.visit(n["test"])
        self.visit(n["consequent"])
        self.visit(n.get("alternate"))

    # -- references -------------------------------------------------------------------------
    def resolve(self, ident, *, declaration=False):
        name = ident["name"]
        s = self.scope
        func = s.func
        crossed = False
        dyn = None
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
            if s.dynamic is not None and name[0] not in "%#":
                if dyn is None:
                    dyn = []
                dyn.append(s.dynamic)
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
            elif b.kind == "param" and b.scope.param_tdz and not declaration and ident["start"] < b.decl_end:
                checked = True      # a parameter expression reading a later parameter
            elif b.kind == "import":
                checked = True      # the exporter may not have initialised it yet (module cycles)
            if checked:
                b.checked_refs += 1
        del crossed
        if dyn is not None:
            dyn = tuple(self.hidden_ref(h) for h in dyn)
        self.info.refs[id(ident)] = Ref(b, name, checked, dyn)

    def hidden_ref(self, b):
        """A reference from the current scope to a hidden %with / %vars binding."""
        if b.scope.func is not self.scope.func:
            b.captured = True
        return Ref(b, b.name, False)

    def visit(self, n):
        if n is None:
            return
        t = n["type"]
        m = getattr(self, "v_" + t, None)
        if m is not None:
            m(n)
            return
        for c in child_nodes(n):
            self.visit(c)

    def v_Identifier(self, n):
        self.resolve(n)

    def v_CallExpression(self, n):
        if _is_direct_eval(n):
            self.eval_site(n)
        self.visit(n["callee"])
        for a in n["arguments"]:
            self.visit(a)

    def eval_site(self, n):
        """A direct eval call: everything visible from here must be reachable by name."""
        self.info.eval_sites[id(n)] = self.scope
        s = self.scope
        s.func.has_eval = True
        s.func.uses_this = True
        # the nearest non-arrow function's `arguments` is visible to the eval code
        f = s.func
        while f is not None and f.kind == "function" and f.is_arrow:
            f = f.parent.func if f.parent is not None else None
        if f is not None and f.kind == "function" and f.node.get("params") is not None \
                and "arguments" not in f.bindings:
            f.declare("arguments", "arguments")
            f.uses_arguments = True
        while s is not None and s.kind not in ("script", "module"):
            for b in s.bindings.values():
                b.captured = True
            s = s.parent

    def v_WithStatement(self, n):
        self.visit(n["object"])
        s = self.push("with", n)
        s.dynamic = s.declare("%with", "with")
        self.visit(n["body"])
        self.pop()

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
        if n.get("method") or n.get("kind") in ("get", "set"):
            self.info.method_nodes.add(id(n["value"]))
        if n["computed"]:
            self.visit(n["key"])
        self.visit(n["value"])

    def v_MethodDefinition(self, n):
        self.info.method_nodes.add(id(n["value"]))
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
        if left["type"] == "VariableDeclaration" and left["kind"] != "var":
            # sec-runtime-semantics-forin-div-ofheadevaluation-tdznames-expr-iterationkind
            tdz = self.push("block", left)      # keyed by the declaration: never a scope otherwise
            for d in left["declarations"]:
                for ident in pattern_names(d["id"], []):
                    tdz.declare(ident["name"], "let", 1 << 60)
            self.visit(n["right"])
            self.pop()
        else:
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
        heritage = n.get("superClass")
        s = self.push("class", n, strict=True)
        if n.get("id") is not None:
            # the inner binding (initialized by the compiler), in its TDZ while the heritage runs
            s.declare(n["id"]["name"], "const", heritage["end"] if heritage is not None else -1)
        if heritage is not None:
            # sec-runtime-semantics-classdefinitionevaluation step 8.a: ClassHeritage is
            # evaluated in the class scope (before the class's private names exist)
            self.visit(heritage)
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
        param_exprs = any(p["type"] != "Identifier" for p in n["params"])
        for p in n["params"]:
            for ident in pattern_names(p, []):
                s.declare(ident["name"], "param", p["end"] if param_exprs else -1)
        s.param_tdz = param_exprs
        vs = s
        if param_exprs and body["type"] == "BlockStatement":
            # sec-functiondeclarationinstantiation step 28: a separate var environment, so
            # parameter expressions cannot see the body's declarations
            vs = s.varscope = Scope("block", body, s, s.strict)
        if body["type"] == "BlockStatement":
            self.info.scopes[id(body)] = s
            self.scope = vs
            self.hoist_vars(body["body"], vs)
            self.declare_lexical(body["body"], vs, top=True)
            annexb_prepass(body["body"], vs)
            self.scope = s
        if n["type"] == "FunctionExpression" and n.get("id") is not None:
            # the name binding sits outside the function's own scope: any parameter, var,
            # function or lexical declaration of the same name shadows it
            if n["id"]["name"] not in s.bindings and n["id"]["name"] not in vs.bindings:
                s.declare(n["id"]["name"], "callee")
                self.resolve(n["id"], declaration=True)
        if id(n) in self.info.eval_funcs and not s.strict:
            s.dynamic = s.declare("%vars", "vars")
        for p in n["params"]:
            for ident in pattern_names(p, []):
                self.resolve(ident, declaration=True)
            self.visit_pattern_exprs(p)
        if body["type"] == "BlockStatement":
            self.scope = vs
            for st in body["body"]:
                self.visit(st)
            self.scope = s
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
            if b.kind == "param" and not b.captured and b.name in params and not b.checked_refs:
                # (a parameter read by an earlier parameter's initializer gets its own slot,
                # in TDZ until the prologue copies the argument in)
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


from jskernel.engine.syntax.scope_annexb import annexb_prepass  # noqa: E402
