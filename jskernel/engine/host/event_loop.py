"""The event loop: node's phases over real time (time.monotonic), for every host.

Owns `EventLoop`, one per Engine (`engine.loop`; hosts use the facade methods
`run_event_loop`, `run_ready`, `next_timer_delay`, `has_pending_tasks`,
`cancel_origin`), and the reporting of uncaught errors and unhandled rejections.

Ordering, as node's loop (libuv phases) runs it:

- timers phase: every timer due at the phase's start runs, in order of due time, then
  of scheduling order (times are whole milliseconds, as libuv's clock); promise jobs (microtasks) are drained after EACH callback, and
  unhandled rejections are checked after that drain.  A timer set during the phase is
  due later than the phase's start, so it waits for the next turn.  A setInterval
  timer is re-armed after its callback, `repeat` ms after the moment it started.
- poll: when nothing else is ready the loop sleeps until the next timer is due
  (calling `engine.on_idle()` first, e.g. to flush stdout).
- check phase: the immediates queued before the phase started run (ones queued while
  it runs wait for the next turn), microtasks after each.
- the loop is alive while a ref'd timer or a ref'd immediate is pending; unref'd ones
  still run when they are due and the loop is alive for something else.

Origins: every timer, immediate and promise job captures `engine.current_origin` when it
is scheduled and runs with it restored (host/jobs.py does the promise jobs), so a
kernel can route output to the cell that scheduled it; a timer set inside a timer
inherits its origin.  `cancel_origin(token)` drops what an origin has pending.

Errors: a JS exception escaping a callback (timer, immediate, queueMicrotask) becomes
a `JSError` handed to `engine.on_uncaught(err)`; a promise rejected with no handler
by the time the microtask queue is empty is reported the same way with
`err.in_promise = True`.  Without a hook the error is written to stderr as
``Uncaught ...`` / ``Uncaught (in promise) ...``.  An exception the hook raises
propagates out of `run_event_loop` / `run_ready` (`jskernel run` stops that way at
the first uncaught error, as node exits); the loop stays consistent.

The JavaScript-facing globals (setTimeout ...) live in host/timers.py.
"""

from __future__ import annotations

import heapq
import math
import os
import time
from collections import deque

from jskernel.engine.errors import JSError
from jskernel.engine.host import timers as T


class EventLoop:
    def __init__(self, engine):
        self.engine = engine
        self.realm = engine.realm
        self.jobs = engine.realm.jobs
        self.jobs.on_error = self._job_failed
        self.heap: list = []                # (when, seq, Timer); stale entries skipped
        self.seq = 0
        self.last_id = 0
        self.armed = 0                      # timers waiting to fire
        self.refed_timers = 0               # ... of which ref'd
        self.immediates: deque = deque()    # Immediate records (cleared ones skipped)
        self.pending_immediates = 0
        self.refed_immediates = 0
        self.known_ids: dict[int, T.Timer] = {}
        self.epoch = time.monotonic()
        self.running = False
        self.warned = False
        self.intrinsics = None              # set by timers.install
        T.install(self.realm, self)

    # -- scheduling (called by host/timers.py) ------------------------------------------------
    def origin(self):
        return self.engine.current_origin

    def next_id(self) -> int:
        self.last_id += 1
        return self.last_id

    def _arm(self, t, when):
        if not t.armed:
            t.armed = True
            self.armed += 1
            if t.refed:
                self.refed_timers += 1
        self.seq += 1
        t.seq = self.seq
        t.when = when
        t.destroyed = False
        heapq.heappush(self.heap, (when, self.seq, t))
        if len(self.heap) > 4 * self.armed + 64:     # many cleared timers: compact
            self.heap = [e for e in self.heap if e[2].armed and e[2].seq == e[1]]
            heapq.heapify(self.heap)

    def _disarm(self, t):
        if t.armed:
            t.armed = False
            self.armed -= 1
            if t.refed:
                self.refed_timers -= 1

    def now_ms(self) -> float:
        """The loop clock: whole milliseconds since the loop was made (libuv's uv_now), so
        timers set within the same millisecond with the same delay come due together."""
        return float(int((time.monotonic() - self.epoch) * 1000.0))

    def due_at(self, when_ms: float) -> float:
        """The time.monotonic() value at which the loop clock reaches `when_ms`."""
        return self.epoch + math.ceil(when_ms) / 1000.0

    def add_timer(self, t):
        t.start = self.now_ms()
        self._arm(t, t.start + t.delay)

    def refresh_timer(self, t):
        """Timeout.prototype.refresh: due `delay` ms from now, same callback."""
        if t.cleared:
            return
        t.start = self.now_ms()
        self._arm(t, t.start + t.delay)

    def clear_timer(self, t):
        self._disarm(t)
        t.cleared = t.destroyed = True
        self.known_ids.pop(t.id, None)
        T.sync_timeout(self, t)

    def set_timer_ref(self, t, refed: bool):
        if t.refed != refed:
            t.refed = refed
            if t.armed:
                self.refed_timers += 1 if refed else -1

    def add_immediate(self, im):
        self.immediates.append(im)
        self.pending_immediates += 1
        self.refed_immediates += 1

    def clear_immediate(self, im):
        if not im.destroyed:
            im.destroyed = True
            self.pending_immediates -= 1
            if im.refed:
                self.refed_immediates -= 1
            T.sync_immediate(self, im)

    def set_immediate_ref(self, im, refed: bool):
        if im.refed != refed:
            im.refed = refed
            if not im.destroyed:
                self.refed_immediates += 1 if refed else -1

    def warn(self, name: str, text: str):
        """A process warning on stderr, in node's layout."""
        self.engine.write("stderr", f"(jskernel:{os.getpid()}) {name}: {text}\n")

    # -- queries -----------------------------------------------------------------------------------
    def alive(self) -> bool:
        return bool(self.refed_timers or self.refed_immediates or len(self.jobs))

    def has_pending(self, include_unref: bool = False) -> bool:
        if len(self.jobs) or self.jobs.has_unhandled():
            return True
        if include_unref:
            return bool(self.armed or self.pending_immediates)
        return bool(self.refed_timers or self.refed_immediates)

    def next_delay(self, include_unref: bool = False):
        if len(self.jobs) or self.jobs.has_unhandled():
            return 0.0
        if self.refed_immediates or (include_unref and self.pending_immediates):
            return 0.0
        when = self._next_when(include_unref)
        if when is None:
            return None
        return max(0.0, self.due_at(when) - time.monotonic())

    def _next_when(self, include_unref: bool):
        heap = self.heap
        while heap and not (heap[0][2].armed and heap[0][2].seq == heap[0][1]):
            heapq.heappop(heap)
        if not heap:
            return None
        if include_unref or heap[0][2].refed:
            return heap[0][0]
        live = [w for w, s, t in heap if t.armed and t.seq == s and t.refed]
        return min(live) if live else None

    # -- running -----------------------------------------------------------------------------------
    def run(self, deadline: float | None = None):
        """Run until nothing ref'd is pending, or until time.monotonic() >= deadline."""
        if self.running:
            return
        self.running = True
        try:
            self.microtasks()
            while self.alive():
                if deadline is not None and time.monotonic() >= deadline:
                    return
                self._timers_phase(deadline)
                if not self.pending_immediates and self.alive():
                    when = self._next_when(True)
                    if when is not None:
                        when = self.due_at(when)
                        if deadline is not None:
                            when = min(when, deadline)
                        wait = when - time.monotonic()
                        if wait > 0:
                            idle = getattr(self.engine, "on_idle", None)
                            if idle is not None:
                                idle()
                            time.sleep(wait)
                self._check_phase(deadline)
        finally:
            self.running = False

    def run_ready(self):
        """One non-blocking turn: microtasks, the timers due now, the immediates."""
        if self.running:
            return
        self.running = True
        try:
            self.microtasks()
            self._timers_phase(None)
            self._check_phase(None)
        finally:
            self.running = False

    def microtasks(self):
        """Drain the promise job queue, then report the rejections left unhandled."""
        self.jobs.drain()
        if self.jobs.has_unhandled():
            self.check_rejections()

    def _timers_phase(self, deadline):
        now = self.now_ms()
        heap = self.heap
        while heap and heap[0][0] <= now:
            _when, seq, t = heapq.heappop(heap)
            if not t.armed or t.seq != seq:
                continue
            self._disarm(t)
            t.destroyed = True
            start = self.now_ms()
            try:
                self._call(t.callback, t.obj, t.args, t.origin)
            finally:
                if not t.armed and not t.cleared and t.repeat is not None:
                    self._arm(t, start + t.repeat)    # setInterval: next round
                if not t.armed:
                    self.known_ids.pop(t.id, None)
                T.sync_timeout(self, t)
            self.microtasks()
            if deadline is not None and time.monotonic() >= deadline:
                return

    def _check_phase(self, deadline):
        queue = self.immediates
        for _ in range(len(queue)):         # only the immediates queued before the phase
            if not queue:
                break
            im = queue.popleft()
            if im.destroyed:
                continue
            self.clear_immediate(im)        # consumed: not pending while it runs
            self._call(im.callback, im.obj, im.args, im.origin)
            self.microtasks()
            if deadline is not None and time.monotonic() >= deadline:
                return

    def _call(self, fn, this, args, origin):
        """Call a JS callback at top level with its origin; report what escapes it."""
        from jskernel.engine.runtime.objects import ThrowCompletion
        from jskernel.engine.vm.interpreter import InternalEngineError
        engine = self.engine
        vm = engine.vm
        saved = engine.current_origin
        engine.current_origin = origin
        err = None
        try:
            vm.call_function(fn, this, list(args))
        except ThrowCompletion as exc:
            engine._reset()
            err = self._error_of(exc)
        except InternalEngineError as e:
            engine._reset()
            err = JSError("InternalError", f"engine bug: {e}")
        except RecursionError:
            engine._reset()
            err = JSError("RangeError", "Maximum call stack size exceeded")
        except JSError as e:
            engine._reset()
            err = e
        except Exception as e:                # an engine bug: labelled, never a traceback
            engine._reset()
            err = JSError("InternalError", f"engine bug: {type(e).__name__}: {e}")
        except BaseException:                 # KeyboardInterrupt: the host decides
            engine._reset()
            raise
        finally:
            engine.current_origin = saved
        if err is not None:
            self.report(err, origin)

    def _error_of(self, exc) -> JSError:
        engine = self.engine
        try:
            value = engine.vm.materialize(exc)
            return engine._js_error(value)
        except Exception as e:                # never let reporting itself fail
            return JSError("InternalError", f"engine bug while reporting: {type(e).__name__}: {e}")

    def _job_failed(self, exc, origin):
        """host/jobs.py's hook: a JS exception (or an engine bug) escaped a promise job."""
        from jskernel.engine.runtime.objects import ThrowCompletion
        if isinstance(exc, ThrowCompletion):
            err = self._error_of(exc)
        elif isinstance(exc, RecursionError):
            err = JSError("RangeError", "Maximum call stack size exceeded")
        else:
            err = JSError("InternalError", f"engine bug in a promise job: {type(exc).__name__}: {exc}")
        self.report(err, origin)

    # -- reporting ------------------------------------------------------------------------------
    def check_rejections(self):
        """Report every promise still rejected without a handler (oldest first)."""
        engine = self.engine
        for promise, origin in self.jobs.take_unhandled_with_origins():
            reason = promise.internal.result
            try:
                err = engine._js_error(reason)
            except Exception as e:
                err = JSError("InternalError", f"engine bug while reporting: {type(e).__name__}: {e}")
            err.in_promise = True
            err.reason = reason
            self.report(err, origin)

    def report(self, err: JSError, origin):
        """Hand `err` to engine.on_uncaught with `origin` current (stderr without a hook)."""
        engine = self.engine
        if not hasattr(err, "in_promise"):
            err.in_promise = False
        saved = engine.current_origin
        engine.current_origin = origin
        try:
            hook = engine.on_uncaught
            if hook is None:
                engine.write("stderr", uncaught_text(err) + "\n")
            else:
                hook(err)
        finally:
            engine.current_origin = saved

    def cancel_origin(self, token):
        """Drop the timers, immediates, promise jobs and unreported rejections of `token`."""
        same = _same
        self.jobs.cancel_origin(token)
        for _when, seq, t in list(self.heap):
            if t.armed and t.seq == seq and same(t.origin, token):
                self.clear_timer(t)
        for im in self.immediates:
            if not im.destroyed and same(im.origin, token):
                self.clear_immediate(im)
        unhandled = self.jobs.unhandled
        for key, (_p, origin) in list(unhandled.items()):
            if same(origin, token):
                del unhandled[key]


def _same(origin, token) -> bool:
    try:
        return origin is token or origin == token
    except Exception:
        return False


def uncaught_text(err) -> str:
    """One-line-headed text for an uncaught error, as node's REPL shows it:
    ``Uncaught TypeError: ...`` (with the stack) or ``Uncaught (in promise) ...``."""
    prefix = "Uncaught (in promise) " if getattr(err, "in_promise", False) else "Uncaught "
    if err.name == "Uncaught":              # a thrown non-Error value: message is its inspection
        return prefix + str(err.message)
    return prefix + str(err.stack or (f"{err.name}: {err.message}" if err.message else err.name))


UNHANDLED_REJECTION_MESSAGE = (
    "This error originated either by throwing inside of an async function without a catch "
    "block, or by rejecting a promise which was not handled with .catch(). The promise "
    'rejected with the reason "{}".')


def is_error_like(value) -> bool:
    """node's isErrorLike: an object with an own `stack` property."""
    from jskernel.engine.runtime.objects import JSObject
    from jskernel.engine.runtime.values import ABSENT
    return isinstance(value, JSObject) and value.get_own("stack") is not ABSENT


def unhandled_rejection_text(engine, reason) -> str:
    """What node prints (after its source excerpt) when a promise is rejected with a
    reason that is not error-like and nobody handles it."""
    from jskernel.engine.text import printable
    message = UNHANDLED_REJECTION_MESSAGE.format(printable(no_side_effects_to_string(engine.realm, reason)))
    return f"[UnhandledPromiseRejection: {message}] {{\n  code: 'ERR_UNHANDLED_REJECTION'\n}}"


def no_side_effects_to_string(realm, value) -> str:
    """V8's NoSideEffectsToString (what node puts in "rejected with the reason ...")."""
    from jskernel.engine.runtime import operations as ops
    from jskernel.engine.runtime.functions import JSFunctionBase
    from jskernel.engine.runtime.objects import Accessor, JSObject, ThrowCompletion
    from jskernel.engine.runtime.values import ABSENT, SYMBOL_TO_STRING_TAG, UNDEFINED, JSSymbol

    if not isinstance(value, JSObject):
        if isinstance(value, JSSymbol):
            d = value.description
            return f"Symbol({'' if d is UNDEFINED else d})"
        try:
            return ops.ToString(value)
        except ThrowCompletion:
            return "undefined"

    def data(obj, key):                      # GetDataProperty: no getters, no traps
        while isinstance(obj, JSObject):
            try:
                v = obj.get_own(key)
            except Exception:
                return UNDEFINED
            if v is not ABSENT:
                return UNDEFINED if isinstance(v, Accessor) else v
            obj = obj.proto
        return UNDEFINED

    try:
        if isinstance(value, JSFunctionBase):
            to_source = realm.intrinsics["%Function.prototype%"].get_own("toString")
            return realm.vm.call_function(to_source, value, [])
        if value.class_name == "Error":
            name, msg = data(value, "name"), data(value, "message")
            name = name if isinstance(name, str) else "Error"
            msg = msg if isinstance(msg, str) else ""
            return f"{name}: {msg}" if name and msg else name or msg
        if data(value, "toString") is realm.intrinsics["%Object.prototype%"].get_own("toString"):
            ctor = data(value, "constructor")
            if isinstance(ctor, JSFunctionBase):
                name = data(ctor, "name")
                if isinstance(name, str) and name:
                    return f"#<{name}>"
        tag = data(value, SYMBOL_TO_STRING_TAG)
        if not isinstance(tag, str):
            tag = "Function" if ops.IsCallable(value) else (
                "Array" if value.class_name == "Array" else "Object")
        return f"[object {tag}]"
    except Exception:
        return "[object Object]"
