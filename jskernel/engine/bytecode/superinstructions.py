"""Superinstructions: the assembler's last pass fuses frequent instruction sequences.

Owns `fuse(code)`.  The fused opcodes and their component sequences are defined in the
opcode table (bytecode/opcodes.py, `FUSED`); this pass finds the sequences in a
finished code object (labels resolved, exception table built) and rewrites them, then
renumbers everything that names an instruction index: jump operands, exception-table
regions and handler targets, `positions` and `call_names`.

A sequence is fused only when nothing can enter or leave it in the middle: no
instruction after its first is a jump target or an exception-region boundary.  When
more than one of its instructions can throw, they must share one source position (the
fused instruction has a single position, which is what error locations and stack
frames report); otherwise the position is the one of the component that can throw
(`LOAD_THIS` counts as one only where `this` can be uninitialized).
Candidates overlapping each other are resolved by the table's order: a sequence
starting one instruction later wins when it comes earlier in `FUSED`
(`LOAD_LOCAL a; LOAD_LOCAL b; GET_PROP k` becomes `LOAD_LOCAL a; GET_LOCAL_PROP b k`).
Fewer instructions means fewer trips through the interpreter's dispatch; the
measured effect is in docs/performance.md.
"""

from __future__ import annotations

from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.bytecode.code import CodeObject

# first component opcode -> [(rank, fused opcode, components, same)]
_BY_FIRST: dict[int, list] = {}
for _rank, (_fused, (_parts, _same)) in enumerate(O.FUSED.items()):
    _BY_FIRST.setdefault(_parts[0], []).append((_rank, _fused, _parts, _same))


def _quiet(code: CodeObject) -> frozenset:
    """Opcodes that cannot throw in `code`: `this` is uninitialized (LOAD_THIS throws) only
    in derived constructors and in arrows and eval code, which may run inside one."""
    if code.is_derived or code.is_arrow or code.kind == "eval":
        return frozenset()
    return frozenset((O.LOAD_THIS,))


def _match(ops, args, positions, pc, cuts, quiet):
    """(rank, fused opcode, length, operand, position) of the best sequence at pc, or None."""
    for rank, fused, parts, same in _BY_FIRST.get(ops[pc], ()):
        n = len(parts)
        if pc + n > len(ops) or any(ops[pc + k] != parts[k] or (k and pc + k in cuts) for k in range(n)):
            continue
        operands = [args[pc + k] for k in range(n) if O.OPS[parts[k]].operand]
        if same:
            if any(a != operands[0] for a in operands):
                continue
            operand = operands[0]
        else:
            operand = operands[0] if len(operands) == 1 else tuple(operands)
        throwing = {positions[pc + k] for k in range(n)
                    if O.OPS[parts[k]].flags & O.F_CAN_THROW and parts[k] not in quiet}
        if len(throwing) > 1:
            continue
        pos = throwing.pop() if throwing else positions[pc + n - 1]
        return rank, fused, n, operand, pos
    return None


def fuse(code: CodeObject) -> None:
    """Rewrite `code` in place, fusing every eligible sequence (see the module doc)."""
    ops, args, positions = code.ops, code.args, code.positions
    n = len(ops)
    if n < 2:
        return
    cuts = {args[i] for i in range(n) if ops[i] in O.JUMP_OPS}
    for (s, e, t, _d, _k) in code.handlers:
        cuts.update((s, e, t))
    quiet = _quiet(code)
    new_ops, new_args, new_pos = [], [], []
    where = [0] * (n + 1)          # old index -> new index
    pc = 0
    while pc < n:
        m = _match(ops, args, positions, pc, cuts, quiet)
        if m is not None and m[2] == 2 and pc + 1 < n:
            later = _match(ops, args, positions, pc + 1, cuts, quiet)
            if later is not None and later[0] < m[0]:
                m = None            # the sequence starting at pc + 1 is preferred
        k = len(new_ops)
        if m is None:
            new_ops.append(ops[pc])
            new_args.append(args[pc])
            new_pos.append(positions[pc])
            where[pc] = k
            pc += 1
            continue
        _rank, fused, length, operand, pos = m
        new_ops.append(fused)
        new_args.append(operand)
        new_pos.append(pos)
        for j in range(pc, pc + length):
            where[j] = k
        pc += length
    if len(new_ops) == n:
        return
    where[n] = len(new_ops)
    for i, op in enumerate(new_ops):
        if op in O.JUMP_OPS:
            new_args[i] = where[new_args[i]]
    code.ops[:] = new_ops
    code.args[:] = new_args
    code.positions[:] = new_pos
    code.handlers = [(where[s], where[e], where[t], d, k) for (s, e, t, d, k) in code.handlers]
    code.call_names = {where[pc]: name for pc, name in code.call_names.items()}
