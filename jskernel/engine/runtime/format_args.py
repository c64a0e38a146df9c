"""console.log's argument formatting: node's util.formatWithOptions (the %s %d %i %f %j %o
%O %c %% specifiers, then the remaining arguments inspected and joined by spaces).
Split from runtime/inspect.py, which owns util.inspect itself."""

from __future__ import annotations


from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunctionBase
from jskernel.engine.runtime.inspect import Ctx, format_number, format_primitive, format_value, inspect
from jskernel.engine.runtime.objects import JSObject
from jskernel.engine.runtime.proxy import is_proxy
from jskernel.engine.runtime.values import UNDEFINED, JSSymbol


# --- console.log argument formatting (util.formatWithOptions) --------------------------------
def _has_builtin_to_string(v) -> bool:
    """node's hasBuiltInToString: %s inspects an object unless its toString is user-defined."""
    from jskernel.engine.runtime.functions import JSNativeFunction
    if is_proxy(v):
        return True
    if not ops.IsCallable(v.get("toString")):
        return True
    if v.get_own_property("toString") is not None:
        return False
    p = v
    while True:
        p = p.get_prototype_of()
        if p is None:
            return True
        if p.get_own_property("toString") is not None:
            break
    d = p.get_own_property("constructor")
    return d is not None and isinstance(getattr(d, "value", None), JSNativeFunction)


def _json_text(realm, v) -> str:
    """%j: JSON.stringify(v); '[Circular]' for a cyclic value (node's formatWithOptions)."""
    from jskernel.engine.runtime.objects import ThrowCompletion
    stringify = realm.intrinsics.get("%JSON%").get("stringify")
    try:
        r = realm.vm.call_function(stringify, UNDEFINED, [v])
    except ThrowCompletion as exc:
        value = realm.vm.materialize(exc)
        msg = value.get("message") if isinstance(value, JSObject) else UNDEFINED
        if type(msg) is str and "circular" in msg.lower():
            return "[Circular]"
        raise
    return "undefined" if r is UNDEFINED else r


def format_log_args(realm, args) -> str:
    if not args:
        return ""
    first = args[0]
    parts = []
    rest_start = 0
    if type(first) is str and "%" in first and len(args) > 1:
        out = []
        a = 1
        i = 0
        s = first
        last = 0
        while i < len(s) - 1:
            if s[i] == "%":
                c = s[i + 1]
                if a < len(args) and c in "sdifjoOc":
                    out.append(s[last:i])
                    v = args[a]
                    if c == "s":
                        if type(v) is str:
                            out.append(v)
                        elif type(v) is int:
                            out.append(f"{v}n")
                        elif type(v) is float:
                            out.append(format_number(v))
                        elif isinstance(v, JSObject):
                            if isinstance(v, JSFunctionBase) or not _has_builtin_to_string(v):
                                out.append(ops.ToString(v))
                            else:
                                out.append(format_value(Ctx(depth=0), v, 0))
                        else:
                            out.append(format_primitive(Ctx(), v) if type(v) is not str else v)
                    elif c == "d" or c == "i":
                        if type(v) is int:
                            out.append(f"{v}n")
                        elif type(v) is JSSymbol:
                            out.append("NaN")
                        elif c == "d":          # node: Number(v)
                            out.append(format_number(ops.ToNumber(v)))
                        else:                   # node: parseInt(v)
                            from jskernel.engine.builtins.globals import parse_int
                            out.append(format_number(parse_int(realm, UNDEFINED, [v])))
                    elif c == "f":              # node: parseFloat(v)
                        from jskernel.engine.builtins.globals import parse_float
                        out.append(format_number(parse_float(realm, UNDEFINED, [v])) if type(v) is not JSSymbol
                                   else "NaN")
                    elif c == "j":
                        out.append(_json_text(realm, v))
                    elif c in "oO":
                        out.append(inspect(v, depth=4, show_hidden=True) if c == "o" else inspect(v))
                    elif c == "c":
                        pass
                    a += 1
                    last = i + 2
                    i += 2
                    continue
                if c == "%":
                    out.append(s[last:i] + "%")
                    last = i + 2
                    i += 2
                    continue
            i += 1
        out.append(s[last:])
        parts.append("".join(out))
        rest_start = a
    else:
        rest_start = 0
    for v in args[rest_start:]:
        parts.append(v if type(v) is str else inspect(v))
    return " ".join(parts)

