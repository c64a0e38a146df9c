"""Library benchmark: the hot Date paths under jskernel, with CPython's datetime doing the
same job for context.

    python benchmarks/library_date.py                # 20k operations per case, best of 3
    python benchmarks/library_date.py --size 5000 --repeat 5 --tz Europe/Berlin
    python benchmarks/library_date.py --json

Cases (each one JS loop, timed as one statement after a setup script in one Engine):
  construct-local   new Date(y, m, d, h) + getDay()      (LocalTime / UTC with the zone)
  to-string         d.toString()                         (fields + offset + zone name)
  to-iso-string     d.toISOString()
  parse-iso         Date.parse("2024-03-05T14:03:09.123Z")
  parse-legacy      Date.parse("Tue Mar 05 2024 14:03:09 GMT+0100")
The Python column does the closest datetime work: datetime(...) with a ZoneInfo, strftime,
isoformat, fromisoformat, strptime.  Times are CPU seconds (time.process_time), best of
--repeat; the ratio is jskernel / CPython.  Benchmarks measure; they never assert.
"""

from __future__ import annotations

import json
import os

from library_harness import best_of, make_parser

CASES = {
    "construct-local": "var s = 0; for (var i = 0; i < SIZE; i++) { s += new Date(2024, i % 12, 1 + i % 28, i % 24).getDay(); }",
    "to-string": "var s = 0; for (var i = 0; i < SIZE; i++) { s += new Date(i * 1e9).toString().length; }",
    "to-iso-string": "var s = 0; for (var i = 0; i < SIZE; i++) { s += new Date(i * 1e9).toISOString().length; }",
    "parse-iso": "var s = 0; for (var i = 0; i < SIZE; i++) { s += Date.parse('2024-03-05T14:03:09.123Z'); }",
    "parse-legacy": "var s = 0; for (var i = 0; i < SIZE; i++) { s += Date.parse('Tue Mar 05 2024 14:03:09 GMT+0100'); }",
}


def py_case(case, size, tz):
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo
    z = ZoneInfo(tz)
    s = 0
    if case == "construct-local":
        for i in range(size):
            s += datetime(2024, i % 12 + 1, 1 + i % 28, i % 24, tzinfo=z).weekday()
    elif case == "to-string":
        for i in range(size):
            s += len(datetime.fromtimestamp(i * 1e6, z).strftime("%a %b %d %Y %H:%M:%S GMT%z (%Z)"))
    elif case == "to-iso-string":
        for i in range(size):
            s += len(datetime.fromtimestamp(i * 1e6, timezone.utc).isoformat())
    elif case == "parse-iso":
        for _ in range(size):
            s += datetime.fromisoformat("2024-03-05T14:03:09.123+00:00").timestamp()
    else:
        for _ in range(size):
            s += datetime.strptime("Tue Mar 05 2024 14:03:09 +0100", "%a %b %d %Y %H:%M:%S %z").timestamp()
    return s


def main(argv=None):
    ap = make_parser(__doc__, size=20000, extra=[("--tz", dict(default="America/New_York"))])
    args = ap.parse_args(argv)
    os.environ["TZ"] = args.tz
    from jskernel.engine import Engine
    rows = []
    for case, src in CASES.items():
        engine = Engine(stdout=lambda s: None)
        stmt = src.replace("SIZE", str(args.size))
        jsk, _ = best_of(lambda: engine.evaluate(stmt), args.repeat)
        py, _ = best_of(lambda: py_case(case, args.size, args.tz), args.repeat)
        rows.append({"case": case, "jskernel_s": jsk, "cpython_s": py, "ratio": jsk / py if py else None})
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'case':<18}{'jskernel s':>12}{'CPython s':>12}{'ratio':>8}   ({args.size} ops, TZ={args.tz})")
    for r in rows:
        print(f"{r['case']:<18}{r['jskernel_s']:>12.3f}{r['cpython_s']:>12.3f}{r['ratio']:>8.1f}")


if __name__ == "__main__":
    main()
