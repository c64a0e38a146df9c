"""The kernel's cell model, driven through jupyter_client: REPL-mode re-declaration,
top-level await, promise-valued cells, rollback of throwing declarations, interrupts
(SIGINT and interrupt_request) that keep earlier bindings, and output of work a cell
left behind arriving with that cell's parent header.

Expected JavaScript values are what node 20 prints for the same expressions; the
REPL rules (re-declaring const, no poisoned bindings) are the issue's.  One kernel per
module (the `km` fixture of test_kernel.py).
"""

from __future__ import annotations

import time

from test_kernel import TIMEOUT, km, kc, result_text, run, shell_reply, the_error  # noqa: F401


def wait_for_output(kc, msg_id, needle):
    """Wait until the cell `msg_id` printed `needle` (so JS is running now)."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        msg = kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream" and needle in msg["content"]["text"]:
            return
        assert msg["msg_type"] != "error", msg["content"]


def interrupt_request(kc):
    msg = kc.session.msg("interrupt_request", {})
    kc.control_channel.send(msg)
    deadline = time.monotonic() + TIMEOUT
    while True:
        reply = kc.get_control_msg(timeout=max(1, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
            assert reply["content"]["status"] == "ok"
            return


def test_const_can_be_redeclared(kc):
    assert run(kc, "const answer = 41;")[0]["status"] == "ok"
    reply, outputs = run(kc, "const answer = 42;\nanswer")
    assert reply["status"] == "ok"
    assert result_text(outputs) == "42"
    # every kind of declaration may replace every other
    run(kc, "let kinds = 1; var kindv = 2; function kindf() { return 3 } class kindc {}")
    reply, outputs = run(kc, "class kinds {}; const kindv = 'v'; let kindf = 'f'; "
                             "var kindc = 'c'; [typeof kinds, kindv, kindf, kindc]")
    assert result_text(outputs) == "[ 'function', 'v', 'f', 'c' ]"


def test_assignment_to_a_const_still_throws(kc):
    run(kc, "const fixed = 1;")
    reply, _ = run(kc, "fixed = 2")
    # node: TypeError: Assignment to constant variable.
    assert (reply["ename"], reply["evalue"]) == ("TypeError", "Assignment to constant variable.")


def test_throwing_initializer_leaves_no_poisoned_binding(kc):
    run(kc, "let settled = 'before';")
    reply, _ = run(kc, "let settled = JSON.parse('{bad');")
    assert reply["status"] == "error" and reply["ename"] == "SyntaxError"
    assert result_text(run(kc, "settled")[1]) == "'before'"
    reply, _ = run(kc, "const fresh = (() => { throw new Error('no') })();")
    assert reply["evalue"] == "no"
    reply, outputs = run(kc, "typeof fresh")
    assert result_text(outputs) == "'undefined'"
    assert result_text(run(kc, "const fresh = 'ok'; fresh")[1]) == "'ok'"


def test_top_level_await(kc):
    reply, outputs = run(kc, "const awaited = await new Promise(r => setTimeout(() => r(20), 30));\n"
                             "awaited + 1")
    assert reply["status"] == "ok"
    assert result_text(outputs) == "21"
    assert result_text(run(kc, "awaited")[1]) == "20"
    reply, outputs = run(kc, "for await (const x of [Promise.resolve('a'), 'b']) console.log(x)")
    assert outputs == [("stream", {"name": "stdout", "text": "a\nb\n"})]


def test_rejected_top_level_await_is_the_cells_error(kc):
    reply, outputs = run(kc, "const never = await Promise.reject(new RangeError('late'));")
    assert (reply["ename"], reply["evalue"]) == ("RangeError", "late")
    assert the_error(outputs)[0]["ename"] == "RangeError"
    assert result_text(run(kc, "typeof never")[1]) == "'undefined'"


def test_promise_valued_cell_is_awaited(kc):
    reply, outputs = run(kc, "Promise.resolve({ done: true })")
    assert result_text(outputs) == "{ done: true }"
    reply, outputs = run(kc, "new Promise(r => setTimeout(r, 20, 'timer'))")
    assert result_text(outputs) == "'timer'"
    reply, outputs = run(kc, "({ then(resolve) { resolve(7) } })")
    assert result_text(outputs) == "7"
    reply, outputs = run(kc, "Promise.reject(new TypeError('rejected'))")
    assert (reply["ename"], reply["evalue"]) == ("TypeError", "rejected")
    # the rejection was the cell's error, not an unhandled one
    assert not [c for t, c in outputs if t == "stream"]


def test_this_is_undefined_and_export_is_refused(kc):
    assert result_text(run(kc, "typeof this")[1]) == "'undefined'"
    reply, outputs = run(kc, "export const x = 1;")
    assert reply["ename"] == "SyntaxError"
    assert "%%module" in reply["evalue"]


def test_timer_output_goes_to_the_cell_that_scheduled_it(kc):
    first = kc.execute("setTimeout(() => console.log('late from first'), 300); 'scheduled'",
                       stop_on_error=False)
    assert shell_reply(kc, first)["content"]["status"] == "ok"
    second = kc.execute("'second cell'", stop_on_error=False)
    assert shell_reply(kc, second)["content"]["status"] == "ok"
    deadline = time.monotonic() + TIMEOUT
    while True:
        msg = kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        if msg["msg_type"] == "stream" and "late from first" in msg["content"]["text"]:
            break
    assert msg["parent_header"]["msg_id"] == first
    assert msg["content"]["name"] == "stdout"


def test_an_unrefd_timer_still_fires_between_cells(kc):
    # node's REPL runs unref'd timers too: the process stays alive for the prompt
    first = kc.execute("setTimeout(() => console.log('unref fired'), 100).unref(); 'armed'",
                       stop_on_error=False)
    assert shell_reply(kc, first)["content"]["status"] == "ok"
    deadline = time.monotonic() + TIMEOUT
    while True:
        msg = kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        if msg["msg_type"] == "stream" and "unref fired" in msg["content"]["text"]:
            break
    assert msg["parent_header"]["msg_id"] == first


def test_uncaught_error_in_a_timer_is_shown_in_its_cell(kc):
    first = kc.execute("setTimeout(() => { throw new Error('timer boom') }, 50); 1",
                       stop_on_error=False)
    assert shell_reply(kc, first)["content"]["status"] == "ok"
    deadline = time.monotonic() + TIMEOUT
    while True:
        msg = kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        if msg["msg_type"] == "stream" and "timer boom" in msg["content"]["text"]:
            break
    assert msg["parent_header"]["msg_id"] == first
    assert msg["content"]["name"] == "stderr"
    assert msg["content"]["text"].startswith("Uncaught Error: timer boom")
    assert result_text(run(kc, "'alive'")[1]) == "'alive'"


def _interrupt_loop(km, kc, how, code="console.log('looping'); while (true) {}"):
    run(kc, f"const kept_{how} = '{how}';")
    msg_id = kc.execute(code, stop_on_error=False)
    wait_for_output(kc, msg_id, "looping")
    started = time.monotonic()
    if how == "signal":
        km.interrupt_kernel()
    else:
        interrupt_request(kc)
    reply = shell_reply(kc, msg_id)
    # the issue asks for 100 ms (measured: ~10 ms); the bound is loose for a loaded machine
    assert time.monotonic() - started < 1.0
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert result_text(run(kc, f"kept_{how}")[1]) == f"'{how}'"
    return msg_id


def test_sigint_stops_an_infinite_loop_and_keeps_bindings(km, kc):
    _interrupt_loop(km, kc, "signal")


def test_interrupt_request_stops_an_infinite_loop_and_keeps_bindings(km, kc):
    _interrupt_loop(km, kc, "request")


def test_interrupt_cannot_be_caught_by_js(km, kc):
    code = ("try { console.log('looping'); while (true) {} }\n"
            "catch (e) { console.log('caught', e) }\n"
            "finally { console.log('finally ran') }")
    msg_id = kc.execute(code, stop_on_error=False)
    wait_for_output(kc, msg_id, "looping")
    km.interrupt_kernel()
    assert shell_reply(kc, msg_id)["content"]["ename"] == "KeyboardInterrupt"
    leaked = []
    while True:   # everything the cell printed after the interrupt
        try:
            msg = kc.get_iopub_msg(timeout=0.5)
        except Exception:
            break
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
            leaked.append(msg["content"]["text"])
    assert not any("caught" in t or "finally" in t for t in leaked), leaked


def test_interrupt_stops_a_stuck_await_and_cancels_its_timers(km, kc):
    code = ("setTimeout(() => console.log('cancelled timer ran'), 400);\n"
            "console.log('looping');\n"
            "const stuck = await new Promise(() => {});")
    msg_id = kc.execute(code, stop_on_error=False)
    wait_for_output(kc, msg_id, "looping")
    interrupt_request(kc)
    assert shell_reply(kc, msg_id)["content"]["ename"] == "KeyboardInterrupt"
    # the binding the cell was waiting to initialize is gone; the cell's timer too
    reply, outputs = run(kc, "await new Promise(r => setTimeout(r, 600)); typeof stuck")
    assert result_text(outputs) == "'undefined'"
    assert not [c for t, c in outputs if t == "stream"]


def test_interrupt_stops_a_long_regex(km, kc):
    run(kc, "const beforeRegex = 'kept';")
    msg_id = kc.execute("console.log('looping'); /^(a|a?)+$/.test('a'.repeat(40) + 'b')",
                        stop_on_error=False)
    wait_for_output(kc, msg_id, "looping")
    time.sleep(0.2)
    km.interrupt_kernel()
    assert shell_reply(kc, msg_id)["content"]["ename"] == "KeyboardInterrupt"
    assert result_text(run(kc, "beforeRegex")[1]) == "'kept'"


def test_sigint_while_idle_does_not_kill_the_kernel(km, kc):
    km.interrupt_kernel()
    time.sleep(0.3)
    assert km.is_alive()
    assert result_text(run(kc, "1 + 1")[1]) == "2"


def test_static_import_and_require_in_cells(kc, tmp_path):
    esm = tmp_path / "answer.mjs"
    esm.write_text("export const answer = 42;\nexport default 'the default';\n")
    cjs = tmp_path / "legacy.js"
    cjs.write_text("module.exports = { legacy: true };\n")
    reply, outputs = run(kc, f"import dflt, {{ answer }} from {str(esm)!r};\n"
                             f"import * as ns from {str(esm)!r};\n[dflt, answer, ns.answer]")
    assert reply["status"] == "ok", reply
    assert result_text(outputs) == "[ 'the default', 42, 42 ]"
    assert result_text(run(kc, "answer + 1")[1]) == "43"       # import bindings persist
    reply, outputs = run(kc, f"require({str(cjs)!r})")
    assert result_text(outputs) == "{ legacy: true }"
    reply, outputs = run(kc, f"import {{ missing }} from {str(esm)!r};")
    assert reply["ename"] == "SyntaxError"
    assert reply["evalue"] == (f"The requested module {str(esm)!r} does not provide an export "
                               "named 'missing'")


def test_sigint_while_idle_stops_a_looping_timer_only(km, kc):
    first = kc.execute("let ticks = 0;\nsetInterval(() => {\n  ticks++;\n"
                       "  if (ticks === 2) { console.log('spinning'); while (true) {} }\n}, 20);\n'armed'",
                       stop_on_error=False)
    assert shell_reply(kc, first)["content"]["status"] == "ok"
    wait_for_output(kc, first, "spinning")       # the cell has ended; its timer loops
    km.interrupt_kernel()
    deadline = time.monotonic() + TIMEOUT
    while True:
        msg = kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        if msg["msg_type"] == "stream" and "KeyboardInterrupt" in msg["content"]["text"]:
            break
    assert msg["parent_header"]["msg_id"] == first
    assert msg["content"]["name"] == "stderr"
    # the interval was cancelled with its cell's other pending work; bindings are kept
    assert result_text(run(kc, "await new Promise(r => setTimeout(r, 100)); ticks")[1]) == "2"


def test_a_cell_can_await_a_comm_message(kc):
    import uuid

    run(kc, "Jupyter.comm.registerTarget('waiter', comm => { globalThis.waiterComm = comm });")
    comm_id = uuid.uuid4().hex
    kc.shell_channel.send(kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "waiter",
                                                       "data": {}}))
    info = kc.comm_info(target_name="waiter", reply=True, timeout=TIMEOUT)
    assert comm_id in info["content"]["comms"]
    msg_id = kc.execute("console.log('waiting');\n"
                        "const fromFrontend = await new Promise(r => waiterComm.onMsg(m => r(m.content.data.v)));\n"
                        "fromFrontend * 2", stop_on_error=False)
    wait_for_output(kc, msg_id, "waiting")
    kc.shell_channel.send(kc.session.msg("comm_msg", {"comm_id": comm_id, "data": {"v": 21}}))
    assert shell_reply(kc, msg_id)["content"]["status"] == "ok"
    assert result_text(run(kc, "fromFrontend")[1]) == "21"


def test_unhandled_rejection_is_reported_in_its_cell(kc):
    reply, outputs = run(kc, "Promise.reject(new Error('nobody listens')); 'value'")
    assert reply["status"] == "ok"
    streams = [c for t, c in outputs if t == "stream"]
    assert streams and streams[0]["name"] == "stderr"
    assert streams[0]["text"].startswith("Uncaught (in promise) Error: nobody listens")
    assert result_text(outputs) == "'value'"
    # handled later in the same turn: nothing to report
    reply, outputs = run(kc, "const pr = Promise.reject(1); pr.catch(() => {}); 'quiet'")
    assert [t for t, _ in outputs] == ["execute_result"]
