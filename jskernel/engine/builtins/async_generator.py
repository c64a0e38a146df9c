"""The async intrinsics' objects: %AsyncFunction.prototype%, %AsyncIteratorPrototype%,
%AsyncGeneratorFunction.prototype% and %AsyncGeneratorPrototype% (next / return /
throw, sec-asyncgenerator-objects).

An async generator object's `internal` is a `vm.async_functions.AsyncGeneratorState`
(its parked frame and request queue); the methods here only enqueue requests, the
driver in vm/async_functions.py runs the frame.
"""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.runtime.objects import CONFIGURABLE, JSObject
from jskernel.engine.runtime.values import SYMBOL_ASYNC_ITERATOR, SYMBOL_TO_STRING_TAG


def _request(mode):
    def fn(realm, this, args):
        from jskernel.engine.vm.async_functions import agen_enqueue
        return agen_enqueue(realm.vm, this, mode, arg(args, 0), mode)
    return fn


def _make_ctor(realm, name, kind, proto):
    """%AsyncFunction% / %AsyncGeneratorFunction%: CreateDynamicFunction of that kind."""
    from jskernel.engine.builtins.function import make_dynamic_ctor
    return make_dynamic_ctor(realm, name, kind, proto)


def install(realm):
    I = realm.intrinsics
    fp = I["%Function.prototype%"]
    afp = realm.heap.allocate(JSObject, fp)
    afp.define_raw(SYMBOL_TO_STRING_TAG, "AsyncFunction", CONFIGURABLE)
    I["%AsyncFunction.prototype%"] = afp

    aip = realm.heap.allocate(JSObject, I["%Object.prototype%"])
    define_table(realm, aip, [(SYMBOL_ASYNC_ITERATOR, lambda realm, this, args: this, 0)])
    I["%AsyncIteratorPrototype%"] = aip

    agp = realm.heap.allocate(JSObject, aip)
    define_table(realm, agp, [
        ("next", _request("next"), 1),
        ("return", _request("return"), 1),
        ("throw", _request("throw"), 1),
        (SYMBOL_TO_STRING_TAG, VALUE("AsyncGenerator"), CONFIGURABLE),
    ])
    agfp = realm.heap.allocate(JSObject, fp)
    agfp.define_raw("prototype", agp, CONFIGURABLE)
    agfp.define_raw(SYMBOL_TO_STRING_TAG, "AsyncGeneratorFunction", CONFIGURABLE)
    agp.define_raw("constructor", agfp, CONFIGURABLE)
    I["%AsyncGeneratorPrototype%"] = agp
    I["%AsyncGeneratorFunction.prototype%"] = agfp
    _make_ctor(realm, "AsyncFunction", "async", afp)
    _make_ctor(realm, "AsyncGeneratorFunction", "asyncGenerator", agfp)
