"""A small process pool for test262: per-task timeout, crash isolation, worker recycling.

Owns `run_tasks(tasks, jobs, timeout, execute) -> iterator of (task, status, detail)`.
Each worker is a forked process fed one task at a time over a pipe.  A task that runs
longer than `timeout` seconds gets its worker killed and replaced and is reported as
("timeout", ...); a worker that dies (segfault, MemoryError abort, os._exit) is replaced
and its task reported as ("crash", ...).  Workers are recycled every `recycle` tasks so
the engine's leaks cannot accumulate.  What a task *means* is `execute`'s business.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from multiprocessing.connection import wait

_MEMORY_LIMIT = 2 * 1024 ** 3     # bytes of address space per worker


def _worker(conn, execute):
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_LIMIT, _MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        try:
            status, detail = execute(task)
        except MemoryError:
            status, detail = "crash", "MemoryError in the runner"
        except Exception as e:   # noqa: BLE001 -- a runner bug must not kill the pool
            status, detail = "fail", f"runner error: {type(e).__name__}: {e}"
        conn.send((status, detail))


class _Slot:
    def __init__(self, ctx, execute):
        self.ctx, self.execute = ctx, execute
        self.start()

    def start(self):
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child, self.execute), daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        self.task = None
        self.since = 0.0
        self.done = 0

    def kill(self):
        try:
            self.proc.kill()
        finally:
            self.proc.join(5)
            self.conn.close()

    def stop(self):
        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)
        self.conn.close()


def run_tasks(tasks, execute, *, jobs: int = 2, timeout: float = 10.0, recycle: int = 400):
    """Yield (task, status, detail) for every task, in completion order."""
    ctx = mp.get_context("fork")
    pending = list(reversed(list(tasks)))
    slots = [_Slot(ctx, execute) for _ in range(max(1, min(jobs, len(pending) or 1)))]
    try:
        while True:
            for s in slots:
                if s.task is None and pending:
                    if s.done >= recycle:
                        s.stop()
                        s.start()
                    s.task = pending.pop()
                    s.since = time.monotonic()
                    s.conn.send(s.task)
            busy = [s for s in slots if s.task is not None]
            if not busy:
                return
            ready = wait([s.conn for s in busy], timeout=0.25)
            now = time.monotonic()
            for s in busy:
                if s.conn in ready:
                    try:
                        status, detail = s.conn.recv()
                    except (EOFError, OSError):
                        code = s.proc.exitcode
                        task, s.task = s.task, None
                        s.kill()
                        s.start()
                        yield task, "crash", f"worker died (exit code {code})"
                        continue
                    task, s.task = s.task, None
                    s.done += 1
                    yield task, status, detail
                elif now - s.since > timeout:
                    task, s.task = s.task, None
                    s.kill()
                    s.start()
                    yield task, "timeout", f"timed out after {timeout:g} s"
    finally:
        for s in slots:
            if s.task is not None:
                s.kill()
            else:
                s.stop()
