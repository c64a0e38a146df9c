"""Parse benchmark: jskernel's parser against esprima-python (and acorn under node, for context).

Owns: timing `jskernel.engine.syntax.parse` on real library files, in the same run and
on the same inputs as esprima-python (`pip install esprima`, the `bench` extra), the
other pure-Python ESTree parser.  Not a test: it asserts nothing.  See benchmarks/README.md.

    python benchmarks/parse.py [--repeat N] [--only LABEL ...] [--no-node] [--json]

The inputs are the pinned library files of the parser tests (fetched with npm into the
test cache, see tests/support/npm_cache.py) plus lodash.min.js, a comment-free file.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from support import npm_cache  # noqa: E402

from jskernel.engine.text import to_js  # noqa: E402

# (label, package, path in package, module goal?, what it shows)
INPUTS = [
    ("lodash.js", npm_cache.LODASH, "lodash.js", False, "ES5, 540 KB, half of it JSDoc comments"),
    ("lodash.min.js", npm_cache.LODASH, "lodash.min.js", False, "the same code minified: no comments"),
    ("acorn.js", npm_cache.ACORN, "dist/acorn.js", False, "ES5-style, big Unicode `u` regexes"),
    ("jquery.min.js", npm_cache.JQUERY, "dist/jquery.min.js", False, "minified bundle"),
    ("pdf_viewer.mjs", npm_cache.PDFJS, "web/pdf_viewer.mjs", True, "ES2022 module: classes, #private, ?., async"),
]

NODE_BENCH = r"""
const fs = require("fs");
const acorn = require(process.argv[1] + "/dist/acorn.js");
const jobs = JSON.parse(fs.readFileSync(0, "utf8"));
const out = {};
for (const job of jobs) {
  const src = fs.readFileSync(job.file, "utf8");
  const opts = {ecmaVersion: "latest", sourceType: job.module ? "module" : "script", locations: true};
  for (let i = 0; i < 3; i++) acorn.parse(src, opts);  // warm up the JIT
  let best = Infinity;
  for (let i = 0; i < job.repeat; i++) {
    const t = process.hrtime.bigint();
    acorn.parse(src, opts);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  out[job.label] = best;
}
process.stdout.write(JSON.stringify(out));
"""


def best_of(fn, repeat: int) -> float:
    """Best wall time of `repeat` calls (GC disabled while timing, as timeit does)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
        finally:
            gc.enable()
    return best


def time_jskernel(src: str, module: bool, repeat: int, locations: bool = True):
    try:
        from jskernel.engine.syntax import parse
    except ImportError as err:
        return None, f"not importable: {err}"
    js = to_js(src)
    try:
        parse(js, module=module, locations=locations)
    except Exception as err:  # noqa: BLE001 - reported, not hidden
        return None, f"{type(err).__name__}: {str(err)[:70]}"
    return best_of(lambda: parse(to_js(src), module=module, locations=locations), repeat), None


def time_esprima(src: str, module: bool, repeat: int):
    try:
        import esprima
    except ImportError:
        return None, "esprima not installed (pip install esprima)"
    fn = esprima.parseModule if module else esprima.parseScript
    try:
        fn(src, {"loc": True})
    except Exception as err:  # noqa: BLE001 - e.g. ES2020+ syntax, `u`-flag regexes
        return None, f"{type(err).__name__}: {str(err)[:70]}"
    return best_of(lambda: fn(src, {"loc": True}), repeat), None


def time_acorn(files, repeat: int):
    node = shutil.which("node")
    if node is None:
        return {}
    jobs = [{"label": lab, "file": str(p), "module": m, "repeat": max(repeat, 10)} for lab, p, m in files]
    proc = subprocess.run([node, "-e", NODE_BENCH, str(npm_cache.acorn_dir())],
                          input=json.dumps(jobs), capture_output=True, text=True, timeout=600)
    return json.loads(proc.stdout) if proc.returncode == 0 else {}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--only", nargs="*", help="labels to run (default: all)")
    ap.add_argument("--no-node", action="store_true", help="skip acorn under node")
    ap.add_argument("--no-loc", action="store_true", help="also time jskernel with locations=False")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)

    inputs = [i for i in INPUTS if not args.only or i[0] in args.only]
    files = [(lab, npm_cache.package_file(pkg, rel), module) for lab, pkg, rel, module, _ in inputs]
    acorn = {} if args.no_node else time_acorn(files, args.repeat)

    rows = []
    for (lab, path, module), (*_, what) in zip(files, inputs):
        src = path.read_bytes().decode("utf-8", errors="replace")
        kib = len(src.encode("utf-8")) / 1024
        ours, ours_err = time_jskernel(src, module, args.repeat)
        row = {"file": lab, "what": what, "kib": kib, "jskernel_s": ours, "jskernel_note": ours_err}
        if args.no_loc:
            row["jskernel_noloc_s"], _ = time_jskernel(src, module, args.repeat, locations=False)
        row["esprima_s"], row["esprima_note"] = time_esprima(src, module, args.repeat)
        row["acorn_node_s"] = acorn.get(lab)
        rows.append(row)
        if not args.json:
            _print_row(row, first=len(rows) == 1, noloc=args.no_loc)
    if args.json:
        print(json.dumps({"repeat": args.repeat, "python": sys.version.split()[0], "rows": rows}, indent=2))
    else:
        _print_notes(rows, args.repeat)
    return 0


def _fmt_time(t):
    return f"{t:8.3f}" if t is not None else "     n/a"


def _fmt_rate(kib, t):
    return f"{kib / t:8.0f}" if t else "     n/a"


def _print_row(row, first: bool, noloc: bool) -> None:
    if first:
        head = f"{'file':16} {'KiB':>6} | {'jskernel s':>10} {'KiB/s':>8}"
        head += f" | {'no-loc s':>8}" if noloc else ""
        head += f" | {'esprima s':>9} {'KiB/s':>8} | {'esprima/jsk':>11} | {'acorn ms':>8}"
        print(head)
        print("-" * len(head))
    j, e = row["jskernel_s"], row["esprima_s"]
    ratio = f"{e / j:10.2f}x" if j and e else "        n/a"
    line = f"{row['file']:16} {row['kib']:6.0f} | {_fmt_time(j):>10} {_fmt_rate(row['kib'], j)}"
    line += f" | {_fmt_time(row.get('jskernel_noloc_s'))}" if noloc else ""
    acorn = row["acorn_node_s"]
    line += f" | {_fmt_time(e):>9} {_fmt_rate(row['kib'], e)} | {ratio} | "
    line += f"{acorn * 1000:8.1f}" if acorn else "     n/a"
    print(line, flush=True)


def _print_notes(rows, repeat: int) -> None:
    print(f"\nbest of {repeat} runs; KiB = UTF-8 size; esprima/jsk > 1 means jskernel is faster;"
          " acorn: best of >= 10 after warm-up, in one node process")
    for row in rows:
        for key in ("jskernel_note", "esprima_note"):
            if row.get(key):
                print(f"  {row['file']}: {key.split('_')[0]} n/a: {row[key]}")


if __name__ == "__main__":
    raise SystemExit(main())
