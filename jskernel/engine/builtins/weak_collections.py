"""%WeakMap%, %WeakSet%, %WeakRef% and %FinalizationRegistry% (sec-weakmap-objects,
sec-weakset-objects, sec-weak-ref-objects, sec-finalization-registry-objects).

Keys and targets are values for which CanBeHeldWeakly holds: objects and symbols not in
the global registry.  The engine has no collector that reclaims unreachable objects
yet, so the tables hold their keys strongly (a plain dict keyed by identity: engine
objects and symbols hash by identity), `WeakRef.prototype.deref` always finds its
target and a FinalizationRegistry's cleanup callback never runs.  Everything
observable without a collector (argument checks, receivers, return values, inspect
output) follows the spec and V8.  Map and Set are in builtins/collections.py.
"""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, arg, make_constructor
from jskernel.engine.builtins.collections import prototype_from_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, JSObject, throw_type_error
from jskernel.engine.runtime.values import ABSENT, SYMBOL_TO_STRING_TAG, UNDEFINED, JSSymbol


def CanBeHeldWeakly(realm, v) -> bool:
    """sec-canbeheldweakly: an object, or a symbol that Symbol.for did not register."""
    if isinstance(v, JSObject):
        return True
    if type(v) is JSSymbol:
        reg = getattr(realm, "symbol_registry", {})
        return not any(s is v for s in reg.values())
    return False


class WeakTable:
    """The [[WeakMapData]] / [[WeakSetData]] of one collection (held strongly, see above)."""

    __slots__ = ("data",)

    def __init__(self):
        self.data = {}


def _receiver(this, cls, method):
    if not isinstance(this, JSObject) or this.class_name != cls or not isinstance(this.internal, WeakTable):
        throw_type_error(f"Method {cls}.prototype.{method} called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    return this.internal.data


def _require_new(cls):
    def call(realm, this, args):
        throw_type_error(f"Constructor {cls} requires 'new'")
    return call


# --- WeakMap --------------------------------------------------------------------------------
def _weak_has(kind):
    """WeakMap.prototype.has / WeakSet.prototype.has: false for values that cannot be keys."""
    def has(realm, this, args):
        d = _receiver(this, kind, "has")
        k = arg(args, 0)
        return CanBeHeldWeakly(realm, k) and k in d
    return has


def _weak_delete(kind):
    """WeakMap.prototype.delete / WeakSet.prototype.delete."""
    def delete(realm, this, args):
        d = _receiver(this, kind, "delete")
        k = arg(args, 0)
        if CanBeHeldWeakly(realm, k) and k in d:
            del d[k]
            return True
        return False
    return delete


def weakmap_construct(realm, args, new_target):
    proto = prototype_from_constructor(realm, new_target, "%WeakMap.prototype%")
    o = realm.heap.allocate(JSObject, proto, "WeakMap")
    o.internal = WeakTable()
    from jskernel.engine.builtins.collections import _fill
    return _fill(realm, o, arg(args, 0), "set", True)


def weakmap_get(realm, this, args):
    d = _receiver(this, "WeakMap", "get")
    return d.get(arg(args, 0), UNDEFINED) if CanBeHeldWeakly(realm, arg(args, 0)) else UNDEFINED


def weakmap_set(realm, this, args):
    d = _receiver(this, "WeakMap", "set")
    k = arg(args, 0)
    if not CanBeHeldWeakly(realm, k):
        throw_type_error("Invalid value used as weak map key")
    d[k] = arg(args, 1)
    return this


weakmap_has = _weak_has("WeakMap")
weakmap_delete = _weak_delete("WeakMap")


WEAKMAP_PROTOTYPE = [
    ("delete", weakmap_delete, 1), ("get", weakmap_get, 1), ("set", weakmap_set, 2),
    ("has", weakmap_has, 1), (SYMBOL_TO_STRING_TAG, VALUE("WeakMap"), CONFIGURABLE),
]


# --- WeakSet --------------------------------------------------------------------------------
def weakset_construct(realm, args, new_target):
    proto = prototype_from_constructor(realm, new_target, "%WeakSet.prototype%")
    o = realm.heap.allocate(JSObject, proto, "WeakSet")
    o.internal = WeakTable()
    from jskernel.engine.builtins.collections import _fill
    return _fill(realm, o, arg(args, 0), "add", False)


def weakset_add(realm, this, args):
    d = _receiver(this, "WeakSet", "add")
    v = arg(args, 0)
    if not CanBeHeldWeakly(realm, v):
        throw_type_error("Invalid value used in weak set")
    d[v] = True
    return this


weakset_has = _weak_has("WeakSet")
weakset_delete = _weak_delete("WeakSet")


WEAKSET_PROTOTYPE = [
    ("add", weakset_add, 1), ("delete", weakset_delete, 1), ("has", weakset_has, 1),
    (SYMBOL_TO_STRING_TAG, VALUE("WeakSet"), CONFIGURABLE),
]


# --- WeakRef --------------------------------------------------------------------------------
class WeakRefTarget:
    __slots__ = ("target",)

    def __init__(self, target):
        self.target = target


def weakref_construct(realm, args, new_target):
    target = arg(args, 0)
    if not CanBeHeldWeakly(realm, target):
        throw_type_error("WeakRef: invalid target")
    proto = prototype_from_constructor(realm, new_target, "%WeakRef.prototype%")
    o = realm.heap.allocate(JSObject, proto, "WeakRef")
    o.internal = WeakRefTarget(target)
    return o


def weakref_deref(realm, this, args):
    if not isinstance(this, JSObject) or not isinstance(this.internal, WeakRefTarget):
        throw_type_error("Method WeakRef.prototype.deref called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    return this.internal.target


# --- FinalizationRegistry -------------------------------------------------------------------
class RegistryCells:
    """[[CleanupCallback]] and [[Cells]]: [target, holdings, unregister token or ABSENT]."""

    __slots__ = ("cleanup", "cells")

    def __init__(self, cleanup):
        self.cleanup = cleanup
        self.cells = []


def registry_construct(realm, args, new_target):
    cleanup = arg(args, 0)
    if not ops.IsCallable(cleanup):
        throw_type_error("FinalizationRegistry: cleanup must be callable")
    proto = prototype_from_constructor(realm, new_target, "%FinalizationRegistry.prototype%")
    o = realm.heap.allocate(JSObject, proto, "FinalizationRegistry")
    o.internal = RegistryCells(cleanup)
    return o


def _registry(this, method):
    if not isinstance(this, JSObject) or not isinstance(this.internal, RegistryCells):
        throw_type_error(f"Method FinalizationRegistry.prototype.{method} called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    return this.internal


def registry_register(realm, this, args):
    """sec-finalization-registry.prototype.register"""
    r = _registry(this, "register")
    target, holdings, token = arg(args, 0), arg(args, 1), arg(args, 2)
    # 3. If CanBeHeldWeakly(target) is false, throw a TypeError.
    if not CanBeHeldWeakly(realm, target):
        throw_type_error("FinalizationRegistry.prototype.register: invalid target")
    # 4. If SameValue(target, heldValue) is true, throw a TypeError.
    if ops.SameValue(target, holdings):
        throw_type_error("FinalizationRegistry.prototype.register: target and holdings must not be same")
    # 5. unregisterToken: CanBeHeldWeakly or undefined.
    if not CanBeHeldWeakly(realm, token):
        if token is not UNDEFINED:
            throw_type_error(f"Invalid unregisterToken ('{ops.ToDisplayString(token)}')")
        token = ABSENT
    r.cells.append([target, holdings, token])
    return UNDEFINED


def registry_unregister(realm, this, args):
    """sec-finalization-registry.prototype.unregister"""
    r = _registry(this, "unregister")
    token = arg(args, 0)
    if not CanBeHeldWeakly(realm, token):
        throw_type_error(f"Invalid unregisterToken ('{ops.ToDisplayString(token)}')")
    before = len(r.cells)
    r.cells = [c for c in r.cells if c[2] is ABSENT or not ops.SameValue(c[2], token)]
    return len(r.cells) != before


def install(realm):
    op = realm.intrinsics["%Object.prototype%"]
    for name, construct, length, table in (
            ("WeakMap", weakmap_construct, 0, WEAKMAP_PROTOTYPE),
            ("WeakSet", weakset_construct, 0, WEAKSET_PROTOTYPE),
            ("WeakRef", weakref_construct, 1, [("deref", weakref_deref, 0),
                                               (SYMBOL_TO_STRING_TAG, VALUE("WeakRef"), CONFIGURABLE)]),
            ("FinalizationRegistry", registry_construct, 1, [
                ("register", registry_register, 2), ("unregister", registry_unregister, 1),
                (SYMBOL_TO_STRING_TAG, VALUE("FinalizationRegistry"), CONFIGURABLE)])):
        proto = realm.heap.allocate(JSObject, op)
        make_constructor(realm, name, _require_new(name), construct, length, proto, (), table)
