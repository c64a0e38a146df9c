"""The kernel's execution model: how a cell runs, waits and is interrupted, and how the
engine's event loop keeps turning between executions.

Owns `CellLoop`, which JSKernel (kernel.py) delegates its execute path to:

  * a cell runs through `engine.evaluate_cell` (REPL mode, top-level await:
    engine/host/cells.py) under an *origin*: a token carrying the request's parent
    header.  The engine captures the current origin in every job and timer a cell
    schedules and makes it current again while they run, so console output is sent
    with the parent header of the cell that scheduled it (`output_parent`), even when it
    arrives after that cell's reply;
  * a cell whose value is a promise (top-level await, or a promise / thenable value)
    is awaited without blocking the kernel's asyncio loop: the loop sleeps until the
    engine's next timer is due (`engine.next_timer_delay`), runs it
    (`engine.run_ready`), and so on until the promise settles;
  * between executions the same loop keeps turning from `call_later` callbacks on the
    kernel's own asyncio loop (the main thread, which owns the engine: ipykernel 7
    runs shell handlers there); uncaught errors of those callbacks and unhandled
    rejections go to their cell's stderr as "Uncaught ..." / "Uncaught (in promise) ...";
  * SIGINT (interrupt_mode "signal"; ipykernel's interrupt_request signals the process
    too) raises KeyboardInterrupt while JS runs -- the VM never lets JS catch it -- and
    wakes a cell waiting on a promise; the cell's pending jobs and timers are cancelled
    (`engine.cancel_origin`), its uninitialized bindings rolled back
    (`engine.cancel_cell`), earlier bindings are kept and the reply is a
    KeyboardInterrupt error.  While the kernel is idle SIGINT interrupts only a running
    timer callback, never the kernel.

The event loop API (`run_ready`, `next_timer_delay`, `current_origin`, `cancel_origin`,
`on_uncaught`) belongs to engine/host; when an engine lacks it, promise jobs are
drained with `run_jobs` and unhandled rejections read with `take_unhandled_rejections`.
"""

from __future__ import annotations

import asyncio
import signal
import threading


POLL = 0.1      # seconds: the longest a waiting cell sleeps without looking at the engine


class Origin:
    """The token for one execution: the parent header its output and errors belong to."""

    __slots__ = ("parent", "silent", "filename")

    def __init__(self, parent, silent=False, filename=None):
        self.parent = parent
        self.silent = silent
        self.filename = filename

    def __repr__(self):
        return f"<Origin {self.filename}>"


class CellLoop:
    def __init__(self, kernel):
        self.kernel = kernel
        self.loop: asyncio.AbstractEventLoop | None = None
        self.busy = False               # a cell is executing (ticks wait for it)
        self.in_engine = False          # JS is running right now: SIGINT raises
        self.interrupted = False
        self.wakeup: asyncio.Event | None = None
        self.tick_handle = None
        self.origin: Origin | None = None    # origin of the current / last execution
        self.hooked = None              # the engine _hook_engine prepared
        self.saved_sigint = None        # ipykernel's handler, while a shell handler runs
        self.handler_depth = 0          # shell handlers running (pre/post_handler_hook)
        self.interrupted_origin = None  # engine.current_origin when SIGINT stopped JS

    # -- plumbing -----------------------------------------------------------------------
    @property
    def engine(self):
        return self.kernel.engine

    def output_parent(self):
        """The parent header for console output written right now (None: the request's)."""
        engine = self.kernel._engine
        origin = engine.current_origin if engine is not None else None
        if isinstance(origin, Origin):
            return origin.parent
        return self.origin.parent if self.origin is not None and not self.busy else None

    def _sigint(self, signum, frame):
        if self.in_engine:
            # whose JS is running (a timer of an earlier cell, maybe): cancelled with it
            self.interrupted_origin = self.kernel._engine.current_origin
            raise KeyboardInterrupt
        self.interrupted = True
        if self.wakeup is not None and self.loop is not None:
            self.loop.call_soon_threadsafe(self.wakeup.set)

    def _install_sigint(self):
        if threading.current_thread() is not threading.main_thread():
            return None
        try:
            return signal.signal(signal.SIGINT, self._sigint)
        except (ValueError, OSError):
            return None

    @staticmethod
    def _restore_sigint(previous):
        if previous is not None:
            try:
                signal.signal(signal.SIGINT, previous)
            except (ValueError, OSError):
                pass

    def pre_handler_hook(self):
        """Around every shell handler (instead of ipykernel's default_int_handler): SIGINT
        only sets a flag unless JS is running, so it can never escape into ipykernel.
        Handlers nest (a comm message is dispatched while a cell awaits)."""
        self.handler_depth += 1
        if self.handler_depth == 1:
            if not self.busy:
                self.interrupted = False
            self.saved_sigint = self._install_sigint()

    def post_handler_hook(self):
        self.handler_depth = max(0, self.handler_depth - 1)
        if self.handler_depth == 0:
            self._restore_sigint(self.saved_sigint)
            self.saved_sigint = None
        self.schedule_tick()  # a handler (comm message, completion...) may have run JS

    def wake(self):
        """Another handler ran JS that may settle the awaited cell: check it now."""
        if self.wakeup is not None and self.loop is not None:
            self.loop.call_soon_threadsafe(self.wakeup.set)

    def _call(self, fn, *args):
        """Run engine code on this thread with SIGINT raising KeyboardInterrupt inside it."""
        self.in_engine = True
        try:
            if self.interrupted:
                raise KeyboardInterrupt
            return fn(*args)
        finally:
            self.in_engine = False

    def _hook_engine(self, engine):
        """Once per engine: errors of callbacks to their cell; `require` for cells."""
        if self.hooked is engine:
            return
        self.hooked = engine
        if engine.on_uncaught is None:
            engine.on_uncaught = self._on_uncaught
        try:
            engine.install_require()   # node's require, resolving from the kernel's directory
        except Exception:              # a loader problem must not stop cells from running
            self.kernel._log_internal()

    # -- one execution ------------------------------------------------------------------------
    async def execute(self, source: str, filename: str, silent: bool):
        """Run one cell to its settled value.  Raises JSSyntaxError / JSError (the cell
        threw or its promise rejected) or KeyboardInterrupt (interrupted: its pending work
        is already cancelled); engine bugs (Python exceptions) propagate too."""
        # SIGINT is already ours since pre_handler_hook (a KeyboardInterrupt raised inside
        # ipykernel's dispatch would lose the execute_reply); an interrupt that arrived
        # since then stops this cell before it starts
        previous = self._install_sigint()
        self.loop = asyncio.get_running_loop()
        self.wakeup = asyncio.Event()
        self.busy = True
        engine = None
        try:
            self.cancel_tick()
            origin = Origin(self.kernel.get_parent("shell"), silent, filename)
            self.origin = origin
            engine = self.engine
            self._hook_engine(engine)
            return await self._execute(engine, source, filename, origin)
        finally:
            self._restore_sigint(previous)
            self.wakeup = None
            self.busy = False
            if engine is not None:
                engine.current_origin = None
            self.schedule_tick()

    async def _execute(self, engine, source, filename, origin):
        engine.current_origin = origin
        try:
            value = self._call(engine.evaluate_cell, source, filename)
            self._report_unhandled(origin)
            while True:
                state, result = engine.settle_state(value)
                if state in ("value", "fulfilled"):
                    return result
                if state == "rejected":
                    raise engine._js_error(result)
                await self._wait_for_work(engine)
                if self.interrupted:
                    raise KeyboardInterrupt
                self._turn(engine, origin)
        except KeyboardInterrupt:
            self._cancel(engine, origin)
            raise

    async def _wait_for_work(self, engine):
        """Sleep until the engine has something to run, an interrupt arrives or `wake` is
        called -- at most POLL seconds: a comm or stdin handler running JS meanwhile may
        have queued the jobs that settle the cell."""
        delay = self._next_delay(engine)
        if delay == 0:
            await asyncio.sleep(0)       # let the kernel's own loop breathe
            return
        delay = POLL if delay is None else min(delay, POLL)
        self.wakeup.clear()
        try:
            await asyncio.wait_for(self.wakeup.wait(), timeout=delay)
        except asyncio.TimeoutError:
            pass

    @staticmethod
    def _next_delay(engine):
        """Seconds until the engine has work (0: now), None when it has none.  Unref'd
        timers count: the kernel stays alive, so they fire, as in node's REPL."""
        delay = engine.next_timer_delay(include_unref=True)
        return None if delay is None else max(0.0, float(delay))

    def _turn(self, engine, origin):
        """One turn of the engine's loop (timers due now, then jobs); stays on the origin."""
        self._call(engine.run_ready)
        engine.current_origin = origin
        self._report_unhandled(origin)

    def _cancel(self, engine, origin):
        """Interrupt: drop the cell's pending work and its uninitialized bindings."""
        self.interrupted = False
        stopped, self.interrupted_origin = self.interrupted_origin, None
        try:
            for token in {id(o): o for o in (origin, stopped) if o is not None}.values():
                engine.cancel_origin(token)
            engine.cancel_cell()
            engine._reset()
        except Exception:                # never let cleanup kill the reply
            self.kernel._log_internal()

    # -- errors outside the cell's own completion -----------------------------------------------
    def _on_uncaught(self, err):
        """engine.on_uncaught: an exception escaping a timer callback, or an unhandled
        rejection (err.in_promise): shown on the stderr of the cell it belongs to."""
        from jskernel.engine.host.event_loop import uncaught_text
        self.kernel._write_stderr(uncaught_text(err) + "\n")

    def _report_unhandled(self, origin):
        """Rejections left unhandled by the cell's synchronous part: reported now, before
        the reply (the host loop reports later ones after each of its turns)."""
        self.engine.loop.check_rejections()

    # -- between executions -------------------------------------------------------------------
    def cancel_tick(self):
        if self.tick_handle is not None:
            self.tick_handle.cancel()
            self.tick_handle = None

    def schedule_tick(self):
        """Arrange for the engine's next due work to run on the kernel's loop (while a
        cell executes: have it look at the engine now)."""
        if self.busy:
            self.wake()
            return
        self.cancel_tick()
        engine = self.kernel._engine
        if self.loop is None:
            try:
                self.loop = asyncio.get_running_loop()
            except RuntimeError:
                return
        if engine is None or self.loop.is_closed():
            return
        try:
            delay = self._next_delay(engine)
        except Exception:
            self.kernel._log_internal()
            return
        if delay is not None:
            self.tick_handle = self.loop.call_later(delay, self._tick)

    def _tick(self):
        self.tick_handle = None
        if self.busy:                    # the running execution turns the loop itself
            return
        engine = self.kernel._engine
        if engine is None:
            return
        previous = self._install_sigint()
        self.interrupted = False
        try:
            self._turn_idle(engine)
        except KeyboardInterrupt:        # a callback looping while no cell runs
            engine.current_origin = self.interrupted_origin   # the message goes to that callback's cell
            self.kernel._write_stderr("KeyboardInterrupt: callback interrupted; "
                                      "its cell's pending timers were cancelled\n")
            self._cancel(engine, None)
        except Exception:
            self.kernel._log_internal()
        finally:
            self._restore_sigint(previous)
            engine.current_origin = None
            self.kernel.flush_output()
            self.schedule_tick()

    def _turn_idle(self, engine):
        from jskernel.engine.errors import JSError
        try:
            self._call(engine.run_ready)
        except JSError as err:           # a host without on_uncaught: still its cell's stderr
            self._on_uncaught(err)
        self._report_unhandled(self.origin)
