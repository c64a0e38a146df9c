"""Namespace magics: %who and %whos (the user's global names), %reset (remove them).

Which names are the user's is the engine's call (`engine.user_globals()`:
engine/host/namespace.py); nothing here runs a getter or a Proxy trap.
"""

from __future__ import annotations

from jskernel.magics import LINE, MagicError, register

_TYPES = ("undefined", "object", "boolean", "number", "bigint", "string", "symbol", "function",
          "class")


def _type_of(value) -> str:
    from jskernel.engine.runtime import operations as ops
    from jskernel.engine.runtime.values import ABSENT, TDZ

    if value is TDZ:
        return "uninitialized"
    if value is ABSENT:
        return "accessor"
    t = ops.TypeOf(value)
    if t == "function":
        code = getattr(value, "code", None)
        if code is not None and getattr(code, "is_class", False):
            return "class"
    return t


def _filtered(host, args):
    names = host.engine.user_globals()
    wanted = args.split()
    for w in wanted:
        if w not in _TYPES:
            raise MagicError(f"%who: unknown type {w!r} (one of: {', '.join(_TYPES)})")
    if wanted:
        names = {k: v for k, v in names.items()
                 if _type_of(v) in wanted or ("function" in wanted and _type_of(v) == "class")}
    return names


@register("who", LINE, "List the global names you defined (optionally of some types)")
def who(host, args, body):
    """%who [TYPE ...]: the global names defined in this session, sorted; with TYPEs
    (function, class, object, number, string ...) only those whose typeof matches."""
    names = _filtered(host, args)
    if not names:
        host.write("Interactive namespace is empty.\n" if not args.strip()
                   else "No variables match your requested type.\n")
        return
    host.write("\t".join(sorted(names)) + "\n")


@register("whos", LINE, "Like %who, with each name's type and value")
def whos(host, args, body):
    """%whos [TYPE ...]: a table of the global names defined in this session, their type
    and a one-line view of their value."""
    from jskernel.engine.runtime.inspect import inspect
    from jskernel.engine.runtime.values import ABSENT, TDZ
    from jskernel.engine.text import printable

    names = _filtered(host, args)
    if not names:
        host.write("Interactive namespace is empty.\n" if not args.strip()
                   else "No variables match your requested type.\n")
        return
    rows = []
    for name in sorted(names):
        value = names[name]
        if value is TDZ:
            text = "<uninitialized>"
        elif value is ABSENT:
            text = "[Getter/Setter]"
        else:
            text = " ".join(printable(inspect(value, break_length=float("inf"))).split())
        if len(text) > 60:
            text = text[:57] + "..."
        rows.append((name, _type_of(value), text))
    w1 = max(8, *(len(r[0]) for r in rows))
    w2 = max(4, *(len(r[1]) for r in rows))
    out = [f"{'Variable'.ljust(w1)}   {'Type'.ljust(w2)}   Data/Info",
           "-" * (w1 + w2 + 18)]
    out += [f"{n.ljust(w1)}   {t.ljust(w2)}   {d}" for n, t, d in rows]
    host.write("\n".join(out) + "\n")


@register("reset", LINE, "Remove every global name you defined (-f: without asking)")
def reset(host, args, body):
    """%reset [-f]: remove every global name defined in this session (builtins and the
    kernel's own globals stay).  Asks for confirmation unless -f is given."""
    from jskernel.engine.host.dialogs import InputNotAvailable

    flags = args.split()
    for f in flags:
        if f not in ("-f",):
            raise MagicError(f"%reset: unknown option {f!r} (only -f)")
    if "-f" not in flags:
        try:
            answer = host.read_line("Once deleted, variables cannot be recovered. Proceed (y/[n])? ")
        except InputNotAvailable:
            raise MagicError("%reset needs a confirmation and this front end allows no input: "
                             "use %reset -f") from None
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            host.write("Nothing done.\n")
            return
    host.engine.reset_globals()
