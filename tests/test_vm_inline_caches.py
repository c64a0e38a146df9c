"""Inline caches: states (uninitialized -> monomorphic -> polymorphic -> megamorphic),
hit / miss counts, and their introspection from Python (vm/inline_caches.py)."""

from __future__ import annotations

import pytest

from jskernel.engine import Engine
from jskernel.engine.vm.inline_caches import MEGAMORPHIC_CACHE


def _caches(e, fn):
    return e.realm.global_object.get(fn).code.inline_caches()


@pytest.fixture(params=["hybrid", "table"])
def engine(request):
    return Engine(dispatch=request.param, stdout=lambda s: None)


SHAPES = "var objs = [{x: 1}, {x: 2, y: 1}, {a: 1, x: 3}, {b: 1, x: 4}, {c: 1, x: 5}, {d: 1, x: 6}];\n"


def test_monomorphic_site_counts_hits_and_one_miss(engine):
    engine.evaluate(SHAPES + "function get(o) { return o.x }\n"
                    "for (let i = 0; i < 10; i++) get(objs[0]);")
    [ic] = _caches(engine, "get")
    # `o.x` on a local is one superinstruction, LOAD_LOCAL + GET_PROP (bytecode/opcodes.py)
    assert ic == {"offset": ic["offset"], "opcode": "GET_LOCAL_PROP", "property": "x",
                  "state": "monomorphic", "shapes": [["x"]], "hits": 9, "misses": 1,
                  "prototype": None, "transition": None}


def test_uninitialized_before_running(engine):
    engine.evaluate("function f(o) { o.a = o.b; return o.c }")
    caches = _caches(engine, "f")
    assert [(c["opcode"], c["property"], c["state"]) for c in caches] == [
        ("GET_LOCAL_PROP", "b", "uninitialized"), ("SET_PROP_POP", "a", "uninitialized"),
        ("GET_LOCAL_PROP", "c", "uninitialized")]
    assert all(c["hits"] == 0 and c["misses"] == 0 and c["shapes"] == [] for c in caches)


def test_polymorphic_up_to_four_shapes(engine):
    engine.evaluate(SHAPES + "function get(o) { return o.x }\n"
                    "for (const o of objs.slice(0, 4)) for (let i = 0; i < 3; i++) get(o);")
    [ic] = _caches(engine, "get")
    assert ic["state"] == "polymorphic"
    assert ic["shapes"] == [["x"], ["x", "y"], ["a", "x"], ["b", "x"]]
    assert (ic["hits"], ic["misses"]) == (8, 4)


def test_fifth_shape_goes_megamorphic_and_still_hits(engine):
    MEGAMORPHIC_CACHE.clear()       # the stub cache is shared process-wide (shapes are too)
    engine.evaluate(SHAPES + "function get(o) { return o.x }\n"
                    "var s = 0; for (const o of objs) for (let i = 0; i < 3; i++) s += get(o);")
    [ic] = _caches(engine, "get")
    assert ic["state"] == "megamorphic" and ic["shapes"] == []
    assert (ic["hits"], ic["misses"]) == (12, 6)
    assert engine.evaluate("s") == 3.0 * (1 + 2 + 3 + 4 + 5 + 6)


def test_set_prop_cache_and_method_calls(engine):
    engine.evaluate("class P { constructor(x) { this.x = x } m() { return this.x } }\n"
                    "function bump(p) { p.x = p.x + 1; return p.m() }\n"
                    "var p = new P(0); for (let i = 0; i < 5; i++) bump(p);")
    caches = {(c["opcode"], c["property"]): c for c in _caches(engine, "bump")}
    assert caches[("SET_PROP_POP", "x")]["state"] == "monomorphic"
    assert caches[("SET_PROP_POP", "x")]["hits"] == 4
    assert caches[("GET_LOCAL_PROP", "x")]["hits"] == 4
    # a prototype method is not an own data property: the own-property states stay
    # uninitialized, the prototype entry answers after the first lookup
    m = caches[("GET_METHOD", "m")]
    assert m["state"] == "uninitialized" and m["misses"] == 1 and m["hits"] == 4
    assert m["prototype"] == {"receiver": ["x"], "depth": 1, "holder": ["constructor", "m"]}
    assert engine.evaluate("p.x") == 5.0


def test_prototype_entry_follows_changes_along_the_chain(engine):
    # every change on the way (redefinition, shadowing, deletion, an own property,
    # another prototype, an accessor) is seen; node prints the same sequence
    engine.evaluate(
        "class A { m() { return 'A' } }\n"
        "class B extends A {}\n"
        "var b = new B(), out = [];\n"
        "function call(o) { return o.m() }\n"
        "call(b); out.push(call(b));\n"
        "A.prototype.m = function () { return 'A2' }; out.push(call(b));\n"
        "B.prototype.m = function () { return 'B' }; out.push(call(b));\n"
        "delete B.prototype.m; out.push(call(b));\n"
        "var c = new B(); Object.setPrototypeOf(c, { m() { return 'other' } }); out.push(call(c));\n"
        "Object.defineProperty(A.prototype, 'm', { get() { return () => 'getter' }, configurable: true });\n"
        "out.push(call(new B())); b.m = () => 'own'; out.push(call(b));")  # no setter: stays
    assert engine.evaluate("out.join()") == "A,A2,B,A2,other,getter,getter"   # node
    [ic] = _caches(engine, "call")
    assert ic["prototype"] is not None and ic["hits"] == 2     # the two calls before any change


def test_cache_never_serves_stale_or_exotic_objects(engine):
    engine.evaluate("function get(o) { return o.x }\n"
                    "var o = {x: 1}; get(o); get(o);\n"
                    "Object.defineProperty(o, 'x', {get() { return 'getter' }});\n"
                    "var r1 = get(o);\n"
                    "var r2 = get(new Proxy({x: 2}, {get(t, k) { return 'trap ' + k }}));\n"
                    "var r3 = get([1, 2]);\n"
                    "var a = [1]; a.x = 'arr'; var r4 = get(a);")
    assert engine.evaluate("[r1, r2, r3, r4].join()") == "getter,trap x,,arr"
    [ic] = _caches(engine, "get")
    assert ic["state"] == "monomorphic" and ic["hits"] == 1 and ic["misses"] == 5


def test_recursive_listing_names_functions(engine):
    engine.evaluate("function outer(o) { function inner(p) { return p.y } return inner(o) + o.x }\n"
                    "outer({x: 1, y: 2});")
    code = engine.realm.global_object.get("outer").code
    rows = code.inline_caches(recursive=True)
    assert [(r["function"], r["property"]) for r in rows] == [("outer", "x"), ("inner", "y")]
    assert all(set(r) == {"offset", "opcode", "property", "state", "shapes", "hits", "misses", "prototype",
                          "transition", "function"} for r in rows)


def test_symbol_keys_are_shown_as_text(engine):
    engine.evaluate("function f(o) { return o.x }\nvar s = Symbol('k'); f({[s]: 1, x: 2}); f({[s]: 1, x: 2});")
    [ic] = _caches(engine, "f")
    assert ic["shapes"] == [["Symbol(k)", "x"]] and ic["hits"] == 1


def test_prototype_entries_per_receiver_shape(engine):
    # one call site, four classes: each receiver shape keeps its own prototype entry, so
    # after the first round every call is a hit (node prints the same results)
    engine.evaluate("class A { f() { return 'a' } } class B { f() { return 'b' } }\n"
                    "class C { f() { return 'c' } } class D { constructor() { this.x = 1 } f() { return 'd' } }\n"
                    "function call(o) { return o.f() }\n"
                    "var objs = [new A(), new B(), new C(), new D()], out = [];\n"
                    "for (let i = 0; i < 3; i++) for (const o of objs) out.push(call(o));")
    [ic] = _caches(engine, "call")
    assert ic["opcode"] == "GET_METHOD" and ic["state"] == "uninitialized"
    assert (ic["hits"], ic["misses"]) == (8, 4)
    assert engine.evaluate("out.join('')") == "abcdabcdabcd"
    # a redefinition on one of the prototypes is seen through its entry
    assert engine.evaluate("B.prototype.f = function () { return 'B' }; objs.map(call).join('')") == "aBcd"


def test_store_transition_is_cached_for_constructors(engine):
    engine.evaluate("function P(x, y) { this.x = x; this.y = y }\n"
                    "var ps = []; for (let i = 0; i < 6; i++) ps.push(new P(i, -i));")
    caches = {c["property"]: c for c in _caches(engine, "P")}
    # the first construction adds through the generic [[Set]] and records the transition
    assert caches["x"]["transition"] == {"from": [], "to": ["x"]}
    assert caches["y"]["transition"] == {"from": ["x"], "to": ["x", "y"]}
    assert (caches["x"]["hits"], caches["x"]["misses"]) == (5, 1)
    # the JS results below are node's
    assert engine.evaluate("ps.map(p => Object.keys(p).join() + ':' + p.x + p.y).join(' ')") == \
        "x,y:00 x,y:1-1 x,y:2-2 x,y:3-3 x,y:4-4 x,y:5-5"
    # a setter defined up the chain afterwards is honoured (the chain's shapes changed)
    assert engine.evaluate("var seen = []; Object.defineProperty(P.prototype, 'y', {set(v) { seen.push(v) }});"
                           "var q = new P(1, 2); Object.keys(q).join() + '|' + seen.join()") == "x|2"
