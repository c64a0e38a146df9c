"""%BigInt% and %BigInt.prototype%: the BigInt function (callable, a constructor that
throws on `new`), asIntN / asUintN, toString with a radix, toLocaleString, valueOf;
and the abstract operations ToBigInt / NumberToBigInt / StringToBigInt they share with
other builtins (typed arrays' BigInt64 conversions use `ToBigInt`)."""

from __future__ import annotations

import math

from jskernel.engine.builtins import VALUE, arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    CONFIGURABLE, JSObject, ThrowCompletion, throw_range_error, throw_type_error,
)
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG, UNDEFINED, JSSymbol

MAX_BIGINT_BITS = 1 << 30          # V8's BigInt::kMaxLengthBits
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _syntax_error(message):
    raise ThrowCompletion(None, "SyntaxError", message)


def StringToBigInt(s: str):
    """sec-stringtobigint: the BigInt, or None when `s` is not a StringIntegerLiteral."""
    return ops._string_to_bigint(s)


def NumberToBigInt(x: float) -> int:
    """sec-numbertobigint."""
    if not (math.isfinite(x) and x == int(x)):
        throw_range_error(f"The number {ops.NumberToString(x)} cannot be converted to a BigInt "
                          f"because it is not an integer")
    return int(x)


def _describe(v) -> str:
    if type(v) is JSSymbol:
        return repr(v)
    return ops.ToString(v)


def ToBigInt(v) -> int:
    """sec-tobigint."""
    prim = ops.ToPrimitive(v, "number") if isinstance(v, JSObject) else v
    t = type(prim)
    if t is int:
        return prim
    if t is bool:
        return int(prim)
    if t is str:
        n = StringToBigInt(prim)
        if n is None:
            _syntax_error(f"Cannot convert {prim} to a BigInt")
        return n
    throw_type_error(f"Cannot convert {_describe(prim)} to a BigInt")


def ToBigInt64(v) -> int:
    n = ToBigInt(v) & 0xFFFFFFFFFFFFFFFF
    return n - (1 << 64) if n >= 1 << 63 else n


def ToBigUint64(v) -> int:
    return ToBigInt(v) & 0xFFFFFFFFFFFFFFFF


def bigint_call(realm, this, args):
    """BigInt(value) (sec-bigint-constructor-number-value)."""
    prim = ops.ToPrimitive(arg(args, 0), "number")
    if type(prim) is float:
        return NumberToBigInt(prim)
    return ToBigInt(prim)


def bigint_construct(realm, args, new_target):
    throw_type_error("BigInt is not a constructor")


def _to_index(v) -> int:
    """ToIndex with V8's message."""
    n = ops.ToIntegerOrInfinity(v)
    if not 0 <= n <= 2 ** 53 - 1:
        throw_range_error("Invalid value: not (convertible to) a safe integer")
    return int(n)


def as_int_n(realm, this, args):
    """BigInt.asIntN (sec-bigint.asintn)."""
    bits = _to_index(arg(args, 0))
    n = ToBigInt(arg(args, 1))
    if bits == 0:
        return 0
    if n.bit_length() < bits:          # already in [-2**(bits-1), 2**(bits-1))
        return n
    mod = n & ((1 << bits) - 1)
    return mod - (1 << bits) if mod >> (bits - 1) else mod


def as_uint_n(realm, this, args):
    """BigInt.asUintN (sec-bigint.asuintn)."""
    bits = _to_index(arg(args, 0))
    n = ToBigInt(arg(args, 1))
    if n >= 0 and n.bit_length() <= bits:
        return n
    if bits > MAX_BIGINT_BITS:
        throw_range_error("Maximum BigInt size exceeded")
    return n & ((1 << bits) - 1)


def this_bigint(this, method):
    """thisBigIntValue (sec-thisbigintvalue)."""
    if type(this) is int:
        return this
    if isinstance(this, JSObject) and this.class_name == "BigInt" and type(this.internal) is int \
            and not isinstance(this.internal, bool):
        return this.internal
    throw_type_error(f"BigInt.prototype.{method} requires that 'this' be a BigInt")


def bigint_to_string(n: int, radix: int = 10) -> str:
    if radix == 10:
        return str(n)
    if radix == 16:
        return format(n, "x")
    if radix == 2:
        return format(n, "b")
    if radix == 8:
        return format(n, "o")
    neg = n < 0
    n = -n if neg else n
    out = []
    while n:
        n, d = divmod(n, radix)
        out.append(_DIGITS[d])
    return ("-" if neg else "") + ("".join(reversed(out)) or "0")


def proto_to_string(realm, this, args):
    x = this_bigint(this, "toString")
    r = arg(args, 0)
    radix = 10 if r is UNDEFINED else ops.ToIntegerOrInfinity(r)
    if not 2 <= radix <= 36:
        throw_range_error("toString() radix argument must be between 2 and 36")
    return bigint_to_string(x, int(radix))


def proto_to_locale_string(realm, this, args):
    from jskernel.engine.builtins.number_format import format_number
    x = this_bigint(this, "toLocaleString")
    return format_number(x, arg(args, 0), arg(args, 1))


def proto_value_of(realm, this, args):
    return this_bigint(this, "valueOf")


STATIC = [
    ("asIntN", as_int_n, 2),
    ("asUintN", as_uint_n, 2),
]

PROTOTYPE = [
    ("toLocaleString", proto_to_locale_string, 0),
    ("toString", proto_to_string, 0),
    ("valueOf", proto_value_of, 0),
    (SYMBOL_TO_STRING_TAG, VALUE("BigInt"), CONFIGURABLE),
]


def install(realm):
    proto = realm.heap.allocate(JSObject, realm.intrinsics["%Object.prototype%"])
    make_constructor(realm, "BigInt", bigint_call, bigint_construct, 1, proto, STATIC, PROTOTYPE)
