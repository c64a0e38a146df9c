"""The one allocation path for heap objects.

Owns: `Heap`, which constructs every JSObject (and subclass) a realm creates and
counts allocations per class, so heap statistics, limits and the later collector
see everything.  It does not own object layout (runtime/objects.py) or the
collector itself (a later issue adds tracing from the realm's roots).
"""

from __future__ import annotations


class Heap:
    __slots__ = ("allocated", "by_class", "limit")

    def __init__(self, limit: int | None = None):
        self.allocated = 0          # objects ever allocated
        self.by_class = {}          # class name -> count
        self.limit = limit          # reserved for heap limits (not enforced yet)

    def allocate(self, cls, *args):
        """Construct `cls(*args)`; the only way engine code creates heap objects."""
        obj = cls(*args)
        self.allocated += 1
        name = cls.__name__
        by = self.by_class
        by[name] = by.get(name, 0) + 1
        return obj

    def stats(self) -> dict:
        return {"allocated": self.allocated, "by_class": dict(self.by_class)}
