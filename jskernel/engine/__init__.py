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
                 dispatch: str = "hybrid", loader=None):
        from jskernel.engine.runtime.realm import Realm
        from jskernel.engine.vm.interpreter import VM
        self.stdout = stdout
        self.stderr = stderr
        if loader is not None:
            self.loader = loader      # the module Loader (engine/host/loading.py); default: module_loader()
        self.current_origin = None    # host token captured by jobs/timers (engine/host/event_loop.py)
        self.on_uncaught = None       # callable(JSError): errors escaping callbacks, unhandled rejections
        self.on_idle = None           # callable(): before the event loop sleeps for a timer
        if sys.getrecursionlimit() < 8000:
            sys.setrecursionlimit(8000)
        self.realm = Realm(host=self)
        self.vm = VM(self.realm, max_depth=max_depth, dispatch=dispatch)
        self.realm.vm = self.vm
        from jskernel.engine.host.event_loop import EventLoop
        self.loop = EventLoop(self)   # timers, immediates: engine/host/event_loop.py, timers.py

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
        """Run a script and return its completion value; or, with `module=True`, run an ES
        module (URL from `filename`: a path -> file://, else "jskernel:" + filename; its
        top-level await is waited for) and return undefined (docs/modules.md)."""
        if module:      # a module (its URL from `filename`): runtime/modules.py
            from jskernel.engine.runtime.modules import run_module_source
            return run_module_source(self, source, filename)
        code = self.compile(source, filename=filename, module=module)
        result = self.run(code)
        self.run_jobs()
        return result

    # -- ES modules: runtime/modules.py ---------------------------------------------------------------
    def import_module(self, specifier: str, referrer: str | None = None):
        """Load, link and evaluate the module `specifier` names (relative to the module URL
        `referrer`, or the loader's base directory), waiting for its top-level await;
        returns its namespace object.  Raises JSError (JSSyntaxError for bad source)."""
        from jskernel.engine.runtime.modules import import_module
        return import_module(self, specifier, referrer)

    def define_module(self, name: str, source: str) -> str:
        """An in-memory ES module importable by the bare specifier `name` (the %%module
        magic); returns its URL.  Re-defining `name` replaces it for later imports."""
        from jskernel.engine.runtime.modules import define_module
        return define_module(self, name, source)

    # -- files, node_modules and CommonJS: engine/host/loader.py -----------------------------------
    loader = None           # the module loader (host/loading.Loader); made by module_loader()

    def module_loader(self):
        """The engine's Loader: a FileLoader resolving from the current directory unless
        one was set (engine.loader = ...)."""
        if self.loader is None:
            import os
            from jskernel.engine.host.loader import FileLoader
            self.loader = FileLoader(os.getcwd(), realm=self.realm)
        return self.loader

    def run_main(self, path: str) -> str:
        """Run the file at `path` as node runs its main module: CommonJS (require, module,
        exports, __filename, __dirname) unless node's rules make it ESM (.mjs, .js in a
        "type": "module" package), then as a module.  Returns "commonjs" or "module";
        raises JSSyntaxError / JSError like evaluate."""
        from jskernel.engine.host.loader import host_call
        kind = host_call(self, self.module_loader().run_main, self.realm, path)
        if kind == "module":
            import os
            from jskernel.engine.host.commonjs import read_text
            path = os.path.realpath(path)
            self.evaluate(host_call(self, read_text, path), filename=path, module=True)
        else:
            self.run_jobs()
        return kind

    def install_require(self, base_dir: str | None = None):
        """Define the global `require` (node's CommonJS require, relative paths and
        node_modules resolved from `base_dir`, default the loader's base directory) in
        this engine's realm: what notebook cells use."""
        from jskernel.engine.host.loader import host_call
        return host_call(self, self.module_loader().install_require, self.realm, base_dir)

    # -- notebook cells (REPL mode, top-level await): engine/host/cells.py --------------------------
    def evaluate_cell(self, source: str, filename: str | None = None):
        """Run a notebook cell in REPL mode; its completion value, or a promise of it when the
        cell awaits at top level or its value is a promise / thenable."""
        from jskernel.engine.host import cells
        return cells.evaluate_cell(self, source, filename or DEFAULT_FILENAME)

    def settle_state(self, value):
        """("value" | "pending" | "fulfilled" | "rejected", value-or-reason)."""
        from jskernel.engine.host import cells
        return cells.settle_state(value)

    def wait_cell(self, value, timeout: float | None = None):
        """Block until a cell's value settles (jobs and timers run); rejection -> JSError."""
        from jskernel.engine.host import cells
        return cells.wait_cell(self, value, timeout)

    def cancel_cell(self):
        """Abandon the cell still awaiting: roll back its uninitialized bindings."""
        from jskernel.engine.host import cells
        return cells.cancel_cell(self)

    # -- the event loop: engine/host/event_loop.py ------------------------------------------------
    def run_event_loop(self, *, deadline: float | None = None) -> None:
        """Run microtasks, timers and immediates until nothing ref'd is pending (or until
        time.monotonic() >= deadline).  Errors go to `on_uncaught`."""
        self.loop.run(deadline)

    def run_ready(self) -> None:
        """One non-blocking turn: microtasks, every timer due now, the immediates."""
        self.loop.run_ready()

    def next_timer_delay(self, *, include_unref: bool = False) -> float | None:
        """Seconds until the next ref'd (or any, with include_unref) timer is due; 0.0 when
        jobs, immediates or unreported rejections are pending; None when nothing is."""
        return self.loop.next_delay(include_unref)

    def has_pending_tasks(self, *, include_unref: bool = False) -> bool:
        return self.loop.has_pending(include_unref)

    def cancel_origin(self, token) -> None:
        """Drop the pending timers, immediates, promise jobs and rejections of `token`."""
        self.loop.cancel_origin(token)

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
        """Run a compiled top-level CodeObject with the global object as `this`."""
        return self.guarded(self.vm.run_code, code, self.realm.global_object)

    def guarded(self, fn, *args):
        """`fn(*args)` for host code that runs JS: the one place where what escapes the VM
        becomes a facade error -- a JS throw leaves as JSError (with its stack), an engine
        bug as an InternalError JSError, Python stack exhaustion as RangeError -- and the
        VM's frame stack is put back as it was on entry after any abrupt exit
        (KeyboardInterrupt included, which is re-raised untouched)."""
        from jskernel.engine.runtime.objects import ThrowCompletion
        from jskernel.engine.vm.interpreter import InternalEngineError
        vm = self.vm
        saved = (vm.frame, vm.depth, vm.native_depth)
        try:
            return fn(*args)
        except ThrowCompletion as exc:
            vm.frame, vm.depth, vm.native_depth = saved
            value = vm.materialize(exc) if exc.name is not None else exc.value
            raise self._js_error(value) from None
        except InternalEngineError as e:
            vm.frame, vm.depth, vm.native_depth = saved
            raise JSError("InternalError", f"engine bug: {e}") from e
        except RecursionError as e:
            vm.frame, vm.depth, vm.native_depth = saved
            raise JSError("RangeError", "Maximum call stack size exceeded") from e
        except JSError:
            vm.frame, vm.depth, vm.native_depth = saved
            raise
        except Exception as e:   # an engine bug outside the loop
            vm.frame, vm.depth, vm.native_depth = saved
            raise JSError("InternalError", f"engine bug: {type(e).__name__}: {e}") from e
        except BaseException:    # KeyboardInterrupt (kernel interrupt) and friends
            vm.frame, vm.depth, vm.native_depth = saved
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

    # -- completion and inspection, no side effects: engine/introspect/ (docs/introspection.md) --
    introspection_scopes = None     # optional [callable -> {name: value}] consulted before global_lex

    def complete(self, code: str, cursor_pos: int, *, cwd: str | None = None):
        """What can be typed at `cursor_pos` (code points): a Completion(matches, start, end,
        types).  Reads values without running any JavaScript."""
        from jskernel.engine.introspect import complete
        return complete(self, code, cursor_pos, cwd=cwd)

    def inspect_at(self, code: str, cursor_pos: int, detail_level: int = 0):
        """The inspection report (text with ANSI colours) of the name at the cursor, or None."""
        from jskernel.engine.introspect import inspect_at
        return inspect_at(self, code, cursor_pos, detail_level)

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

    # -- front-end API: rich display, dialogs, comms (engine/host/frontend.py) --------------------
    display_sink = None     # sink(kind, bundle, metadata, display_id): see host/display.py
    input_sink = None       # read_line(prompt) -> str: see host/dialogs.py
    comm_host = None        # see host/comms.py

    def install_frontend(self, *, display=None, input=None, comm=None):
        """Install `display`/`clearOutput`, `prompt`/`confirm`/`alert` and `Jupyter.comm`
        for the pieces given (host/frontend.py)."""
        from jskernel.engine.host.frontend import install_frontend
        install_frontend(self, display=display, input=input, comm=comm)

    def mime_bundle(self, value):
        """(bundle, metadata) of `value`'s rich representation (Symbol.for("Jupyter.display"),
        _toMime, _toHtml) or None; no getter runs for plain values; JSError if a method throws."""
        from jskernel.engine.host.frontend import mime_bundle
        return mime_bundle(self, value)

    def comm_opened(self, comm_id: str, target: str, msg: dict) -> bool:
        """The front end opened comm `comm_id` to `target`: False when no JS target takes it."""
        from jskernel.engine.host import comms
        return bool(comms.deliver(self, comms.comm_opened, comm_id, target, msg))

    def comm_message(self, comm_id: str, msg: dict) -> None:
        from jskernel.engine.host import comms
        comms.deliver(self, comms.comm_message, comm_id, msg)

    def comm_closed(self, comm_id: str, msg: dict) -> None:
        from jskernel.engine.host import comms
        comms.deliver(self, comms.comm_closed, comm_id, msg)

    def user_globals(self) -> dict:
        """The user's global names -> raw values (host/namespace.py; %who)."""
        from jskernel.engine.host.namespace import user_globals
        return user_globals(self)

    def reset_globals(self) -> list:
        """Remove every user global (%reset); returns their names."""
        from jskernel.engine.host.namespace import reset_user_globals
        return reset_user_globals(self)
