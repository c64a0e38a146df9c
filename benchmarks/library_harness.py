"""Shared runner for the `library_*.py` benchmarks (jskernel's standard library against CPython).

Owns what every library benchmark does the same way: putting the repository root on
`sys.path`, best-of-N CPU timing (time.process_time, with a gc.collect() before each run)
of a Python callable and of one JS statement evaluated after an untimed setup script in a
fresh Engine, the common command-line options (--size / --repeat / --only / --json), and
the jskernel-vs-CPython results table (case, size, times, ratio, agree) or its JSON form.

Leaves to each `library_*.py` script its cases, its data, its Python equivalents, how it
checks that both sides agree, and any option or table of its own.
Benchmarks measure; they never assert.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def best_of(fn, repeat, before=None):
    """Run `fn()` `repeat` times; return (best CPU seconds, the last run's result).

    `before`, if given, is called (untimed) before each run, ahead of the gc.collect()."""
    best, out = None, None
    for _ in range(repeat):
        if before is not None:
            before()
        gc.collect()
        t0 = time.process_time()
        out = fn()
        dt = time.process_time() - t0
        best = dt if best is None else min(best, dt)
    return best, out


def time_js(setup, stmt, repeat, result=None, prepare=None):
    """Best-of-`repeat` CPU time of evaluating `stmt` after `setup` in one fresh Engine per run.

    `prepare(engine)` runs first (e.g. to define host globals); `result`, if given, is a JS
    expression evaluated after the timed statement.  Returns (best seconds, last result)."""
    from jskernel.engine import Engine
    best, value = None, None
    for _ in range(repeat):
        eng = Engine(stdout=lambda s: None)
        if prepare is not None:
            prepare(eng)
        if setup:
            eng.evaluate(setup)
        dt, _ = best_of(lambda: eng.evaluate(stmt), 1)
        best = dt if best is None else min(best, dt)
        if result is not None:
            value = eng.evaluate(result)
    return best, value


def make_parser(doc, cases=None, size=None, size_option=None, extra=()):
    """The common options: the size option, --repeat, any `extra` ones, --only, --json.

    `size` is the --size default; `size_option` = (flag, kwargs) replaces --size; `extra`
    is a sequence of (flag, kwargs); --only is offered when `cases` is given."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    if size_option is not None:
        ap.add_argument(size_option[0], **size_option[1])
    elif size is not None:
        ap.add_argument("--size", type=int, default=size)
    ap.add_argument("--repeat", type=int, default=3)
    for flag, kwargs in extra:
        ap.add_argument(flag, **kwargs)
    if cases is not None:
        ap.add_argument("--only", nargs="*", choices=sorted(cases))
    ap.add_argument("--json", action="store_true")
    return ap


def comparison_row(case, js_time, py_time, agree, count_key="size", count=None):
    """One results row: case, size (or another count), both times, their ratio, agreement."""
    return {"case": case, count_key: count, "jskernel": js_time, "cpython": py_time,
            "ratio": js_time / py_time if py_time else None, "agree": agree}


def print_comparison(rows, as_json, case_width, count_key="size", count_width=8):
    """Print the rows as JSON, or as the table: case, size, jskernel s, CPython s, ratio, agree."""
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'case':{case_width}} {count_key:>{count_width}} {'jskernel s':>11} {'CPython s':>10} "
          f"{'ratio':>8}  agree")
    for r in rows:
        ratio = f"{r['ratio']:>8.1f}" if r["ratio"] is not None else f"{'n/a':>8}"
        print(f"{r['case']:{case_width}} {r[count_key]:>{count_width}} {r['jskernel']:>11.4f} "
              f"{r['cpython']:>10.4f} {ratio}  {'yes' if r['agree'] else 'NO'}")
