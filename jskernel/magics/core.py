"""The magics about magics: %lsmagic (list them) and %magic (their help)."""

from __future__ import annotations

from jskernel.magics import CELL, LINE, MagicError, describe, get, magics, register, unknown


@register("lsmagic", LINE, "List the available magics")
def lsmagic(host, args, body):
    """List the available line and cell magics (`%name?` shows one magic's help)."""
    line = "  ".join(m.typed for m in magics(LINE))
    cell = "  ".join(m.typed for m in magics(CELL))
    host.write(f"Available line magics:\n{line}\n\nAvailable cell magics:\n{cell}\n\n"
               f"Run %magic for a one-line description of each, %name? for one magic's help.\n")


@register("magic", LINE, "Describe every magic, or the one named")
def magic(host, args, body):
    """Describe every magic (`%magic`), or one of them (`%magic time`, `%magic %%module`)."""
    name = args.strip()
    if name:
        kind = CELL if name.startswith("%%") else LINE
        bare = name.lstrip("%")
        m = get(bare, kind) or (get(bare, CELL) if kind == LINE else None)
        if m is None:
            raise unknown(bare, kind)
        host.write(describe(m) + "\n")
        return
    width = max(len(m.typed) for m in magics())
    host.write("".join(f"{m.typed.ljust(width)}  {m.help}\n" for m in magics()))


def require_no_args(name, args):
    if args.strip():
        raise MagicError(f"%{name} takes no arguments (got {args.strip()!r})")
