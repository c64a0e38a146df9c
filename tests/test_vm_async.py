"""The promise job queue, async functions and async generators seen from Python:
draining after `evaluate`, `run_jobs`, `take_unhandled_rejections`, jobs that never
raise into Python, a queue that runs as a loop (no Python recursion per job), parked
async frames holding no Python stack, and node's `Promise { ... }` rendering.

Expected values come from node v20 (ordering, inspect text) or from the spec where
node 20 lacks the feature (Promise.withResolvers, ES2024)."""

from __future__ import annotations

import json
import os
import sys

import pytest

from jskernel.engine import Engine, JSError


def make(**kw):
    out = []
    return Engine(stdout=out.append, stderr=lambda s: None, **kw), out


@pytest.mark.parametrize("dispatch", ["hybrid", "table"])
def test_jobs_run_after_the_script(dispatch):
    e, out = make(dispatch=dispatch)
    e.evaluate("Promise.resolve(1).then(v => console.log('then', v)); console.log('sync')")
    assert "".join(out) == "sync\nthen 1\n"


def test_evaluate_returns_the_completion_value_before_jobs_run():
    e, out = make()
    v = e.evaluate("var x = 1; Promise.resolve().then(() => { x = 2; }); x")
    assert v == 1.0
    assert e.evaluate("x") == 2.0


def test_run_jobs_drains_what_run_left():
    e, out = make()
    code = e.compile("Promise.resolve().then(() => console.log('job'))")
    e.run(code)                      # the low-level run does not drain
    assert out == []
    e.run_jobs()
    assert "".join(out) == "job\n"
    e.run_jobs()                     # nothing left
    assert "".join(out) == "job\n"


def test_jobs_survive_an_uncaught_error_and_run_later():
    e, out = make()
    with pytest.raises(JSError):
        e.evaluate("Promise.resolve().then(() => console.log('queued')); throw new Error('x')")
    assert out == []
    e.run_jobs()
    assert "".join(out) == "queued\n"


def test_unhandled_rejections_are_recorded_not_raised():
    e, out = make()
    assert e.evaluate("var p = Promise.reject(new TypeError('nope')); 5") == 5.0
    rej = e.take_unhandled_rejections()
    assert len(rej) == 1
    promise, reason = rej[0]
    assert e.inspect(promise).startswith("Promise {\n  <rejected> TypeError: nope")
    assert reason.get("message") == "nope"
    assert e.take_unhandled_rejections() == []


def test_rejections_handled_before_the_drain_ends_are_not_reported():
    e, out = make()
    e.evaluate("""
        const a = Promise.reject(1);
        Promise.resolve().then(() => a.catch(() => {}));
        async function f() { throw 2; }
        f().catch(() => {});
        new Promise((_, rej) => rej(3)).then(null, () => {});
    """)
    assert e.take_unhandled_rejections() == []


def test_a_throwing_handler_becomes_a_rejection_not_a_python_exception():
    e, out = make()
    e.evaluate("Promise.resolve().then(() => { throw new RangeError('in job'); }); 'ok'")
    rej = e.take_unhandled_rejections()
    assert [r.get("name") for _, r in rej] == ["RangeError"]


def test_async_function_rejection_is_tracked():
    e, out = make()
    e.evaluate("(async () => { await null; null.x; })()")
    (_, reason), = e.take_unhandled_rejections()
    assert reason.get("message") == "Cannot read properties of null (reading 'x')"


def test_rejection_order_is_oldest_first():
    e, out = make()
    e.evaluate("Promise.reject('a'); Promise.resolve().then(() => Promise.reject('b')); Promise.reject('c')")
    assert [r for _, r in e.take_unhandled_rejections()] == ["a", "c", "b"]


def test_the_queue_is_a_loop_not_recursion():
    e, out = make()
    limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(len(_stack()) + 250)
        e.evaluate("""
            let p = Promise.resolve(0);
            for (let i = 0; i < 30000; i++) p = p.then(v => v + 1);
            p.then(v => console.log('chain', v));
            (async () => { let s = 0; for (let i = 0; i < 10000; i++) s += await i; console.log('awaits', s); })();
            async function* g() { for (let i = 0; i < 3000; i++) yield i; }
            (async () => { let n = 0; for await (const x of g()) n += x; console.log('for await', n); })();
        """)
    finally:
        sys.setrecursionlimit(limit)
    assert "".join(out) == "for await 4498500\nawaits 49995000\nchain 30000\n"   # node's order


def _stack():
    f, out = sys._getframe(), []
    while f is not None:
        out.append(f)
        f = f.f_back
    return out


def test_parked_async_frames_hold_no_python_stack():
    e, out = make()
    e.evaluate("""
        var resolvers = [];
        var gate = new Promise(r => resolvers.push(r));
        var done = 0;
        for (let i = 0; i < 2000; i++) (async () => { await gate; done++; })();
        var gens = [];
        for (let i = 0; i < 1000; i++) { const g = (async function* () { await gate; yield i; })(); g.next(); gens.push(g); }
    """)
    assert e.evaluate("done") == 0.0
    e.evaluate("resolvers[0]()")
    assert e.evaluate("done") == 2000.0


def test_inspect_promises_like_node():
    e, out = make()
    assert e.inspect(e.evaluate("Promise.resolve(1)")) == "Promise { 1 }"
    assert e.inspect(e.evaluate("new Promise(() => {})")) == "Promise { <pending> }"
    assert e.inspect(e.evaluate("var r = Promise.reject('x'); r.catch(() => {}); r")) == "Promise { <rejected> 'x' }"
    assert e.inspect(e.evaluate("Promise.resolve([1, { a: 'b' }])")) == "Promise { [ 1, { a: 'b' } ] }"
    assert e.inspect(e.evaluate("class P extends Promise {}; P.resolve(2)")) == "P [Promise] { 2 }"


def test_with_resolvers_follows_the_spec():
    # ES2024 (node 20 predates it): { promise, resolve, reject } from NewPromiseCapability(this)
    e, out = make()
    e.evaluate("""
        const r = Promise.withResolvers();
        console.log(Object.keys(r).join(), r.promise instanceof Promise, typeof r.resolve, typeof r.reject);
        r.promise.then(v => console.log('resolved', v));
        r.resolve(7); r.reject(8);
        class Sub extends Promise {}
        console.log(Sub.withResolvers().promise instanceof Sub, Promise.withResolvers.length);
    """)
    assert "".join(out) == "promise,resolve,reject true function function\ntrue 0\nresolved 7\n"


def test_await_outside_async_is_a_syntax_error():
    e, out = make()
    with pytest.raises(Exception):
        e.evaluate("function f() { await 1 }")
    e.evaluate("var await_ok = 1")       # `await` is an identifier in sloppy scripts
    assert e.evaluate("var await = 2; await") == 2.0


def test_engine_bug_in_a_job_is_reported_and_the_queue_continues(monkeypatch):
    errors = []
    out = []
    e = Engine(stdout=out.append, stderr=errors.append)
    e.evaluate("var then = 0")

    def boom(*a):
        raise ValueError("simulated bug")
    e.realm.jobs.enqueue(boom)
    e.evaluate("Promise.resolve().then(() => console.log('still running'))")
    assert "".join(out) == "still running\n"
    assert any("InternalError" in s and "simulated bug" in s for s in errors)


with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "async_ordering.json"),
          encoding="utf-8") as _f:
    ORDERING = json.load(_f)


@pytest.mark.parametrize("case", ORDERING, ids=lambda c: f"seed{c['seed']}")
def test_random_scheduling_matches_node(case):
    """Random mixes of then-chains, awaits, thenables, async generators and for await
    (tests/support/async_fuzz.py): the exact interleaving node printed."""
    e, out = make()
    e.evaluate(case["source"])
    assert "".join(out) == case["expected"]
