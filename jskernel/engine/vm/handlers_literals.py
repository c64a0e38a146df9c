"""Handlers for object / array literals, closures, spread, iteration (for-in, for-of,
destructuring), template objects and RegExp literals.

Registered into `vm.handlers.HANDLERS` (see that module for the calling convention).
"""

from __future__ import annotations

from jskernel.engine.runtime import messages as M
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunction
from jskernel.engine.runtime.objects import (
    ACCESSOR, CONFIGURABLE, ENUMERABLE, Accessor, JSObject, ThrowCompletion,
)
from jskernel.engine.runtime.values import ABSENT, TDZ, UNDEFINED
from jskernel.engine.vm import iteration
from jskernel.engine.vm.frames import this_origin
from jskernel.engine.vm.handlers import handler


# --- literals and closures ----------------------------------------------------------------
@handler("NEW_OBJECT")
def _(vm, frame, arg):
    frame.stack.append(vm.realm.new_object())


@handler("NEW_ARRAY")
def _(vm, frame, arg):
    s = frame.stack
    if arg:
        items = s[-arg:]
        del s[-arg:]
    else:
        items = []
    s.append(vm.realm.new_array(items))


@handler("ARRAY_APPEND")
def _(vm, frame, arg):
    v = frame.stack.pop()
    frame.stack[-1].elements.append(v)


@handler("ARRAY_SPREAD")
def _(vm, frame, arg):
    src = frame.stack.pop()
    it = iteration.get_iterator(vm, src, frame.code.call_names.get(frame.pc - 1))
    frame.stack[-1].elements.extend(it.rest())


@handler("DEFINE_FIELD")
def _(vm, frame, arg):
    v = frame.stack.pop()
    frame.stack[-1].define_raw(frame.code.consts[arg], v)


@handler("DEFINE_ELEM")
def _(vm, frame, arg):
    s = frame.stack
    v = s.pop()
    key = ops.ToPropertyKey(s.pop())
    if key == "prototype":      # a class's static field (CreateDataPropertyOrThrow)
        from jskernel.engine.vm.handlers_classes import check_redefine
        check_redefine(s[-1], key)
    s[-1].define_raw(key, v)


def _define_accessor(frame, getter, enumerable):
    s = frame.stack
    fn = s.pop()
    key = ops.ToPropertyKey(s.pop())
    obj = s[-1]
    r = obj.lookup_own(key)
    if r is not None and key == "prototype" and not r[1] & CONFIGURABLE:
        from jskernel.engine.vm.handlers_classes import check_redefine
        check_redefine(obj, key)
    acc = r[0] if r is not None and r[1] & ACCESSOR else Accessor()
    acc = Accessor(fn if getter else acc.get, acc.set if getter else fn)
    if type(fn) is JSFunction:
        fn.home_object = obj
    obj.define_raw(key, acc, (ENUMERABLE if enumerable else 0) | CONFIGURABLE | ACCESSOR)


@handler("DEFINE_GETTER")
def _(vm, frame, arg):
    _define_accessor(frame, True, arg)


@handler("DEFINE_SETTER")
def _(vm, frame, arg):
    _define_accessor(frame, False, arg)


@handler("SET_PROTO_LITERAL")
def _(vm, frame, arg):
    s = frame.stack
    v = s.pop()
    if v is None or isinstance(v, JSObject):
        s[-1].proto = v


@handler("OBJECT_SPREAD")
def _(vm, frame, arg):
    s = frame.stack
    src = s.pop()
    target = s[-1]
    if type(src) is str:
        for i, c in enumerate(src):
            target.define_raw(str(i), c)
        return
    if not isinstance(src, JSObject):
        return
    from jskernel.engine.runtime.proxy import is_proxy
    if is_proxy(src) or src.generic_properties:       # CopyDataProperties through the traps
        for k in src.own_keys():
            d = src.get_own_property(k)
            if d is not None and d.enumerable is True:
                target.define_raw(k, src.get(k, src))
        return
    for k in src.own_keys():
        r = src.lookup_own(k)
        if r is not None and r[1] & ENUMERABLE:
            target.define_raw(k, src.get(k, src))


@handler("MAKE_CLOSURE")
def _(vm, frame, arg):
    code = frame.code.consts[arg]
    cells = frame.cells
    closure = [cells[i] for i in code.freevars]
    realm = vm.realm
    this = ABSENT
    if code.is_arrow:
        this = frame.this
        if this is TDZ or frame.code.is_derived or frame.code.is_arrow:
            # an arrow in a derived constructor reads `this` live from the constructor's
            # frame (created before super()), and its super() finds the constructor there
            origin = this_origin(frame)
            if this is TDZ or origin.code.is_derived:
                this = origin
    f = realm.heap.allocate(JSFunction, realm, code, closure, this)
    if code.is_arrow:
        f.lexical_new_target = frame.new_target
        if frame.func is not None:
            f.home_object = frame.func.home_object     # super.x inside arrows
    elif code.is_generator:
        f.proto = realm.intrinsics["%GeneratorFunction.prototype%"]
    if code.call_kind >= 3:      # async function / async generator function
        f.proto = realm.intrinsics["%AsyncFunction.prototype%" if code.call_kind == 3
                                   else "%AsyncGeneratorFunction.prototype%"]
    frame.stack.append(f)


@handler("SET_HOME_ELEM")
def _(vm, frame, arg):
    s = frame.stack
    fn = s[-1]
    if type(fn) is JSFunction:
        fn.home_object = s[-3]


@handler("SET_HOME")
def _(vm, frame, arg):
    s = frame.stack
    fn = s[-1]
    if type(fn) is JSFunction:
        fn.home_object = s[-2]


# --- iteration -----------------------------------------------------------------------------
@handler("FOR_IN_START")
def _(vm, frame, arg):
    s = frame.stack
    s[-1] = iteration.for_in_iterator(s[-1])


@handler("FOR_IN_NEXT")
def _(vm, frame, arg):
    s = frame.stack
    k = s[-1].next()
    if k is ABSENT:
        s.pop()
        frame.pc = arg
    else:
        s.append(k)


@handler("FOR_OF_START")
def _(vm, frame, arg):
    s = frame.stack
    s[-1] = iteration.get_iterator(vm, s[-1], frame.code.call_names.get(frame.pc - 1))


@handler("FOR_OF_NEXT")
def _(vm, frame, arg):
    s = frame.stack
    v = s[-1].next()
    if v is ABSENT:
        s.pop()
        frame.pc = arg
    else:
        s.append(v)


@handler("ITER_CLOSE")
def _(vm, frame, arg):
    it = frame.stack.pop()
    if arg:
        try:
            it.close()
        except ThrowCompletion:
            pass
    else:
        it.close()


@handler("ITER_NEXT_VALUE")
def _(vm, frame, arg):
    s = frame.stack
    v = s[-1].next()
    s.append(UNDEFINED if v is ABSENT else v)


@handler("ITER_REST")
def _(vm, frame, arg):
    s = frame.stack
    s.append(vm.realm.new_array(s[-1].rest()))


@handler("TEMPLATE_OBJECT")
def _(vm, frame, arg):
    code = frame.code
    pc = frame.pc - 1
    t = code.ic[pc]
    if t is None:
        cooked, raw = code.consts[arg]
        realm = vm.realm
        raw_arr = realm.new_array(list(raw))
        t = realm.new_array([UNDEFINED if c is None else c for c in cooked])
        t.define_raw("raw", raw_arr, 0)
        from jskernel.engine.builtins.object import object_freeze
        object_freeze(realm, UNDEFINED, [raw_arr])
        object_freeze(realm, UNDEFINED, [t])
        code.ic[pc] = t
    frame.stack.append(t)


@handler("NEW_REGEXP")
def _(vm, frame, arg):
    pattern, flags = frame.code.consts[arg]
    ctor = vm.realm.intrinsics.get("%RegExp%")
    if ctor is None:
        raise ThrowCompletion(None, "SyntaxError", M.UNSUPPORTED.format("RegExp"))
    from jskernel.engine.builtins.regexp import new_regexp_literal
    frame.stack.append(new_regexp_literal(vm.realm, pattern, flags))


