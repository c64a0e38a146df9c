"""The realm: intrinsics, the global object and the global lexical environment.

Owns `Realm`: the `%Name%`-keyed intrinsics table, the global object, script-level
let/const/class bindings (`global_lex`, shared by successive scripts as in a REPL),
GlobalDeclarationInstantiation, and the allocation helpers every other module uses
(`new_object`, `new_array`, `new_error`, `new_native`), all of which go through the
heap.  Builtins are installed from the declarative tables in engine/builtins/.
"""

from __future__ import annotations

from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime.functions import JSNativeFunction
from jskernel.engine.runtime.heap import Heap
from jskernel.engine.runtime.objects import (
    ACCESSOR, CONFIGURABLE, ENUMERABLE, WRITABLE, Accessor, JSArray, JSObject, ThrowCompletion,
)
from jskernel.engine.runtime.values import ABSENT, TDZ, UNDEFINED


class Realm:
    def __init__(self, host=None):
        self.heap = Heap()
        self.host = host                      # engine facade (stdout / stderr writers)
        self.intrinsics: dict[str, object] = {}
        self.global_lex: dict[str, object] = {}
        self.global_consts: set[str] = set()
        self.global_var_names: set[str] = set()   # [[VarNames]] of the global environment record
        self.vm = None
        obj_proto = self.heap.allocate(JSObject, None)
        self.intrinsics["%Object.prototype%"] = obj_proto
        fn_proto = self.heap.allocate(JSNativeFunction, self, lambda realm, this, args: UNDEFINED, "", 0,
                                      None, obj_proto)
        self.intrinsics["%Function.prototype%"] = fn_proto
        self.global_object = self.heap.allocate(JSObject, obj_proto)
        from jskernel.engine.builtins import install_all
        install_all(self)

    # -- allocation ----------------------------------------------------------------------------
    def new_object(self, proto=ABSENT):
        return self.heap.allocate(JSObject, self.intrinsics["%Object.prototype%"] if proto is ABSENT else proto)

    def new_array(self, elements=None):
        return self.heap.allocate(JSArray, self.intrinsics["%Array.prototype%"],
                                  elements if elements is not None else [])

    def new_native(self, fn, name, length, construct=None):
        return self.heap.allocate(JSNativeFunction, self, fn, name, length, construct)

    def new_error(self, name, message, frames=None):
        """An Error object of intrinsic type `name` with a V8-style stack."""
        proto = self.intrinsics.get(f"%{name}.prototype%")
        if proto is None:   # e.g. InternalError
            proto = self.intrinsics["%Error.prototype%"]
        err = self.heap.allocate(JSObject, proto, "Error")
        if message is not None:
            err.define_raw("message", message, WRITABLE | CONFIGURABLE)
        if proto is self.intrinsics["%Error.prototype%"] and name != "Error":
            err.define_raw("name", name, WRITABLE | CONFIGURABLE)
        self.capture_stack(err, frames)
        return err

    def capture_stack(self, err, frames=None, skip_until=None):
        from jskernel.engine.runtime.operations import ToString
        if frames is None:
            frames = self.vm.capture_frames(skip_until=skip_until) if self.vm is not None else []
        err.internal = {"frames": frames}
        try:
            name = err.get("name")
            msg = err.get("message")
            name = "Error" if name is UNDEFINED else ToString(name)
            msg = "" if msg is UNDEFINED else ToString(msg)
        except ThrowCompletion:
            name, msg = "Error", ""
        head = f"{name}: {msg}" if msg else name
        err.define_raw("stack", head + format_frames(frames), WRITABLE | CONFIGURABLE)

    def wrap_primitive(self, v):
        t = type(v)
        key = {str: "String", float: "Number", bool: "Boolean", int: "BigInt"}.get(t, "Symbol")
        if t is str:
            from jskernel.engine.runtime.exotics import JSStringObject
            return self.heap.allocate(JSStringObject, self.intrinsics["%String.prototype%"], v)
        o = self.heap.allocate(JSObject, self.intrinsics[f"%{key}.prototype%"], key)
        o.internal = v
        return o

    # -- globals --------------------------------------------------------------------------------
    def get_global(self, name):
        v = self.global_lex.get(name, ABSENT)
        if v is not ABSENT:
            if v is TDZ:
                raise ThrowCompletion(None, "ReferenceError", M.TDZ_ACCESS.format(name))
            return v
        g = self.global_object
        v = g.get_own(name)
        if v is ABSENT:
            if g.has_property(name):
                return g.get(name, g)
            raise ThrowCompletion(None, "ReferenceError", M.NOT_DEFINED.format(name))
        if type(v) is Accessor:
            return g.get(name, g)
        return v

    def has_global(self, name) -> bool:
        return name in self.global_lex or self.global_object.has_property(name)

    def set_global(self, name, value, strict):
        lex = self.global_lex
        if name in lex:
            if lex[name] is TDZ:
                raise ThrowCompletion(None, "ReferenceError", M.TDZ_ACCESS.format(name))
            if name in self.global_consts:
                raise ThrowCompletion(None, "TypeError", M.CONST_ASSIGN)
            lex[name] = value
            return
        g = self.global_object
        if strict and not g.has_property(name):
            raise ThrowCompletion(None, "ReferenceError", M.NOT_DEFINED.format(name))
        if not g.set(name, value, g) and strict:
            raise ThrowCompletion(None, "TypeError",
                                  f"Cannot assign to read only property '{name}' of object '#<Object>'")

    def declare_globals(self, var_names, function_names, lex_names, const_names, deletable=False,
                        repl=False):
        """GlobalDeclarationInstantiation (sec-globaldeclarationinstantiation) for a script,
        and the global case of EvalDeclarationInstantiation (sec-evaldeclarationinstantiation
        steps 3.a, 8, 10, 17, 18: `deletable`, no lexical names).  The one place that decides
        whether a global declaration conflicts with an earlier one.  `repl`: a notebook
        cell, where every declaration replaces an earlier binding (engine/host/cells.py)."""
        if repl:
            from jskernel.engine.host.cells import declare_repl_globals
            return declare_repl_globals(self, var_names, function_names, lex_names, const_names)
        lex = self.global_lex
        g = self.global_object
        declared = self.global_var_names
        # 3. lexical names may not redeclare a var, a lexical, or a restricted global property
        for name in lex_names:
            if name in lex or name in declared:
                raise ThrowCompletion(None, "SyntaxError", M.ALREADY_DECLARED.format(name))
            r = g.lookup_own(name)
            if r is not None and not r[1] & CONFIGURABLE:
                raise ThrowCompletion(None, "SyntaxError", M.ALREADY_DECLARED.format(name))
        # 4. var names may not redeclare a lexical
        for name in list(var_names) + list(function_names):
            if name in lex:
                raise ThrowCompletion(None, "SyntaxError", M.ALREADY_DECLARED.format(name))
        # 8. CanDeclareGlobalFunction
        for name in function_names:
            r = g.lookup_own(name)
            if r is None:
                ok = g.extensible
            else:
                attrs = r[1]
                ok = bool(attrs & CONFIGURABLE) or (not attrs & ACCESSOR and attrs & WRITABLE
                                                   and attrs & ENUMERABLE)
            if not ok:
                raise ThrowCompletion(None, "TypeError", M.ALREADY_DECLARED.format(name))
        # 10. CanDeclareGlobalVar
        for name in var_names:
            if g.lookup_own(name) is None and not g.extensible:
                raise ThrowCompletion(None, "TypeError", M.ALREADY_DECLARED.format(name))
        # 17. CreateGlobalFunctionBinding(fn, undefined-for-now, D): the function object is
        # stored right after, when the hoisted declaration is evaluated
        d = CONFIGURABLE if deletable else 0
        for name in function_names:
            r = g.lookup_own(name)
            if r is None or r[1] & CONFIGURABLE:
                g.define_raw(name, UNDEFINED if r is None or r[1] & ACCESSOR else r[0], WRITABLE | ENUMERABLE | d)
            if not deletable:       # eval's (configurable) vars may be shadowed by a later
                declared.add(name)  # script's let (ES2025 dropped them from [[VarNames]])
        # 18. CreateGlobalVarBinding(vn, D)
        for name in var_names:
            if g.lookup_own(name) is None:
                g.define_raw(name, UNDEFINED, WRITABLE | ENUMERABLE | d)
            if not deletable:
                declared.add(name)
        # 15-16. lexical bindings, uninitialized
        for name in lex_names:
            lex[name] = TDZ
        self.global_consts.update(const_names)


def format_frames(frames) -> str:
    out = []
    for name, filename, line, col, construct in frames:
        if name or construct:
            out.append(f"\n    at {'new ' if construct else ''}{name or '<anonymous>'} ({filename}:{line}:{col})")
        else:
            out.append(f"\n    at {filename}:{line}:{col}")
    return "".join(out)
