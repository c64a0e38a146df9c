"""The %history magic: inputs from the shared history store (jskernel/history.py).

    %history                 this session's inputs
    %history -n              ... with their line numbers
    %history -l 5            the last 5 inputs over all sessions
    %history -g fetch        every stored input containing "fetch" (glob: * ?), with
                             session/line numbers
    %history 3 5-7 ~1/2-4    lines 3, 5 to 7 of this session, 2 to 4 of the previous one

The front end's store is used when it has one (the kernel's `history`, the console's
session `history`); otherwise a read-only look at the database through a fresh store.
"""

from __future__ import annotations

import re
import shlex

from jskernel.magics import LINE, MagicError, register

_RANGE = re.compile(r"^(?:~(\d+)/)?(\d+)(?:-(\d+))?$")


def _store(host):
    for owner in (getattr(host, "kernel", None), getattr(host, "session", None)):
        store = getattr(owner, "history", None) if owner is not None else None
        if store is not None and hasattr(store, "tail"):
            return store
    from jskernel.history import HistoryStore
    return HistoryStore(reader=True)


@register("history", LINE, "Show inputs from the history (this session, -l N last, -g PATTERN search)")
def history(host, args, body):
    """%history [-n] [-l N] [-g PATTERN] [RANGE ...]: print stored inputs."""
    try:
        words = shlex.split(args)
    except ValueError as exc:
        raise MagicError(f"%history: {exc}") from None
    numbers = False
    last = None
    pattern = None
    ranges = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "-n":
            numbers = True
        elif w in ("-l", "-g"):
            if i + 1 >= len(words):
                raise MagicError(f"%history: {w} needs an argument")
            i += 1
            if w == "-l":
                if not words[i].isdigit():
                    raise MagicError(f"%history: -l takes a number, not {words[i]!r}")
                last = int(words[i])
            else:
                pattern = words[i]
        else:
            m = _RANGE.match(w)
            if not m:
                raise MagicError(f"%history: cannot read {w!r} (use N, N-M or ~S/N-M)")
            back, start, stop = m.group(1), int(m.group(2)), m.group(3)
            ranges.append((-int(back) if back else 0, start, int(stop) + 1 if stop else start + 1))
        i += 1
    store = _store(host)
    current = store.session
    if pattern is not None:
        glob = pattern if any(c in pattern for c in "*?[") else f"*{pattern}*"
        entries = store.search(glob)
        numbers = True
    elif last is not None:
        entries = store.tail(last)
    elif ranges:
        entries = [e for session, start, stop in ranges for e in store.range(session, start, stop)]
    else:
        entries = store.range(0, 1, None)
    out = []
    for session, line, source in entries:
        if numbers:
            label = f"{line}" if session == current else f"{session}/{line}"
            text = source.replace("\n", "\n" + " " * (len(label) + 2))
            out.append(f"{label}: {text}")
        else:
            out.append(source)
    host.write("\n".join(out) + ("\n" if out else ""))
