"""The front-end API at engine level: display bundles (Deno's Symbol.for("Jupyter.display"),
IJavascript's _toMime / _toHtml), display ids and updates, clearOutput, console.table as
HTML, the text rendering of bundles, the dialogs (prompt / confirm / alert), comms and
the user's globals.  A recording sink stands in for the kernel; expected console.table
text is node 20's.
"""

from __future__ import annotations

import base64

import pytest

from jskernel.engine import Engine, JSError
from jskernel.engine.host.dialogs import InputNotAvailable
from jskernel.engine.host.display import bundle_text


class Recorder:
    def __init__(self):
        self.calls = []
        self.out = []
        self.answers = []
        self.prompts = []

    def sink(self, kind, bundle, metadata, display_id):
        self.calls.append((kind, bundle, metadata, display_id))

    def read_line(self, prompt):
        self.prompts.append(prompt)
        if not self.answers:
            raise EOFError
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException) or isinstance(answer, type):
            raise answer
        return answer


@pytest.fixture
def rec():
    return Recorder()


@pytest.fixture
def engine(rec):
    e = Engine(stdout=rec.out.append, stderr=rec.out.append)
    e.install_frontend(display=rec.sink, input=rec.read_line)
    return e


# -- display() -------------------------------------------------------------------------

def test_display_plain_value_is_text_plain_like_console_log(engine, rec):
    assert engine.evaluate("display({a: 1, b: [1, 2]})") is not None
    assert rec.calls == [("display", {"text/plain": "{ a: 1, b: [ 1, 2 ] }"}, {}, None)]


def test_display_returns_undefined_without_display_id(engine, rec):
    assert engine.evaluate("display(1) === undefined && display.html('<b>') === undefined")


def test_display_mime_helpers(engine, rec):
    engine.evaluate("""
        display.html('<b>hi</b>'); display.markdown('# T'); display.svg('<svg/>');
        display.latex('$x^2$'); display.text('plain'); display.json({a: [1, null], b: 'x'});
    """)
    assert [c[1] for c in rec.calls] == [
        {"text/html": "<b>hi</b>"}, {"text/markdown": "# T"}, {"image/svg+xml": "<svg/>"},
        {"text/latex": "$x^2$"}, {"text/plain": "plain"},
        {"application/json": {"a": [1, None], "b": "x"}},
    ]


def test_display_png_from_bytes_and_base64(engine, rec):
    engine.evaluate("display.png(new Uint8Array([137, 80, 78, 71]), {width: 20}); "
                    "display.jpeg('/9j/4A==')")
    assert rec.calls[0][1] == {"image/png": base64.b64encode(bytes([137, 80, 78, 71])).decode()}
    assert rec.calls[0][2] == {"image/png": {"width": 20}}
    assert rec.calls[1][1] == {"image/jpeg": "/9j/4A=="}


def test_display_png_rejects_bad_data(engine):
    with pytest.raises(JSError) as info:
        engine.evaluate("display.png('not base64!!')")
    assert info.value.name == "TypeError" and "base64" in info.value.message
    with pytest.raises(JSError):
        engine.evaluate("display.png(42)")


def test_display_id_handle_update_and_display_update(engine, rec):
    engine.evaluate("""
        const h = display('first', {displayId: 'progress', metadata: {tag: 1}});
        h.update('second');
        display.update('progress', 'third');
        h.displayId
    """)
    assert rec.calls == [
        ("display", {"text/plain": "'first'"}, {"tag": 1}, "progress"),
        ("update", {"text/plain": "'second'"}, {}, "progress"),
        ("update", {"text/plain": "'third'"}, {}, "progress"),
    ]


def test_display_id_true_generates_an_id(engine, rec):
    did = engine.evaluate("display(1, {displayId: true}).displayId")
    assert isinstance(did, str) and did and rec.calls[0][3] == did


def test_display_raw_bundle(engine, rec):
    engine.evaluate("display({'text/html': '<i>r</i>', 'application/vnd.x+json': {k: 1}}, {raw: true})")
    assert rec.calls == [("display", {"text/html": "<i>r</i>", "application/vnd.x+json": {"k": 1}},
                          {}, None)]


def test_clear_output(engine, rec):
    engine.evaluate("clearOutput(); clearOutput({wait: true}); display.clear({wait: false})")
    assert [(c[0], c[2]) for c in rec.calls] == [
        ("clear", {"wait": False}), ("clear", {"wait": True}), ("clear", {"wait": False})]


def test_display_options_must_be_an_object(engine):
    with pytest.raises(JSError) as info:
        engine.evaluate("display(1, 'x')")
    assert info.value.name == "TypeError"


# -- rich representations -------------------------------------------------------------------

def test_jupyter_display_symbol_method(engine, rec):
    engine.evaluate("""
        class Chart {
          [Symbol.for('Jupyter.display')]() { return {'text/html': '<svg></svg>', 'application/json': {n: 3}} }
        }
        display(new Chart())
    """)
    assert rec.calls[0][1] == {"text/html": "<svg></svg>", "application/json": {"n": 3},
                               "text/plain": "Chart {}"}


def test_to_mime_and_to_html(engine, rec):
    engine.evaluate("""
        display({_toMime() { return {'text/markdown': '**b**'} }});
        class H { _toHtml() { return '<p>h</p>' } }
        display(new H());
    """)
    assert rec.calls[0][1]["text/markdown"] == "**b**"
    assert rec.calls[1][1] == {"text/html": "<p>h</p>", "text/plain": "H {}"}


def test_jupyter_display_wins_over_ijavascript_methods(engine):
    value = engine.evaluate("({[Symbol.for('Jupyter.display')]() { return {'text/html': 'deno'} },"
                            " _toHtml() { return 'ijs' }})")
    assert engine.mime_bundle(value) == ({"text/html": "deno"}, {})


def test_mime_bundle_of_plain_values_is_none_and_side_effect_free(engine, rec):
    engine.evaluate("""
        globalThis.touched = [];
        var plain = {a: 1, get b() { touched.push('b'); return 2 }};
        var accessor = {get _toHtml() { touched.push('_toHtml'); return () => 'x' }};
        var proxy = new Proxy({}, {get(t, k) { touched.push(String(k)); return () => 'p' },
                                   getOwnPropertyDescriptor(t, k) { touched.push('gopd'); }});
        class Base {}; var derived = new (class extends Base {})();
    """)
    for name in ("plain", "accessor", "proxy", "derived"):
        assert engine.mime_bundle(engine.evaluate(name)) is None, name
    for literal in ("1", "'s'", "null", "undefined", "10n", "Symbol()", "[1, 2]", "() => 1"):
        assert engine.mime_bundle(engine.evaluate(literal)) is None, literal
    assert engine.evaluate("touched.length") == 0.0


def test_a_throwing_display_method_is_a_js_error(engine):
    value = engine.evaluate("({_toHtml() { throw new RangeError('nope') }})")
    with pytest.raises(JSError) as info:
        engine.mime_bundle(value)
    assert info.value.name == "RangeError" and info.value.message == "nope"
    assert engine.evaluate("1 + 1") == 2.0          # the engine is still usable


def test_display_method_must_return_an_object(engine):
    with pytest.raises(JSError) as info:
        engine.evaluate("display({[Symbol.for('Jupyter.display')]() { return 'x' }})")
    assert info.value.name == "TypeError"


# -- console.table -------------------------------------------------------------------------

NODE_TABLE = """\
┌─────────┬─────┬───────┐
│ (index) │ a   │ b     │
├─────────┼─────┼───────┤
│ 0       │ 1   │ '<x>' │
│ 1       │ 'z' │       │
└─────────┴─────┴───────┘"""


def test_console_table_is_a_display_with_html(engine, rec):
    engine.evaluate("console.table([{a: 1, b: '<x>'}, {a: 'z'}])")
    assert rec.out == []
    (kind, bundle, md, did), = rec.calls
    assert kind == "display" and did is None
    assert bundle["text/plain"] == NODE_TABLE
    html = bundle["text/html"]
    assert html.startswith("<table") and "<th>(index)</th><th>a</th><th>b</th>" in html
    assert "<td>&#x27;&lt;x&gt;&#x27;</td>" in html        # cells are escaped


def test_console_table_without_front_end_prints_text():
    out = []
    Engine(stdout=out.append).evaluate("console.table([{a: 1, b: '<x>'}, {a: 'z'}])")
    assert "".join(out) == NODE_TABLE + "\n"


def test_console_table_of_a_primitive_is_a_log(engine, rec):
    engine.evaluate("console.table(5)")
    assert rec.calls == [] and "".join(rec.out) == "5\n"


# -- text rendering ----------------------------------------------------------------------------

def test_bundle_text():
    assert bundle_text({"text/html": "<b>", "text/plain": "B"}) == "B"
    assert bundle_text({"text/markdown": "# m"}) == "# m"
    assert bundle_text({"application/json": {"a": 1}}) == '{\n  "a": 1\n}'
    assert bundle_text({"image/png": base64.b64encode(b"x" * 1234).decode()}) == "[image/png 1234 bytes]"
    assert bundle_text({"text/html": "<b>hi</b>"}) == "[text/html 9 chars]"


# -- dialogs ---------------------------------------------------------------------------------

def test_prompt_confirm_alert(engine, rec):
    rec.answers = ["Ada", "", "y", "no", ""]
    assert engine.evaluate("prompt('Name?')") == "Ada"
    assert engine.evaluate("prompt('Lang?', 'js')") == "js"
    assert engine.evaluate("confirm('Sure?')") is True
    assert engine.evaluate("confirm()") is False
    assert engine.evaluate("alert('Done')") is not None
    assert rec.prompts == ["Name? ", "Lang? [js] ", "Sure? [y/N] ", "Confirm [y/N] ", "Done [Enter] "]


def test_prompt_at_end_of_input_is_null(engine, rec):
    assert engine.evaluate("prompt('x') === null && confirm('y') === false")


def test_prompt_without_input_is_a_clear_error(engine, rec):
    rec.answers = [InputNotAvailable]
    with pytest.raises(JSError) as info:
        engine.evaluate("prompt('x')")
    assert info.value.name == "Error"
    assert info.value.message == "prompt() is not available: this front end does not allow input"
    assert engine.evaluate("try { confirm('q') } catch (e) { e.message }") is False  # EOF now


def test_plain_engine_has_no_front_end_globals():
    e = Engine()
    assert e.evaluate("[typeof display, typeof prompt, typeof clearOutput, typeof Jupyter].join()") \
        == "undefined,undefined,undefined,undefined"


# -- comms -------------------------------------------------------------------------------------

class CommHost:
    def __init__(self):
        self.log = []
        self.n = 0

    def register_target(self, name):
        self.log.append(("register", name))

    def unregister_target(self, name):
        self.log.append(("unregister", name))

    def open(self, target, data, metadata, buffers):
        self.n += 1
        self.log.append(("open", target, data, metadata, buffers))
        return f"c{self.n}"

    def send(self, comm_id, data, metadata, buffers):
        self.log.append(("send", comm_id, data, metadata, buffers))

    def close(self, comm_id, data, metadata):
        self.log.append(("close", comm_id, data))


def test_comms_from_the_front_end_reach_js_targets():
    out, host = [], CommHost()
    e = Engine(stdout=out.append, stderr=out.append)
    e.install_frontend(comm=host)
    e.evaluate("""
        Jupyter.comm.registerTarget('echo', (comm, msg) => {
          console.log('open', comm.commId, comm.targetName, msg.content.data.x);
          comm.onMsg(m => { comm.send({echo: m.content.data.v}); Promise.resolve().then(() => console.log('job')) });
          comm.onClose(m => console.log('closed', m.content.data.why));
        });
    """)
    assert host.log == [("register", "echo")]
    assert e.comm_opened("k1", "echo", {"content": {"comm_id": "k1", "data": {"x": 5}}}) is True
    e.comm_message("k1", {"content": {"comm_id": "k1", "data": {"v": [1, 2]}}, "buffers": [b"ab"]})
    e.comm_closed("k1", {"content": {"comm_id": "k1", "data": {"why": "bye"}}})
    assert "".join(out) == "open k1 echo 5\njob\nclosed bye\n"
    assert host.log[1] == ("send", "k1", {"echo": [1, 2]}, {}, None)
    assert e.comm_opened("k2", "nobody", {"content": {}}) is False


def test_comms_opened_from_js():
    host = CommHost()
    e = Engine()
    e.install_frontend(comm=host)
    e.evaluate("const c = Jupyter.comm.open('front', {a: 1}, {m: 2}, [new Uint8Array([1, 2])]);"
               "c.send({b: 2}); c.close({c: 3}); c.close()")
    assert host.log == [("open", "front", {"a": 1}, {"m": 2}, [b"\x01\x02"]),
                        ("send", "c1", {"b": 2}, {}, None), ("close", "c1", {"c": 3})]
    with pytest.raises(JSError) as info:
        e.evaluate("c.send({})")
    assert "closed" in info.value.message


def test_an_error_in_a_comm_callback_is_reported_not_raised():
    out, host = [], CommHost()
    e = Engine(stdout=out.append, stderr=out.append)
    e.install_frontend(comm=host)
    e.evaluate("Jupyter.comm.registerTarget('t', (c) => c.onMsg(() => { throw new TypeError('boom') }))")
    e.comm_opened("x", "t", {"content": {}})
    e.comm_message("x", {"content": {"data": {}}})
    assert "".join(out).startswith("Uncaught TypeError: boom")
    assert e.evaluate("2 * 3") == 6.0


def test_comm_api_without_a_comm_host_is_absent():
    assert Engine().evaluate("typeof Jupyter") == "undefined"


# -- the user's globals ------------------------------------------------------------------------------

def test_user_globals_and_reset(engine):
    engine.evaluate("var v = 1; let l = 2; const c = 3; function f() {} class K {}; implicit = 4;"
                    "Object.defineProperty(globalThis, 'hidden', {value: 1})")
    names = engine.user_globals()
    assert set(names) == {"v", "l", "c", "f", "K", "implicit"}
    assert set(engine.reset_globals()) == set(names)
    assert engine.user_globals() == {}
    assert engine.evaluate("typeof v + typeof l + typeof display") == "undefinedundefinedfunction"
    engine.evaluate("const c = 'again'; var v = 2")       # the names can be declared again
    assert engine.evaluate("c + v") == "again2"
