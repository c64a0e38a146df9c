"""The Engine facade: the only entry point the rest of jskernel uses.

Owns nothing but wiring: it turns source text into JS strings, runs the front end
(engine/syntax: parse, then scope analysis inside the compiler), the compiler and
the VM, and exposes formatting and disassembly.  Uncaught JS exceptions leave as
`JSError` (with `.name`, `.message`, `.stack`, `.frames`); an engine bug (a Python
exception inside the engine) leaves as a `JSError` named "InternalError", never as a
raw traceback.  See docs/architecture.md and docs/vm.md.
"""

from __future__ import annotations

import sys

from jskernel.engine.errors import JSError, JSSyntaxError
from jskernel.engine.text import printable, to_js

__all__ = ["Engine", "JSError", "JSSyntaxError"]

DEFAULT_FILENAME = "<input>"


class Engine:
    """One JS realm with its VM.

    `stdout` / `stderr` receive already-formatted text chunks (default: the process's
    streams).  `max_depth` bounds the JS call stack (deeper recursion throws a
    catchable RangeError).
    """

    def __init__(self, *, stdout=None, stderr=None, max_depth: int = 10000,
                 dispatch: str = "hybrid"):
        from jskernel.engine.runtime.realm import Realm
        from jskernel.engine.vm.interpreter import VM
        self.stdout = stdout
        self.stderr = stderr
        if sys.getrecursionlimit() < 8000:
            sys.setrecursionlimit(8000)
        self.realm = Realm(host=self)
        self.vm = VM(self.realm, max_depth=max_depth, dispatch=dispatch)
        self.realm.vm = self.vm

    # -- host output ------------------------------------------------------------------------------
    def write(self, stream: str, text: str):
        sink = self.stdout if stream == "stdout" else self.stderr
        text = printable(text)
        if sink is None:
            f = sys.stdout if stream == "stdout" else sys.stderr
            f.write(text)
            f.flush()
        else:
            sink(text)

    # -- pipeline ---------------------------------------------------------------------------------------
    def parse(self, source: str, *, module: bool = False, filename: str | None = None):
        from jskernel.engine.syntax import parse
        return parse(source, module=module, locations=False, filename=filename)

    def compile(self, source: str, *, filename: str | None = None, module: bool = False):
        """Source text -> the top-level CodeObject (raises JSSyntaxError)."""
        from jskernel.engine.bytecode.code import SourceInfo
        from jskernel.engine.compiler import compile_program
        src = to_js(source)
        filename = filename or DEFAULT_FILENAME
        program = self.parse(src, module=module, filename=filename)
        try:
            return compile_program(program, SourceInfo(src, filename), module=module)
        except JSSyntaxError:
            raise
        except Exception as e:  # compiler bug
            raise JSError("InternalError", f"compiler failed: {type(e).__name__}: {e}") from e

    def evaluate(self, source: str, *, filename: str | None = None, module: bool = False):
        """Run a script (or module); returns its completion value."""
        code = self.compile(source, filename=filename, module=module)
        return self.run(code)

    def run(self, code):
        from jskernel.engine.runtime.objects import ThrowCompletion
        from jskernel.engine.vm.interpreter import InternalEngineError
        vm = self.vm
        try:
            this = self.realm.global_object
            return vm.run_code(code, this)
        except ThrowCompletion as exc:
            self._reset()
            value = vm.materialize(exc) if exc.name is not None else exc.value
            raise self._js_error(value) from None
        except InternalEngineError as e:
            self._reset()
            raise JSError("InternalError", f"engine bug: {e}") from e
        except RecursionError as e:
            self._reset()
            raise JSError("RangeError", "Maximum call stack size exceeded") from e
        except JSError:
            self._reset()
            raise
        except Exception as e:   # an engine bug outside the loop
            self._reset()
            raise JSError("InternalError", f"engine bug: {type(e).__name__}: {e}") from e
        except BaseException:    # KeyboardInterrupt (kernel interrupt) and friends
            self._reset()
            raise

    def _reset(self):
        vm = self.vm
        vm.frame = None
        vm.depth = 0
        vm.native_depth = 0

    def _js_error(self, value) -> JSError:
        from jskernel.engine.runtime.objects import JSObject, ThrowCompletion
        from jskernel.engine.runtime.operations import ToString
        frames = []
        if isinstance(value, JSObject) and value.class_name == "Error":
            try:
                name = value.get("name")
                message = value.get("message")
                stack = value.get("stack")
                name = "Error" if not isinstance(name, str) else name
                message = ToString(message) if isinstance(message, str) else ""
                stack = stack if isinstance(stack, str) else None
            except ThrowCompletion:
                name, message, stack = "Error", "", None
            if isinstance(value.internal, dict):
                frames = [(f[0], f[1], f[2], f[3]) for f in value.internal.get("frames", [])]
            err = JSError(printable(name), printable(message),
                          printable(stack) if stack is not None else None, value)
        else:
            text = self.inspect(value)
            err = JSError("Uncaught", text, f"Uncaught {text}", value)
        err.frames = frames
        return err

    # -- formatting ---------------------------------------------------------------------------------------
    def inspect(self, value) -> str:
        """node's util.inspect formatting (what console.log prints for a non-string)."""
        from jskernel.engine.runtime.inspect import inspect
        return printable(inspect(value))

    def disassemble(self, source: str, *, filename: str | None = None, module: bool = False) -> str:
        """Readable bytecode of a script, interleaved with its source lines (`jskernel dis`)."""
        from jskernel.engine.bytecode.disassembler import disassemble
        return printable(disassemble(self.compile(source, filename=filename, module=module)))
