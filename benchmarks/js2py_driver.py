"""Run one benchmark program under Js2Py and report the time as JSON (used by vm.py).

    <bench-venv>/bin/python benchmarks/js2py_driver.py PROGRAM.js SIZE [REPEAT]

Runs inside the benchmark's own virtualenv (Js2Py is not a jskernel dependency).
Prints one JSON object: {"time": best CPU seconds, "stdout": text} or {"error": reason}.
The timed region is `js2py.EvalJs().execute(source)`: Js2Py's translation of the
script to Python plus running it (jskernel's timed region likewise includes parsing
and compiling).
"""

import json
import sys
import time


def main():
    path, size = sys.argv[1], int(sys.argv[2])
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    import js2py
    with open(path, encoding="utf-8") as f:
        source = "var SIZE = %d;\n" % size + f.read()
    out = []

    def log(text):                  # Js2Py passes as many arguments as the signature names
        text = text.to_python() if hasattr(text, "to_python") else text
        out.append(f"{text}\n")

    best = None
    for _ in range(repeat):
        out.clear()
        ctx = js2py.EvalJs({"__hostlog": log})
        prelude = "console.log = function (s) { __hostlog(String(s)); };\n"
        try:
            t = time.process_time()
            ctx.execute(prelude + source)
            dt = time.process_time() - t
        except Exception as e:  # Js2Py's own errors: unsupported syntax, ...
            msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            print(json.dumps({"error": f"{type(e).__name__}: {msg}"[:200]}))
            return
        best = dt if best is None else min(best, dt)
    print(json.dumps({"time": best, "stdout": "".join(out)}))


if __name__ == "__main__":
    main()
