"""Property-access-heavy code: the chained hash table of hashtable.js as Python classes."""

import sys

DEFAULT = 12000
MOD = 1000000007


class Entry:
    __slots__ = ("key", "hash", "value", "next")

    def __init__(self, key, hash, value, next):
        self.key = key
        self.hash = hash
        self.value = value
        self.next = next


class HashTable:
    def __init__(self):
        self.buckets = [None] * 16
        self.size = 0

    @staticmethod
    def hash_of(key):
        return (key * 2654435761) % 4294967296

    def get(self, key):
        h = self.hash_of(key)
        e = self.buckets[h % len(self.buckets)]
        while e is not None:
            if e.hash == h and e.key == key:
                return e.value
            e = e.next
        return None

    def put(self, key, value):
        h = self.hash_of(key)
        i = h % len(self.buckets)
        e = self.buckets[i]
        while e is not None:
            if e.hash == h and e.key == key:
                e.value = value
                return
            e = e.next
        self.buckets[i] = Entry(key, h, value, self.buckets[i])
        self.size += 1
        if self.size > len(self.buckets) * 2:
            self.resize()

    def remove(self, key):
        h = self.hash_of(key)
        i = h % len(self.buckets)
        prev = None
        e = self.buckets[i]
        while e is not None:
            if e.hash == h and e.key == key:
                if prev is None:
                    self.buckets[i] = e.next
                else:
                    prev.next = e.next
                self.size -= 1
                return True
            prev = e
            e = e.next
        return False

    def resize(self):
        old = self.buckets
        n = len(old) * 2
        fresh = [None] * n
        for e in old:
            while e is not None:
                nxt = e.next
                k = e.hash % n
                e.next = fresh[k]
                fresh[k] = e
                e = nxt
        self.buckets = fresh


class Account:
    __slots__ = ("id", "balance", "deposits", "withdrawals", "flags")

    def __init__(self, id):
        self.id = id
        self.balance = id % 1000
        self.deposits = 0
        self.withdrawals = 0
        self.flags = 0


def run(n):
    table = HashTable()
    for i in range(n):
        table.put(i * 7, Account(i))
    seed = 7
    misses = 0
    for r in range(n * 4):
        seed = (seed * 16807) % 2147483647
        key = (seed % n) * 7 + (1 if r % 5 == 0 else 0)
        acct = table.get(key)
        if acct is None:
            misses += 1
            continue
        if seed % 3 == 0:
            acct.balance -= 5
            acct.withdrawals += 1
        else:
            acct.balance += 7
            acct.deposits += 1
        acct.flags = (acct.flags + acct.id) % 16
    removed = 0
    for i in range(0, n, 3):
        if table.remove(i * 7):
            removed += 1
    total = 0
    for e in table.buckets:
        while e is not None:
            a = e.value
            total = (total * 31 + a.balance + a.deposits * 3 + a.withdrawals * 5 + a.flags) % MOD
            e = e.next
    return table.size, misses, removed, total


def main(n):
    return "hashtable " + str(n) + " " + " ".join(str(x) for x in run(n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
