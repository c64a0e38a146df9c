"""Notebook cells in REPL mode: `Engine.evaluate_cell` and the rules it follows.

Owns how one cell of a notebook (or a console entry) is evaluated:

  * the cell is parsed with the module grammar (strict mode, top-level `await`, static
    `import` declarations); an `export` is a SyntaxError pointing at %%module;
  * it is compiled as a *REPL script*: every top-level declaration (var, let, const,
    function, class and import bindings) lives in the realm's global declarative
    record (`realm.global_lex`, not on globalThis), and a later cell may declare any
    of those names again, `const` included: the new declaration replaces the binding
    (`declare_repl_globals`, reached through `Realm.declare_globals(..., repl=True)`);
  * if the cell throws (synchronously, through its top-level await's rejection, or
    because it was interrupted), the bindings it introduced that are still
    uninitialized (TDZ) are rolled back to what they were before the cell, so a
    throwing initializer never leaves a poisoned name;
  * `this` at top level is undefined (module goal); the completion value of the last
    expression statement is the cell's value (script completion semantics);
  * a cell with top-level `await` / `for await` runs as an async body
    (compile_script(top_level_await=True), vm.async_functions.start_async_code): its
    value is the promise of its completion value.  A cell whose completion value is a
    promise or thenable is returned as a promise too; either way the caller awaits it
    (`settle_state`, `wait_cell`, or the kernel's loop in jskernel/kernel_loop.py).

Static imports go through `engine.import_module(specifier, referrer)` (the ES module
loader); the local names are bound to the values at import time (namespace imports to
the namespace object).  Everything about module semantics proper belongs to the
loader, and the event loop (timers) to the host's loop; this module only reads them.
"""

from __future__ import annotations

from jskernel.engine.errors import JSError, JSSyntaxError
from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime.objects import CONFIGURABLE, JSObject, ThrowCompletion
from jskernel.engine.runtime.values import ABSENT, TDZ, UNDEFINED
from jskernel.engine.syntax.estree import contains_top_level_await
from jskernel.engine.text import to_js

EXPORTS = ("ExportNamedDeclaration", "ExportDefaultDeclaration", "ExportAllDeclaration")
EXPORT_IN_CELL = ("Unexpected token 'export': a cell is not a module and cannot export "
                  "(write the module in a %%module cell)")


class ReplState:
    """Per-realm REPL bookkeeping: which global_lex names are var-like (var / function:
    a later `var` keeps their value) and the undo record of the cell being run."""

    def __init__(self):
        self.vars: set[str] = set()
        self.undo: dict = {}          # name -> (old value or ABSENT, was const, was var)
        self.pending = None           # the undo record of a cell still awaiting


def repl_state(realm) -> ReplState:
    st = getattr(realm, "repl", None)
    if st is None:
        st = realm.repl = ReplState()
    return st


# -- declarations ---------------------------------------------------------------------------
def declare_repl_globals(realm, var_names, function_names, lex_names, const_names):
    """GlobalDeclarationInstantiation in REPL mode: nothing conflicts with an earlier
    cell's declaration; each name declared here replaces the old binding in
    `realm.global_lex`.  let / const / class start uninitialized (TDZ), functions are
    stored right after (hoisting), a var keeps its value when the name already is a var
    or function binding.  Only the global object's non-configurable properties
    (undefined, NaN, Infinity, globalThis's own) cannot be declared."""
    lex = realm.global_lex
    g = realm.global_object
    consts = realm.global_consts
    st = repl_state(realm)
    undo = st.undo
    for name in (*lex_names, *function_names, *var_names):
        if name not in lex:
            r = g.lookup_own(name)
            if r is not None and not r[1] & CONFIGURABLE:
                raise ThrowCompletion(None, "SyntaxError", M.ALREADY_DECLARED.format(name))
    for name in (*lex_names, *function_names, *var_names):
        if name not in undo:
            undo[name] = (lex.get(name, ABSENT), name in consts, name in st.vars)
    for name in function_names:
        lex[name] = UNDEFINED          # the hoisted function object is stored next
        consts.discard(name)
        st.vars.add(name)
    for name in var_names:
        if name in function_names:
            continue
        old = lex.get(name, ABSENT)
        if name not in st.vars or old is ABSENT or old is TDZ:
            lex[name] = UNDEFINED
        consts.discard(name)
        st.vars.add(name)
    for name in lex_names:
        lex[name] = TDZ
        consts.discard(name)
        st.vars.discard(name)
    consts.update(const_names)


def rollback(realm, undo) -> list[str]:
    """Undo the declarations of a cell that threw: every name it introduced that is
    still uninitialized gets its previous binding back (or disappears).  A `var` that
    replaced another kind of binding and still holds its initial undefined counts as
    uninitialized too (a brand-new var stays, as hoisting made it in node's REPL).
    Returns the names restored."""
    lex = realm.global_lex
    consts = realm.global_consts
    st = repl_state(realm)
    restored = []
    for name, (old, was_const, was_var) in undo.items():
        now = lex.get(name, ABSENT)
        if now is not TDZ and not (now is UNDEFINED and name in st.vars and not was_var
                                   and old is not ABSENT):
            continue
        if old is ABSENT:
            del lex[name]
        else:
            lex[name] = old
        (consts.add if was_const else consts.discard)(name)
        (st.vars.add if was_var else st.vars.discard)(name)
        restored.append(name)
    undo.clear()
    return restored


def bind_import(realm, name, value):
    """An import binding of a cell: initialized at once, immutable, replaces `name`."""
    st = repl_state(realm)
    lex = realm.global_lex
    if name not in st.undo:
        st.undo[name] = (lex.get(name, ABSENT), name in realm.global_consts, name in st.vars)
    lex[name] = value
    realm.global_consts.add(name)
    st.vars.discard(name)


# -- evaluation -----------------------------------------------------------------------------
def compile_cell(engine, source: str, filename: str):
    """Cell source (engine form) -> (top-level CodeObject, import declarations, uses TLA)."""
    from jskernel.engine.bytecode.code import SourceInfo
    from jskernel.engine.compiler import compile_program
    program = engine.parse(source, module=True, filename=filename)
    body = program["body"]
    for st in body:
        if st["type"] in EXPORTS:
            raise syntax_error(EXPORT_IN_CELL, source, filename, st["start"])
    imports = [st for st in body if st["type"] == "ImportDeclaration"]
    if imports:
        program = dict(program)
        program["body"] = [st for st in body if st["type"] != "ImportDeclaration"]
    tla = contains_top_level_await(program["body"])
    try:
        code = compile_program(program, SourceInfo(source, filename), repl=True,
                               top_level_await=tla)
    except JSSyntaxError:
        raise
    except Exception as e:  # compiler bug
        raise JSError("InternalError", f"compiler failed: {type(e).__name__}: {e}") from e
    return code, imports, tla


def evaluate_cell(engine, source: str, filename: str):
    """Run one cell; returns its completion value, or a promise of it when the cell uses
    top-level await or its value is a promise / thenable (see the module docstring).
    Raises JSSyntaxError before anything runs, JSError when the cell throws
    synchronously; KeyboardInterrupt passes through (bindings rolled back first)."""
    from jskernel.engine.builtins import promise as P
    from jskernel.engine.vm.async_functions import start_async_code
    realm = engine.realm
    vm = engine.vm
    source = to_js(source)
    code, imports, tla = compile_cell(engine, source, filename)
    st = repl_state(realm)
    st.undo = undo = {}
    st.pending = None
    try:
        for decl in imports:
            _run_import(engine, decl, source, filename)
        if tla:
            value = engine.guarded(start_async_code, vm, code, UNDEFINED)
        else:
            value = engine.guarded(vm.run_code, code, UNDEFINED)
            value = engine.guarded(_as_promise, realm, value)
    except BaseException:
        rollback(realm, undo)
        raise
    if P.is_promise(value):
        st.pending = undo

        def settled(_v, undo=undo):
            if st.pending is undo:
                st.pending = None

        def failed(_e, undo=undo):
            settled(_e)
            rollback(realm, undo)
        P.perform_then(realm, value, settled, failed)    # also: its rejection is handled
    engine.run_jobs()
    return value


def cancel_cell(engine) -> list[str]:
    """The cell still awaiting was abandoned (interrupted): roll back its uninitialized
    bindings.  Returns the names restored."""
    st = repl_state(engine.realm)
    undo, st.pending = st.pending, None
    return rollback(engine.realm, undo) if undo is not None else []


def _as_promise(realm, value):
    """A completion value that is a promise stays one; a thenable is followed by a new
    promise (PromiseResolve); anything else is returned as is."""
    from jskernel.engine.builtins import promise as P
    from jskernel.engine.runtime.operations import IsCallable
    if not isinstance(value, JSObject) or P.is_promise(value):
        return value
    then = value.get("then")
    if not IsCallable(then):
        return value
    return P.promise_resolve(realm, realm.intrinsics["%Promise%"], value)


def syntax_error(message, source, filename, pos) -> JSSyntaxError:
    from jskernel.engine.bytecode.code import SourceInfo
    line, col = SourceInfo(source, filename).line_col(pos)
    return JSSyntaxError(message, pos=pos, line=line, column=col, source=source, filename=filename)


def _run_import(engine, decl, source, filename):
    specifier = decl["source"]["value"]
    loader = getattr(engine, "import_module", None)
    if loader is None:
        raise JSError("Error", f"Cannot import '{specifier}': module loading is not available")
    namespace = loader(specifier, None)     # a cell resolves from the loader's base directory
    realm = engine.realm
    for spec in decl["specifiers"]:
        local = spec["local"]["name"]
        if spec["type"] == "ImportNamespaceSpecifier":
            value = namespace
        else:
            imported = "default" if spec["type"] == "ImportDefaultSpecifier" else (
                spec["imported"].get("name", spec["imported"].get("value")))
            try:
                present = namespace.has_property(imported)
                value = namespace.get(imported) if present else ABSENT
            except ThrowCompletion as exc:
                raise engine._js_error(engine.vm.materialize(exc)) from None
            if value is ABSENT:
                raise syntax_error(f"The requested module '{specifier}' does not provide an "
                                   f"export named '{imported}'", source, filename, spec["start"])
        bind_import(realm, local, value)


# -- waiting ----------------------------------------------------------------------------------
def settle_state(value):
    """("value", v) for a non-promise; ("pending", None), ("fulfilled", v) or
    ("rejected", reason) for a promise."""
    from jskernel.engine.builtins import promise as P
    if not P.is_promise(value):
        return "value", value
    st = value.internal
    if st.state == "pending":
        return "pending", None
    return st.state, st.result


def wait_cell(engine, value, timeout: float | None = None):
    """Synchronously wait for a cell's value: drain promise jobs and, when the host has
    an event loop (`run_ready` / `next_timer_delay`), run its timers until the promise
    settles.  Returns the fulfilled value; a rejection raises JSError; a promise that
    can never settle (nothing left to run) or outlives `timeout` raises JSError too."""
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        engine.run_jobs()
        state, v = settle_state(value)
        if state in ("value", "fulfilled"):
            return v
        if state == "rejected":
            raise engine._js_error(v)
        delay = _next_delay(engine)
        if delay is None:
            raise JSError("Error", "the cell's promise never settled (nothing left to run)")
        if deadline is not None and time.monotonic() + delay > deadline:
            raise JSError("Error", "timed out waiting for the cell's promise")
        if delay > 0:
            time.sleep(delay)
        engine.run_ready()


def _next_delay(engine):
    """Seconds until the host loop has work (0: now), or None when it has none (unref'd
    timers count: a REPL host stays alive for them)."""
    nxt = getattr(engine, "next_timer_delay", None)
    if nxt is None or not hasattr(engine, "run_ready"):
        return None
    delay = nxt(include_unref=True)
    return None if delay is None else max(0.0, float(delay))
