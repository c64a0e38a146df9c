"""The disassembler: readable bytecode with the source lines it came from.

Owns the text format of `jskernel dis` / `Engine.disassemble` / the `%dis` magic.
Operands are rendered according to their kind in the opcode table.
"""

from __future__ import annotations

from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.bytecode.code import CodeObject


def _render(code: CodeObject, info, arg) -> str:
    k = info.operand
    if not k:
        return ""
    if "+" in k:        # a superinstruction's operands, one per component that has one
        return ", ".join(_render_kind(code, kk, a) for kk, a in zip(k.split("+"), arg))
    return _render_kind(code, k, arg)


def _render_kind(code: CodeObject, k: str, arg) -> str:
    if k in ("const", "name"):
        v = code.consts[arg]
        if isinstance(v, CodeObject):
            return f"{arg} (<code {v.name or '(anonymous)'}>)"
        return f"{arg} ({_show(v)})"
    if k == "code":
        v = code.consts[arg]
        return f"{arg} (<code {v.name or '(anonymous)'}>)"
    if k == "local":
        name = code.local_names[arg] if arg < len(code.local_names) else "?"
        return f"{arg} ({name})"
    if k == "cell":
        names = code.cell_names
        return f"{arg} ({names[arg] if arg < len(names) else '?'})"
    if k == "jump":
        return f"to {arg}"
    return str(arg)


def _show(v) -> str:
    from jskernel.engine.runtime.operations import NumberToString
    if type(v) is str:
        return repr(v)
    if type(v) is float:
        return NumberToString(v)
    if type(v) is int:
        return f"{v}n"
    if type(v) is tuple:
        return repr(v)
    return repr(v)


def disassemble(code: CodeObject, *, recursive: bool = True) -> str:
    out: list[str] = []
    _dis(code, out, recursive)
    return "\n".join(out) + "\n"


def _dis(code: CodeObject, out: list, recursive: bool):
    title = code.name or "(anonymous)"
    out.append(f"== {code.kind} {title} ({code.source.filename}) "
               f"params={code.nparams} locals={code.nlocals} cells={code.ncells} "
               f"max_stack={code.max_stack}{' strict' if code.strict else ''} ==")
    targets = {a for op, a in zip(code.ops, code.args) if op in O.JUMP_OPS}
    targets |= {h[2] for h in code.handlers}
    last_line = None
    for pc, (op, arg) in enumerate(zip(code.ops, code.args)):
        pos = code.positions[pc]
        if pos >= 0:
            line, _ = code.source.line_col(pos)
            if line != last_line:
                out.append(f"  {line:>4}| {code.source.line_text(line).strip()}")
                last_line = line
        info = O.OPS[op]
        mark = ">>" if pc in targets else "  "
        out.append(f"      {mark}{pc:>5} {info.name:<22} {_render(code, info, arg)}".rstrip())
    if code.handlers:
        out.append("  exception table:")
        for s, e, t, d, k in code.handlers:
            out.append(f"    {s} to {e} -> {t} [depth {d}]{' cleanup' if k else ''}")
    out.append("")
    if recursive:
        for c in code.consts:
            if isinstance(c, CodeObject):
                _dis(c, out, recursive)
