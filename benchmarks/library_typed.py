"""Library benchmark: hot typed-array paths under jskernel.

    python benchmarks/library_typed.py               # 100k elements, best of 3
    python benchmarks/library_typed.py --size 20000 --repeat 5 --json

Cases (each timed as one statement after an untimed setup in the same Engine):
  ctor-from-array   new Float64Array(nums)              (bulk conversion + struct pack)
  sort-default      f.slice().sort()                    (numeric order, -0 < +0, NaN last)
  sort-comparator   f.slice().sort((x, y) => y - x)     (merge sort calling back into JS)
  set-typed         u8.set(u8b)                         (byte copy between buffers)
  index-loop        for (...) sum += f[i]               (element reads through the VM)
  index-write       for (...) u32[i] = i                (element writes through the VM)
  map-callback      f.map(x => x * 2)                   (species create + callback per element)
Times are CPU seconds (time.process_time), best of --repeat.  Benchmarks measure; they never assert.
"""

from __future__ import annotations

import json
import sys

from library_harness import make_parser, time_js

SETUP = """
var seed = 12345;
function rnd() { seed = (seed * 16807) % 2147483647; return seed; }
var nums = [];
for (var i = 0; i < SIZE; i++) { nums.push((rnd() % 2000000) / 7 - 100000); }
var f = new Float64Array(nums);
var u8 = new Uint8Array(SIZE), u8b = new Uint8Array(SIZE).fill(7);
var u32 = new Uint32Array(SIZE);
var sum = 0;
"""

CASES = {
    "ctor-from-array": "new Float64Array(nums)",
    "sort-default": "f.slice().sort()",
    "sort-comparator": "f.slice().sort(function (x, y) { return y - x; })",
    "set-typed": "u8.set(u8b)",
    "index-loop": "for (var i = 0; i < f.length; i++) sum += f[i];",
    "index-write": "for (var i = 0; i < SIZE; i++) u32[i] = i;",
    "map-callback": "f.map(function (x) { return x * 2; })",
}


def main(argv=None):
    ns = make_parser(__doc__, cases=CASES, size=100_000).parse_args(argv)
    rows = [{"case": c, "size": ns.size, "jskernel": time_js(f"var SIZE = {ns.size};" + SETUP, CASES[c], ns.repeat)[0]}
            for c in ns.only or list(CASES)]
    if ns.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'case':18} {'size':>8} {'jskernel s':>11} {'us/element':>11}")
    for r in rows:
        print(f"{r['case']:18} {r['size']:>8} {r['jskernel']:>11.4f} {1e6 * r['jskernel'] / r['size']:>11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
