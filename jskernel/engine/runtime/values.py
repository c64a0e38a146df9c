"""Primitive engine values that are not plain Python types.

Owns: the `undefined` singleton, internal sentinels (array holes, TDZ marker,
property-absent marker) and `JSSymbol`.  Number is `float`, BigInt `int`, String
`str` (UTF-16 units), Boolean `bool`, null `None` -- see docs/architecture.md.
Sentinels other than UNDEFINED never become visible to scripts.
"""

from __future__ import annotations


class _Undefined:
    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __bool__(self):
        return False

    def __repr__(self):
        return "undefined"

    def __reduce__(self):
        return (_Undefined, ())


UNDEFINED = _Undefined()


class _Sentinel:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __bool__(self):
        return False

    def __repr__(self):
        return f"<{self.name}>"


HOLE = _Sentinel("hole")          # an absent element in dense array storage
TDZ = _Sentinel("tdz")            # a lexical binding not yet initialized
ABSENT = _Sentinel("absent")      # "no such property" in fast lookup paths


class JSSymbol:
    """A Symbol value; identity is the symbol."""

    __slots__ = ("description",)

    def __init__(self, description=UNDEFINED):
        self.description = description

    def __repr__(self):
        d = "" if self.description is UNDEFINED else self.description
        return f"Symbol({d})"


class PrivateName(JSSymbol):
    """A class's private name (#x): a property key that no reflection ever lists
    (own_keys only returns `str` and exact `JSSymbol` keys)."""

    __slots__ = ("brand",)

    def __init__(self, description=UNDEFINED):
        self.description = description
        self.brand = None      # private methods / accessors: the class, for V8's brand-check message

    def __repr__(self):
        return f"#{self.description}"


# Well-known symbols (shared by all realms, as in the spec's agent)
SYMBOL_ITERATOR = JSSymbol("Symbol.iterator")
SYMBOL_ASYNC_ITERATOR = JSSymbol("Symbol.asyncIterator")
SYMBOL_HAS_INSTANCE = JSSymbol("Symbol.hasInstance")
SYMBOL_TO_PRIMITIVE = JSSymbol("Symbol.toPrimitive")
SYMBOL_TO_STRING_TAG = JSSymbol("Symbol.toStringTag")
SYMBOL_UNSCOPABLES = JSSymbol("Symbol.unscopables")
WELL_KNOWN_SYMBOLS = {"unscopables": SYMBOL_UNSCOPABLES, "iterator": SYMBOL_ITERATOR, "asyncIterator": SYMBOL_ASYNC_ITERATOR,
                      "hasInstance": SYMBOL_HAS_INSTANCE, "toPrimitive": SYMBOL_TO_PRIMITIVE,
                      "toStringTag": SYMBOL_TO_STRING_TAG}
# the remaining well-known symbols (their protocols live with RegExp, Array and species lookups)
for _name in ("isConcatSpreadable", "match", "matchAll", "replace", "search", "species", "split"):
    WELL_KNOWN_SYMBOLS[_name] = JSSymbol("Symbol." + _name)


class Cell:
    """A heap box for a binding captured by a closure."""

    __slots__ = ("value",)

    def __init__(self, value=TDZ):
        self.value = value

    def __repr__(self):
        return f"Cell({self.value!r})"


def type_tag(v) -> str:
    """The spec's Type(v) as a short lowercase name (used in messages and dispatch)."""
    if v is UNDEFINED:
        return "undefined"
    if v is None:
        return "null"
    t = type(v)
    if t is bool:
        return "boolean"
    if t is float:
        return "number"
    if t is str:
        return "string"
    if t is int:
        return "bigint"
    if t is JSSymbol:
        return "symbol"
    return "object"
