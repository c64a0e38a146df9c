"""Array sorting with comparators (functools.cmp_to_key, the same comparisons as sort.js)."""

import sys
from functools import cmp_to_key

DEFAULT = 8000
MOD = 1000000007


def run(n):
    seed = 12345

    def rnd():
        nonlocal seed
        seed = (seed * 16807) % 2147483647
        return seed

    recs = []
    for i in range(n):
        recs.append({"id": i, "key": rnd() % 100, "score": rnd() % 100000})

    def by_key_score_id(a, b):
        if a["key"] != b["key"]:
            return a["key"] - b["key"]
        if a["score"] != b["score"]:
            return b["score"] - a["score"]
        return a["id"] - b["id"]

    recs.sort(key=cmp_to_key(by_key_score_id))
    h1 = 0
    for r in recs:
        h1 = (h1 * 31 + r["id"]) % MOD

    nums = [rnd() % 1000000 for _ in range(n)]
    nums.sort(key=cmp_to_key(lambda a, b: a - b))
    h2 = 0
    for x in nums:
        h2 = (h2 * 7 + x) % MOD

    strs = ["k" + str(rnd() % 50000) for _ in range(n)]
    strs.sort()
    h3 = 0
    for i in range(0, n, 17):
        h3 = (h3 * 13 + len(strs[i]) + ord(strs[i][-1])) % MOD
    return h1, h2, h3, strs[0], strs[n - 1]


def main(n):
    return "sort " + str(n) + " " + " ".join(str(x) for x in run(n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
