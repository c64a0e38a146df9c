"""The console's input history: the shared SQLite store (jskernel/history.py), so the
Up arrow recalls inputs of earlier console sessions and of notebook kernels alike.

Owns the prompt_toolkit adapter: `StoreHistory` loads the distinct inputs of every
session, newest first, and stores each accepted input as the next line of this
console's session.  Where the database lives (JSKERNEL_HISTORY, JSKERNEL_HOME, the
Jupyter data directory) and how it degrades to memory are history.py's business.
"""

from __future__ import annotations

from prompt_toolkit.history import History

from jskernel.history import HistoryStore, history_path

__all__ = ["StoreHistory", "console_history", "history_path"]


class StoreHistory(History):
    def __init__(self, store: HistoryStore):
        super().__init__()
        self.store = store

    def load_history_strings(self):
        yield from self.store.recent_sources()

    def store_string(self, string: str) -> None:
        self.store.store_input(self.store.next_line(), string)


def console_history(session=None) -> History:
    """The prompt's history; the store is also set as `session.history` (for %history)."""
    store = HistoryStore(kind="console")
    if session is not None:
        session.history = store
    return StoreHistory(store)
