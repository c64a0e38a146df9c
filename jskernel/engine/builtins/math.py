"""%Math%: constants and functions with IEEE-754 double semantics."""

from __future__ import annotations

import math
import random

from jskernel.engine.builtins import VALUE, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG

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
    if fn is math.log:
        return -INF if x == 0 else math.nan
    if fn is math.exp:
        return INF
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
    return math.hypot(*[ops.ToNumber(a) for a in args])


def _atan2(realm, this, args):
    return math.atan2(_num(args, 0), _num(args, 1))


def _random(realm, this, args):
    return random.random()


def _cbrt(x):
    return math.copysign(abs(x) ** (1 / 3), x) if x not in (INF, -INF) else x


TABLE = [
    ("PI", VALUE(math.pi), NONE), ("E", VALUE(math.e), NONE),
    ("LN2", VALUE(math.log(2)), NONE), ("LN10", VALUE(math.log(10)), NONE),
    ("LOG2E", VALUE(1 / math.log(2)), NONE), ("LOG10E", VALUE(1 / math.log(10)), NONE),
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
    (SYMBOL_TO_STRING_TAG, VALUE("Math"), CONFIGURABLE),
]


def install(realm):
    m = realm.new_object()
    m.class_name = "Math"
    define_table(realm, m, TABLE)
    realm.intrinsics["%Math%"] = m
    realm.global_object.define_raw("Math", m, WRITABLE | CONFIGURABLE)

