"""Dispatch micro-benchmark: how should the interpreter loop pick an opcode's code?

    python benchmarks/vm_dispatch.py [--n 300000]

Strategies measured on the same compiled bytecode:
  hybrid    the VM's loop: if/elif chain over the hottest opcodes, HANDLERS list for the rest
  table     every opcode through the HANDLERS list (one Python call per instruction)
  (benchmarks: loop, fib, props = own-property get/set with inline caches, oop = class
  instances, constructor calls and prototype methods)
  closures  each instruction pre-bound into a Python closure ("closure threading");
            only implemented here for the opcodes of the loop benchmark
Results are recorded in docs/vm.md.
"""

from __future__ import annotations

import argparse
import time

from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.runtime import operations as ops

LOOP = "function loop(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; } return s; }\n"
FIB = "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
OOP = ("class V { constructor(x, y) { this.x = x; this.y = y; }\n"
       "  add(o) { return new V(this.x + o.x, this.y + o.y); }\n"
       "  len2() { return this.x * this.x + this.y * this.y; } }\n"
       "function oop(n) { let v = new V(0, 0); const d = new V(1, 2); let s = 0;\n"
       "  for (let i = 0; i < n; i++) { v = v.add(d); s += v.len2() % 7; } return s; }\n")
PROPS = ("function props(n) { const o = {x: 1, y: 2}; let s = 0;\n"
         "  for (let i = 0; i < n; i++) { s += o.x + o.y; o.x = i & 7; } return s; }\n")


def _engine(dispatch):
    from jskernel.engine import Engine
    return Engine(dispatch=dispatch, stdout=lambda s: None)


def time_js(dispatch, setup, call, repeat=5):
    e = _engine(dispatch)
    e.evaluate(setup)
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        e.evaluate(call)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best


def closure_threaded(code):
    """Translate a code object into a list of closures: insn(stack, locals) -> next pc."""
    consts = code.consts
    out = []
    for pc, (op, arg) in enumerate(zip(code.ops, code.args)):
        nxt = pc + 1
        if op == O.PUSH_CONST:
            def f(st, lo, v=consts[arg], nxt=nxt):
                st.append(v)
                return nxt
        elif op == O.LOAD_LOCAL:
            def f(st, lo, i=arg, nxt=nxt):
                st.append(lo[i])
                return nxt
        elif op == O.STORE_LOCAL:
            def f(st, lo, i=arg, nxt=nxt):
                lo[i] = st.pop()
                return nxt
        elif op == O.LT:
            def f(st, lo, nxt=nxt):
                b = st.pop()
                a = st[-1]
                st[-1] = a < b if type(a) is float and type(b) is float else ops.LessThan(a, b)
                return nxt
        elif op == O.ADD:
            def f(st, lo, nxt=nxt):
                b = st.pop()
                a = st[-1]
                st[-1] = a + b if type(a) is float and type(b) is float else ops.Add(a, b)
                return nxt
        elif op == O.INC:
            def f(st, lo, nxt=nxt):
                a = st[-1]
                st[-1] = a + 1.0 if type(a) is float else ops.ToNumeric(a) + 1
                return nxt
        elif op == O.JUMP_IF_FALSE:
            def f(st, lo, t=arg, nxt=nxt):
                return t if not ops.ToBoolean(st.pop()) else nxt
        elif op == O.JUMP:
            def f(st, lo, t=arg):
                return t
        elif op == O.RETURN:
            def f(st, lo):
                return -1
        else:
            raise NotImplementedError(O.OPS[op].name)
        out.append(f)
    return out


def run_closures(code, n):
    insns = closure_threaded(code)
    stack = []
    locals_ = [float(n)] + [None] * (code.nlocals - 1)
    pc = 0
    while pc >= 0:
        pc = insns[pc](stack, locals_)
    return stack[-1]


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=200000)
    p.add_argument("--fib", type=int, default=20)
    p.add_argument("--rounds", type=int, default=7)
    a = p.parse_args(argv)
    n = a.n
    benches = (("loop", LOOP, f"loop({n})"), ("fib", FIB, f"fib({a.fib})"), ("props", PROPS, f"props({n // 2})"),
               ("oop", OOP, f"oop({n // 10})"))
    engines = {}
    for d in ("hybrid", "table"):
        e = _engine(d)
        for _, setup, _ in benches:
            e.evaluate(setup)
        engines[d] = e
    loop_code = [c for c in engines["hybrid"].compile(LOOP).consts if hasattr(c, "ops")][0]
    best = {}

    def record(key, dt):
        best[key] = min(best.get(key, dt), dt)

    # interleave strategies round by round so background load affects them alike
    for _ in range(a.rounds):
        for name, _, call in benches:
            for d, e in engines.items():
                t = time.perf_counter()
                e.evaluate(call)
                record((name, d), time.perf_counter() - t)
        t = time.perf_counter()
        r = run_closures(loop_code, n)
        record(("loop", "closures"), time.perf_counter() - t)
        assert r == float(n * (n - 1) // 2)
    instrs = {"loop": 12 * n + 6}
    print(f"{'bench':<8}{'dispatch':<10}{'seconds':>10}{'ns/instr':>10}")
    for (name, d), t in best.items():
        per = f"{t / instrs[name] * 1e9:.0f}" if name in instrs else ""
        print(f"{name:<8}{d:<10}{t:>10.3f}{per:>10}")


if __name__ == "__main__":
    main()
