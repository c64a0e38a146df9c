"""Robustness: running arbitrary valid programs must never surface an engine bug.

Every file of test262-parser-tests' `pass/` directory is compiled and run; it may throw
any JS error (most reference undeclared names) or hit a construct this slice does not
support yet (a SyntaxError from the compiler), but never an InternalError or a Python
exception.  Endless loops are cut by a short alarm.
"""

from __future__ import annotations

import os
import signal

import pytest

from support import npm_cache

from jskernel.engine import Engine, JSError


class _Timeout(BaseException):
    pass


def _alarm(signum, frame):
    raise _Timeout()


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs signal.setitimer")
def test_test262_parser_pass_files_never_hit_an_engine_bug(npm_package):
    pkg = npm_package(*npm_cache.TEST262_PARSER_TESTS)
    directory = os.path.join(pkg, "pass")
    old = signal.signal(signal.SIGALRM, _alarm)
    bugs = []
    ran = 0
    try:
        for name in sorted(os.listdir(directory)):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                source = f.read()
            engine = Engine(stdout=lambda s: None, stderr=lambda s: None)
            try:
                signal.setitimer(signal.ITIMER_REAL, 0.25)
                try:
                    engine.evaluate(source, filename=name, module=name.endswith(".module.js"))
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            except _Timeout:            # also when the alarm lands while it is being cancelled
                pass
            except JSError as e:
                if e.name == "InternalError":
                    bugs.append((name, e.message))
            except Exception as e:      # a raw Python exception through the facade
                bugs.append((name, f"{type(e).__name__}: {e}"))
            ran += 1
    finally:
        signal.signal(signal.SIGALRM, old)
    assert ran > 1900
    assert bugs == []
