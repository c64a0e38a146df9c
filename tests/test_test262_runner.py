"""Smoke test of the test262 runner (tests/test262/): its mechanics, not the engine's score.

Owns: front-matter parsing, the strict/sloppy double run, raw/onlyStrict/noStrict,
negative parse/runtime tests, async tests through $DONE and print, includes,
$262.evalScript, feature exclusion, the per-test timeout, and the baseline logic (newly
failing -> exit 1, newly passing reported, --update-baseline keeps entries of files
that were not run).  These run on tests/test262/fixtures/ (tiny tests in test262's
format written for this runner, with a minimal stand-in harness), because no package
registry ships test262 itself.  The expected outcome of each fixture follows from the
language and INTERPRETING.md, not from the runner's output.

The real suite is a separate, long command (`python3 -m tests.test262.run`, see
tests/test262/README.md): it needs a test262 checkout, which CI cannot fetch.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PKG = REPO / "tests" / "test262"
FIXTURES = PKG / "fixtures"
FIXTURE_BASELINE = FIXTURES / "known_failures.txt"

sys.path.insert(0, str(REPO))
from tests.test262.metadata import parse_metadata  # noqa: E402


def run_runner(*args, timeout=120):
    proc = subprocess.run([sys.executable, "-m", "tests.test262.run", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)
    return proc.returncode, proc.stdout, proc.stderr


# -- front matter --------------------------------------------------------------------------------
def test_metadata_flow_and_block_lists():
    md = parse_metadata("""// Copyright
/*---
description: >
  folded text with a colon: inside
includes: [a.js, b.js]
flags: [async, onlyStrict]
features:
  - class
  - Symbol.iterator
negative:
  phase: parse
  type: SyntaxError
---*/
body();""")
    assert md.ok
    assert md.includes == ["a.js", "b.js"]
    assert md.flags == {"async", "onlyStrict"}
    assert md.features == ["class", "Symbol.iterator"]
    assert (md.negative_phase, md.negative_type) == ("parse", "SyntaxError")
    assert md.modes() == ["strict"]
    assert md.is_async


@pytest.mark.parametrize("flags, modes", [
    ("", ["sloppy", "strict"]),
    ("flags: [noStrict]", ["sloppy"]),
    ("flags: [onlyStrict]", ["strict"]),
    ("flags: [raw]", ["sloppy"]),
    ("flags: [module]", ["module"]),
])
def test_modes_follow_interpreting_md(flags, modes):
    assert parse_metadata(f"/*---\ndescription: x\n{flags}\n---*/").modes() == modes


def test_missing_front_matter_is_reported():
    assert not parse_metadata("var x;").ok


# -- the fixtures, end to end --------------------------------------------------------------------
EXPECTED = {
    "plain-pass.js": {"sloppy": "pass", "strict": "pass"},
    "this-is-global.js": {"sloppy": "pass", "strict": "fail"},
    "only-strict.js": {"strict": "pass"},
    "no-strict.js": {"sloppy": "pass"},
    "raw.js": {"sloppy": "pass"},
    "includes.js": {"sloppy": "pass", "strict": "pass"},
    "negative-parse.js": {"sloppy": "pass", "strict": "pass"},
    "negative-runtime.js": {"sloppy": "pass", "strict": "pass"},
    "negative-runtime-wrong.js": {"sloppy": "fail", "strict": "fail"},
    "async-done.js": {"sloppy": "pass", "strict": "pass"},
    "async-failure.js": {"sloppy": "fail", "strict": "fail"},
    "async-never-done.js": {"sloppy": "fail", "strict": "fail"},
    "eval-script.js": {"sloppy": "pass", "strict": "pass"},
    "excluded-feature.js": {"-": "excluded"},
    "endless.js": {"strict": "timeout"},
}


def test_fixture_outcomes_and_baseline(tmp_path):
    out_json = tmp_path / "results.json"
    rc, out, err = run_runner("--root", str(FIXTURES), "--baseline", str(FIXTURE_BASELINE),
                              "--timeout", "2", "--json", str(out_json), "--quiet")
    assert rc == 0, out + err
    results = json.loads(out_json.read_text())
    got = {Path(p).name: {m: v[0] for m, v in modes.items()} for p, modes in results.items()}
    assert got == EXPECTED, out
    assert "language/mechanics" in out and "TOTAL" in out
    # async failures carry the message given to $DONE
    assert results["language/mechanics/async-failure.js"]["sloppy"][1] == "async: reported failure"


def test_newly_failing_and_newly_passing(tmp_path):
    baseline = tmp_path / "baseline.txt"
    baseline.write_text("language/mechanics/plain-pass.js\nlanguage/mechanics/async-failure.js\n")
    rc, out, err = run_runner("--root", str(FIXTURES), "--baseline", str(baseline), "--quiet",
                              "language/mechanics/plain-pass.js", "language/mechanics/async-failure.js",
                              "language/mechanics/this-is-global.js")
    assert rc == 1, out + err
    newly_passing = out.split("newly passing")[1].split("NEWLY FAILING")[0]
    assert "language/mechanics/plain-pass.js sloppy" in newly_passing
    assert "language/mechanics/plain-pass.js strict" in newly_passing
    newly_failing = out.split("NEWLY FAILING:")[1]
    assert "language/mechanics/this-is-global.js strict" in newly_failing
    assert "async-failure" not in newly_failing


def test_update_baseline_rewrites_only_what_ran(tmp_path):
    baseline = tmp_path / "baseline.txt"
    baseline.write_text("language/mechanics/plain-pass.js\nlanguage/other/untouched.js strict\n")
    rc, out, err = run_runner("--root", str(FIXTURES), "--baseline", str(baseline), "--quiet",
                              "--update-baseline", "language/mechanics/plain-pass.js",
                              "language/mechanics/this-is-global.js",
                              "language/mechanics/async-failure.js")
    assert rc == 0, out + err
    entries = [ln for ln in baseline.read_text().splitlines() if ln and not ln.startswith("#")]
    assert entries == ["language/mechanics/async-failure.js",
                       "language/mechanics/this-is-global.js strict",
                       "language/other/untouched.js strict"]


def test_missing_checkout_is_a_usage_error(tmp_path):
    rc, out, err = run_runner("--root", str(tmp_path / "nowhere"))
    assert rc == 2 and "TEST262_DIR" in err
