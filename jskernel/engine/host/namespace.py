"""The user's global names, as the %who / %whos / %reset magics see them.

Owns which globals count as the user's: every binding in the realm's global
declarative record (`realm.global_lex`: let / const / class, and in REPL cells every
top-level declaration) plus the enumerable properties of the global object that were
not there when the front end finished setting the engine up (builtins and host globals
such as `display` or `require` are never the user's: they are not enumerable).  `reset_user_globals` removes them all -- even
non-configurable `var` properties, as IPython's %reset does -- and forgets the
REPL bookkeeping for them, so the names can be declared afresh.
"""

from __future__ import annotations

from jskernel.engine.runtime.objects import ACCESSOR, ENUMERABLE, Shape
from jskernel.engine.runtime.values import ABSENT, TDZ


def mark_startup(engine) -> None:
    """Remember the global object's keys now: they are not the user's."""
    engine.startup_globals = set(engine.realm.global_object.own_keys())


def _startup(engine) -> set:
    keys = getattr(engine, "startup_globals", None)
    if keys is None:
        from jskernel.engine.runtime.realm import Realm

        keys = set(Realm().global_object.own_keys())
        engine.startup_globals = keys
    return keys


def user_globals(engine) -> dict:
    """name -> raw value (TDZ for an uninitialized binding, ABSENT for an accessor), in
    declaration order."""
    realm = engine.realm
    out = {}
    for name, value in realm.global_lex.items():
        if type(name) is str:
            out[name] = value
    startup = _startup(engine)
    g = realm.global_object
    for key in g.own_keys():
        if type(key) is not str or key in startup or key in out:
            continue
        r = g.lookup_own(key)
        if r is None or not r[1] & ENUMERABLE:     # host globals (require ...) are hidden
            continue
        out[key] = ABSENT if r[1] & ACCESSOR else r[0]
    return out


def reset_user_globals(engine) -> list[str]:
    """Remove every user global; returns their names."""
    realm = engine.realm
    names = list(user_globals(engine))
    g = realm.global_object
    for name in names:
        realm.global_lex.pop(name, None)
        realm.global_consts.discard(name)
        realm.global_var_names.discard(name)
        _force_remove(g, name)
    repl = getattr(realm, "repl", None)
    if repl is not None:
        for attr in ("vars",):
            s = getattr(repl, attr, None)
            if isinstance(s, set):
                s.difference_update(names)
    return names


def _force_remove(obj, key) -> None:
    """Delete an own property of an ordinary object whatever its attributes."""
    shape = obj.shape
    i = shape.table.get(key)
    if i is None:
        return
    keys = shape.keys[:i] + shape.keys[i + 1:]
    attrs = shape.attrs[:i] + shape.attrs[i + 1:]
    obj.shape = Shape({k: n for n, k in enumerate(keys)}, keys, attrs, dictionary=True)
    del obj.slots[i]


def is_uninitialized(value) -> bool:
    return value is TDZ
