"""Generators: %GeneratorFunction.prototype%, %GeneratorPrototype% (next / return /
throw) and the generator object's state.

A generator object's `internal` slot is a `GeneratorState` holding the generator's
suspended `Frame`.  `next(v)` resumes that frame on the VM's frame stack
(`VM.resume_generator`); the YIELD instruction parks it again.  Nothing about a
suspended generator lives on the Python stack.
"""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.builtins.iterator import iter_result
from jskernel.engine.runtime.objects import CONFIGURABLE, JSObject, throw_type_error
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG


class GeneratorState:
    __slots__ = ("frame", "state")

    def __init__(self, frame):
        self.frame = frame
        self.state = "suspendedStart"   # suspendedStart | suspendedYield | executing | completed


def _state(this, method):
    if not isinstance(this, JSObject) or not isinstance(this.internal, GeneratorState):
        throw_type_error(f"{method} method called on incompatible receiver")
    return this.internal


def _resume(mode, method):
    def fn(realm, this, args):
        g = _state(this, method)
        value, done = realm.vm.resume_generator(g, mode, arg(args, 0))
        if done is None:
            return value
        return iter_result(realm, value, done)
    return fn


def install(realm):
    I = realm.intrinsics
    gp = realm.heap.allocate(JSObject, I["%IteratorPrototype%"])
    define_table(realm, gp, [
        ("next", _resume("next", "next"), 1),
        ("return", _resume("return", "return"), 1),
        ("throw", _resume("throw", "throw"), 1),
        (SYMBOL_TO_STRING_TAG, VALUE("Generator"), CONFIGURABLE),
    ])
    gfp = realm.heap.allocate(JSObject, I["%Function.prototype%"])
    gfp.define_raw("prototype", gp, CONFIGURABLE)
    gfp.define_raw(SYMBOL_TO_STRING_TAG, "GeneratorFunction", CONFIGURABLE)
    gp.define_raw("constructor", gfp, CONFIGURABLE)
    I["%GeneratorPrototype%"] = gp
    I["%GeneratorFunction.prototype%"] = gfp
    from jskernel.engine.builtins.function import make_dynamic_ctor
    make_dynamic_ctor(realm, "GeneratorFunction", "generator", gfp)
