"""%Symbol%: the constructor, the global symbol registry and the well-known symbols."""

from __future__ import annotations

from jskernel.engine.builtins import GETTER, VALUE, arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, throw_type_error
from jskernel.engine.runtime.values import (
    SYMBOL_TO_PRIMITIVE, SYMBOL_TO_STRING_TAG, UNDEFINED, WELL_KNOWN_SYMBOLS, JSSymbol,
)

NONE = 0


def symbol_call(realm, this, args):
    d = arg(args, 0)
    return JSSymbol(UNDEFINED if d is UNDEFINED else ops.ToString(d))


def symbol_construct(realm, args, new_target):
    """Symbol has [[Construct]] (it is a constructor for `extends`), but step 1 throws."""
    throw_type_error("Symbol is not a constructor")


def this_symbol(this, method):
    s = this if type(this) is JSSymbol else getattr(this, "internal", None)
    if type(s) is not JSSymbol:
        throw_type_error(f"Symbol.prototype.{method} requires that 'this' be a Symbol")
    return s


def symbol_to_string(realm, this, args):
    s = this_symbol(this, "toString")
    return f"Symbol({'' if s.description is UNDEFINED else s.description})"


def symbol_value_of(realm, this, args):
    return this_symbol(this, "valueOf")


def symbol_to_primitive(realm, this, args):
    return this_symbol(this, "[Symbol.toPrimitive]")


def symbol_description(realm, this, args):
    return this_symbol(this, "description").description


def symbol_for(realm, this, args):
    key = ops.ToString(arg(args, 0))
    reg = realm.symbol_registry
    s = reg.get(key)
    if s is None:
        s = reg[key] = JSSymbol(key)
    return s


def symbol_key_for(realm, this, args):
    s = arg(args, 0)
    if type(s) is not JSSymbol:
        throw_type_error(f"{ops.ToDisplayString(s)} is not a symbol")
    for k, v in realm.symbol_registry.items():
        if v is s:
            return k
    return UNDEFINED


STATIC = [
    ("for", symbol_for, 1),
    ("keyFor", symbol_key_for, 1),
] + [(name, VALUE(sym), NONE) for name, sym in WELL_KNOWN_SYMBOLS.items()]

PROTOTYPE = [
    ("toString", symbol_to_string, 0),
    ("valueOf", symbol_value_of, 0),
    (SYMBOL_TO_PRIMITIVE, symbol_to_primitive, 1, 4),
    ("description", GETTER(symbol_description)),
    (SYMBOL_TO_STRING_TAG, VALUE("Symbol"), 4),
]


def install(realm):
    realm.symbol_registry = {}
    proto = realm.heap.allocate(JSObject, realm.intrinsics["%Object.prototype%"])
    make_constructor(realm, "Symbol", symbol_call, symbol_construct, 0, proto, STATIC, PROTOTYPE)
