"""Annex B.3.3 pre-pass of scope analysis (syntax/scope.py): which sloppy-mode block
function declarations also get a function-level `var`, decided at function entry so
that references appearing before the block resolve to that var.  The var is assigned
when the declaration itself is evaluated (compiler/statements.py)."""

from __future__ import annotations


def annexb_prepass(body, fscope):
    """Annex B.3.3: declare, at function (or script) entry, the var of every sloppy block
    function that no enclosing block's lexical declaration blocks -- references that
    come before the block must already resolve to it."""
    from jskernel.engine.syntax.scope import pattern_names
    if fscope.strict:
        return
    top_lex = {n for n, b in fscope.bindings.items() if b.is_lexical or b.kind == "param"}
    if fscope.kind == "block":      # the body var scope of a function with parameter expressions
        top_lex |= {n for n, b in fscope.parent.bindings.items() if b.kind == "param"}

    def lexical_names(stmts):
        out = set()
        for st in stmts:
            while st["type"] == "LabeledStatement":
                st = st["body"]
            t = st["type"]
            if t == "VariableDeclaration" and st["kind"] != "var":
                for d in st["declarations"]:
                    out.update(i["name"] for i in pattern_names(d["id"], []))
            elif t in ("ClassDeclaration", "FunctionDeclaration") and st.get("id"):
                out.add(st["id"]["name"])
        return out

    def walk(stmts, blocked, nested):
        inner = blocked | lexical_names(stmts) if nested else blocked
        for st in stmts:
            while st["type"] == "LabeledStatement":
                st = st["body"]
            t = st["type"]
            if t == "FunctionDeclaration" and nested:
                name = st["id"]["name"]
                if not st.get("generator") and not st.get("async") and name not in blocked \
                        and name not in top_lex \
                        and not (name == "arguments" and fscope.func.kind == "function"):
                    fscope.declare(name, "var")
            elif t == "BlockStatement":
                walk(st["body"], inner, True)
            elif t == "IfStatement":
                for k in ("consequent", "alternate"):
                    if st.get(k) is not None:
                        walk([st[k]], inner, True)
            elif t in ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                       "DoWhileStatement", "WithStatement"):
                head = st.get("init") or st.get("left")
                extra = set()
                if head is not None and head["type"] == "VariableDeclaration" and head["kind"] != "var":
                    extra = lexical_names([head])
                walk([st["body"]], inner | extra, st["body"]["type"] != "BlockStatement" and nested)
            elif t == "SwitchStatement":
                cons = [c2 for c in st["cases"] for c2 in c["consequent"]]
                walk(cons, inner, True)
            elif t == "TryStatement":
                walk(st["block"]["body"], inner, True)
                if st.get("handler") is not None:
                    param = st["handler"].get("param")
                    extra = set()
                    if param is not None and param["type"] != "Identifier":
                        # B.3.4: only a simple catch parameter may be redeclared by a var
                        extra = {i["name"] for i in pattern_names(param, [])}
                    walk(st["handler"]["body"]["body"], inner | extra, True)
                if st.get("finalizer") is not None:
                    walk(st["finalizer"]["body"], inner, True)

    walk(body, set(), False)
