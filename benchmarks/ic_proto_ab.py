"""A/B timing of the inline caches' prototype entry (vm/inline_caches.py).

    python3 benchmarks/ic_proto_ab.py [--scale 0.5] [--rounds 3] [NAME ...]

Runs each benchmark program with the prototype entry switched off and on, alternating
round after round in one process (so both sides see the same machine load), and keeps
each side's best CPU time (benchmarks/vm.py `run_jskernel`).  Switching off replaces
`InlineCache.proto_add` so no entry is ever recorded.  Measures; never asserts.
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vm as bench  # noqa: E402

DEFAULT = ["richards", "raytrace", "nbody", "hashtable", "closures", "fib"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--scale", type=float, default=0.5)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args(argv)
    from jskernel.engine.runtime.values import ABSENT
    from jskernel.engine.vm import inline_caches

    on = inline_caches.InlineCache.proto_add
    off = lambda self, obj, shape, key: ABSENT  # noqa: E731
    names = a.names or DEFAULT
    best = {}
    try:
        for _ in range(a.rounds):
            for mode, fn in (("off", off), ("on", on)):
                inline_caches.InlineCache.proto_add = fn
                for name in names:
                    secs = bench.run_jskernel(name, bench.scaled(name, a.scale))[0]
                    best[name, mode] = min(best.get((name, mode), float("inf")), secs)
    finally:
        inline_caches.InlineCache.proto_add = on
    print(f"{'program':10s} {'off s':>8s} {'on s':>8s} {'speedup':>8s}")
    for name in names:
        off_s, on_s = best[name, "off"], best[name, "on"]
        print(f"{name:10s} {off_s:8.3f} {on_s:8.3f} {off_s / on_s:7.2f}x")


if __name__ == "__main__":
    main()
