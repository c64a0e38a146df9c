"""The event loop's Python API (engine/host/event_loop.py through the Engine facade):
run_event_loop, run_ready, next_timer_delay, has_pending_tasks, origins and
cancel_origin, uncaught errors and unhandled rejections through `on_uncaught`, and the
exit status / stderr of `jskernel run` compared with node's.

JS ordering itself is checked against node by the programs in tests/programs/host-timers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jskernel.engine import Engine, JSError

REPO = Path(__file__).resolve().parents[1]


def make(**kw):
    out, err = [], []
    e = Engine(stdout=out.append, stderr=err.append, **kw)
    e.out, e.err = out, err
    return e


def lines(e):
    return "".join(e.out).splitlines()


# -- run_event_loop / run_ready / next_timer_delay -------------------------------------------

def test_evaluate_does_not_run_timers_run_event_loop_does():
    e = make()
    e.evaluate("setTimeout(() => console.log('t'), 1); setImmediate(() => console.log('i')); 0")
    assert lines(e) == []
    assert e.has_pending_tasks()
    e.run_event_loop()
    assert lines(e) == ["i", "t"] or lines(e) == ["t", "i"]
    assert not e.has_pending_tasks()
    assert e.next_timer_delay() is None


def test_run_event_loop_runs_microtasks_first():
    e = make()
    e.evaluate("setImmediate(() => console.log('immediate'))")
    e.realm.jobs.enqueue(lambda: e.write("stdout", "job\n"))
    e.run_event_loop()
    assert lines(e) == ["job", "immediate"]


def test_run_event_loop_deadline():
    e = make()
    e.evaluate("let n = 0; setInterval(() => n++, 1)")
    time.sleep(0.01)                            # the interval is due
    t0 = time.monotonic()
    e.run_event_loop(deadline=t0 + 0.5)
    assert time.monotonic() - t0 < 5          # it returned (the interval never ends)
    assert e.evaluate("n") >= 1.0
    assert e.has_pending_tasks()
    e.evaluate("clearInterval(1)")            # not a known id: nothing happens
    assert e.has_pending_tasks()


def test_run_ready_is_one_non_blocking_turn():
    e = make()
    e.evaluate("setTimeout(() => console.log('later'), 5000);"
               "setTimeout(() => console.log('soon'), 1);"
               "setImmediate(() => { console.log('imm'); setImmediate(() => console.log('imm2')) })")
    time.sleep(0.01)
    t0 = time.monotonic()
    e.run_ready()
    assert time.monotonic() - t0 < 4.0       # did not wait for the 5 s timer
    assert lines(e) == ["soon", "imm"]         # imm2 was queued during the check phase
    e.run_ready()
    assert lines(e) == ["soon", "imm", "imm2"]
    delay = e.next_timer_delay()
    assert delay is not None and 0.0 < delay <= 5.0
    assert e.has_pending_tasks()


def test_next_timer_delay_values():
    e = make()
    assert e.next_timer_delay() is None
    e.evaluate("globalThis.t = setTimeout(() => {}, 10000)")
    d = e.next_timer_delay()
    assert 5.0 < d <= 10.001
    e.evaluate("t.unref()")
    assert e.next_timer_delay() is None                   # only ref'd timers count ...
    assert 0.0 < e.next_timer_delay(include_unref=True) <= 10.001   # ... unless asked
    assert not e.has_pending_tasks()
    assert e.has_pending_tasks(include_unref=True)
    e.evaluate("globalThis.i = setImmediate(() => {})")
    assert e.next_timer_delay() == 0.0
    e.evaluate("clearImmediate(i); clearTimeout(t)")
    assert e.next_timer_delay(include_unref=True) is None
    e.evaluate("Promise.reject(1)")                       # a rejection to report: run now
    assert e.next_timer_delay() == 0.0


def test_unref_timer_does_not_keep_the_loop_alive():
    e = make()
    e.evaluate("setTimeout(() => console.log('never'), 5000).unref()")
    t0 = time.monotonic()
    e.run_event_loop()
    assert time.monotonic() - t0 < 2
    assert lines(e) == []


def test_loop_is_reusable_and_not_reentrant():
    e = make()
    e.evaluate("setTimeout(() => console.log(1), 1)")
    e.run_event_loop()
    e.evaluate("setTimeout(() => console.log(2), 1)")
    e.run_event_loop()
    assert lines(e) == ["1", "2"]


# -- origins -----------------------------------------------------------------------------------

def test_callbacks_run_with_the_origin_that_scheduled_them():
    e = make()
    seen = []

    def record(this, args):
        seen.append((args[0], e.current_origin))

    e.define_global("record", record)
    e.current_origin = "cell1"
    e.evaluate("setTimeout(() => { record('t1'); setTimeout(() => record('nested'), 1);"
               "  Promise.resolve().then(() => record('job in t1')) }, 1);"
               "setImmediate(() => record('imm1'));"
               "Promise.resolve().then(() => record('job1'))")
    e.current_origin = "cell2"
    e.evaluate("setTimeout(() => record('t2'), 1); queueMicrotask(() => record('micro2'))")
    e.current_origin = None
    e.run_event_loop()
    got = dict(seen)
    assert got == {"job1": "cell1", "micro2": "cell2", "imm1": "cell1", "t1": "cell1",
                   "job in t1": "cell1", "nested": "cell1", "t2": "cell2"}
    assert e.current_origin is None            # restored after every callback


def test_cancel_origin_drops_timers_immediates_and_jobs():
    e = make()
    e.current_origin = "a"
    e.evaluate("setTimeout(() => console.log('a timer'), 1);"
               "setInterval(() => console.log('a interval'), 1);"
               "setImmediate(() => console.log('a immediate'))")
    e.current_origin = "b"
    e.evaluate("setTimeout(() => console.log('b timer'), 1)")
    e.realm.jobs.enqueue(lambda: e.write("stdout", "b job\n"))
    e.current_origin = "a"
    e.realm.jobs.enqueue(lambda: e.write("stdout", "a job\n"))
    e.current_origin = None
    e.cancel_origin("a")
    e.run_event_loop()
    assert lines(e) == ["b job", "b timer"]
    assert not e.has_pending_tasks(include_unref=True)


def test_cancel_origin_drops_unreported_rejections():
    e = make()
    reported = []
    e.on_uncaught = reported.append
    e.current_origin = 7
    e.evaluate("Promise.reject(new Error('x'))")
    e.current_origin = None
    e.cancel_origin(7)
    e.run_ready()
    assert reported == []


# -- uncaught errors and unhandled rejections ----------------------------------------------------

def test_uncaught_error_in_timer_goes_to_on_uncaught_with_its_origin():
    e = make()
    got = []
    e.on_uncaught = lambda err: got.append((err, e.current_origin))
    e.current_origin = "c1"
    e.evaluate("setTimeout(function boom() { null.x }, 1);"
               "setTimeout(() => console.log('next timer still runs'), 1)")
    e.current_origin = None
    e.run_event_loop()
    (err, origin), = got
    assert origin == "c1"
    assert err.name == "TypeError"
    assert err.message == "Cannot read properties of null (reading 'x')"
    assert err.in_promise is False
    assert "at Timeout.boom" in err.stack or "at boom" in err.stack
    assert lines(e) == ["next timer still runs"]
    assert e.evaluate("1 + 1") == 2.0          # the engine is fine afterwards


def test_throwing_non_error_and_queue_microtask():
    e = make()
    got = []
    e.on_uncaught = got.append
    e.evaluate("setImmediate(() => { throw 'str' }); queueMicrotask(() => { throw new RangeError('m') })")
    e.run_event_loop()
    assert [(x.name, x.message) for x in got] == [("RangeError", "m"), ("Uncaught", "'str'")]


def test_unhandled_rejection_reported_once_with_in_promise():
    e = make()
    got = []
    e.on_uncaught = lambda err: got.append((err, e.current_origin))
    e.current_origin = "cell"
    e.evaluate("async function f() { throw new TypeError('bad') } f();"
               "const late = Promise.reject(new Error('handled later in the same turn'));"
               "Promise.resolve().then(() => late.catch(() => {}))")
    e.current_origin = None
    e.run_ready()
    e.run_ready()
    (err, origin), = got
    assert (err.name, err.message, err.in_promise, origin) == ("TypeError", "bad", True, "cell")
    assert err.stack.startswith("TypeError: bad\n    at f (")


def test_rejection_handled_in_a_later_turn_is_reported():
    e = make()
    got = []
    e.on_uncaught = got.append
    e.evaluate("const p = Promise.reject(42); setTimeout(() => p.catch(() => {}), 1)")
    e.run_event_loop()
    assert [(x.name, x.message, x.in_promise) for x in got] == [("Uncaught", "42", True)]


def test_without_a_hook_errors_go_to_stderr():
    e = make()
    e.evaluate("setTimeout(() => { throw new Error('in timer') }, 1); Promise.reject('r')")
    e.run_event_loop()
    err = "".join(e.err)
    assert "Uncaught (in promise) 'r'" in err
    assert "Uncaught Error: in timer" in err


def test_hook_exception_stops_the_loop_and_leaves_it_usable():
    class Stop(BaseException):
        pass

    def hook(err):
        raise Stop()

    e = make()
    e.on_uncaught = hook
    e.evaluate("setTimeout(() => { throw new Error('x') }, 1); setTimeout(() => console.log('after'), 1)")
    with pytest.raises(Stop):
        e.run_event_loop()
    assert lines(e) == []
    e.on_uncaught = None
    e.run_event_loop()                          # the rest is still scheduled
    assert lines(e) == ["after"]


def test_timeout_overflow_warning_on_stderr():
    e = make()
    e.evaluate("setTimeout(() => {}, 2 ** 31)")
    text = "".join(e.err)
    assert "TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer." in text
    assert "Timeout duration was set to 1." in text


def test_invalid_callback_is_a_catchable_type_error():
    e = make()
    with pytest.raises(JSError) as info:
        e.evaluate("setTimeout('code')")
    assert info.value.name == "TypeError"
    assert info.value.message == ('The "callback" argument must be of type function. '
                                  "Received type string ('code')")
    assert info.value.stack.startswith("TypeError [ERR_INVALID_ARG_TYPE]: The \"callback\"")


def test_keyboard_interrupt_in_a_timer_leaves_the_loop_consistent():
    e = make()
    calls = []

    def interrupt(this, args):
        calls.append(1)
        if len(calls) == 1:
            raise KeyboardInterrupt
        from jskernel.engine.runtime.values import UNDEFINED
        return UNDEFINED

    e.define_global("interrupt", interrupt)
    e.evaluate("setTimeout(() => interrupt(), 1); setTimeout(() => console.log('second'), 1)")
    with pytest.raises(KeyboardInterrupt):
        e.run_event_loop()
    e.run_event_loop()
    assert lines(e) == ["second"]
    assert e.evaluate("'ok'") == "ok"


# -- jskernel run vs node ---------------------------------------------------------------------

CASES = {
    "timer_throws.js": "console.log('a');\nsetTimeout(function foo() { null.x }, 2);\n"
                       "setTimeout(() => console.log('never'), 50);\n",
    "reject_error.js": "Promise.reject(new TypeError('bad'));\nsetTimeout(() => console.log('never'), 5);\n",
    "reject_string.js": "Promise.reject('x');\n",
    "reject_map.js": "setTimeout(() => Promise.reject(new Map()), 1);\n",
    "async_throw.js": "async function f() { await null; throw new RangeError('r') }\nf();\n",
    "clean.js": "const p = Promise.reject(1); p.catch(() => console.log('caught'));\n"
                "let n = 0;\n"
                "const iv = setInterval(() => { if (++n === 3) { clearInterval(iv); console.log('n =', n) } }, 1);\n",
}


def _jskernel(path, cwd):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "jskernel", "run", path], cwd=cwd,
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("loop_run")
    for name, src in CASES.items():
        (d / name).write_text(src)
    return d


_RUNS: dict = {}


def ours_run(run_dir, name):
    """`jskernel run name` (once per module run)."""
    key = (str(run_dir), name)
    if key not in _RUNS:
        _RUNS[key] = _jskernel(name, run_dir)
    return _RUNS[key]


@pytest.mark.parametrize("name", sorted(CASES))
def test_jskernel_run_exit_code_and_stdout_match_node(run_dir, name):
    node = subprocess.run(["node", name], cwd=run_dir, capture_output=True, text=True, timeout=60)
    ours = ours_run(run_dir, name)
    assert ours.returncode == node.returncode
    assert ours.stdout == node.stdout
    assert "Traceback" not in ours.stderr
    if node.returncode:
        # node's text after its source excerpt: the error's first line (or the
        # UnhandledPromiseRejection message) appears in ours too
        first = next(l for l in node.stderr.splitlines()
                     if l.startswith(("TypeError", "RangeError", "UnhandledPromiseRejection")))
        first = first.replace("UnhandledPromiseRejection: ", "[UnhandledPromiseRejection: ")
        assert first in ours.stderr


def test_jskernel_run_unhandled_rejection_text(run_dir):
    ours = ours_run(run_dir, "reject_string.js")
    assert ours.stderr == (
        "[UnhandledPromiseRejection: This error originated either by throwing inside of an async "
        "function without a catch block, or by rejecting a promise which was not handled with "
        ".catch(). The promise rejected with the reason \"x\".] {\n"
        "  code: 'ERR_UNHANDLED_REJECTION'\n}\n")
    ours = ours_run(run_dir, "reject_map.js")
    assert 'rejected with the reason "#<Map>".' in ours.stderr


def test_jskernel_run_timer_error_points_at_the_source(run_dir):
    ours = ours_run(run_dir, "timer_throws.js")
    err = ours.stderr.splitlines()
    assert err[0].endswith("timer_throws.js:2")
    assert err[1] == "setTimeout(function foo() { null.x }, 2);"
    assert err[2].strip() == "^"
    assert "TypeError: Cannot read properties of null (reading 'x')" in err
