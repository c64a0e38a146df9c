"""%ArrayBuffer% and %SharedArrayBuffer% with their prototypes (sec-arraybuffer-objects,
sec-sharedarraybuffer-objects): fixed-length and resizable / growable buffers, slice with
species, transfer / transferToFixedLength / detached, ArrayBuffer.isView.

The buffer object itself (`JSArrayBuffer`) and DetachArrayBuffer live in
runtime/typed_arrays.py.
"""

from __future__ import annotations

from jskernel.engine.builtins import GETTER, VALUE, arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.typed_arrays import (
    MAX_ALLOC, JSArrayBuffer, AllocateArrayBuffer, DetachArrayBuffer, ToIndex, is_view_object,
)
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG, UNDEFINED, WELL_KNOWN_SYMBOLS


def _this_buffer(this, shared, method, getter=False):
    if not isinstance(this, JSArrayBuffer) or this.shared != shared:
        cls = "SharedArrayBuffer" if shared else "ArrayBuffer"
        g = "get " if getter else ""
        throw_type_error(f"Method {g}{cls}.prototype.{method} called on incompatible receiver "
                         f"{_display(this)}")
    return this


def _display(v):
    from jskernel.engine.runtime.typed_arrays import JSTypedArray
    if isinstance(v, JSTypedArray):
        return f"[object {v.kind.ctor_name}]"
    return ops.ToDisplayString(v)


def _max_option(options):
    """GetArrayBufferMaxByteLengthOption (sec-getarraybuffermaxbytelengthoption)."""
    if not isinstance(options, JSObject):
        return None
    m = options.get("maxByteLength")
    if m is UNDEFINED:
        return None
    return ToIndex(m, "Invalid array buffer max length")


def _ctor(shared):
    name = "SharedArrayBuffer" if shared else "ArrayBuffer"

    def call(realm, this, args):
        throw_type_error(f"Constructor {name} requires 'new'")

    def construct(realm, args, new_target):
        byte_length = ToIndex(arg(args, 0), "Invalid array buffer length")
        max_len = _max_option(arg(args, 1))
        return AllocateArrayBuffer(realm, new_target, byte_length, max_len, shared)
    return call, construct


# --- ArrayBuffer.prototype ----------------------------------------------------------------------
def ab_byte_length(realm, this, args):
    return float(_this_buffer(this, False, "byteLength", True).byte_length)


def ab_max_byte_length(realm, this, args):
    b = _this_buffer(this, False, "maxByteLength", True)
    if b.data is None:
        return 0.0
    return float(b.byte_length if b.max_byte_length is None else b.max_byte_length)


def ab_resizable(realm, this, args):
    return _this_buffer(this, False, "resizable", True).max_byte_length is not None


def ab_detached(realm, this, args):
    return _this_buffer(this, False, "detached", True).data is None


def ab_resize(realm, this, args):
    """sec-arraybuffer.prototype.resize"""
    b = _this_buffer(this, False, "resize")
    if b.max_byte_length is None:
        throw_type_error(f"Method ArrayBuffer.prototype.resize called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    n = ToIndex(arg(args, 0), "ArrayBuffer.prototype.resize: Invalid length parameter")
    if b.data is None:
        throw_type_error("Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer")
    if n > b.max_byte_length:
        throw_range_error("ArrayBuffer.prototype.resize: Invalid length parameter")
    cur = len(b.data)
    if n < cur:
        del b.data[n:]
    else:
        b.data.extend(bytes(n - cur))
    return UNDEFINED


def _species_constructor(realm, o, default):
    from jskernel.engine.builtins.promise import species_constructor
    return species_constructor(realm, o, default)


def _slice(realm, this, args, shared):
    """sec-arraybuffer.prototype.slice / sec-sharedarraybuffer.prototype.slice"""
    cls = "SharedArrayBuffer" if shared else "ArrayBuffer"
    b = _this_buffer(this, shared, "slice")
    if b.data is None:
        throw_type_error(f"Cannot perform {cls}.prototype.slice on a detached ArrayBuffer")
    n = b.byte_length
    first = ops.RelativeIndex(arg(args, 0), n, 0)
    final = ops.RelativeIndex(arg(args, 1), n, n)
    new_len = max(final - first, 0)
    ctor = _species_constructor(realm, b, realm.intrinsics[f"%{cls}%"])
    new = realm.vm.construct(ctor, [float(new_len)], ctor)
    if not isinstance(new, JSArrayBuffer) or new.shared != shared:
        throw_type_error(f"Method {cls}.prototype.slice called on incompatible receiver "
                         f"{ops.ToDisplayString(new)}")
    if new.data is None:
        throw_type_error(f"Cannot perform {cls}.prototype.slice on a detached ArrayBuffer")
    if new is b:
        throw_type_error(f"{cls} subclass returned this from species constructor")
    if new.byte_length < new_len:
        throw_type_error(f"Derived {cls} constructor created a buffer which was too small")
    if b.data is None:
        throw_type_error(f"Cannot perform {cls}.prototype.slice on a detached ArrayBuffer")
    cur = b.byte_length
    if first < cur:
        count = min(new_len, cur - first)
        new.data[0:count] = b.data[first:first + count]
    return new


def ab_slice(realm, this, args):
    return _slice(realm, this, args, False)


def _copy_and_detach(realm, this, args, preserve, method):
    """ArrayBufferCopyAndDetach (sec-arraybuffercopyanddetach)."""
    b = _this_buffer(this, False, method)
    new_length = arg(args, 0)
    if new_length is UNDEFINED:
        n = b.byte_length
    else:
        n = ToIndex(new_length, f"ArrayBuffer.prototype.{method}: Invalid length parameter")
    if b.data is None:
        throw_type_error(f"Cannot perform ArrayBuffer.prototype.{method} on a detached ArrayBuffer")
    new_max = b.max_byte_length if preserve else None
    if b.detach_key is not UNDEFINED:
        throw_type_error(f"Cannot perform ArrayBuffer.prototype.{method} on a non-detachable ArrayBuffer")
    if new_max is not None and n > new_max:
        throw_range_error(f"ArrayBuffer.prototype.{method}: Invalid length parameter")
    new = AllocateArrayBuffer(realm, None, 0, new_max)
    data = b.data
    if n <= len(data):
        del data[n:]
    else:
        if n > MAX_ALLOC:
            throw_range_error("Array buffer allocation failed")
        data.extend(bytes(n - len(data)))
    DetachArrayBuffer(b)
    new.data = data
    return new


def ab_transfer(realm, this, args):
    return _copy_and_detach(realm, this, args, True, "transfer")


def ab_transfer_fixed(realm, this, args):
    return _copy_and_detach(realm, this, args, False, "transferToFixedLength")


def ab_is_view(realm, this, args):
    return is_view_object(arg(args, 0))


def species_getter(realm, this, args):
    return this


# --- SharedArrayBuffer.prototype -------------------------------------------------------------------
def sab_byte_length(realm, this, args):
    return float(_this_buffer(this, True, "byteLength", True).byte_length)


def sab_max_byte_length(realm, this, args):
    b = _this_buffer(this, True, "maxByteLength", True)
    return float(b.byte_length if b.max_byte_length is None else b.max_byte_length)


def sab_growable(realm, this, args):
    return _this_buffer(this, True, "growable", True).max_byte_length is not None


def sab_grow(realm, this, args):
    """sec-sharedarraybuffer.prototype.grow"""
    b = _this_buffer(this, True, "grow")
    if b.max_byte_length is None:
        throw_type_error(f"Method SharedArrayBuffer.prototype.grow called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    n = ToIndex(arg(args, 0), "SharedArrayBuffer.prototype.grow: Invalid length parameter")
    cur = b.byte_length
    if n > b.max_byte_length or n < cur:
        throw_range_error("SharedArrayBuffer.prototype.grow: Invalid length parameter")
    b.data.extend(bytes(n - cur))
    return UNDEFINED


def sab_slice(realm, this, args):
    return _slice(realm, this, args, True)


AB_STATIC = [
    ("isView", ab_is_view, 1),
    (WELL_KNOWN_SYMBOLS["species"], GETTER(species_getter)),
]

AB_PROTO = [
    ("byteLength", GETTER(ab_byte_length)),
    ("maxByteLength", GETTER(ab_max_byte_length)),
    ("resizable", GETTER(ab_resizable)),
    ("detached", GETTER(ab_detached)),
    ("resize", ab_resize, 1),
    ("slice", ab_slice, 2),
    ("transfer", ab_transfer, 0),
    ("transferToFixedLength", ab_transfer_fixed, 0),
    (SYMBOL_TO_STRING_TAG, VALUE("ArrayBuffer"), CONFIGURABLE),
]

SAB_STATIC = [
    (WELL_KNOWN_SYMBOLS["species"], GETTER(species_getter)),
]

SAB_PROTO = [
    ("byteLength", GETTER(sab_byte_length)),
    ("growable", GETTER(sab_growable)),
    ("maxByteLength", GETTER(sab_max_byte_length)),
    ("grow", sab_grow, 1),
    ("slice", sab_slice, 2),
    (SYMBOL_TO_STRING_TAG, VALUE("SharedArrayBuffer"), CONFIGURABLE),
]


def install(realm):
    op = realm.intrinsics["%Object.prototype%"]
    call, construct = _ctor(False)
    make_constructor(realm, "ArrayBuffer", call, construct, 1, realm.new_object(op), AB_STATIC, AB_PROTO)
    call, construct = _ctor(True)
    make_constructor(realm, "SharedArrayBuffer", call, construct, 1, realm.new_object(op), SAB_STATIC, SAB_PROTO)
