"""The `console` object, formatted like node: log/info/debug to stdout, error/warn to
stderr (util.formatWithOptions; runtime/inspect.py does the formatting), plus group /
groupEnd indentation, assert, count / countReset, dir, time / timeEnd."""

from __future__ import annotations

import math
import time

from jskernel.engine.builtins import arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.format_args import format_log_args
from jskernel.engine.runtime.inspect import inspect
from jskernel.engine.runtime.objects import CONFIGURABLE, ENUMERABLE, WRITABLE, JSObject, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED, JSSymbol

ATTRS = WRITABLE | ENUMERABLE | CONFIGURABLE


class ConsoleState:
    __slots__ = ("indent", "counts", "timers")

    def __init__(self):
        self.indent = ""
        self.counts = {}
        self.timers = {}


def _state(realm) -> ConsoleState:
    st = getattr(realm, "console_state", None)
    if st is None:
        st = realm.console_state = ConsoleState()
    return st


def _emit(realm, stream, text):
    indent = _state(realm).indent
    if indent:
        text = "\n".join(indent + line for line in text.split("\n"))
    realm.host.write(stream, text + "\n")


def _writer(stream):
    def log(realm, this, args):
        _emit(realm, stream, format_log_args(realm, list(args)))
        return UNDEFINED
    return log


def console_group(realm, this, args):
    if args:
        _emit(realm, "stdout", format_log_args(realm, list(args)))
    _state(realm).indent += "  "
    return UNDEFINED


def console_group_end(realm, this, args):
    st = _state(realm)
    st.indent = st.indent[:-2]
    return UNDEFINED


def console_assert(realm, this, args):
    if ops.ToBoolean(arg(args, 0)):
        return UNDEFINED
    rest = list(args[1:])
    if rest:    # node: `Assertion failed: ${args[0]}` (a template literal: ToString)
        first = rest[0]
        rest[0] = "Assertion failed: " + (first if type(first) is str else _template_string(realm, first))
    else:
        rest.insert(0, "Assertion failed")
    _emit(realm, "stderr", format_log_args(realm, rest))
    return UNDEFINED


def _template_string(realm, v):
    if type(v) is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a string")
    return ops.ToString(v)


def console_table(realm, this, args):
    from jskernel.engine.builtins.console_table import cli_table, table_layout
    layout = table_layout(realm, arg(args, 0), arg(args, 1))
    if layout is None:
        _emit(realm, "stdout", format_log_args(realm, [arg(args, 0)]))
        return UNDEFINED
    text = cli_table(*layout)
    if getattr(realm.host, "display_sink", None) is not None:   # a front end: also as HTML
        from jskernel.engine.host.display import emit_table
        indent = _state(realm).indent
        emit_table(realm, *layout, "\n".join(indent + line for line in text.split("\n")))
        return UNDEFINED
    _emit(realm, "stdout", text)
    return UNDEFINED


def console_trace(realm, this, args):
    """console.trace: `Trace: <formatted args>` and the stack, to stderr."""
    from jskernel.engine.runtime.realm import format_frames
    msg = format_log_args(realm, list(args))
    frames = realm.vm.capture_frames() if realm.vm is not None else []
    _emit(realm, "stderr", ("Trace: " + msg if msg else "Trace") + format_frames(frames))
    return UNDEFINED


def _label(args):
    return "default" if arg(args, 0) is UNDEFINED else ops.ToString(args[0])


def console_count(realm, this, args):
    st = _state(realm)
    label = _label(args)
    st.counts[label] = st.counts.get(label, 0) + 1
    _emit(realm, "stdout", f"{label}: {st.counts[label]}")
    return UNDEFINED


def console_count_reset(realm, this, args):
    label = _label(args)
    if _state(realm).counts.pop(label, None) is None:
        _emit(realm, "stderr", f"Warning: Count for '{label}' does not exist")
    return UNDEFINED


def console_dir(realm, this, args):
    """console.dir(obj, options): util.inspect with the options depth / showHidden."""
    opts = {}
    o = arg(args, 1)
    if isinstance(o, JSObject):
        d = o.get("depth")
        if d is None or (type(d) is float and d == math.inf):
            opts["depth"] = math.inf
        elif type(d) is float:
            opts["depth"] = d
        if ops.ToBoolean(o.get("showHidden")):
            opts["show_hidden"] = True
    _emit(realm, "stdout", inspect(arg(args, 0), **opts))
    return UNDEFINED


def console_time(realm, this, args):
    st = _state(realm)
    label = _label(args)
    if label in st.timers:
        _emit(realm, "stderr", f"Warning: Label '{label}' already exists for console.time()")
        return UNDEFINED
    st.timers[label] = time.perf_counter()
    return UNDEFINED


def _format_time(ms: float) -> str:
    """node's formatTime: `1.234ms` (Number(ms.toFixed(3))), `1.500s`, `1:02.345 (m:ss.mmm)`."""
    from jskernel.engine.runtime.inspect import format_number
    if ms < 1000:
        return format_number(float(f"{ms:.3f}")) + "ms"
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds = rest / 1000
    if hours or minutes:
        sec, frac = f"{seconds:.3f}".split(".")
        head = f"{int(hours)}:{int(minutes):02d}" if hours else f"{int(minutes)}"
        return f"{head}:{sec.zfill(2)}.{frac} ({'h:m' if hours else ''}m:ss.mmm)"
    return f"{seconds:.3f}s"


def _elapsed(realm, args, end):
    st = _state(realm)
    label = _label(args)
    t0 = st.timers.pop(label, None) if end else st.timers.get(label)
    if t0 is None:
        _emit(realm, "stderr", f"Warning: No such label '{label}' for console.time{'End' if end else 'Log'}()")
        return UNDEFINED
    ms = (time.perf_counter() - t0) * 1000
    extra = format_log_args(realm, list(args[1:])) if not end and len(args) > 1 else ""
    text = f"{label}: {_format_time(ms)}"
    _emit(realm, "stdout", text + (" " + extra if extra else ""))
    return UNDEFINED


TABLE = [
    ("log", _writer("stdout"), 0, ATTRS),
    ("info", _writer("stdout"), 0, ATTRS),
    ("debug", _writer("stdout"), 0, ATTRS),
    ("error", _writer("stderr"), 0, ATTRS),
    ("warn", _writer("stderr"), 0, ATTRS),
    ("dir", console_dir, 0, ATTRS),
    ("group", console_group, 0, ATTRS),
    ("groupEnd", console_group_end, 0, ATTRS),
    ("groupCollapsed", console_group, 0, ATTRS),
    ("table", console_table, 0, ATTRS),
    ("trace", console_trace, 0, ATTRS),
    ("assert", console_assert, 0, ATTRS),
    ("count", console_count, 0, ATTRS),
    ("countReset", console_count_reset, 0, ATTRS),
    ("time", console_time, 0, ATTRS),
    ("timeEnd", lambda realm, this, args: _elapsed(realm, args, True), 0, ATTRS),
    ("timeLog", lambda realm, this, args: _elapsed(realm, args, False), 0, ATTRS),
]


def install(realm):
    c = realm.new_object()
    c.class_name = "console"
    define_table(realm, c, TABLE)
    from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG
    c.define_raw(SYMBOL_TO_STRING_TAG, "console", CONFIGURABLE)      # node: [object console]
    realm.global_object.define_raw("console", c, WRITABLE | CONFIGURABLE)
