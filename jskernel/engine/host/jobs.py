"""The host's job queue (sec-jobs, HostEnqueuePromiseJob) and promise rejection tracking
(sec-host-promise-rejection-tracker).

Owns `JobQueue`: a FIFO of promise jobs (reaction jobs, resolve-thenable jobs) that
the facade drains after every evaluation (`Engine.evaluate`, `Engine.run_jobs`).
Draining is a plain loop -- a job never recurses on the Python stack into the next
one -- and a job's failure never escapes as a Python exception: spec jobs complete
normally by construction, and an engine bug inside one is reported on stderr as an
InternalError and the loop goes on.  A later issue adds macrotasks (timers) around
`drain`: `run_until_idle` is where a timer loop will interleave them.

Rejection tracking keeps the rejected promises that have no handler yet, in the order
they were rejected; `take_unhandled` hands the ones still unhandled after a drain to
the facade (node reports those as "Uncaught (in promise)").  The promise machinery
itself lives in builtins/promise.py.
"""

from __future__ import annotations

from collections import deque


class JobQueue:
    def __init__(self, realm):
        self.realm = realm
        self.jobs = deque()
        self.unhandled = {}          # id(promise) -> promise, insertion ordered
        self.draining = False

    # -- HostEnqueuePromiseJob ---------------------------------------------------------------
    def enqueue(self, fn, *args):
        """Queue `fn(*args)`; fn is a Python callable implementing the job's steps."""
        self.jobs.append((fn, args))

    def __len__(self):
        return len(self.jobs)

    def drain(self):
        """Run jobs until the queue is empty (jobs may enqueue more jobs)."""
        if self.draining:            # a nested request (a job calling back into the host)
            return
        from jskernel.engine.runtime.objects import ThrowCompletion
        from jskernel.engine.vm.interpreter import InternalEngineError
        jobs = self.jobs
        vm = self.realm.vm
        self.draining = True
        try:
            while jobs:
                fn, args = jobs.popleft()
                frame, depth, native = vm.frame, vm.depth, vm.native_depth
                try:
                    fn(*args)
                except ThrowCompletion as exc:       # cannot happen for spec jobs; never fatal
                    vm.frame, vm.depth, vm.native_depth = frame, depth, native
                    self._report("Uncaught " + _describe(vm, exc))
                except (InternalEngineError, RecursionError, Exception) as e:
                    vm.frame, vm.depth, vm.native_depth = frame, depth, native
                    self._report(f"InternalError: engine bug in a promise job: {type(e).__name__}: {e}")
        except BaseException:                        # KeyboardInterrupt: drop what is pending
            jobs.clear()
            raise
        finally:
            self.draining = False

    run_until_idle = drain           # the timer loop (a later issue) will extend this

    def _report(self, text):
        host = self.realm.host
        if host is not None and hasattr(host, "write"):
            host.write("stderr", text + "\n")

    # -- HostPromiseRejectionTracker ----------------------------------------------------------
    def track_rejection(self, promise, operation):
        if operation == "reject":
            self.unhandled[id(promise)] = promise
        else:
            self.unhandled.pop(id(promise), None)

    def take_unhandled(self):
        """The promises rejected without a handler since the last call (oldest first)."""
        out = list(self.unhandled.values())
        self.unhandled.clear()
        return out


def _describe(vm, exc):
    try:
        from jskernel.engine.runtime.inspect import inspect
        return inspect(vm.materialize(exc))
    except Exception:
        return "exception"
