"""Value properties and functions of the global object (globalThis, NaN, Infinity,
undefined, parseInt, parseFloat, isNaN, isFinite)."""

from __future__ import annotations

import math
import re

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE
from jskernel.engine.runtime.values import UNDEFINED

NONE = 0


def parse_int(realm, this, args):
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
    if strip and s[:2].lower() == "0x":
        s = s[2:]
        r = 16
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:r]
    n = 0
    while n < len(s) and s[n].lower() in digits:
        n += 1
    if n == 0:
        return math.nan
    return float(sign * int(s[:n], r))


_FLOAT = re.compile(r"[+-]?(?:Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)")


def parse_float(realm, this, args):
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
    g.define_raw("globalThis", g, WRITABLE | CONFIGURABLE)
    realm.intrinsics["%eval%"] = g.get("eval")
    n = realm.intrinsics["%Number%"]
    n.define_raw("parseFloat", g.get("parseFloat"), WRITABLE | CONFIGURABLE)
    n.define_raw("parseInt", g.get("parseInt"), WRITABLE | CONFIGURABLE)
