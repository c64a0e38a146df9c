"""The SQLite input history shared by kernels and consoles (jskernel/history.py).

Query semantics follow IPython's history manager, which Jupyter's history_request
mirrors: `range` stops before `stop`, session 0 is the current one and negative
sessions count back from it, `search` takes a glob and returns the last n matches,
`unique` keeps the latest occurrence of each source.
"""

from __future__ import annotations

import sqlite3

import pytest

from jskernel.history import HistoryStore, history_path, history_reply


@pytest.fixture
def db(tmp_path):
    return tmp_path / "h.sqlite"


def fill(store, sources, first=1):
    for i, src in enumerate(sources, first):
        store.store_input(i, src)


def test_path_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("JSKERNEL_HISTORY", str(tmp_path / "x.sqlite"))
    assert history_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("JSKERNEL_HISTORY")
    monkeypatch.setenv("JSKERNEL_HOME", str(tmp_path / "home"))
    assert history_path() == tmp_path / "home" / "history.sqlite"
    monkeypatch.delenv("JSKERNEL_HOME")
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "data"))
    assert history_path() == tmp_path / "data" / "jskernel" / "history.sqlite"


def test_sessions_are_numbered_and_persist(db):
    a = HistoryStore(db)
    fill(a, ["let x = 1", "x + 1"])
    a.close()
    b = HistoryStore(db, kind="console")
    fill(b, ["x * 2"])
    assert b.session == a.session + 1
    assert b.tail(3) == [(a.session, 1, "let x = 1"), (a.session, 2, "x + 1"), (b.session, 1, "x * 2")]
    kinds = [k for _, k, _, _ in b.sessions()]
    assert kinds == ["kernel", "console"]
    ended = [end for _, _, _, end in b.sessions()]
    assert ended[0] is not None and ended[1] is None


def test_tail(db):
    s = HistoryStore(db)
    fill(s, [f"cell {i}" for i in range(1, 21)])
    assert [e[2] for e in s.tail(3)] == ["cell 18", "cell 19", "cell 20"]
    assert s.tail(0) == []
    assert len(s.tail(100)) == 20
    with_output = s.tail(1, output=True)
    assert with_output == [(s.session, 20, ("cell 20", None))]
    s.store_output(20, "42")
    assert s.tail(1, output=True) == [(s.session, 20, ("cell 20", "42"))]


def test_range_and_relative_sessions(db):
    old = HistoryStore(db)
    fill(old, ["a", "b", "c", "d"])
    old.close()
    cur = HistoryStore(db)
    fill(cur, ["e", "f"])
    assert cur.range(0, 1, None) == [(cur.session, 1, "e"), (cur.session, 2, "f")]
    assert cur.range(-1, 2, 4) == [(old.session, 2, "b"), (old.session, 3, "c")]     # stop excluded
    assert cur.range(old.session, 4) == [(old.session, 4, "d")]
    assert cur.range(cur.session + 5, 1) == []


def test_search_glob_unique_and_n(db):
    s = HistoryStore(db)
    fill(s, ["6 * 7", "let a = 1", "6 * 7", "6 + 1", "A = 6", "6 * 7"])
    assert [e[1] for e in s.search("6 [*]*")] == [1, 3, 6]    # a glob matches the whole text
    assert [e[1] for e in s.search("6 ?*")] == [1, 3, 4, 6]
    assert [e[2] for e in s.search("6 ?*", unique=True)] == ["6 + 1", "6 * 7"]
    assert [e[1] for e in s.search("6 ?*", n=2)] == [4, 6]
    assert [e[1] for e in s.search("*a*")] == [2]             # GLOB is case-sensitive
    assert len(s.search("*")) == 6


def test_history_reply_shapes(db):
    s = HistoryStore(db)
    fill(s, ["1", "2"])
    assert history_reply(s, "tail", n=1) == {"status": "ok", "history": [[s.session, 2, "2"]]}
    assert history_reply(s, "tail", output=True, n=1)["history"] == [[s.session, 2, ["2", None]]]
    assert history_reply(s, "range", session=0, start=1, stop=2)["history"] == [[s.session, 1, "1"]]
    assert history_reply(s, "search", pattern="2")["history"] == [[s.session, 2, "2"]]
    assert history_reply(s, "bogus") == {"status": "ok", "history": []}


def test_recent_sources_for_the_console(db):
    k = HistoryStore(db, kind="kernel")
    fill(k, ["a", "b", "a"])
    c = HistoryStore(db, kind="console")
    c.store_input(c.next_line(), "c")
    c.store_input(c.next_line(), "b")
    assert c.recent_sources() == ["b", "c", "a"]
    assert c.next_line() == 3


def test_unwritable_location_falls_back_to_memory(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    s = HistoryStore(blocker / "sub" / "h.sqlite")
    fill(s, ["still works"])
    assert s.tail(1)[0][2] == "still works"
    assert "history will not be saved" in capsys.readouterr().err


def test_corrupt_database_falls_back_to_memory(db, capsys):
    db.write_bytes(b"this is not a database" * 100)
    s = HistoryStore(db)
    fill(s, ["x"])
    assert s.tail(1)[0][2] == "x"
    assert "history will not be saved" in capsys.readouterr().err


def test_two_writers_share_the_file(db):
    k = HistoryStore(db, kind="kernel")
    c = HistoryStore(db, kind="console")
    for i in range(1, 6):
        k.store_input(i, f"k{i}")
        c.store_input(i, f"c{i}")
    rows = sqlite3.connect(str(db)).execute("SELECT COUNT(*) FROM history").fetchone()
    assert rows == (10,)
    assert [e[2] for e in k.tail(2)] == ["k5", "c5"]           # in the order they were run


def test_reader_store_makes_no_session(db):
    s = HistoryStore(db)
    fill(s, ["a"])
    r = HistoryStore(db, reader=True)
    assert r.session == s.session
    assert r.range(0, 1) == [(s.session, 1, "a")]
    assert len(r.sessions()) == 1


class _Host:
    def __init__(self, store):
        self.kernel = type("K", (), {"history": store})()
        self.out = []

    def write(self, text):
        self.out.append(text)


def test_history_magic(db):
    from jskernel.magics import MagicError, get

    old = HistoryStore(db)
    fill(old, ["old1", "old2", "old3"])
    old.close()
    s = HistoryStore(db)
    fill(s, ["let a = 1", "function f() {\n  return a;\n}", "f()"])
    magic = get("history").func

    def run(args):
        host = _Host(s)
        magic(host, args, None)
        return "".join(host.out)

    assert run("") == "let a = 1\nfunction f() {\n  return a;\n}\nf()\n"
    assert run("-n 1 3") == "1: let a = 1\n3: f()\n"
    assert run("-n 2") == "2: function f() {\n     return a;\n   }\n"
    assert run("~1/2-3") == "old2\nold3\n"
    assert run("-l 2") == "function f() {\n  return a;\n}\nf()\n"
    assert run("-g old") == f"{old.session}/1: old1\n{old.session}/2: old2\n{old.session}/3: old3\n"
    for bad in ("-l", "-l x", "1-", "'"):
        with pytest.raises(MagicError):
            run(bad)
