"""Library benchmark: Array.prototype.sort under jskernel against Python's `sorted`.

    python benchmarks/library_sort.py               # 100k elements, best of 3
    python benchmarks/library_sort.py --size 20000 --repeat 5
    python benchmarks/library_sort.py --json

Four cases, each on the same pseudo-random data in JS and in Python:
  numbers-default     a.sort()                  (JS default order: by ToString)
  strings-default     a.sort()
  numbers-comparator  a.sort((x, y) => x - y)
  strings-comparator  a.sort((x, y) => x < y ? -1 : x > y ? 1 : 0)
The Python side does what the JS means: sorted(nums, key=js_number_string), sorted(strs),
sorted(nums), sorted(strs, key=cmp_to_key(...)).  Only the sort is timed on both sides
(the JS program builds its array, then times nothing itself: the runner evaluates a
setup script, then the sort statement, in one Engine).  Each run checks that the JS and
Python results agree (a checksum of the first, middle and last elements).

Times are CPU seconds (time.process_time), best of --repeat; the ratio is jskernel / CPython.
Benchmarks measure; they never assert.
"""

from __future__ import annotations

import functools
import sys

from library_harness import best_of, comparison_row, make_parser, print_comparison, time_js

SETUP = """
var seed = 12345;
function rnd() { seed = (seed * 16807) % 2147483647; return seed; }
var nums = [], strs = [];
for (var i = 0; i < SIZE; i++) { nums.push(rnd() % 1000000); }
for (var i = 0; i < SIZE; i++) { strs.push("k" + (rnd() % 1000000).toString(36)); }
"""

CASES = {
    "numbers-default": ("nums", "a.sort()"),
    "strings-default": ("strs", "a.sort()"),
    "numbers-comparator": ("nums", "a.sort(function (x, y) { return x - y; })"),
    "strings-comparator": ("strs", "a.sort(function (x, y) { return x < y ? -1 : x > y ? 1 : 0; })"),
}


def py_data(size):
    seed = 12345
    nums, strs = [], []

    def rnd():
        nonlocal seed
        seed = (seed * 16807) % 2147483647
        return seed
    for _ in range(size):
        nums.append(float(rnd() % 1000000))
    for _ in range(size):
        n = rnd() % 1000000
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        s = ""
        while True:
            s = digits[n % 36] + s
            n //= 36
            if n == 0:
                break
        strs.append("k" + s)
    return nums, strs


def js_number_string(x):
    return str(int(x)) if x == int(x) else repr(x)


def py_sort(case, nums, strs):
    if case == "numbers-default":
        return sorted(nums, key=js_number_string)
    if case == "strings-default":
        return sorted(strs)
    if case == "numbers-comparator":
        return sorted(nums, key=functools.cmp_to_key(lambda x, y: x - y))
    return sorted(strs, key=functools.cmp_to_key(lambda x, y: -1 if x < y else (1 if x > y else 0)))


def checksum(values):
    n = len(values)
    pick = [values[0], values[n // 2], values[-1]] if n else []
    return [js_number_string(v) if isinstance(v, float) else v for v in pick]


def main(argv=None):
    ns = make_parser(__doc__, cases=CASES, size=100_000).parse_args(argv)
    rows = []
    for case in ns.only or list(CASES):
        src_name, stmt = CASES[case]
        js_t, js_r = time_js(f"var SIZE = {ns.size};" + SETUP + f"var a = {src_name}.slice();", stmt,
                             ns.repeat, "[a[0], a[a.length >> 1], a[a.length - 1]].map(String).join('|')")
        nums, strs = py_data(ns.size)
        py_t, out = best_of(lambda: py_sort(case, nums, strs), ns.repeat)
        rows.append(comparison_row(case, js_t, py_t, js_r == "|".join(checksum(out)), count=ns.size))
    print_comparison(rows, ns.json, case_width=22)
    return 0


if __name__ == "__main__":
    sys.exit(main())
