"""The kernel's side of rich display, magics, comms and stdin.

Owns `KernelFrontend`, one per JSKernel, which kernel.py delegates to:

  * the engine's display sink (engine/host/display.py): `display_data`,
    `update_display_data` (with `transient.display_id`) and `clear_output` messages on
    iopub, sent after the buffered console output and with the same parent header
    (the request running now, or the cell that scheduled the running timer / job);
  * `result_data(value, text)`: an execute_result's data -- text/plain plus the
    value's rich MIME types (Symbol.for("Jupyter.display"), _toMime, _toHtml);
  * the input sink for prompt() / confirm() / alert(): an input_request on stdin when
    the execute request allowed it, otherwise the dialog throws a JS Error;
  * comms: ipykernel's CommManager (the `comm` package's, through `comm.get_comm_manager`)
    handles comm_open / comm_msg / comm_close / comm_info_request; JS targets registered
    with `Jupyter.comm.registerTarget` become CommManager targets, and messages from the
    front end run the JS callbacks with their output sent to that message's parent;
  * magics (jskernel/magics/): `run_magic_cell` runs a cell's magic steps and hands
    its JS pieces back to the kernel's normal (asynchronous) cell path.
"""

from __future__ import annotations

import contextlib


class KernelFrontend:
    def __init__(self, kernel):
        self.kernel = kernel
        self._comms: dict[str, object] = {}      # comm_id -> comm (ipykernel BaseComm)
        self._setup_comms()

    # -- engine wiring -----------------------------------------------------------------------
    def attach(self, engine) -> None:
        """Install the front-end API into a newly created engine."""
        engine.install_frontend(display=self.display_sink, input=self.read_line,
                                comm=_CommHost(self))

    # -- iopub ---------------------------------------------------------------------------------
    def send_iopub(self, msg_type: str, content: dict) -> None:
        """Send after the pending console output, to the parent that output would get."""
        kernel = self.kernel
        if getattr(kernel, "_silent", False):
            return
        kernel.flush_output()
        loop = getattr(kernel, "_cell_loop", None)
        parent = loop.output_parent() if loop is not None else None
        if parent is None:
            kernel.send_response(kernel.iopub_socket, msg_type, content)
        else:
            kernel.session.send(kernel.iopub_socket, msg_type, content, parent=parent,
                                ident=kernel._topic(msg_type))

    def display_sink(self, kind, bundle, metadata, display_id) -> None:
        if kind == "clear":
            self.send_iopub("clear_output", {"wait": bool(metadata.get("wait"))})
            return
        content = {"data": bundle, "metadata": metadata or {}, "transient": {}}
        if display_id is not None:
            content["transient"] = {"display_id": display_id}
        self.send_iopub("update_display_data" if kind == "update" else "display_data", content)

    def result_data(self, value, text: str):
        """(data, metadata) of an execute_result: text/plain `text` plus rich MIME types."""
        data = {"text/plain": text}
        metadata = {}
        engine = self.kernel.engine
        rich = engine.mime_bundle(value) if hasattr(engine, "mime_bundle") else None
        if rich is not None:
            bundle, metadata = rich
            data = {**bundle, "text/plain": bundle.get("text/plain", text)}
        return data, metadata

    def send_result(self, value) -> None:
        """A value as the cell's execute_result (magics: %time ...); none for undefined."""
        from jskernel.engine.runtime.values import UNDEFINED

        if value is UNDEFINED:
            return
        data, metadata = self.result_data(value, self.kernel.engine.inspect(value))
        self.send_iopub("execute_result", {"execution_count": self.kernel.execution_count,
                                           "data": data, "metadata": metadata})

    # -- stdin -----------------------------------------------------------------------------------
    def read_line(self, prompt: str) -> str:
        from jskernel.engine.host.dialogs import InputNotAvailable

        kernel = self.kernel
        parent = kernel.get_parent("shell") or {}
        allowed = (parent.get("header", {}).get("msg_type") == "execute_request"
                   and bool(parent.get("content", {}).get("allow_stdin", False)))
        if not allowed:
            raise InputNotAvailable()
        kernel.flush_output()
        try:
            kernel._allow_stdin = True          # what ipykernel's raw_input checks
            return kernel.raw_input(prompt)
        except EOFError:
            raise
        except KeyboardInterrupt:
            raise
        except Exception as exc:   # StdinNotImplementedError and friends
            raise InputNotAvailable() from exc

    # -- comms -----------------------------------------------------------------------------------
    def _setup_comms(self) -> None:
        try:
            import comm

            manager = comm.get_comm_manager()
        except Exception:      # no comm support: comm messages are ignored, as before
            return
        kernel = self.kernel
        kernel.comm_manager = manager
        for msg_type in ("comm_open", "comm_msg", "comm_close"):
            kernel.shell_handlers[msg_type] = getattr(manager, msg_type)

    @contextlib.contextmanager
    def _origin(self, parent):
        """JS run for a comm message: its output (and the timers it sets) belong to that
        message's parent."""
        kernel = self.kernel
        engine = kernel.engine
        previous = getattr(engine, "current_origin", None)
        if hasattr(engine, "current_origin"):
            from jskernel.kernel_loop import Origin

            engine.current_origin = Origin(parent)
        try:
            yield engine
        finally:
            if hasattr(engine, "current_origin"):
                engine.current_origin = previous
            kernel.flush_output()
            loop = getattr(kernel, "_cell_loop", None)
            if loop is not None and hasattr(loop, "schedule_tick"):
                loop.schedule_tick()

    def _wire(self, c) -> None:
        comm_id = c.comm_id
        self._comms[comm_id] = c

        def on_msg(msg):
            with self._origin(msg) as engine:
                engine.comm_message(comm_id, msg)

        def on_close(msg):
            self._comms.pop(comm_id, None)
            with self._origin(msg) as engine:
                engine.comm_closed(comm_id, msg)

        c.on_msg(on_msg)
        c.on_close(on_close)

    def register_target(self, name: str) -> None:
        manager = getattr(self.kernel, "comm_manager", None)
        if manager is None:
            return

        def opened(c, msg):
            self._wire(c)
            with self._origin(msg) as engine:
                taken = engine.comm_opened(c.comm_id, name, msg)
            if not taken:
                self._comms.pop(c.comm_id, None)
                c.close()

        manager.register_target(name, opened)

    def unregister_target(self, name: str) -> None:
        manager = getattr(self.kernel, "comm_manager", None)
        if manager is not None:
            manager.targets.pop(name, None)

    def open_comm(self, target, data, metadata, buffers) -> str:
        import comm

        self.kernel.flush_output()          # console output first, in order
        c = comm.create_comm(target_name=target, data=data, metadata=metadata, buffers=buffers)
        self._wire(c)
        return c.comm_id

    def comm_send(self, comm_id, data, metadata, buffers) -> None:
        self.kernel.flush_output()          # console output first, in order
        c = self._comms.get(comm_id)
        if c is not None:
            c.send(data=data, metadata=metadata, buffers=buffers)

    def comm_close(self, comm_id, data, metadata) -> None:
        self.kernel.flush_output()          # console output first, in order
        c = self._comms.pop(comm_id, None)
        if c is not None:
            c.close(data=data, metadata=metadata)


class _CommHost:
    """The comm host the engine calls (engine/host/comms.py)."""

    def __init__(self, frontend: KernelFrontend):
        self.f = frontend

    def register_target(self, name):
        self.f.register_target(name)

    def unregister_target(self, name):
        self.f.unregister_target(name)

    def open(self, target, data, metadata, buffers):
        return self.f.open_comm(target, data, metadata, buffers)

    def send(self, comm_id, data, metadata, buffers):
        self.f.comm_send(comm_id, data, metadata, buffers)

    def close(self, comm_id, data, metadata):
        self.f.comm_close(comm_id, data, metadata)


# -- magics -------------------------------------------------------------------------------------

_RED, _RESET = "\x1b[0;31m", "\x1b[0m"


class KernelMagicHost:
    """What magics see of the kernel (jskernel/magics/__init__.py: MagicHost)."""

    def __init__(self, kernel, filename: str):
        self.kernel = kernel
        self.filename = filename
        self.magic_line = 1

    @property
    def engine(self):
        return self.kernel.engine

    def write(self, text: str) -> None:
        self.kernel._write_stdout(text)

    def evaluate(self, source: str):
        """A piece of the cell evaluated like a cell (REPL mode), awaited to its value."""
        engine = self.engine
        if hasattr(engine, "evaluate_cell"):
            value = engine.evaluate_cell(source, self.filename)
            state, result = engine.settle_state(value)
            if state == "value" or state == "fulfilled":
                return result
            return engine.wait_cell(value)
        return engine.evaluate(source, filename=self.filename)

    def show(self, value) -> None:
        self.kernel._frontend.send_result(value)

    def read_line(self, prompt: str) -> str:
        return self.kernel._frontend.read_line(prompt)


def usage_error(kernel, message: str) -> dict:
    return kernel._error("UsageError", message, [f"{_RED}UsageError{_RESET}: {message}"])


async def run_magic_cell(kernel, source: str, filename: str, silent: bool, run_js):
    """Run a cell that has magics; None when it has none (the caller runs it as JS).
    `run_js(source, filename, silent)` is the kernel's coroutine for a JS piece, returning
    its reply."""
    from jskernel import magics
    from jskernel.engine.errors import JSError, JSSyntaxError

    try:
        steps = magics.plan(source)
    except magics.MagicError as err:
        return usage_error(kernel, str(err))
    if steps is None:
        return None
    ok = {"status": "ok", "execution_count": kernel.execution_count, "payload": [],
          "user_expressions": {}}
    reply = ok
    host = KernelMagicHost(kernel, filename)
    for step in steps:
        if step.kind == "js":
            reply = await run_js(step.source, filename, silent)
            if reply.get("status") != "ok":
                return reply
            continue
        try:
            with _magic_running(kernel):
                _call(kernel, step.run, host)
        except magics.MagicError as err:
            return usage_error(kernel, str(err))
        except JSSyntaxError as err:
            return kernel._error(err.name, err.message, kernel._syntax_traceback(err, filename))
        except JSError as err:
            return kernel._error(err.name, err.message, kernel._js_traceback(err))
        except KeyboardInterrupt:
            with contextlib.suppress(Exception):
                kernel.engine._reset()
            return kernel._error("KeyboardInterrupt", "execution interrupted",
                                 [f"{_RED}KeyboardInterrupt{_RESET}: execution interrupted"])
        reply = ok
    return reply


def _call(kernel, fn, *args):
    loop = getattr(kernel, "_cell_loop", None)
    if loop is not None and hasattr(loop, "_call"):
        return loop._call(fn, *args)       # SIGINT raises KeyboardInterrupt in here
    return fn(*args)


@contextlib.contextmanager
def _magic_running(kernel):
    """While a magic runs, output belongs to the current request (not an earlier cell)."""
    loop = getattr(kernel, "_cell_loop", None)
    engine = kernel.engine
    busy = getattr(loop, "busy", None)
    previous = getattr(engine, "current_origin", None)
    if loop is not None and busy is not None:
        loop.busy = True
    if hasattr(engine, "current_origin"):
        from jskernel.kernel_loop import Origin

        engine.current_origin = Origin(kernel.get_parent("shell"))
    try:
        yield
    finally:
        if loop is not None and busy is not None:
            loop.busy = busy
        if hasattr(engine, "current_origin"):
            engine.current_origin = previous
        kernel.flush_output()
