"""%Number%, %Boolean% and %BigInt% (the primitive wrappers' basics)."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from jskernel.engine.builtins import VALUE, arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG, UNDEFINED

NONE = 0


def number_call(realm, this, args):
    if not args:
        return 0.0
    v = ops.ToNumeric(args[0])
    return float(v) if type(v) is int else v


def number_construct(realm, args, new_target):
    return realm.wrap_primitive(number_call(realm, UNDEFINED, args))


def this_number(this, method):
    if type(this) is float:
        return this
    if isinstance(this, JSObject) and this.class_name == "Number":
        return this.internal
    throw_type_error(f"Number.prototype.{method} requires that 'this' be a Number")


def proto_to_string(realm, this, args):
    x = this_number(this, "toString")
    r = arg(args, 0)
    radix = 10 if r is UNDEFINED else int(ops.ToIntegerOrInfinity(r))
    if not 2 <= radix <= 36:
        throw_range_error("toString() radix argument must be between 2 and 36")
    return ops.NumberToString(x, radix)


def proto_to_fixed(realm, this, args):
    """Number.prototype.toFixed (sec-number.prototype.tofixed): exact decimal rounding, ties up."""
    x = this_number(this, "toFixed")
    f = int(ops.ToIntegerOrInfinity(arg(args, 0)))
    if not 0 <= f <= 100:
        throw_range_error("toFixed() digits argument must be between 0 and 100")
    if x != x:
        return "NaN"
    if abs(x) >= 1e21:
        return ops.NumberToString(x)
    neg = x < 0
    d = Decimal(abs(x)).quantize(Decimal(1).scaleb(-f), rounding=ROUND_HALF_UP)
    return ("-" if neg else "") + f"{d:f}"


def proto_to_precision(realm, this, args):
    """Number.prototype.toPrecision (sec-number.prototype.toprecision)."""
    x = this_number(this, "toPrecision")
    if arg(args, 0) is UNDEFINED:
        return ops.NumberToString(x)
    p = int(ops.ToIntegerOrInfinity(args[0]))
    if x != x or x in (math.inf, -math.inf):
        return ops.NumberToString(x)
    if not 1 <= p <= 100:
        throw_range_error("toPrecision() argument must be between 1 and 100")
    neg = x < 0
    if neg:
        x = -x
    if x == 0:
        digits, e = "0" * p, 0
    else:
        d = Decimal(x)
        e = d.adjusted()
        q = d.scaleb(-e).quantize(Decimal(1).scaleb(-(p - 1)), rounding=ROUND_HALF_UP)
        if q >= 10:
            e += 1
            q = d.scaleb(-e).quantize(Decimal(1).scaleb(-(p - 1)), rounding=ROUND_HALF_UP)
        digits = str(q).replace(".", "")[:p]
    sign = "-" if neg else ""
    if e < -6 or e >= p:
        m = digits[0] + ("." + digits[1:] if p > 1 else "")
        return f"{sign}{m}e{'+' if e >= 0 else '-'}{abs(e)}"
    if e == p - 1:
        return sign + digits
    if e >= 0:
        return sign + digits[:e + 1] + "." + digits[e + 1:]
    return sign + "0." + "0" * (-(e + 1)) + digits


def proto_to_locale_string(realm, this, args):
    """en-US formatting without Intl: digit grouping, at most 3 fraction digits, rounded
    half away from zero on the shortest decimal form (Intl's default "halfExpand")."""
    x = this_number(this, "toLocaleString")
    if x != x:
        return "NaN"
    if x in (math.inf, -math.inf):
        return "∞" if x > 0 else "-∞"
    neg = math.copysign(1.0, x) < 0
    d = Decimal(repr(abs(x))).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{d:f}".partition(".")
    frac = frac.rstrip("0")
    grouped = f"{int(whole):,}"
    return ("-" if neg else "") + grouped + ("." + frac if frac else "")


def proto_value_of(realm, this, args):
    return this_number(this, "valueOf")


def _is_integer(v):
    return type(v) is float and math.isfinite(v) and v == int(v)


STATIC = [
    ("isInteger", lambda realm, this, args: _is_integer(arg(args, 0)), 1),
    ("isSafeInteger", lambda realm, this, args: _is_integer(arg(args, 0)) and abs(args[0]) <= 2 ** 53 - 1, 1),
    ("isFinite", lambda realm, this, args: type(arg(args, 0)) is float and math.isfinite(args[0]), 1),
    ("isNaN", lambda realm, this, args: type(arg(args, 0)) is float and args[0] != args[0], 1),
    ("MAX_SAFE_INTEGER", VALUE(float(2 ** 53 - 1)), NONE),
    ("MIN_SAFE_INTEGER", VALUE(float(-(2 ** 53 - 1))), NONE),
    ("MAX_VALUE", VALUE(1.7976931348623157e308), NONE),
    ("MIN_VALUE", VALUE(5e-324), NONE),
    ("EPSILON", VALUE(2.0 ** -52), NONE),
    ("POSITIVE_INFINITY", VALUE(math.inf), NONE),
    ("NEGATIVE_INFINITY", VALUE(-math.inf), NONE),
    ("NaN", VALUE(math.nan), NONE),
]

PROTOTYPE = [
    ("toString", proto_to_string, 1),
    ("toFixed", proto_to_fixed, 1),
    ("toPrecision", proto_to_precision, 1),
    ("toLocaleString", proto_to_locale_string, 0),
    ("valueOf", proto_value_of, 0),
]


# --- Boolean ---------------------------------------------------------------------------------
def boolean_call(realm, this, args):
    return ops.ToBoolean(arg(args, 0))


def boolean_construct(realm, args, new_target):
    return realm.wrap_primitive(ops.ToBoolean(arg(args, 0)))


def this_boolean(this):
    if type(this) is bool:
        return this
    if isinstance(this, JSObject) and this.class_name == "Boolean":
        return this.internal
    throw_type_error("Boolean.prototype.valueOf requires that 'this' be a Boolean")


BOOLEAN_PROTOTYPE = [
    ("toString", lambda realm, this, args: "true" if this_boolean(this) else "false", 0),
    ("valueOf", lambda realm, this, args: this_boolean(this), 0),
]


# --- BigInt ----------------------------------------------------------------------------------
def bigint_call(realm, this, args):
    v = ops.ToPrimitive(arg(args, 0), "number")
    if type(v) is float:
        if not _is_integer(v):
            throw_range_error(f"The number {ops.NumberToString(v)} cannot be converted to a BigInt "
                              f"because it is not an integer")
        return int(v)
    if type(v) is int:
        return v
    if type(v) is bool:
        return int(v)
    if type(v) is str:
        n = ops._string_to_bigint(v)
        if n is None:
            from jskernel.engine.runtime.objects import ThrowCompletion
            raise ThrowCompletion(None, "SyntaxError", f"Cannot convert {v} to a BigInt")
        return n
    throw_type_error(f"Cannot convert {ops.ToDisplayString(v)} to a BigInt")


def bigint_construct(realm, args, new_target):
    throw_type_error("BigInt is not a constructor")


BIGINT_PROTOTYPE = [
    ("toString", lambda realm, this, args: str(this if type(this) is int else this.internal), 0),
    ("valueOf", lambda realm, this, args: this if type(this) is int else this.internal, 0),
    (SYMBOL_TO_STRING_TAG, VALUE("BigInt"), 4),   # configurable only
]


def install(realm):
    op = realm.intrinsics["%Object.prototype%"]
    proto = realm.heap.allocate(JSObject, op, "Number")
    proto.internal = 0.0
    make_constructor(realm, "Number", number_call, number_construct, 1, proto, STATIC, PROTOTYPE)
    proto = realm.heap.allocate(JSObject, op, "Boolean")
    proto.internal = False
    make_constructor(realm, "Boolean", boolean_call, boolean_construct, 1, proto, (), BOOLEAN_PROTOTYPE)
    proto = realm.heap.allocate(JSObject, op)
    ctor = make_constructor(realm, "BigInt", bigint_call, None, 1, proto, (), BIGINT_PROTOTYPE)
    ctor.construct_fn = None
