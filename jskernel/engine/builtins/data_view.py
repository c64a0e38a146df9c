"""%DataView% and %DataView.prototype% (sec-dataview-objects): every get/set method
(Int8 ... BigUint64, Float16), littleEndian handling, bounds / detached checks and
length-tracking views on resizable buffers.  `JSDataView` is in runtime/typed_arrays.py.
"""

from __future__ import annotations

from jskernel.engine.builtins import GETTER, VALUE, arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, throw_range_error, throw_type_error
from jskernel.engine.runtime.typed_arrays import (
    KINDS, JSArrayBuffer, JSDataView, ToBigInt, ToIndex, decode, encode, get_prototype_from_constructor,
)
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG, UNDEFINED


def dv_call(realm, this, args):
    throw_type_error("Constructor DataView requires 'new'")


def dv_construct(realm, args, new_target):
    """sec-dataview-buffer-byteoffset-bytelength"""
    buffer = arg(args, 0)
    # 2. RequireInternalSlot(buffer, [[ArrayBufferData]])
    if not isinstance(buffer, JSArrayBuffer):
        throw_type_error("First argument to DataView constructor must be an ArrayBuffer")
    # 3. offset = ToIndex(byteOffset)
    offset = ToIndex(arg(args, 1), "Start offset %s is outside the bounds of the buffer")
    # 4. detached -> TypeError
    if buffer.data is None:
        throw_type_error("Cannot perform DataView constructor on a detached ArrayBuffer")
    buf_len = buffer.byte_length
    if offset > buf_len:
        throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    fixed = buffer.max_byte_length is None
    byte_length = arg(args, 2)
    if byte_length is UNDEFINED:
        view_len = buf_len - offset if fixed else None
    else:
        view_len = ToIndex(byte_length, "Invalid DataView length %s")
        if offset + view_len > buf_len:
            throw_range_error(f"Invalid DataView length {view_len}")
    proto = get_prototype_from_constructor(realm, new_target, "%DataView.prototype%")
    # 11.-14. the prototype lookup may have detached or shrunk the buffer
    if buffer.data is None:
        throw_type_error("Cannot perform DataView constructor on a detached ArrayBuffer")
    buf_len = buffer.byte_length
    if offset > buf_len:
        throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    if byte_length is not UNDEFINED and offset + view_len > buf_len:
        throw_range_error(f"Invalid DataView length {view_len}")
    o = realm.heap.allocate(JSDataView, proto)
    o.buffer = buffer
    o.byte_offset = offset
    o.view_byte_length = view_len
    return o


_GETTER_NAMES = {"buffer": "buffer", "byteLength": "byte_length", "byteOffset": "byte_offset"}


def _view(this, method):
    if not isinstance(this, JSDataView):
        # V8 names the receiver "undefined" and its getters in snake case here
        g = _GETTER_NAMES.get(method)
        name = f"get DataView.prototype.{g}" if g else f"DataView.prototype.{method}"
        throw_type_error(f"Method {name} called on incompatible receiver undefined")
    return this


def dv_buffer(realm, this, args):
    return _view(this, "buffer").buffer


def dv_byte_length(realm, this, args):
    v = _view(this, "byteLength")
    n = v.byte_length_or_none()
    if n is None:
        throw_type_error("Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer")
    return float(n)


def dv_byte_offset(realm, this, args):
    v = _view(this, "byteOffset")
    if v.byte_length_or_none() is None:
        throw_type_error("Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer")
    return float(v.byte_offset)


def _getter(kind):
    method = "get" + kind.name

    def get(realm, this, args):
        """GetViewValue (sec-getviewvalue)"""
        view = _view(this, method)
        index = ToIndex(arg(args, 0), "Offset is outside the bounds of the DataView")
        little = ops.ToBoolean(arg(args, 1))
        off = _view_offset(view, index, kind, method)
        data = view.buffer.data
        if little or kind.size == 1:
            return decode(kind, data, off)
        return decode(kind, bytes(data[off:off + kind.size])[::-1], 0)
    return get


def _view_offset(view, index, kind, method):
    """GetViewValue / SetViewValue steps 7-12: the byte offset in the buffer, after the
    detached (TypeError) and out-of-bounds (RangeError) checks."""
    size = view.byte_length_or_none()
    if size is None:
        throw_type_error(f"Cannot perform DataView.prototype.{method} on a detached ArrayBuffer")
    if index + kind.size > size:
        throw_range_error("Offset is outside the bounds of the DataView")
    return view.byte_offset + index


def _setter(kind):
    method = "set" + kind.name

    def set_(realm, this, args):
        """SetViewValue (sec-setviewvalue)"""
        view = _view(this, method)
        index = ToIndex(arg(args, 0), "Offset is outside the bounds of the DataView")
        value = arg(args, 1)
        v = ToBigInt(value) if kind.bigint else ops.ToNumber(value)
        little = ops.ToBoolean(arg(args, 2))
        off = _view_offset(view, index, kind, method)
        raw = encode(kind, v)
        if not little:
            raw = raw[::-1]
        view.buffer.data[off:off + kind.size] = raw
        return UNDEFINED
    return set_


_ORDER = ("Int8", "Uint8", "Int16", "Uint16", "Int32", "Uint32", "Float16", "Float32", "Float64",
          "BigInt64", "BigUint64")

PROTO = [
    ("buffer", GETTER(dv_buffer)),
    ("byteLength", GETTER(dv_byte_length)),
    ("byteOffset", GETTER(dv_byte_offset)),
] + [("get" + n, _getter(KINDS[n + "Array"]), 1) for n in _ORDER] \
  + [("set" + n, _setter(KINDS[n + "Array"]), 2) for n in _ORDER] \
  + [(SYMBOL_TO_STRING_TAG, VALUE("DataView"), CONFIGURABLE)]


def install(realm):
    proto = realm.new_object(realm.intrinsics["%Object.prototype%"])
    make_constructor(realm, "DataView", dv_call, dv_construct, 1, proto, (), PROTO)
