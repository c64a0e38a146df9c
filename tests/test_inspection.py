"""Inspection (Shift-Tab, `x?`, `x??`) at the engine level: engine/introspect/describe.py
through jskernel/completion.py.

Signatures and doc comments come from the source text as written; values are shown
in node's util.inspect form (expected strings are node 20's `util.inspect` output) and
no getter, Proxy trap or toString runs while inspecting (counted in JS).
"""

from __future__ import annotations

import re

import pytest

from jskernel.completion import help_request, inspect_reply, inspect_text, page_reply
from jskernel.engine import Engine

ANSI = re.compile(r"\x1b\[[0-9;]*m")

CELL_1 = """\
var hits = 0;
/**
 * Fetches a resource.
 * @param {string} url  where from
 */
async function fetchData(url, { retries = 3 } = {}) {
  return url + retries;
}
// Adds two numbers.
// Second line.
const add = (a, b) => a + b;
"""

CELL_2 = """\
/** A point in the plane. */
class Point extends Object {
  constructor(x, y = 0) { super(); this.x = x; this.y = y; }
  /** Distance from the origin. */
  norm() { return Math.hypot(this.x, this.y); }
  get danger() { hits++; return 1; }
}
const data = { a: 1, nested: { b: [1, 2] } };
const greeting = "héllo";
const tagged = new (class Tagged { get [Symbol.toStringTag]() { hits++; return "T"; } })();
const prox = new Proxy({ t: 1 }, { get() { hits++; }, ownKeys() { hits++; return []; },
                                   getOwnPropertyDescriptor() { hits++; } });
const bound = add.bind(null, 1);
const weird = { toString() { hits++; return "w"; }, get g() { hits++; return 1; } };
"""


@pytest.fixture(scope="module")
def engine():
    e = Engine(stdout=lambda s: None, stderr=lambda s: None)
    e.evaluate(CELL_1, filename="In[1]")
    e.evaluate(CELL_2, filename="In[2]")
    return e


def show(engine, code, cursor=None, detail=0):
    text = inspect_text(engine, code, cursor, detail)
    return None if text is None else ANSI.sub("", text)


def fields(text):
    """{'Signature': ..., 'Type': ...} of a report (multi-line blocks joined)."""
    out, key = {}, None
    for line in text.split("\n"):
        m = re.match(r"^(\w+):\s*(.*)$", line)
        if m and m.group(1) in ("Signature", "Docstring", "Type", "Defined", "Value", "Source", "Init", "Target",
                                "Builtin"):
            key = m.group(1)
            out[key] = m.group(2)
        elif key:
            out[key] = (out[key] + "\n" + line) if out[key] else line
    return out


def test_function_signature_and_jsdoc(engine):
    f = fields(show(engine, "fetchData"))
    assert f["Signature"] == "async function fetchData(url, { retries = 3 } = {})"
    assert f["Docstring"] == "Fetches a resource.\n@param {string} url  where from"
    assert f["Type"] == "async function"
    assert f["Defined"] == "In[1], line 6"
    assert "Source" not in f


def test_detail_level_1_adds_the_source(engine):
    f = fields(show(engine, "fetchData", detail=1))
    assert f["Source"] == "async function fetchData(url, { retries = 3 } = {}) {\n  return url + retries;\n}"


def test_arrow_with_line_comments(engine):
    f = fields(show(engine, "add"))
    assert f["Signature"] == "add = (a, b) => …"
    assert f["Docstring"] == "Adds two numbers.\nSecond line."
    assert f["Type"] == "arrow function"


def test_class_and_method(engine):
    f = fields(show(engine, "Point"))
    assert f["Signature"] == "class Point extends Object"
    assert f["Init"] == "new Point(x, y = 0)"
    assert f["Docstring"] == "A point in the plane."
    assert f["Defined"] == "In[2], line 2"
    f = fields(show(engine, "Point.prototype.norm"))
    assert f["Signature"] == "norm()"
    assert f["Docstring"] == "Distance from the origin."
    assert f["Type"] == "method"


def test_callee_of_the_call_under_the_cursor(engine):
    code = "fetchData('x', { retries: "
    assert fields(show(engine, code))["Signature"].startswith("async function fetchData(")
    # on a name in the middle of the code
    code = "add(1, 2) + fetchData('u')"
    assert fields(show(engine, code, cursor=1))["Signature"] == "add = (a, b) => …"
    assert fields(show(engine, code, cursor=len("add(1, 2) + fetc")))["Type"] == "async function"


def test_builtins_have_a_one_line_summary(engine):
    f = fields(show(engine, "[].map"))
    assert f["Signature"] == "Array.prototype.map(callbackfn, thisArg?)"
    assert f["Docstring"] == "a new array of the callback's results"
    assert f["Type"] == "builtin function"
    assert fields(show(engine, "parseInt"))["Signature"] == "parseInt(string, radix?)"
    assert fields(show(engine, "Math.max"))["Signature"] == "Math.max(...values)"
    assert fields(show(engine, "'s'.padStart"))["Signature"].startswith("String.prototype.padStart(")
    # no entry in the table: the native form with the function's length
    f = fields(show(engine, "Math.cbrt"))
    assert f["Signature"] == "function cbrt(/* 1 argument */) { [native code] }"


def test_bound_functions_show_their_target(engine):
    f = fields(show(engine, "bound"))
    assert f["Type"] == "bound function"
    assert f["Target"] == "add = (a, b) => …"


def test_values_in_node_inspect_form(engine):
    # node: util.inspect({ a: 1, nested: { b: [1, 2] } }) -> { a: 1, nested: { b: [ 1, 2 ] } }
    f = fields(show(engine, "data"))
    assert f["Type"] == "object (Object)"
    assert f["Value"] == "{ a: 1, nested: { b: [ 1, 2 ] } }"
    assert fields(show(engine, "data.nested.b"))["Value"] == "[ 1, 2 ]"
    assert fields(show(engine, "data.a"))["Type"] == "number"
    f = fields(show(engine, "greeting"))
    assert f == {"Type": "string (length 5)", "Value": "'héllo'"}


def test_no_side_effects(engine):
    # a getter on the chain is described, not run
    text = show(engine, "new Point(1).danger")
    assert text is None                          # `new Point(1)` would need a call
    f = fields(show(engine, "Point.prototype.danger"))
    assert f["Type"] == "accessor property (getter)"
    assert f["Value"] == "not read: reading it would run its getter"
    # Symbol.toStringTag getters, proxies, toString and getters inside values
    show(engine, "tagged")
    assert fields(show(engine, "prox"))["Type"] == "object (Proxy)"
    f = fields(show(engine, "weird", detail=1))
    assert "[Getter]" in f["Value"]
    assert engine.evaluate("hits") == 0.0


def test_nothing_found(engine):
    assert show(engine, "notDefinedAnywhere") is None
    assert show(engine, "1 + 2", cursor=2) is None
    assert show(engine, "") is None
    assert inspect_reply(engine, "nope", 4) == {"status": "ok", "found": False, "data": {}, "metadata": {}}
    reply = inspect_reply(engine, "add", 3)
    assert reply["found"] is True and "text/plain" in reply["data"]


def test_help_requests(engine):
    assert help_request("add?") == ("add", 0)
    assert help_request("add??") == ("add", 1)
    assert help_request("?Math.max") == ("Math.max", 0)
    assert help_request("data['nested']?") == ("data['nested']", 0)
    for code in ("a ? b : c", "x ?? y", "add", "add(1)?", "?add?"):
        assert help_request(code) is None, code
    page = page_reply(engine, "fetchData??")
    assert page["source"] == "page" and page["start"] == 0
    assert "Source:" in ANSI.sub("", page["data"]["text/plain"])
    page = page_reply(engine, "nothingHere?")
    assert page["data"]["text/plain"] == "Object `nothingHere` not found."
