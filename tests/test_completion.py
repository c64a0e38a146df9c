"""Completion at the engine level (engine/introspect, jskernel/completion.py).

The property lists expected here are node 20's: for a value v, the string keys of v
and of each object on its prototype chain (`Object.getOwnPropertyNames`, each level
sorted, a name listed once), e.g.
    node -e 'for (let p = []; p; p = Object.getPrototypeOf(p)) console.log(Object.getOwnPropertyNames(p).sort())'
Side effects are checked with counters kept in JS: completing must never run a getter,
a Proxy trap, toString / valueOf / Symbol.toPrimitive, or any other function.
"""

from __future__ import annotations

import os

import pytest

from jskernel.completion import complete, complete_reply
from jskernel.engine import Engine

SETUP = r"""
var hits = 0;
const obj = {
  alpha: 1,
  beta: { gamma: 2, "with space": 3, 'it\'s': 4 },
  get danger() { hits++; return { boom: 1 }; },
  toString() { hits++; return "obj"; },
  valueOf() { hits++; return 1; },
  [Symbol.toPrimitive]() { hits++; return 1; },
};
Object.defineProperty(obj, "hidden", { value: 5, enumerable: false });
const trap = () => { hits++; };
const handler = { get(t, k) { trap(); return Reflect.get(t, k); }, ownKeys(t) { trap(); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { trap(); return Reflect.getOwnPropertyDescriptor(t, k); },
  has(t, k) { trap(); return k in t; }, getPrototypeOf(t) { trap(); return Reflect.getPrototypeOf(t); } };
const prox = new Proxy({ inner: { deep: 1 } }, handler);
const child = Object.create(prox);
child.own = 1;
class Point { constructor(x, y) { this.x = x; this.y = y; } norm() { return 0; } static origin() {} }
const pt = new Point(1, 2);
function helper() {}
let counter = 0;
var holder = { get lazy() { hits++; return "x"; } };
"""


@pytest.fixture(scope="module")
def engine():
    e = Engine(stdout=lambda s: None, stderr=lambda s: None)
    e.evaluate(SETUP)
    return e


def names(engine, code, cursor=None):
    return complete(engine, code, cursor)[0]


def hits(engine):
    return engine.evaluate("hits")


# -- no side effects ------------------------------------------------------------------------------

def test_getter_is_never_run(engine):
    assert names(engine, "obj.danger.") == []
    assert names(engine, "holder.lazy.") == []
    assert names(engine, "obj.danger.bo") == []
    assert hits(engine) == 0.0


def test_proxy_traps_are_never_run(engine):
    assert names(engine, "prox.") == []           # node would run ownKeys: we show nothing
    assert names(engine, "prox.inner.") == []     # reaching `inner` needs the get trap
    assert names(engine, 'prox["') == []
    # an ordinary object whose prototype is a proxy: own keys, then stop at the proxy
    assert names(engine, "child.") == ["own"]
    assert hits(engine) == 0.0


def test_conversions_are_never_run(engine):
    # toString / valueOf / @@toPrimitive are listed, never called
    listed = names(engine, "obj.")
    assert "toString" in listed and "valueOf" in listed
    names(engine, "obj[")
    names(engine, "`${obj}`.")
    assert hits(engine) == 0.0


def test_a_call_in_the_chain_stops_resolution(engine):
    assert names(engine, "helper().") == []
    assert names(engine, "obj.beta[helper()].") == []
    assert names(engine, "(counter++).") == []
    assert engine.evaluate("counter") == 0.0


# -- names and properties ---------------------------------------------------------------------------

def test_prototype_chain_with_non_enumerable_properties(engine):
    # node: own [alpha, beta, danger, hidden, toString, valueOf] then Object.prototype's
    assert names(engine, "obj.") == [
        "alpha", "beta", "danger", "hidden", "toString", "valueOf",
        "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "__proto__",
        "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString"]
    assert names(engine, "obj.be") == ["beta"]
    assert names(engine, "obj.beta.g") == ["gamma"]
    assert names(engine, "obj?.beta?.ga") == ["gamma"]


def test_class_instances_and_classes(engine):
    listed = names(engine, "pt.")
    assert listed[:4] == ["x", "y", "constructor", "norm"]
    assert "origin" in names(engine, "Point.")
    assert names(engine, "Point.prototype.n") == ["norm"]


def test_literals_complete_from_their_prototypes(engine):
    # node: Object.getOwnPropertyNames along the chain of [], "abc", 1, /x/
    assert names(engine, "[].fl") == ["flat", "flatMap"]
    assert names(engine, "[1, 2].to") == ["toLocaleString", "toReversed", "toSorted", "toSpliced", "toString"]
    assert names(engine, '"abc".to') == ["toLocaleLowerCase", "toLocaleUpperCase", "toLowerCase", "toString",
                                        "toUpperCase", "toWellFormed", "toLocaleString"]
    assert names(engine, "1..to") == ["toExponential", "toFixed", "toLocaleString", "toPrecision", "toString"]
    assert names(engine, "/x/g.t") == ["test", "toString", "toLocaleString"]
    assert names(engine, "`tpl`.len") == ["length"]
    assert names(engine, "1.") == []              # a decimal point, not a member access


def test_builtins_and_globals(engine):
    assert names(engine, "Math.m") == ["max", "min"]
    assert {"parse", "stringify"} <= set(names(engine, "JSON."))
    listed = names(engine, "Obj")
    assert listed == ["Object"]
    assert "globalThis" in names(engine, "glob")


def test_top_level_bindings_and_keywords(engine):
    assert names(engine, "coun") == ["counter"]            # a let binding (global_lex)
    assert names(engine, "hel") == ["helper"]              # a function declaration
    assert names(engine, "Poi") == ["Point"]
    assert names(engine, "ret") == ["return"]
    assert names(engine, "ty") == ["typeof"]
    assert "function" in names(engine, "fun")


def test_cell_scope_declarations(engine):
    code = "const first = 1;\nfunction later(arg1, { opt }) { return ar"
    assert names(engine, code) == ["arg1"]
    code = "let [aa, bb] = [1, 2];\nconst { cc, dd: ee } = {};\nclass Kls {}\na"
    assert "aa" in names(engine, code)
    assert "Kls" in names(engine, code + "\nK")
    assert names(engine, "const { cc, dd: ee } = {}; e") [:1] == ["ee"]
    assert "xs" in names(engine, "[1].map((xs) => x")
    assert names(engine, "try {} catch (errObj) { err") == ["errObj"]


def test_bracket_keys(engine):
    matches, start, end, _ = complete(engine, 'obj.beta["')
    assert matches[:3] == ['gamma"]', "it's\"]", 'with space"]']
    assert (start, end) == (10, 10)
    matches, start, end, _ = complete(engine, "obj.beta['w")
    assert matches == ["with space']"]
    assert (start, end) == (10, 11)
    # `obj[` with no quote yet: quoted keys
    assert complete(engine, "obj.beta[")[0][:2] == ['"gamma"]', '"it\'s"]']
    # an auto-closed `"]` after the cursor is replaced, not doubled
    code = 'obj.beta["ga"]'
    matches, start, end, _ = complete(engine, code, 12)
    assert matches == ['gamma"]'] and (start, end) == (10, 14)


def test_nothing_inside_comments_and_plain_strings(engine):
    assert names(engine, "// obj.") == []
    assert names(engine, "/* Math.") == []
    assert names(engine, "'Math.") == []
    assert names(engine, "x = 1 + 2") == []


def test_cursor_in_the_middle(engine):
    code = "Math.ma + 1"
    matches, start, end, _ = complete(engine, code, 7)
    assert matches == ["max"] and (start, end) == (5, 7)
    # the identifier continues past the cursor: the whole word is replaced
    matches, start, end, _ = complete(engine, "Math.mxx", 6)
    assert matches == ["max", "min"] and (start, end) == (5, 8)


def test_types_for_jupyterlab(engine):
    reply = complete_reply(engine, "p")
    types = {e["text"]: e["type"] for e in reply["metadata"]["_jupyter_types_experimental"]}
    assert types["pt"] == "variable"
    assert types["parseInt"] == "function"
    assert types["prox"] == "variable"
    types = {e["text"]: e["type"] for e in complete_reply(engine, "P")["metadata"]["_jupyter_types_experimental"]}
    assert types["Point"] == "class"
    assert types["Promise"] == "class"
    assert types["Proxy"] == "class"
    types = {e["text"]: e["type"] for e in complete_reply(engine, "obj.")["metadata"]["_jupyter_types_experimental"]}
    assert types["alpha"] == "property" and types["danger"] == "property" and types["toString"] == "function"
    types = {e["text"]: e["type"] for e in complete_reply(engine, "sw")["metadata"]["_jupyter_types_experimental"]}
    assert types == {"switch": "keyword"}
    reply = complete_reply(engine, "%ti")
    assert reply["matches"] == ["%time", "%timeit"]
    assert {e["type"] for e in reply["metadata"]["_jupyter_types_experimental"]} == {"magic"}


def test_magics_at_line_start_only(engine):
    assert names(engine, "%") [:1] and all(n.startswith("%") for n in names(engine, "%"))
    assert "%%time" in names(engine, "%%t")
    assert "%%time" not in names(engine, "1\n%%t")        # a cell magic only on the first line
    assert not any(n.startswith("%") for n in names(engine, "1 %"))   # an operator: JS names


def test_import_specifiers(engine, tmp_path, monkeypatch):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "util.mjs").write_text("export const x = 1;\n")
    (tmp_path / "main.js").write_text("")
    (tmp_path / "notes.txt").write_text("")
    (tmp_path / "node_modules" / "left-pad").mkdir(parents=True)
    (tmp_path / "node_modules" / "@scope" / "pkg").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    matches, start, end, types = complete(engine, 'import x from "./')
    assert matches == ["./lib/", "./main.js"] and set(types) == {"module"}
    assert (start, end) == (15, 17)
    assert names(engine, 'import { x } from "./lib/u') == ["./lib/util.mjs"]
    assert names(engine, 'import "le') == ["left-pad"]
    assert names(engine, "const m = await import('@sc") == ["@scope/pkg"]
    assert names(engine, 'require("') == ["@scope/pkg", "left-pad"]
    # in-memory modules (%%module NAME / engine.define_module) come first
    e = Engine(stdout=lambda s: None)
    e.define_module("shapes", "export const square = 1;")
    assert names(e, 'import { square } from "') == ["shapes", "@scope/pkg", "left-pad"]
    assert names(e, 'import "sh') == ["shapes"]


def test_unicode_positions_are_code_points(engine):
    engine.evaluate("var café = { naïve: 1, '😀': 2 }")
    code = "'😀'; café.na"
    matches, start, end, _ = complete(engine, code)
    assert matches == ["naïve"] and code[start:end] == "na"
    assert complete(engine, "café['")[0][:2] == ["naïve']", "😀']"]


def test_bad_input_never_raises(engine):
    for code in ["", ".", "..", "?.", "[", "]", ")", "a..b.", "'", "`${", "obj.beta[1.5].", "import(",
                 "\\u0041", "#priv.", "new.", "super.", "x = {a: 1}.", "%%%", "\x00."]:
        for cursor in range(len(code) + 1):
            complete(engine, code, cursor)
    assert complete(None, "Math.") == ([], 5, 5, [])


def test_no_environment_is_read_for_module_paths(engine):
    # a path that cannot be listed yields nothing, not an error
    assert names(engine, 'import "./definitely/not/here/') == []
    assert os.getcwd()


def test_engine_facade_and_extra_scopes():
    e = Engine(stdout=lambda s: None)
    e.evaluate("var shown = { one: 1 }")
    c = e.complete("shown.o", 7)
    assert (c.matches, c.start, c.end, c.types) == (["one"], 6, 7, ["property"])
    assert "Value:" in e.inspect_at("shown", 2)
    scope = {"modLocal": e.evaluate("({ inner: 1 })")}
    e.introspection_scopes = [lambda: scope, lambda: 1 / 0]      # a failing provider is skipped
    assert e.complete("modL", 4).matches == ["modLocal"]
    assert e.complete("modLocal.in", 11).matches == ["inner"]
