"""Reading values for completion and inspection without running any JavaScript.

Owns the side-effect-free half of introspection:

* `chain_before(tokens, end)`: the member chain (`a.b["c"].d`, `"abc"`, `[]`, `1.`,
  `/x/`) whose last token is `tokens[end]`, as a base plus literal keys -- or None when
  getting there would need code to run (a call, an operator, a computed key);
* `resolve(engine, chain, scopes)`: the value of that chain, read only from bindings
  and own *data* properties of ordinary objects.  An accessor, a Proxy anywhere on the
  way, a TDZ binding or anything exotic that fails stops resolution (`UNRESOLVED`);
  nothing is ever called;
* `property_names(value)`: the string keys along the prototype chain (non-enumerable
  ones included), read from the raw property tables, stopping at a Proxy;
* `value_type(value)` / `binding_names(engine, scopes)`;
* `no_calls(engine)`: a guard under which any attempt to call a JS function (a getter
  run by `inspect`, a `toString`, a Proxy trap) throws instead of running, so the
  value formatter can be used safely.

Leaves tokenizing to tokens.py, ranking and reply shapes to complete.py.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

from jskernel.engine.introspect.tokens import NAME, NUM, REGEX, STR, TEMPLATE, matching_bracket
from jskernel.engine.runtime.values import ABSENT, TDZ, UNDEFINED, JSSymbol
from jskernel.engine.text import from_js, to_js


class _Unresolved:
    def __repr__(self):
        return "UNRESOLVED"


UNRESOLVED = _Unresolved()

# words that are values (or the global this) at the start of a chain
_VALUE_WORDS = {"true": True, "false": False, "null": None, "this": "this"}
_NOT_A_BASE = {
    "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
    "else", "export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof",
    "let", "new", "return", "super", "switch", "throw", "try", "typeof", "var", "void", "while",
    "with", "yield", "await", "of",
}


@dataclass
class Chain:
    """base: ("name", str) | ("literal", value) | ("proto", "%Array.prototype%");
    keys: the literal member keys after it; text_start: where the chain begins."""
    base: tuple
    keys: list = field(default_factory=list)
    text_start: int = 0


def _number_value(text: str):
    t = text.replace("_", "")
    try:
        if t.endswith("n"):
            return int(t[:-1], 0)
        if t[:2].lower() in ("0x", "0o", "0b"):
            return float(int(t, 0))
        return float(t)
    except ValueError:
        return ABSENT


def _literal_key(tok):
    if tok.kind in (STR, TEMPLATE):
        return tok.value
    if tok.kind == NUM:
        v = _number_value(tok.value)
        if type(v) is float and v.is_integer() and 0 <= v < 2 ** 53:
            return str(int(v))
    return None


def _ends_expression(tok) -> bool:
    if tok.kind == NAME:
        return tok.value not in _NOT_A_BASE
    if tok.kind in (STR, TEMPLATE, NUM, REGEX):
        return True
    return tok.is_punct(")", "]")


def chain_before(tokens, end: int):
    """The Chain ending with tokens[end] (inclusive), or None."""
    keys: list = []
    i = end
    while i >= 0:
        t = tokens[i]
        if t.kind == NAME:
            prev = tokens[i - 1] if i > 0 else None
            if prev is not None and prev.is_punct(".", "?."):
                keys.insert(0, t.value)
                i -= 2
                continue
            if t.value in _VALUE_WORDS:
                return Chain(("literal", _VALUE_WORDS[t.value]), keys, t.start)
            if t.value in _NOT_A_BASE or t.value.startswith("#"):
                return None
            return Chain(("name", t.value), keys, t.start)
        if t.is_punct("]"):
            j = matching_bracket(tokens, i)
            if j < 0:
                return None
            before = tokens[j - 1] if j > 0 else None
            if before is not None and before.is_punct("?."):
                before = tokens[j - 2] if j > 1 else None
                member_start = j - 2
            else:
                member_start = j - 1
            if before is not None and _ends_expression(before):
                inner = tokens[j + 1:i]
                if len(inner) != 1 or _literal_key(inner[0]) is None:
                    return None
                keys.insert(0, _literal_key(inner[0]))
                i = member_start
                continue
            return Chain(("proto", "%Array.prototype%"), keys, t.start if j < 0 else tokens[j].start)
        if t.kind in (STR, TEMPLATE):
            return Chain(("literal", t.value), keys, t.start)
        if t.kind == NUM:
            v = _number_value(t.value)
            return None if v is ABSENT else Chain(("literal", v), keys, t.start)
        if t.kind == REGEX:
            return Chain(("proto", "%RegExp.prototype%"), keys, t.start)
        return None
    return None


# -- reading values ---------------------------------------------------------------------------

def _is_proxy(o) -> bool:
    from jskernel.engine.runtime.proxy import is_proxy
    return is_proxy(o)


def _prototype_of_primitive(realm, v):
    t = type(v)
    if t is str:
        key = "%String.prototype%"
    elif t is bool:
        key = "%Boolean.prototype%"
    elif t is float:
        key = "%Number.prototype%"
    elif t is int:
        key = "%BigInt.prototype%"
    elif t is JSSymbol:
        key = "%Symbol.prototype%"
    else:
        return None
    return realm.intrinsics.get(key)


def data_property(obj, key):
    """The value of `obj[key]` if it is a data property found on an ordinary chain,
    UNDEFINED if absent, UNRESOLVED if reading it would run code (or could not be done)."""
    from jskernel.engine.runtime.objects import ACCESSOR, JSObject
    o = obj
    try:
        while o is not None:
            if not isinstance(o, JSObject) or _is_proxy(o):
                return UNRESOLVED
            r = o.lookup_own(key)
            if r is not None:
                value, attrs = r
                if attrs & ACCESSOR:
                    return UNRESOLVED
                return value
            o = o.proto
    except Exception:    # noqa: BLE001 -- an exotic object refusing: no value, never a crash
        return UNRESOLVED
    return UNDEFINED


def own_accessor(obj, key):
    """The Accessor of the first `key` on an ordinary chain if it is an accessor, else None."""
    from jskernel.engine.runtime.objects import ACCESSOR, JSObject
    o = obj
    try:
        while isinstance(o, JSObject) and not _is_proxy(o):
            r = o.lookup_own(key)
            if r is not None:
                return r[0] if r[1] & ACCESSOR else None
            o = o.proto
    except Exception:    # noqa: BLE001
        return None
    return None


def get_member(realm, value, key: str):
    """`value[key]` without side effects (key in JS string form)."""
    from jskernel.engine.runtime.objects import JSObject
    if value is None or value is UNDEFINED or value is UNRESOLVED:
        return UNRESOLVED
    if type(value) is str:
        if key == "length":
            return float(len(value))
        if key.isdigit() and int(key) < len(value):
            return value[int(key)]
    if not isinstance(value, JSObject):
        proto = _prototype_of_primitive(realm, value)
        return UNRESOLVED if proto is None else data_property(proto, key)
    return data_property(value, key)


def lookup_binding(engine, name: str, scopes=()):
    """The value of identifier `name` (JS string form) at top level, or UNRESOLVED."""
    realm = engine.realm
    for scope in list(scopes) + [realm.global_lex]:
        try:
            v = scope.get(name, ABSENT)
        except Exception:   # noqa: BLE001
            continue
        if v is not ABSENT:
            return UNRESOLVED if v is TDZ else v
    v = data_property(realm.global_object, name)
    if v is UNDEFINED and name != "undefined":
        return UNRESOLVED      # not defined (or defined as undefined: nothing to complete)
    return v


def resolve(engine, chain: Chain, scopes=()):
    realm = engine.realm
    kind, base = chain.base
    if kind == "name":
        value = lookup_binding(engine, to_js(base), scopes)
    elif kind == "proto":
        value = realm.intrinsics.get(base, UNRESOLVED)
    elif base == "this":
        value = realm.global_object
    else:
        value = to_js(base) if type(base) is str else base
    for key in chain.keys:
        value = get_member(realm, value, to_js(key))
        if value is UNRESOLVED:
            break
    return value


# -- listing names ------------------------------------------------------------------------------

def value_type(value, member: bool = True) -> str:
    """JupyterLab's completion type for a value: function / class / property / variable."""
    from jskernel.engine.runtime.functions import JSFunction, JSFunctionBase
    if isinstance(value, JSFunctionBase):
        if type(value) is JSFunction:
            return "class" if value.code.is_class else "function"
        name = getattr(value, "name", "")
        if value.is_constructor() and type(name) is str and name[:1].isupper():
            return "class"
        return "function"
    return "property" if member else "variable"


def property_names(realm, value, limit: int = 5000):
    """[(name, type)] of the string-keyed properties of `value` and its prototypes, own
    first, each level sorted; non-enumerable ones included, array indices left out;
    no code runs."""
    from jskernel.engine.runtime.objects import ACCESSOR, JSObject, is_array_index
    if value is None or value is UNDEFINED or value is UNRESOLVED:
        return []
    out = []
    seen = set()
    if isinstance(value, JSObject):
        o = value
    else:
        o = _prototype_of_primitive(realm, value)
        if type(value) is str:
            out.append(("length", "property"))
            seen.add("length")
    count = 0
    while isinstance(o, JSObject) and not _is_proxy(o):
        try:
            keys = _named_keys(o)
        except Exception:   # noqa: BLE001
            break
        level = []
        for k in keys:
            if type(k) is not str or k in seen or is_array_index(k):
                continue
            seen.add(k)
            try:
                r = o.lookup_own(k)
            except Exception:   # noqa: BLE001
                continue
            if r is None:
                continue
            kind = "property" if r[1] & ACCESSOR else value_type(r[0])
            level.append((from_js(k), kind))
            count += 1
            if count >= limit:
                break
        level.sort(key=lambda e: e[0])
        out += level
        if count >= limit:
            break
        o = o.proto
    return out


def _named_keys(o):
    """o's own keys without listing a large array's or typed array's elements."""
    from jskernel.engine.runtime.exotics import JSArray
    from jskernel.engine.runtime.objects import JSObject
    from jskernel.engine.runtime.typed_arrays import JSTypedArray
    if type(o) is JSArray:
        return ["length"] + JSObject.own_keys(o)
    if isinstance(o, JSTypedArray):
        return JSObject.own_keys(o)
    return o.own_keys()


def binding_names(engine, scopes=()):
    """[(name, type, user)] of everything visible at top level: lexical bindings (cells'
    let/const/class), extra scopes (module environments), and the global object's
    properties along its chain (non-enumerable builtins included).  `user` is True
    for names the program made (lexical bindings and enumerable global properties)."""
    from jskernel.engine.runtime.objects import ACCESSOR, ENUMERABLE, JSObject
    realm = engine.realm
    out = []
    seen = set()
    for scope in list(scopes) + [realm.global_lex]:
        try:
            items = list(scope.items())
        except Exception:   # noqa: BLE001
            continue
        for name, v in items:
            if type(name) is not str or name in seen:
                continue
            seen.add(name)
            out.append((from_js(name), "variable" if v is TDZ else value_type(v, member=False), True))
    o = realm.global_object
    while isinstance(o, JSObject) and not _is_proxy(o):
        try:
            keys = o.own_keys()
        except Exception:   # noqa: BLE001
            break
        for k in keys:
            if type(k) is not str or k in seen:
                continue
            seen.add(k)
            r = o.lookup_own(k)
            if r is None:
                continue
            kind = "variable" if r[1] & ACCESSOR else value_type(r[0], member=False)
            user = o is realm.global_object and bool(r[1] & ENUMERABLE)
            out.append((from_js(k), kind, user))
        o = o.proto
    return out


# -- the no-calls guard -------------------------------------------------------------------------

class _NoCallsVM:
    """Stands in for a realm's VM while introspection formats a value: a call from the
    introspecting thread throws (nothing runs); other threads reach the real VM."""

    def __init__(self, vm, owner):
        object.__setattr__(self, "_vm", vm)
        object.__setattr__(self, "_owner", owner)

    def _refuse(self):
        from jskernel.engine.runtime.objects import ThrowCompletion
        raise ThrowCompletion(UNDEFINED)

    def call_function(self, func, this, args):
        if threading.get_ident() == self._owner:
            self._refuse()
        return self._vm.call_function(func, this, args)

    def construct(self, func, args, new_target=None):
        if threading.get_ident() == self._owner:
            self._refuse()
        return self._vm.construct(func, args, new_target)

    def __getattr__(self, name):
        return getattr(self._vm, name)

    def __setattr__(self, name, value):
        setattr(self._vm, name, value)


_guard_lock = threading.RLock()


@contextmanager
def no_calls(engine):
    """Within the block, JS functions of the engine's realm cannot be called from this
    thread: they throw `undefined` (which the formatter treats as a failed read)."""
    realm = engine.realm
    with _guard_lock:
        vm = realm.vm
        if isinstance(vm, _NoCallsVM):      # nested
            yield
            return
        realm.vm = _NoCallsVM(vm, threading.get_ident())
        try:
            yield
        finally:
            realm.vm = vm


def safe_inspect(engine, value, **opts) -> str | None:
    """engine.inspect(value) with no JS code allowed to run; None if formatting failed."""
    from jskernel.engine.runtime.inspect import inspect
    from jskernel.engine.text import printable
    try:
        with no_calls(engine):
            return printable(inspect(value, **opts))
    except Exception:   # noqa: BLE001 -- a value the formatter cannot show without code
        return None
