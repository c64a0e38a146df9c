"""npm packages and acorn's reference trees, fetched once into a cache the test suite owns.

Owns: the pinned third-party inputs of the parser tests (test262-parser-tests, acorn, the
library files) and the cache of acorn's JSON for them.  Nothing fetched here is ever
tracked by git: it all lives under the cache root,

    <repo>/.cache/            (ignored by .gitignore; override with $JSKERNEL_TEST_CACHE)
        npm/NAME-VERSION.tgz          what `npm pack NAME@VERSION` wrote
        npm/NAME-VERSION/package/     its unpacked contents
        acorn/<acorn version>-<dump script hash>/<sha256[:2]>/<sha256>.<script|module>.json

Leaves to others: comparing trees (estree_compare.py), the tests themselves.

Concurrency: pytest-xdist workers may ask for the same thing at once.  Every producer
takes an exclusive `fcntl` lock on a lock file beside its output, re-checks, writes into a
temporary name and renames into place, so a reader sees a complete result or none.
Node and npm are the test oracle only; they are never a runtime dependency of jskernel.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

try:  # POSIX; elsewhere the atomic renames alone keep results whole
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None

REPO = Path(__file__).resolve().parents[2]
ACORN_DUMP_JS = Path(__file__).resolve().with_name("acorn_dump.js")

# name -> version: the pinned inputs of the parser tests and benchmarks.
ACORN = ("acorn", "8.19.0")
TEST262_PARSER_TESTS = ("test262-parser-tests", "0.0.5")
LODASH = ("lodash", "4.18.1")
JQUERY = ("jquery", "3.7.1")
PDFJS = ("pdfjs-dist", "4.10.38")

# The library files: (label, package, path inside the package, module goal?).
# web/pdf_viewer.mjs is the modern one: 265 KB of ES2022 (classes with private fields
# and methods, a static block, class fields, 140 optional chains, async/await, `??`).
LIBRARY_FILES = [
    ("lodash.js", LODASH, "lodash.js", False),
    ("acorn.js", ACORN, "dist/acorn.js", False),
    ("jquery.min.js", JQUERY, "dist/jquery.min.js", False),
    ("pdf_viewer.mjs", PDFJS, "web/pdf_viewer.mjs", True),
]


_ONE_FILE_PACKAGES = {PDFJS[0]}


def cache_root() -> Path:
    """The directory the test suite owns for fetched and derived data."""
    root = os.environ.get("JSKERNEL_TEST_CACHE")
    return Path(root).expanduser().resolve() if root else REPO / ".cache"


@contextlib.contextmanager
def _locked(lock_path: Path):
    """An exclusive inter-process lock held for the duration of the block."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as fh:
        if fcntl is not None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _slug(name: str, version: str) -> str:
    return f"{name.replace('@', '').replace('/', '+')}-{version}"


def npm_tarball(name: str, version: str) -> Path:
    """The `.tgz` of NAME@VERSION in the cache, `npm pack`ed on first use."""
    npm_dir = cache_root() / "npm"
    tgz = npm_dir / f"{_slug(name, version)}.tgz"
    if tgz.is_file():
        return tgz
    with _locked(npm_dir / f".{_slug(name, version)}.lock"):
        if tgz.is_file():
            return tgz
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("npm is required to fetch the parser tests' inputs (test oracle)")
        with tempfile.TemporaryDirectory(dir=npm_dir, prefix=".pack-") as tmp:
            proc = subprocess.run(
                [npm, "pack", f"{name}@{version}", "--pack-destination", tmp, "--json",
                 "--loglevel=error"],
                cwd=tmp, capture_output=True, text=True, timeout=600)
            made = list(Path(tmp).glob("*.tgz"))
            if proc.returncode != 0 or len(made) != 1:
                raise RuntimeError(f"npm pack {name}@{version} failed:\n{proc.stderr}{proc.stdout}")
            os.replace(made[0], tgz)
    return tgz


def _safe_members(tar: tarfile.TarFile, wanted: set[str] | None):
    for member in tar.getmembers():
        parts = Path(member.name).parts
        if member.name.startswith("/") or ".." in parts or not (member.isfile() or member.isdir()):
            continue
        if wanted is None or member.name in wanted:
            yield member


def _extract(tgz: Path, dest: Path, wanted: set[str] | None) -> None:
    with tarfile.open(tgz, "r:gz") as tar:
        members = list(_safe_members(tar, wanted))
        if hasattr(tarfile, "data_filter"):
            tar.extractall(dest, members=members, filter="data")
        else:  # pragma: no cover - Python < 3.11.4
            tar.extractall(dest, members=members)


def npm_package(name: str, version: str) -> Path:
    """The unpacked `package/` directory of NAME@VERSION (fetched and unpacked once)."""
    base = cache_root() / "npm" / _slug(name, version)
    done = base / ".complete"
    if done.exists():
        return base / "package"
    tgz = npm_tarball(name, version)
    with _locked(base.with_name(f".{base.name}.unpack.lock")):
        if done.exists():
            return base / "package"
        base.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=base, prefix=".unpack-") as tmp:
            _extract(tgz, Path(tmp), None)
            if (base / "package").exists():  # a partial copy left by npm_file
                shutil.rmtree(base / "package")
            os.replace(Path(tmp) / "package", base / "package")
        done.touch()
    return base / "package"


def npm_file(name: str, version: str, relpath: str) -> Path:
    """One file of NAME@VERSION, unpacked alone (for big packages with one file we need)."""
    base = cache_root() / "npm" / _slug(name, version)
    target = base / "package" / relpath
    if target.is_file():
        return target
    tgz = npm_tarball(name, version)
    with _locked(base.with_name(f".{base.name}.unpack.lock")):
        if target.is_file():
            return target
        base.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=base, prefix=".unpack-") as tmp:
            _extract(tgz, Path(tmp), {f"package/{relpath}"})
            got = Path(tmp) / "package" / relpath
            if not got.is_file():
                raise FileNotFoundError(f"{relpath} is not in {name}@{version}")
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(got, target)
    return target


def package_file(package: tuple[str, str], relpath: str) -> Path:
    """A file of a pinned (name, version) package, unpacking as little as is sensible."""
    name, version = package
    if name in _ONE_FILE_PACKAGES:  # 37 MB unpacked: take the one file we use
        return npm_file(name, version, relpath)
    return npm_package(name, version) / relpath


def library_file(label: str) -> tuple[Path, bool]:
    """(path, module goal?) of one of LIBRARY_FILES by its label."""
    for lab, package, rel, module in LIBRARY_FILES:
        if lab == label:
            return package_file(package, rel), module
    raise KeyError(label)


# ---------------------------------------------------------------------------------------
# acorn's reference trees

def acorn_dir() -> Path:
    return npm_package(*ACORN)


def _acorn_json_dir() -> Path:
    script = hashlib.sha256(ACORN_DUMP_JS.read_bytes()).hexdigest()[:10]
    return cache_root() / "acorn" / f"{ACORN[1]}-{script}"


def acorn_json_path(file: Path, module: bool) -> Path:
    """Where acorn's JSON for `file` (parsed with the given goal) is cached."""
    digest = hashlib.sha256(Path(file).read_bytes()).hexdigest()
    goal = "module" if module else "script"
    return _acorn_json_dir() / digest[:2] / f"{digest}.{goal}.json"


def ensure_acorn_json(jobs: list[tuple[Path, bool]]) -> list[Path]:
    """Cache acorn's JSON for every (file, module) job; missing ones in ONE node process.

    Returns the JSON paths in job order.  Each JSON is either the `Program` or
    ``{"error": message, "pos": offset}`` when acorn rejects the file.
    """
    outs = [acorn_json_path(f, m) for f, m in jobs]
    if all(p.is_file() for p in outs):
        return outs
    root = _acorn_json_dir()
    with _locked(root / ".lock"):
        todo = [{"file": str(f), "module": bool(m), "out": str(p)}
                for (f, m), p in zip(jobs, outs) if not p.is_file()]
        seen: set[str] = set()
        todo = [j for j in todo if not (j["out"] in seen or seen.add(j["out"]))]
        if todo:
            for j in todo:
                Path(j["out"]).parent.mkdir(parents=True, exist_ok=True)
            node = shutil.which("node")
            if node is None:
                raise RuntimeError("node is required as the parser tests' oracle")
            proc = subprocess.run([node, str(ACORN_DUMP_JS), str(acorn_dir()), "--batch"],
                                  input=json.dumps(todo), capture_output=True, text=True, timeout=1200)
            if proc.returncode != 0:
                raise RuntimeError(f"acorn_dump.js --batch failed:\n{proc.stderr[-4000:]}")
    return outs


def acorn_json(file: Path, module: bool) -> str:
    """acorn's JSON text for one file (cached; see ensure_acorn_json)."""
    return ensure_acorn_json([(Path(file), module)])[0].read_text(encoding="utf-8")
