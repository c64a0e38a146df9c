"""Run every tests/programs/AREA/NAME.js through the Engine and compare stdout with
AREA/NAME.expected, which node produced (tests/support/regen_expected.py).

One folder per feature area; a program's id is its path without the extension."""

from __future__ import annotations

import os
import time

import pytest

from jskernel.engine import Engine, JSError

PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
NAMES = sorted(
    os.path.relpath(os.path.join(d, n), PROGRAMS)[:-3].replace(os.sep, "/")
    for d, _, files in os.walk(PROGRAMS) for n in files
    if n.endswith(".js") and os.path.basename(d) != "fixtures")     # fixtures: modules programs import


# Programs run in a fixed time zone with DST (regen_expected.py gives node the same TZ).
PROGRAM_TZ = "America/New_York"


def run_program(name: str, **engine_options) -> str:
    saved_tz = os.environ.get("TZ")
    os.environ["TZ"] = PROGRAM_TZ          # the engine reads TZ at call time
    try:
        return _run_program(name, **engine_options)
    finally:
        if saved_tz is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved_tz


def _run_program(name: str, **engine_options) -> str:
    out: list[str] = []
    engine = Engine(stdout=out.append, stderr=lambda s: None, **engine_options)
    with open(os.path.join(PROGRAMS, name + ".js"), encoding="utf-8") as f:
        source = f.read()
    engine.on_uncaught = _stop_like_node
    try:
        if name.startswith("modules/"):        # ES modules (node: "type": "module" in that folder)
            engine.evaluate(source, filename=os.path.join(PROGRAMS, name + ".js"), module=True)
        else:
            engine.evaluate(source, filename=os.path.basename(name) + ".js")
        # then the event loop, as node runs it after the script (timers, immediates);
        # the deadline only keeps a broken program from hanging the suite
        engine.run_event_loop(deadline=time.monotonic() + LOOP_LIMIT)
    except JSError as e:
        out.append(f"!!! uncaught {e.name}: {e.message}\n")
    except _UncaughtInCallback:    # node prints it on stderr and exits: stdout ends here
        pass
    return "".join(out)


LOOP_LIMIT = 30.0     # seconds


class _UncaughtInCallback(BaseException):
    pass


def _stop_like_node(err):
    raise _UncaughtInCallback()


def test_corpus_size():
    assert len(NAMES) >= 40


@pytest.mark.parametrize("name", NAMES)
def test_program(name):
    with open(os.path.join(PROGRAMS, name + ".expected"), encoding="utf-8") as f:
        expected = f.read()
    assert run_program(name) == expected


@pytest.mark.parametrize("name", NAMES)
def test_program_table_dispatch(name):
    """The pure table dispatch gives the same output as the hybrid loop."""
    with open(os.path.join(PROGRAMS, name + ".expected"), encoding="utf-8") as f:
        expected = f.read()
    assert run_program(name, dispatch="table") == expected
