"""%TypedArray.prototype% (sec-properties-of-the-%typedarrayprototype%-object): every method,
the buffer / byteLength / byteOffset / length / @@toStringTag getters, and the typed-array
record behind %ArrayIteratorPrototype%.next for typed arrays (detached -> TypeError).

Methods validate the receiver (ValidateTypedArray), read elements with
TypedArrayGetElement so that a callback that detaches or shrinks the buffer is observed
as the spec requires, and take bulk `struct` paths where nothing user-visible can run
in between (sort without comparator, fill, set, slice, reverse, copyWithin).
"""

from __future__ import annotations

import math

from jskernel.engine.builtins import GETTER, arg, define_table
from jskernel.engine.builtins.typed_array import (
    TypedArrayCreateSameType, TypedArraySpeciesCreate, ValidateTypedArray, create_typed_array,
)
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    CONFIGURABLE, WRITABLE, JSObject, throw_range_error, throw_type_error,
)
from jskernel.engine.runtime.typed_arrays import (
    JSTypedArray, ToBigInt, convert_value, encode, read_all, write_all,
)
from jskernel.engine.runtime.values import ABSENT, SYMBOL_ITERATOR, SYMBOL_TO_STRING_TAG, UNDEFINED
from jskernel.engine.vm.iteration import IteratorRecord

P = "%TypedArray%.prototype."


# V8 words a wrong receiver differently per method
_INCOMPATIBLE = {"at", "join", "slice", "sort", "subarray", "toLocaleString", "toReversed", "toSorted"}


def _validate(this, name):
    if not isinstance(this, JSTypedArray) and name in _INCOMPATIBLE:
        what = "undefined" if name == "subarray" else ops.ToDisplayString(this)
        throw_type_error(f"Method {P}{name} called on incompatible receiver {what}")
    # V8's message for findLastIndex names it "findIndexLast"
    return ValidateTypedArray(this, P + ("findIndexLast" if name == "findLastIndex" else name))


def _callable(fn):
    if not ops.IsCallable(fn):
        throw_type_error(f"{ops.ToDisplayString(fn)} is not a function")
    return fn


# --- getters ------------------------------------------------------------------------------------
def _receiver(this, name):
    if not isinstance(this, JSTypedArray):
        c = "%TypedArray%" if name == "buffer" else "TypedArray"
        throw_type_error(f"Method get {c}.prototype.{name} called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    return this


def get_buffer(realm, this, args):
    return _receiver(this, "buffer").buffer


def get_byte_length(realm, this, args):
    ta = _receiver(this, "byteLength")
    n = ta.length_or_none()
    return float(n * ta.kind.size) if n else 0.0


def get_byte_offset(realm, this, args):
    ta = _receiver(this, "byteOffset")
    return 0.0 if ta.length_or_none() is None else float(ta.byte_offset)


def get_length(realm, this, args):
    return float(_receiver(this, "length").length())


def get_to_string_tag(realm, this, args):
    if isinstance(this, JSTypedArray):
        return this.kind.ctor_name
    return UNDEFINED


# --- iteration ----------------------------------------------------------------------------------
class TypedArrayIterator(IteratorRecord):
    """The CreateArrayIterator closure for a typed array (sec-%arrayiteratorprototype%.next)."""

    __slots__ = ("realm", "ta", "i", "kind")

    def __init__(self, realm, ta, kind):
        self.realm, self.ta, self.i, self.kind = realm, ta, 0, kind

    def next(self):
        ta = self.ta
        if ta is None:
            return ABSENT
        n = ta.length_or_none()
        if n is None:
            throw_type_error("Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer")
        i = self.i
        if i >= n:
            self.ta = None
            return ABSENT
        self.i = i + 1
        if self.kind == "keys":
            return float(i)
        v = ta.get_index(i)
        if self.kind == "values":
            return v
        return self.realm.new_array([float(i), v])


def _iterator(kind, name):
    def method(realm, this, args):
        from jskernel.engine.builtins.iterator import make_builtin_iterator
        ta, _ = _validate(this, name)
        return make_builtin_iterator(realm, TypedArrayIterator(realm, ta, kind),
                                     "%ArrayIteratorPrototype%", "Array Iterator")
    return method


# --- element-wise methods with callbacks ---------------------------------------------------------
def proto_at(realm, this, args):
    ta, n = _validate(this, "at")
    r = ops.ToIntegerOrInfinity(arg(args, 0))
    k = r if r >= 0 else n + r
    if k < 0 or k >= n:
        return UNDEFINED
    return ta.get_index(int(k))


def _each(name):
    def method(realm, this, args):
        ta, n = _validate(this, name)
        fn = _callable(arg(args, 0))
        t = arg(args, 1)
        call = realm.vm.call_function
        rng = range(n - 1, -1, -1) if name.startswith("findLast") else range(n)
        for k in rng:
            v = ta.get_index(k)
            r = call(fn, t, [v, float(k), ta])
            if name == "forEach":
                continue
            b = ops.ToBoolean(r)
            if name == "every":
                if not b:
                    return False
            elif b:
                if name == "some":
                    return True
                if name in ("find", "findLast"):
                    return v
                return float(k)
        return {"forEach": UNDEFINED, "every": True, "some": False, "find": UNDEFINED,
                "findLast": UNDEFINED}.get(name, -1.0)
    return method


def proto_filter(realm, this, args):
    ta, n = _validate(this, "filter")
    fn = _callable(arg(args, 0))
    t = arg(args, 1)
    call = realm.vm.call_function
    kept = []
    for k in range(n):
        v = ta.get_index(k)
        if ops.ToBoolean(call(fn, t, [v, float(k), ta])):
            kept.append(v)
    a = TypedArraySpeciesCreate(realm, ta, [float(len(kept))], P + "filter")
    for i, v in enumerate(kept):
        a.set_index(i, v)
    return a


def proto_map(realm, this, args):
    ta, n = _validate(this, "map")
    fn = _callable(arg(args, 0))
    t = arg(args, 1)
    call = realm.vm.call_function
    a = TypedArraySpeciesCreate(realm, ta, [float(n)], P + "map")
    for k in range(n):
        a.set_index(k, call(fn, t, [ta.get_index(k), float(k), ta]))
    return a


def _reduce(right):
    def method(realm, this, args):
        ta, n = _validate(this, "reduceRight" if right else "reduce")
        fn = _callable(arg(args, 0))
        ks = list(range(n - 1, -1, -1) if right else range(n))
        if len(args) >= 2:
            acc = args[1]
        else:
            if not ks:
                throw_type_error("Reduce of empty array with no initial value")
            acc = ta.get_index(ks.pop(0))
        call = realm.vm.call_function
        for k in ks:
            acc = call(fn, UNDEFINED, [acc, ta.get_index(k), float(k), ta])
        return acc
    return method


# --- searching ----------------------------------------------------------------------------------
def _matches_type(ta, x):
    t = type(x)
    return t is int if ta.kind.bigint else t is float


def proto_includes(realm, this, args):
    ta, n = _validate(this, "includes")
    if n == 0:
        return False
    r = ops.ToIntegerOrInfinity(arg(args, 1))
    if r == math.inf:
        return False
    k = int(r) if r >= 0 else int(max(n + r, 0))
    x = arg(args, 0)
    vals = ta.values()
    m = len(vals)
    if x is UNDEFINED:
        # elements past the (shrunk) current end read as undefined
        return k < n and m < n
    if not _matches_type(ta, x):
        return False
    vals = vals[k:n]
    if x != x:
        return any(v != v for v in vals)
    return x in vals


def proto_index_of(realm, this, args):
    ta, n = _validate(this, "indexOf")
    if n == 0:
        return -1.0
    r = ops.ToIntegerOrInfinity(arg(args, 1))
    if r == math.inf:
        return -1.0
    k = int(r) if r >= 0 else int(max(n + r, 0))
    x = arg(args, 0)
    if not _matches_type(ta, x) or x != x:
        return -1.0
    vals = ta.values()
    for i in range(k, min(n, len(vals))):
        if vals[i] == x:
            return float(i)
    return -1.0


def proto_last_index_of(realm, this, args):
    ta, n = _validate(this, "lastIndexOf")
    if n == 0:
        return -1.0
    r = ops.ToIntegerOrInfinity(args[1]) if len(args) > 1 else n - 1
    if r == -math.inf:
        return -1.0
    k = int(min(r, n - 1)) if r >= 0 else int(n + r)
    x = arg(args, 0)
    if not _matches_type(ta, x) or x != x:
        return -1.0
    vals = ta.values()
    for i in range(min(k, len(vals) - 1), -1, -1):
        if vals[i] == x:
            return float(i)
    return -1.0


def proto_join(realm, this, args):
    ta, n = _validate(this, "join")
    sep = arg(args, 0)
    sep = "," if sep is UNDEFINED else ops.ToString(sep)
    out = []
    for k in range(n):
        v = ta.get_index(k)
        out.append("" if v is UNDEFINED else ops.ToString(v))
    return sep.join(out)


def proto_to_locale_string(realm, this, args):
    ta, n = _validate(this, "toLocaleString")
    from jskernel.engine.builtins.array_generic import element_locale_string
    return ",".join(element_locale_string(realm, ta.get_index(k)) for k in range(n))


# --- mutators -------------------------------------------------------------------------------------
def proto_fill(realm, this, args):
    ta, n = _validate(this, "fill")
    value = convert_value(ta.kind, arg(args, 0))
    k = ops.RelativeIndex(arg(args, 1), n, 0)
    final = ops.RelativeIndex(arg(args, 2), n, n)
    m = ta.length_or_none()
    if m is None:
        throw_type_error(f"Cannot perform {P}fill on a detached ArrayBuffer")
    final = min(final, m)
    if k < final:
        size = ta.kind.size
        raw = encode(ta.kind, value)
        off = ta.byte_offset
        ta.buffer.data[off + k * size:off + final * size] = raw * (final - k)
    return ta


def proto_reverse(realm, this, args):
    ta, n = _validate(this, "reverse")
    if n > 1:
        size = ta.kind.size
        off = ta.byte_offset
        data = ta.buffer.data
        chunk = bytes(data[off:off + n * size])
        items = [chunk[i:i + size] for i in range(0, n * size, size)]
        items.reverse()
        data[off:off + n * size] = b"".join(items)
    return ta


def proto_copy_within(realm, this, args):
    """sec-%typedarray%.prototype.copywithin"""
    ta, n = _validate(this, "copyWithin")
    to = ops.RelativeIndex(arg(args, 0), n, 0)
    frm = ops.RelativeIndex(arg(args, 1), n, 0)
    final = ops.RelativeIndex(arg(args, 2), n, n)
    count = min(final - frm, n - to)
    if count > 0:
        m = ta.length_or_none()
        if m is None:
            throw_type_error(f"Cannot perform {P}copyWithin on a detached ArrayBuffer")
        # the buffer may have shrunk: clamp the count to the current length, then memmove
        count = min(count, m - frm, m - to)
        if count > 0:
            size = ta.kind.size
            off = ta.byte_offset
            to_b, from_b, nbytes = to * size + off, frm * size + off, count * size
            data = ta.buffer.data
            data[to_b:to_b + nbytes] = data[from_b:from_b + nbytes]
    return ta


def proto_set(realm, this, args):
    """sec-%typedarray%.prototype.set"""
    if not isinstance(this, JSTypedArray):
        throw_type_error("this is not a typed array.")
    target = this
    source = arg(args, 0)
    offset = ops.ToIntegerOrInfinity(arg(args, 1))
    if offset < 0:
        throw_range_error("offset is out of bounds")
    t_len = target.length_or_none()
    if isinstance(source, JSTypedArray):
        # SetTypedArrayFromTypedArray
        if t_len is None:
            throw_type_error(f"Cannot perform {P}set on a detached ArrayBuffer")
        s_len = source.length_or_none()
        if s_len is None:
            throw_type_error(f"Cannot perform {P}set on a detached ArrayBuffer")
        if offset == math.inf or s_len + offset > t_len:
            throw_range_error("offset is out of bounds")
        offset = int(offset)
        tk, sk = target.kind, source.kind
        if tk.bigint != sk.bigint:
            throw_type_error("Cannot mix BigInt and other types, use explicit conversions")
        sdata = source.buffer.data
        tdata = target.buffer.data
        s0 = source.byte_offset
        t0 = target.byte_offset + offset * tk.size
        if tk.code == sk.code and tk.clamped == sk.clamped or (tk.size == 1 and sk.size == 1 and tk.clamped
                                                              and not sk.signed):
            nb = s_len * sk.size
            tdata[t0:t0 + nb] = sdata[s0:s0 + nb]
        else:
            vals = read_all(sk, bytes(sdata[s0:s0 + s_len * sk.size]), 0, s_len)
            write_all(tk, tdata, t0, vals)
        return UNDEFINED
    # SetTypedArrayFromArrayLike
    if t_len is None:
        throw_type_error(f"Cannot perform {P}set on a detached ArrayBuffer")
    src = ops.ToObject(realm, source)
    s_len = ops.ToLength(src.get("length"))
    if offset == math.inf or s_len + offset > t_len:
        throw_range_error("offset is out of bounds")
    offset = int(offset)
    from jskernel.engine.runtime.objects import JSArray
    if type(src) is JSArray and not ta_kind_needs_hooks(src):
        el = src.elements
        if s_len <= len(el) and all(type(v) is float for v in el[:s_len]) and not target.kind.bigint:
            write_all(target.kind, target.buffer.data, target.byte_offset + offset * target.kind.size,
                      el[:s_len])
            return UNDEFINED
    for k in range(s_len):
        target.set_index(offset + k, src.get(str(k)))
    return UNDEFINED


def ta_kind_needs_hooks(arr):
    """Whether reading a plain array's elements could run user code (accessors via holes)."""
    from jskernel.engine.runtime.values import HOLE
    return any(v is HOLE for v in arr.elements)


def proto_slice(realm, this, args):
    """sec-%typedarray%.prototype.slice"""
    ta, n = _validate(this, "slice")
    start = ops.RelativeIndex(arg(args, 0), n, 0)
    end = ops.RelativeIndex(arg(args, 1), n, n)
    count = max(end - start, 0)
    a = TypedArraySpeciesCreate(realm, ta, [float(count)], P + "slice")
    if count > 0:
        m = ta.length_or_none()
        if m is None:
            throw_type_error(f"Cannot perform {P}slice on a detached ArrayBuffer")
        end = min(end, m)
        count = max(end - start, 0)
        sk, tk = ta.kind, a.kind
        if sk is tk or (sk.code == tk.code and sk.clamped == tk.clamped):
            size = sk.size
            src_b = start * size + ta.byte_offset
            dst_b = a.byte_offset
            nb = count * size
            sdata, tdata = ta.buffer.data, a.buffer.data
            if sdata is tdata and src_b < dst_b < src_b + nb:
                for i in range(nb):          # byte-wise forward copy, as the spec steps it
                    tdata[dst_b + i] = sdata[src_b + i]
            else:
                tdata[dst_b:dst_b + nb] = sdata[src_b:src_b + nb]
        else:
            for i, k in enumerate(range(start, end)):
                a.set_index(i, ta.get_index(k))
    return a


def proto_subarray(realm, this, args):
    """sec-%typedarray%.prototype.subarray"""
    _validate(this, "subarray") if not isinstance(this, JSTypedArray) else None
    ta = this
    buf = ta.buffer
    n = ta.length()
    start = ops.RelativeIndex(arg(args, 0), n, 0)
    end_arg = arg(args, 1)
    size = ta.kind.size
    begin = float(ta.byte_offset + start * size)
    if ta.array_length is None and end_arg is UNDEFINED:
        argv = [buf, begin]
    else:
        end = ops.RelativeIndex(end_arg, n, n)
        argv = [buf, begin, float(max(end - start, 0))]
    return TypedArraySpeciesCreate(realm, ta, argv, P + "subarray")


# --- sorting and copies ----------------------------------------------------------------------------
def _comparator(fn):
    if fn is not UNDEFINED and not ops.IsCallable(fn):
        throw_type_error("The comparison function must be either a function or undefined")
    return fn


def _sorted(realm, ta, vals, fn):
    if fn is UNDEFINED:
        if ta.kind.bigint:
            return sorted(vals)
        nans = [v for v in vals if v != v]
        rest = [v for v in vals if v == v]
        rest.sort(key=lambda x: (x, math.copysign(1.0, x)))
        return rest + nans
    call = realm.vm.call_function

    def after(x, y):
        """SortCompare(x, y) > 0 (a NaN result counts as +0)."""
        v = ops.ToNumber(call(fn, UNDEFINED, [x, y]))
        return v > 0

    def merge_sort(items):
        # top-down, stable merge sort splitting at the midpoint (the order of comparator
        # calls, and so the result for an inconsistent comparator, follows V8's)
        n = len(items)
        if n <= 1:
            return items
        mid = n >> 1
        left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
        out = []
        i = j = 0
        while i < len(left) and j < len(right):
            if after(left[i], right[j]):
                out.append(right[j])
                j += 1
            else:
                out.append(left[i])
                i += 1
        out.extend(left[i:])
        out.extend(right[j:])
        return out
    return merge_sort(list(vals))


def proto_sort(realm, this, args):
    fn = _comparator(arg(args, 0))
    ta, n = _validate(this, "sort")
    vals = ta.values()[:n]
    out = _sorted(realm, ta, vals, fn)
    if fn is UNDEFINED:
        write_all(ta.kind, ta.buffer.data, ta.byte_offset, out)
    else:
        for i, v in enumerate(out):
            ta.set_index(i, v)
    return ta


def proto_to_sorted(realm, this, args):
    fn = _comparator(arg(args, 0))
    ta, n = _validate(this, "toSorted")
    a = TypedArrayCreateSameType(realm, ta, n)
    out = _sorted(realm, ta, ta.values()[:n], fn)
    for i, v in enumerate(out):
        a.set_index(i, v)
    return a


def proto_to_reversed(realm, this, args):
    ta, n = _validate(this, "toReversed")
    vals = ta.values()[:n]
    vals.reverse()
    return create_typed_array(realm, ta.kind, vals)


def proto_with(realm, this, args):
    ta, n = _validate(this, "with")
    r = ops.ToIntegerOrInfinity(arg(args, 0))
    actual = r if r >= 0 else n + r
    value = ToBigInt(arg(args, 1)) if ta.kind.bigint else ops.ToNumber(arg(args, 1))
    if actual in (math.inf, -math.inf) or not ta.valid_index(int(actual)):
        throw_range_error("Invalid typed array index")
    actual = int(actual)
    a = TypedArrayCreateSameType(realm, ta, n)
    for k in range(n):
        a.set_index(k, value if k == actual else ta.get_index(k))
    return a


def install_prototype(realm, proto):
    array_to_string = realm.intrinsics["%Array.prototype%"].get_own("toString")
    table = [
        ("buffer", GETTER(get_buffer)),
        ("byteLength", GETTER(get_byte_length)),
        ("byteOffset", GETTER(get_byte_offset)),
        ("length", GETTER(get_length)),
        (SYMBOL_TO_STRING_TAG, GETTER(get_to_string_tag)),
        ("at", proto_at, 1),
        ("copyWithin", proto_copy_within, 2),
        ("entries", _iterator("entries", "entries"), 0),
        ("every", _each("every"), 1),
        ("fill", proto_fill, 1),
        ("filter", proto_filter, 1),
        ("find", _each("find"), 1),
        ("findIndex", _each("findIndex"), 1),
        ("findLast", _each("findLast"), 1),
        ("findLastIndex", _each("findLastIndex"), 1),
        ("forEach", _each("forEach"), 1),
        ("includes", proto_includes, 1),
        ("indexOf", proto_index_of, 1),
        ("join", proto_join, 1),
        ("keys", _iterator("keys", "keys"), 0),
        ("lastIndexOf", proto_last_index_of, 1),
        ("map", proto_map, 1),
        ("reduce", _reduce(False), 1),
        ("reduceRight", _reduce(True), 1),
        ("reverse", proto_reverse, 0),
        ("set", proto_set, 1),
        ("slice", proto_slice, 2),
        ("some", _each("some"), 1),
        ("sort", proto_sort, 1),
        ("subarray", proto_subarray, 2),
        ("toLocaleString", proto_to_locale_string, 0),
        ("toReversed", proto_to_reversed, 0),
        ("toSorted", proto_to_sorted, 1),
        ("values", _iterator("values", "values"), 0),
        ("with", proto_with, 2),
    ]
    define_table(realm, proto, table)
    if isinstance(array_to_string, JSObject):
        proto.define_raw("toString", array_to_string, WRITABLE | CONFIGURABLE)
    values = proto.get_own("values")
    proto.define_raw(SYMBOL_ITERATOR, values, WRITABLE | CONFIGURABLE)
    realm.intrinsics["%TypedArray.prototype.values%"] = values
    aip = realm.intrinsics.get("%ArrayIteratorPrototype%")
    if aip is not None:
        realm.intrinsics.setdefault("%ArrayIteratorPrototype.next%", aip.get_own("next"))
