"""Library benchmark: JSON.parse and JSON.stringify under jskernel against CPython's `json`.

    python benchmarks/library_json.py               # a ~5 MB document, best of 3
    python benchmarks/library_json.py --mb 1 --repeat 5
    python benchmarks/library_json.py --json

The document is generated deterministically in Python (records with integers, decimal
fractions, ASCII and non-ASCII strings with escapes, booleans, nulls, nested arrays and
objects) and serialised compactly, so one text feeds both sides.  The JS side receives
the text from a host function (no 5 MB string literal to lex).  Cases:
  parse       JSON.parse(text)            vs json.loads(text)
  stringify   JSON.stringify(doc)         vs json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
  stringify-indent  JSON.stringify(doc, null, 2)  vs json.dumps(doc, indent=2, ensure_ascii=False)
Only the call is timed on both sides, in one Engine per repetition.  Each run checks that
the JS and Python outputs agree (stringify: the same text; parse: the stringified result
equals the input text).

Times are CPU seconds (time.process_time), best of --repeat; the ratio is jskernel / CPython.
Benchmarks measure; they never assert.
"""

from __future__ import annotations

import json
import sys

from library_harness import best_of, comparison_row, make_parser, print_comparison, time_js

WORDS = ["alpha", "beta", "gamma", "delta", "épsilon", "zeta", "eta", "θeta", "iota", "kappa",
         'quote"d', "back\\slash", "new\nline", "tab\there", "日本", "emoji😀"]


def make_document(target_bytes: int):
    """A list of records whose compact JSON text is about `target_bytes` long."""
    seed = 987654321

    def rnd(n):
        nonlocal seed
        seed = (seed * 1103515245 + 12345) % 2147483648
        return seed % n
    def num(x):     # JS prints 250.0 as 250: keep whole numbers as ints on the Python side
        return int(x) if x == int(x) else x
    records = []
    size = 2
    i = 0
    while size < target_bytes:
        rec = {
            "id": i,
            "name": WORDS[rnd(len(WORDS))] + "-" + str(rnd(100000)),
            "price": num(rnd(1000000) / 100),
            "qty": rnd(500) - 250,
            "active": rnd(2) == 1,
            "tags": [WORDS[rnd(len(WORDS))] for _ in range(rnd(4))],
            "dims": {"w": num(rnd(1000) / 4), "h": rnd(1000), "unit": None if rnd(3) == 0 else "cm"},
        }
        records.append(rec)
        size += len(json.dumps(rec, separators=(",", ":"), ensure_ascii=False)) + 1
        i += 1
    return records


def py_stringify(doc, indent):
    if indent:
        return json.dumps(doc, indent=2, ensure_ascii=False)
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


CASES = ("parse", "stringify", "stringify-indent")
STATEMENTS = {"parse": "doc = JSON.parse(text);", "stringify": "out = JSON.stringify(doc);",
              "stringify-indent": "out = JSON.stringify(doc, null, 2);"}


def run_js(case, text, repeat):
    from jskernel.engine.text import from_js, to_js
    js_text = to_js(text)
    setup = "var text = __text(); var doc = null; var out = null;"
    if case != "parse":
        setup += "\ndoc = JSON.parse(text);"
    best, result = time_js(setup, STATEMENTS[case], repeat,
                           "JSON.stringify(doc)" if case == "parse" else "out",
                           prepare=lambda eng: eng.define_global("__text", lambda this, args: js_text, 0))
    return best, from_js(result)


def run_py(case, text, doc, repeat):
    if case == "parse":
        best, out = best_of(lambda: json.loads(text), repeat)
        return best, py_stringify(out, False)
    return best_of(lambda: py_stringify(doc, case == "stringify-indent"), repeat)


def main(argv=None):
    ns = make_parser(__doc__, cases=CASES, size_option=(
        "--mb", dict(type=float, default=5.0, help="document size in megabytes (default 5)"))).parse_args(argv)
    doc = make_document(int(ns.mb * 1_000_000))
    text = py_stringify(doc, False)
    rows = []
    for case in ns.only or CASES:
        js_t, js_r = run_js(case, text, ns.repeat)
        py_t, py_r = run_py(case, text, doc, ns.repeat)
        expected = py_stringify(doc, case == "stringify-indent")
        rows.append(comparison_row(case, js_t, py_t, js_r == py_r == expected,
                                   count_key="bytes", count=len(text.encode("utf-8"))))
    print_comparison(rows, ns.json, case_width=18, count_key="bytes", count_width=9)
    return 0


if __name__ == "__main__":
    sys.exit(main())
