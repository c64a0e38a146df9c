"""The benchmark programs (benchmarks/programs/) cannot rot: each one runs through
jskernel at a tiny size and must print exactly what node printed for that size
(benchmarks/programs/tiny.expected, written by `python3 benchmarks/vm.py --regen-tiny`),
and its hand-written Python equivalent must print the same line.  No timings here."""

from __future__ import annotations

import importlib.util
import json
import os

import pytest

from jskernel.engine import Engine, JSError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benchmarks", "programs")
with open(os.path.join(PROGRAMS, "tiny.expected"), encoding="utf-8") as f:
    EXPECTED = json.load(f)
NAMES = sorted(n[:-3] for n in os.listdir(PROGRAMS) if n.endswith(".js"))


def _tiny_size(name):
    # tiny.expected lines read "NAME SIZE checksum...": the size node ran with
    return int(EXPECTED[name].split()[1])


def test_every_program_has_expected_output_and_python_twin():
    assert len(NAMES) >= 8
    for name in NAMES:
        assert name in EXPECTED, f"run python3 benchmarks/vm.py --regen-tiny ({name})"
        assert os.path.exists(os.path.join(PROGRAMS, name + ".py")), name


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("dispatch", ["hybrid", "table"])
def test_program_matches_node(name, dispatch):
    with open(os.path.join(PROGRAMS, name + ".js"), encoding="utf-8") as f:
        source = "var SIZE = %d;\n" % _tiny_size(name) + f.read()
    out: list[str] = []
    engine = Engine(stdout=out.append, stderr=lambda s: None, dispatch=dispatch)
    try:
        engine.evaluate(source, filename=name + ".js")
    except JSError as e:
        out.append(f"!!! uncaught {e.name}: {e.message}\n")
    assert "".join(out) == EXPECTED[name]


@pytest.mark.parametrize("name", NAMES)
def test_python_equivalent_matches_node(name):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", os.path.join(PROGRAMS, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(_tiny_size(name)) + "\n" == EXPECTED[name]
