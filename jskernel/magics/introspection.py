"""Introspection magics: %ast (the ESTree of a snippet, as `jskernel parse` prints it)
and %dis (the bytecode of a function, or of a snippet, as `jskernel dis` prints it).

    %ast let x = 1 + 2          %%ast [--json] [--module]   (the rest of the cell)
    %dis fib                    %dis [1, 2].map(x => x * 2)  %%dis (the rest of the cell)

`%dis NAME` (a global name or a dotted path) shows that function's bytecode, nested
functions included; anything else is compiled as a script and shown whole.
"""

from __future__ import annotations

import re

from jskernel.magics import CELL, LINE, MagicError, register

_PATH = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$")


def _flags(args: str, allowed):
    words = args.split()
    flags = []
    while words and words[0].startswith("--"):
        if words[0] not in allowed:
            raise MagicError(f"unknown option {words[0]} (options: {', '.join(allowed)})")
        flags.append(words.pop(0))
    rest = args.strip()
    for f in flags:
        rest = rest[len(f):].lstrip()
    return flags, rest


def _ast(host, source: str, flags) -> None:
    from jskernel.cli import render_tree
    from jskernel.engine import syntax
    from jskernel.engine.syntax.estree import to_json
    from jskernel.engine.text import to_js

    tree = syntax.parse(to_js(source), module="--module" in flags, filename=host.filename)
    host.write(to_json(tree, indent=2) + "\n" if "--json" in flags else render_tree(tree))


@register("ast", LINE, "Show the ESTree AST of a snippet")
def ast_line(host, args, body):
    """%ast [--json] [--module] CODE: the ESTree AST of CODE (node types, offsets,
    line:column ranges and fields), as `jskernel parse` prints it; --json for acorn's JSON."""
    flags, code = _flags(args, ("--json", "--module"))
    if not code:
        raise MagicError("%ast needs code to parse, e.g. %ast let x = 1 + 2")
    _ast(host, code, flags)


@register("ast", CELL, "Show the ESTree AST of the cell")
def ast_cell(host, args, body):
    """%%ast [--json] [--module]: the ESTree AST of the rest of the cell."""
    flags, rest = _flags(args, ("--json", "--module"))
    if rest:
        raise MagicError(f"%%ast: unexpected argument {rest!r}")
    _ast(host, body or "", flags)


def _function_code(host, path: str):
    """The bytecode of the function named by `path`, or None when it names none."""
    from jskernel.engine.errors import JSError
    from jskernel.engine.runtime.functions import JSFunction, JSNativeFunction

    try:
        value = host.evaluate(path)
    except JSError as err:
        if err.name == "ReferenceError" and "." not in path:
            raise MagicError(f"%dis: {path} is not defined (define the function first, or "
                             f"write %%dis on the first line to see a snippet's bytecode)") from None
        return None
    seen = 0
    while seen < 100 and not isinstance(value, JSFunction):
        target = getattr(value, "internal", None)
        target = getattr(target, "target", None) if target is not None else None
        if target is None and isinstance(getattr(value, "internal", None), dict):
            target = value.internal.get("target")
        if target is None:
            break
        value, seen = target, seen + 1
    if isinstance(value, JSFunction):
        return value.code
    if isinstance(value, JSNativeFunction):
        raise MagicError(f"%dis: {path} is a builtin function (implemented in Python): it has "
                         f"no bytecode")
    return None


def _dis(host, source: str) -> None:
    from jskernel.engine.bytecode.disassembler import disassemble
    from jskernel.engine.text import printable

    text = source.strip()
    if _PATH.match(text):
        code = _function_code(host, text)
        if code is not None:
            host.write(printable(disassemble(code)))
            return
    host.write(host.engine.disassemble(source, filename=host.filename))


@register("dis", LINE, "Show the bytecode of a function or a snippet")
def dis_line(host, args, body):
    """%dis NAME | CODE: the bytecode of the function NAME (a global or a dotted path),
    else of CODE compiled as a script, with its source lines, as `jskernel dis` prints it."""
    if not args.strip():
        raise MagicError("%dis needs a function name or code, e.g. %dis fib or %dis 1 + 2")
    _dis(host, args)


@register("dis", CELL, "Show the bytecode of the cell")
def dis_cell(host, args, body):
    """%%dis: the bytecode of the rest of the cell compiled as a script."""
    if args.strip():
        raise MagicError(f"%%dis: unexpected argument {args.strip()!r}")
    host.write(host.engine.disassemble("\n" + (body or ""), filename=host.filename))
