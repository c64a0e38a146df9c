"""The Atomics namespace object (sec-atomics-object) for a single agent: add, and,
compareExchange, exchange, isLockFree, load, or, store, sub, xor, notify, wait (returning
"not-equal" / "timed-out": no other agent can notify) and waitAsync (its synchronous
outcomes, or a promise settled with "timed-out" by a host timer when one exists).
Atomics.pause is not provided.  Operations run on the typed arrays of
runtime/typed_arrays.py; with one agent every access is trivially sequentially consistent.
"""

from __future__ import annotations

import math
import time

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    CONFIGURABLE, WRITABLE, throw_range_error, throw_type_error,
)
from jskernel.engine.runtime.typed_arrays import (
    BIGINT64, INT32, JSTypedArray, ToBigInt, ToIndex, decode, encode,
)
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG, UNDEFINED


def _validate_integer(ta, waitable=False):
    """ValidateIntegerTypedArray (sec-validateintegertypedarray); returns the length."""
    if not isinstance(ta, JSTypedArray):
        throw_type_error(f"{ops.ToDisplayString(ta)} is not an integer shared typed array." if waitable
                         else f"{ops.ToDisplayString(ta)} is not an integer typed array.")
    n = ta.length_or_none()
    if n is None:
        throw_type_error("Cannot perform Atomics operation on a detached ArrayBuffer")
    k = ta.kind
    if waitable:
        if k is not INT32 and k is not BIGINT64:
            throw_type_error(f"[object {k.ctor_name}] is not an int32 or BigInt64 typed array.")
    elif not k.integer or k.clamped:
        throw_type_error(f"[object {k.ctor_name}] is not an integer typed array.")
    return n


def _access(ta, index, n):
    """ValidateAtomicAccess: the byte index of element `index`."""
    i = ToIndex(index, "Invalid atomic access index")
    if i >= n:
        throw_range_error("Invalid atomic access index")
    return i


def _revalidate(ta, i):
    """RevalidateAtomicAccess: conversions may have detached or shrunk the buffer."""
    n = ta.length_or_none()
    if n is None:
        throw_type_error("Cannot perform Atomics operation on a detached ArrayBuffer")
    if i >= n:
        throw_range_error("Invalid atomic access index")
    return ta.byte_offset + i * ta.kind.size


def _convert(ta, v):
    if ta.kind.bigint:
        return ToBigInt(v)
    return float(ops.ToIntegerOrInfinity(v))


def _rmw(op):
    def method(realm, this, args):
        """AtomicReadModifyWrite (sec-atomicreadmodifywrite)"""
        ta = arg(args, 0)
        n = _validate_integer(ta)
        i = _access(ta, arg(args, 1), n)
        v = _convert(ta, arg(args, 2))
        off = _revalidate(ta, i)
        k = ta.kind
        data = ta.buffer.data
        old = decode(k, data, off)
        a = old if k.bigint else int(old)
        b = v if k.bigint else (0 if v in (math.inf, -math.inf) else int(v))
        data[off:off + k.size] = k.write.pack(op(a, b) & ((1 << k.bits) - 1))
        return old
    return method


def atomics_load(realm, this, args):
    ta = arg(args, 0)
    n = _validate_integer(ta)
    i = _access(ta, arg(args, 1), n)
    off = _revalidate(ta, i)
    return decode(ta.kind, ta.buffer.data, off)


def atomics_store(realm, this, args):
    ta = arg(args, 0)
    n = _validate_integer(ta)
    i = _access(ta, arg(args, 1), n)
    v = _convert(ta, arg(args, 2))
    off = _revalidate(ta, i)
    ta.buffer.data[off:off + ta.kind.size] = encode(ta.kind, v)
    if type(v) is float and v == 0:
        return 0.0
    return v


def atomics_compare_exchange(realm, this, args):
    ta = arg(args, 0)
    n = _validate_integer(ta)
    i = _access(ta, arg(args, 1), n)
    expected = _convert(ta, arg(args, 2))
    replacement = _convert(ta, arg(args, 3))
    off = _revalidate(ta, i)
    k = ta.kind
    data = ta.buffer.data
    old_raw = bytes(data[off:off + k.size])
    if encode(k, expected) == old_raw:
        data[off:off + k.size] = encode(k, replacement)
    return decode(k, old_raw, 0)


def atomics_is_lock_free(realm, this, args):
    n = ops.ToIntegerOrInfinity(arg(args, 0))
    return n in (1, 2, 4, 8)


def _wait_setup(ta, args):
    n = _validate_integer(ta, True)
    if not ta.buffer.shared:
        throw_type_error(f"[object {ta.kind.ctor_name}] is not a shared typed array.")
    i = _access(ta, arg(args, 1), n)
    value = arg(args, 2)
    if ta.kind.bigint:
        v = ToBigInt(value)
        v = ((v + 2 ** 63) % 2 ** 64) - 2 ** 63
    else:
        v = float(ops.ToInt32(value))
    q = ops.ToNumber(arg(args, 3))
    if q != q or q == math.inf:
        t = math.inf
    elif q == -math.inf:
        t = 0.0
    else:
        t = max(q, 0.0)
    cur = decode(ta.kind, ta.buffer.data, ta.byte_offset + i * ta.kind.size)
    return v == cur, t


def atomics_wait(realm, this, args):
    """DoWait(sync) for a lone agent: nobody can notify, so equal values time out."""
    equal, t = _wait_setup(arg(args, 0), args)
    if not equal:
        return "not-equal"
    if t != math.inf and 0 < t <= 2000:
        time.sleep(t / 1000.0)
    return "timed-out"


def atomics_wait_async(realm, this, args):
    """DoWait(async): {async, value}; a wait that would block resolves on time-out."""
    equal, t = _wait_setup(arg(args, 0), args)
    result = realm.new_object()
    if not equal or t == 0:
        result.define_raw("async", False)
        result.define_raw("value", "not-equal" if not equal else "timed-out")
        return result
    from jskernel.engine.builtins.promise import new_capability
    cap = new_capability(realm, realm.intrinsics["%Promise%"])
    if t != math.inf:
        realm.vm.call_function(cap.resolve, UNDEFINED, ["timed-out"])
    result.define_raw("async", True)
    result.define_raw("value", cap.promise)
    return result


def atomics_notify(realm, this, args):
    ta = arg(args, 0)
    n = _validate_integer(ta, True)
    _access(ta, arg(args, 1), n)
    c = arg(args, 2)
    if c is not UNDEFINED:
        ops.ToIntegerOrInfinity(c)
    return 0.0


TABLE = [
    ("add", _rmw(lambda a, b: a + b), 3),
    ("and", _rmw(lambda a, b: a & b), 3),
    ("compareExchange", atomics_compare_exchange, 4),
    ("exchange", _rmw(lambda a, b: b), 3),
    ("isLockFree", atomics_is_lock_free, 1),
    ("load", atomics_load, 2),
    ("notify", atomics_notify, 3),
    ("or", _rmw(lambda a, b: a | b), 3),
    ("store", atomics_store, 3),
    ("sub", _rmw(lambda a, b: a - b), 3),
    ("wait", atomics_wait, 4),
    ("waitAsync", atomics_wait_async, 4),
    ("xor", _rmw(lambda a, b: a ^ b), 3),
    (SYMBOL_TO_STRING_TAG, VALUE("Atomics"), CONFIGURABLE),
]


def install(realm):
    o = realm.new_object(realm.intrinsics["%Object.prototype%"])
    define_table(realm, o, TABLE)
    realm.intrinsics["%Atomics%"] = o
    realm.global_object.define_raw("Atomics", o, WRITABLE | CONFIGURABLE)
