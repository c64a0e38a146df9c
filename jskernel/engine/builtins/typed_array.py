"""%TypedArray% (the abstract constructor with from / of / @@species), the concrete
constructors Int8Array ... BigUint64Array and Float16Array with BYTES_PER_ELEMENT, and the
creation operations the prototype methods share: AllocateTypedArray, the Initialize*
steps of sec-typedarray, TypedArraySpeciesCreate, TypedArrayCreateFromConstructor,
TypedArrayCreateSameType, ValidateTypedArray.  The prototype methods are in
builtins/typed_array_methods.py; the exotic object in runtime/typed_arrays.py.
"""

from __future__ import annotations

from jskernel.engine.builtins import GETTER, VALUE, arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    CONFIGURABLE, WRITABLE, JSObject, throw_range_error, throw_type_error,
)
from jskernel.engine.runtime.typed_arrays import (
    KIND_ORDER, KINDS, MAX_ALLOC, JSArrayBuffer, JSTypedArray, ToBigInt, ToIndex, decode, encode,
    get_prototype_from_constructor, read_all, write_all,
)
from jskernel.engine.runtime.values import SYMBOL_ITERATOR, UNDEFINED, WELL_KNOWN_SYMBOLS


# --- validation ---------------------------------------------------------------------------------
def ValidateTypedArray(this, method):
    """sec-validatetypedarray: a typed array not out of bounds; returns (ta, length)."""
    if not isinstance(this, JSTypedArray):
        throw_type_error("this is not a typed array.")
    n = this.length_or_none()
    if n is None:
        throw_type_error(f"Cannot perform {method} on a detached ArrayBuffer")
    return this, n


# --- allocation ---------------------------------------------------------------------------------
def _new_buffer(realm, byte_length):
    if byte_length > MAX_ALLOC:
        throw_range_error("Array buffer allocation failed")
    return realm.heap.allocate(JSArrayBuffer, realm.intrinsics["%ArrayBuffer.prototype%"],
                               bytearray(byte_length))


def AllocateTypedArray(realm, kind, new_target, length=None):
    """sec-allocatetypedarray (proto from NewTarget first, then the buffer)."""
    proto = get_prototype_from_constructor(realm, new_target, f"%{kind.ctor_name}.prototype%")
    ta = realm.heap.allocate(JSTypedArray, proto, kind)
    if length is not None:
        allocate_buffer(realm, ta, length)
    return ta


def allocate_buffer(realm, ta, length):
    """AllocateTypedArrayBuffer (sec-allocatetypedarraybuffer)."""
    size = ta.kind.size
    if length * size > MAX_ALLOC:
        throw_range_error(f"Invalid typed array length: {length}")
    ta.buffer = _new_buffer(realm, length * size)
    ta.byte_offset = 0
    ta.array_length = length
    ta.fixed_byte_length = length * size


def create_typed_array(realm, kind, values):
    """A new typed array of `kind` holding converted `values` (engine-internal)."""
    ta = AllocateTypedArray(realm, kind, None, len(values))
    write_all(kind, ta.buffer.data, 0, values)
    return ta


def _init_from_typed_array(realm, ta, src):
    """InitializeTypedArrayFromTypedArray (sec-initializetypedarrayfromtypedarray)."""
    n = src.length_or_none()
    if n is None:
        throw_type_error("Cannot perform Construct on a detached ArrayBuffer")
    kind, skind = ta.kind, src.kind
    if kind.bigint != skind.bigint:
        throw_type_error(f"Cannot mix BigInt and other types, use explicit conversions")
    allocate_buffer(realm, ta, n)
    if kind is skind or (kind.code == skind.code and not kind.clamped and not skind.clamped):
        b = src.byte_offset
        ta.buffer.data[0:n * kind.size] = src.buffer.data[b:b + n * kind.size]
    else:
        write_all(kind, ta.buffer.data, 0, read_all(skind, src.buffer.data, src.byte_offset, n))


def _init_from_buffer(realm, ta, buffer, byte_offset, length):
    """InitializeTypedArrayFromArrayBuffer (sec-initializetypedarrayfromarraybuffer)."""
    kind = ta.kind
    size = kind.size
    offset = ToIndex(byte_offset, "Start offset %s is outside the bounds of the buffer")
    if offset % size:
        throw_range_error(f"start offset of {kind.ctor_name} should be a multiple of {size}")
    fixed = buffer.max_byte_length is None
    new_length = None
    if length is not UNDEFINED:
        new_length = ToIndex(length, "Invalid typed array length: %s")
    if buffer.data is None:
        throw_type_error("Cannot perform Construct on a detached ArrayBuffer")
    buf_len = buffer.byte_length
    if new_length is None and not fixed:
        if offset > buf_len:
            throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
        ta.array_length = None
        ta.fixed_byte_length = None
    else:
        if new_length is None:
            if buf_len % size:
                throw_range_error(f"byte length of {kind.ctor_name} should be a multiple of {size}")
            nbytes = buf_len - offset
            if nbytes < 0:
                throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
        else:
            nbytes = new_length * size
            if offset + nbytes > buf_len:
                throw_range_error(f"Invalid typed array length: {new_length}")
        ta.array_length = nbytes // size
        ta.fixed_byte_length = nbytes
    ta.buffer = buffer
    ta.byte_offset = offset


def _convert_all(kind, values):
    """Convert values in order (the fresh buffer is unreachable, so storing them at the
    end is unobservable)."""
    if kind.bigint:
        return [ToBigInt(v) for v in values]
    ToNumber = ops.ToNumber
    return [v if type(v) is float else ToNumber(v) for v in values]


def _init_from_list(realm, ta, values):
    allocate_buffer(realm, ta, len(values))
    write_all(ta.kind, ta.buffer.data, 0, _convert_all(ta.kind, values))


def _init_from_array_like(realm, ta, o):
    n = ops.ToLength(o.get("length"))
    allocate_buffer(realm, ta, n)
    kind = ta.kind
    out = []
    for i in range(n):
        v = o.get(str(i))
        out.append(ToBigInt(v) if kind.bigint else (v if type(v) is float else ops.ToNumber(v)))
    write_all(kind, ta.buffer.data, 0, out)


def iterable_values(realm, obj, method):
    """IteratorToList(GetIteratorFromMethod(obj, method))."""
    from jskernel.engine.builtins.iterator import iter_result  # noqa: F401  (import cycle guard)
    from jskernel.engine.vm.iteration import ProtocolIterator, get_iterator
    from jskernel.engine.runtime.objects import JSArray
    if type(obj) is JSArray and method is realm.intrinsics["%Array.prototype.values%"]:
        from jskernel.engine.vm.iteration import _array_fast
        aip = realm.intrinsics["%ArrayIteratorPrototype%"]
        if _array_fast(realm.vm, obj) and aip.get_own("next") is realm.intrinsics.get("%ArrayIteratorPrototype.next%"):
            return get_iterator(realm.vm, obj).rest()
    it = realm.vm.call_function(method, obj, [])
    if not isinstance(it, JSObject):
        throw_type_error("Result of the Symbol.iterator method is not an object")
    return ProtocolIterator(realm.vm, it, it.get("next")).rest()


def _get_method(realm, obj, key):
    f = obj.get(key)
    if f is UNDEFINED or f is None:
        return UNDEFINED
    if not ops.IsCallable(f):
        throw_type_error(f"{ops.ToDisplayString(f)} is not a function")
    return f


def _concrete(kind):
    name = kind.ctor_name

    def call(realm, this, args):
        throw_type_error(f"Constructor {name} requires 'new'")

    def construct(realm, args, new_target):
        """sec-typedarray (the concrete constructors)"""
        if not args:
            return AllocateTypedArray(realm, kind, new_target, 0)
        first = args[0]
        if isinstance(first, JSObject):
            ta = AllocateTypedArray(realm, kind, new_target)
            if isinstance(first, JSTypedArray):
                _init_from_typed_array(realm, ta, first)
            elif isinstance(first, JSArrayBuffer):
                _init_from_buffer(realm, ta, first, arg(args, 1), arg(args, 2))
            else:
                method = first.get(SYMBOL_ITERATOR)
                if method is None:
                    method = UNDEFINED
                if method is not UNDEFINED and not ops.IsCallable(method):
                    throw_type_error("TypedArray's constructor requires that the property of the first "
                                     "argument, items[Symbol.iterator], when exists, be a function")
                if method is not UNDEFINED:
                    _init_from_list(realm, ta, iterable_values(realm, first, method))
                else:
                    _init_from_array_like(realm, ta, first)
            return ta
        n = ToIndex(first, "Invalid typed array length: %s")
        return AllocateTypedArray(realm, kind, new_target, n)
    return call, construct


# --- species / same-type creation ---------------------------------------------------------------
def TypedArrayCreateFromConstructor(realm, ctor, args, method="Construct"):
    """sec-typedarraycreatefromconstructor"""
    new = realm.vm.construct(ctor, args, ctor)
    if not isinstance(new, JSTypedArray):
        if method == "Construct":
            throw_type_error("this is not a typed array.")
        throw_type_error(f"Method {method} called on incompatible receiver {ops.ToDisplayString(new)}")
    n = new.length_or_none()
    if n is None:
        throw_type_error(f"Cannot perform {method} on a detached ArrayBuffer")
    if len(args) == 1 and type(args[0]) is float and n < args[0]:
        throw_type_error("Derived TypedArray constructor created an array which was too small")
    return new


def TypedArraySpeciesCreate(realm, exemplar, args, method="Construct"):
    """sec-typedarray-species-create"""
    from jskernel.engine.builtins.promise import species_constructor
    default = realm.intrinsics[f"%{exemplar.kind.ctor_name}%"]
    ctor = species_constructor(realm, exemplar, default)
    if ctor is default:
        # the common case without observable side effects: allocate directly
        if len(args) == 1:
            return AllocateTypedArray(realm, exemplar.kind, None, int(args[0]))
    result = TypedArrayCreateFromConstructor(realm, ctor, args, method)
    if result.kind.bigint != exemplar.kind.bigint:
        throw_type_error("Cannot mix BigInt and other types, use explicit conversions")
    return result


def TypedArrayCreateSameType(realm, exemplar, length):
    return AllocateTypedArray(realm, exemplar.kind, None, length)


# --- %TypedArray% and its statics ---------------------------------------------------------------
def ta_call(realm, this, args):
    throw_type_error("Abstract class TypedArray not directly constructable")


def ta_construct(realm, args, new_target):
    throw_type_error("Abstract class TypedArray not directly constructable")


def ta_from(realm, this, args):
    """sec-%typedarray%.from"""
    C = this
    if not ops.IsConstructor(C):
        throw_type_error(f"{ops.ToDisplayString(C)} is not a constructor")
    mapfn, this_arg = arg(args, 1), arg(args, 2)
    if mapfn is not UNDEFINED and not ops.IsCallable(mapfn):
        throw_type_error(f"{ops.ToDisplayString(mapfn)} is not a function")
    source = arg(args, 0)
    if source is UNDEFINED or source is None:
        throw_type_error(f"{'undefined' if source is UNDEFINED else 'object null'} is not iterable "
                         "(cannot read property Symbol(Symbol.iterator))")
    call = realm.vm.call_function
    method = _get_method(realm, source, SYMBOL_ITERATOR) if isinstance(source, JSObject) else \
        (UNDEFINED if source is UNDEFINED or source is None else _get_method(realm, ops.ToObject(realm, source),
                                                                           SYMBOL_ITERATOR))
    if method is not UNDEFINED:
        if isinstance(source, JSTypedArray) and method is realm.intrinsics["%TypedArray.prototype.values%"] \
                and source.length_or_none() is not None \
                and realm.intrinsics["%ArrayIteratorPrototype%"].get_own("next") is \
                realm.intrinsics["%ArrayIteratorPrototype.next%"]:
            values = source.values()
        else:
            values = iterable_values(realm, source, method)
        target = TypedArrayCreateFromConstructor(realm, C, [float(len(values))])
        for k, v in enumerate(values):
            if mapfn is not UNDEFINED:
                v = call(mapfn, this_arg, [v, float(k)])
            _set_or_throw(target, k, v)
        return target
    o = ops.ToObject(realm, source)
    n = ops.ToLength(o.get("length"))
    target = TypedArrayCreateFromConstructor(realm, C, [float(n)])
    for k in range(n):
        v = o.get(str(k))
        if mapfn is not UNDEFINED:
            v = call(mapfn, this_arg, [v, float(k)])
        _set_or_throw(target, k, v)
    return target


def _set_or_throw(target, k, v):
    """Set(O, Pk, v, true) on the result of a constructor."""
    if isinstance(target, JSTypedArray):
        target.set_index(k, v)
        return
    if not target.set(str(k), v, target):
        from jskernel.engine.runtime.diagnostics import set_failure
        throw_type_error(set_failure(target, str(k)))


def ta_of(realm, this, args):
    """sec-%typedarray%.of"""
    C = this
    if not ops.IsConstructor(C):
        throw_type_error(f"{ops.ToDisplayString(C)} is not a constructor")
    target = TypedArrayCreateFromConstructor(realm, C, [float(len(args))])
    for k, v in enumerate(args):
        _set_or_throw(target, k, v)
    return target


def species_getter(realm, this, args):
    return this


STATIC = [
    ("from", ta_from, 1),
    ("of", ta_of, 0),
    (WELL_KNOWN_SYMBOLS["species"], GETTER(species_getter)),
]


def install(realm):
    from jskernel.engine.builtins import typed_array_methods
    fp = realm.intrinsics["%Function.prototype%"]
    proto = realm.new_object(realm.intrinsics["%Object.prototype%"])
    ctor = realm.new_native(ta_call, "TypedArray", 0, ta_construct)
    ctor.define_raw("prototype", proto, 0)
    proto.define_raw("constructor", ctor, WRITABLE | CONFIGURABLE)
    define_table(realm, ctor, STATIC)
    realm.intrinsics["%TypedArray%"] = ctor
    realm.intrinsics["%TypedArray.prototype%"] = proto
    typed_array_methods.install_prototype(realm, proto)
    for name in KIND_ORDER:
        kind = KINDS[name]
        call, construct = _concrete(kind)
        c = realm.new_native(call, name, 3, construct)
        c.proto = ctor
        p = realm.new_object(proto)
        c.define_raw("prototype", p, 0)
        c.define_raw("BYTES_PER_ELEMENT", float(kind.size), 0)
        p.define_raw("constructor", c, WRITABLE | CONFIGURABLE)
        p.define_raw("BYTES_PER_ELEMENT", float(kind.size), 0)
        realm.intrinsics[f"%{name}%"] = c
        realm.intrinsics[f"%{name}.prototype%"] = p
        realm.global_object.define_raw(name, c, WRITABLE | CONFIGURABLE)
    del fp
