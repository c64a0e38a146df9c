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

Beside those states, an IC keeps *prototype entries* for a data property found on the
receiver's prototype chain -- a method on a class prototype, say -- one per receiver
shape and prototype (instances of different classes may share a shape), up to
MAX_POLYMORPHIC of them (`protos`; `proto` is the one used last, which the
interpreter loop checks inline).  An entry records the receiver's shape (which lacks
the key), each intermediate prototype with its shape, the holder and its shape, and
the slot.  It answers while the receiver has that shape and
every object on the way still has its recorded prototype and shape (shapes of
non-dictionary objects never change in place, so a redefined method, a new own
property or a `setPrototypeOf` anywhere on the way shows up as a mismatch).

A SET_PROP that *adds* its key (a constructor's `this.x = x`) keeps one *transition*
entry: the receiver's shape before, every object up the prototype chain with its shape
(none of them has the key: no setter to call, no read-only property to respect), and
the shape after.  It answers while the receiver has that shape, is extensible and the
chain is unchanged; the store then appends the slot and moves the receiver to the new
shape without the generic [[Set]] walk.

`hits` counts accesses answered by the cache (inline, polymorphic, megamorphic, the
prototype entry or the transition); `misses` counts every other access through the
instruction (first sightings of a shape, accessor / dictionary-mode / exotic-object
lookups).
"""

from __future__ import annotations

from jskernel.engine.bytecode import opcodes as O
from jskernel.engine.runtime.objects import ACCESSOR, DEFAULT_ATTRS, MAX_SHARED_KEYS, JSObject
from jskernel.engine.runtime.values import ABSENT

MAX_POLYMORPHIC = 4
MAX_PROTO_DEPTH = 4        # prototype entries look at most this many objects up the chain
MEGAMORPHIC_CACHE: dict = {}
MEGAMORPHIC_LIMIT = 4096

UNINITIALIZED, MONOMORPHIC, POLYMORPHIC, MEGAMORPHIC = (
    "uninitialized", "monomorphic", "polymorphic", "megamorphic")


class InlineCache:
    __slots__ = ("shape", "slot", "state", "entries", "hits", "misses", "proto", "protos", "transition")

    def __init__(self):
        self.shape = None          # the shape checked inline (None: never matches)
        self.slot = 0
        self.state = UNINITIALIZED
        self.entries = None        # polymorphic: {shape: slot}
        self.hits = 0
        self.misses = 0
        self.proto = None          # (receiver shape, ((link, link shape), ...), holder, holder shape, slot)
        self.protos = None         # (receiver shape, its prototype) -> such an entry, up to MAX_POLYMORPHIC
        self.transition = None     # SET_PROP adding the key: (shape before, ((link, link shape), ...), shape after)

    def proto_lookup(self, obj, shape):
        """The value of the cached prototype-chain property for `obj` (whose shape is
        `shape`), or ABSENT when the prototype entry does not apply."""
        e = self.proto
        if e is None:
            return ABSENT
        if e[0] is not shape or obj.proto is not (e[1][0][0] if e[1] else e[2]):
            e = self.protos.get((shape, obj.proto))
            if e is None:
                return ABSENT
            self.proto = e          # the most recent one is the entry the loop checks inline
        o = obj
        for p, ps in e[1]:
            if o.proto is not p or p.shape is not ps:
                return ABSENT
            o = p
        h = e[2]
        if o.proto is not h or h.shape is not e[3]:
            return ABSENT
        return h.slots[e[4]]

    def proto_add(self, obj, shape, key):
        """Look `key` up along `obj`'s prototype chain (obj: an ordinary object whose
        non-dictionary `shape` lacks it); when it is a data property of ordinary,
        non-dictionary objects all the way, cache it and return its value, else ABSENT."""
        links = []
        p = obj.proto
        while type(p) is JSObject and len(links) < MAX_PROTO_DEPTH:
            ps = p.shape
            if ps.dictionary:
                return ABSENT
            j = ps.table.get(key)
            if j is not None:
                if ps.attrs[j] & ACCESSOR:
                    return ABSENT
                e = self.proto = (shape, tuple(links), p, ps, j)
                if self.protos is None:
                    self.protos = {}
                k = (shape, obj.proto)
                if k in self.protos or len(self.protos) < MAX_POLYMORPHIC:
                    self.protos[k] = e
                return p.slots[j]
            links.append((p, ps))
            p = p.proto
        return ABSENT

    def transition_lookup(self, obj, shape):
        """The shape an extensible `obj` (now of `shape`) gets by adding the key, from the
        cached store transition; None when it does not apply."""
        e = self.transition
        if e is None or e[0] is not shape:
            return None
        o = obj
        for p, ps in e[1]:
            if o.proto is not p or p.shape is not ps:
                return None
            o = p
        return e[2] if o.proto is None else None

    def transition_add(self, obj, shape, key):
        """OrdinarySet adding `key` to `obj` (extensible, ordinary, its non-dictionary
        `shape` lacks the key) creates a default data property when no object up the
        chain has the key (no setter to call, no read-only property to respect).  When the
        chain is ordinary objects with shared shapes, cache the transition and return the
        new shape; else None (the generic [[Set]] runs)."""
        if len(shape.keys) >= MAX_SHARED_KEYS:
            return None
        links = []
        p = obj.proto
        while p is not None:
            if not (type(p) is JSObject or getattr(p, "immutable_prototype", False)) \
                    or len(links) >= MAX_PROTO_DEPTH:
                return None
            ps = p.shape
            if ps.dictionary or key in ps.table:
                return None
            links.append((p, ps))
            p = p.proto
        new = shape.add(key, DEFAULT_ATTRS)
        self.transition = (shape, tuple(links), new)
        return new

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


# the instructions that own an inline cache -> where their operand keeps the key's constant index
IC_OPCODES = {O.GET_PROP: None, O.GET_METHOD: None, O.SET_PROP: None, O.GET_THIS_PROP: None,
              O.SET_PROP_POP: None, O.GET_LOCAL_PROP: 1}


def ic_key_index(op, arg):
    """The constant-pool index of the property key of IC-owning instruction `op`."""
    k = IC_OPCODES[op]
    return arg if k is None else arg[k]


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
            "property": _key_text(code.consts[ic_key_index(op, code.args[pc])]),
            "state": c.state if c is not None else UNINITIALIZED,
            "shapes": [[_key_text(k) for k in s.keys] for s in c.shapes()] if c is not None else [],
            "hits": c.hits if c is not None else 0,
            "misses": c.misses if c is not None else 0,
            "prototype": _proto_text(c.proto) if c is not None and c.proto is not None else None,
            "transition": ({"from": [_key_text(k) for k in c.transition[0].keys],
                            "to": [_key_text(k) for k in c.transition[2].keys]}
                           if c is not None and c.transition is not None else None),
        }
        if recursive:
            entry["function"] = code.name
        out.append(entry)
    if recursive:
        for k in code.consts:
            if isinstance(k, CodeObject):
                out.extend(inline_caches(k, recursive=True))
    return out


def _proto_text(entry):
    """A prototype entry as {"receiver": keys, "depth": prototypes up, "holder": keys}."""
    return {"receiver": [_key_text(k) for k in entry[0].keys], "depth": len(entry[1]) + 1,
            "holder": [_key_text(k) for k in entry[3].keys]}


def _key_text(k):
    return k if type(k) is str else repr(k)
