"""Input history shared by the kernel and the console, persisted in SQLite.

Where it lives:

    $JSKERNEL_HISTORY                                   when set (tests use this)
    $JSKERNEL_HOME/history.sqlite                       when JSKERNEL_HOME is set
    <jupyter_data_dir()>/jskernel/history.sqlite        otherwise

Owns `HistoryStore`: one numbered *session* per kernel or console run (row in
`sessions`, with its kind and start / end times), each executed input stored as
(session, line, source) -- the kernel's line is the execution count, the console's
its input number -- and optionally a text form of its output.  Queries follow
IPython's history manager, which the Jupyter `history_request` mirrors:

* `tail(n)`: the last n inputs stored, over all sessions (current one included;
  entries of sessions running side by side interleave as they were run);
* `range(session, start, stop)`: lines start <= line < stop of one session
  (0 = the current session, negative = relative: -1 is the previous one);
* `search(pattern, n, unique)`: glob pattern (`*`, `?`) over the source text; the
  last n matches (in the order they were run), each distinct source once with
  `unique`.

Entries are (session, line, input) or, with output=True, (session, line, (input,
output)).  A store that cannot be opened (read-only disk, corrupt file, locked)
falls back to an in-memory database and says so once on stderr: history never
breaks execution.  Leaves the Jupyter message shapes to kernel.py and the
prompt_toolkit adapter to console/history.py.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    session INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT, start TEXT, end TEXT);
CREATE TABLE IF NOT EXISTS history (
    session INTEGER, line INTEGER, source TEXT,
    PRIMARY KEY (session, line));
CREATE TABLE IF NOT EXISTS output_history (
    session INTEGER, line INTEGER, output TEXT,
    PRIMARY KEY (session, line));
"""


def history_path() -> Path:
    explicit = os.environ.get("JSKERNEL_HISTORY")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("JSKERNEL_HOME")
    if home:
        return Path(home).expanduser() / "history.sqlite"
    try:
        from jupyter_core.paths import jupyter_data_dir
        base = Path(jupyter_data_dir())
    except Exception:   # noqa: BLE001 -- jupyter_core missing or confused: a plain default
        base = Path.home() / ".local" / "share" / "jupyter"
    return base / "jskernel" / "history.sqlite"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class HistoryStore:
    """A connection to the history database and the current session's number."""

    def __init__(self, path: str | Path | None = None, kind: str = "kernel", *, reader: bool = False):
        """`reader`: only look (the current session is the latest one; none is made)."""
        self.path = Path(path) if path is not None else history_path()
        self.kind = kind
        self.reader = reader
        self.fallback_reason: str | None = None
        self._db: sqlite3.Connection | None = None
        self._session: int | None = None
        self._lock = threading.RLock()

    # -- connection ---------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(self.path), timeout=5, check_same_thread=False,
                                 isolation_level=None)
            db.executescript(SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            self.fallback_reason = f"{self.path}: {exc}"
            print(f"jskernel: history will not be saved ({self.fallback_reason})", file=sys.stderr)
            db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            db.executescript(SCHEMA)
        self._db = db
        return db

    def _execute(self, sql: str, params=()):
        with self._lock:
            db = self._connect()
            try:
                return db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:     # locked for too long, disk full...: lose this one
                if self.fallback_reason is None:
                    self.fallback_reason = str(exc)
                    print(f"jskernel: history: {exc}", file=sys.stderr)
                return []

    @property
    def session(self) -> int:
        """The current session's number (the session row is made on first use)."""
        with self._lock:
            if self._session is None:
                db = self._connect()
                if self.reader:
                    row = db.execute("SELECT COALESCE(MAX(session), 0) FROM sessions").fetchone()
                    self._session = int(row[0])
                    return self._session
                try:
                    cur = db.execute("INSERT INTO sessions (kind, start) VALUES (?, ?)", (self.kind, _now()))
                    self._session = int(cur.lastrowid)
                except sqlite3.Error:
                    row = db.execute("SELECT COALESCE(MAX(session), 0) + 1 FROM sessions").fetchone()
                    self._session = int(row[0]) if row else 1
            return self._session

    def close(self) -> None:
        with self._lock:
            if self._db is None:
                return
            if self._session is not None:
                self._execute("UPDATE sessions SET end = ? WHERE session = ?", (_now(), self._session))
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None

    # -- writing ------------------------------------------------------------------------------
    def store_input(self, line: int, source: str) -> None:
        self._execute("INSERT OR REPLACE INTO history (session, line, source) VALUES (?, ?, ?)",
                      (self.session, int(line), source))

    def store_output(self, line: int, output: str) -> None:
        self._execute("INSERT OR REPLACE INTO output_history (session, line, output) VALUES (?, ?, ?)",
                      (self.session, int(line), output))

    def next_line(self) -> int:
        """1 + the highest line of the current session (the console numbers inputs so)."""
        rows = self._execute("SELECT COALESCE(MAX(line), 0) FROM history WHERE session = ?", (self.session,))
        return int(rows[0][0]) + 1 if rows else 1

    # -- reading ------------------------------------------------------------------------------
    _SELECT = ("SELECT h.session, h.line, h.source, o.output FROM history h "
               "LEFT JOIN output_history o ON o.session = h.session AND o.line = h.line ")

    @staticmethod
    def _entries(rows, output: bool):
        if output:
            return [(s, ln, (src, out)) for s, ln, src, out in rows]
        return [(s, ln, src) for s, ln, src, _out in rows]

    def tail(self, n: int = 10, output: bool = False):
        n = max(0, int(n if n is not None else 10))
        self.session    # the current session exists (and counts as the latest)
        rows = self._execute(self._SELECT + "ORDER BY h.rowid DESC LIMIT ?", (n,))
        return self._entries(list(reversed(rows)), output)

    def resolve_session(self, session) -> int:
        session = int(session or 0)
        if session <= 0:
            return self.session + session
        return session

    def range(self, session=0, start: int = 1, stop: int | None = None, output: bool = False):
        session = self.resolve_session(session)
        start = 1 if start is None else int(start)
        if stop is None:
            rows = self._execute(self._SELECT + "WHERE h.session = ? AND h.line >= ? ORDER BY h.line",
                                 (session, start))
        else:
            rows = self._execute(self._SELECT + "WHERE h.session = ? AND h.line >= ? AND h.line < ? "
                                 "ORDER BY h.line", (session, start, int(stop)))
        return self._entries(rows, output)

    def search(self, pattern: str = "*", n: int | None = None, unique: bool = False, output: bool = False):
        pattern = pattern or "*"
        if unique:
            sql = (self._SELECT + "WHERE h.source GLOB ? AND NOT EXISTS (SELECT 1 FROM history l "
                   "WHERE l.source = h.source AND l.rowid > h.rowid) ")
        else:
            sql = self._SELECT + "WHERE h.source GLOB ? "
        sql += "ORDER BY h.rowid DESC"
        params: tuple = (pattern,)
        if n is not None:
            sql += " LIMIT ?"
            params += (max(0, int(n)),)
        rows = self._execute(sql, params)
        return self._entries(list(reversed(rows)), output)

    def recent_sources(self, limit: int = 1000) -> list[str]:
        """Distinct inputs, newest first, over all sessions (the console's Up arrow)."""
        rows = self._execute(
            "SELECT source FROM history GROUP BY source ORDER BY MAX(rowid) DESC "
            "LIMIT ?", (int(limit),))
        return [r[0] for r in rows]

    def sessions(self):
        """[(session, kind, start, end)] oldest first."""
        return self._execute("SELECT session, kind, start, end FROM sessions ORDER BY session")


def history_reply(store: HistoryStore, hist_access_type: str, output: bool = False, raw: bool = True,
                  session=None, start=None, stop=None, n=None, pattern=None, unique=False) -> dict:
    """The content of a Jupyter `history_reply`."""
    if hist_access_type == "tail":
        entries = store.tail(10 if n is None else n, output=output)
    elif hist_access_type == "range":
        entries = store.range(session or 0, start, stop, output=output)
    elif hist_access_type == "search":
        entries = store.search(pattern or "*", n=n, unique=bool(unique), output=output)
    else:
        entries = []
    return {"status": "ok", "history": [list(e) if not output else [e[0], e[1], list(e[2])]
                                        for e in entries]}
