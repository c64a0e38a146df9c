"""Frames: the complete state of one activation, so it can be suspended and resumed.

Owns `Frame`.  A frame holds its own operand stack, locals, cells, program counter
and a link to its caller; nothing about an activation lives on the Python stack.
That is what lets JS-to-JS calls run without Python recursion and lets generators /
async functions (next issue) park a frame and push it again later.
"""

from __future__ import annotations

from jskernel.engine.runtime.values import UNDEFINED


class Frame:
    __slots__ = ("code", "func", "pc", "stack", "locals", "cells", "this", "args",
                 "caller", "entry", "construct", "new_target", "resume_mode")

    def __init__(self, code, func, this, args, caller, locals_, cells):
        # the CALL fast path (vm/fast_paths.py) sets these same fields without calling
        # __init__; tests/test_vm_superinstructions.py checks they stay in step
        self.code = code
        self.func = func            # the JSFunction (None for scripts)
        self.pc = 0
        self.stack = []
        self.locals = locals_
        self.cells = cells
        self.this = this
        self.args = args            # the actual arguments (for `arguments` / rest)
        self.caller = caller        # the frame that was running when this one was pushed
        self.entry = False          # True: returning from it leaves VM.run
        self.construct = False      # True: [[Construct]] (a non-object return yields this)
        self.new_target = UNDEFINED
        self.resume_mode = None     # generators parked in yield*: "wait", then next / throw / return

    def location(self):
        """(function name, filename, line, column) of the current instruction."""
        code = self.code
        line, col = code.position(self.pc - 1 if self.pc > 0 else 0)
        return code.name, code.source.filename, line, col

    def __repr__(self):
        return f"<Frame {self.code.name or '(anonymous)'} pc={self.pc}>"


def this_origin(frame):
    """The frame whose `this` binding an arrow function shares: the derived constructor's
    frame when the arrow was created before super() bound `this` (else None)."""
    f = frame.func
    if f is not None and f.code.is_arrow and type(f.this_value) is Frame:
        return f.this_value
    return frame
