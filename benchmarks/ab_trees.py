"""A/B timing of two source trees of jskernel (any change: compiler, VM, runtime).

    git worktree add /tmp/jsk-base HEAD        # the "before" tree, once
    ... edit the working tree ...
    python3 benchmarks/ab_trees.py /tmp/jsk-base [--scale 0.5] [--rounds 3] [NAME ...]

Each round runs every program once under the base tree and once under this tree, each in
a fresh subprocess whose `sys.path` starts with that tree (so compiler, VM and runtime all
come from it), alternating so both sides see the same machine load.  The child times
`Engine().evaluate(program)` in CPU seconds (benchmarks/vm.py `run_jskernel` of *its*
tree) and checks its output against the other side's.  Keeps each side's best time and
prints the ratio; geometric mean at the end.  Measures; never asserts.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CHILD = """
import json, sys
sys.path.insert(0, {tree!r}); sys.path.insert(1, {bench!r})
import vm as bench
t, out = bench.run_jskernel({name!r}, {size!r}, 1)
print(json.dumps({{"time": t, "out": out}}))
"""


def run_side(tree, name, size):
    src = CHILD.format(tree=tree, bench=os.path.join(tree, "benchmarks"), name=name, size=size)
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, cwd=tree,
                       env={**os.environ, "PYTHONPATH": tree})
    if r.returncode:
        raise SystemExit(f"{name} under {tree} failed:\n{r.stderr}")
    res = json.loads(r.stdout.strip().splitlines()[-1])
    return res["time"], res["out"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base", help="the other tree (e.g. a git worktree of the base commit)")
    ap.add_argument("names", nargs="*")
    ap.add_argument("--scale", type=float, default=0.5)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_intermixed_args(argv)
    sys.path.insert(0, HERE)
    import vm as bench
    base = os.path.abspath(a.base)
    print(f"{'program':<11} {'base s':>9} {'this s':>9} {'speedup':>8}")
    ratios = []
    for name in a.names or bench.program_names():
        size = bench.scaled(name, a.scale)
        best, outs = {}, {}
        for _ in range(a.rounds):
            for label, tree in (("base", base), ("this", ROOT)):
                t, out = run_side(tree, name, size)
                best[label] = min(best.get(label, t), t)
                outs[label] = out
        flag = "" if outs["base"] == outs["this"] else "  OUTPUT DIFFERS"
        ratios.append(best["base"] / best["this"])
        print(f"{name:<11} {best['base']:9.3f} {best['this']:9.3f} {ratios[-1]:7.2f}x{flag}", flush=True)
    g = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"geometric mean speedup: {g:.3f}x")


if __name__ == "__main__":
    main()
