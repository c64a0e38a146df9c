"""Abstract operations against their spec behaviour (node as oracle where it helps)."""

from __future__ import annotations

import math
import struct
import subprocess

import pytest

from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.values import UNDEFINED

CASES = [
    (0.0, "0"), (-0.0, "0"), (1.0, "1"), (-1.5, "-1.5"), (0.1, "0.1"), (0.1 + 0.2, "0.30000000000000004"),
    (1e21, "1e+21"), (1e20, "100000000000000000000"), (1.5e-7, "1.5e-7"), (1e-6, "0.000001"),
    (1e-7, "1e-7"), (123456789012345680000.0, "123456789012345680000"), (2.0 ** 53, "9007199254740992"),
    (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (math.nan, "NaN"),
    (math.inf, "Infinity"), (-math.inf, "-Infinity"), (123.456, "123.456"), (1e100, "1e+100"),
    (-1e-7, "-1e-7"), (25e-5, "0.00025"), (1 / 3, "0.3333333333333333"),
]


@pytest.mark.parametrize("x,text", CASES)
def test_number_to_string(x, text):
    assert ops.NumberToString(x) == text


def test_to_int32_wraps():
    assert ops.ToInt32(2147483648.0) == -2147483648
    assert ops.ToInt32(4294967296.0 + 5) == 5
    assert ops.ToInt32(-1.9) == -1
    assert ops.ToInt32(math.nan) == 0
    assert ops.ToUint32(-1.0) == 4294967295


def test_string_to_number():
    assert ops.ToNumber("  12  ") == 12.0
    assert ops.ToNumber("0x1F") == 31.0
    assert ops.ToNumber("1_000") != ops.ToNumber("1_000")   # NaN
    assert ops.ToNumber("") == 0.0
    assert ops.ToNumber("-Infinity") == -math.inf
    assert ops.ToNumber("inf") != ops.ToNumber("inf")
    assert ops.ToNumber(".5e1") == 5.0


def test_equality():
    assert ops.IsLooselyEqual(None, UNDEFINED)
    assert not ops.IsLooselyEqual(None, 0.0)
    assert ops.IsLooselyEqual("1", 1.0)
    assert ops.IsLooselyEqual(True, 1.0)
    assert not ops.IsStrictlyEqual(math.nan, math.nan)
    assert ops.SameValue(math.nan, math.nan)
    assert not ops.SameValue(0.0, -0.0)
    assert ops.SameValueZero(0.0, -0.0)
    assert ops.IsLooselyEqual(1, 1.0)          # BigInt 1n == 1


def test_arithmetic_edges():
    assert math.copysign(1, ops.float_mod(-1.0, 1.0)) < 0
    assert ops.float_div(1.0, -0.0) == -math.inf
    assert math.isnan(ops.float_pow(1.0, math.inf))
    assert ops.float_pow(math.nan, 0.0) == 1.0
    assert ops.float_pow(-0.0, -1.0) == -math.inf
    assert ops.Div(-7, 2) == -3 and ops.Mod(-7, 3) == -1


def test_number_to_string_matches_node_on_random_doubles():
    import random
    rnd = random.Random(1234)
    values = []
    for _ in range(400):
        kind = rnd.random()
        if kind < 0.5:
            bits = rnd.getrandbits(64)
            x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        elif kind < 0.8:
            x = rnd.uniform(-1e6, 1e6)
        else:
            x = float(rnd.randint(-10 ** 6, 10 ** 6)) / 10 ** rnd.randint(0, 12)
        values.append(x)
    hexes = [struct.pack("<d", v).hex() for v in values]
    script = ("const hs = %r;\nfor (const h of hs) { const b = Buffer.from(h, 'hex');"
              " console.log(String(b.readDoubleLE(0))); }" % hexes)
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout.split("\n")
    for v, expected in zip(values, out):
        assert ops.NumberToString(v) == expected, (v, expected)


def test_radix_to_string_matches_node():
    import json
    script = ("const out=[];let s=3;const r=()=>(s=(s*1103515245+12345)%2147483648)/2147483648;"
              "for(let i=0;i<300;i++){const x=(r()-0.5)*10**Math.floor(r()*30-10);"
              "const rad=2+Math.floor(r()*35);out.push([x,rad,x.toString(rad)])}"
              "console.log(JSON.stringify(out))")
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout
    for x, radix, expected in json.loads(out):
        assert ops.NumberToString(float(x), radix) == expected, (x, radix)


def test_to_fixed_and_to_precision_match_node():
    import json
    from jskernel.engine import Engine
    from jskernel.engine.builtins.number import proto_to_fixed, proto_to_precision
    script = ("const out=[];let s=5;const r=()=>(s=(s*1103515245+12345)%2147483648)/2147483648;"
              "for(let i=0;i<400;i++){let x=(r()-0.5)*10**Math.floor(r()*16-6);"
              "if(i%7==0) x=Math.round(x*8)/8; const f=Math.floor(r()*8);const p=1+Math.floor(r()*12);"
              "out.push([x,f,x.toFixed(f),p,x.toPrecision(p)])}console.log(JSON.stringify(out))")
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout
    realm = Engine().realm
    for x, f, fixed, p, prec in json.loads(out):
        assert proto_to_fixed(realm, float(x), [float(f)]) == fixed, (x, f)
        assert proto_to_precision(realm, float(x), [float(p)]) == prec, (x, p)
