"""%Math%: constants and functions with IEEE-754 double semantics (the C library's via
Python's math module, with the spec's special cases made explicit), Math.sumPrecise
(exact summation) and Math[Symbol.toStringTag]."""

from __future__ import annotations

import math
import random
import struct
from fractions import Fraction

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG, UNDEFINED

NONE = 0
INF = math.inf


def _num(args, i=0):
    return ops.ToNumber(args[i]) if i < len(args) else math.nan


def _unary(fn):
    def f(realm, this, args):
        x = _num(args)
        if x != x:
            return math.nan
        try:
            return float(fn(x))
        except (ValueError, OverflowError):
            return _special(fn, x)
    return f


def _special(fn, x):
    """The result when the math module raises (a pole, overflow or a domain error)."""
    if fn in (math.log, math.log2, math.log10):
        return -INF if x == 0 else math.nan
    if fn is math.log1p:
        return -INF if x == -1 else math.nan
    if fn in (math.exp, math.cosh, math.expm1):
        return INF if x > 0 else math.nan
    if fn is math.sinh:
        return math.copysign(INF, x)
    if fn is math.atanh:
        return math.copysign(INF, x) if abs(x) == 1 else math.nan
    return math.nan


def _floor(x):
    return x if x in (INF, -INF) or x == 0 else float(math.floor(x))


def _ceil(x):
    if x in (INF, -INF) or x == 0:
        return x
    r = float(math.ceil(x))
    return -0.0 if r == 0 and x < 0 else r


def _trunc(x):
    if x in (INF, -INF) or x == 0:
        return x
    r = float(math.trunc(x))
    return math.copysign(r, x) if r == 0 else r


def _round(x):
    if x in (INF, -INF) or x == 0 or x != x:
        return x
    if -0.5 <= x < 0:
        return -0.0
    r = math.floor(x)
    if x - r >= 0.5:
        r += 1
    return float(r)


def _sign(x):
    if x == 0 or x != x:
        return x
    return 1.0 if x > 0 else -1.0


def _max(realm, this, args):
    r = -INF
    nums = [ops.ToNumber(a) for a in args]
    for x in nums:
        if x != x:
            return math.nan
        if x > r or (x == 0 and r == 0 and math.copysign(1, r) < 0):
            r = x
    return r


def _min(realm, this, args):
    r = INF
    nums = [ops.ToNumber(a) for a in args]
    for x in nums:
        if x != x:
            return math.nan
        if x < r or (x == 0 and r == 0 and math.copysign(1, x) < 0):
            r = x
    return r


def _pow(realm, this, args):
    return ops.float_pow(_num(args, 0), _num(args, 1))


def _hypot(realm, this, args):
    """sec-math.hypot: coerce every argument first; Infinity beats NaN."""
    return math.hypot(*[ops.ToNumber(a) for a in args])


def _clz32(realm, this, args):
    return float(32 - ops.ToUint32(arg(args, 0)).bit_length())


def _imul(realm, this, args):
    a = ops.ToUint32(args[0]) if args else 0
    b = ops.ToUint32(args[1]) if len(args) > 1 else 0
    r = (a * b) & 0xFFFFFFFF
    return float(r - 0x100000000 if r >= 0x80000000 else r)


def _fround(x):
    if x != x or x in (INF, -INF) or x == 0:
        return x
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(INF, x)


def _f16round(x):
    """Math.f16round: round to the nearest binary16 value, ties to even."""
    if x != x or x in (INF, -INF) or x == 0:
        return x
    try:
        return struct.unpack("<e", struct.pack("<e", x))[0]
    except OverflowError:
        return math.copysign(INF, x)


def _sum_precise(realm, this, args):
    """Math.sumPrecise (ES2026, sec-math.sumprecise): the exactly rounded sum of an iterable of
    Numbers; -0 when empty or all -0; NaN / ±Infinity by the spec's state machine."""
    from jskernel.engine.vm.iteration import get_iterator
    from jskernel.engine.runtime.values import ABSENT
    items = arg(args, 0)
    if items is UNDEFINED or items is None:
        throw_type_error(f"{ops.ToDisplayString(items)} is not iterable")
    it = get_iterator(realm.vm, items)
    state = "minus-zero"
    finite = []
    count = 0
    while True:
        v = it.next()
        if v is ABSENT:
            break
        count += 1
        if count >= 2 ** 53:
            err = ThrowCompletion(None, "RangeError", "Too many values to sum")
            _close(it)
            raise err
        if type(v) is not float:
            _close(it)
            throw_type_error(f"{ops.ToDisplayString(v)} is not a number")
        if state == "nan":
            continue
        if v != v:
            state = "nan"
        elif v == INF:
            state = "nan" if state == "-inf" else "+inf"
        elif v == -INF:
            state = "nan" if state == "+inf" else "-inf"
        elif state in ("minus-zero", "finite") and not (v == 0 and math.copysign(1.0, v) < 0):
            state = "finite"
            finite.append(v)
    if state == "nan":
        return math.nan
    if state == "+inf":
        return INF
    if state == "-inf":
        return -INF
    if state == "minus-zero":
        return -0.0
    try:
        return math.fsum(finite) + 0.0
    except OverflowError:             # an intermediate partial sum overflowed: sum exactly
        total = 0
        for v in finite:
            p, q = v.as_integer_ratio()
            total += p * ((1 << 1074) // q)
        try:
            return total / (1 << 1074) + 0.0
        except OverflowError:
            return INF if total > 0 else -INF


def _close(it):
    close = getattr(it, "close", None)
    if close is not None:
        try:
            close()
        except ThrowCompletion:
            pass


def _atan2(realm, this, args):
    return math.atan2(_num(args, 0), _num(args, 1))


def _random(realm, this, args):
    return random.random()


def _cbrt(x):
    """The cube root, correctly rounded: libm's cbrt is often an ulp off (cbrt(27) is
    3.0000000000000004 there), so the candidate is moved while the true root lies beyond
    the midpoint to its neighbour (compared exactly: r > m iff x > m**3)."""
    if x in (INF, -INF) or x == 0:
        return x
    a = abs(x)
    y = math.cbrt(a)
    fa = Fraction(a)
    for _ in range(4):
        up = math.nextafter(y, INF)
        if fa > ((Fraction(y) + Fraction(up)) / 2) ** 3:
            y = up
            continue
        down = math.nextafter(y, 0.0)
        if fa < ((Fraction(y) + Fraction(down)) / 2) ** 3:
            y = down
            continue
        break
    return math.copysign(y, x)


TABLE = [
    ("PI", VALUE(math.pi), NONE), ("E", VALUE(math.e), NONE),
    ("LN2", VALUE(math.log(2)), NONE), ("LN10", VALUE(math.log(10)), NONE),
    ("LOG2E", VALUE(math.log2(math.e)), NONE), ("LOG10E", VALUE(math.log10(math.e)), NONE),
    ("SQRT2", VALUE(math.sqrt(2)), NONE), ("SQRT1_2", VALUE(math.sqrt(0.5)), NONE),
    ("abs", _unary(abs), 1), ("floor", _unary(_floor), 1), ("ceil", _unary(_ceil), 1),
    ("round", _unary(_round), 1), ("trunc", _unary(_trunc), 1), ("sign", _unary(_sign), 1),
    ("sqrt", _unary(math.sqrt), 1), ("cbrt", _unary(_cbrt), 1),
    ("exp", _unary(math.exp), 1), ("log", _unary(math.log), 1),
    ("log2", _unary(math.log2), 1), ("log10", _unary(math.log10), 1),
    ("sin", _unary(math.sin), 1), ("cos", _unary(math.cos), 1), ("tan", _unary(math.tan), 1),
    ("asin", _unary(math.asin), 1), ("acos", _unary(math.acos), 1), ("atan", _unary(math.atan), 1),
    ("atan2", _atan2, 2), ("pow", _pow, 2), ("max", _max, 2), ("min", _min, 2),
    ("hypot", _hypot, 2), ("random", _random, 0),
    ("acosh", _unary(math.acosh), 1), ("asinh", _unary(math.asinh), 1), ("atanh", _unary(math.atanh), 1),
    ("cosh", _unary(math.cosh), 1), ("sinh", _unary(math.sinh), 1), ("tanh", _unary(math.tanh), 1),
    ("expm1", _unary(math.expm1), 1), ("log1p", _unary(math.log1p), 1),
    ("clz32", _clz32, 1), ("imul", _imul, 2), ("fround", _unary(_fround), 1),
    ("f16round", _unary(_f16round), 1), ("sumPrecise", _sum_precise, 1),
    (SYMBOL_TO_STRING_TAG, VALUE("Math"), CONFIGURABLE),
]


def install(realm):
    m = realm.new_object()
    m.class_name = "Math"
    define_table(realm, m, TABLE)
    realm.intrinsics["%Math%"] = m
    realm.global_object.define_raw("Math", m, WRITABLE | CONFIGURABLE)

