"""Value properties and functions of the global object (globalThis, NaN, Infinity,
undefined, parseInt, parseFloat, isNaN, isFinite; the URI functions and escape /
unescape are in uri.py)."""

from __future__ import annotations

import math
import re

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE
from jskernel.engine.runtime.values import UNDEFINED

NONE = 0


_DIGIT_VALUE = {c: i for i, c in enumerate("0123456789abcdefghijklmnopqrstuvwxyz")}
_DIGIT_VALUE.update({c.upper(): i for c, i in _DIGIT_VALUE.items() if c.isalpha()})


def parse_int(realm, this, args):
    """parseInt (sec-parseint-string-radix)."""
    s = ops.ToString(arg(args, 0)).lstrip(ops._WS)
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    r = ops.ToInt32(arg(args, 1))
    strip = True
    if r != 0:
        if r < 2 or r > 36:
            return math.nan
        if r != 16:
            strip = False
    else:
        r = 10
    if strip and s[:2] in ("0x", "0X"):
        s = s[2:]
        r = 16
    n = 0
    get = _DIGIT_VALUE.get
    while n < len(s):
        d = get(s[n])
        if d is None or d >= r:
            break
        n += 1
    if n == 0:
        return math.nan
    value = int(s[:n], r)
    if value == 0:
        return -0.0 if sign < 0 else 0.0
    if value >= 2 ** 53 and r not in (2, 4, 8, 10, 16, 32):
        return sign * _approximate(s[:n], r)
    try:
        return float(sign * value)
    except OverflowError:
        return sign * math.inf


def _approximate(digits: str, radix: int) -> float:
    """The value of a long numeral in a radix that is not a power of 2 or 10, as V8
    computes it (the spec allows an approximation there): digits are gathered in chunks
    whose multiplier stays below 2**32 / 36, and each chunk is folded into a double with
    result * multiplier + chunk (two roundings)."""
    limit = 0xFFFFFFFF // 36
    result = 0.0
    i, n = 0, len(digits)
    while i < n:
        part, mult = 0, 1
        while i < n and mult * radix <= limit:
            part = part * radix + _DIGIT_VALUE[digits[i]]
            mult *= radix
            i += 1
        result = result * float(mult) + float(part)
    return result


_FLOAT = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


def parse_float(realm, this, args):
    """parseFloat (sec-parsefloat-string): the longest StrDecimalLiteral prefix."""
    s = ops.ToString(arg(args, 0)).lstrip(ops._WS)
    m = _FLOAT.match(s)
    if not m:
        return math.nan
    t = m.group()
    if t.endswith("Infinity"):
        return -math.inf if t[0] == "-" else math.inf
    return float(t)


def is_nan(realm, this, args):
    x = ops.ToNumber(arg(args, 0))
    return x != x


def is_finite(realm, this, args):
    return math.isfinite(ops.ToNumber(arg(args, 0)))


TABLE = [
    ("NaN", VALUE(math.nan), NONE),
    ("Infinity", VALUE(math.inf), NONE),
    ("undefined", VALUE(UNDEFINED), NONE),
    ("parseInt", parse_int, 2),
    ("parseFloat", parse_float, 1),
    ("isNaN", is_nan, 1),
    ("isFinite", is_finite, 1),
    ("eval", lambda realm, this, args: _global_eval(realm, this, args), 1),
]


def _global_eval(realm, this, args):
    from jskernel.engine.vm.handlers_env import global_eval
    return global_eval(realm, this, args)


def install(realm):
    g = realm.global_object
    define_table(realm, g, TABLE)
    from jskernel.engine.builtins import uri
    uri.install(realm)
    g.define_raw("globalThis", g, WRITABLE | CONFIGURABLE)
    realm.intrinsics["%eval%"] = g.get("eval")
    n = realm.intrinsics["%Number%"]
    n.define_raw("parseFloat", g.get("parseFloat"), WRITABLE | CONFIGURABLE)
    n.define_raw("parseInt", g.get("parseInt"), WRITABLE | CONFIGURABLE)
