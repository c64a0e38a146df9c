"""%Map% and %Set% (keyed collections with SameValueZero keys, insertion order and
live iteration).

A collection's `internal` slot is an `OrderedTable`: entries in a list (deleted ones
become holes, so iterators that are walking the list see later additions and skip
deletions, as the spec requires) plus a dict from a normalised key to the entry index.
"""

from __future__ import annotations

from jskernel.engine.builtins import GETTER, VALUE, arg, make_constructor
from jskernel.engine.builtins.iterator import iter_result, make_builtin_iterator
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import (
    ABSENT, SYMBOL_ITERATOR, SYMBOL_TO_STRING_TAG, UNDEFINED, WELL_KNOWN_SYMBOLS,
)
from jskernel.engine.vm.iteration import IteratorRecord

_NAN = ("n", "NaN")


def normalize(key):
    """A dict key with SameValueZero equality (bool / Number / BigInt kept apart)."""
    t = type(key)
    if t is float:
        if key != key:
            return _NAN
        return ("n", key + 0.0)       # -0 -> +0
    if t is bool:
        return ("b", key)
    if t is int:
        return ("i", key)
    return key                         # str, undefined, null, symbols, objects (identity)


class OrderedTable:
    __slots__ = ("entries", "index", "size")

    def __init__(self):
        self.entries = []      # [key, value] or None (deleted)
        self.index = {}
        self.size = 0

    def get(self, key):
        i = self.index.get(normalize(key))
        return ABSENT if i is None else self.entries[i][1]

    def has(self, key):
        return normalize(key) in self.index

    def set(self, key, value):
        k = normalize(key)
        i = self.index.get(k)
        if i is None:
            if type(key) is float and key == 0:
                key = 0.0
            self.index[k] = len(self.entries)
            self.entries.append([key, value])
            self.size += 1
        else:
            self.entries[i][1] = value

    def delete(self, key):
        i = self.index.pop(normalize(key), None)
        if i is None:
            return False
        self.entries[i] = None
        self.size -= 1
        return True

    def clear(self):
        for i in range(len(self.entries)):
            self.entries[i] = None
        self.index.clear()
        self.size = 0

    def live(self):
        return [e for e in self.entries if e is not None]


class TableIterator(IteratorRecord):
    """Iterator record over an OrderedTable: kind is 'keys' | 'values' | 'entries'."""

    __slots__ = ("realm", "table", "i", "kind")

    def __init__(self, realm, table, kind):
        self.realm, self.table, self.i, self.kind = realm, table, 0, kind

    def next(self):
        entries = self.table.entries
        while self.i < len(entries):
            e = entries[self.i]
            self.i += 1
            if e is not None:
                if self.kind == "keys":
                    return e[0]
                if self.kind == "values":
                    return e[1]
                return self.realm.new_array([e[0], e[1]])
        self.table = OrderedTable()      # exhausted for good
        return ABSENT


def _table(this, cls, method):
    if not isinstance(this, JSObject) or this.class_name != cls or not isinstance(this.internal, OrderedTable):
        throw_type_error(f"Method {cls}.prototype.{method} called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    return this.internal


def prototype_from_constructor(realm, new_target, default_key):
    """GetPrototypeFromConstructor (sec-getprototypefromconstructor): new_target.prototype
    when it is an object, else the intrinsic `default_key` (of this realm)."""
    proto = new_target.get("prototype") if isinstance(new_target, JSObject) else UNDEFINED
    if isinstance(proto, JSObject):
        return proto
    # GetFunctionRealm(newTarget): a function's own realm (through proxies to their target)
    f = new_target
    while isinstance(getattr(f, "proxy_target", None), JSObject):
        f = f.proxy_target
    return getattr(f, "realm", realm).intrinsics[default_key]


def _fill(realm, obj, iterable, adder_name, pairs):
    """AddEntriesFromIterable (sec-add-entries-from-iterable) / the Set constructor's loop:
    an abrupt completion after the iterator is opened closes it (IteratorClose)."""
    if iterable is UNDEFINED or iterable is None:
        return obj
    from jskernel.engine.vm.iteration import get_iterator
    adder = obj.get(adder_name)
    if not ops.IsCallable(adder):
        throw_type_error(f"'{ops.ToDisplayString(adder)}' returned for property '{adder_name}' of object "
                         f"'#<{obj.class_name}>' is not callable")
    it = get_iterator(realm.vm, iterable)
    call = realm.vm.call_function
    while (item := it.next()) is not ABSENT:
        try:
            if pairs:
                if not isinstance(item, JSObject):
                    throw_type_error(f"Iterator value {ops.ToDisplayString(item)} is not an entry object")
                k = item.get("0")
                v = item.get("1")
                call(adder, obj, [k, v])
            else:
                call(adder, obj, [item])
        except ThrowCompletion:
            close_quietly(it)
            raise
    return obj


def close_quietly(it):
    """IteratorClose with a throw completion: errors from return() are dropped."""
    try:
        it.close()
    except ThrowCompletion:
        pass


def _construct(cls, pairs, adder):
    def construct(realm, args, new_target):
        proto = prototype_from_constructor(realm, new_target, f"%{cls}.prototype%")
        o = realm.heap.allocate(JSObject, proto, cls)
        o.internal = OrderedTable()
        return _fill(realm, o, arg(args, 0), adder, pairs)

    def call(realm, this, args):
        throw_type_error(f"Constructor {cls} requires 'new'")
    return call, construct


def _require_callback(fn):
    """V8's wording for Map/Set.prototype.forEach: the type, then the value if primitive."""
    if ops.IsCallable(fn):
        return
    if fn is UNDEFINED:
        what = "undefined"
    elif isinstance(fn, JSObject):
        what = "object"
    elif fn is None:
        what = "object null"
    elif type(fn) is str:
        what = f'string "{fn}"'
    elif type(fn) is bool:
        what = f"boolean {'true' if fn else 'false'}"
    elif type(fn) is float:
        what = f"number {ops.ToDisplayString(fn)}"
    elif type(fn) is int:
        what = f"bigint {fn}"
    else:
        what = "symbol"
    throw_type_error(f"{what} is not a function")


# --- Map ------------------------------------------------------------------------------------
def map_get(realm, this, args):
    v = _table(this, "Map", "get").get(arg(args, 0))
    return UNDEFINED if v is ABSENT else v


def map_set(realm, this, args):
    _table(this, "Map", "set").set(arg(args, 0), arg(args, 1))
    return this


def map_has(realm, this, args):
    return _table(this, "Map", "has").has(arg(args, 0))


def map_delete(realm, this, args):
    return _table(this, "Map", "delete").delete(arg(args, 0))


def map_clear(realm, this, args):
    _table(this, "Map", "clear").clear()
    return UNDEFINED


def map_size(realm, this, args):
    return float(_table(this, "Map", "size").size)


def map_for_each(realm, this, args):
    t = _table(this, "Map", "forEach")
    fn = arg(args, 0)
    _require_callback(fn)
    it = TableIterator(realm, t, "entries")
    i = 0
    while i < len(t.entries):
        e = t.entries[i]
        i += 1
        if e is not None:
            realm.vm.call_function(fn, arg(args, 1), [e[1], e[0], this])
    del it
    return UNDEFINED


def _iter_method(cls, kind):
    def method(realm, this, args):
        t = _table(this, cls, kind)
        return make_builtin_iterator(realm, TableIterator(realm, t, kind), f"%{cls}IteratorPrototype%",
                                     f"{cls} Iterator")
    return method


MAP_PROTOTYPE = [
    ("get", map_get, 1), ("set", map_set, 2), ("has", map_has, 1), ("delete", map_delete, 1),
    ("clear", map_clear, 0), ("forEach", map_for_each, 1), ("size", GETTER(map_size)),
    ("keys", _iter_method("Map", "keys"), 0), ("values", _iter_method("Map", "values"), 0),
    ("entries", _iter_method("Map", "entries"), 0),
    (SYMBOL_TO_STRING_TAG, VALUE("Map"), CONFIGURABLE),
]


# --- Set ------------------------------------------------------------------------------------
def set_add(realm, this, args):
    v = arg(args, 0)
    if type(v) is float and v == 0:
        v = 0.0                      # -0 is stored as +0
    _table(this, "Set", "add").set(v, v)
    return this


def set_has(realm, this, args):
    return _table(this, "Set", "has").has(arg(args, 0))


def set_delete(realm, this, args):
    return _table(this, "Set", "delete").delete(arg(args, 0))


def set_clear(realm, this, args):
    _table(this, "Set", "clear").clear()
    return UNDEFINED


def set_size(realm, this, args):
    return float(_table(this, "Set", "size").size)


def set_for_each(realm, this, args):
    t = _table(this, "Set", "forEach")
    fn = arg(args, 0)
    _require_callback(fn)
    i = 0
    while i < len(t.entries):
        e = t.entries[i]
        i += 1
        if e is not None:
            realm.vm.call_function(fn, arg(args, 1), [e[0], e[0], this])
    return UNDEFINED


SET_PROTOTYPE = [
    ("add", set_add, 1), ("has", set_has, 1), ("delete", set_delete, 1), ("clear", set_clear, 0),
    ("forEach", set_for_each, 1), ("size", GETTER(set_size)),
    ("values", _iter_method("Set", "values"), 0), ("entries", _iter_method("Set", "entries"), 0),
    (SYMBOL_TO_STRING_TAG, VALUE("Set"), CONFIGURABLE),
]


def species_getter(realm, this, args):
    """get Map[@@species] / get Set[@@species]: returns the this value."""
    return this


def group_by(realm, items, callback, property_keys):
    """GroupBy (sec-groupby): [(key, [values])] in first-seen order.  Keys are property
    keys (Object.groupBy) or SameValue-compared values with -0 read as +0 (Map.groupBy)."""
    from jskernel.engine.vm.iteration import get_iterator
    # 1. Perform ? RequireObjectCoercible(items).
    if items is UNDEFINED or items is None:
        throw_type_error("Cannot convert undefined or null to object")
    # 2. If IsCallable(callback) is false, throw a TypeError.
    if not ops.IsCallable(callback):
        throw_type_error(f"{ops.ToDisplayString(callback)} is not a function")
    groups = OrderedTable()
    it = get_iterator(realm.vm, items)
    call = realm.vm.call_function
    k = 0
    while (value := it.next()) is not ABSENT:
        try:
            key = call(callback, UNDEFINED, [value, float(k)])
            if property_keys:
                key = ops.ToPropertyKey(key)
        except ThrowCompletion:
            close_quietly(it)
            raise
        if type(key) is float and key == 0:
            key = 0.0
        g = groups.get(key)
        if g is ABSENT:
            groups.set(key, [value])
        else:
            g.append(value)
        k += 1
    return groups.live()


def map_group_by(realm, this, args):
    """Map.groupBy (sec-map.groupby)"""
    groups = group_by(realm, arg(args, 0), arg(args, 1), False)
    m = realm.heap.allocate(JSObject, realm.intrinsics["%Map.prototype%"], "Map")
    m.internal = OrderedTable()
    for key, values in groups:
        m.internal.set(key, realm.new_array(values))
    return m


def _iterator_proto(realm, cls):
    def next_(realm, this, args):
        if not isinstance(this, JSObject) or this.class_name != f"{cls} Iterator":
            throw_type_error(f"next method called on incompatible receiver {cls} Iterator")
        v = this.internal.next()
        return iter_result(realm, UNDEFINED, True) if v is ABSENT else iter_result(realm, v, False)
    from jskernel.engine.builtins import define_table
    p = realm.heap.allocate(JSObject, realm.intrinsics["%IteratorPrototype%"])
    define_table(realm, p, [("next", next_, 0), (SYMBOL_TO_STRING_TAG, VALUE(f"{cls} Iterator"), CONFIGURABLE)])
    realm.intrinsics[f"%{cls}IteratorPrototype%"] = p


def install(realm):
    op = realm.intrinsics["%Object.prototype%"]
    for cls, table, pairs, adder, length in (("Map", MAP_PROTOTYPE, True, "set", 0),
                                             ("Set", SET_PROTOTYPE, False, "add", 0)):
        _iterator_proto(realm, cls)
        proto = realm.heap.allocate(JSObject, op)
        call, construct = _construct(cls, pairs, adder)
        static = [(WELL_KNOWN_SYMBOLS["species"], GETTER(species_getter))]
        if cls == "Map":
            static.insert(0, ("groupBy", map_group_by, 2))
        make_constructor(realm, cls, call, construct, length, proto, static, table)
        it = proto.get_own("entries")
        proto.define_raw(SYMBOL_ITERATOR, it, 5)
    sp = realm.intrinsics["%Set.prototype%"]
    sp.define_raw("keys", sp.get_own("values"), 5)
    sp.define_raw(SYMBOL_ITERATOR, sp.get_own("values"), 5)
