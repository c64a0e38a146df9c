"""The `console` object, formatted like node: log/info/debug to stdout, error/warn to
stderr (util.formatWithOptions; runtime/inspect.py does the formatting), plus group /
groupEnd indentation, assert, count / countReset, dir, time / timeEnd."""

from __future__ import annotations

import time

from jskernel.engine.builtins import arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.inspect import format_log_args, inspect
from jskernel.engine.runtime.objects import CONFIGURABLE, ENUMERABLE, WRITABLE
from jskernel.engine.runtime.values import UNDEFINED

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
    if rest and type(rest[0]) is str:
        rest[0] = "Assertion failed: " + rest[0]
    else:
        rest.insert(0, "Assertion failed")
    _emit(realm, "stderr", format_log_args(realm, rest))
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
    _state(realm).counts.pop(_label(args), None)
    return UNDEFINED


def console_dir(realm, this, args):
    _emit(realm, "stdout", inspect(arg(args, 0)))
    return UNDEFINED


def console_time(realm, this, args):
    _state(realm).timers[_label(args)] = time.perf_counter()
    return UNDEFINED


def _elapsed(realm, args, end):
    st = _state(realm)
    label = _label(args)
    t0 = st.timers.pop(label, None) if end else st.timers.get(label)
    if t0 is None:
        _emit(realm, "stderr", f"Warning: No such label '{label}' for console.time{'End' if end else 'Log'}()")
        return UNDEFINED
    ms = (time.perf_counter() - t0) * 1000
    extra = format_log_args(realm, list(args[1:])) if not end and len(args) > 1 else ""
    text = f"{label}: {ms:.3f}ms" if ms < 1000 else f"{label}: {ms / 1000:.3f}s"
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
    realm.global_object.define_raw("console", c, WRITABLE | CONFIGURABLE)
