"""Intrinsics, declared as tables.

Each module (object.py, function.py, array.py, string.py, number.py, math.py,
error.py, console.py, globals.py) declares its properties as rows

    ("name", python_function, length)            a method (writable, configurable, not enumerable)
    ("name", python_function, length, attrs)      a method with explicit attributes
    ("name", VALUE(v), attrs)                     a data property
    ("name", GETTER(fn))                          an accessor with a getter

and an `install(realm)` that creates its constructors / prototypes through the
helpers below, so `length`, `name` and enumerability are right by construction.
Builtin functions use the calling convention ``fn(realm, this, args)``; a
constructor's `construct(realm, args, new_target)` handles `new`.  Install order
matters only for prototypes that others inherit from (Object, Function first).
"""

from __future__ import annotations

from jskernel.engine.runtime.objects import (
    ACCESSOR, CONFIGURABLE, HIDDEN_ATTRS, WRITABLE, Accessor,
)
from jskernel.engine.runtime.values import UNDEFINED


class VALUE:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class GETTER:
    __slots__ = ("fn",)

    def __init__(self, fn):
        self.fn = fn


def arg(args, i):
    """The i-th argument or undefined."""
    return args[i] if i < len(args) else UNDEFINED


def define_table(realm, target, table, prefix=""):
    """Install one declarative table of properties on `target`."""
    for row in table:
        name, what = row[0], row[1]
        if isinstance(what, VALUE):
            attrs = row[2] if len(row) > 2 else HIDDEN_ATTRS
            target.define_raw(name, what.value, attrs)
        elif isinstance(what, GETTER):
            g = realm.new_native(what.fn, "get " + _fname(name), 0)
            target.define_raw(name, Accessor(g, UNDEFINED), CONFIGURABLE | ACCESSOR)
        else:
            length = row[2]
            attrs = row[3] if len(row) > 3 else HIDDEN_ATTRS
            target.define_raw(name, realm.new_native(what, _fname(name), length), attrs)


def _fname(key) -> str:
    """SetFunctionName: a symbol-keyed builtin is named "[description]"."""
    if isinstance(key, str):
        return key
    return f"[{key.description}]"


def make_constructor(realm, name, call, construct, length, proto, static=(), proto_table=()):
    """Create constructor `name` with prototype object `proto`, register both as intrinsics
    (`%name%`, `%name.prototype%`) and as a global."""
    ctor = realm.new_native(call, name, length, construct)
    ctor.define_raw("prototype", proto, 0)
    proto.define_raw("constructor", ctor, WRITABLE | CONFIGURABLE)
    define_table(realm, ctor, static)
    define_table(realm, proto, proto_table)
    realm.intrinsics[f"%{name}%"] = ctor
    realm.intrinsics[f"%{name}.prototype%"] = proto
    realm.global_object.define_raw(name, ctor, WRITABLE | CONFIGURABLE)
    return ctor


def install_all(realm):
    from jskernel.engine.builtins import (
        array, collections, console, error, function, generator, globals as globals_, iterator, json,
        math, number, object, reflect, string, symbol,
    )
    from jskernel.engine.builtins import async_generator, promise
    from jskernel.engine.builtins import proxy
    from jskernel.engine.builtins import array_from_async, iterator_helpers, set_methods, weak_collections
    for module in (object, function, symbol, iterator, array, string, number, error, math,
                   generator, collections, json, reflect, proxy, console, globals_, promise, async_generator,
                   weak_collections, set_methods, iterator_helpers, array_from_async):
        module.install(realm)
    from jskernel.engine.builtins import structured_clone; structured_clone.install(realm)
    from jskernel.engine.builtins import regexp
    regexp.install(realm)
    from jskernel.engine.builtins import date; date.install(realm)
    from jskernel.engine.builtins import array_buffer, atomics, data_view, typed_array  # noqa: E401
    for module in (array_buffer, data_view, typed_array, atomics): module.install(realm)
    from jskernel.engine.builtins import text_codec; text_codec.install(realm)
