"""Recursion: naive doubly-recursive Fibonacci (same work as fib.js)."""

import sys

DEFAULT = 25


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    total = 0
    for k in range(n - 4, n + 1):
        total += fib(k)
    return f"fib {n} {total}"


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
