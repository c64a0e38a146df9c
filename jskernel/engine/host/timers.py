"""node's timer globals: setTimeout, setInterval, setImmediate and their clear functions,
with the `Timeout` and `Immediate` objects they return.

Owns the JavaScript-facing half of timers, written from node's documentation
(https://nodejs.org/api/timers.html) and checked against node 20:

- argument handling: the callback must be a function (TypeError with code
  ERR_INVALID_ARG_TYPE and node's message), the delay is coerced like node's
  `after *= 1` (ToNumber; a BigInt throws), and a delay that is NaN, below 1 or above
  2**31-1 becomes 1 ms (above the maximum, a TimeoutOverflowWarning goes to stderr);
  extra arguments are passed to the callback, which runs with `this` = its Timeout /
  Immediate object;
- `Timeout` objects: ref / unref / hasRef / refresh / close and
  `[Symbol.toPrimitive]()` (its numeric id; once asked for, that id -- number or
  string -- is accepted by clearTimeout / clearInterval, as in node); own
  `_idleTimeout`, `_onTimeout`, `_repeat`, `_destroyed` ... data properties mirror
  node's so `console.log(timeout)` reads like node's (they are a display only: the
  state lives in the Python records below);
- `Immediate` objects: ref / unref / hasRef.

The Python records `Timer` and `Immediate` are what the event loop
(host/event_loop.py) schedules; it owns ordering, running callbacks, origins and error
reporting.
"""

from __future__ import annotations

from jskernel.engine.builtins import arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    CONFIGURABLE, DEFAULT_ATTRS, HIDDEN_ATTRS, WRITABLE, JSObject, ThrowCompletion,
)
from jskernel.engine.runtime.values import SYMBOL_TO_PRIMITIVE, UNDEFINED, JSSymbol

TIMEOUT_MAX = 2 ** 31 - 1          # node's TIMEOUT_MAX (ms)
DATA = DEFAULT_ATTRS                # an ordinary (enumerable) data property


class Timer:
    """One setTimeout / setInterval timer."""

    __slots__ = ("id", "callback", "args", "delay", "repeat", "refed", "origin", "obj",
                 "armed", "destroyed", "cleared", "seq", "when", "start", "known")

    def __init__(self, id, callback, args, delay, repeat, origin):
        self.id = id
        self.callback = callback
        self.args = args
        self.delay = delay                  # ms (float), already clamped
        self.repeat = repeat                # ms for setInterval, else None
        self.refed = True
        self.origin = origin
        self.obj = None                     # the JS Timeout object
        self.armed = False                  # in the loop's heap, waiting to fire
        self.destroyed = False              # fired (setTimeout) or cleared: not pending
        self.cleared = False                # clearTimeout / close: never fires again
        self.seq = 0                        # insertion counter (ties on `when` keep this order)
        self.when = 0.0                     # loop clock (ms, EventLoop.now_ms) when due
        self.start = 0.0                    # loop clock when it was (re)armed
        self.known = False                  # its id was handed out by [Symbol.toPrimitive]


class Immediate:
    """One setImmediate callback."""

    __slots__ = ("id", "callback", "args", "refed", "origin", "obj", "destroyed")

    def __init__(self, id, callback, args, origin):
        self.id = id
        self.callback = callback
        self.args = args
        self.refed = True
        self.origin = origin
        self.obj = None
        self.destroyed = False


# -- errors -----------------------------------------------------------------------------

def node_type_error(realm, code: str, message: str):
    """A TypeError the way node's internal errors look: own enumerable `code`, and a stack
    whose first line reads ``TypeError [CODE]: message``."""
    err = realm.vm.materialize(ThrowCompletion(None, "TypeError", message))
    stack = err.get_own("stack")
    if isinstance(stack, str) and stack.startswith("TypeError"):
        err.define_raw("stack", f"TypeError [{code}]" + stack[len("TypeError"):], WRITABLE | CONFIGURABLE)
    err.define_raw("code", code, DATA)
    return err


def check_callback(realm, cb):
    if not ops.IsCallable(cb):
        from jskernel.engine.builtins.structured_clone import received
        raise ThrowCompletion(node_type_error(
            realm, "ERR_INVALID_ARG_TYPE",
            'The "callback" argument must be of type function.' + received(cb)))


def coerce_delay(loop, value) -> float:
    """node's Timeout constructor: `after *= 1`, then anything but 1..TIMEOUT_MAX is 1."""
    if type(value) is int:                  # a BigInt: `after *= 1` throws
        raise ThrowCompletion(None, "TypeError", "Cannot mix BigInt and other types, use explicit conversions")
    after = ops.ToNumber(value) if value is not UNDEFINED else float("nan")
    if not (1 <= after <= TIMEOUT_MAX):
        if after > TIMEOUT_MAX:
            loop.warn("TimeoutOverflowWarning",
                      f"{ops.NumberToString(after)} does not fit into a 32-bit signed integer.\n"
                      "Timeout duration was set to 1.")
        after = 1.0
    return after


# -- the JS objects ------------------------------------------------------------------------

class TimerIntrinsics:
    """Per-realm prototypes and the symbols node shows on timer objects."""

    def __init__(self, realm):
        self.sym_refed = JSSymbol("refed")
        self.sym_has_primitive = JSSymbol("kHasPrimitive")
        self.sym_async_id = JSSymbol("asyncId")
        self.sym_trigger_id = JSSymbol("triggerId")
        self.timeout_proto = realm.new_object()
        self.immediate_proto = realm.new_object()


def _illegal(realm, this, args):
    raise ThrowCompletion(None, "TypeError", "Illegal constructor")


def _illegal_construct(realm, args, new_target):
    raise ThrowCompletion(None, "TypeError", "Illegal constructor")


def sync_timeout(loop, t: Timer):
    """Refresh the node-like display properties of `t`'s Timeout object."""
    o, k = t.obj, loop.intrinsics
    if o is None:
        return
    cleared = t.cleared
    o.define_raw("_idleTimeout", -1.0 if cleared else t.delay, DATA)
    o.define_raw("_idlePrev", None, DATA)
    o.define_raw("_idleNext", None, DATA)
    o.define_raw("_idleStart", t.start, DATA)
    o.define_raw("_onTimeout", None if cleared else t.callback, DATA)
    o.define_raw("_timerArgs", loop.realm.new_array(list(t.args)) if t.args else UNDEFINED, DATA)
    o.define_raw("_repeat", t.repeat if t.repeat is not None else None, DATA)
    o.define_raw("_destroyed", t.destroyed, DATA)
    o.define_raw(k.sym_refed, t.refed, DATA)
    o.define_raw(k.sym_has_primitive, t.known, DATA)
    o.define_raw(k.sym_async_id, float(t.id), DATA)
    o.define_raw(k.sym_trigger_id, 1.0, DATA)


def sync_immediate(loop, im: Immediate):
    o, k = im.obj, loop.intrinsics
    if o is None:
        return
    o.define_raw("_idleNext", None, DATA)
    o.define_raw("_idlePrev", None, DATA)
    o.define_raw("_onImmediate", None if im.destroyed else im.callback, DATA)
    o.define_raw("_argv", loop.realm.new_array(list(im.args)) if im.args else UNDEFINED, DATA)
    o.define_raw("_destroyed", im.destroyed, DATA)
    o.define_raw(k.sym_refed, im.refed, DATA)
    o.define_raw(k.sym_async_id, float(im.id), DATA)
    o.define_raw(k.sym_trigger_id, 1.0, DATA)


def _timer_of(this):
    if isinstance(this, JSObject) and isinstance(this.internal, Timer):
        return this.internal
    return None


def _immediate_of(this):
    if isinstance(this, JSObject) and isinstance(this.internal, Immediate):
        return this.internal
    return None


def install(realm, loop):
    """Install the timer globals on `realm`'s global object, scheduling on `loop`."""
    k = loop.intrinsics = TimerIntrinsics(realm)

    # -- Timeout.prototype ----------------------------------------------------------
    def t_ref(realm, this, args):
        t = _timer_of(this)
        if t is not None:
            loop.set_timer_ref(t, True)
            sync_timeout(loop, t)
        return this

    def t_unref(realm, this, args):
        t = _timer_of(this)
        if t is not None:
            loop.set_timer_ref(t, False)
            sync_timeout(loop, t)
        return this

    def t_has_ref(realm, this, args):
        t = _timer_of(this)
        return bool(t is not None and t.refed)

    def t_refresh(realm, this, args):
        t = _timer_of(this)
        if t is not None:
            loop.refresh_timer(t)
            sync_timeout(loop, t)
        return this

    def t_close(realm, this, args):
        t = _timer_of(this)
        if t is not None:
            loop.clear_timer(t)
        return this

    def t_to_primitive(realm, this, args):
        t = _timer_of(this)
        if t is None:
            return float("nan")
        if not t.known:
            t.known = True
            loop.known_ids[t.id] = t
            sync_timeout(loop, t)
        return float(t.id)

    timeout_ctor = realm.new_native(_illegal, "Timeout", 5, _illegal_construct)
    timeout_ctor.define_raw("prototype", k.timeout_proto, 0)
    k.timeout_proto.define_raw("constructor", timeout_ctor, HIDDEN_ATTRS)
    define_table(realm, k.timeout_proto, [
        ("refresh", t_refresh, 0), ("unref", t_unref, 0), ("ref", t_ref, 0),
        ("hasRef", t_has_ref, 0), ("close", t_close, 0),
        (SYMBOL_TO_PRIMITIVE, t_to_primitive, 0),
    ])

    # -- Immediate.prototype --------------------------------------------------------------
    def i_ref(realm, this, args):
        im = _immediate_of(this)
        if im is not None:
            loop.set_immediate_ref(im, True)
            sync_immediate(loop, im)
        return this

    def i_unref(realm, this, args):
        im = _immediate_of(this)
        if im is not None:
            loop.set_immediate_ref(im, False)
            sync_immediate(loop, im)
        return this

    def i_has_ref(realm, this, args):
        im = _immediate_of(this)
        return bool(im is not None and im.refed)

    immediate_ctor = realm.new_native(_illegal, "Immediate", 2, _illegal_construct)
    immediate_ctor.define_raw("prototype", k.immediate_proto, 0)
    k.immediate_proto.define_raw("constructor", immediate_ctor, HIDDEN_ATTRS)
    define_table(realm, k.immediate_proto, [
        ("ref", i_ref, 0), ("unref", i_unref, 0), ("hasRef", i_has_ref, 0),
    ])

    # -- the globals ------------------------------------------------------------------------
    def new_timer(realm, args, repeat):
        cb = arg(args, 0)
        check_callback(realm, cb)
        delay = coerce_delay(loop, arg(args, 1))
        t = Timer(loop.next_id(), cb, list(args[2:]), delay, delay if repeat else None, loop.origin())
        t.obj = o = realm.heap.allocate(JSObject, k.timeout_proto, "Timeout")
        o.internal = t
        loop.add_timer(t)
        sync_timeout(loop, t)
        return o

    def set_timeout(realm, this, args):
        return new_timer(realm, args, False)

    def set_interval(realm, this, args):
        return new_timer(realm, args, True)

    def clear_timer(realm, this, args):
        target = arg(args, 0)
        t = _timer_of(target)
        if t is None and type(target) in (float, str):
            t = loop.known_ids.get(_id_key(target))
        if t is not None:
            loop.clear_timer(t)
        return UNDEFINED

    def set_immediate(realm, this, args):
        cb = arg(args, 0)
        check_callback(realm, cb)
        im = Immediate(loop.next_id(), cb, list(args[1:]), loop.origin())
        im.obj = o = realm.heap.allocate(JSObject, k.immediate_proto, "Immediate")
        o.internal = im
        loop.add_immediate(im)
        sync_immediate(loop, im)
        return o

    def clear_immediate(realm, this, args):
        im = _immediate_of(arg(args, 0))
        if im is not None:
            loop.clear_immediate(im)
        return UNDEFINED

    define_table(realm, realm.global_object, [
        ("setTimeout", set_timeout, 5), ("clearTimeout", clear_timer, 1),
        ("setInterval", set_interval, 5), ("clearInterval", clear_timer, 1),
        ("setImmediate", set_immediate, 4), ("clearImmediate", clear_immediate, 1),
    ])


def _id_key(value):
    """clearTimeout(id): node looks the id up as a property key (3 and "3" are the same)."""
    if type(value) is str:
        try:
            n = float(value)
        except ValueError:
            return None
        return int(n) if n.is_integer() and ops.NumberToString(n) == value else None
    return int(value) if value == value and value.is_integer() else None
