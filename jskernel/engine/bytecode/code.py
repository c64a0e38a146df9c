"""Code objects and source line tables.

Owns: `SourceInfo` (a source text, its filename and the offsets where lines start,
mapping UTF-16 offsets to 1-based line / column) and `CodeObject` (one compiled
function or script: parallel lists `ops` / `args` / `positions`, constants,
exception table, slot / cell layout, flags, and the profile counters the JIT tier
reads).  Built by the assembler; executed by the VM; printed by the disassembler.
"""

from __future__ import annotations

import bisect


class SourceInfo:
    __slots__ = ("text", "filename", "line_starts", "module")

    def __init__(self, text: str, filename: str):
        self.text = text
        self.filename = filename
        self.module = None      # module code: its Source Text Module Record (import.meta, import())
        starts = [0]
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c == "\n" or c == "\u2028" or c == "\u2029":
                starts.append(i + 1)
            elif c == "\r":
                if i + 1 < n and text[i + 1] == "\n":
                    i += 1
                starts.append(i + 1)
            i += 1
        self.line_starts = starts

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based UTF-16 offset."""
        line = bisect.bisect_right(self.line_starts, pos) - 1
        return line + 1, pos - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        a = starts[line - 1]
        b = starts[line] if line < len(starts) else len(self.text)
        return self.text[a:b].rstrip("\r\n\u2028\u2029")


class CodeObject:
    """One compiled function body (or script / module top level)."""

    def __init__(self, name: str, kind: str, source: SourceInfo):
        self.name = name                # function name ('' if anonymous)
        self.kind = kind                # 'script' | 'module' | 'function' | 'arrow' | 'method' | 'getter' | 'setter'
        self.source = source
        self.ops: list[int] = []
        self.args: list = []
        self.positions: list[int] = []  # source offset per instruction (-1: none)
        self.consts: list = []
        # exception table: (start, end, target, stack depth, kind 0 catch / 1 cleanup), innermost first
        self.handlers: list[tuple[int, int, int, int, int]] = []
        self.max_stack = 0
        self.nlocals = 0
        self.nparams = 0
        self.length = 0                 # the function's `length`
        self.local_names: list[str] = []
        self.cell_names: list[str] = []   # own cells, created by NEW_CELL
        self.freevars: list[int] = []     # per free cell: index into the creating frame's cells
        self.ncells = 0                   # own cells + free cells
        self.strict = False
        self.is_arrow = False
        self.is_constructor = False
        self.is_class = False             # class constructor: [[Call]] throws
        self.is_derived = False           # derived class constructor: this starts uninitialized
        self.is_generator = False
        self.call_kind = 0                # 0 plain call; 1 class constructor (throws); 2 generator
        self.uses_this = False
        self.call_names: dict[int, str] = {}   # pc -> callee text for "x is not a function"
        self.start = 0                  # source offsets of the function node
        self.end = 0
        self.ic: list = []              # inline-cache slots, one per instruction
        self.fast = None                # (ranked ops, args, consts, ic): made by vm/dispatch.prepare
        self.call_pad = None            # ... with the slot padding of the call fast path
        # profile for the JIT tier
        self.calls = 0
        self.back_edges = 0

    def inline_caches(self, recursive: bool = False) -> list[dict]:
        """Inline-cache states of this code's property accesses (see vm/inline_caches.py)."""
        from jskernel.engine.vm.inline_caches import inline_caches
        return inline_caches(self, recursive)

    def position(self, pc: int) -> tuple[int, int]:
        """1-based (line, column) of instruction `pc`."""
        pos = self.positions[pc] if 0 <= pc < len(self.positions) else -1
        if pos < 0:
            pos = self.start
        return self.source.line_col(pos)

    def __repr__(self):
        return f"<CodeObject {self.name or '(anonymous)'} {self.kind} {len(self.ops)} ops>"
