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
`console/report.py`, completeness to `engine/syntax/completeness.py`, completion,
inspection and `x?` pages to `completion.py`, history to `history.py`.
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
from jskernel.kernel_frontend import run_magic_cell

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
        self._pending: list[list] = []  # [[stream name, text, parent header or None], ...] not yet sent
        self._pending_size = 0
        self._out_lock = threading.RLock()
        self._out_timer: threading.Timer | None = None
        self._silent = False
        from jskernel.kernel_loop import CellLoop

        self._cell_loop = CellLoop(self)     # execution model, event loop, interrupts
        from jskernel.kernel_frontend import KernelFrontend

        self._frontend = KernelFrontend(self)   # rich display, magics, comms, stdin

    # -- the engine ----------------------------------------------------------------

    @property
    def engine(self):
        """The kernel's one Engine, created on first use (a failure is reported per cell)."""
        if self._engine is None:
            from jskernel.engine import Engine

            self._engine = Engine(stdout=self._write_stdout, stderr=self._write_stderr)
            self._frontend.attach(self._engine)     # display(), prompt(), Jupyter.comm
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
        parent = self._cell_loop.output_parent()  # the cell that scheduled the running JS
        with self._out_lock:
            if self._pending and self._pending[-1][0] == name and self._pending[-1][2] is parent:
                self._pending[-1][1] += text
            else:
                self._pending.append([name, text, parent])
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
            for name, text, parent in pending:
                content = {"name": name, "text": text}
                if parent is None:  # the shell's current request
                    self.send_response(self.iopub_socket, "stream", content)
                else:               # output of an earlier cell's timers / promise jobs
                    self.session.send(self.iopub_socket, "stream", content, parent=parent,
                                      ident=self._topic("stream"))

    # -- execute -------------------------------------------------------------------

    def pre_handler_hook(self):
        self._cell_loop.pre_handler_hook()   # SIGINT handling: kernel_loop.py

    def post_handler_hook(self):
        self._cell_loop.post_handler_hook()

    async def do_execute(self, code, silent, store_history=True, user_expressions=None,
                         allow_stdin=False, *, cell_meta=None, cell_id=None):
        self._silent = silent
        filename = "<silent>" if silent else cell_filename(self.execution_count)
        source = to_js(code)
        self._sources[filename] = source
        page = None if silent else self._help_page(code)   # `x?` / `x??` (completion.py)
        if page is not None:
            return page
        try:
            reply = await run_magic_cell(self, source, filename, silent, self._run_cell)
            if reply is None:  # no %magics in the cell (kernel_frontend.py)
                reply = await self._run_cell(source, filename, silent)
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

    async def _run_cell(self, source: str, filename: str, silent: bool) -> dict:
        from jskernel.engine.errors import JSError, JSSyntaxError

        try:
            engine = self.engine
            value = await self._cell_loop.execute(source, filename, silent)  # kernel_loop.py
            text = None if _is_undefined(value) or silent else engine.inspect(value)
            if text is not None:  # text/plain + the value's rich MIME types (kernel_frontend.py)
                data, metadata = self._frontend.result_data(value, printable(text))
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
                "data": data,
                "metadata": metadata,
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
        from jskernel.completion import help_request
        from jskernel.engine.syntax.completeness import is_complete

        if help_request(code) is not None:    # `x?`: runs as an inspection
            return {"status": "complete"}
        from jskernel.magics import is_complete as magic_complete

        magic = magic_complete(code)          # `%%module m` waits for its body (magics/)
        if magic is not None:
            return {"status": magic[0], **({"indent": ""} if magic[0] == "incomplete" else {})}
        try:
            status, indent = is_complete(code)
        except Exception:  # the parser is not ready / crashed: let the user decide
            return {"status": "unknown"}
        reply = {"status": status}
        if status == "incomplete":
            reply["indent"] = indent
        return reply

    # -- completion, inspection, history: jskernel/completion.py, jskernel/history.py ----------

    def _engine_or_none(self):
        try:
            return self.engine
        except Exception:  # the engine cannot start: no JS completions, still a reply
            self._log_internal()
            return None

    async def do_complete(self, code, cursor_pos):
        from jskernel.completion import complete_reply

        return complete_reply(self._engine_or_none(), code, cursor_pos)

    async def do_inspect(self, code, cursor_pos, detail_level=0, omit_sections=()):
        from jskernel.completion import inspect_reply

        return inspect_reply(self._engine_or_none(), code, cursor_pos, detail_level)

    def _help_page(self, code):
        """The reply to a `x?` / `x??` cell (a page payload), or None for other cells."""
        from jskernel.completion import page_reply

        page = page_reply(self._engine_or_none(), code)
        if page is None:
            return None
        return {"status": "ok", "execution_count": self.execution_count,
                "payload": [page], "user_expressions": {}}

    @property
    def history(self):
        """The SQLite history store (one session per kernel run), opened on first use."""
        store = getattr(self, "_history_store", None)
        if store is None:
            from jskernel.history import HistoryStore

            store = self._history_store = HistoryStore(kind="kernel")
        return store

    def _publish_execute_input(self, code, parent, execution_count):
        super()._publish_execute_input(code, parent, execution_count)
        content = parent.get("content", {}) if isinstance(parent, dict) else {}
        if content.get("store_history", not content.get("silent", False)):
            try:
                self.history.store_input(execution_count, code)
                self._history_line = execution_count
            except Exception:  # history never breaks execution
                self._log_internal()

    def send_response(self, stream, msg_or_type, content=None, *args, **kwargs):
        if msg_or_type == "execute_result" and isinstance(content, dict) \
                and content.get("execution_count") == getattr(self, "_history_line", None):
            try:   # the cell's result text goes with its input (history output=True)
                self.history.store_output(content["execution_count"], content["data"]["text/plain"])
            except Exception:
                self._log_internal()
        return super().send_response(stream, msg_or_type, content, *args, **kwargs)

    async def do_history(self, hist_access_type, output, raw, session=None, start=None,
                         stop=None, n=None, pattern=None, unique=False):
        from jskernel.history import history_reply

        try:
            return history_reply(self.history, hist_access_type, output, raw, session=session,
                                 start=start, stop=stop, n=n, pattern=pattern, unique=unique)
        except Exception:  # a broken store: an empty history, never a crash
            self._log_internal()
            return {"status": "ok", "history": []}

    async def do_shutdown(self, restart):
        self._cell_loop.cancel_tick()
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
