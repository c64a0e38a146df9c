"""Timing magics: %time / %%time (one run, CPU and wall time) and %timeit / %%timeit
(the mean and spread of many runs), reporting like IPython:

    CPU times: user 1.2 ms, sys: 105 µs, total: 1.31 ms
    Wall time: 1.33 ms

    1.23 ms ± 45.6 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)

%timeit picks its loop count itself (1, 10, 100 ... until one run takes 0.2 s) unless
given `-n N`; `-r R` sets the number of runs (default 7).  The timed code runs as the
body of a function compiled once, so its `let` / `const` declarations are local to each
loop, as IPython's timeit does with Python code.
"""

from __future__ import annotations

import math
import os
import time

from jskernel.magics import CELL, LINE, MagicError, register

AUTORANGE_TARGET = 0.2      # seconds one run of the loop should take at least
DEFAULT_REPEAT = 7


def format_time(seconds: float, precision: int = 3) -> str:
    """A duration with 3 significant digits in s / ms / µs / ns (minutes beyond 60 s)."""
    if seconds >= 60.0:
        parts = []
        rest = seconds
        for suffix, length in (("d", 86400), ("h", 3600), ("min", 60)):
            value, rest = divmod(rest, length)
            if value:
                parts.append(f"{int(value)}{suffix}")
        if round(rest):
            parts.append(f"{round(rest)}s")
        return " ".join(parts)
    units = ("s", "ms", "µs", "ns")
    if seconds > 0.0:
        order = min(-(math.floor(math.log10(seconds)) // 3), 3)
    else:
        order = 3
    return f"{seconds * 1000 ** order:.{precision}g} {units[order]}"


def _pad(host, code: str, prefix: str = "") -> str:
    """`prefix + code`, placed so that `code` keeps its line and column in the cell (the
    magic's arguments start at host.magic_line / magic_column); a prefix longer than the
    column shifts the code right."""
    line = max(getattr(host, "magic_line", 1), 1)
    column = max(getattr(host, "magic_column", 0), 0)
    return "\n" * (line - 1) + prefix + " " * max(column - len(prefix), 0) + code


def _cpu_times():
    """(user, system) CPU seconds of this process, as finely as the system counts them."""
    try:
        import resource

        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime, r.ru_stime
    except (ImportError, OSError):
        t = os.times()
        return t.user, t.system


def _timed(host, source: str):
    u0, s0 = _cpu_times()
    w0 = time.perf_counter()
    value = host.evaluate(source)
    wall = time.perf_counter() - w0
    u1, s1 = _cpu_times()
    user, system = u1 - u0, s1 - s0
    host.write(f"CPU times: user {format_time(user)}, sys: {format_time(system)}, "
               f"total: {format_time(user + system)}\nWall time: {format_time(wall)}\n")
    host.show(value)


@register("time", LINE, "Time one run of a statement (CPU and wall time)")
def time_line(host, args, body):
    """%time CODE: run CODE once, print its CPU and wall time, then show its value."""
    if not args.strip():
        raise MagicError("%time needs code to run, e.g. %time fib(20)")
    _timed(host, _pad(host, args))


@register("time", CELL, "Time one run of the cell (CPU and wall time)")
def time_cell(host, args, body):
    """%%time: run the rest of the cell once, print its CPU and wall time, then show its value."""
    if args.strip():
        raise MagicError("%%time takes no arguments: the code is the rest of the cell")
    _timed(host, "\n" + (body or ""))


def _options(args: str, name: str):
    """(-n number or None, -r repeat, the code after the options)."""
    number, repeat = None, DEFAULT_REPEAT
    tokens = args.split()
    i = 0
    while i < len(tokens) and tokens[i] in ("-n", "-r"):
        if i + 1 >= len(tokens):
            raise MagicError(f"%{name}: option {tokens[i]} needs a number")
        try:
            n = int(tokens[i + 1])
        except ValueError:
            raise MagicError(f"%{name}: option {tokens[i]} needs a whole number, "
                             f"got {tokens[i + 1]!r}") from None
        if n < 1:
            raise MagicError(f"%{name}: option {tokens[i]} must be at least 1")
        if tokens[i] == "-n":
            number = n
        else:
            repeat = n
        i += 2
    code = args
    for _ in range(i):
        code = code.lstrip()
        code = code[len(code.split(None, 1)[0]):] if code else code
    return number, repeat, code.strip()


def _timeit(host, setup: str, code: str, number, repeat, cell: bool = False):
    from jskernel.engine.runtime.values import UNDEFINED

    engine = host.engine
    # the timed code keeps its cell position: a line magic's code where it was typed; a
    # cell's setup on line 1 and its body from line 2, column 0 (unless the setup ends in
    # a comment: then the body's first line shifts right)
    if not cell:
        wrapper = _pad(host, code, "(()=>()=>{") + "\n})"
    elif "//" in setup or "/*" in setup:
        wrapper = "(() => {" + setup + "\nreturn () => {" + code + "\n}})"
    else:
        wrapper = "(() => {" + setup + ";return () => {\n" + code + "\n}})"
    outer = host.evaluate(wrapper)
    inner = engine.guarded(outer.call, UNDEFINED, [])

    def run(n: int) -> float:
        call = inner.call
        t0 = time.perf_counter()
        for _ in range(n):
            call(UNDEFINED, [])
        elapsed = time.perf_counter() - t0
        return elapsed

    def timed(n: int) -> float:
        t = engine.guarded(run, n)
        engine.run_jobs()
        return t

    if number is None:
        number = 1
        for power in range(10):
            number = 10 ** power
            if timed(number) >= AUTORANGE_TARGET:
                break
    runs = [timed(number) / number for _ in range(repeat)]
    mean = sum(runs) / len(runs)
    std = math.sqrt(sum((t - mean) ** 2 for t in runs) / len(runs))
    host.write(f"{format_time(mean)} ± {format_time(std)} per loop (mean ± std. dev. of "
               f"{repeat} run{'s' if repeat != 1 else ''}, {number} loop{'s' if number != 1 else ''} each)\n")


@register("timeit", LINE, "Time many runs of a statement: mean ± std. dev.")
def timeit_line(host, args, body):
    """%timeit [-n N] [-r R] CODE: time CODE over R runs (default 7) of N loops (chosen
    so a run takes at least 0.2 s unless given) and print the mean ± std. dev. per loop."""
    number, repeat, code = _options(args, "timeit")
    if not code:
        raise MagicError("%timeit needs code to time, e.g. %timeit [1, 2, 3].map(x => x * 2)")
    host.magic_column = getattr(host, "magic_column", 0) + max(args.find(code), 0)
    _timeit(host, "", code, number, repeat)


@register("timeit", CELL, "Time many runs of the cell: mean ± std. dev.")
def timeit_cell(host, args, body):
    """%%timeit [-n N] [-r R] [SETUP]: time the rest of the cell; SETUP (after the options on
    the first line) runs once, and its declarations are visible to the timed code."""
    number, repeat, setup = _options(args, "timeit")
    if not (body or "").strip():
        raise MagicError("%%timeit needs code to time in the rest of the cell")
    _timeit(host, setup, body, number, repeat, cell=True)
