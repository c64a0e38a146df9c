"""Regenerate tests/programs/NAME.expected from node (the oracle).

usage: python tests/support/regen_expected.py [NAME.js ...]   (default: every program)
Each .expected file is exactly the stdout of `node NAME.js` run in tests/programs/.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROGRAMS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "programs")


def regen(name: str) -> None:
    out = subprocess.run(["node", name], cwd=PROGRAMS, capture_output=True, text=True).stdout
    with open(os.path.join(PROGRAMS, name[:-3] + ".expected"), "w", encoding="utf-8") as f:
        f.write(out)


def main(argv):
    names = argv or sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".js"))
    for n in names:
        regen(os.path.basename(n))
        print("regenerated", n)


if __name__ == "__main__":
    main(sys.argv[1:])
