"""Interpreter benchmark suite: classic programs under jskernel, CPython and Js2Py.

    python benchmarks/vm.py                     # all programs, best of 3, Js2Py if installed
    python benchmarks/vm.py --only fib richards --repeat 5
    python benchmarks/vm.py --no-js2py          # skip Js2Py
    python benchmarks/vm.py --scale 0.5         # every size halved (fib: minus one)
    python benchmarks/vm.py --json              # machine-readable results
    python benchmarks/vm.py --regen-tiny        # rewrite programs/tiny.expected from node

Each program is benchmarks/programs/NAME.js plus a hand-written Python equivalent
NAME.py (`DEFAULT` size, `main(n)` returns the line the JS prints).  The JS reads its
size from a global `SIZE` (the runner prepends `var SIZE = n;`).  For every program the
runner checks that node, jskernel, CPython (and Js2Py when it runs) print the same
checksum line; a mismatch is reported and makes the exit status 1.

Times are CPU seconds of the process (time.process_time): the development machine is
shared, and wall time under load varies several-fold; CPU time varies far less.  The
repetitions of the three run interleaved (round 1: jskernel, CPython, Js2Py; round 2 ...)
so a change in machine load hits all of them alike.
Timed regions (best of --repeat, after gc.collect(), collector left enabled):
  jskernel  Engine().evaluate(source) in this process: parse + compile + run, a fresh
            Engine per repetition (Engine construction itself is not timed)
  CPython   module.main(n) in this process
  Js2Py     benchmarks/js2py_driver.py in the benchmark virtualenv (--js2py-python,
            default .cache/bench-venv/bin/python): EvalJs().execute(source), i.e.
            translation + run; one repetition by default (--js2py-repeat), bounded by
            --js2py-timeout seconds
Benchmarks measure; they never assert (tests/test_benchmark_programs.py checks results).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
TINY_EXPECTED = os.path.join(PROGRAMS, "tiny.expected")
DEFAULT_JS2PY = os.path.join(ROOT, ".cache", "bench-venv", "bin", "python")

# sizes small enough for the test suite (tests/test_benchmark_programs.py)
TINY = {"fib": 10, "mandelbrot": 10, "richards": 40, "strings": 60, "sort": 60,
        "closures": 20, "raytrace": 5, "hashtable": 100, "json_tree": 2, "nbody": 30}

if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def program_names():
    return sorted(n[:-3] for n in os.listdir(PROGRAMS) if n.endswith(".js"))


def js_source(name, size):
    with open(os.path.join(PROGRAMS, name + ".js"), encoding="utf-8") as f:
        return "var SIZE = %d;\n" % size + f.read()


def py_module(name):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", os.path.join(PROGRAMS, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def scaled(name, scale):
    size = py_module(name).DEFAULT
    if scale == 1:
        return size
    if name == "fib":                # exponential: scale the work, not n
        return max(5, size + round(math.log(scale) / math.log(1.618)))
    if name in ("mandelbrot", "raytrace"):   # quadratic in the size
        return max(2, round(size * math.sqrt(scale)))
    if name == "json_tree":
        return max(1, size + round(math.log(scale) / math.log(3)))
    return max(1, round(size * scale))


def run_node(name, size):
    r = subprocess.run(["node", "-"], input=js_source(name, size), capture_output=True,
                       text=True, timeout=300)
    return r.stdout if r.returncode == 0 else f"node failed: {r.stderr.strip()}"


def run_jskernel(name, size, repeat=1, **engine_options):
    """(best seconds, stdout) of Engine().evaluate(program)."""
    from jskernel.engine import Engine, JSError
    source = js_source(name, size)
    best, out = None, []
    for _ in range(repeat):
        out = []
        engine = Engine(stdout=out.append, stderr=lambda s: None, **engine_options)
        gc.collect()
        t = time.process_time()
        try:
            engine.evaluate(source, filename=name + ".js")
        except JSError as e:
            out.append(f"!!! uncaught {e.name}: {e.message}\n")
        dt = time.process_time() - t
        best = dt if best is None else min(best, dt)
    return best, "".join(out)


def run_cpython(name, size, repeat=1):
    mod = py_module(name)
    best, line = None, None
    for _ in range(repeat):
        gc.collect()
        t = time.process_time()
        line = mod.main(size)
        dt = time.process_time() - t
        best = dt if best is None else min(best, dt)
    return best, line + "\n"


def run_js2py(name, size, python, repeat, timeout):
    """(seconds or None, stdout or None, reason when it did not run)."""
    if not os.path.exists(python):
        return None, None, f"no Js2Py interpreter at {python}"
    cmd = [python, os.path.join(HERE, "js2py_driver.py"), os.path.join(PROGRAMS, name + ".js"),
           str(size), str(repeat)]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, f"timed out after {timeout:g} s"
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return None, None, f"driver failed: {(r.stderr.strip().splitlines() or ['?'])[-1]}"
    res = json.loads(lines[-1])
    if "error" in res:
        return None, None, res["error"]
    return res["time"], res["stdout"], None


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def regen_tiny():
    data = {n: run_node(n, TINY[n]) for n in program_names()}
    with open(TINY_EXPECTED, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {TINY_EXPECTED} ({len(data)} programs)")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", help="program names")
    ap.add_argument("--repeat", type=int, default=3, help="best of N for jskernel and CPython")
    ap.add_argument("--scale", type=float, default=1.0, help="scale every program's work")
    ap.add_argument("--no-js2py", action="store_true")
    ap.add_argument("--no-node", action="store_true", help="do not check results against node")
    ap.add_argument("--js2py-python", default=DEFAULT_JS2PY)
    ap.add_argument("--js2py-repeat", type=int, default=1)
    ap.add_argument("--js2py-timeout", type=float, default=600)
    ap.add_argument("--dispatch", default="hybrid", help="jskernel dispatch loop (hybrid / table)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--regen-tiny", action="store_true", help=f"rewrite {os.path.relpath(TINY_EXPECTED, ROOT)}")
    a = ap.parse_args(argv)
    if a.regen_tiny:
        regen_tiny()
        return 0
    names = a.only or program_names()
    rows, notes, ok = [], [], True
    if not a.json:
        print(f"Python {sys.version.split()[0]}, best of {a.repeat} (Js2Py: best of {a.js2py_repeat})\n")
        print(f"{'program':<11} {'size':>6} {'jskernel s':>11} {'CPython s':>10} {'jsk/CPy':>8} "
              f"{'Js2Py s':>9} {'Js2Py/jsk':>10}  check")
    for name in names:
        size = scaled(name, a.scale)
        jt = pt = xt = xout = reason = None
        # rounds interleave the three (jskernel, CPython, Js2Py, jskernel, ...) so that
        # all of them see the same machine load; each keeps its best time
        for r in range(max(a.repeat, 0 if a.no_js2py else a.js2py_repeat)):
            if r < a.repeat:
                t, jout = run_jskernel(name, size, 1, dispatch=a.dispatch)
                jt = t if jt is None else min(jt, t)
                t, pout = run_cpython(name, size, 1)
                pt = t if pt is None else min(pt, t)
            if not a.no_js2py and r < a.js2py_repeat and reason is None:
                t, xout, reason = run_js2py(name, size, a.js2py_python, 1, a.js2py_timeout)
                if t is not None:
                    xt = t if xt is None else min(xt, t)
        if reason:
            notes.append(f"{name}: Js2Py n/a: {reason}")
        nout = None if a.no_node else run_node(name, size)
        ref = nout if nout is not None else jout
        bad = [who for who, out in (("jskernel", jout), ("CPython", pout), ("Js2Py", xout))
               if out is not None and out != ref]
        if bad:
            ok = False
            notes.append(f"{name}: MISMATCH ({', '.join(bad)}): expected {ref.strip()!r}, "
                         + ", ".join(f"{w} {o.strip()!r}" for w, o in
                                     (("jskernel", jout), ("CPython", pout), ("Js2Py", xout))
                                     if w in bad))
        row = {"program": name, "size": size, "jskernel": jt, "cpython": pt,
               "ratio_cpython": jt / pt, "js2py": xt, "ratio_js2py": xt / jt if xt else None,
               "js2py_reason": reason, "ok": not bad, "stdout": ref.strip()}
        rows.append(row)
        if not a.json:
            x = f"{xt:9.3f} {xt / jt:10.1f}" if xt else f"{'n/a':>9} {'':>10}"
            print(f"{name:<11} {size:>6} {jt:11.3f} {pt:10.3f} {jt / pt:8.1f} {x}  "
                  f"{'ok' if not bad else 'MISMATCH'}", flush=True)
    g_cpy = geomean(r["ratio_cpython"] for r in rows)
    g_x = geomean(r["ratio_js2py"] for r in rows)
    n_x = sum(1 for r in rows if r["ratio_js2py"])
    if a.json:
        print(json.dumps({"rows": rows, "geomean_jskernel_over_cpython": g_cpy,
                          "geomean_js2py_over_jskernel": g_x, "notes": notes}, indent=1))
    else:
        print(f"\ngeometric mean jskernel/CPython: {g_cpy:.1f}x slower than CPython ({len(rows)} programs)")
        if g_x:
            print(f"geometric mean Js2Py/jskernel: jskernel {g_x:.1f}x faster than Js2Py "
                  f"({n_x} programs Js2Py ran)")
        for n in notes:
            print("  " + n)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
