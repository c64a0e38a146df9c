"""Binary data objects: ArrayBuffer / SharedArrayBuffer, TypedArray (integer-indexed
exotic objects) and DataView, with the abstract operations on them.

Owns: `JSArrayBuffer` (sec-arraybuffer-objects; the data block is a Python
`bytearray`, `None` once detached; `max_byte_length` is set for resizable / growable
buffers), `JSTypedArray` (sec-typedarray-exotic-objects: [[GetOwnProperty]],
[[HasProperty]], [[DefineOwnProperty]], [[Get]], [[Set]], [[Delete]],
[[OwnPropertyKeys]] with CanonicalNumericIndexString), `JSDataView`, the element-type
table (`KINDS`: size, struct codes, conversion), the conversions ToInt8 ... ToBigUint64
/ ToUint8Clamp, GetValueFromBuffer / SetValueInBuffer, IsDetachedBuffer /
DetachArrayBuffer, IsTypedArrayOutOfBounds / TypedArrayLength / IsValidIntegerIndex,
ToIndex and ToBigInt.  The constructors and prototype methods live in
builtins/array_buffer.py, data_view.py, typed_array.py, typed_array_methods.py and
atomics.py.  Elements are stored little-endian (the platform order V8 uses on x86).
"""

from __future__ import annotations

import math
import struct

from jskernel.engine.runtime.objects import (
    ACCESSOR, DEFAULT_ATTRS, DEFER, JSObject, PropertyDescriptor, throw_range_error, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, UNDEFINED, JSSymbol

MAX_SAFE = 2 ** 53 - 1
_INFS = (math.inf, -math.inf)
MAX_ALLOC = 2 ** 32          # larger blocks: "Array buffer allocation failed"


# --- element types ----------------------------------------------------------------------------
class Kind:
    """One TypedArray element type (Table 71, sec-typedarray-objects)."""

    __slots__ = ("name", "size", "read", "write", "raw", "bigint", "integer", "clamped", "code",
                 "bits", "signed", "ctor_name")

    def __init__(self, name, size, code, bigint=False, integer=True, clamped=False, signed=False):
        self.name = name                     # "Int8", ...
        self.ctor_name = name + "Array"
        self.size = size
        self.code = code
        self.bigint = bigint
        self.integer = integer
        self.clamped = clamped
        self.signed = signed
        self.bits = size * 8
        self.read = struct.Struct("<" + code)
        raw_code = {1: "B", 2: "H", 4: "I", 8: "Q"}[size]
        self.raw = raw_code                  # bit-preserving code for moving elements
        self.write = struct.Struct("<" + (raw_code if integer else code))

    def __repr__(self):
        return f"<Kind {self.name}>"


KINDS = {k.ctor_name: k for k in (
    Kind("Int8", 1, "b", signed=True), Kind("Uint8", 1, "B"), Kind("Uint8Clamped", 1, "B", clamped=True),
    Kind("Int16", 2, "h", signed=True), Kind("Uint16", 2, "H"), Kind("Int32", 4, "i", signed=True),
    Kind("Uint32", 4, "I"), Kind("Float16", 2, "e", integer=False), Kind("Float32", 4, "f", integer=False),
    Kind("Float64", 8, "d", integer=False), Kind("BigInt64", 8, "q", bigint=True, signed=True),
    Kind("BigUint64", 8, "Q", bigint=True),
)}
KIND_ORDER = ("Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
              "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array")
INT32 = KINDS["Int32Array"]
BIGINT64 = KINDS["BigInt64Array"]


def ToUint8Clamp(n: float) -> int:
    """sec-touint8clamp (n already a Number): round half to even, clamp to 0..255."""
    if n != n or n <= 0:
        return 0
    if n >= 255:
        return 255
    return int(round(n))


def _round_float(kind, n):
    """Pack-able value for a float kind: values beyond the range round to +-Infinity."""
    try:
        return kind.write.pack(n)
    except OverflowError:
        return kind.write.pack(math.copysign(math.inf, n))


def encode(kind, v) -> bytes:
    """NumericToRawBytes (sec-numerictorawbytes), little-endian; `v` is a Number (float) for
    number kinds and a BigInt (int) for the BigInt kinds (already converted)."""
    if kind.integer:
        if kind.bigint:
            return kind.write.pack(v & ((1 << 64) - 1))
        if kind.clamped:
            return kind.write.pack(ToUint8Clamp(v))
        if v != v or v in (math.inf, -math.inf):
            return kind.write.pack(0)
        return kind.write.pack(int(v) & ((1 << kind.bits) - 1))
    return _round_float(kind, v)


def decode(kind, data, offset):
    """RawBytesToNumeric (sec-rawbytestonumeric) from `data` at `offset`, little-endian."""
    v = kind.read.unpack_from(data, offset)[0]
    if kind.bigint:
        return v
    return float(v)


def convert_value(kind, value):
    """ToBigInt / ToNumber of a value about to be stored in an element of `kind`."""
    from jskernel.engine.runtime.operations import ToNumber
    if kind.bigint:
        return ToBigInt(value)
    return ToNumber(value)


def read_all(kind, data, offset, n):
    """The n elements of `kind` at `offset` as engine values (a list)."""
    vals = struct.unpack_from(f"<{n}{kind.code}", data, offset)
    if kind.bigint:
        return list(vals)
    return [float(v) for v in vals]


def write_all(kind, data, offset, values):
    """Store already-converted values (Numbers / BigInts) at `offset`."""
    if not values:
        return
    if kind.integer:
        if kind.bigint:
            mask = (1 << 64) - 1
            ints = [v & mask for v in values]
        elif kind.clamped:
            ints = [ToUint8Clamp(v) for v in values]
        else:
            mask = (1 << kind.bits) - 1
            ints = [0 if v != v or v in (math.inf, -math.inf) else int(v) & mask for v in values]
        struct.pack_into(f"<{len(ints)}{kind.raw}", data, offset, *ints)
        return
    try:
        struct.pack_into(f"<{len(values)}{kind.code}", data, offset, *values)
    except OverflowError:
        s = kind.size
        for i, v in enumerate(values):
            data[offset + i * s:offset + (i + 1) * s] = _round_float(kind, v)


# --- abstract operations -------------------------------------------------------------------
def ToBigInt(value):
    """sec-tobigint"""
    from jskernel.engine.runtime.operations import ToPrimitive, _string_to_bigint, NumberToString
    prim = ToPrimitive(value, "number") if isinstance(value, JSObject) else value
    t = type(prim)
    if t is int:
        return prim
    if t is bool:
        return 1 if prim else 0
    if t is str:
        n = _string_to_bigint(prim)
        if n is None:
            from jskernel.engine.runtime.objects import ThrowCompletion
            raise ThrowCompletion(None, "SyntaxError", f"Cannot convert {prim} to a BigInt")
        return n
    if t is float:
        throw_type_error(f"Cannot convert {NumberToString(prim)} to a BigInt")
    if prim is UNDEFINED:
        throw_type_error("Cannot convert undefined to a BigInt")
    if prim is None:
        throw_type_error("Cannot convert null to a BigInt")
    d = "" if prim.description is UNDEFINED else prim.description
    throw_type_error(f"Cannot convert Symbol({d}) to a BigInt")


def ToIndex(value, message="Invalid array buffer length"):
    """sec-toindex: an integer in 0 .. 2**53-1, else RangeError(message)."""
    from jskernel.engine.runtime.operations import ToNumber
    if value is UNDEFINED:
        return 0
    num = ToNumber(value)
    if num != num:
        return 0
    n = num if num in _INFS else math.trunc(num)
    if n < 0 or n > MAX_SAFE:
        throw_range_error(message.replace("%s", _num_text(num)))
    return int(n)


def _num_text(n):
    from jskernel.engine.runtime.operations import NumberToString
    return NumberToString(float(n))


def CanonicalNumericIndexString(key):
    """sec-canonicalnumericindexstring: the Number a string key denotes, or None.
    Fast: only keys starting with a digit, '-', 'I' or 'N' can be numeric."""
    if type(key) is not str or not key:
        return None
    c = key[0]
    if c in "0123456789":
        if key.isdigit() and key.isascii() and (len(key) == 1 or c != "0") and len(key) < 16:
            return int(key)
    elif c not in "-IN":
        return None
    if key == "-0":
        return -0.0
    from jskernel.engine.runtime.operations import StringToNumber, NumberToString
    n = StringToNumber(key)
    if NumberToString(n) == key:
        return n
    return None


# --- ArrayBuffer --------------------------------------------------------------------------------
class JSArrayBuffer(JSObject):
    """An ArrayBuffer or SharedArrayBuffer: `data` is the byte block (None = detached)."""

    __slots__ = ("data", "max_byte_length", "shared", "detach_key")
    inspect_binary = True

    def __init__(self, proto, data, max_byte_length=None, shared=False):
        JSObject.__init__(self, proto, "SharedArrayBuffer" if shared else "ArrayBuffer")
        self.data = data
        self.max_byte_length = max_byte_length      # None: fixed length
        self.shared = shared
        self.detach_key = UNDEFINED

    @property
    def byte_length(self):
        return 0 if self.data is None else len(self.data)

    def __repr__(self):
        return f"<JSArrayBuffer {self.byte_length}>"


def IsDetachedBuffer(buf) -> bool:
    return buf.data is None


def DetachArrayBuffer(buf, key=UNDEFINED):
    """sec-detacharraybuffer"""
    if not isinstance(buf, JSArrayBuffer) or buf.shared:
        throw_type_error("Cannot detach: not an ArrayBuffer")
    if buf.detach_key is not key:
        throw_type_error("Cannot detach ArrayBuffer: detach key mismatch")
    buf.data = None


def allocate_block(n):
    if n > MAX_ALLOC:
        throw_range_error("Array buffer allocation failed")
    return bytearray(n)


def AllocateArrayBuffer(realm, new_target, byte_length, max_byte_length=None, shared=False):
    """sec-allocatearraybuffer / sec-allocatesharedarraybuffer"""
    name = "SharedArrayBuffer" if shared else "ArrayBuffer"
    if max_byte_length is not None and byte_length > max_byte_length:
        throw_range_error("Invalid array buffer max length")
    proto = get_prototype_from_constructor(realm, new_target, f"%{name}.prototype%")
    if max_byte_length is not None and max_byte_length > MAX_ALLOC:
        throw_range_error("Invalid array buffer max length")
    data = allocate_block(byte_length)
    return realm.heap.allocate(JSArrayBuffer, proto, data, max_byte_length, shared)


def get_prototype_from_constructor(realm, ctor, default_key):
    """GetPrototypeFromConstructor (sec-getprototypefromconstructor)."""
    if ctor is None or ctor is UNDEFINED:
        return realm.intrinsics[default_key]
    proto = ctor.get("prototype")
    if isinstance(proto, JSObject):
        return proto
    other = getattr(ctor, "realm", None)
    if other is not None and hasattr(other, "intrinsics") and default_key in other.intrinsics:
        return other.intrinsics[default_key]
    return realm.intrinsics[default_key]


# --- TypedArray --------------------------------------------------------------------------------
class JSTypedArray(JSObject):
    """An integer-indexed exotic object (sec-typedarray-exotic-objects).

    `array_length` / `byte_length_` are None for a length-tracking view (auto)."""

    __slots__ = ("kind", "buffer", "byte_offset", "array_length", "fixed_byte_length")
    inspect_binary = True

    def __init__(self, proto, kind):
        JSObject.__init__(self, proto, kind.ctor_name)
        self.kind = kind
        self.buffer = None
        self.byte_offset = 0
        self.array_length = 0
        self.fixed_byte_length = 0

    # -- TypedArray With Buffer Witness Records, folded into one query ----------------------
    def length_or_none(self):
        """TypedArrayLength, or None when IsTypedArrayOutOfBounds (incl. detached)."""
        data = self.buffer.data
        if data is None:
            return None
        buf_len = len(data)
        start = self.byte_offset
        if self.array_length is None:
            if start > buf_len:
                return None
            return (buf_len - start) // self.kind.size
        if start + self.array_length * self.kind.size > buf_len:
            return None
        return self.array_length

    def length(self):
        """TypedArrayLength, 0 when out of bounds (the `length` getter)."""
        n = self.length_or_none()
        return 0 if n is None else n

    def valid_index(self, index):
        """IsValidIntegerIndex: `index` is an int or a float (from CanonicalNumericIndexString)."""
        if type(index) is float:
            if index != index or index in (math.inf, -math.inf) or index != int(index) \
                    or (index == 0 and math.copysign(1, index) < 0):
                return False
            index = int(index)
        if index < 0:
            return False
        n = self.length_or_none()
        return n is not None and index < n

    def get_index(self, i):
        """TypedArrayGetElement (sec-typedarraygetelement) for an integer i."""
        if not self.valid_index(i):
            return UNDEFINED
        return decode(self.kind, self.buffer.data, self.byte_offset + i * self.kind.size)

    def set_index(self, i, value):
        """TypedArraySetElement (sec-typedarraysetelement): convert, then store if still valid."""
        v = convert_value(self.kind, value)
        if self.valid_index(i):
            if type(i) is float:
                i = int(i)
            k = self.kind
            off = self.byte_offset + i * k.size
            self.buffer.data[off:off + k.size] = encode(k, v)

    def values(self):
        """All elements as a list (empty when out of bounds)."""
        n = self.length_or_none()
        if not n:
            return []
        return read_all(self.kind, self.buffer.data, self.byte_offset, n)

    # -- VM fast paths: obj[number] (handlers.get_elem / set_elem) ----------------------------
    def get_number_key(self, key):
        """[[Get]] for a Number key (ToString then CanonicalNumericIndexString gives it back)."""
        if key != key or key in _INFS:
            return UNDEFINED
        i = int(key)
        if i != key or i < 0:
            return UNDEFINED
        n = self.length_or_none()
        if n is None or i >= n:
            return UNDEFINED
        k = self.kind
        v = k.read.unpack_from(self.buffer.data, self.byte_offset + i * k.size)[0]
        return v if k.bigint else float(v)

    def set_number_key(self, key, value):
        """[[Set]] with the typed array as receiver, for a Number key (always succeeds)."""
        k = self.kind
        if k.bigint or type(value) is not float:
            value = convert_value(k, value)
        if key != key or key in _INFS:
            return
        i = int(key)
        if i != key or i < 0:
            return
        n = self.length_or_none()
        if n is None or i >= n:
            return
        off = self.byte_offset + i * k.size
        self.buffer.data[off:off + k.size] = encode(k, value)

    # -- raw primitives (engine fast paths, chain walks) -------------------------------------
    def get_own(self, key):
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            return JSObject.get_own(self, key)
        if type(idx) is int and self.valid_index(idx):
            return decode(self.kind, self.buffer.data, self.byte_offset + idx * self.kind.size)
        return DEFER

    def lookup_own(self, key):
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            return JSObject.lookup_own(self, key)
        if type(idx) is int and self.valid_index(idx):
            return decode(self.kind, self.buffer.data, self.byte_offset + idx * self.kind.size), DEFAULT_ATTRS
        return DEFER, ACCESSOR

    def set_own_data(self, key, value) -> bool:
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            return JSObject.set_own_data(self, key, value)
        return self.define_own_property(key, PropertyDescriptor(value=value))

    def define_raw(self, key, value, attrs=DEFAULT_ATTRS):
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            JSObject.define_raw(self, key, value, attrs)
        elif not attrs & ACCESSOR:
            self.set_index(idx, value)

    def remove_own(self, key) -> bool:
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            return JSObject.remove_own(self, key)
        return not self.valid_index(idx)

    # -- internal methods ---------------------------------------------------------------------
    def get_own_property(self, key):
        """sec-typedarray-getownproperty"""
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            return JSObject.get_own_property(self, key)
        v = self.get_index(idx)
        if v is UNDEFINED:
            return None
        return PropertyDescriptor(value=v, writable=True, enumerable=True, configurable=True)

    def has_property(self, key) -> bool:
        """sec-typedarray-hasproperty"""
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            return JSObject.has_property(self, key)
        return self.valid_index(idx)

    def define_own_property(self, key, desc) -> bool:
        """sec-typedarray-defineownproperty"""
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            return JSObject.define_own_property(self, key, desc)
        if not self.valid_index(idx):
            return False
        if desc.configurable is False or desc.enumerable is False or desc.is_accessor() \
                or desc.writable is False:
            return False
        if desc.value is not ABSENT:
            self.set_index(idx, desc.value)
        return True

    def get(self, key, receiver=ABSENT):
        """sec-typedarray-get"""
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            return JSObject.get(self, key, receiver)
        return self.get_index(idx)

    def set(self, key, value, receiver=ABSENT) -> bool:
        """sec-typedarray-set"""
        idx = CanonicalNumericIndexString(key) if type(key) is str else None
        if idx is None:
            return JSObject.set(self, key, value, receiver)
        if receiver is ABSENT or receiver is self:
            self.set_index(idx, value)
            return True
        if not self.valid_index(idx):
            return True
        # OrdinarySet with a writable data own descriptor: define on the receiver
        if not isinstance(receiver, JSObject):
            return False
        existing = receiver.get_own_property(key)
        if existing is not None:
            if existing.is_accessor() or existing.writable is False:
                return False
            return receiver.define_own_property(key, PropertyDescriptor(value=value))
        return receiver.define_own_property(key, PropertyDescriptor(
            value=value, writable=True, enumerable=True, configurable=True))

    def delete(self, key) -> bool:
        """sec-typedarray-delete"""
        return self.remove_own(key)

    def own_keys(self):
        """sec-typedarray-ownpropertykeys"""
        n = self.length_or_none()
        keys = [str(i) for i in range(n)] if n else []
        return keys + JSObject.own_keys(self)

    def prevent_extensions(self) -> bool:
        """sec-typedarray-preventextensions: only a fixed-length view can stop growing."""
        if not is_fixed_length(self):
            return False
        self.extensible = False
        return True

    def __repr__(self):
        return f"<JSTypedArray {self.kind.ctor_name}>"


def is_fixed_length(ta) -> bool:
    """IsTypedArrayFixedLength (sec-istypedarrayfixedlength)."""
    if ta.array_length is None:
        return False
    buf = ta.buffer
    return buf.max_byte_length is None or buf.shared


def typed_array_byte_length(ta) -> int:
    """TypedArrayByteLength (0 when out of bounds)."""
    n = ta.length_or_none()
    if not n:
        return 0
    return n * ta.kind.size


# --- DataView ------------------------------------------------------------------------------------
class JSDataView(JSObject):
    """A DataView: `view_byte_length` is None when it tracks a resizable buffer (auto)."""

    __slots__ = ("buffer", "byte_offset", "view_byte_length")
    inspect_binary = True

    def __init__(self, proto):
        JSObject.__init__(self, proto, "DataView")
        self.buffer = None
        self.byte_offset = 0
        self.view_byte_length = 0

    def byte_length_or_none(self):
        """GetViewByteLength, or None when IsViewOutOfBounds."""
        data = self.buffer.data
        if data is None:
            return None
        n = len(data)
        start = self.byte_offset
        if self.view_byte_length is None:
            return None if start > n else n - start
        if start + self.view_byte_length > n:
            return None
        return self.view_byte_length


def is_view_object(v) -> bool:
    return isinstance(v, (JSTypedArray, JSDataView))


__all__ = ["JSArrayBuffer", "JSTypedArray", "JSDataView", "KINDS", "KIND_ORDER", "ToBigInt", "ToIndex",
           "CanonicalNumericIndexString", "DetachArrayBuffer", "IsDetachedBuffer", "JSSymbol"]


# --- util.inspect (called from runtime/inspect.py's format_raw) -------------------------------
def inspect_parts(ctx, value, ctor, keys):
    """(braces, formatter, is_array_like, keys, early result or None) for node's formatting of
    a typed array (`Uint8Array(3) [ 1, 2, 3 ]`), an ArrayBuffer
    (`ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }`) or a DataView."""
    from jskernel.engine.runtime import inspect as I
    tag = I._to_string_tag(value)
    if isinstance(value, JSTypedArray):
        n = value.length()
        keys = [k for k in keys if CanonicalNumericIndexString(k) is None]
        fallback = value.kind.ctor_name
    else:
        n = None
        fallback = value.class_name
    size = "" if n is None else f"({n})"
    if ctor is None:
        prefix = f"[{fallback}{size}: null prototype] " + (f"[{tag}] " if tag else "")
    elif tag and tag != ctor:
        prefix = f"{ctor}{size} [{tag}] "
    else:
        prefix = f"{ctor}{size} "
    if isinstance(value, JSTypedArray):
        if n == 0 and not keys:
            return [prefix + "[", "]"], None, True, keys, prefix + "[]"

        def fmt(ctx, v, recurse_times):
            vals = v.values()
            m = min(ctx.max_array_length, len(vals))
            out = [I.format_primitive(ctx, x) for x in vals[:m]]
            if len(vals) > m:
                r = len(vals) - m
                out.append(f"... {r} more item{'s' if r > 1 else ''}")
            return out
        return [prefix + "[", "]"], fmt, True, keys, None

    if isinstance(value, JSArrayBuffer):
        def fmt(ctx, v, recurse_times):
            if v.data is None:
                out = ["(detached)"]
            else:
                m = min(ctx.max_array_length, len(v.data))
                s = " ".join(f"{b:02x}" for b in v.data[:m])
                r = len(v.data) - ctx.max_array_length
                if r > 0:
                    s += f" ... {r} more byte{'s' if r > 1 else ''}"
                out = [f"[Uint8Contents]: <{s}>"]
            out.append(f"byteLength: {I.format_primitive(ctx, float(v.byte_length))}")
            return out
        return [prefix + "{", "}"], fmt, False, keys, None

    def fmt_view(ctx, v, recurse_times):
        n = v.byte_length_or_none() or 0
        out = [f"byteLength: {I.format_primitive(ctx, float(n))}",
               f"byteOffset: {I.format_primitive(ctx, float(v.byte_offset))}"]
        ctx.indentation_lvl += 2
        out.append(f"buffer: {I.format_value(ctx, v.buffer, recurse_times)}")
        ctx.indentation_lvl -= 2
        return out
    return [prefix + "{", "}"], fmt_view, False, keys, None
