"""Library benchmark: string building and string methods under jskernel against CPython.

    python benchmarks/library_strings.py               # 100k parts, best of 3
    python benchmarks/library_strings.py --size 20000 --repeat 5
    python benchmarks/library_strings.py --json

Cases (the same work in JS and in Python, in the same run):
  concat-loop      s += "x" + i            (a loop of string concatenation)
  join-array       parts.join(",")         (100k parts built beforehand)
  template         `${i}:${i * 2};` in a loop, collected with push and joined
  split-join       s.split(",").join(";")
  case-trim        padStart + toUpperCase + trim on each part
  char-codes       a loop of charCodeAt over a long string, summed
  uri-roundtrip    decodeURIComponent(encodeURIComponent(s)) on a long non-ASCII string

Only the measured statement is timed on both sides: the runner evaluates a setup script
first, then the case's statement, in one Engine.  Each run checks that the JS and Python
results agree (the result's length and a hash-like checksum).  Times are CPU seconds
(time.process_time), best of --repeat; the ratio is jskernel / CPython.
Benchmarks measure; they never assert.
"""

from __future__ import annotations

import sys
import urllib.parse

from library_harness import best_of, comparison_row, make_parser, print_comparison, time_js

SETUP = """
var parts = [];
for (var i = 0; i < SIZE; i++) parts.push("p" + i);
var joined = parts.join(",");
var text = "h\\u00e9llo w\\u00f6rld \\u20ac ".repeat(SIZE / 10 | 0);
var r;
"""

CASES = {
    "concat-loop": "var s = ''; for (var i = 0; i < SIZE; i++) s += 'x' + i; r = s;",
    "join-array": "r = parts.join(',');",
    "template": "var out = []; for (var i = 0; i < SIZE; i++) out.push(`${i}:${i * 2};`); r = out.join('');",
    "split-join": "r = joined.split(',').join(';');",
    "case-trim": "var out = []; for (var i = 0; i < parts.length; i++) out.push(('  ' + parts[i].padStart(8, '0') + ' ').toUpperCase().trim()); r = out.join('');",
    "char-codes": "var t = 0; for (var i = 0; i < joined.length; i++) t += joined.charCodeAt(i); r = String(t);",
    "uri-roundtrip": "r = decodeURIComponent(encodeURIComponent(text));",
}


def py_case(case, size):
    """The Python equivalent of a case; returns (setup_state, callable producing the result)."""
    parts = ["p" + str(i) for i in range(size)]
    joined = ",".join(parts)
    text = "h\u00e9llo w\u00f6rld \u20ac " * (size // 10)

    def concat_loop():
        s = ""
        for i in range(size):
            s += "x" + str(i)
        return s

    def template():
        return "".join([f"{i}:{i * 2};" for i in range(size)])

    def case_trim():
        return "".join([("  " + p.rjust(8, "0") + " ").upper().strip() for p in parts])

    def char_codes():
        t = 0
        for c in joined:
            t += ord(c)
        return str(t)

    return {
        "concat-loop": concat_loop,
        "join-array": lambda: ",".join(parts),
        "template": template,
        "split-join": lambda: ";".join(joined.split(",")),
        "case-trim": case_trim,
        "char-codes": char_codes,
        "uri-roundtrip": lambda: urllib.parse.unquote(urllib.parse.quote(text, safe="-_.!~*'()")),
    }[case]


def checksum(s: str) -> str:
    return f"{len(s)}:{sum(ord(c) for c in s[::97]) % 1000003}"


def main(argv=None):
    ns = make_parser(__doc__, cases=CASES, size=100_000).parse_args(argv)
    rows = []
    for case in ns.only or list(CASES):
        js_t, js_r = time_js(f"var SIZE = {ns.size};" + SETUP, CASES[case], ns.repeat, "r")
        py_t, py_r = best_of(py_case(case, ns.size), ns.repeat)
        rows.append(comparison_row(case, js_t, py_t, checksum(js_r) == checksum(py_r), count=ns.size))
    print_comparison(rows, ns.json, case_width=16)
    return 0


if __name__ == "__main__":
    sys.exit(main())
