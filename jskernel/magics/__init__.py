"""Magics: `%name args` lines and `%%name args` cells, shared by the kernel and the console.

Owns
  * the registry: `register(name, kind, help)` records a `Magic` (name, kind "line" |
    "cell", function, one-line help); `names()` lists them as typed (``%time``,
    ``%%module``) for completion; `get(name, kind)`; `close_names(name)`;
  * the splitter: `plan(source)` turns a cell into `Step`s in order -- JS pieces (padded
    with blank lines so their line numbers stay the cell's) and magic calls -- or None
    for a cell without magics.  A line is a magic when it starts with ``%`` followed by
    a name and the JS before it (since the previous magic) is not unfinished: a ``%``
    inside a template literal, a comment or an open bracket stays JavaScript (a ``%``
    at the start of a statement is never valid JavaScript).  ``%%name`` on the first
    line makes the whole cell that magic's body;
  * `run_plan(steps, host)`: the synchronous driver (the console); the kernel drives
    the same steps itself, running JS steps on its own asynchronous cell path.

A magic function is `fn(host, args: str, body: str | None)`; `host` is the front end
(`MagicHost` below: the engine, output, evaluation, error reporting); before the call
the driver sets `host.magic_line` / `host.magic_column`, where the magic's arguments
start in the cell, so code taken from them can keep its cell position.  It raises
`MagicError` for usage errors (shown as ``UsageError: ...``) and lets JSError /
JSSyntaxError through (shown like a cell's).  Each family of magics is one module
(timing.py, namespace.py, introspection.py, modules.py, core.py) listed in FAMILIES;
a new family (e.g. heap.py for %heap, %gc) is a new module added there.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Callable, Protocol

FAMILIES = ("core", "timing", "namespace", "introspection", "modules", "history")

LINE, CELL = "line", "cell"

_MAGIC_LINE = re.compile(r"^[ \t]*%([A-Za-z_][\w.-]*)(\?)?(.*)$")
_CELL_LINE = re.compile(r"^[ \t]*%%([A-Za-z_][\w.-]*)(\?)?(.*)$")
_ANY_MAGIC = re.compile(r"^[ \t]*%%?[A-Za-z_]")


class MagicError(Exception):
    """A usage error of a magic (wrong arguments, unknown name): ``UsageError: ...``."""


@dataclass(frozen=True)
class Magic:
    name: str
    kind: str                      # LINE or CELL
    func: Callable
    help: str

    @property
    def typed(self) -> str:
        return ("%%" if self.kind == CELL else "%") + self.name


class MagicHost(Protocol):
    """What a front end gives magics."""

    engine: object
    filename: str                  # the cell's pseudo-filename (In[3], REPL4)

    def write(self, text: str) -> None: ...           # stdout text
    def evaluate(self, source: str): ...              # a cell's value (REPL mode, awaited); raises JSError
    def show(self, value) -> None: ...                # a value as the cell's result
    def read_line(self, prompt: str) -> str: ...      # raises EOFError / InputNotAvailable


_REGISTRY: dict[tuple[str, str], Magic] = {}
_loaded = False


def register(name: str, kind: str = LINE, help: str = ""):
    """Decorator: register `fn(host, args, body)` as magic `name` of `kind`."""
    if kind not in (LINE, CELL):
        raise ValueError(f"magic kind must be {LINE!r} or {CELL!r}")

    def deco(fn):
        _REGISTRY[(name, kind)] = Magic(name, kind, fn, help or (fn.__doc__ or "").strip().split("\n")[0])
        return fn
    return deco


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    import importlib
    for family in FAMILIES:
        importlib.import_module(f"jskernel.magics.{family}")


def magics(kind: str | None = None) -> list[Magic]:
    _load()
    return sorted((m for m in _REGISTRY.values() if kind in (None, m.kind)),
                  key=lambda m: (m.kind != LINE, m.name))


def names(kind: str | None = None) -> list[str]:
    """The magics as typed: ``%time``, ..., ``%%module`` (line magics first)."""
    return [m.typed for m in magics(kind)]


def get(name: str, kind: str = LINE) -> Magic | None:
    _load()
    return _REGISTRY.get((name, kind))


def close_names(name: str, kind: str = LINE) -> list[str]:
    prefix = "%%" if kind == CELL else "%"
    pool = [m.name for m in magics(kind)]
    return [prefix + n for n in difflib.get_close_matches(name, pool, n=3, cutoff=0.5)]


def unknown(name: str, kind: str) -> MagicError:
    what = "Cell" if kind == CELL else "Line"
    prefix = "%%" if kind == CELL else "%"
    msg = f"{what} magic function `{prefix}{name}` not found."
    close = close_names(name, kind)
    if close:
        msg += " Did you mean: " + ", ".join(close) + "?"
    elif kind == LINE and get(name, CELL) is not None:
        msg += f" It is a cell magic: write %%{name} on the first line of the cell."
    else:
        msg += " Run %lsmagic to list the magics."
    return MagicError(msg)


# -- splitting a cell ------------------------------------------------------------------------

@dataclass
class Step:
    kind: str                      # "js" or "magic"
    source: str = ""               # js: the piece, padded to keep line numbers
    magic: Magic | None = None
    args: str = ""
    body: str | None = None
    line: int = 1                  # 1-based line of the magic in the cell
    column: int = 0                # 0-based column where its arguments start
    help: bool = False             # `%name?`: show the help instead of running

    def run(self, host) -> None:
        """Run a magic step (MagicError / JSError propagate)."""
        host.magic_line = self.line
        host.magic_column = self.column
        if self.help:
            host.write(describe(self.magic) + "\n")
        else:
            self.magic.func(host, self.args, self.body)


def describe(magic: Magic) -> str:
    doc = (magic.func.__doc__ or magic.help).strip()
    return f"{magic.typed}: {doc}"


def _open_js(text: str) -> bool:
    """True when `text` is unfinished JavaScript (inside a template, comment, brackets)."""
    if not text.strip():
        return False
    from jskernel.engine.syntax.completeness import is_complete

    try:
        return is_complete(text)[0] == "incomplete"
    except Exception:
        return False


def has_magics(source: str) -> bool:
    """Cheap pre-check: could any line of `source` be a magic?"""
    return "%" in source and any(_ANY_MAGIC.match(line) for line in source.split("\n"))


def is_complete(text: str):
    """Completeness of an input with magics, for Enter in a console and is_complete
    requests: ("incomplete", "") for a cell magic until its body ends with a blank line,
    ("complete", "") for a lone line magic, None when `text` is not a magic input (ask
    the JavaScript parser)."""
    stripped = text.lstrip()
    if _CELL_LINE.match(stripped.split("\n", 1)[0]):
        if "\n" in stripped.rstrip(" \t") and stripped.rstrip(" \t").endswith("\n\n"):
            return "complete", ""
        return "incomplete", ""
    if "\n" not in text.strip() and _MAGIC_LINE.match(text.strip()):
        return "complete", ""
    return None


def _lookup(name: str, kind: str, helped: bool) -> Magic:
    m = get(name, kind)
    if m is None:
        raise unknown(name, kind)
    return m


def plan(source: str) -> list[Step] | None:
    """The steps of a cell, or None when it has no magics (run it as plain JS).
    Raises MagicError for an unknown magic (before anything runs) -- unless the whole
    cell is valid JavaScript (`a` then `%b` on the next line is `a % b`)."""
    if not has_magics(source):
        return None
    try:
        return _plan(source)
    except MagicError:
        if _valid_js(source):
            return None
        raise


def _valid_js(source: str) -> bool:
    from jskernel.engine.syntax.completeness import is_complete

    try:
        return is_complete(source)[0] == "complete"
    except Exception:
        return False


def _plan(source: str) -> list[Step] | None:
    lines = source.split("\n")
    m = _CELL_LINE.match(lines[0])
    if m:
        magic = _lookup(m.group(1), CELL, bool(m.group(2)))
        return [Step("magic", magic=magic, args=(m.group(3) or "").strip(),
                     body="\n".join(lines[1:]), line=1, help=bool(m.group(2)))]
    steps: list[Step] = []
    start = 0                      # first line of the current JS piece
    for i, line in enumerate(lines):
        if not _ANY_MAGIC.match(line):
            continue
        piece = "\n".join(lines[start:i])
        if _open_js(piece):
            continue               # a `%` line inside unfinished JS: JavaScript's
        m = _MAGIC_LINE.match(line)
        if m is None:
            word = line.strip().split()[0]
            raise MagicError(f"{word} is a cell magic: it must be on the first line of the cell")
        if piece.strip():
            steps.append(Step("js", source="\n" * start + piece))
        magic = _lookup(m.group(1), LINE, bool(m.group(2)))
        rest = m.group(3) or ""
        steps.append(Step("magic", magic=magic, args=rest.strip(), line=i + 1,
                          column=m.start(3) + len(rest) - len(rest.lstrip()),
                          help=bool(m.group(2))))
        start = i + 1
    if not steps:
        return None
    rest = "\n".join(lines[start:])
    if rest.strip():
        steps.append(Step("js", source="\n" * start + rest))
    return steps


def run_plan(steps: list[Step], host, run_js) -> bool:
    """Run the steps in order with `run_js(source) -> bool` for the JS pieces; stops at
    the first failure.  MagicError / JSError from a magic propagate to the host."""
    for step in steps:
        if step.kind == "js":
            if not run_js(step.source):
                return False
        else:
            step.run(host)
    return True
