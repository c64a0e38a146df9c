"""A/B timing of two versions of the interpreter loop on the benchmark programs.

    cp jskernel/engine/vm/interpreter.py /tmp/interpreter_before.py   # before editing
    ... edit ...
    python3 benchmarks/vm_ab.py /tmp/interpreter_before.py [--scale 0.5] [--rounds 3] [NAME ...]

Loads the saved file as a second module and runs each program with the saved `VM` and
the current one alternately, round after round in one process (so both see the same
machine load), keeping each side's best CPU time (benchmarks/vm.py `run_jskernel`).
Only the VM class is swapped: handlers, runtime and compiler are the current ones.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vm as bench  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before", help="a saved copy of jskernel/engine/vm/interpreter.py")
    ap.add_argument("names", nargs="*")
    ap.add_argument("--scale", type=float, default=0.5)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_intermixed_args(argv)
    import jskernel.engine.vm.interpreter as current
    spec = importlib.util.spec_from_file_location("jskernel.engine.vm.interpreter_before", a.before)
    before = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(before)
    after_vm = current.VM
    print(f"{'program':<11} {'before s':>9} {'after s':>9} {'speedup':>8}")
    try:
        for name in a.names or bench.program_names():
            size = bench.scaled(name, a.scale)
            best = {}
            for _ in range(a.rounds):
                for label, cls in (("before", before.VM), ("after", after_vm)):
                    current.VM = cls          # Engine() looks the class up at construction
                    t, _out = bench.run_jskernel(name, size, 1)
                    best[label] = min(best.get(label, t), t)
            print(f"{name:<11} {best['before']:9.3f} {best['after']:9.3f} "
                  f"{best['before'] / best['after']:7.2f}x", flush=True)
    finally:
        current.VM = after_vm


if __name__ == "__main__":
    main()
