"""complete_request, inspect_request, history_request and `x?` cells through a real
kernel (jupyter_client), with the kernelspec installed into a temporary prefix.

Expected JavaScript values are node 20's.  A getter and a Proxy trap that set a flag
when they run prove that completion and inspection never run code in the kernel.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support import kernel_harness as harness
from test_kernel import result_text, run, shell_reply

ANSI = re.compile(r"\x1b\[[0-9;]*m")
TIMEOUT = 120


def start_kernel(prefix: Path, history: Path):
    return harness.start_kernel(prefix, env={"JSKERNEL_HISTORY": str(history)})


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    prefix = tmp_path_factory.mktemp("prefix")
    history = tmp_path_factory.mktemp("history") / "history.sqlite"
    manager, client = start_kernel(prefix, history)
    yield prefix, history, client
    harness.stop_kernel(manager, client)


@pytest.fixture(scope="module")
def kc(setup):
    client = setup[2]
    reply, _ = run(client, """
        var ran = [];
        const cfg = { good: 2, get bad() { ran.push('getter'); return { deep: 1 }; } };
        const spy = new Proxy({ inner: 1 }, { get(t, k) { ran.push('get ' + String(k)); return t[k]; },
                                              ownKeys(t) { ran.push('ownKeys'); return Reflect.ownKeys(t); } });
        /** Greets someone. */
        function greet(name, punctuation = '!') { return 'hi ' + name + punctuation; }
    """)
    assert reply["status"] == "ok"
    return client


def complete(kc, code, cursor=None):
    msg_id = kc.complete(code, len(code) if cursor is None else cursor)
    return shell_reply(kc, msg_id)["content"]


def inspect(kc, code, cursor=None, detail=0):
    msg_id = kc.inspect(code, len(code) if cursor is None else cursor, detail_level=detail)
    return shell_reply(kc, msg_id)["content"]


def history(kc, **args):
    msg_id = kc.history(**args)
    return shell_reply(kc, msg_id)["content"]


def nothing_ran(kc):
    # node: [] (an empty array) -- no getter and no trap has run
    assert result_text(run(kc, "ran")[1]) == "[]"


def test_complete_properties_without_running_getters(kc):
    reply = complete(kc, "cfg.")
    assert reply["status"] == "ok"
    assert reply["matches"][:2] == ["bad", "good"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (4, 4)
    assert complete(kc, "cfg.bad.")["matches"] == []
    assert complete(kc, "spy.")["matches"] == []
    assert complete(kc, "spy.inner.")["matches"] == []
    nothing_ran(kc)


def test_complete_types_metadata(kc):
    reply = complete(kc, "gre")
    assert reply["matches"] == ["greet"]
    assert reply["metadata"]["_jupyter_types_experimental"] == [
        {"start": 0, "end": 3, "text": "greet", "type": "function"}]
    types = {e["text"]: e["type"] for e in complete(kc, "cfg.")["metadata"]["_jupyter_types_experimental"]}
    assert types["good"] == "property" and types["hasOwnProperty"] == "function"


def test_complete_bindings_of_earlier_cells_and_keywords(kc):
    run(kc, "let laterBinding = 1;")
    assert complete(kc, "laterB")["matches"] == ["laterBinding"]
    assert complete(kc, "whi")["matches"] == ["while"]
    assert "%time" in complete(kc, "%ti")["matches"]


def test_complete_positions_are_code_points(kc):
    code = "'😀😀'; cfg.go"
    reply = complete(kc, code)
    assert reply["matches"] == ["good"]
    assert code[reply["cursor_start"]:reply["cursor_end"]] == "go"


def test_inspect_function_and_value_without_side_effects(kc):
    reply = inspect(kc, "greet")
    assert reply["status"] == "ok" and reply["found"] is True
    text = ANSI.sub("", reply["data"]["text/plain"])
    assert "Signature: function greet(name, punctuation = '!')" in text
    assert "Greets someone." in text
    reply = inspect(kc, "cfg")
    text = ANSI.sub("", reply["data"]["text/plain"])
    # node: util.inspect(cfg) -> { good: 2, bad: [Getter] }
    assert "{ good: 2, bad: [Getter] }" in text
    assert inspect(kc, "cfg.bad")["found"] is True
    assert inspect(kc, "spy")["found"] is True
    nothing_ran(kc)
    assert inspect(kc, "noSuchName")["found"] is False


def test_inspect_detail_1_shows_source(kc):
    text = ANSI.sub("", inspect(kc, "greet(", detail=1)["data"]["text/plain"])
    assert "function greet(name, punctuation = '!') { return 'hi ' + name + punctuation; }" in text


def test_question_mark_cells_page(kc):
    reply, outputs = run(kc, "greet?")
    assert reply["status"] == "ok"
    assert outputs == []
    (page,) = reply["payload"]
    assert page["source"] == "page"
    assert "Greets someone." in ANSI.sub("", page["data"]["text/plain"])
    reply, _ = run(kc, "greet??")
    assert "return 'hi '" in ANSI.sub("", reply["payload"][0]["data"]["text/plain"])
    msg_id = kc.is_complete("greet?")
    assert shell_reply(kc, msg_id)["content"]["status"] == "complete"
    nothing_ran(kc)


def test_history_tail_range_search(kc):
    codes = ["1 + 41", "'x'.repeat(3)", "[1, 2].length"]
    for code in codes:
        run(kc, code)
    tail = history(kc, hist_access_type="tail", n=3, output=False, raw=True)["history"]
    assert [h[2] for h in tail] == codes
    session, first = tail[0][0], tail[0][1]
    with_output = history(kc, hist_access_type="tail", n=3, output=True, raw=True)["history"]
    # node: 1 + 41 -> 42, 'x'.repeat(3) -> 'xxx', [1, 2].length -> 2
    assert [h[2] for h in with_output] == [[codes[0], "42"], [codes[1], "'xxx'"], [codes[2], "2"]]
    assert [h[1] for h in tail] == [first, first + 1, first + 2]       # execution counts
    rng = history(kc, hist_access_type="range", session=session, start=first + 1, stop=first + 3,
                  output=False, raw=True)["history"]
    assert rng == [[session, first + 1, codes[1]], [session, first + 2, codes[2]]]
    rng0 = history(kc, hist_access_type="range", session=0, start=first, stop=first + 1,
                   output=False, raw=True)["history"]
    assert rng0 == [[session, first, codes[0]]]
    found = history(kc, hist_access_type="search", pattern="'x'*", output=False, raw=True)["history"]
    assert [h[2] for h in found] == ["'x'.repeat(3)"]
    run(kc, "1 + 41")
    found = history(kc, hist_access_type="search", pattern="1 + 4?", unique=True, output=False,
                    raw=True)["history"]
    assert [h[2] for h in found] == ["1 + 41"]
    assert len(history(kc, hist_access_type="search", pattern="1 + 4?", output=False, raw=True)["history"]) == 2
    silent = kc.execute("'not stored'", silent=True)
    shell_reply(kc, silent)
    assert history(kc, hist_access_type="search", pattern="*not stored*", output=False, raw=True)["history"] == []


def test_history_persists_into_the_next_session(setup, kc):
    prefix, path, _ = setup
    run(kc, "'from the first kernel'")
    manager, client = start_kernel(prefix, path)
    try:
        tail = history(client, hist_access_type="tail", n=1, output=False, raw=True)["history"]
        assert tail[0][2] == "'from the first kernel'"
        previous = history(client, hist_access_type="range", session=-1, start=1, stop=None,
                           output=False, raw=True)["history"]
        assert previous[-1][2] == "'from the first kernel'"
        run(client, "'second'")
        now = history(client, hist_access_type="range", session=0, start=1, stop=None,
                      output=False, raw=True)["history"]
        assert [h[2] for h in now] == ["'second'"] and now[0][0] == previous[-1][0] + 1
    finally:
        harness.stop_kernel(manager, client)


def test_history_magic_in_the_kernel(kc):
    run(kc, "'remember me'")
    reply, outputs = run(kc, "%history -l 2")
    assert reply["status"] == "ok"
    text = "".join(c["text"] for t, c in outputs if t == "stream")
    assert text == "'remember me'\n%history -l 2\n"
    assert "%history" in complete(kc, "%hist")["matches"]
