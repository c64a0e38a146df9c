"""%Number% and %Boolean%: constructors, Number's statics and the Number.prototype
formatting methods (toString with a radix, toFixed, toExponential, toPrecision,
toLocaleString) with the spec's exact-decimal rounding.  BigInt lives in bigint.py.

Rounding: the spec picks the integer n nearest to x * 10**k on the exact value of the
double, the larger n on ties; that is ROUND_HALF_UP on `Decimal(x)` (exact), which is
also what V8 prints (checked against node for ties such as 2.5, 1.25, 0.5).
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal

from jskernel.engine.builtins import VALUE, arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED

NONE = 0
_CTX = Context(prec=1200, rounding=ROUND_HALF_UP)   # enough for every double's exact decimal


def bigint_to_number(n: int) -> float:
    """𝔽(ℝ(n)): correctly rounded, ±Infinity beyond the double range."""
    try:
        return float(n)
    except OverflowError:
        return math.inf if n > 0 else -math.inf


def number_call(realm, this, args):
    if not args:
        return 0.0
    v = ops.ToNumeric(args[0])
    return bigint_to_number(v) if type(v) is int else v


def number_construct(realm, args, new_target):
    n = number_call(realm, UNDEFINED, args)
    proto = ops.GetPrototypeFromConstructor(realm, new_target, "%Number.prototype%")
    o = realm.heap.allocate(JSObject, proto, "Number")
    o.internal = n
    return o


def this_number(this, method):
    """thisNumberValue (sec-thisnumbervalue)."""
    if type(this) is float:
        return this
    if isinstance(this, JSObject) and this.class_name == "Number" and type(this.internal) is float:
        return this.internal
    throw_type_error(f"Number.prototype.{method} requires that 'this' be a Number")


def proto_to_string(realm, this, args):
    x = this_number(this, "toString")
    r = arg(args, 0)
    radix = 10 if r is UNDEFINED else ops.ToIntegerOrInfinity(r)
    if not 2 <= radix <= 36:
        throw_range_error("toString() radix argument must be between 2 and 36")
    return ops.NumberToString(x, int(radix))


def _digits(x: float, p: int):
    """For finite x > 0: (n, e) with n a p-digit integer and n * 10**(e - p + 1) nearest to x
    (the larger on ties)."""
    d = Decimal(x)
    e = d.adjusted()
    n = int(_CTX.to_integral_value(_CTX.scaleb(d, p - 1 - e)))
    if n >= 10 ** p:
        n //= 10
        e += 1
    return str(n), e


def _shortest(x: float):
    """The digits and exponent of the shortest round-trip decimal of x > 0 (ToString's)."""
    mant, _, exp = repr(x).partition("e")
    ip, _, fp = mant.partition(".")
    digits = (ip + fp).lstrip("0")
    e = (int(exp) if exp else 0) + len(ip) - 1
    if ip == "0":
        e = (int(exp) if exp else 0) - (len(fp) - len(fp.lstrip("0"))) - 1
    return digits.rstrip("0") or "0", e


def proto_to_fixed(realm, this, args):
    """Number.prototype.toFixed (sec-number.prototype.tofixed)."""
    x = this_number(this, "toFixed")
    f = ops.ToIntegerOrInfinity(arg(args, 0))
    if not 0 <= f <= 100:
        throw_range_error("toFixed() digits argument must be between 0 and 100")
    if not math.isfinite(x):
        return ops.NumberToString(x)
    if abs(x) >= 1e21:
        return ops.NumberToString(x)
    sign = "-" if x < 0 else ""
    f = int(f)
    n = int(_CTX.to_integral_value(_CTX.scaleb(Decimal(abs(x)), f)))
    s = str(n)
    if f:
        s = s.rjust(f + 1, "0")
        s = s[:-f] + "." + s[-f:]
    return sign + s


def _exponent(e):
    return f"e{'+' if e >= 0 else '-'}{abs(e)}"


def proto_to_exponential(realm, this, args):
    """Number.prototype.toExponential (sec-number.prototype.toexponential)."""
    x = this_number(this, "toExponential")
    fd = arg(args, 0)
    f = ops.ToIntegerOrInfinity(fd)
    if not math.isfinite(x):
        return ops.NumberToString(x)
    if not 0 <= f <= 100:
        throw_range_error("toExponential() argument must be between 0 and 100")
    sign = "-" if x < 0 else ""
    x = abs(x)
    f = int(f)
    if x == 0:
        digits, e = "0" * (f + 1), 0
    elif fd is UNDEFINED:
        digits, e = _shortest(x)
    else:
        digits, e = _digits(x, f + 1)
    m = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return sign + m + _exponent(e)


def proto_to_precision(realm, this, args):
    """Number.prototype.toPrecision (sec-number.prototype.toprecision)."""
    x = this_number(this, "toPrecision")
    if arg(args, 0) is UNDEFINED:
        return ops.NumberToString(x)
    p = ops.ToIntegerOrInfinity(args[0])
    if not math.isfinite(x):
        return ops.NumberToString(x)
    if not 1 <= p <= 100:
        throw_range_error("toPrecision() argument must be between 1 and 100")
    p = int(p)
    sign = "-" if x < 0 else ""
    x = abs(x)
    if x == 0:
        digits, e = "0" * p, 0
    else:
        digits, e = _digits(x, p)
    if e < -6 or e >= p:
        m = digits[0] + ("." + digits[1:] if p > 1 else "")
        return sign + m + _exponent(e)
    if e == p - 1:
        return sign + digits
    if e >= 0:
        return sign + digits[:e + 1] + "." + digits[e + 1:]
    return sign + "0." + "0" * (-(e + 1)) + digits


def group_digits(whole: str) -> str:
    """en-US grouping of an integer digit string: 1234567 -> 1,234,567."""
    return f"{int(whole):,}" if len(whole) > 3 else whole


def format_locale_number(x: float) -> str:
    """en-US formatting without Intl: digit grouping, at most 3 fraction digits, rounded
    half away from zero on the shortest decimal form (ICU's default "halfExpand")."""
    if x != x:
        return "NaN"
    if x in (math.inf, -math.inf):
        return "∞" if x > 0 else "-∞"
    neg = math.copysign(1.0, x) < 0
    d = _CTX.quantize(Decimal(repr(abs(x))), Decimal("0.001"))
    whole, _, frac = f"{d:f}".partition(".")
    frac = frac.rstrip("0")
    return ("-" if neg else "") + group_digits(whole) + ("." + frac if frac else "")


def proto_to_locale_string(realm, this, args):
    x = this_number(this, "toLocaleString")
    if not args:
        return format_locale_number(x)
    from jskernel.engine.builtins.number_format import format_number
    return format_number(x, args[0], arg(args, 1))


def proto_value_of(realm, this, args):
    return this_number(this, "valueOf")


def _is_integer(v):
    return type(v) is float and math.isfinite(v) and v == int(v)


STATIC = [
    ("isFinite", lambda realm, this, args: type(arg(args, 0)) is float and math.isfinite(args[0]), 1),
    ("isInteger", lambda realm, this, args: _is_integer(arg(args, 0)), 1),
    ("isNaN", lambda realm, this, args: type(arg(args, 0)) is float and args[0] != args[0], 1),
    ("isSafeInteger", lambda realm, this, args: _is_integer(arg(args, 0)) and abs(args[0]) <= 2 ** 53 - 1, 1),
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
    ("toExponential", proto_to_exponential, 1),
    ("toFixed", proto_to_fixed, 1),
    ("toLocaleString", proto_to_locale_string, 0),
    ("toPrecision", proto_to_precision, 1),
    ("toString", proto_to_string, 1),
    ("valueOf", proto_value_of, 0),
]


# --- Boolean ---------------------------------------------------------------------------------
def boolean_call(realm, this, args):
    return ops.ToBoolean(arg(args, 0))


def boolean_construct(realm, args, new_target):
    b = ops.ToBoolean(arg(args, 0))
    proto = ops.GetPrototypeFromConstructor(realm, new_target, "%Boolean.prototype%")
    o = realm.heap.allocate(JSObject, proto, "Boolean")
    o.internal = b
    return o


def this_boolean(this, method):
    """thisBooleanValue (sec-thisbooleanvalue)."""
    if type(this) is bool:
        return this
    if isinstance(this, JSObject) and this.class_name == "Boolean" and type(this.internal) is bool:
        return this.internal
    throw_type_error(f"Boolean.prototype.{method} requires that 'this' be a Boolean")


BOOLEAN_PROTOTYPE = [
    ("toString", lambda realm, this, args: "true" if this_boolean(this, "toString") else "false", 0),
    ("valueOf", lambda realm, this, args: this_boolean(this, "valueOf"), 0),
]


def install(realm):
    op = realm.intrinsics["%Object.prototype%"]
    proto = realm.heap.allocate(JSObject, op, "Number")
    proto.internal = 0.0
    make_constructor(realm, "Number", number_call, number_construct, 1, proto, STATIC, PROTOTYPE)
    proto = realm.heap.allocate(JSObject, op, "Boolean")
    proto.internal = False
    make_constructor(realm, "Boolean", boolean_call, boolean_construct, 1, proto, (), BOOLEAN_PROTOTYPE)
    from jskernel.engine.builtins import bigint
    bigint.install(realm)
