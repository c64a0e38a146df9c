"""Introspection of a running engine for completion and inspection, with no side effects.

Owns what the kernel and the console ask about code being typed: `complete(engine,
code, cursor_pos)` -> `Completion` and `inspect_at(engine, code, cursor_pos,
detail_level)` -> text or None.  No JavaScript runs while answering: values are read
from bindings and own data properties only (resolve.py); a getter, a Proxy or a call
on the way means "no answer", never a call.  The Engine facade exposes these as
`Engine.complete` / `Engine.inspect_at`.

Layout: tokens.py (forgiving tokenizer), resolve.py (reading values, listing names,
the no-calls guard), complete.py (what to offer), specifiers.py (module specifiers
from the file system), describe.py (inspection reports), builtin_docs.py (one-line
docs of builtins).  Magics are completed by jskernel/completion.py, above the engine.

Extra scopes: `engine.introspection_scopes` (a list of callables, each returning a
mapping name -> value, e.g. a module environment's bindings) is consulted before the
global lexical bindings, so cells run as modules complete their own names.
"""

from __future__ import annotations

from jskernel.engine.introspect.complete import KEYWORDS, Completion, complete as _complete
from jskernel.engine.introspect.describe import inspect_at as _inspect_at

__all__ = ["Completion", "KEYWORDS", "complete", "inspect_at", "scopes_of"]


def scopes_of(engine) -> list:
    """The extra name -> value mappings registered on the engine (module scopes...)."""
    out = []
    for provider in list(getattr(engine, "introspection_scopes", None) or ()):
        try:
            scope = provider() if callable(provider) else provider
        except Exception:   # noqa: BLE001 -- a provider failing only hides its names
            continue
        if scope is not None:
            out.append(scope)
    return out


def complete(engine, code: str, cursor_pos: int, *, cwd=None) -> Completion:
    """What can be typed at `cursor_pos` (code-point offset into `code`)."""
    try:
        return _complete(engine, code, cursor_pos, scopes=scopes_of(engine), cwd=cwd)
    except Exception:   # noqa: BLE001 -- completion never fails loudly
        return Completion([], cursor_pos, cursor_pos, [])


def inspect_at(engine, code: str, cursor_pos: int, detail_level: int = 0):
    """The inspection report (text/plain with ANSI colours) for the name at the cursor,
    or None when there is nothing to show."""
    try:
        return _inspect_at(engine, code, cursor_pos, detail_level, scopes=scopes_of(engine))
    except Exception:   # noqa: BLE001
        return None
