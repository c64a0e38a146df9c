"""The test262 host: `print`, `$262` and running one test file in one mode.

Owns the host-defined parts of INTERPRETING.md for jskernel: the `print` function
(captured, used by doneprintHandle.js for async tests), the `$262` object
(global, evalScript, createRealm, detachArrayBuffer, gc, agent, ...), draining the
engine's job queue after the script, and `run_test()` which turns one (file, mode)
into an outcome ("pass" | "fail", detail text).  Everything goes through the Engine
facade (`Engine.define_global`, `compile`, `run`); `$262.evalScript` additionally
runs a compiled script with `engine.vm.run_code` so that a throw propagates to the
calling JS code instead of resetting the engine.  Process isolation and timeouts are
the pool's job (pool.py); discovery and baselines are run.py's.
"""

from __future__ import annotations

import os
from pathlib import Path

from jskernel.engine import Engine, JSError, JSSyntaxError
from jskernel.engine.runtime.modules import run_module_code

from .metadata import Metadata
from .module_loader import Test262Loader

# The JS half of $262, run once per test after the natives are installed.  The natives
# carry reserved-looking names and are deleted again so tests see a clean global.
_PRELUDE = r"""
var $262 = (function (g, evalScript, createRealm, detach, gc) {
  var agent = {
    start: function () { throw new TypeError("$262.agent is not supported by this host"); },
    broadcast: function () { throw new TypeError("$262.agent is not supported by this host"); },
    getReport: function () { return null; },
    sleep: function () {},
    monotonicNow: function () { return 0; },
    receiveBroadcast: function () {}, report: function () {}, leaving: function () {}
  };
  return {
    global: g,
    evalScript: function evalScript_(src) { return evalScript(String(src)); },
    createRealm: createRealm,
    detachArrayBuffer: detach,
    gc: gc,
    agent: agent
  };
})(globalThis, __t262_evalScript, __t262_createRealm, __t262_detachArrayBuffer, __t262_gc);
delete globalThis.__t262_evalScript;
delete globalThis.__t262_createRealm;
delete globalThis.__t262_detachArrayBuffer;
delete globalThis.__t262_gc;
"""

UNDEFINED = None   # set lazily (the engine's undefined value)

# Engine methods that run pending promise jobs, tried in order (the job queue is being
# built by another area; whichever name it lands under is used).
_DRAIN_NAMES = ("run_jobs", "drain_jobs", "run_microtasks", "run_pending_jobs", "run_until_idle")


def _undefined():
    global UNDEFINED
    if UNDEFINED is None:
        from jskernel.engine.runtime.values import UNDEFINED as U
        UNDEFINED = U
    return UNDEFINED


def drain_jobs(engine) -> None:
    for name in _DRAIN_NAMES:
        fn = getattr(engine, name, None)
        if callable(fn):
            fn()
            return


def install_host(engine: Engine, printed: list[str], realm=None):
    """Define `print` and `$262` in `engine`'s realm (or in `realm`, a realm made by
    `$262.createRealm()`); `print` appends to `printed`.  Returns that realm's `$262`."""
    from jskernel.engine.runtime.objects import ThrowCompletion
    undef = _undefined()
    realm = realm or engine.realm

    def js_print(this, args):
        v = args[0] if args else undef
        printed.append(v if isinstance(v, str) else engine.inspect(v))
        return undef

    def eval_script(this, args):
        src = args[0] if args else ""
        try:
            code = engine.compile(src, filename="evalScript")
        except JSSyntaxError as e:
            raise ThrowCompletion(realm.new_error("SyntaxError", e.message)) from None
        return realm.vm.run_code(code, realm.global_object)

    def create_realm(this, args):
        return install_host(engine, printed, engine.create_realm())

    def detach_array_buffer(this, args):
        detach = getattr(engine, "detach_array_buffer", None)
        if detach is None:
            raise JSError("TypeError", "$262.detachArrayBuffer is not supported by this host")
        detach(args[0] if args else undef)
        return undef

    def gc(this, args):
        collect = getattr(engine, "collect_garbage", None)
        if collect is not None:
            collect()
        return undef

    engine.define_global("print", js_print, 1, realm=realm)
    engine.define_global("__t262_evalScript", eval_script, 1, realm=realm)
    engine.define_global("__t262_createRealm", create_realm, 0, realm=realm)
    engine.define_global("__t262_detachArrayBuffer", detach_array_buffer, 1, realm=realm)
    engine.define_global("__t262_gc", gc, 0, realm=realm)
    if realm is engine.realm:
        engine.evaluate(_PRELUDE, filename="$262")
    else:
        realm.vm.run_code(engine.compile(_PRELUDE, filename="$262"), realm.global_object)
    return realm.global_object.get("$262")


def describe_error(engine: Engine, err: JSError) -> tuple[str, str]:
    """(constructor name, message) of an uncaught JS exception, e.g. ("Test262Error", "...")."""
    if isinstance(err, JSSyntaxError):
        return "SyntaxError", err.message
    v = err.value
    if v is None or err.name != "Uncaught":
        return err.name, err.message
    try:       # a thrown non-Error object: Test262Error instances, plain values
        ctor = v.get("constructor") if hasattr(v, "get") else None
        name = ctor.get("name") if ctor is not None and hasattr(ctor, "get") else None
        msg = v.get("message") if hasattr(v, "get") else None
        if isinstance(name, str) and name:
            return name, msg if isinstance(msg, str) else ""
    except Exception:   # noqa: BLE001 -- a throwing getter: fall back to the text
        pass
    return "Uncaught", err.message


_file_cache: dict[str, str] = {}


def read_text(path: str) -> str:
    text = _file_cache.get(path)
    if text is None:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        _file_cache[path] = text       # only harness files are read through here
    return text


def harness_files(md: Metadata) -> list[str]:
    if "raw" in md.flags:
        return []
    names = ["assert.js", "sta.js"]
    if md.is_async:
        names.append("doneprintHandle.js")
    for inc in md.includes:
        if inc not in names:
            names.append(inc)
    return names


def run_test(root: str, relpath: str, mode: str, md: Metadata, source: str) -> tuple[str, str]:
    """Run test `relpath` (relative to root/test) in `mode` ('sloppy' | 'strict' | 'module').

    Returns ("pass", "") or ("fail", "<ErrorName>: <message>" / an explanation)."""
    printed: list[str] = []
    test_path = os.path.join(root, "test", relpath)
    engine = Engine(stdout=printed.append, stderr=lambda s: None, loader=Test262Loader(test_path))
    try:
        install_host(engine, printed)
        for name in harness_files(md):
            engine.evaluate(read_text(os.path.join(root, "harness", name)), filename=name)
    except JSError as e:
        return "fail", f"harness: {e.name}: {e.message}"
    if mode == "strict":
        source = '"use strict";\n' + source
    neg_phase, neg_type = md.negative_phase, md.negative_type
    url = Path(test_path).as_uri()
    try:     # module code is named by its URL (import.meta.url, referrer of its imports)
        code = engine.compile(source, filename=url if mode == "module" else test_path, module=(mode == "module"))
    except JSSyntaxError as e:
        if neg_phase in ("parse", "resolution") and neg_type == "SyntaxError":
            return "pass", ""
        return "fail", f"SyntaxError: {e.message}"
    except JSError as e:
        return "fail", f"{e.name}: {e.message}"
    if neg_phase == "parse":
        return "fail", f"expected a parse-phase {neg_type}, but the test compiled"
    try:
        if mode == "module":     # load, link (resolution-phase errors), evaluate
            run_module_code(engine, code, url)
        else:
            engine.run(code)
        drain_jobs(engine)
    except JSError as e:
        name, msg = describe_error(engine, e)
        if neg_phase in ("runtime", "resolution") and name == neg_type:
            return "pass", ""
        return "fail", f"{name}: {msg}"
    if neg_phase is not None:
        return "fail", f"expected a {neg_phase}-phase {neg_type}, but the test completed"
    if md.is_async:
        for line in printed:
            if line.startswith("Test262:AsyncTestComplete"):
                return "pass", ""
            if line.startswith("Test262:AsyncTestFailure:"):
                return "fail", "async: " + line[len("Test262:AsyncTestFailure:"):].strip()
        return "fail", "async: $DONE was not called"
    return "pass", ""
