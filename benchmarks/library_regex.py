"""Library benchmark: RegExp-heavy work under jskernel against Python's `re` in CPython.

    python benchmarks/library_regex.py                 # ~200 KB source, best of 3
    python benchmarks/library_regex.py --size 50000 --repeat 5
    python benchmarks/library_regex.py --only sticky-tokenize --json

Cases (the same work in JS and in Python, in the same run), on a JS-like source text of
about --size characters (a fixed snippet of JavaScript repeated):
  sticky-tokenize  a sticky /y tokenizer (7 alternatives, named groups) driven by
                   exec() and lastIndex until the end of the text; Python: re.match(pos)
  replace-fn       text.replace(/\\b([A-Za-z_$])([\\w$]*)/g, fn) with a callback; re.sub
  replace-str      text.replace(/(\\d+)\\.(\\d+)/g, "$2,$1"); re.sub with \\2,\\1
  split            text.split(/\\s*[;{}]\\s*/); re.split
  match-all        [...text.matchAll(/"(?:[^"\\\\]|\\\\.)*"|'[^']*'/g)].length; re.finditer
  test-lines       lines.filter(l => /^\\s*(?:var|let|const)\\b/.test(l)).length; re.match per line

Only the measured statement is timed on both sides: the runner evaluates a setup script
first, then the case's statement, in one Engine.  Each run checks that the JS and Python
results agree (a checksum string).  Times are CPU seconds (time.process_time), best of
--repeat; the ratio is jskernel / CPython.  Benchmarks measure; they never assert.
"""

from __future__ import annotations

import json
import re
import sys

from library_harness import best_of, comparison_row, make_parser, print_comparison, time_js

# one snippet of JS-like source (no backslashes, so the JS and Python strings are the same)
SNIPPET = """function tokenize(src, opts) {
  var out = [], i = 0, n = src.length; // walk the input
  const limit = opts && opts.limit || 1000.5;
  while (i < n && out.length < limit) {
    let ch = src.charCodeAt(i);
    if (ch === 32 || ch === 10) { i++; continue; }
    out.push({ kind: "char", value: 'x', at: i * 2.25 });
    i += 1;
  }
  return out.filter(t => t.kind !== "skip").map((t, k) => k + ":" + t.value);
}
"""

SETUP = """
var snippet = %s;
var text = snippet.repeat(Math.ceil(SIZE / snippet.length));
var lines = text.split("\\n");
var r;
"""

TOKEN_JS = (r"/\s*(?:(?<id>[A-Za-z_$][\w$]*)|(?<num>\d+(?:\.\d+)?)|(?<str>\"[^\"]*\"|'[^']*')"
            r"|(?<com>\/\/[^\n]*)|(?<op>===|!==|&&|\|\||=>|[-+*\/%<>=!]=?|[{}()\[\];,.:?])"
            r"|(?<ws>\s+)|(?<other>.))/y")
TOKEN_PY = (r"\s*(?:(?P<id>[A-Za-z_$][\w$]*)|(?P<num>\d+(?:\.\d+)?)|(?P<str>\"[^\"]*\"|'[^']*')"
            r"|(?P<com>//[^\n]*)|(?P<op>===|!==|&&|\|\||=>|[-+*/%<>=!]=?|[{}()\[\];,.:?])"
            r"|(?P<ws>\s+)|(?P<other>.))")

CASES = {
    "sticky-tokenize": ("var T = " + TOKEN_JS + ", m, n = 0, ids = 0;"
                        "while (T.lastIndex < text.length && (m = T.exec(text))) {"
                        " n++; if (m.groups.id !== undefined) ids++; }"
                        "r = n + ':' + ids;"),
    "replace-fn": "r = text.replace(/\\b([A-Za-z_$])([\\w$]*)/g, (m, a, b) => a.toUpperCase() + b.length);",
    "replace-str": "r = text.replace(/(\\d+)\\.(\\d+)/g, '$2,$1');",
    "split": "r = text.split(/\\s*[;{}]\\s*/).join('|');",
    "match-all": "r = String([...text.matchAll(/\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'/g)].length);",
    "test-lines": "r = String(lines.filter(l => /^\\s*(?:var|let|const)\\b/.test(l)).length);",
}


def py_case(case, size):
    """The Python equivalent of a case: a callable producing the result string."""
    text = SNIPPET * -(-size // len(SNIPPET))
    lines = text.split("\n")

    def tokenize():
        tok = re.compile(TOKEN_PY)
        pos, n, ids, end = 0, 0, 0, len(text)
        while pos < end:
            m = tok.match(text, pos)
            if m is None:
                break
            pos = m.end()
            n += 1
            if m.group("id") is not None:
                ids += 1
        return f"{n}:{ids}"

    def replace_fn():
        rx = re.compile(r"\b([A-Za-z_$])([\w$]*)")
        return rx.sub(lambda m: m.group(1).upper() + str(len(m.group(2))), text)

    return {
        "sticky-tokenize": tokenize,
        "replace-fn": replace_fn,
        "replace-str": lambda: re.sub(r"(\d+)\.(\d+)", r"\2,\1", text),
        "split": lambda: "|".join(re.split(r"\s*[;{}]\s*", text)),
        "match-all": lambda: str(sum(1 for _ in re.finditer(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'", text))),
        "test-lines": lambda: str(sum(1 for ln in lines if re.match(r"\s*(?:var|let|const)\b", ln))),
    }[case]


def checksum(s: str) -> str:
    return f"{len(s)}:{sum(ord(c) for c in s[::97]) % 1000003}"


def main(argv=None):
    ns = make_parser(__doc__, cases=CASES, size=200_000).parse_args(argv)
    setup = f"var SIZE = {ns.size};" + SETUP % json.dumps(SNIPPET)
    rows = []
    for case in ns.only or list(CASES):
        js_t, js_r = time_js(setup, CASES[case], ns.repeat, "r")
        py_t, py_r = best_of(py_case(case, ns.size), ns.repeat, before=re.purge)
        rows.append(comparison_row(case, js_t, py_t, checksum(js_r) == checksum(py_r), count=ns.size))
    print_comparison(rows, ns.json, case_width=16)
    return 0


if __name__ == "__main__":
    sys.exit(main())
