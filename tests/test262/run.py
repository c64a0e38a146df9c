"""The test262 runner: `python3 -m tests.test262.run [paths...] [options]`.

Owns discovery (test files under $TEST262_DIR/test, minus *_FIXTURE.js), exclusion by
feature (excluded_features.txt) and by host flag, the strict/sloppy runs per file, the
known-failures baseline (known_failures.txt: compare, report newly failing / newly
passing, --update-baseline), the per-directory summary and the top failure causes.
Running one test is host.py's job; isolation and timeouts are pool.py's.

Exit status: 0 when no test fails that the baseline does not list, 1 otherwise, 2 on a
usage error (e.g. TEST262_DIR unset).  See tests/test262/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict

from .metadata import parse_metadata

HERE = os.path.dirname(os.path.abspath(__file__))
PINNED_COMMIT = "be13516fb6441b950ba8a3df97eb34062c186972"
BASELINE = os.path.join(HERE, "known_failures.txt")
FIXTURES = os.path.join(HERE, "fixtures")
EXCLUDED_FEATURES = os.path.join(HERE, "excluded_features.txt")
EXCLUDED_FLAGS = {"CanBlockIsFalse"}   # this host is a shell: [[CanBlock]] is true


# -- configuration files ------------------------------------------------------------------------
def read_list(path: str) -> list[str]:
    """Non-empty lines of `path` without `#` comments."""
    if not os.path.exists(path):
        return []
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return out


def read_baseline(path: str) -> set[tuple[str, str | None]]:
    """{(relpath, mode or None)}; None means 'every mode of the file fails'."""
    out = set()
    for line in read_list(path):
        parts = line.split()
        out.add((parts[0], parts[1] if len(parts) > 1 else None))
    return out


def baseline_lists(baseline, relpath: str, mode: str) -> bool:
    return (relpath, None) in baseline or (relpath, mode) in baseline


def write_baseline(path, baseline, results, commit_note):
    """Replace the entries of every file in `results`, keep the others."""
    kept = {(p, m) for (p, m) in baseline if p not in results}
    for relpath, modes in results.items():
        failing = [m for m, (st, _) in modes.items() if st not in ("pass", "excluded")]
        if not failing:
            continue
        if len(failing) == len(modes):
            kept.add((relpath, None))
        else:
            kept.update((relpath, m) for m in failing)
    lines = sorted(p if m is None else f"{p} {m}" for p, m in kept)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# test262 tests that currently fail (python3 -m tests.test262.run --update-baseline).\n")
        f.write(f"# {commit_note}\n")
        f.write("# '<file>' = every mode fails; '<file> strict|sloppy' = only that mode fails.\n")
        for line in lines:
            f.write(line + "\n")


# -- the checkout -------------------------------------------------------------------------------
def checkout_commit(root: str) -> str | None:
    marker = os.path.join(root, ".test262-commit")
    if os.path.exists(marker):
        with open(marker) as f:
            return f.read().strip() or None
    if not os.path.exists(os.path.join(root, ".git")):
        return None
    try:
        out = subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True,
                             text=True, timeout=10)
        if out.returncode == 0:
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return None


def discover(root: str, paths: list[str]) -> list[str]:
    """Sorted test paths relative to root/test (e.g. 'language/asi/S7.9_A1.js')."""
    base = os.path.join(root, "test")
    found = set()
    for p in paths or ["language"]:
        full = p if os.path.isabs(p) else os.path.join(base, p)
        if os.path.isfile(full):
            found.add(os.path.relpath(full, base))
            continue
        for dirpath, _dirs, files in os.walk(full):
            for name in files:
                if name.endswith(".js") and "_FIXTURE" not in name:
                    found.add(os.path.relpath(os.path.join(dirpath, name), base))
    return sorted(found)


def sample(files: list[str], every: int) -> list[str]:
    """Deterministic sample: the 1st, (every+1)th, ... file of each directory."""
    if every <= 1:
        return files
    by_dir = defaultdict(list)
    for f in files:
        by_dir[os.path.dirname(f)].append(f)
    return sorted(f for fs in by_dir.values() for i, f in enumerate(sorted(fs)) if i % every == 0)


def group_of(relpath: str, depth: int = 2) -> str:
    return "/".join(relpath.split("/")[:depth])


# -- the worker side ------------------------------------------------------------------------------
def execute(task):
    root, relpath, mode = task
    from .host import run_test
    with open(os.path.join(root, "test", relpath), encoding="utf-8", newline="") as f:
        source = f.read()        # newline="": CR / CRLF line terminators reach the engine as written
    return run_test(root, relpath, mode, parse_metadata(source), source)


def warm_up(root: str) -> None:
    """Import the whole engine in the parent before forking, so every worker runs the same
    snapshot of the code (others may be editing it during a long run) and starts fast."""
    from .host import run_test
    from .metadata import Metadata
    try:
        run_test(root, "warm-up.js", "strict", Metadata(flags={"raw"}),
                 "var a = [1, 2].map(x => x * 2); class C { #p = 1; } (function* () {})();")
    except Exception:   # noqa: BLE001 -- only a warm-up
        pass


# -- causes --------------------------------------------------------------------------------------
_NORMALIZE = [
    (re.compile(r"Expected SameValue\(«.*?», «.*?»\)"), "Expected SameValue(«…», «…»)"),
    (re.compile(r"'[^']*'"), "'…'"),
    (re.compile(r'"[^"]*"'), '"…"'),
    (re.compile(r"\(\d+:\d+\)"), ""),
]


def cause_of(detail: str) -> str:
    """A failure message with its specifics blanked, so similar failures group together."""
    text = detail.splitlines()[0] if detail else ""
    if "InternalError" in text:       # engine bugs: keep the names, drop the positions
        return re.sub(r"\(in .*? at pc \d+, (\w+)\)", r"(at \1)", text)[:160]
    if text.startswith("Test262Error:"):
        text = re.sub(r"^Test262Error: .*?(Expected|expected)", r"Test262Error: … \1", text)
    for rx, rep in _NORMALIZE:
        text = rx.sub(rep, text)
    return text[:160]


# -- main -----------------------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m tests.test262.run", description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="files or directories relative to $TEST262_DIR/test "
                    "(default: language)")
    ap.add_argument("--root", default=os.environ.get("TEST262_DIR"),
                    help="test262 checkout (default: $TEST262_DIR)")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per test run")
    ap.add_argument("--sample", type=int, default=1, metavar="N",
                    help="run every N-th file of each directory (deterministic)")
    ap.add_argument("--features", default="", help="comma list: only tests using one of these")
    ap.add_argument("--baseline", default=BASELINE)
    ap.add_argument("--excluded-features", default=EXCLUDED_FEATURES)
    ap.add_argument("--update-baseline", action="store_true",
                    help="rewrite the baseline entries of the files that were run")
    ap.add_argument("--json", metavar="FILE", help="write every result to FILE")
    ap.add_argument("--causes", type=int, default=10, help="show the N most common failure causes")
    ap.add_argument("--depth", type=int, default=2, help="directory depth of the summary")
    ap.add_argument("--quiet", "-q", action="store_true")
    args = ap.parse_args(argv)

    root = args.root
    if not root or not os.path.isdir(os.path.join(root, "test")):
        print("test262 checkout not found: set TEST262_DIR (see tests/test262/README.md)", file=sys.stderr)
        return 2
    root = os.path.abspath(root)
    commit = checkout_commit(root)
    if os.path.samefile(root, FIXTURES):
        commit = "fixtures"    # the runner's own fixtures: no test262 commit to check
    elif commit is None:
        print(f"warning: cannot tell the checkout's commit; the baseline is for {PINNED_COMMIT}",
              file=sys.stderr)
    elif commit != PINNED_COMMIT:
        print(f"warning: checkout is at {commit}, the baseline was made at {PINNED_COMMIT}",
              file=sys.stderr)

    excluded_features = set(read_list(args.excluded_features))
    only = {f.strip() for f in args.features.split(",") if f.strip()}
    baseline = read_baseline(args.baseline)
    files = sample(discover(root, args.paths), args.sample)

    results: dict[str, dict[str, tuple[str, str]]] = {}
    tasks = []
    for relpath in files:
        with open(os.path.join(root, "test", relpath), encoding="utf-8") as f:
            md = parse_metadata(f.read())
        if only and not only.intersection(md.features):
            continue
        why = sorted(excluded_features.intersection(md.features)) or sorted(EXCLUDED_FLAGS & md.flags)
        if why:
            results[relpath] = {"-": ("excluded", ", ".join(why))}
            continue
        results[relpath] = {}
        for mode in md.modes():
            tasks.append((root, relpath, mode))

    warm_up(root)
    t0 = time.monotonic()
    n = 0
    from .pool import run_tasks
    for (_r, relpath, mode), status, detail in run_tasks(tasks, execute, jobs=args.jobs,
                                                          timeout=args.timeout):
        results[relpath][mode] = (status, detail)
        n += 1
        if not args.quiet and n % 500 == 0:
            el = time.monotonic() - t0
            print(f"  {n}/{len(tasks)} runs, {el:.0f} s, ~{el / n * (len(tasks) - n):.0f} s left",
                  file=sys.stderr, flush=True)
    elapsed = time.monotonic() - t0

    # -- summary per directory (a file passes when every one of its runs passes)
    table = defaultdict(Counter)
    newly_failing, newly_passing, causes, kinds = [], [], Counter(), Counter()
    examples = {}
    for relpath, modes in results.items():
        g = group_of(relpath, args.depth)
        sts = [st for st, _ in modes.values()]
        if sts == ["excluded"]:
            table[g]["excluded"] += 1
            continue
        table[g]["pass" if all(s == "pass" for s in sts) else "fail"] += 1
        for mode, (st, detail) in modes.items():
            listed = baseline_lists(baseline, relpath, mode)
            if st != "pass":
                c = cause_of(detail) if st == "fail" else st
                kinds["module" if mode == "module" else st if st != "fail" else
                      "async" if detail.startswith("async:") else "script"] += 1
                causes[c] += 1
                examples.setdefault(c, f"{relpath} ({mode}): {detail.splitlines()[0] if detail else st}")
                if not listed:
                    newly_failing.append(f"{relpath} {mode}: {detail.splitlines()[0] if detail else st}")
            elif listed:
                newly_passing.append(f"{relpath} {mode}")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({p: {m: list(v) for m, v in ms.items()} for p, ms in results.items()}, f,
                      indent=0, sort_keys=True)

    print(f"{'directory':44} {'pass':>6} {'fail':>6} {'excl':>6} {'rate':>7}")
    tot = Counter()
    for g in sorted(table):
        c = table[g]
        tot.update(c)
        ran = c["pass"] + c["fail"]
        rate = f"{100 * c['pass'] / ran:6.1f}%" if ran else "    -  "
        print(f"{g:44} {c['pass']:6} {c['fail']:6} {c['excluded']:6} {rate}")
    ran = tot["pass"] + tot["fail"]
    print(f"{'TOTAL':44} {tot['pass']:6} {tot['fail']:6} {tot['excluded']:6} "
          f"{100 * tot['pass'] / ran if ran else 0:6.1f}%")
    print(f"{len(tasks)} runs of {len(files)} files in {elapsed:.0f} s")
    if kinds:
        print("failing runs by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common())
              + " (module = module-code runs, async = $DONE not reached or failed)")
    if args.causes and causes:
        print(f"\ntop {args.causes} failure causes (runs):")
        for c, k in causes.most_common(args.causes):
            print(f"  {k:6}  {c}\n          e.g. {examples[c][:200]}")
    if args.update_baseline:
        note = f"test262 commit {commit or PINNED_COMMIT}"
        write_baseline(args.baseline, baseline, results, note)
        print(f"\nbaseline updated: {args.baseline}")
        return 0
    if newly_passing:
        print(f"\n{len(newly_passing)} newly passing (remove from the baseline with --update-baseline):")
        for line in sorted(newly_passing)[:200]:
            print("  " + line)
    if newly_failing:
        print(f"\n{len(newly_failing)} NEWLY FAILING:")
        for line in sorted(newly_failing)[:500]:
            print("  " + line)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
