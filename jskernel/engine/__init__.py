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

    def create_realm(self):
        """A new Realm (own intrinsics and global object) in this engine: it gets its own VM
        (its functions run there; calls across realms go through `JSFunction.call`) and
        shares this engine's job queue (one agent).  Used by the test262 host's
        `$262.createRealm()`."""
        from jskernel.engine.runtime.realm import Realm
        from jskernel.engine.vm.interpreter import VM
        realm = Realm(host=self)
        realm.vm = VM(realm, max_depth=self.vm.max_depth, dispatch=self.vm.dispatch)
        realm.jobs = self.realm.jobs
        realm.secondary = True          # its builtins materialize their own errors
        realm.symbol_registry = self.realm.symbol_registry     # GlobalSymbolRegistry: one per agent
        return realm

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
        result = self.run(code)
        self.run_jobs()
        return result

    def run_jobs(self):
        """Drain the promise job queue (microtasks).  Never raises for a job's failure;
        rejections left unhandled are kept for `take_unhandled_rejections`."""
        try:
            self.realm.jobs.drain()
        except BaseException:          # KeyboardInterrupt (kernel interrupt): pending jobs dropped
            self._reset()
            raise

    def take_unhandled_rejections(self):
        """[(promise, reason)] for promises rejected with no handler (as of the last drain),
        oldest first; the list is cleared.  node reports these as "Uncaught (in promise)"."""
        return [(p, p.internal.result) for p in self.realm.jobs.take_unhandled()]

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

    # -- host functions -------------------------------------------------------------------------------
    def detach_array_buffer(self, value):
        """DetachArrayBuffer(value) for a test host's `$262.detachArrayBuffer`."""
        from jskernel.engine.runtime.typed_arrays import DetachArrayBuffer
        DetachArrayBuffer(value)

    def define_global(self, name: str, fn, length: int = 0, realm=None):
        """Install `fn(this, args) -> value` as a native global function `name` (writable,
        configurable, not enumerable), e.g. a test host's `print`.  `fn` receives and returns
        engine values; to throw, it raises `JSError(name, message)` (or one carrying `.value`)."""
        from jskernel.engine.runtime.objects import HIDDEN_ATTRS, ThrowCompletion

        def native(realm, this, args):
            try:
                return fn(this, args)
            except JSError as e:
                if e.value is not None:
                    raise ThrowCompletion(e.value) from None
                raise ThrowCompletion(None, e.name, e.message) from None

        realm = realm or self.realm
        f = realm.new_native(native, name, length)
        realm.global_object.define_raw(name, f, HIDDEN_ATTRS)
        return f
