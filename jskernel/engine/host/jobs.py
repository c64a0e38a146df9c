"""The host's job queue (sec-jobs, HostEnqueuePromiseJob) and promise rejection tracking
(sec-host-promise-rejection-tracker).

Owns `JobQueue`: a FIFO of promise jobs (reaction jobs, resolve-thenable jobs,
`queueMicrotask` callbacks) -- node's microtask queue.  The facade drains it after
every evaluation (`Engine.evaluate`, `Engine.run_jobs`) and the event loop
(host/event_loop.py) drains it after every timer and immediate callback.  Draining is a
plain loop -- a job never recurses on the Python stack into the next one -- and a job's
failure never escapes as a Python exception: spec jobs complete normally by
construction; a JS exception escaping a job (a throwing `queueMicrotask` callback) is
handed to `on_error` (the event loop reports it as an uncaught exception), and an
engine bug inside one is reported the same way as an InternalError.

Origins: every job captures the host's `current_origin` (an opaque token the kernel
sets per cell) when it is enqueued, and runs with it restored, so output a job
produces is routed to the cell that caused it.  `cancel_origin` drops a cell's jobs.

Rejection tracking keeps the rejected promises that have no handler yet, in the order
they were rejected, with the origin current at rejection; `take_unhandled` hands the
ones still unhandled after a drain to the facade / event loop (node reports those as
uncaught).  The promise machinery itself lives in builtins/promise.py.
"""

from __future__ import annotations

from collections import deque


class JobQueue:
    def __init__(self, realm):
        self.realm = realm
        self.host = realm.host       # the Engine facade (owner of `current_origin`), or None
        self.jobs = deque()          # (fn, args, origin)
        self.unhandled = {}          # id(promise) -> (promise, origin), insertion ordered
        self.draining = False
        self.on_error = None         # callable(value, origin) for a JS exception escaping a job

    def _origin(self):
        host = self.host
        return getattr(host, "current_origin", None) if host is not None else None

    # -- HostEnqueuePromiseJob ---------------------------------------------------------------
    def enqueue(self, fn, *args):
        """Queue `fn(*args)`; fn is a Python callable implementing the job's steps."""
        host = self.host
        self.jobs.append((fn, args, getattr(host, "current_origin", None) if host is not None else None))

    def __len__(self):
        return len(self.jobs)

    def cancel_origin(self, token) -> int:
        """Drop the pending jobs scheduled with origin `token`; returns how many."""
        kept = deque(job for job in self.jobs if not _same(job[2], token))
        dropped = len(self.jobs) - len(kept)
        self.jobs = kept
        return dropped

    def drain(self):
        """Run jobs until the queue is empty (jobs may enqueue more jobs)."""
        if self.draining:            # a nested request (a job calling back into the host)
            return
        from jskernel.engine.runtime.objects import ThrowCompletion
        from jskernel.engine.vm.interpreter import InternalEngineError
        vm = self.realm.vm
        host = self.host
        has_origin = host is not None and hasattr(host, "current_origin")
        saved_origin = host.current_origin if has_origin else None
        entry = (vm.frame, vm.depth, vm.native_depth)
        self.draining = True
        origin = saved_origin
        try:
            while self.jobs:
                fn, args, origin = self.jobs.popleft()
                if has_origin:
                    host.current_origin = origin
                frame, depth, native = vm.frame, vm.depth, vm.native_depth
                try:
                    fn(*args)
                except ThrowCompletion as exc:       # a queueMicrotask callback threw
                    vm.frame, vm.depth, vm.native_depth = frame, depth, native
                    self._failed(exc, origin)
                except (InternalEngineError, RecursionError, Exception) as e:
                    vm.frame, vm.depth, vm.native_depth = frame, depth, native
                    self._failed(e, origin)
        except BaseException:
            # KeyboardInterrupt (or the error hook stopping the host): the interrupted
            # job's origin is abandoned -- its pending jobs are dropped (a microtask chain
            # that never ends stops here); other origins' jobs stay for the host to run
            # or cancel (Engine.cancel_origin).
            vm.frame, vm.depth, vm.native_depth = entry
            self.cancel_origin(origin)
            raise
        finally:
            self.draining = False
            if has_origin:
                host.current_origin = saved_origin

    run_until_idle = drain

    def _failed(self, exc, origin):
        """Hand a job's failure (ThrowCompletion or a Python exception) to `on_error`,
        or write it on stderr when no event loop listens."""
        if self.on_error is not None:
            self.on_error(exc, origin)
            return
        from jskernel.engine.runtime.objects import ThrowCompletion
        if isinstance(exc, ThrowCompletion):
            self._report("Uncaught " + _describe(self.realm.vm, exc))
        else:
            self._report(f"InternalError: engine bug in a promise job: {type(exc).__name__}: {exc}")

    def _report(self, text):
        host = self.realm.host
        if host is not None and hasattr(host, "write"):
            host.write("stderr", text + "\n")

    # -- HostPromiseRejectionTracker ----------------------------------------------------------
    def track_rejection(self, promise, operation):
        if operation == "reject":
            self.unhandled[id(promise)] = (promise, self._origin())
        else:
            self.unhandled.pop(id(promise), None)

    def take_unhandled(self):
        """The promises rejected without a handler since the last call (oldest first)."""
        return [p for p, _origin in self.take_unhandled_with_origins()]

    def take_unhandled_with_origins(self):
        """[(promise, origin at rejection)] rejected without a handler since the last call."""
        out = list(self.unhandled.values())
        self.unhandled.clear()
        return out

    def has_unhandled(self) -> bool:
        return bool(self.unhandled)


def _same(origin, token) -> bool:
    return origin is token or origin == token


def _describe(vm, exc):
    try:
        from jskernel.engine.runtime.inspect import inspect
        return inspect(vm.materialize(exc))
    except Exception:
        return "exception"
