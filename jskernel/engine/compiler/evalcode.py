"""Compiling direct eval call sites, eval code and the dynamic-reference helpers.

Owns:
  * `EvalSite`: the static description of a direct `eval(...)` call site -- every
    binding visible there (all captured, so each has a cell index in the calling
    frame), the `with` / `%vars` records on the way, strictness and what `new.target` /
    `super` may appear -- stored as the CALL_EVAL constant;
  * `EvalCompiler` (mixed into FunctionCompiler): `compile_direct_eval`, `typeof` /
    `delete` of dynamically resolved names, the `with` statement;
  * `compile_eval_code`: PerformEval's parse + EvalDeclarationInstantiation + compile
    for a site (or for indirect eval: site None), against synthetic scopes rebuilt
    from the site (syntax/scope.py `analyze_eval`).

Running eval code (CALL_EVAL, %eval%, the Function constructor) is vm/handlers_env.py.
"""

from __future__ import annotations

from jskernel.engine.bytecode.code import SourceInfo
from jskernel.engine.syntax.scope import LEXICAL, Ref, Scope, analyze_eval, pattern_names

EVAL_FILENAME = "<anonymous>"


class ScopeDesc:
    """One scope of the chain visible from an eval call site."""

    __slots__ = ("is_func", "bindings", "dynamic", "is_arrow", "strict")

    def __init__(self, is_func, bindings, dynamic, is_arrow, strict):
        self.is_func = is_func          # a var scope (function / static block / field initializer)
        self.bindings = bindings        # [(name, kind, cell index in the calling frame)]
        self.dynamic = dynamic          # name of the hidden record binding (%with / %vars) or None
        self.is_arrow = is_arrow
        self.strict = strict


class EvalSite:
    """The CALL_EVAL constant: what eval code called from here may see."""

    __slots__ = ("chain", "strict", "new_target", "super_prop", "cache", "private_names", "param_names",
                 "field_init")

    def __init__(self, chain, strict, new_target, super_prop, private_names=None):
        self.chain = chain              # [ScopeDesc], innermost first (script scope excluded)
        self.strict = strict
        self.new_target = new_target    # `new.target` allowed in the eval code
        self.super_prop = super_prop    # `super.x` allowed
        self.cache = {}                 # source text -> CodeObject
        self.private_names = private_names  # names (without '#') of enclosing class bodies, or None
        self.param_names = ()           # called from parameter expressions: the parameter environment's names
        self.field_init = False         # inside a class field initializer (`arguments` is an early error)

    def __repr__(self):
        names = [b[0] for d in self.chain for b in d.bindings]
        return f"<eval site {' '.join(names)}>"


class _SiteParent:
    """Stands in for the calling function's compiler: a synthetic binding's cell index
    *is* its index in the calling frame (CALL_EVAL copies those cells)."""

    def cell_index(self, b):
        return b.index


class EvalCompiler:
    # -- direct eval call sites -------------------------------------------------------------------
    def compile_direct_eval(self, n):
        """`eval(args)` with callee and this already pushed: pack the arguments, CALL_EVAL."""
        asm = self.asm
        self.compile_spread_args(n["arguments"])
        self.at(n)
        pc = asm.call_eval(asm.const(self.eval_site(n)))
        if pc is not None and pc >= 0:
            self.code.call_names[pc] = "eval"

    def eval_site(self, n) -> EvalSite:
        scope = self.info.eval_sites[id(n)]
        chain = []
        s = scope
        new_target = super_prop = field_init = False
        seen_func = False
        private_names = None
        while s is not None and s.kind not in ("script", "module"):
            is_func = s.kind in ("function", "outerfunc") or (s.kind == "eval" and s.strict)
            bindings = []
            if s.kind == "class":
                if private_names is None:
                    private_names = []
                private_names += [b.name[1:] for b in s.order if b.name[0] == "#"]
            for b in s.order:
                if b.location == "cell":
                    bindings.append((b.name, b.kind, self.cell_index(b)))
            dyn = s.dynamic.name if s.dynamic is not None else None
            chain.append(ScopeDesc(is_func, bindings, dyn, s.is_arrow, s.strict))
            if not seen_func and s.kind == "function" and not s.is_arrow:
                seen_func = True
                new_target = True
                super_prop = id(s.node) in self.info.method_nodes or s.node.get("type") in (
                    "PropertyDefinition", "StaticBlock")
                field_init = s.node.get("type") == "PropertyDefinition"
            elif not seen_func and s.kind == "eval" and self.info.outer_site is not None:
                # eval code inside eval code inherits what its own call site allowed
                seen_func = True
                new_target = self.info.outer_site.new_target
                super_prop = self.info.outer_site.super_prop
                field_init = self.info.outer_site.field_init
            s = s.parent
        if private_names is None and self.info.outer_site is not None:
            private_names = self.info.outer_site.private_names
        elif private_names is not None and self.info.outer_site is not None \
                and self.info.outer_site.private_names:
            private_names += self.info.outer_site.private_names
        site = EvalSite(chain, self.scope.strict or scope.strict, new_target, super_prop, private_names)
        site.field_init = field_init
        # eval in a function's parameter expressions: its vars may not redeclare the
        # parameters or the arguments object (they share the parameter environment)
        if scope.kind == "function" and any(p["start"] <= n["start"] < p["end"]
                                            for p in scope.node.get("params") or ()):
            site.param_names = tuple(b.name for b in scope.order if b.kind in ("param", "arguments"))
        return site

    # -- dynamically resolved typeof / delete --------------------------------------------------------
    def typeof_dyn(self, ref):
        asm = self.asm
        name = asm.const(ref.name)

        def static():
            b = ref.binding
            if b is None or b.location == "global":
                asm.typeof_global(name)
            else:
                self.load_ref(self.static_ref(ref))
                asm.typeof()

        def found():
            asm.env_get(name)
            asm.typeof()
        self.dyn_access(ref, found, static)

    def delete_dyn(self, ref):
        asm = self.asm
        name = asm.const(ref.name)

        def static():
            b = ref.binding
            if b is None or b.location == "global":
                asm.delete_global(name)
            else:
                asm.push_false()
        self.dyn_access(ref, lambda: asm.env_delete(name), static)

    # -- with -------------------------------------------------------------------------------------
    def s_WithStatement(self, n):
        """sec-with-statement-runtime-semantics-evaluation."""
        asm = self.asm
        self.compile_expr(n["object"])
        self.at(n)
        asm.new_with_env()
        scope = self.info.scope(n)
        self.enter_scope(scope)
        self.store_ref(self.binding_ref(scope.bindings["%with"]), init=True)
        if self.completion is not None:
            # UpdateEmpty(C, undefined)
            asm.push_undefined()
            asm.store_local(self.completion)
        self.compile_statement(n["body"])


def _build_outer(site: EvalSite):
    """Synthetic scopes mirroring the call site, outermost first; returns the innermost."""
    root = Scope("script", {"type": "Program"}, None, False)    # stands for the global scope
    parent = root
    for desc in reversed(site.chain):
        s = Scope("outerfunc" if desc.is_func else "outer", {"type": "Outer"}, parent, desc.strict)
        s.is_arrow = desc.is_arrow
        for name, kind, idx in desc.bindings:
            b = s.declare(name, kind)
            b.location = "cell"
            b.index = idx
            b.captured = True
        if desc.dynamic is not None:
            s.dynamic = s.bindings[desc.dynamic]
        parent = s
    return parent


def _var_declared_names(body):
    """VarDeclaredNames of eval code's top level: (var names, function declarations)."""
    from jskernel.engine.syntax.scope import _Analyzer, ScopeInfo
    tmp = Scope("eval", {"type": "Program"}, None, False)
    _Analyzer(ScopeInfo()).hoist_vars(body, tmp)
    fns = [st for st in body if st["type"] == "FunctionDeclaration"]
    return [b.name for b in tmp.order], fns


def compile_eval_code(text: str, site: EvalSite | None, *, program=None):
    """Parse and compile eval code (sec-performeval steps 4-12, and the static part of
    sec-evaldeclarationinstantiation).  Raises JSSyntaxError (the caller turns it into a
    JS SyntaxError)."""
    from jskernel.engine.compiler.core import CompileError
    from jskernel.engine.compiler.function import FunctionCompiler
    from jskernel.engine.syntax import parse
    from jskernel.engine.syntax.parser.scope import SCOPE_CLASS_FIELD_INIT, SCOPE_EVAL_NEW_TARGET, SCOPE_SUPER
    strict = site.strict if site is not None else False
    flags = 0
    if site is not None:
        if site.new_target:
            flags |= SCOPE_EVAL_NEW_TARGET
        if site.super_prop:
            flags |= SCOPE_SUPER
        if site.field_init:
            # sec-performeval-rules-in-initializer: ContainsArguments is a SyntaxError
            flags |= SCOPE_CLASS_FIELD_INIT
    if program is None:
        program = parse(text, locations=False, filename=EVAL_FILENAME, strict=strict, top_flags=flags,
                        private_names=site.private_names if site is not None else None)
    source = SourceInfo(text, EVAL_FILENAME)
    outer = _build_outer(site) if site is not None else None
    info = analyze_eval(program, outer, strict)
    info.outer_site = site
    root = info.root
    fc = FunctionCompiler(info, source, root, _SiteParent(), "eval", "eval", program)
    asm = fc.asm
    asm.pos = program["start"]
    fc.completion = fc.new_temp("completion")
    if not root.strict:
        # sec-evaldeclarationinstantiation: var names go to the caller's variable environment
        var_names, fns = _var_declared_names(program["body"])
        var_names += [n for n in info.eval_annexb_names if n not in var_names]
        names = list(dict.fromkeys(var_names + [f["id"]["name"] for f in fns]))
        var_scope = outer
        while var_scope is not None and var_scope.kind != "outerfunc":
            var_scope = var_scope.parent
        is_global = var_scope is None
        for name in (site.param_names if site is not None else ()):
            if name in names:
                # sloppy eval in parameter expressions: a var may not redeclare a parameter
                # or `arguments` (sec-evaldeclarationinstantiation step 3)
                raise CompileError(f"Identifier '{name}' has already been declared", pos=0, line=1,
                                   column=1, source=text, filename=EVAL_FILENAME)
        # steps 3.a / 5: a var may not hoist over a lexical declaration of the same name in
        # the environments between the eval code and its variable environment
        s = outer
        while s is not None:
            for name in names:
                b = s.bindings.get(name)
                if b is not None and b.kind in LEXICAL:
                    raise CompileError(f"Identifier '{name}' has already been declared", pos=0, line=1,
                                       column=1, source=text, filename=EVAL_FILENAME)
            if s is var_scope:
                break
            s = s.parent
        if is_global:
            asm.push_undefined()
            asm.declare_eval_vars(asm.const((True, tuple(var_names), tuple(f["id"]["name"] for f in fns))))
        else:
            missing = tuple(n for n in names if n not in var_scope.bindings)
            vars_b = var_scope.bindings.get("%vars")
            if missing and vars_b is not None:
                fc.load_ref(Ref(vars_b, "%vars", False))
                asm.declare_eval_vars(asm.const((False, missing, ())))
    fc.enter_scope(root)
    fc.compile_statements(program["body"])
    asm.load_local(fc.completion)
    asm.return_()
    code = fc.finish()
    code.strict = root.strict
    return code


__all__ = ["EvalSite", "EvalCompiler", "compile_eval_code", "pattern_names"]
