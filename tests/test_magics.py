"""Magics without a kernel: the registry, the cell splitter, each family of magics run
against an Engine through a small host, and the console's use of them.  Output formats
follow IPython's (%time, %timeit, %who, %lsmagic); ASTs and bytecode are what
`jskernel parse` / `jskernel dis` print.
"""

from __future__ import annotations

import io
import re

import pytest

from jskernel import magics
from jskernel.engine import Engine, JSError
from jskernel.engine.host.dialogs import InputNotAvailable
from jskernel.magics import MagicError, plan
from jskernel.magics.timing import format_time


class Host:
    """The smallest MagicHost: output collected, values kept."""

    def __init__(self, engine=None, answers=None):
        self.engine = engine or Engine()
        self.filename = "In[1]"
        self.magic_line = 1
        self.out = []
        self.shown = []
        self.answers = list(answers or [])

    def write(self, text):
        self.out.append(text)

    def evaluate(self, source):
        e = self.engine
        if hasattr(e, "evaluate_cell"):
            value = e.evaluate_cell(source, self.filename)
            state, result = e.settle_state(value)
            return result if state in ("value", "fulfilled") else e.wait_cell(value)
        return e.evaluate(source, filename=self.filename)

    def show(self, value):
        self.shown.append(value)

    def read_line(self, prompt):
        if not self.answers:
            raise InputNotAvailable()
        return self.answers.pop(0)

    def run(self, cell):
        steps = plan(cell)
        assert steps is not None, cell
        magics.run_plan(steps, self, lambda src: self.evaluate(src) is not None or True)
        return "".join(self.out)


# -- registry ---------------------------------------------------------------------------------

def test_names_lists_line_then_cell_magics():
    names = magics.names()
    for name in ("%time", "%timeit", "%who", "%whos", "%reset", "%lsmagic", "%ast", "%dis",
                 "%%module", "%%time", "%%timeit"):
        assert name in names
    assert names.index("%who") < names.index("%%module")
    assert magics.names("cell") == [n for n in names if n.startswith("%%")]


def test_registering_a_new_magic_family():
    @magics.register("shout", magics.LINE, "Say it loudly")
    def shout(host, args, body):
        host.write(args.upper() + "\n")

    try:
        assert "%shout" in magics.names()
        assert Host().run("%shout hello") == "HELLO\n"
    finally:
        magics._REGISTRY.pop(("shout", magics.LINE))


# -- splitting ----------------------------------------------------------------------------------

def test_plain_js_has_no_plan():
    assert plan("let x = 1 % 2;\nx") is None
    assert plan("a\n% b") is None
    assert plan("a\n%b") is None           # no magic %b, and the cell is valid JS: a % b


def test_percent_lines_inside_unfinished_js_stay_javascript():
    cell = "const t = `\n%not a magic\n`;\nconst o = {\n  a: 1\n  %b\n};"
    assert plan(cell) is None


def test_plan_keeps_line_numbers_of_js_pieces():
    steps = plan("let a = 1\n%who\nlet b = 2\nb")
    assert [s.kind for s in steps] == ["js", "magic", "js"]
    assert steps[0].source == "let a = 1"
    assert steps[1].magic.name == "who" and steps[1].line == 2
    assert steps[2].source == "\n\nlet b = 2\nb"


def test_cell_magic_takes_the_whole_cell():
    steps = plan("%%module util\nexport const x = 1\n%who")
    assert len(steps) == 1 and steps[0].magic.typed == "%%module"
    assert steps[0].args == "util" and steps[0].body == "export const x = 1\n%who"


def test_unknown_magic_lists_close_names():
    with pytest.raises(MagicError) as info:
        plan("%tiem 1 + 1")
    assert str(info.value) == "Line magic function `%tiem` not found. Did you mean: %time, %timeit?"
    with pytest.raises(MagicError) as info:
        plan("%%modul x")
    assert "Cell magic function `%%modul` not found" in str(info.value) and "%%module" in str(info.value)
    with pytest.raises(MagicError) as info:
        plan("%zzzzzz")
    assert "%lsmagic" in str(info.value)


def test_cell_magic_not_on_first_line():
    with pytest.raises(MagicError) as info:
        plan("1\n%%time\n2")
    assert "first line" in str(info.value)


def test_help_suffix():
    out = Host().run("%time?")
    assert out.startswith("%time: ") and "CPU" in out


@pytest.mark.parametrize("text, status", [
    ("%%module m", "incomplete"), ("%%module m\nexport const a = 1", "incomplete"),
    ("%%module m\nexport const a = 1\n\n", "complete"), ("%time 1 + 1", "complete"),
])
def test_is_complete(text, status):
    assert magics.is_complete(text)[0] == status


def test_is_complete_leaves_js_to_the_parser():
    assert magics.is_complete("let a = {") is None


# -- timing -------------------------------------------------------------------------------------

@pytest.mark.parametrize("seconds, text", [
    (1.2345e-3, "1.23 ms"), (45.6e-6, "45.6 µs"), (0.5, "500 ms"), (2.0, "2 s"),
    (12.3e-9, "12.3 ns"), (0.0, "0 ns"), (125.0, "2min 5s"),
])
def test_format_time(seconds, text):
    assert format_time(seconds) == text


TIME = re.compile(r"CPU times: user \S+ \S+, sys: \S+ \S+, total: \S+ \S+\nWall time: \S+ \S+\n$")
TIMEIT = re.compile(r"\S+ \S+ ± \S+ \S+ per loop \(mean ± std\. dev\. of (\d+) runs?, (\d+) loops? each\)\n$")


def test_time_line_shows_times_and_the_value():
    host = Host()
    out = host.run("%time [1, 2, 3].map(x => x * 2).length")
    assert TIME.match(out), out
    assert host.shown == [3.0]


def test_time_cell():
    host = Host()
    out = host.run("%%time\nlet s = 0\nfor (let i = 0; i < 10; i++) s += i\ns")
    assert TIME.match(out) and host.shown == [45.0]


def test_time_error_is_a_js_error_with_cell_line():
    with pytest.raises(JSError) as info:
        Host().run("1\n%time null.x")
    assert info.value.name == "TypeError"
    assert info.value.frames[0][2] == 2        # line 2 of the cell


def test_timeit_with_explicit_loops():
    out = Host().run("%timeit -n 5 -r 3 let a = [1, 2, 3]; a.reverse()")
    m = TIMEIT.match(out)
    assert m, out
    assert m.groups() == ("3", "5")


def test_timeit_picks_its_loop_count():
    out = Host().run("%timeit -r 1 1 + 1")
    m = TIMEIT.match(out)
    assert m, out
    assert m.group(1) == "1" and int(m.group(2)) >= 10
    assert "1 run," in out


def test_timeit_cell_with_setup():
    out = Host().run("%%timeit -n 3 -r 2 const xs = [3, 1, 2]\nxs.slice().sort()")
    assert TIMEIT.match(out).groups() == ("2", "3")


def test_timeit_usage_errors():
    for cell in ("%timeit", "%timeit -n x 1", "%timeit -n 0 1", "%timeit -r"):
        with pytest.raises(MagicError):
            Host().run(cell)


# -- namespace ---------------------------------------------------------------------------------------

def test_who_and_whos():
    host = Host()
    assert host.run("%who") == "Interactive namespace is empty.\n"
    host.evaluate("var zeta = 1; let alpha = 'a'; function beta() {}; class Gamma {}")
    host.out.clear()
    assert host.run("%who") == "Gamma\talpha\tbeta\tzeta\n"
    host.out.clear()
    assert host.run("%who function") == "Gamma\tbeta\n"
    host.out.clear()
    table = host.run("%whos")
    assert table.splitlines()[0].split() == ["Variable", "Type", "Data/Info"]
    assert re.search(r"^alpha\s+string\s+'a'$", table, re.M)
    assert re.search(r"^Gamma\s+class\s+\[class Gamma\]$", table, re.M)
    with pytest.raises(MagicError):
        host.run("%who nonsense")


def test_reset_asks_unless_forced():
    host = Host(answers=["n", "y"])
    host.evaluate("var keep = 1")
    assert host.run("%reset") == "Nothing done.\n"
    assert "keep" in host.engine.user_globals()
    host.run("%reset")
    assert host.engine.user_globals() == {}
    host.evaluate("let again = 2")
    with pytest.raises(MagicError) as info:
        host.run("%reset")              # no input available
    assert "%reset -f" in str(info.value)
    host.run("%reset -f")
    assert host.engine.user_globals() == {}


# -- introspection ---------------------------------------------------------------------------------

def test_ast_matches_jskernel_parse():
    from jskernel.cli import render_tree
    from jskernel.engine import syntax

    expected = render_tree(syntax.parse("let x = 1 + 2", filename="In[1]"))
    assert Host().run("%ast let x = 1 + 2") == expected
    out = Host().run("%%ast --json\nx")
    assert '"type": "Program"' in out and '"name": "x"' in out


def test_dis_of_a_function_and_of_a_snippet():
    host = Host()
    host.evaluate("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }")
    out = host.run("%dis fib")
    assert out.startswith("== function fib (In[1])") and "LOAD_GLOBAL" in out
    host.out.clear()
    snippet = host.run("%dis 1 + 2")
    assert snippet == host.engine.disassemble("1 + 2", filename="In[1]")
    host.out.clear()
    host.evaluate("const bound = fib.bind(null)")
    assert host.run("%dis bound").startswith("== function fib")


def test_dis_errors():
    with pytest.raises(MagicError) as info:
        Host().run("%dis nothing")
    assert "nothing is not defined" in str(info.value)
    with pytest.raises(MagicError) as info:
        Host().run("%dis Math.max")
    assert "builtin" in str(info.value)


# -- modules -----------------------------------------------------------------------------------------

def test_module_magic_defines_an_importable_module():
    host = Host()
    if not hasattr(host.engine, "define_module"):
        with pytest.raises(MagicError) as info:
            host.run("%%module util\nexport const x = 1")
        assert "not available" in str(info.value)
        return
    assert host.run("%%module util\nexport const twice = x => 2 * x") == "Defined module 'util'\n"
    assert host.evaluate("import { twice } from 'util'; twice(21)") == 42.0


def test_module_magic_needs_a_name():
    with pytest.raises(MagicError):
        Host().run("%%module\nexport {}")


def test_lsmagic_and_magic():
    out = Host().run("%lsmagic")
    assert out.startswith("Available line magics:\n%ast  %dis")
    assert "Available cell magics:\n%%ast" in out
    assert "%timeit" in Host().run("%magic") and Host().run("%magic %%module").startswith("%%module:")


# -- the console ---------------------------------------------------------------------------------------

def test_console_runs_magics_and_js_pieces():
    from jskernel.console.app import Session, run_stream

    out, err = io.StringIO(), io.StringIO()
    session = Session(out=out, err=err)
    text = ("function f(x) { return x * 2 }\n%who\n%tme\nlet y = f(4)\n%who\ny\n"
            "%%module m\nexport const z = 1\n\n")
    status = run_stream(io.StringIO(text), session)
    lines = out.getvalue().splitlines()
    assert lines == ["undefined", "f", "undefined", "f\ty", "8", "Defined module 'm'"]
    assert "UsageError: Line magic function `%tme` not found." in err.getvalue()
    assert status == 1
