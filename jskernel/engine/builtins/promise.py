"""%Promise%: the constructor, Promise.prototype.then / catch / finally, Promise.resolve /
reject / withResolvers and the combinators all / allSettled / any / race
(sec-promise-objects), plus the abstract operations the rest of the engine uses to
build on promises: NewPromiseCapability, CreateResolvingFunctions, PromiseResolve,
PerformPromiseThen, the reaction and resolve-thenable jobs, rejection tracking.

A promise is a JSObject of class "Promise" whose `internal` is a `PromiseState`.
Reaction handlers are either JS callables or, for the engine's own reactions (await,
async generators), plain Python callables taking the settled value: the spec's
built-in closures, which no script can observe.  Jobs go to the realm's host job
queue (host/jobs.py).  Async functions and generators are driven from
vm/async_functions.py.
"""

from __future__ import annotations

from jskernel.engine.builtins import GETTER, VALUE, arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime import values as _values
from jskernel.engine.runtime.objects import CONFIGURABLE, JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG, UNDEFINED

CHAINING_CYCLE = "Chaining cycle detected for promise #<Promise>"
NOT_CALLABLE_FN = "Promise resolve or reject function is not callable"


class PromiseState:
    __slots__ = ("state", "result", "fulfill_reactions", "reject_reactions", "is_handled")

    def __init__(self):
        self.state = "pending"        # pending | fulfilled | rejected
        self.result = UNDEFINED
        self.fulfill_reactions = []
        self.reject_reactions = []
        self.is_handled = False


class Capability:
    """PromiseCapability Record; resolve / reject are JS functions or Python callables."""

    __slots__ = ("promise", "resolve", "reject")

    def __init__(self, promise, resolve, reject):
        self.promise = promise
        self.resolve = resolve
        self.reject = reject


def is_promise(v) -> bool:
    return isinstance(v, JSObject) and type(v.internal) is PromiseState


def call_fn(realm, fn, value):
    """Call a capability / reaction function (JS or Python) with one argument."""
    if isinstance(fn, JSObject):
        return realm.vm.call_function(fn, UNDEFINED, [value])
    return fn(value)


def as_js(realm, fn, length=1):
    """A JS function object for a capability function (wrapping a Python callable)."""
    if isinstance(fn, JSObject):
        return fn
    return realm.new_native(lambda realm, this, args: _ret(fn(arg(args, 0))), "", length)


def _ret(v):
    return UNDEFINED if v is None else v


def caught(realm, exc):
    """The JS value of a ThrowCompletion caught in Python."""
    return realm.vm.materialize(exc)


def describe(realm, v) -> str:
    """V8's rendering of a value inside a message (#<Object>, 1, undefined ...)."""
    if isinstance(v, JSObject):
        if ops.IsCallable(v):
            return realm.vm.describe_value(v)
        try:
            c = v.get("constructor")
            name = c.get("name") if isinstance(c, JSObject) else "Object"
        except ThrowCompletion:
            name = "Object"
        return f"#<{name if isinstance(name, str) and name else 'Object'}>"
    if type(v) is str:
        return v
    return ops.ToDisplayString(v)


# -- promise objects ---------------------------------------------------------------------------
def new_promise(realm, proto=None):
    p = realm.heap.allocate(JSObject, proto if proto is not None else realm.intrinsics["%Promise.prototype%"],
                            "Promise")
    p.internal = PromiseState()
    return p


class ResolvingFunctions:
    """CreateResolvingFunctions (sec-createresolvingfunctions): one shared alreadyResolved."""

    __slots__ = ("realm", "promise", "already")

    def __init__(self, realm, promise):
        self.realm = realm
        self.promise = promise
        self.already = False

    def resolve(self, resolution):
        """Promise Resolve Functions (sec-promise-resolve-functions)."""
        if self.already:
            return UNDEFINED
        self.already = True
        realm = self.realm
        promise = self.promise
        if resolution is promise:                                  # step 7
            reject_promise(realm, promise, realm.new_error("TypeError", CHAINING_CYCLE))
            return UNDEFINED
        if not isinstance(resolution, JSObject):                   # step 8
            fulfill_promise(realm, promise, resolution)
            return UNDEFINED
        try:
            then = resolution.get("then")                          # step 9
        except ThrowCompletion as exc:
            reject_promise(realm, promise, caught(realm, exc))
            return UNDEFINED
        if not ops.IsCallable(then):                               # step 12
            fulfill_promise(realm, promise, resolution)
            return UNDEFINED
        realm.jobs.enqueue(resolve_thenable_job, realm, promise, resolution, then)   # steps 13-15
        return UNDEFINED

    def reject(self, reason):
        if self.already:
            return UNDEFINED
        self.already = True
        reject_promise(self.realm, self.promise, reason)
        return UNDEFINED

    def js(self):
        realm = self.realm
        return (realm.new_native(lambda realm, this, args: self.resolve(arg(args, 0)), "", 1),
                realm.new_native(lambda realm, this, args: self.reject(arg(args, 0)), "", 1))


def resolve_thenable_job(realm, promise, thenable, then):
    """NewPromiseResolveThenableJob (sec-newpromiseresolvethenablejob)."""
    fns = ResolvingFunctions(realm, promise)
    res, rej = fns.js()
    try:
        realm.vm.call_function(then, thenable, [res, rej])
    except ThrowCompletion as exc:
        fns.reject(caught(realm, exc))


def fulfill_promise(realm, promise, value):
    st = promise.internal
    reactions = st.fulfill_reactions
    st.result = value
    st.fulfill_reactions = st.reject_reactions = None
    st.state = "fulfilled"
    for r in reactions:
        realm.jobs.enqueue(reaction_job, realm, r, value)


def reject_promise(realm, promise, reason):
    st = promise.internal
    reactions = st.reject_reactions
    st.result = reason
    st.fulfill_reactions = st.reject_reactions = None
    st.state = "rejected"
    if not st.is_handled:
        realm.jobs.track_rejection(promise, "reject")
    for r in reactions:
        realm.jobs.enqueue(reaction_job, realm, r, reason)


def reaction_job(realm, reaction, argument):
    """NewPromiseReactionJob (sec-newpromisereactionjob)."""
    cap, kind, handler = reaction
    if handler is None:
        if kind == "fulfill":
            ok, value = True, argument
        else:
            ok, value = False, argument
    elif isinstance(handler, JSObject):
        try:
            ok, value = True, realm.vm.call_function(handler, UNDEFINED, [argument])
        except ThrowCompletion as exc:
            ok, value = False, caught(realm, exc)
    else:
        handler(argument)            # an engine-internal reaction (await): never throws
        return
    if cap is None:
        return
    call_fn(realm, cap.resolve if ok else cap.reject, value)


def _handler(h):
    if isinstance(h, JSObject):
        return h if ops.IsCallable(h) else None
    return h if callable(h) else None      # an engine-internal Python reaction, else empty


def perform_then(realm, promise, on_fulfilled, on_rejected, cap=None):
    """PerformPromiseThen (sec-performpromisethen); handlers: JS values or Python callables."""
    on_fulfilled = _handler(on_fulfilled)        # steps 3-4: non-callables become "empty"
    on_rejected = _handler(on_rejected)
    st = promise.internal
    fr = (cap, "fulfill", on_fulfilled)
    rr = (cap, "reject", on_rejected)
    if st.state == "pending":
        st.fulfill_reactions.append(fr)
        st.reject_reactions.append(rr)
    elif st.state == "fulfilled":
        realm.jobs.enqueue(reaction_job, realm, fr, st.result)
    else:
        if not st.is_handled:
            realm.jobs.track_rejection(promise, "handle")
        realm.jobs.enqueue(reaction_job, realm, rr, st.result)
    st.is_handled = True
    return cap.promise if cap is not None else UNDEFINED


def new_capability(realm, C):
    """NewPromiseCapability(C) (sec-newpromisecapability)."""
    I = realm.intrinsics
    if C is I["%Promise%"]:                       # unobservable fast path for %Promise% itself
        p = new_promise(realm)
        fns = ResolvingFunctions(realm, p)
        return Capability(p, fns.resolve, fns.reject)
    if not ops.IsConstructor(C):
        throw_type_error(f"{describe(realm, C)} is not a constructor")
    slots = [UNDEFINED, UNDEFINED]

    def executor(realm, this, args):
        if slots[0] is not UNDEFINED or slots[1] is not UNDEFINED:
            throw_type_error("Promise executor has already been invoked with non-undefined arguments")
        slots[0] = arg(args, 0)
        slots[1] = arg(args, 1)
        return UNDEFINED
    ex = realm.new_native(executor, "", 2)
    p = realm.vm.construct(C, [ex])
    if not ops.IsCallable(slots[0]) or not ops.IsCallable(slots[1]):
        throw_type_error(NOT_CALLABLE_FN)
    return Capability(p, slots[0], slots[1])


def promise_resolve(realm, C, x):
    """PromiseResolve(C, x) (sec-promise-resolve)."""
    if is_promise(x):
        if x.get("constructor") is C:
            return x
    cap = new_capability(realm, C)
    call_fn(realm, cap.resolve, x)
    return cap.promise


def species_constructor(realm, o, default):
    C = o.get("constructor")
    if C is UNDEFINED:
        return default
    if not isinstance(C, JSObject):
        throw_type_error("The .constructor property is not an object")
    species = _values.WELL_KNOWN_SYMBOLS.get("species")
    if species is None:
        return C if ops.IsConstructor(C) else default
    S = C.get(species)
    if S is UNDEFINED or S is None:
        return default
    if ops.IsConstructor(S):
        return S
    throw_type_error("object.constructor[Symbol.species] is not a constructor")


def invoke(realm, obj, name, args):
    from jskernel.engine.vm.handlers import get_value
    f = obj.get(name) if isinstance(obj, JSObject) else get_value(realm.vm, obj, name)
    if not ops.IsCallable(f):
        throw_type_error(f"{describe(realm, f)} is not a function")
    return realm.vm.call_function(f, obj, args)


# -- the constructor -----------------------------------------------------------------------------
def promise_call(realm, this, args):
    throw_type_error("Promise constructor cannot be invoked without 'new'")


def promise_construct(realm, args, new_target):
    executor = arg(args, 0)
    if not ops.IsCallable(executor):
        throw_type_error(f"Promise resolver {describe(realm, executor)} is not a function")
    proto = ops.GetPrototypeFromConstructor(realm, new_target, "%Promise.prototype%")
    p = new_promise(realm, proto)
    fns = ResolvingFunctions(realm, p)
    res, rej = fns.js()
    try:
        realm.vm.call_function(executor, UNDEFINED, [res, rej])
    except ThrowCompletion as exc:
        fns.reject(caught(realm, exc))
    return p


# -- Promise.prototype ----------------------------------------------------------------------------
def _require_promise(realm, this, method):
    if not is_promise(this):
        throw_type_error(f"Method Promise.prototype.{method} called on incompatible receiver "
                         f"{describe(realm, this)}")


def proto_then(realm, this, args):
    _require_promise(realm, this, "then")
    C = species_constructor(realm, this, realm.intrinsics["%Promise%"])
    cap = new_capability(realm, C)
    return perform_then(realm, this, arg(args, 0), arg(args, 1), cap)


def proto_catch(realm, this, args):
    return invoke(realm, this, "then", [UNDEFINED, arg(args, 0)])


def proto_finally(realm, this, args):
    """Promise.prototype.finally (sec-promise.prototype.finally)."""
    if not isinstance(this, JSObject):
        throw_type_error(f"Method Promise.prototype.finally called on incompatible receiver "
                         f"{describe(realm, this)}")
    C = species_constructor(realm, this, realm.intrinsics["%Promise%"])
    on_finally = arg(args, 0)
    if not ops.IsCallable(on_finally):
        return invoke(realm, this, "then", [on_finally, on_finally])

    def then_finally(realm, _this, a):
        value = arg(a, 0)
        result = realm.vm.call_function(on_finally, UNDEFINED, [])
        p = promise_resolve(realm, C, result)
        thunk = realm.new_native(lambda realm, t, a2: value, "", 0)
        return invoke(realm, p, "then", [thunk])

    def catch_finally(realm, _this, a):
        reason = arg(a, 0)
        result = realm.vm.call_function(on_finally, UNDEFINED, [])
        p = promise_resolve(realm, C, result)

        def thrower(realm, t, a2):
            raise ThrowCompletion(reason)
        return invoke(realm, p, "then", [realm.new_native(thrower, "", 0)])
    return invoke(realm, this, "then", [realm.new_native(then_finally, "", 1),
                                        realm.new_native(catch_finally, "", 1)])


# -- statics ---------------------------------------------------------------------------------------
def _require_object_this(realm, this, method):
    if not isinstance(this, JSObject):
        throw_type_error(f"{method} called on non-object")


def static_resolve(realm, this, args):
    _require_object_this(realm, this, "PromiseResolve")
    return promise_resolve(realm, this, arg(args, 0))


def static_reject(realm, this, args):
    _require_object_this(realm, this, "PromiseReject")
    cap = new_capability(realm, this)
    call_fn(realm, cap.reject, arg(args, 0))
    return cap.promise


def static_with_resolvers(realm, this, args):
    cap = new_capability(realm, this)
    o = realm.new_object()
    o.define_raw("promise", cap.promise)
    o.define_raw("resolve", as_js(realm, cap.resolve))
    o.define_raw("reject", as_js(realm, cap.reject))
    return o


def static_try(realm, this, args):
    """Promise.try (ES2025, sec-promise.try)."""
    # 1. If C is not an Object, throw a TypeError.
    if not isinstance(this, JSObject):
        throw_type_error("Promise.try called on non-object")
    cap = new_capability(realm, this)
    try:
        value = realm.vm.call_function(arg(args, 0), UNDEFINED, list(args[1:]))
    except ThrowCompletion as exc:
        call_fn(realm, cap.reject, realm.vm.materialize(exc))
    else:
        call_fn(realm, cap.resolve, value)
    return cap.promise


def _combinator(name, kind):
    """Promise.all / allSettled / any / race (sec-promise.all and friends)."""
    def fn(realm, this, args):
        from jskernel.engine.vm.iteration import get_iterator
        C = this
        cap = new_capability(realm, C)
        try:
            resolve_fn = C.get("resolve") if isinstance(C, JSObject) else UNDEFINED
            if not ops.IsCallable(resolve_fn):
                throw_type_error("resolve is not a function")      # V8's wording
            iterable = arg(args, 0)
            if not (type(iterable) is str or isinstance(iterable, JSObject)
                    and ops.IsCallable(iterable.get(_values.SYMBOL_ITERATOR))):
                throw_type_error(f"{_not_iterable_text(iterable)} is not iterable "
                                 f"(cannot read property Symbol(Symbol.iterator))")
            stepper = _Stepper(get_iterator(realm.vm, iterable))
        except ThrowCompletion as exc:
            call_fn(realm, cap.reject, caught(realm, exc))
            return cap.promise
        try:
            _perform(realm, kind, stepper, C, cap, resolve_fn)
        except ThrowCompletion as exc:
            err = caught(realm, exc)
            if not stepper.done:                      # IfAbruptRejectPromise after IteratorClose
                try:
                    stepper.it.close()
                except ThrowCompletion:
                    pass
            call_fn(realm, cap.reject, err)
        return cap.promise
    return fn


def _not_iterable_text(v):
    """V8's rendering of a non-iterable in builtins: `number 5`, `object null`, `object`."""
    t = ops.TypeOf(v)
    if v is None:
        return "object null"
    if t in ("number", "boolean"):
        return f"{t} {ops.ToDisplayString(v)}"
    return t


class _Stepper:
    """IteratorStepValue that marks the record done when next() itself throws."""

    def __init__(self, it):
        self.it = it
        self.done = False

    def step(self):
        try:
            v = self.it.next()
        except ThrowCompletion:
            self.done = True
            raise
        if v is _values.ABSENT:
            self.done = True
        return v


def _perform(realm, kind, stepper, C, cap, resolve_fn):
    from jskernel.engine.vm.iteration import ABSENT
    vm = realm.vm
    values = []
    remaining = [1]
    index = 0

    def finish():
        if kind == "any":
            err = realm.new_error("AggregateError", "All promises were rejected")
            err.define_raw("errors", realm.new_array(list(values)), 5)     # writable, configurable
            call_fn(realm, cap.reject, err)
        else:
            call_fn(realm, cap.resolve, realm.new_array(list(values)))
    while True:
        nxt = stepper.step()
        if nxt is ABSENT:
            if kind == "race":
                return
            remaining[0] -= 1
            if remaining[0] == 0:
                finish()
            return
        next_promise = vm.call_function(resolve_fn, C, [nxt])
        if kind == "race":
            invoke(realm, next_promise, "then", [as_js(realm, cap.resolve), as_js(realm, cap.reject)])
            continue
        values.append(UNDEFINED)
        i = index
        index += 1
        remaining[0] += 1
        on_ok, on_err = _element_functions(realm, kind, i, values, remaining, finish, cap)
        invoke(realm, next_promise, "then", [on_ok, on_err])


def _element_functions(realm, kind, i, values, remaining, finish, cap):
    called = [False]

    def settle(value):
        if called[0]:
            return UNDEFINED
        called[0] = True
        values[i] = value
        remaining[0] -= 1
        if remaining[0] == 0:
            finish()
        return UNDEFINED

    def settled(status, key):
        def f(realm, this, args):
            o = realm.new_object()
            o.define_raw("status", status)
            o.define_raw(key, arg(args, 0))
            return settle(o)
        return realm.new_native(f, "", 1)
    if kind == "all":
        return realm.new_native(lambda realm, t, a: settle(arg(a, 0)), "", 1), as_js(realm, cap.reject)
    if kind == "allSettled":
        return settled("fulfilled", "value"), settled("rejected", "reason")
    # any
    return as_js(realm, cap.resolve), realm.new_native(lambda realm, t, a: settle(arg(a, 0)), "", 1)


def _aggregate_construct(realm, args, new_target):
    """AggregateError(errors, message, options) (sec-aggregate-error-constructor)."""
    from jskernel.engine.vm.iteration import get_iterator
    from jskernel.engine.runtime.objects import WRITABLE
    proto = ops.GetPrototypeFromConstructor(realm, new_target, "%AggregateError.prototype%")
    err = realm.heap.allocate(JSObject, proto, "Error")
    err.define_raw("stack", "", WRITABLE | CONFIGURABLE)     # V8's own-key order: stack, message, cause
    msg = arg(args, 1)
    if msg is not UNDEFINED:
        err.define_raw("message", ops.ToString(msg), WRITABLE | CONFIGURABLE)
    opts = arg(args, 2)
    if isinstance(opts, JSObject) and opts.has_property("cause"):
        err.define_raw("cause", opts.get("cause"), WRITABLE | CONFIGURABLE)
    realm.capture_stack(err)
    from jskernel.engine.runtime.messages import ITERABLE_BY_VALUE
    errors = get_iterator(realm.vm, arg(args, 0), ITERABLE_BY_VALUE).rest()
    err.define_raw("errors", realm.new_array(errors), WRITABLE | CONFIGURABLE)
    return err


def _install_aggregate_error(realm):
    I = realm.intrinsics
    if "%AggregateError%" in I or "%Error%" not in I:
        return
    proto = realm.heap.allocate(JSObject, I["%Error.prototype%"])
    ctor = make_constructor(realm, "AggregateError", lambda realm, this, args: _aggregate_construct(realm, args, None),
                            _aggregate_construct, 2, proto, (),
                            [("name", VALUE("AggregateError")), ("message", VALUE(""))])
    ctor.proto = I["%Error%"]


def species_getter(realm, this, args):
    return this


def install(realm):
    from jskernel.engine.host.jobs import JobQueue
    if getattr(realm, "jobs", None) is None:
        realm.jobs = JobQueue(realm)
    _install_aggregate_error(realm)
    I = realm.intrinsics
    proto = realm.heap.allocate(JSObject, I["%Object.prototype%"])
    static = [
        ("resolve", static_resolve, 1),
        ("reject", static_reject, 1),
        ("all", _combinator("all", "all"), 1),
        ("allSettled", _combinator("allSettled", "allSettled"), 1),
        ("any", _combinator("any", "any"), 1),
        ("race", _combinator("race", "race"), 1),
        ("withResolvers", static_with_resolvers, 0),
        ("try", static_try, 1),
    ]
    species = _values.WELL_KNOWN_SYMBOLS.get("species")
    if species is not None:
        static.append((species, GETTER(species_getter)))
    make_constructor(realm, "Promise", promise_call, promise_construct, 1, proto, static, [
        ("then", proto_then, 2),
        ("catch", proto_catch, 1),
        ("finally", proto_finally, 1),
        (SYMBOL_TO_STRING_TAG, VALUE("Promise"), CONFIGURABLE),
    ])
