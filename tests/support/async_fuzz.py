"""Random promise / async scheduling programs for tests/test_vm_async.py.

Each program mixes then-chains, async functions awaiting values, promises and
thenables, async generators driven by next / return / throw, for await, finally and
the combinators, logs every step and prints the log once the queue settles.  Their
expected output (tests/data/async_ordering.json) is node's, made by
`python3 tests/support/async_fuzz.py --regen`.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "async_ordering.json")
COUNT = 80


def gen(seed):
    """The program for `seed` (deterministic)."""
    r = random.Random(seed)
    lines = ["const log = []; const t = (s) => log.push(s);"]
    n = r.randint(3, 7)
    for i in range(n):
        k = r.choice(['chain', 'async', 'agen', 'thenable', 'forawait', 'reject', 'finally', 'all', 'asyncret',
                      'delegate', 'forawaitgen'])
        if k == 'chain':
            m = r.randint(1, 4)
            lines.append("Promise.resolve(%d)" % i + "".join(".then(v => (t('c%d.%d'), v))" % (i, j) for j in range(m)) + ";")
        elif k == 'async':
            body = []
            for j in range(r.randint(1, 3)):
                what = r.choice(['null', 'Promise.resolve(1)', "{ then(r) { t('th%d.%d'); r(); } }" % (i, j), 'Promise.reject(0).catch(() => {})'])
                body.append("await (%s); t('a%d.%d');" % (what, i, j))
            lines.append("(async () => { t('a%d start'); %s })();" % (i, " ".join(body)))
        elif k == 'agen':
            lines.append("{ const g = (async function* () { t('g%d start'); yield 1; await null; t('g%d mid'); yield 2; })();" % (i, i))
            for j in range(r.randint(1, 4)):
                m = r.choice(['next()', 'next()', "return('R')", "throw('E')"])
                lines.append("g.%s.then(x => t('g%d.%d ' + JSON.stringify(x)), e => t('g%d.%d err ' + e));" % (m, i, j, i, j))
            lines.append("}")
        elif k == 'thenable':
            lines.append("Promise.resolve({ then(r) { t('tn%d'); r('v'); } }).then(v => t('tn%d done'));" % (i, i))
        elif k == 'forawait':
            lines.append("(async () => { for await (const x of [1, Promise.resolve(2)]) t('fa%d ' + x); t('fa%d end'); })();" % (i, i))
        elif k == 'reject':
            lines.append("Promise.reject('r%d').catch(e => t('caught ' + e)).then(() => t('after r%d'));" % (i, i))
        elif k == 'finally':
            lines.append("Promise.resolve(%d).finally(() => t('fin%d')).then(() => t('fin%d done'));" % (i, i, i))
        elif k == 'all':
            lines.append("Promise.all([1, Promise.resolve(2), (async () => 3)()]).then(v => t('all%d ' + v));" % i)
        elif k == 'delegate':
            lines.append("{ const g = (async function* () { try { yield* (async function* () { yield 'i1'; "
                         "await null; yield 'i2'; })(); yield* ['s1', Promise.resolve('s2')]; } "
                         "finally { t('d%d finally'); } })();" % i)
            for j in range(r.randint(1, 5)):
                m = r.choice(['next()', 'next()', 'next()', "return('R')", "throw('E')"])
                lines.append("g.%s.then(x => t('d%d.%d ' + JSON.stringify(x)), e => t('d%d.%d err ' + e));"
                             % (m, i, j, i, j))
            lines.append("}")
        elif k == 'forawaitgen':
            stop = r.randint(0, 3)
            lines.append("(async () => { for await (const x of (async function* () { try { for (let i = 0; i < 3; i++) "
                         "{ await null; yield i; } } finally { t('fg%d closed'); } })()) { t('fg%d ' + x); "
                         "if (x === %d) break; } t('fg%d end'); })();" % (i, i, stop, i))
        elif k == 'asyncret':
            lines.append("(async () => Promise.resolve('x'))().then(v => t('ar%d'));" % i)
    lines.append("let p = Promise.resolve(); for (let i = 0; i < 30; i++) p = p.then(() => {}); p.then(() => console.log(log.join('\\n')));")
    return "\n".join(lines) + "\n"
def regen():
    cases = []
    for seed in range(COUNT):
        src = gen(seed)
        out = subprocess.run(["node", "-e", src], capture_output=True, text=True, check=True).stdout
        cases.append({"seed": seed, "source": src, "expected": out})
    with open(DATA, "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=0)
        f.write("\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["--regen"]:
        regen()
    else:
        print(gen(int(sys.argv[1])))
