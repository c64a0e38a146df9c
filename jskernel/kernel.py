"""JSKernel: the Jupyter kernel, talking to one persistent Engine through its facade.

Owns the Jupyter side of a cell: console output as `stream` messages (stdout for
console.log/info/debug, stderr for console.error/warn, lightly buffered and always
flushed before the reply), the last expression's value as an `execute_result`
(text/plain from `engine.inspect`; none for undefined), uncaught exceptions and
SyntaxErrors as one `error` message whose traceback points at the cell line with a
caret, then the JS stack, and `is_complete` replies.

Every cell runs under the pseudo-filename ``In[n]`` (n = execution count), so JS
stacks read ``at f (In[3]:2:5)`` and an error inside a function defined in an earlier
cell is shown against that cell's source.  Any unexpected Python exception from the
engine becomes a labelled error message: the kernel never dies of an engine bug.

Leaves evaluation, formatting and error objects to the engine, rendering helpers to
`console/report.py`, completeness to `engine/syntax/completeness.py`.
"""

from __future__ import annotations

import os
import threading

from ipykernel.kernelbase import Kernel

from jskernel import __version__
from jskernel.console.report import (
    caret_line, context_block, find_frame, internal_error_text, source_lines,
)
from jskernel.engine.text import printable, to_js

KERNEL_NAME = "jskernel"
DISPLAY_NAME = "JavaScript (jskernel)"

# How long console output may sit in the buffer before it is sent (seconds, by a timer
# thread while the cell runs), and how much of it (characters).
FLUSH_INTERVAL = 0.05
FLUSH_SIZE = 8192

_RED, _GREEN, _CYAN, _RESET = "\x1b[0;31m", "\x1b[0;32m", "\x1b[0;36m", "\x1b[0m"


def cell_filename(count: int) -> str:
    return f"In[{count}]"


class JSKernel(Kernel):
    implementation = "jskernel"
    implementation_version = __version__
    language = "javascript"
    language_version = "ES2024"
    language_info = {
        "name": "javascript",
        "version": "ES2024",
        "mimetype": "text/javascript",
        "file_extension": ".js",
        "pygments_lexer": "javascript",
        "codemirror_mode": "javascript",
    }
    banner = f"jskernel {__version__}: JavaScript in pure Python"
    help_links = [
        {"text": "MDN JavaScript reference",
         "url": "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference"},
    ]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._engine = None
        self._sources: dict[str, str] = {}   # cell filename -> JS source, for tracebacks
        self._pending: list[list[str]] = []  # [[stream name, text], ...] not yet sent
        self._pending_size = 0
        self._out_lock = threading.RLock()
        self._out_timer: threading.Timer | None = None
        self._silent = False

    # -- the engine ----------------------------------------------------------------

    @property
    def engine(self):
        """The kernel's one Engine, created on first use (a failure is reported per cell)."""
        if self._engine is None:
            from jskernel.engine import Engine

            self._engine = Engine(stdout=self._write_stdout, stderr=self._write_stderr)
        return self._engine

    # -- output streams --------------------------------------------------------------

    def _write_stdout(self, text) -> None:
        self._write("stdout", text)

    def _write_stderr(self, text) -> None:
        self._write("stderr", text)

    def _write(self, name: str, text) -> None:
        if self._silent or not text:
            return
        text = printable(str(text))
        with self._out_lock:
            if self._pending and self._pending[-1][0] == name:
                self._pending[-1][1] += text
            else:
                self._pending.append([name, text])
            self._pending_size += len(text)
            if self._pending_size >= FLUSH_SIZE:
                self.flush_output()
            elif self._out_timer is None:
                # a long-running cell still shows its output within FLUSH_INTERVAL
                timer = threading.Timer(FLUSH_INTERVAL, self.flush_output)
                timer.daemon = True
                self._out_timer = timer
                timer.start()

    def flush_output(self) -> None:
        """Send buffered console output as stream messages, in order (any thread)."""
        with self._out_lock:
            timer, self._out_timer = self._out_timer, None
            if timer is not None:
                timer.cancel()
            pending, self._pending, self._pending_size = self._pending, [], 0
            for name, text in pending:
                # from the timer thread the parent is the shell's current request
                self.send_response(self.iopub_socket, "stream", {"name": name, "text": text})

    # -- execute -------------------------------------------------------------------

    async def do_execute(self, code, silent, store_history=True, user_expressions=None,
                         allow_stdin=False, *, cell_meta=None, cell_id=None):
        self._silent = silent
        filename = "<silent>" if silent else cell_filename(self.execution_count)
        source = to_js(code)
        self._sources[filename] = source
        try:
            reply = self._run_cell(source, filename, silent)
            if reply["status"] == "ok" and user_expressions:
                reply["user_expressions"] = self._user_expressions(user_expressions)
            return reply
        except KeyboardInterrupt:  # arrived outside the engine
            return self._error("KeyboardInterrupt", "execution interrupted",
                               [f"{_RED}KeyboardInterrupt{_RESET}: execution interrupted"])
        except Exception as exc:  # a bug while reporting: still an error reply, never a crash
            self._log_internal()
            return self._error("InternalError", f"jskernel bug: {type(exc).__name__}: {exc}",
                               internal_error_text(exc, verbose=_debug_enabled()).splitlines())
        finally:
            self.flush_output()
            self._silent = False

    def _run_cell(self, source: str, filename: str, silent: bool) -> dict:
        from jskernel.engine.errors import JSError, JSSyntaxError

        try:
            engine = self.engine
            value = engine.evaluate(source, filename=filename)
            text = None if _is_undefined(value) or silent else engine.inspect(value)
        except JSSyntaxError as err:
            return self._error(err.name, err.message, self._syntax_traceback(err, filename))
        except JSError as err:
            return self._error(err.name, err.message, self._js_traceback(err))
        except KeyboardInterrupt:
            return self._error("KeyboardInterrupt", "execution interrupted",
                               [f"{_RED}KeyboardInterrupt{_RESET}: execution interrupted"])
        except (Exception, RecursionError) as exc:  # an engine bug: report, stay alive
            self._log_internal()
            text = internal_error_text(exc, verbose=_debug_enabled())
            return self._error("InternalError", f"jskernel bug: {type(exc).__name__}: {exc}",
                               text.splitlines())
        if text is not None:
            self.flush_output()
            self.send_response(self.iopub_socket, "execute_result", {
                "execution_count": self.execution_count,
                "data": {"text/plain": printable(text)},
                "metadata": {},
            })
        return {"status": "ok", "execution_count": self.execution_count,
                "payload": [], "user_expressions": {}}

    def _user_expressions(self, expressions: dict) -> dict:
        """Evaluate each user expression; results as text/plain, errors as error dicts."""
        from jskernel.engine.errors import JSError

        results = {}
        for name, expression in expressions.items():
            try:
                value = self.engine.evaluate(to_js(expression), filename="<user_expression>")
                results[name] = {"status": "ok", "metadata": {},
                                 "data": {"text/plain": printable(self.engine.inspect(value))}}
            except JSError as err:
                results[name] = {"status": "error", "ename": printable(str(err.name)),
                                 "evalue": printable(str(err.message)), "traceback": []}
            except Exception as exc:  # an engine bug
                results[name] = {"status": "error", "ename": "InternalError",
                                 "evalue": f"{type(exc).__name__}: {exc}", "traceback": []}
        return results

    def _log_internal(self) -> None:
        if self.log is not None:
            self.log.error("internal error in jskernel", exc_info=True)

    def _error(self, ename: str, evalue: str, traceback: list[str]) -> dict:
        ename, evalue = printable(str(ename)), printable(str(evalue))
        content = {"ename": ename, "evalue": evalue, "traceback": traceback}
        if not self._silent:
            self.flush_output()
            self.send_response(self.iopub_socket, "error", content)
        return {"status": "error", "execution_count": self.execution_count, **content}

    def _cell_header(self, filename: str, line: int) -> str:
        return f"{_CYAN}Cell {filename}, line {line}{_RESET}"

    def _syntax_traceback(self, err, filename: str) -> list[str]:
        if err.filename in self._sources:
            where = err.filename
        elif err.filename in (None, filename):
            where = filename
        else:  # code compiled at run time (eval, new Function): its own rendering
            return printable(err.format()).split("\n")
        lines = source_lines(self._sources[where])
        out = [f"{_CYAN}Cell {where}, line {err.line}, column {err.column}{_RESET}"]
        if 1 <= err.line <= len(lines):
            text = lines[err.line - 1]
            out += ["    " + printable(text), "    " + f"{_RED}{caret_line(text, err.column)}{_RESET}"]
        out.append(f"{_RED}SyntaxError{_RESET}: {printable(err.message)}")
        return out

    def _js_traceback(self, err) -> list[str]:
        out = []
        where = find_frame(err, self._sources)
        if where is not None:
            filename, line, column = where
            lines = source_lines(self._sources[filename])
            if line <= len(lines):
                out.append(self._cell_header(filename, line))
                out += context_block(lines, line, column, color=True)
                out.append("")
        stack = printable(err.stack or f"{err.name}: {err.message}")
        first, _, rest = stack.partition("\n")
        name = printable(str(err.name))
        if first.startswith(name):
            first = f"{_RED}{name}{_RESET}" + first[len(name):]
        out.append(first)
        out += rest.split("\n") if rest else []
        return out

    # -- the other requests -----------------------------------------------------------

    async def do_is_complete(self, code):
        from jskernel.engine.syntax.completeness import is_complete

        try:
            status, indent = is_complete(code)
        except Exception:  # the parser is not ready / crashed: let the user decide
            return {"status": "unknown"}
        reply = {"status": status}
        if status == "incomplete":
            reply["indent"] = indent
        return reply

    async def do_complete(self, code, cursor_pos):
        return {"status": "ok", "matches": [], "cursor_start": cursor_pos,
                "cursor_end": cursor_pos, "metadata": {}}

    async def do_inspect(self, code, cursor_pos, detail_level=0, omit_sections=()):
        return {"status": "ok", "found": False, "data": {}, "metadata": {}}

    async def do_shutdown(self, restart):
        if restart:
            self._engine = None
            self._sources.clear()
        return {"status": "ok", "restart": restart}


def _is_undefined(value) -> bool:
    from jskernel.engine.runtime.values import UNDEFINED

    return value is UNDEFINED


def _debug_enabled() -> bool:
    return os.environ.get("JSKERNEL_DEBUG", "") not in ("", "0")


def main() -> None:
    """Launch the kernel (`python -m jskernel -f CONNECTION_FILE`)."""
    from ipykernel.kernelapp import IPKernelApp

    IPKernelApp.launch_instance(kernel_class=JSKernel)
