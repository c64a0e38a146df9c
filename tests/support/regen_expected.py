"""Regenerate tests/programs/AREA/NAME.expected from node (the oracle).

usage: python tests/support/regen_expected.py [AREA/NAME.js ...]   (default: every program)
Each .expected file is exactly the stdout of `node NAME.js` run in its folder.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROGRAMS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "programs")


def regen(name: str) -> None:
    """`name` is a path relative to tests/programs, e.g. "functions/closures_counter.js"."""
    path = os.path.join(PROGRAMS, name)
    folder, base = os.path.split(path)
    env = dict(os.environ, TZ="America/New_York")    # the same fixed zone as tests/test_programs.py
    out = subprocess.run(["node", base], cwd=folder, capture_output=True, text=True, env=env).stdout
    with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
        f.write(out)


def all_programs() -> list[str]:
    return sorted(os.path.relpath(os.path.join(d, n), PROGRAMS)
                  for d, _, files in os.walk(PROGRAMS) for n in files
                  if n.endswith(".js") and os.path.basename(d) != "fixtures")


def main(argv):
    names = [os.path.relpath(os.path.abspath(n), PROGRAMS) if os.path.exists(n) else n
             for n in argv] or all_programs()
    for n in names:
        regen(n)
        print("regenerated", n)


if __name__ == "__main__":
    main(sys.argv[1:])
