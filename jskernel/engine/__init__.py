"""The Engine facade: the only entry point the rest of jskernel uses.

Owns nothing but wiring: it turns source text into JS strings, runs the front end,
compiler and VM, and exposes formatting and disassembly.  See docs/architecture.md.
"""

from __future__ import annotations

from jskernel.engine.errors import JSError, JSSyntaxError

__all__ = ["Engine", "JSError", "JSSyntaxError"]


class Engine:  # replaced by the real facade once compiler and VM land
    def __init__(self, *, stdout=None, stderr=None):
        self.stdout = stdout
        self.stderr = stderr

    def evaluate(self, source: str, *, filename: str | None = None, module: bool = False):
        raise NotImplementedError("the compiler and VM are not wired yet")

    def inspect(self, value) -> str:
        raise NotImplementedError

    def disassemble(self, source: str, *, filename: str | None = None, module: bool = False) -> str:
        raise NotImplementedError
