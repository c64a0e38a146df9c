"""String building: the same concatenation / split / join / search / slice / hash work as strings.js."""

import sys

DEFAULT = 6000
MOD = 1000000007


def hash_string(s, h):
    for c in s:
        h = (h * 31 + ord(c)) % MOD
    return h


def word(i):
    w = ""
    x = i
    while True:
        w += chr(97 + x % 26)
        x //= 26
        if x <= 0:
            break
    return w


def run(n):
    line = ""
    for i in range(n):
        line += word(i) + ("\n" if i % 10 == 9 else " ")
    h = hash_string(line, 0)
    out = []
    for ln in line.split("\n"):
        parts = ln.split(" ")
        out.append("-".join(p.upper() for p in reversed(parts)))
    joined = "|".join(out)
    h = hash_string(joined, h)
    found = 0
    pos = joined.find("AB")
    while pos != -1:
        found += 1
        pos = joined.find("AB", pos + 1)
    pieces = ""
    p = 0
    while p + 7 <= len(joined):
        pieces += joined[p:p + 7]
        p += 13
    h = hash_string(pieces, h)
    return h, len(line) + len(joined) + len(pieces), found


def main(n):
    h, length, found = run(n)
    return f"strings {n} {h} {length} {found}"


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
