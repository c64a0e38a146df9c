"""The Array.prototype methods that create arrays through ArraySpeciesCreate or rearrange
their receiver (map, filter, slice, splice, concat, flat, flatMap, shift, unshift,
reverse, copyWithin, sort), the callback walkers whose observable order matters
(forEach, some, every, reduce, reduceRight, find*), toLocaleString, and the statics
Array.from / Array.of, written from the spec for any array-like receiver.

Each method has a fast path for a dense `JSArray` (no holes, extensible, not frozen)
whose result array is the engine's own (%Array% species): there the work is done on
Python lists, which is unobservable.  Everything else goes through the generic
property protocol in the spec's order (HasProperty, Get, Set, DeletePropertyOrThrow,
CreateDataPropertyOrThrow).  The rest of %Array.prototype% is in builtins/array.py.
"""

from __future__ import annotations

import functools

from jskernel.engine.builtins import arg
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    JSArray, JSObject, PropertyDescriptor, ThrowCompletion, throw_range_error, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, HOLE, SYMBOL_ITERATOR, UNDEFINED, WELL_KNOWN_SYMBOLS

MAX_SAFE = 2 ** 53 - 1
MAX_ARRAY = 2 ** 32 - 1
DENSE_LIMIT = 1 << 22      # ArrayCreate makes longer arrays in the sparse form


# --- abstract operations --------------------------------------------------------------------
def LengthOfArrayLike(o) -> int:
    if type(o) is JSArray:
        return len(o.elements)
    return ops.ToLength(o.get("length"))


def _dense(o) -> bool:
    """A fast-form array whose elements can be rearranged as a Python list unobservably."""
    return (type(o) is JSArray and o.extensible and not o.frozen and HOLE not in o.elements
            and type(o.proto) is JSArray and not o.proto.elements)


def probe(o, k):
    """HasProperty(O, k) then Get(O, k): the value, or ABSENT when there is no such property."""
    if type(o) is JSArray:
        el = o.elements
        if k < len(el):
            v = el[k]
            if v is not HOLE:
                return v
    key = str(k)
    if o.has_property(key):
        return o.get(key)
    return ABSENT


def _set(o, key, value):
    """Set(O, P, V, true): a failed [[Set]] throws (message from runtime/diagnostics.py)."""
    if not o.set(key, value, o):
        from jskernel.engine.runtime.diagnostics import set_failure
        throw_type_error(set_failure(o, key))


def _delete(o, key):
    """DeletePropertyOrThrow(O, P)."""
    if not o.delete(key):
        from jskernel.engine.runtime.diagnostics import delete_failure
        throw_type_error(delete_failure(o, key))


def CreateDataPropertyOrThrow(o, key, value):
    if type(o) is JSArray and o.extensible and not o.frozen:
        i = int(key)
        if i <= len(o.elements):
            o.set_index(i, value)
            return
    if not o.define_own_property(key, PropertyDescriptor(value=value, writable=True, enumerable=True,
                                                         configurable=True)):
        throw_type_error(f"Cannot define property {key}, object is not extensible")


def ArrayCreate(realm, length):
    """sec-arraycreate"""
    if length > MAX_ARRAY:
        throw_range_error("Invalid array length")
    if length <= DENSE_LIMIT:
        return realm.new_array([HOLE] * length)
    a = realm.new_array([])
    a.set_length(float(length))           # the sparse form
    return a


def ArraySpeciesCreate(realm, original, length):
    """sec-arrayspeciescreate: (the new object, whether it is a plain engine-made array)."""
    from jskernel.engine.runtime.proxy import IsArray
    if not IsArray(original):
        a = ArrayCreate(realm, length)
        return a, type(a) is JSArray
    C = original.get("constructor")
    if ops.IsConstructor(C):
        # a constructor from another realm that is that realm's %Array% counts as undefined
        crealm = getattr(C, "realm", realm)
        if crealm is not realm and C is crealm.intrinsics.get("%Array%"):
            C = UNDEFINED
    if isinstance(C, JSObject):
        C = C.get(WELL_KNOWN_SYMBOLS["species"])
        if C is None:
            C = UNDEFINED
    if C is UNDEFINED or C is realm.intrinsics["%Array%"]:
        a = ArrayCreate(realm, length)
        return a, type(a) is JSArray
    if not ops.IsConstructor(C):
        throw_type_error("object.constructor[Symbol.species] is not a constructor")
    return realm.vm.construct(C, [float(length)]), False


def _callable(fn):
    if not ops.IsCallable(fn):
        throw_type_error(f"{ops.DescribeValue(fn) if isinstance(fn, JSObject) else ops.ToDisplayString(fn)} "
                         "is not a function")


# --- callback walkers -----------------------------------------------------------------------
def _prologue(realm, this, args):
    o = ops.ToObject(realm, this)
    n = LengthOfArrayLike(o)
    fn = arg(args, 0)
    _callable(fn)
    return o, n, fn, arg(args, 1), realm.vm.call_function


def proto_for_each(realm, this, args):
    o, n, fn, t, call = _prologue(realm, this, args)
    for k in range(n):
        v = probe(o, k)
        if v is not ABSENT:
            call(fn, t, [v, float(k), o])
    return UNDEFINED


def proto_some(realm, this, args):
    o, n, fn, t, call = _prologue(realm, this, args)
    for k in range(n):
        v = probe(o, k)
        if v is not ABSENT and ops.ToBoolean(call(fn, t, [v, float(k), o])):
            return True
    return False


def proto_every(realm, this, args):
    o, n, fn, t, call = _prologue(realm, this, args)
    for k in range(n):
        v = probe(o, k)
        if v is not ABSENT and not ops.ToBoolean(call(fn, t, [v, float(k), o])):
            return False
    return True


def _finder(reverse, want_index):
    def method(realm, this, args):
        o, n, fn, t, call = _prologue(realm, this, args)
        for k in (range(n - 1, -1, -1) if reverse else range(n)):
            v = probe(o, k) if type(o) is JSArray else o.get(str(k))
            if v is ABSENT:
                v = UNDEFINED
            if ops.ToBoolean(call(fn, t, [v, float(k), o])):
                return float(k) if want_index else v
        return -1.0 if want_index else UNDEFINED
    return method


proto_find = _finder(False, False)
proto_find_index = _finder(False, True)
proto_find_last = _finder(True, False)
proto_find_last_index = _finder(True, True)


def _reduce(realm, this, args, indices):
    o = ops.ToObject(realm, this)
    n = LengthOfArrayLike(o)
    fn = arg(args, 0)
    _callable(fn)
    ks = iter(indices(n))
    if len(args) >= 2:
        acc = args[1]
    else:
        acc = ABSENT
        for k in ks:
            acc = probe(o, k)
            if acc is not ABSENT:
                break
        if acc is ABSENT:
            throw_type_error("Reduce of empty array with no initial value")
    call = realm.vm.call_function
    for k in ks:
        v = probe(o, k)
        if v is not ABSENT:
            acc = call(fn, UNDEFINED, [acc, v, float(k), o])
    return acc


def proto_reduce(realm, this, args):
    return _reduce(realm, this, args, lambda n: range(n))


def proto_reduce_right(realm, this, args):
    return _reduce(realm, this, args, lambda n: range(n - 1, -1, -1))


# --- species-creating methods ---------------------------------------------------------------
def proto_map(realm, this, args):
    o, n, fn, t, call = _prologue(realm, this, args)
    a, plain = ArraySpeciesCreate(realm, o, n)
    if plain:                          # a fresh dense array of n holes no callback can reach
        out = a.elements
        for k in range(n):
            v = probe(o, k)
            if v is not ABSENT:
                out[k] = call(fn, t, [v, float(k), o])
        return a
    for k in range(n):
        v = probe(o, k)
        if v is not ABSENT:
            CreateDataPropertyOrThrow(a, str(k), call(fn, t, [v, float(k), o]))
    return a


def proto_filter(realm, this, args):
    o, n, fn, t, call = _prologue(realm, this, args)
    a, plain = ArraySpeciesCreate(realm, o, 0)
    out = []
    for k in range(n):
        v = probe(o, k)
        if v is not ABSENT and ops.ToBoolean(call(fn, t, [v, float(k), o])):
            if plain:
                out.append(v)
            else:
                CreateDataPropertyOrThrow(a, str(len(out)), v)
                out.append(None)
    if plain:
        a.elements = out
    return a


def proto_slice(realm, this, args):
    o = ops.ToObject(realm, this)
    n = LengthOfArrayLike(o)
    k = ops.RelativeIndex(arg(args, 0), n, 0)
    final = ops.RelativeIndex(arg(args, 1), n, n)
    count = max(final - k, 0)
    a, plain = ArraySpeciesCreate(realm, o, count)
    if plain and type(o) is JSArray:
        items = o.elements[k:final]
        if HOLE not in items:
            a.elements = items
            return a
    i = 0
    while k < final:
        v = probe(o, k)
        if v is not ABSENT:
            CreateDataPropertyOrThrow(a, str(i), v)
        k += 1
        i += 1
    _set(a, "length", float(i))
    return a


def splice_start_and_count(args, n):
    """The (actualStart, actualDeleteCount / actualSkipCount) of splice and toSpliced
    for a length n: no arguments delete nothing, a start alone deletes to the end."""
    start = ops.RelativeIndex(arg(args, 0), n, 0)
    if not args:
        return start, 0
    if len(args) == 1:
        return start, n - start
    return start, int(min(max(ops.ToIntegerOrInfinity(args[1]), 0), n - start))


def proto_splice(realm, this, args):
    o = ops.ToObject(realm, this)
    n = LengthOfArrayLike(o)
    start, dc = splice_start_and_count(args, n)
    items = list(args[2:])
    if n + len(items) - dc > MAX_SAFE:
        throw_type_error("Invalid array length")
    a, plain = ArraySpeciesCreate(realm, o, dc)
    if plain and _dense(o):
        el = o.elements
        a.elements = el[start:start + dc]
        el[start:start + dc] = items
        return a
    for k in range(dc):
        v = probe(o, start + k)
        if v is not ABSENT:
            CreateDataPropertyOrThrow(a, str(k), v)
    _set(a, "length", float(dc))
    ic = len(items)
    if ic < dc:
        for k in range(start, n - dc):
            v = probe(o, k + dc)
            if v is not ABSENT:
                _set(o, str(k + ic), v)
            else:
                _delete(o, str(k + ic))
        for k in range(n, n - dc + ic, -1):
            _delete(o, str(k - 1))
    elif ic > dc:
        for k in range(n - dc, start, -1):
            v = probe(o, k + dc - 1)
            if v is not ABSENT:
                _set(o, str(k + ic - 1), v)
            else:
                _delete(o, str(k + ic - 1))
    for i, item in enumerate(items):
        _set(o, str(start + i), item)
    _set(o, "length", float(n - dc + ic))
    return a


def _is_concat_spreadable(item) -> bool:
    """sec-isconcatspreadable"""
    if not isinstance(item, JSObject):
        return False
    spreadable = item.get(WELL_KNOWN_SYMBOLS["isConcatSpreadable"])
    if spreadable is not UNDEFINED:
        return ops.ToBoolean(spreadable)
    from jskernel.engine.runtime.proxy import IsArray
    return IsArray(item)


def proto_concat(realm, this, args):
    o = ops.ToObject(realm, this)
    a, plain = ArraySpeciesCreate(realm, o, 0)
    out = []          # plain: the result's elements; else only its length matters
    n = 0
    for item in [o] + list(args):
        if _is_concat_spreadable(item):
            length = LengthOfArrayLike(item)
            if n + length > MAX_SAFE:
                throw_type_error("Invalid array length")
            if plain and type(item) is JSArray and HOLE not in item.elements:
                out.extend(item.elements)
                n += length
                continue
            for k in range(length):
                v = probe(item, k)
                if plain:
                    out.append(HOLE if v is ABSENT else v)
                elif v is not ABSENT:
                    CreateDataPropertyOrThrow(a, str(n), v)
                n += 1
        else:
            if n >= MAX_SAFE:
                throw_type_error("Invalid array length")
            if plain:
                out.append(item)
            else:
                CreateDataPropertyOrThrow(a, str(n), item)
            n += 1
    if plain:
        a.elements = out
        return a
    _set(a, "length", float(n))
    return a


def _flatten(realm, target, source, source_len, start, depth, mapper=None, this_arg=UNDEFINED):
    """FlattenIntoArray (sec-flattenintoarray)"""
    from jskernel.engine.runtime.proxy import IsArray
    t = start
    for k in range(source_len):
        v = probe(source, k)
        if v is ABSENT:
            continue
        if mapper is not None:
            v = realm.vm.call_function(mapper, this_arg, [v, float(k), source])
        if depth > 0 and IsArray(v):
            t = _flatten(realm, target, v, LengthOfArrayLike(v), t, depth - 1)
        else:
            if t >= MAX_SAFE:
                throw_type_error("Invalid array length")
            CreateDataPropertyOrThrow(target, str(t), v)
            t += 1
    return t


def proto_flat(realm, this, args):
    o = ops.ToObject(realm, this)
    n = LengthOfArrayLike(o)
    depth = 1 if arg(args, 0) is UNDEFINED else ops.ToIntegerOrInfinity(args[0])
    if depth < 0:
        depth = 0
    a, _ = ArraySpeciesCreate(realm, o, 0)
    _flatten(realm, a, o, n, 0, depth)
    return a


def proto_flat_map(realm, this, args):
    o = ops.ToObject(realm, this)
    n = LengthOfArrayLike(o)
    fn = arg(args, 0)
    if not ops.IsCallable(fn):
        throw_type_error("flatMap mapper function is not callable")
    a, _ = ArraySpeciesCreate(realm, o, 0)
    _flatten(realm, a, o, n, 0, 1, fn, arg(args, 1))
    return a


# --- in-place rearrangements ----------------------------------------------------------------
def proto_shift(realm, this, args):
    o = ops.ToObject(realm, this)
    if _dense(o):
        return o.elements.pop(0) if o.elements else UNDEFINED
    n = LengthOfArrayLike(o)
    if n == 0:
        _set(o, "length", 0.0)
        return UNDEFINED
    first = o.get("0")
    for k in range(1, n):
        v = probe(o, k)
        if v is not ABSENT:
            _set(o, str(k - 1), v)
        else:
            _delete(o, str(k - 1))
    _delete(o, str(n - 1))
    _set(o, "length", float(n - 1))
    return first


def proto_unshift(realm, this, args):
    o = ops.ToObject(realm, this)
    if _dense(o):
        o.elements[0:0] = list(args)
        return float(len(o.elements))
    n = LengthOfArrayLike(o)
    c = len(args)
    if c:
        if n + c > MAX_SAFE:
            throw_type_error("Invalid array length")
        for k in range(n, 0, -1):
            v = probe(o, k - 1)
            if v is not ABSENT:
                _set(o, str(k + c - 1), v)
            else:
                _delete(o, str(k + c - 1))
        for j, item in enumerate(args):
            _set(o, str(j), item)
    _set(o, "length", float(n + c))
    return float(n + c)


def proto_reverse(realm, this, args):
    o = ops.ToObject(realm, this)
    if _dense(o):
        o.elements.reverse()
        return o
    n = LengthOfArrayLike(o)
    lower = 0
    middle = n // 2
    while lower != middle:
        upper = n - lower - 1
        lk, uk = str(lower), str(upper)
        lower_exists = o.has_property(lk)
        lv = o.get(lk) if lower_exists else UNDEFINED
        upper_exists = o.has_property(uk)
        uv = o.get(uk) if upper_exists else UNDEFINED
        if lower_exists and upper_exists:
            _set(o, lk, uv)
            _set(o, uk, lv)
        elif upper_exists:
            _set(o, lk, uv)
            _delete(o, uk)
        elif lower_exists:
            _delete(o, lk)
            _set(o, uk, lv)
        lower += 1
    return o


def proto_copy_within(realm, this, args):
    """sec-array.prototype.copywithin"""
    o = ops.ToObject(realm, this)
    n = LengthOfArrayLike(o)
    to = ops.RelativeIndex(arg(args, 0), n, 0)
    frm = ops.RelativeIndex(arg(args, 1), n, 0)
    final = ops.RelativeIndex(arg(args, 2), n, n)
    count = min(final - frm, n - to)
    if count <= 0:
        return o
    if _dense(o) and len(o.elements) == n:
        el = o.elements
        el[to:to + count] = el[frm:frm + count]
        return o
    if type(o) is JSArray and o.frozen:
        throw_type_error("Cannot assign to read only property '0' of object '[object Array]'")
    direction = 1
    if frm < to < frm + count:
        direction = -1
        frm += count - 1
        to += count - 1
    while count > 0:
        v = probe(o, frm)
        if v is not ABSENT:
            _set(o, str(to), v)
        else:
            _delete(o, str(to))
        frm += direction
        to += direction
        count -= 1
    return o


# --- sort -----------------------------------------------------------------------------------
def sort_values(realm, items, fn):
    """Sort a Python list of present values as SortIndexedProperties + SortCompare do:
    undefined last; a comparator's NaN counts as 0; default order compares ToString
    results by UTF-16 code units (Python's str order on our strings).  Stable."""
    undef = [v for v in items if v is UNDEFINED]
    vals = [v for v in items if v is not UNDEFINED] if undef else items
    if fn is UNDEFINED:
        if all(type(v) is str for v in vals):
            vals.sort()
        else:
            keys = [ops.ToString(v) for v in vals]       # ToString once per element
            order = sorted(range(len(vals)), key=keys.__getitem__)
            vals = [vals[i] for i in order]
    else:
        call = realm.vm.call_function

        def cmp(a, b):
            r = call(fn, UNDEFINED, [a, b])
            r = r if type(r) is float else ops.ToNumber(r)
            return -1 if r < 0 else (1 if r > 0 else 0)
        vals.sort(key=functools.cmp_to_key(cmp))
    return vals + undef if undef else vals


def proto_sort(realm, this, args):
    """sec-array.prototype.sort"""
    fn = arg(args, 0)
    if fn is not UNDEFINED and not ops.IsCallable(fn):
        throw_type_error("The comparison function must be either a function or undefined")
    o = ops.ToObject(realm, this)
    n = LengthOfArrayLike(o)
    dense = False
    if type(o) is JSArray:
        items = [v for v in o.elements if v is not HOLE]
        dense = len(items) == n
        if not dense:                  # holes: the prototype chain may supply values
            items = [v for v in (probe(o, k) for k in range(n)) if v is not ABSENT]
    else:
        items = [v for v in (probe(o, k) for k in range(n)) if v is not ABSENT]
    items = sort_values(realm, items, fn)
    if dense and o.extensible and not o.frozen and len(o.elements) == n and HOLE not in o.elements:
        o.elements[:] = items + [HOLE] * (n - len(items))
        return o
    for j, v in enumerate(items):
        _set(o, str(j), v)
    for j in range(len(items), n):
        _delete(o, str(j))
    return o


def proto_to_locale_string(realm, this, args):
    """sec-array.prototype.tolocalestring (separator ",", cycles print as "" like join)."""
    o = ops.ToObject(realm, this)
    seen = realm.__dict__.setdefault("_locale_join_stack", [])
    if any(x is o for x in seen):
        return ""
    seen.append(o)
    try:
        n = LengthOfArrayLike(o)
        return ",".join(element_locale_string(realm, o.get(str(k))) for k in range(n))
    finally:
        seen.pop()


def element_locale_string(realm, v) -> str:
    """One element of Array / %TypedArray% toLocaleString: "" for undefined and null, else
    ToString(Invoke(v, "toLocaleString"))."""
    if v is UNDEFINED or v is None:
        return ""
    from jskernel.engine.vm.handlers import get_value
    f = get_value(realm.vm, v, "toLocaleString")
    if not ops.IsCallable(f):
        throw_type_error(f"{ops.ToDisplayString(f)} is not a function")
    return ops.ToString(realm.vm.call_function(f, v, []))


# --- statics ---------------------------------------------------------------------------------
def array_from(realm, this, args):
    """sec-array.from"""
    items, fn, t = arg(args, 0), arg(args, 1), arg(args, 2)
    if fn is not UNDEFINED:
        _callable(fn)
    C = this
    plain_c = C is realm.intrinsics["%Array%"] or not ops.IsConstructor(C)
    if items is UNDEFINED or items is None:
        throw_type_error(f"{'object null' if items is None else 'undefined'} is not iterable "
                         "(cannot read property Symbol(Symbol.iterator))")
    if isinstance(items, JSObject):
        method = items.get(SYMBOL_ITERATOR)
    else:
        from jskernel.engine.vm.handlers import get_value
        method = get_value(realm.vm, items, SYMBOL_ITERATOR)
    call = realm.vm.call_function
    if method is not UNDEFINED and method is not None:
        if not ops.IsCallable(method):
            throw_type_error("%Array%.from requires that the property of the first argument, "
                             "items[Symbol.iterator], when exists, be a function")
        from jskernel.engine.vm.iteration import get_iterator
        a = realm.new_array([]) if plain_c else realm.vm.construct(C, [])
        if plain_c and items.__class__ in (JSArray, str) and method is realm.intrinsics["%Array.prototype.values%"]:
            it = get_iterator(realm.vm, items)
        else:
            from jskernel.engine.vm.iteration import ProtocolIterator
            obj = call(method, items, [])
            if not isinstance(obj, JSObject):
                throw_type_error("Result of the Symbol.iterator method is not an object")
            it = ProtocolIterator(realm.vm, obj, obj.get("next"))
        k = 0
        out = []
        while (v := it.next()) is not ABSENT:
            try:
                if fn is not UNDEFINED:
                    v = call(fn, t, [v, float(k)])
                if plain_c:
                    out.append(v)
                else:
                    CreateDataPropertyOrThrow(a, str(k), v)
            except ThrowCompletion:
                from jskernel.engine.builtins.collections import close_quietly
                close_quietly(it)
                raise
            k += 1
        if plain_c:
            a.elements = out
            return a
        _set(a, "length", float(k))
        return a
    o = ops.ToObject(realm, items)
    n = LengthOfArrayLike(o)
    a = ArrayCreate(realm, n) if plain_c else realm.vm.construct(C, [float(n)])
    for k in range(n):
        v = o.get(str(k))
        if fn is not UNDEFINED:
            v = call(fn, t, [v, float(k)])
        CreateDataPropertyOrThrow(a, str(k), v)
    _set(a, "length", float(n))
    return a


def array_of(realm, this, args):
    """sec-array.of"""
    C = this
    if C is realm.intrinsics["%Array%"] or not ops.IsConstructor(C):
        return realm.new_array(list(args))
    a = realm.vm.construct(C, [float(len(args))])
    for k, v in enumerate(args):
        CreateDataPropertyOrThrow(a, str(k), v)
    _set(a, "length", float(len(args)))
    return a
