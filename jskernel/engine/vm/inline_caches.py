"""Inline caches for named property access (GET_PROP, GET_METHOD, SET_PROP).

Owns `InlineCache`, the per-instruction cache object kept in `code.ic[pc]`, its
state machine, the shared megamorphic stub cache, and `inline_caches(code)`, the
introspection the teaching magics show.

An IC caches *own data properties of ordinary objects* (`type(obj) is JSObject`,
non-dictionary shapes) by hidden class (`Shape`): the slot index of the key in that
shape.  States, as in V8:

* ``uninitialized`` -- never executed or nothing cacheable seen yet;
* ``monomorphic``   -- one shape: the interpreter loop checks `obj.shape is ic.shape`
  inline and reads `obj.slots[ic.slot]`;
* ``polymorphic``   -- 2 to 4 shapes: `entries` maps shape -> slot; the most
  recently hit shape is also kept in `shape`/`slot` for the inline check;
* ``megamorphic``   -- a 5th shape arrived: the instruction stops caching locally and
  uses `MEGAMORPHIC_CACHE`, one (shape, key) -> slot table shared by all code.

`hits` counts accesses answered by the cache (inline, polymorphic or megamorphic);
`misses` counts every other access through the instruction (first sightings of a
shape, prototype-chain / accessor / dictionary-mode / exotic-object lookups).
"""

from __future__ import annotations

from jskernel.engine.bytecode import opcodes as O

MAX_POLYMORPHIC = 4
MEGAMORPHIC_CACHE: dict = {}
MEGAMORPHIC_LIMIT = 4096

UNINITIALIZED, MONOMORPHIC, POLYMORPHIC, MEGAMORPHIC = (
    "uninitialized", "monomorphic", "polymorphic", "megamorphic")


class InlineCache:
    __slots__ = ("shape", "slot", "state", "entries", "hits", "misses")

    def __init__(self):
        self.shape = None          # the shape checked inline (None: never matches)
        self.slot = 0
        self.state = UNINITIALIZED
        self.entries = None        # polymorphic: {shape: slot}
        self.hits = 0
        self.misses = 0

    def lookup(self, shape):
        """Slot for `shape` from the polymorphic / megamorphic tables (None if absent)."""
        e = self.entries
        if e is not None:
            i = e.get(shape)
            if i is not None:
                self.shape = shape
                self.slot = i
            return i
        return None

    def add(self, shape, key, slot):
        """Record a cacheable (shape, slot) pair; advances the state machine."""
        state = self.state
        if state == UNINITIALIZED:
            self.state = MONOMORPHIC
            self.shape, self.slot = shape, slot
            self.entries = None
        elif state == MONOMORPHIC or state == POLYMORPHIC:
            if self.entries is None:
                self.entries = {self.shape: self.slot} if self.shape is not None else {}
            if shape not in self.entries and len(self.entries) >= MAX_POLYMORPHIC:
                self.state = MEGAMORPHIC
                self.entries = None
                self.shape = None
                self._mega_add(shape, key, slot)
                return
            self.entries[shape] = slot
            self.state = POLYMORPHIC if len(self.entries) > 1 else MONOMORPHIC
            self.shape, self.slot = shape, slot
        else:
            self._mega_add(shape, key, slot)

    @staticmethod
    def _mega_add(shape, key, slot):
        if len(MEGAMORPHIC_CACHE) >= MEGAMORPHIC_LIMIT:
            MEGAMORPHIC_CACHE.clear()
        MEGAMORPHIC_CACHE[(shape, key)] = slot

    def shapes(self):
        if self.state == MONOMORPHIC:
            return [self.shape]
        if self.state == POLYMORPHIC:
            return list(self.entries)
        return []

    def __repr__(self):
        return f"<InlineCache {self.state} hits={self.hits} misses={self.misses}>"


IC_OPCODES = (O.GET_PROP, O.GET_METHOD, O.SET_PROP)


def inline_caches(code, recursive=False):
    """The inline caches of a code object, one dict per property-access instruction:
    ``{offset, opcode, property, state, shapes, hits, misses}`` (`shapes` lists each
    cached hidden class as its list of keys; symbols appear as ``Symbol(desc)``).
    With ``recursive=True`` nested functions' caches follow, each dict also carrying
    ``function`` (the code object's name)."""
    from jskernel.engine.bytecode.code import CodeObject
    out = []
    for pc, op in enumerate(code.ops):
        if op not in IC_OPCODES:
            continue
        c = code.ic[pc] if pc < len(code.ic) else None
        if not isinstance(c, InlineCache):
            c = None
        entry = {
            "offset": pc,
            "opcode": O.OPS[op].name,
            "property": _key_text(code.consts[code.args[pc]]),
            "state": c.state if c is not None else UNINITIALIZED,
            "shapes": [[_key_text(k) for k in s.keys] for s in c.shapes()] if c is not None else [],
            "hits": c.hits if c is not None else 0,
            "misses": c.misses if c is not None else 0,
        }
        if recursive:
            entry["function"] = code.name
        out.append(entry)
    if recursive:
        for k in code.consts:
            if isinstance(k, CodeObject):
                out.extend(inline_caches(k, recursive=True))
    return out


def _key_text(k):
    return k if type(k) is str else repr(k)
