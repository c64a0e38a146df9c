"""The assembler: builds a CodeObject, resolves labels, computes and checks stack depth.

Owns: `Label`, `Assembler` (one emit helper per opcode, generated from the opcode
table: `asm.load_local(3)`, `asm.jump(label)` ...), exception-region bookkeeping
and the static stack-depth pass.  Depth is tracked while emitting (the compiler
asks `asm.depth` to know how many values a `break` must drop) and then verified by a
data-flow pass over all paths, including exception handlers: every instruction must
be reached with one fixed depth, never negative.  The resulting `max_stack` is what
a later tier uses to allocate Python locals for the stack.  `finish` resolves labels,
lets bytecode/superinstructions.py fuse frequent sequences, then runs that pass.
"""

from __future__ import annotations

import keyword

from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.bytecode.code import CodeObject
from jskernel.engine.bytecode.superinstructions import fuse


class AssemblyError(Exception):
    """Inconsistent bytecode (a compiler bug)."""


class Label:
    __slots__ = ("target", "depth", "name")

    def __init__(self, name=""):
        self.target = -1
        self.depth = None
        self.name = name

    def __repr__(self):
        return f"<Label {self.name} @{self.target}>"


class Assembler:
    def __init__(self, code: CodeObject):
        self.code = code
        self.depth = 0          # current static depth (None after an unconditional transfer)
        self.pos = -1           # source offset attached to emitted instructions
        self._const_index = {}

    # -- constants ----------------------------------------------------------------------
    def const(self, value) -> int:
        key = (type(value), value) if isinstance(value, (str, float, int, bool, tuple)) else None
        if key is not None and not (type(value) is float and (value != value or value == 0)):
            i = self._const_index.get(key)
            if i is not None:
                return i
        self.code.consts.append(value)
        i = len(self.code.consts) - 1
        if key is not None and not (type(value) is float and (value != value or value == 0)):
            self._const_index[key] = i
        return i

    # -- emission ---------------------------------------------------------------------
    def emit(self, op: int, arg=None):
        info = O.OPS[op]
        code = self.code
        if self.depth is None:
            return -1       # unreachable (after return/throw/jump): dropped
        if info.flags & O.F_JUMP:
            label = arg
            taken = self.depth + info.stack_effect(None, taken=True)
            self._merge(label, taken)
        code.ops.append(op)
        code.args.append(arg)
        code.positions.append(self.pos)
        if info.flags & O.F_NO_FALLTHROUGH:
            self.depth = None
        else:
            self.depth += info.stack_effect(arg)
            if self.depth < 0:
                raise AssemblyError(f"stack underflow at {info.name} (pc {len(code.ops) - 1})")
        return len(code.ops) - 1

    def _merge(self, label: Label, depth: int):
        if label.depth is None:
            label.depth = depth
        elif label.depth != depth:
            raise AssemblyError(f"stack depth mismatch at label {label.name}: {label.depth} vs {depth}")

    def label(self, name="") -> Label:
        return Label(name)

    def place(self, label: Label):
        label.target = len(self.code.ops)
        if self.depth is None:
            self.depth = label.depth      # None: still unreachable
        else:
            self._merge(label, self.depth)

    @property
    def reachable(self) -> bool:
        return self.depth is not None

    def here(self) -> int:
        return len(self.code.ops)

    def add_handler(self, start: int, end: int, target: Label, depth: int, kind: int = 0):
        """Protect instructions [start, end) with the handler at `target` (stack cut to `depth`).

        `kind` 0 is a catch handler, 1 a cleanup handler (finally, for-of iterator close)
        that rethrows; a generator being closed by `return()` runs only cleanup handlers."""
        if end > start:
            self.code.handlers.append((start, end, target, depth, kind))

    # -- finishing ------------------------------------------------------------------------
    def finish(self) -> CodeObject:
        code = self.code
        args = code.args
        for i, op in enumerate(code.ops):
            if op in O.JUMP_OPS:
                lab = args[i]
                if lab.target < 0:
                    raise AssemblyError(f"unplaced label {lab.name}")
                args[i] = lab.target
        hs = [(s, e, t.target, d, k) for (s, e, t, d, k) in code.handlers if t.target >= 0]
        hs.sort(key=lambda h: h[1] - h[0])      # innermost (smallest) region first
        code.handlers = hs
        fuse(code)
        code.max_stack = compute_stack_depth(code)
        code.ic = [None] * len(code.ops)
        return code


def compute_stack_depth(code: CodeObject) -> int:
    """Verify every instruction has one static depth; return the maximum depth."""
    n = len(code.ops)
    depth = [None] * (n + 1)
    work = []

    def reach(pc, d, src):
        if d < 0:
            raise AssemblyError(f"{code.name}: negative stack depth reaching pc {pc} from {src}")
        if depth[pc] is None:
            depth[pc] = d
            work.append(pc)
        elif depth[pc] != d:
            raise AssemblyError(f"{code.name}: stack depth mismatch at pc {pc}: {depth[pc]} vs {d} (from {src})")

    if n:
        reach(0, 0, "entry")
    handlers = code.handlers
    max_d = 0
    while work:
        pc = work.pop()
        d = depth[pc]
        if pc >= n:
            continue
        op = code.ops[pc]
        info = O.OPS[op]
        arg = code.args[pc]
        pops = info.pops_for(arg)
        if d < pops:
            raise AssemblyError(f"{code.name}: stack underflow at pc {pc} ({info.name})")
        peak = d - pops + (info.pushes(arg) if callable(info.pushes) else info.pushes)
        max_d = max(max_d, d, peak)
        for (s, e, t, hd, _) in handlers:
            if s <= pc < e:
                reach(t, hd + 1, pc)
        if info.flags & O.F_JUMP:
            reach(arg, d + info.stack_effect(arg, taken=True), pc)
        if not info.flags & O.F_NO_FALLTHROUGH and pc + 1 < n:
            reach(pc + 1, d + info.stack_effect(arg), pc)
    return max_d + 1


def _make_helper(info):
    op = info.code
    if info.operand:
        def helper(self, arg):
            return self.emit(op, arg)
    else:
        def helper(self):
            return self.emit(op)
    helper.__name__ = helper_name(info)
    helper.__doc__ = info.doc
    return helper


def helper_name(info) -> str:
    """The emit helper's name: the opcode in lower case (`_` appended to Python keywords)."""
    name = info.name.lower()
    return name + "_" if keyword.iskeyword(name) else name


for _info in O.OPS:
    if _info.code not in O.FUSED:       # superinstructions come from `fuse`, never from the compiler
        setattr(Assembler, helper_name(_info), _make_helper(_info))
