"""Where the console's persistent input history lives.

    $JSKERNEL_HOME/console_history               when JSKERNEL_HOME is set
    $XDG_DATA_HOME/jskernel/console_history      when XDG_DATA_HOME is set
    ~/.local/share/jskernel/console_history      otherwise

Owns the path and a history object that degrades to in-memory history (with a
warning) when the file cannot be written.  Multi-line entries are stored whole by
prompt_toolkit's FileHistory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from prompt_toolkit.history import FileHistory, History, InMemoryHistory


def history_path() -> Path:
    home = os.environ.get("JSKERNEL_HOME")
    if home:
        return Path(home).expanduser() / "console_history"
    data = os.environ.get("XDG_DATA_HOME")
    base = Path(data).expanduser() if data else Path.home() / ".local" / "share"
    return base / "jskernel" / "console_history"


def console_history() -> History:
    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8"):
            pass
    except OSError as exc:
        print(f"jskernel: history will not be saved ({path}: {exc.strerror or exc})", file=sys.stderr)
        return InMemoryHistory()
    return FileHistory(str(path))
