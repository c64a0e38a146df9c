"""Engine.inspect against node's util.inspect (expected strings produced by node v20)."""

from __future__ import annotations

import pytest

from jskernel.engine import Engine


CASES = [
    ("'str'", "'str'"),
    ('"it\'s"', '"it\'s"'),
    ('`a\'b"c`', '`a\'b"c`'),
    ("'line\\nbreak\\ttab\\u0001'", "'line\\nbreak\\ttab\\x01'"),
    ('-0', '-0'),
    ('[-0, 0]', '[ -0, 0 ]'),
    ('1e21', '1e+21'),
    ('123n', '123n'),
    ('undefined', 'undefined'),
    ('null', 'null'),
    ('[1, , 3]', '[ 1, <1 empty item>, 3 ]'),
    ('[, , , 4]', '[ <3 empty items>, 4 ]'),
    ('new Array(3)', '[ <3 empty items> ]'),
    ('{}', '{}'),
    ('[]', '[]'),
    ("{ 'a b': 1, c: 2, 3: 4 }", "{ '3': 4, 'a b': 1, c: 2 }"),
    ('[[1, [2, [3, [4]]]]]', '[ [ 1, [ 2, [Array] ] ] ]'),
    ('{ a: { b: { c: { d: {} } } } }', '{ a: { b: { c: [Object] } } }'),
    ('(function named() {})', '[Function: named]'),
    ('(() => {})', '[Function (anonymous)]'),
    ('(class A {})', '[class A]'),
    ('(class B extends Array {})', '[class B extends Array]'),
    ('Array.from({length: 8}, (_, i) => i * 11)', '[\n   0, 11, 22, 33,\n  44, 55, 66, 77\n]'),
    ("Array.from({length: 27}, (_, i) => 'w' + i)", "[\n  'w0',  'w1',  'w2',  'w3',\n  'w4',  'w5',  'w6',  'w7',\n  'w8',  'w9',  'w10', 'w11',\n  'w12', 'w13', 'w14', 'w15',\n  'w16', 'w17', 'w18', 'w19',\n  'w20', 'w21', 'w22', 'w23',\n  'w24', 'w25', 'w26'\n]"),
    ('Array.from({length: 130}, (_, i) => i)', '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 30 more items\n]'),
    ("{ x: 'a'.repeat(60), y: 'b'.repeat(20) }", "{\n  x: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n  y: 'bbbbbbbbbbbbbbbbbbbb'\n}"),
    ('Object.create(null)', '[Object: null prototype] {}'),
    ("new Error('boom').message", "'boom'"),
    ('[undefined, null, NaN]', '[ undefined, null, NaN ]'),
    ('{ f() {}, get g() { return 1 }, set s(v) {} }', '{ f: [Function: f], g: [Getter], s: [Setter] }'),
    ('(() => { const o = { n: 1 }; o.o = o; return o; })()', '<ref *1> { n: 1, o: [Circular *1] }'),
    ('(() => { const a = [1]; a.push({ a }); return a; })()', '<ref *1> [ 1, { a: [Circular *1] } ]'),
    ("Symbol('x')", 'Symbol(x)'),
    ("{ [Symbol('k')]: 1 }", '{ [Symbol(k)]: 1 }'),
    ('new Number(-0)', '[Number: -0]'),
    ("new String('hey')", "[String: 'hey']"),
    ('[new Boolean(true)]', '[ [Boolean: true] ]'),
    ("{ __proto__x: 1, 'valid_name': 2, '9lives': 3, 'ünicode': 4 }", "{ __proto__x: 1, valid_name: 2, '9lives': 3, 'ünicode': 4 }"),
]


@pytest.fixture(scope="module")
def engine():
    return Engine(stdout=lambda s: None)


@pytest.mark.parametrize("source,expected", CASES)
def test_inspect_matches_node(engine, source, expected):
    assert engine.inspect(engine.evaluate("(" + source + ")")) == expected


@pytest.mark.parametrize("seed", [42, 7])
def test_inspect_matches_node_on_random_structures(engine, seed):
    """Line breaking and array grouping on random nested data, compared with node."""
    import json
    import os
    import subprocess
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "support", "inspect_random_cases.js")
    out = subprocess.run(["node", script, str(seed), "150"], capture_output=True, text=True, check=True).stdout
    for source, expected in json.loads(out):
        assert engine.inspect(engine.evaluate("(" + source + ")")) == expected, source
