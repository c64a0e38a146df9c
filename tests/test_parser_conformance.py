"""Parser conformance against test262-parser-tests, with acorn 8 as the oracle.

Owns: one test per file of the test262-parser-tests package (pinned in
tests/support/npm_cache.py, fetched into the test cache, never tracked):

  * pass/ and pass-explicit/: we parse the file (`.module.` in the name -> module goal)
    AND our ESTree is identical to acorn's (values, locations, key order);
  * fail/ and early/: we raise `JSSyntaxError`, except for the files listed below, each
    with its reason.  The lists are kept honest both ways: accepting a file outside them
    fails, and so does rejecting a listed file that we are expected to accept.  Any Python
    exception other than `JSSyntaxError` is a failure;
  * 4000 seeded mutants of pass/ files (in one test): we reject exactly what acorn
    rejects, agree with its tree on the rest, and never raise another Python exception.

The suite dates from 2017; later editions of ECMAScript made some of its fail/ and early/
programs valid.  Those are in VALID_NOW: we must accept them and agree with acorn's tree.
acorn 8.19 accepts 10 fail/ and 7 early/ files: the 14 of VALID_NOW, plus the 3 in
ACORN_ACCEPTS_INVALID, which V8 rejects and we reject too.  KNOWN_ACCEPTED lists
programs that are invalid but which our parser still accepts (to be emptied, at most 1%).

Run `python tests/test_parser_conformance.py` for a summary (counts and the first
differences) instead of pytest's per-file report.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.append(str(Path(__file__).resolve().parents[1]))  # `python tests/...` without an install

from support import npm_cache  # noqa: E402
from support.estree_compare import difference_from_acorn, load_acorn, read_source  # noqa: E402

from jskernel.engine.errors import JSSyntaxError  # noqa: E402
from jskernel.engine.syntax import parse  # noqa: E402

PKG = npm_cache.npm_package(*npm_cache.TEST262_PARSER_TESTS)  # needs npm: no silent skip

# Programs in fail/ and early/ that are valid ECMAScript 2025: we accept them, like acorn
# and V8, and our tree must equal acorn's.
VALID_NOW = {
    "fail/0d5e450f1da8a92a.js": r"`('\9')`: \8 and \9 in sloppy strings are NonOctalDecimalEscapeSequence (ES2021, Annex B)",
    "fail/748656edbfb2d0bb.js": r"`('\8')`: NonOctalDecimalEscapeSequence (ES2021, Annex B)",
    "fail/79f882da06f88c9f.js": r"`\"\8\";`: NonOctalDecimalEscapeSequence (ES2021, Annex B)",
    "fail/92b6af54adef3624.js": r"`\"\9\";`: NonOctalDecimalEscapeSequence (ES2021, Annex B)",
    "fail/647e21f8f157c338.js": "U+2029 inside a string literal: JSON superset (ES2019)",
    "fail/8af69d8f15295ed2.js": "U+2028 inside a string literal: JSON superset (ES2019)",
    "fail/98204d734f8c72b3.js": "`(class {a})`: a class field (ES2022)",
    "fail/ef81b93cf9bdb4ec.js": "`(class {a=0})`: a class field with initializer (ES2022)",
    "fail/e3fbcf63d7e43ead.js": "`for(var x=1 in [1,2,3]) 0`: for-in var initializer in sloppy code (Annex B.3.5, ES2017)",
    "early/0f5f47108da5c34e.js": "`catch(a) { for(var a of 1); }`: since ES2020 (ecma262 PR #1393) Annex B "
                                 "lets `var` redeclare a simple catch parameter in for-of too",
    "early/12a74c60f52a60de.js": "duplicate function declarations in a block, sloppy code (Annex B.3.2.4)",
    "early/1aff49273f3e3a98.js": "duplicate function declarations in a block, sloppy code (Annex B.3.2.4)",
    "early/be7329119eaa3d47.js": "duplicate function declarations in a block, sloppy code (Annex B.3.2.4)",
    "early/ec31fa5e521c5df4.js": "duplicate function declarations in a block, sloppy code (Annex B.3.2.4)",
    "fail/c060a3014ad24dfd.js": "`var \U0002B81E_ = 12;`: U+2B81E is a CJK ideograph assigned in Unicode 17, "
                                "so ID_Start (acorn 8.19 and our `regex` tables use Unicode 17; node 20's "
                                "V8 predates it)",
}

# Programs in fail/ that are valid sloppy code since Annex B "Runtime Errors for Function
# Call Assignment Targets" (sec-runtime-errors-for-function-call-assignment-targets, test262
# annexB/language/expressions/assignmenttargettype): `f() = 1` parses and throws a
# ReferenceError when run, as in V8.  acorn 8.19 rejects them, so there is no tree to
# compare: we must accept them.
VALID_CALL_TARGETS = {
    "fail/a8beb1480f385441.js": "`func() = 4`: a call as assignment target in sloppy code",
}

# Invalid programs that acorn 8.19 accepts (V8 rejects them); we must reject them.
ACORN_ACCEPTS_INVALID = {
    "early/84ef3bbaa772075f.js": "`(class eval {})`: a class is strict code, `eval` cannot be its name "
                                 "(acorn checks the class name before entering strict mode)",
    "early/987442878ab414e7.js": "`(class arguments {})`: as above, for `arguments`",
}

# Invalid programs our parser still accepts, each with the reason.  At most 1% of the
# invalid programs; remove an entry as soon as the parser rejects the file.
KNOWN_ACCEPTED: dict[str, str] = {
}


def _names(directory: str) -> list[str]:
    return sorted(f"{directory}/{p.name}" for p in (PKG / directory).iterdir() if p.suffix == ".js")


PASS = _names("pass")
PASS_EXPLICIT = _names("pass-explicit")
INVALID = _names("fail") + _names("early")


def _is_module(rel: str) -> bool:
    return ".module." in rel


@pytest.fixture(scope="module")
def acorn_refs() -> dict[str, Path]:
    """rel path -> acorn's cached JSON, produced for all files by ONE node process."""
    rels = PASS + PASS_EXPLICIT + INVALID
    outs = npm_cache.ensure_acorn_json([(PKG / r, _is_module(r)) for r in rels])
    return dict(zip(rels, outs))


def _parse_file(rel: str):
    source = read_source(PKG / rel)
    return source, parse(source, module=_is_module(rel), locations=True, filename=rel)


def _show(rel: str, limit: int = 400) -> str:
    text = (PKG / rel).read_text(encoding="utf-8", errors="replace")
    return repr(text if len(text) <= limit else text[:limit] + "...")


def _check_agrees(rel: str, acorn_refs) -> None:
    try:
        source, tree = _parse_file(rel)
    except JSSyntaxError as err:
        pytest.fail(f"{rel}: valid program rejected: {err}\n  source: {_show(rel)}", pytrace=False)
    diff = difference_from_acorn(tree, acorn_refs[rel].read_text(encoding="utf-8"), source)
    if diff is not None:
        pytest.fail(f"{rel}: our tree differs from acorn's at {diff}\n  source: {_show(rel)}", pytrace=False)


@pytest.mark.parametrize("rel", PASS)
def test_pass(rel, acorn_refs):
    _check_agrees(rel, acorn_refs)


@pytest.mark.parametrize("rel", PASS_EXPLICIT)
def test_pass_explicit(rel, acorn_refs):
    if "error" in load_acorn(acorn_refs[rel].read_text(encoding="utf-8")):
        pytest.skip("acorn rejects this file")  # none in 0.0.5, kept for other versions
    _check_agrees(rel, acorn_refs)


@pytest.mark.parametrize("rel", INVALID)
def test_invalid(rel, acorn_refs):
    if rel in VALID_NOW:
        _check_agrees(rel, acorn_refs)
        return
    if rel in VALID_CALL_TARGETS:
        _parse_file(rel)        # accepted (a JSSyntaxError fails the test)
        return
    try:
        _parse_file(rel)
    except JSSyntaxError:
        if rel in KNOWN_ACCEPTED:
            pytest.fail(f"{rel} is now rejected: remove it from KNOWN_ACCEPTED", pytrace=False)
        return
    if rel not in KNOWN_ACCEPTED:
        acorn = load_acorn(acorn_refs[rel].read_text(encoding="utf-8"))
        verdict = f"acorn: {acorn['error']}" if "error" in acorn else f"acorn accepts it too: {ACORN_ACCEPTS_INVALID.get(rel)}"
        pytest.fail(f"{rel}: invalid program accepted ({verdict})\n  source: {_show(rel)}", pytrace=False)


def test_lists_are_consistent(acorn_refs):
    """The allowlists name real files, do not overlap, and stay within 1%."""
    invalid = set(INVALID)
    for table in (VALID_NOW, VALID_CALL_TARGETS, ACORN_ACCEPTS_INVALID, KNOWN_ACCEPTED):
        assert set(table) <= invalid, set(table) - invalid
    assert not set(VALID_NOW) & set(KNOWN_ACCEPTED)
    really_invalid = len(INVALID) - len(VALID_NOW) - len(VALID_CALL_TARGETS)
    assert len(KNOWN_ACCEPTED) <= 0.01 * really_invalid, (
        f"{len(KNOWN_ACCEPTED)} accepted invalid programs is over 1% of {really_invalid}")


def test_acorn_accepts_exactly_the_documented_files(acorn_refs):
    """The oracle itself: acorn accepts VALID_NOW and ACORN_ACCEPTS_INVALID, nothing else."""
    accepted = {rel for rel in INVALID
                if "error" not in load_acorn(acorn_refs[rel].read_text(encoding="utf-8"))}
    assert accepted == set(VALID_NOW) | set(ACORN_ACCEPTS_INVALID)


# ---------------------------------------------------------------------------------------
# Broken programs: seeded mutations of pass/ files (a token inserted, replaced or a few
# characters deleted).  Whatever the parser is fed, it either returns acorn's tree or
# raises JSSyntaxError where acorn rejects too; never another Python exception.

MUTANTS = 4000
_MUTATION_TOKENS = list("()[]{};,.?:=+-*/%<>!~&|^`'\"\\\n #@") + [
    "=>", "...", "?.", "??", "**", "async ", "await ", "yield ", "let ", "class ", "function ",
    "new ", "super", "this", "import", "export ", "static ", "get ", "set ", "of ", "in ",
    "0x", "1n", "/a/g", "${", "}"]

# Mutants where acorn is wrong and we are right (checked against V8).
ACORN_MUTANT_BUGS: dict[str, str] = {}


def _mutants() -> list[tuple[str, Path, bool]]:
    """(label, file, module?) for MUTANTS deterministic mutants, written to the test cache."""
    import hashlib
    import random

    rng = random.Random(20261121)
    out_dir = npm_cache.cache_root() / "mutants"
    out_dir.mkdir(parents=True, exist_ok=True)
    result = []
    for i in range(MUTANTS):
        rel = rng.choice(PASS)
        text = (PKG / rel).read_text(encoding="utf-8")
        for _ in range(rng.randint(1, 2)):
            kind, pos = rng.random(), rng.randint(0, len(text))
            if kind < 0.4:
                text = text[:pos] + rng.choice(_MUTATION_TOKENS) + text[pos:]
            elif kind < 0.7:
                text = text[:pos] + text[pos + rng.randint(1, 3):]
            else:
                text = text[:pos] + rng.choice(_MUTATION_TOKENS) + text[pos + 1:]
        data = text.encode("utf-8", errors="surrogatepass")
        path = out_dir / f"{hashlib.sha256(data).hexdigest()}.js"
        if not path.is_file():
            tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        result.append((f"mutant {i} of {rel}", path, _is_module(rel)))
    return result


def test_mutated_pass_files_agree_with_acorn():
    mutants = _mutants()
    refs = npm_cache.ensure_acorn_json([(path, module) for _, path, module in mutants])
    problems: list[tuple[str, Path]] = []
    for (label, path, module), ref in zip(mutants, refs):
        if path.stem in ACORN_MUTANT_BUGS:
            continue
        source = read_source(path)
        acorn = load_acorn(ref.read_text(encoding="utf-8"))
        acorn_error = acorn.get("error") if acorn.get("type") != "Program" else None
        try:
            tree = parse(source, module=module, locations=True)
        except JSSyntaxError as err:
            if acorn_error is None:
                problems.append((f"{label}: we reject ({err}), acorn accepts", path))
            continue
        except Exception as err:  # noqa: BLE001 - any other exception is the bug reported
            problems.append((f"{label}: Python {type(err).__name__}: {err}", path))
            continue
        if acorn_error is not None:
            problems.append((f"{label}: we accept, acorn rejects ({acorn_error})", path))
            continue
        diff = difference_from_acorn(tree, ref.read_text(encoding="utf-8"), source)
        if diff is not None:
            problems.append((f"{label}: {diff}", path))
    assert not problems, f"{len(problems)} of {MUTANTS} mutants:\n" + "\n".join(
        f"  {text}\n    source: {_show_path(path)}" for text, path in problems[:10])


def _show_path(path: Path, limit: int = 200) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    return repr(text if len(text) <= limit else text[:limit] + "...")


# ---------------------------------------------------------------------------------------
# `python tests/test_parser_conformance.py [N]`: a summary for the parser's authors.

def _summary(show: int = 10) -> int:
    import time

    if parse is None:
        print("jskernel.engine.syntax.parse is not written yet")
        return 1
    refs = {}
    rels = PASS + PASS_EXPLICIT + INVALID
    for rel, out in zip(rels, npm_cache.ensure_acorn_json([(PKG / r, _is_module(r)) for r in rels])):
        refs[rel] = out
    t0 = time.perf_counter()
    report: dict[str, list[str]] = {}
    counts: dict[str, dict[str, int]] = {}

    def note(group, kind, rel, text):
        counts.setdefault(group, {}).setdefault(kind, 0)
        counts[group][kind] += 1
        if kind not in ("agree", "rejected"):
            report.setdefault(f"{group} {kind}", []).append(f"{rel}: {text}")

    for rel in rels:
        group = rel.split("/")[0]
        expect_valid = group.startswith("pass") or rel in VALID_NOW
        try:
            source, tree = _parse_file(rel)
        except JSSyntaxError as err:
            if expect_valid:
                note(group, "rejected-valid", rel, str(err))
            elif rel in KNOWN_ACCEPTED:
                note(group, "stale-allowlist", rel, "rejected now")
            else:
                note(group, "rejected", rel, "")
                acorn = load_acorn(refs[rel].read_text(encoding="utf-8"))
                if "error" in acorn:
                    same = getattr(err, "pos", None) == acorn.get("pos")
                    counts[group]["same error pos as acorn" if same else "other error pos"] = \
                        counts[group].get("same error pos as acorn" if same else "other error pos", 0) + 1
                    if not same:
                        report.setdefault(f"{group} error position differs from acorn's (informational)", []).append(
                            f"{rel}: ours {getattr(err, 'pos', None)} {err.message!r}, acorn {acorn.get('pos')} "
                            f"{acorn['error']!r}")
            continue
        except Exception as err:  # noqa: BLE001 - the point is to count them
            note(group, "crash", rel, f"{type(err).__name__}: {err}")
            continue
        if expect_valid:
            diff = difference_from_acorn(tree, refs[rel].read_text(encoding="utf-8"), source)
            note(group, "agree" if diff is None else "differ", rel, diff or "")
        elif rel in KNOWN_ACCEPTED:
            note(group, "accepted (allowlisted)", rel, KNOWN_ACCEPTED[rel])
        else:
            note(group, "accepted-invalid", rel, _show(rel, 80))
    elapsed = time.perf_counter() - t0
    for group, kinds in counts.items():
        total = sum(v for k, v in kinds.items() if "error pos" not in k)
        print(f"{group:14} {total:5} files: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"({elapsed:.1f} s of parsing and comparing)")
    for key, lines in report.items():
        print(f"\n== {key}: {len(lines)}")
        for line in lines[:show]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(_summary(int(sys.argv[1]) if len(sys.argv) > 1 else 10))
