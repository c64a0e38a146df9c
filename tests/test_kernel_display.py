"""Rich output, magics, stdin and comms through the real kernel, driven with
jupyter_client as a notebook would (one kernel for the module; the helpers and the
kernel fixture are test_kernel.py's).  Expected console.table text is node 20's.
"""

from __future__ import annotations

import re
import time
import uuid

from test_kernel import TIMEOUT, kc, km, result_text, run, the_error  # noqa: F401 (fixtures)


def outputs_of(outputs, kind):
    return [c for t, c in outputs if t == kind]


# -- display ---------------------------------------------------------------------------------

def test_display_data_with_several_mimes_and_several_displays(kc):
    reply, outputs = run(kc, """
        class Chart {
          [Symbol.for('Jupyter.display')]() {
            return {'text/html': '<b>chart</b>', 'text/markdown': '**chart**', 'application/json': {n: 1}}
          }
        }
        display(new Chart());
        display.html('<i>second</i>');
        display.png(new Uint8Array([1, 2, 3]));
    """)
    assert reply["status"] == "ok"
    assert [t for t, _ in outputs] == ["display_data"] * 3          # and no execute_result
    first, second, third = (c["data"] for _, c in outputs)
    assert first == {"text/html": "<b>chart</b>", "text/markdown": "**chart**",
                     "application/json": {"n": 1}, "text/plain": "Chart {}"}
    assert second == {"text/html": "<i>second</i>"}
    assert third == {"image/png": "AQID"}


def test_display_keeps_its_place_among_stream_output(kc):
    _, outputs = run(kc, "console.log('before'); display.markdown('# mid'); console.log('after')")
    assert outputs == [
        ("stream", {"name": "stdout", "text": "before\n"}),
        ("display_data", {"data": {"text/markdown": "# mid"}, "metadata": {}, "transient": {}}),
        ("stream", {"name": "stdout", "text": "after\n"}),
    ]


def test_display_id_and_update_display_data(kc):
    _, outputs = run(kc, "const bar = display('0%', {displayId: 'bar-1'}); bar.update('50%');"
                         "display.update('bar-1', '100%', {metadata: {done: true}})")
    assert [(t, c["data"]["text/plain"], c["transient"]) for t, c in outputs] == [
        ("display_data", "'0%'", {"display_id": "bar-1"}),
        ("update_display_data", "'50%'", {"display_id": "bar-1"}),
        ("update_display_data", "'100%'", {"display_id": "bar-1"}),
    ]
    assert outputs[2][1]["metadata"] == {"done": True}


def test_clear_output(kc):
    _, outputs = run(kc, "console.log('x'); clearOutput({wait: true}); clearOutput()")
    assert outputs[1:] == [("clear_output", {"wait": True}), ("clear_output", {"wait": False})]


NODE_TABLE = """\
┌─────────┬───┬─────┐
│ (index) │ a │ b   │
├─────────┼───┼─────┤
│ 0       │ 1 │ 'x' │
│ 1       │ 2 │     │
└─────────┴───┴─────┘"""


def test_console_table_is_text_and_html(kc):
    _, outputs = run(kc, "console.table([{a: 1, b: 'x'}, {a: 2}])")
    (kind, content), = outputs
    assert kind == "display_data"
    assert content["data"]["text/plain"] == NODE_TABLE
    html = content["data"]["text/html"]
    assert html.startswith("<table") and "<th>(index)</th><th>a</th><th>b</th>" in html
    assert "<tr><th>1</th><td>2</td><td></td></tr>" in html


def test_execute_result_carries_rich_mimes(kc):
    _, outputs = run(kc, "({_toHtml() { return '<em>rich</em>' }, n: 1})")
    (content,) = outputs_of(outputs, "execute_result")
    assert content["data"] == {"text/html": "<em>rich</em>",
                               "text/plain": "{ _toHtml: [Function: _toHtml], n: 1 }"}
    _, outputs = run(kc, "({a: 1})")
    assert outputs_of(outputs, "execute_result")[0]["data"] == {"text/plain": "{ a: 1 }"}


def test_undefined_result_and_display_calls_have_no_execute_result(kc):
    _, outputs = run(kc, "display(1)")
    assert [t for t, _ in outputs] == ["display_data"]
    assert run(kc, "void 0")[1] == []


# -- magics --------------------------------------------------------------------------------------

def test_time_magic(kc):
    reply, outputs = run(kc, "%time [1, 2, 3].reduce((a, b) => a + b)")
    assert reply["status"] == "ok"
    (stream,) = outputs_of(outputs, "stream")
    assert re.match(r"CPU times: user .+, sys: .+, total: .+\nWall time: .+\n$", stream["text"])
    assert result_text(outputs) == "6"


def test_who_dis_and_js_around_magics(kc):
    reply, outputs = run(kc, "function square(x) { return x * x }\n%dis square\nsquare(7)")
    assert reply["status"] == "ok"
    text = "".join(c["text"] for c in outputs_of(outputs, "stream"))
    assert text.startswith("== function square (In[") and "MUL" in text
    assert result_text(outputs) == "49"
    _, outputs = run(kc, "%who function")
    assert "square" in outputs_of(outputs, "stream")[0]["text"].split()


def test_module_magic_round_trip(kc):
    reply, outputs = run(kc, "%%module geometry\nexport const area = (w, h) => w * h;\n"
                             "export default 'geo';")
    assert reply["status"] == "ok", outputs
    assert outputs == [("stream", {"name": "stdout", "text": "Defined module 'geometry'\n"})]
    reply, outputs = run(kc, "import name, { area } from 'geometry';\n`${name} ${area(3, 4)}`")
    assert reply["status"] == "ok", outputs
    assert result_text(outputs) == "'geo 12'"


def test_unknown_magic_is_a_usage_error_and_state_survives(kc):
    run(kc, "let survivor = 41")
    reply, outputs = run(kc, "%tiemit 1 + 1")
    assert reply["status"] == "error" and reply["ename"] == "UsageError"
    error, lines = the_error(outputs)
    assert lines == ["UsageError: Line magic function `%tiemit` not found. Did you mean: %timeit, %time?"]
    assert result_text(run(kc, "survivor + 1")[1]) == "42"


def test_error_inside_a_magic_points_at_the_cell_line(kc):
    reply, outputs = run(kc, "1\n%time undefinedThing()")
    assert reply["status"] == "error" and reply["ename"] == "ReferenceError"
    _, lines = the_error(outputs)
    assert re.match(r"Cell In\[\d+\], line 2", lines[0])


# -- stdin -------------------------------------------------------------------------------------

def test_prompt_through_stdin(kc):
    prompts = []

    def answer(msg):
        prompts.append(msg["content"])
        kc.input("Grace" if len(prompts) == 1 else "y")

    outputs = []
    reply = kc.execute_interactive("`${prompt('Name?', 'anon')} ${confirm('Sure?')}`",
                                   output_hook=outputs.append, stdin_hook=answer,
                                   allow_stdin=True, timeout=TIMEOUT)
    assert reply["content"]["status"] == "ok"
    assert prompts == [{"prompt": "Name? [anon] ", "password": False},
                       {"prompt": "Sure? [y/N] ", "password": False}]
    results = [m["content"] for m in outputs if m["msg_type"] == "execute_result"]
    assert results[0]["data"]["text/plain"] == "'Grace true'"


def test_prompt_without_stdin_is_a_js_error(kc):
    outputs = []
    kc.execute_interactive("let answer; try { prompt('x') } catch (e) { answer = e.message } answer",
                           output_hook=outputs.append, allow_stdin=False, timeout=TIMEOUT)
    results = [m["content"] for m in outputs if m["msg_type"] == "execute_result"]
    assert results[0]["data"]["text/plain"] == \
        "'prompt() is not available: this front end does not allow input'"


# -- comms -----------------------------------------------------------------------------------------

def iopub_until(kc, predicate, timeout=30):
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=1)
        except Exception:
            continue
        seen.append(msg)
        if predicate(msg):
            return seen
    raise AssertionError(f"no matching iopub message; saw {[m['msg_type'] for m in seen]}")


def test_comm_open_from_the_front_end_reaches_a_js_target(kc):
    reply, _ = run(kc, """
        Jupyter.comm.registerTarget('echo', (comm, msg) => {
          console.log('opened with', msg.content.data.x);
          comm.onMsg(m => { console.log('got', m.content.data.n); comm.send({doubled: m.content.data.n * 2}) });
          comm.onClose(m => console.log('closed:', m.content.data.why));
          comm.send({ready: true});
        });
    """)
    assert reply["status"] == "ok"
    comm_id = uuid.uuid4().hex
    opening = kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "echo", "data": {"x": 7}})
    kc.shell_channel.send(opening)
    seen = iopub_until(kc, lambda m: m["msg_type"] == "comm_msg")
    streams = [m for m in seen if m["msg_type"] == "stream"]
    assert streams[0]["content"]["text"] == "opened with 7\n"
    assert streams[0]["parent_header"]["msg_id"] == opening["header"]["msg_id"]
    assert seen[-1]["content"] == {"comm_id": comm_id, "data": {"ready": True}}

    info = kc.comm_info(target_name="echo", reply=True, timeout=TIMEOUT)
    assert comm_id in info["content"]["comms"]

    message = kc.session.msg("comm_msg", {"comm_id": comm_id, "data": {"n": 21}})
    kc.shell_channel.send(message)
    seen = iopub_until(kc, lambda m: m["msg_type"] == "comm_msg")
    assert seen[-1]["content"] == {"comm_id": comm_id, "data": {"doubled": 42}}
    assert seen[-1]["parent_header"]["msg_id"] == message["header"]["msg_id"]

    closing = kc.session.msg("comm_close", {"comm_id": comm_id, "data": {"why": "done"}})
    kc.shell_channel.send(closing)
    seen = iopub_until(kc, lambda m: m["msg_type"] == "stream"
                       and m["parent_header"].get("msg_id") == closing["header"]["msg_id"])
    assert seen[-1]["content"]["text"] == "closed: done\n"
    info = kc.comm_info(target_name="echo", reply=True, timeout=TIMEOUT)
    assert comm_id not in info["content"]["comms"]


def test_comm_opened_from_js(kc):
    reply, outputs = run(kc, "const chan = Jupyter.comm.open('frontend.target', {hello: 1});"
                             "chan.send({n: 2}); chan.close(); chan.commId.length")
    assert reply["status"] == "ok"
    kinds = [t for t, _ in outputs]
    assert kinds == ["comm_open", "comm_msg", "comm_close", "execute_result"]
    opened = outputs[0][1]
    assert opened["target_name"] == "frontend.target" and opened["data"] == {"hello": 1}
    assert outputs[1][1] == {"comm_id": opened["comm_id"], "data": {"n": 2}}


def test_display_from_a_timer_goes_to_the_cell_that_set_it(kc):
    msg_id = kc.execute("setTimeout(() => display.html('<b>late</b>'), 100); 'set'")
    seen = iopub_until(kc, lambda m: m["msg_type"] == "display_data")
    late = seen[-1]
    assert late["content"]["data"] == {"text/html": "<b>late</b>"}
    assert late["parent_header"]["msg_id"] == msg_id


def test_is_complete_knows_cell_magics(kc):
    def status(code):
        msg_id = kc.is_complete(code)
        while True:
            reply = kc.get_shell_msg(timeout=TIMEOUT)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"]["status"]

    assert status("%%module m\nexport const a = 1") == "incomplete"
    assert status("%%module m\nexport const a = 1\n\n") == "complete"
    assert status("%time 1 + 1") == "complete"
    assert status("let a = {") == "incomplete"
