"""Closures: the counters, composed chains and map/filter/reduce callbacks of closures.js."""

import sys
from functools import reduce

DEFAULT = 3000
MOD = 1000000007


def make_counter(start, step):
    count = start

    def next_():
        nonlocal count
        count += step
        return count

    def get():
        return count

    return next_, get


def compose(f, g):
    return lambda x: f(g(x))


def adder(k):
    return lambda x: (x + k) % 1000003


def run(n):
    counters = [make_counter(i, i % 7 + 1) for i in range(40)]
    total = 0
    for _ in range(n):
        for next_, _get in counters:
            total = (total + next_()) % MOD
    for _next, get in counters:
        total = (total + get()) % MOD

    f = adder(0)
    for k in range(1, 16):
        f = compose(f, adder(k))
    acc = 0
    for r in range(n):
        acc = f(acc + r)

    arr = list(range(n * 4))
    mapped = map(lambda x: x * 3 + acc % 7, arr)
    filtered = filter(lambda x: x % 2 == 0, mapped)
    s = reduce(lambda a, b: (a + b) % MOD, filtered, 0)
    return total, acc, s


def main(n):
    total, acc, s = run(n)
    return f"closures {n} {total} {acc} {s}"


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
