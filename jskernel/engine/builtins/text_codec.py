"""The WHATWG Encoding API and base64 globals as node provides them: TextEncoder
(encoding, encode, encodeInto), TextDecoder (utf-8 / utf-16le / latin1 with the fatal
and ignoreBOM options and streaming), atob and btoa.  Errors carry node's wording and
`code` (ERR_INVALID_ARG_TYPE ...); atob / btoa throw an Error named
InvalidCharacterError (node: a DOMException) with code 5.

Typed arrays and buffers come from runtime/typed_arrays.py (their owner's helpers);
strings cross the UTF-16 / code point boundary through engine/text.py.
"""

from __future__ import annotations

import base64
import codecs
import re

from jskernel.engine.builtins import GETTER, VALUE, arg, define_table, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, ENUMERABLE, WRITABLE, JSObject, ThrowCompletion
from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG, UNDEFINED
from jskernel.engine.text import from_js, to_js

_LONE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


def _node_error_prototype(realm, kind):
    """node's internal error classes put a prototype between the instance and %kind.prototype%
    holding `constructor` (the native error) and a `toString` that shows the code."""
    key = f"%NodeError.{kind}.prototype%"
    proto = realm.intrinsics.get(key)
    if proto is None:
        proto = realm.new_object(realm.intrinsics[f"%{kind}.prototype%"])
        proto.define_raw("constructor", realm.intrinsics[f"%{kind}%"], WRITABLE | CONFIGURABLE)

        def to_string(realm, this, args):
            if not isinstance(this, JSObject):
                raise ThrowCompletion(None, "TypeError", "Error.prototype.toString requires that 'this' be an Object")
            parts = [ops.ToString(this.get(k)) for k in ("name", "code", "message")]
            return f"{parts[0]} [{parts[1]}]: {parts[2]}"
        proto.define_raw("toString", realm.new_native(to_string, "toString", 0), WRITABLE | CONFIGURABLE)
        realm.intrinsics[key] = proto
    return proto


def _node_error(realm, kind, message, code):
    """A node-style error: `kind` with a `code` property and "Kind [CODE]: message" stack."""
    err = realm.new_error(kind, message)
    err.proto = _node_error_prototype(realm, kind)
    if code is not None:
        err.define_raw("code", code, WRITABLE | ENUMERABLE | CONFIGURABLE)
        stack = err.get("stack")
        if type(stack) is str and stack.startswith(kind):
            err.define_raw("stack", f"{kind} [{code}]" + stack[len(kind):], WRITABLE | CONFIGURABLE)
    raise ThrowCompletion(err)


def _invalid_character(realm, message):
    err = realm.new_error("Error", message)
    err.define_raw("name", "InvalidCharacterError", WRITABLE | CONFIGURABLE)
    err.define_raw("code", 5.0, WRITABLE | CONFIGURABLE)
    realm.capture_stack(err)
    stack = err.get("stack")
    if type(stack) is str:     # node prints a DOMException as "DOMException [name]: message"
        err.define_raw("stack", "DOMException [InvalidCharacterError]" + stack[len("InvalidCharacterError"):],
                       WRITABLE | CONFIGURABLE)
    raise ThrowCompletion(err)


def _describe_received(v) -> str:
    """node's `Received ...` suffix of ERR_INVALID_ARG_TYPE."""
    if v is UNDEFINED or v is None:
        return f"Received {'undefined' if v is UNDEFINED else 'null'}"
    if isinstance(v, JSObject):
        if ops.IsCallable(v):
            name = v.get("name")
            return f"Received function {name}" if type(name) is str and name else "Received function "
        ctor = v.get("constructor")
        name = ctor.get("name") if isinstance(ctor, JSObject) else UNDEFINED
        if type(name) is str and name:
            return f"Received an instance of {name}"
        return "Received [Object: null prototype]"
    if type(v) is str:
        s = v if len(v) <= 28 else v[:25] + "..."
        return f"Received type string ('{s}')"
    if type(v) is int:
        return f"Received type bigint ({v}n)"
    return f"Received type {ops.TypeOf(v)} ({ops.ToString(v) if type(v) is not bool else str(v).lower()})"


def _to_usv(s: str) -> str:
    """A JS string as Python text with lone surrogates replaced by U+FFFD (USVString)."""
    if s.isascii():
        return s
    return from_js(_LONE.sub("\ufffd", s))


def _uint8(realm, data: bytes):
    from jskernel.engine.builtins.typed_array import AllocateTypedArray
    from jskernel.engine.runtime.typed_arrays import KINDS
    ta = AllocateTypedArray(realm, KINDS["Uint8Array"], None, len(data))
    ta.buffer.data[:] = data
    return ta


# --- TextEncoder --------------------------------------------------------------------------------
def _this_encoder(realm, this):
    if not (isinstance(this, JSObject) and this.class_name == "TextEncoder"):
        _node_error(realm, "TypeError", 'Value of "this" must be of type TextEncoder', "ERR_INVALID_THIS")


def encoder_call(realm, this, args):
    ops_throw_class_call("TextEncoder")


def ops_throw_class_call(name):
    raise ThrowCompletion(None, "TypeError", f"Class constructor {name} cannot be invoked without 'new'")


def encoder_construct(realm, args, new_target):
    proto = ops.GetPrototypeFromConstructor(realm, new_target, "%TextEncoder.prototype%")
    o = realm.heap.allocate(JSObject, proto, "TextEncoder")
    o.internal = "utf-8"
    return o


def encoder_encoding(realm, this, args):
    _this_encoder(realm, this)
    return "utf-8"


def encoder_encode(realm, this, args):
    _this_encoder(realm, this)
    v = arg(args, 0)
    s = "" if v is UNDEFINED else ops.ToString(v)
    return _uint8(realm, _to_usv(s).encode("utf-8"))


def encoder_encode_into(realm, this, args):
    """encodeInto(source, destination): whole code points only; {read, written}."""
    from jskernel.engine.runtime.typed_arrays import JSTypedArray
    _this_encoder(realm, this)
    s = ops.ToString(arg(args, 0))
    dest = arg(args, 1)
    if not (isinstance(dest, JSTypedArray) and dest.kind.ctor_name == "Uint8Array"):
        _node_error(realm, "TypeError", 'The "dest" argument must be an instance of Uint8Array. '
                    + _describe_received(dest), "ERR_INVALID_ARG_TYPE")
    room = dest.length_or_none() or 0
    data = dest.buffer.data
    start = dest.byte_offset
    read = written = 0
    n = len(s)
    i = 0
    chunks = []
    while i < n:
        c = s[i]
        o = ord(c)
        units = 1
        if o < 0x80:
            size = 1
        elif o < 0x800:
            size = 2
        elif 0xD800 <= o <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
            size, units = 4, 2
        else:
            size = 3
        if written + size > room:
            break
        chunks.append(s[i:i + units])
        written += size
        read += units
        i += units
    if written:
        data[start:start + written] = _to_usv("".join(chunks)).encode("utf-8")
    result = realm.new_object()
    result.set("read", float(read), result)
    result.set("written", float(written), result)
    return result


# --- TextDecoder --------------------------------------------------------------------------------
_LABELS = {}
for _names, _enc in ((("utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
                       "x-unicode20utf8"), "utf-8"),
                     (("utf-16le", "utf-16", "ucs-2", "unicode", "csunicode", "iso-10646-ucs-2",
                       "unicodefeff"), "utf-16le"),
                     (("latin1", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "l1", "ascii",
                       "us-ascii", "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819",
                       "iso-ir-100", "csisolatin1", "iso_8859-1:1987"), "windows-1252")):
    for _n in _names:
        _LABELS[_n] = _enc
_PY_CODEC = {"utf-8": "utf-8", "utf-16le": "utf-16-le", "windows-1252": "latin-1"}
_BOMS = {"utf-8": "\ufeff", "utf-16le": "\ufeff"}


class DecoderState:
    __slots__ = ("encoding", "fatal", "ignore_bom", "decoder", "bom_seen")

    def __init__(self, encoding, fatal, ignore_bom):
        self.encoding = encoding
        self.fatal = fatal
        self.ignore_bom = ignore_bom
        self.reset()

    def reset(self):
        errors = "strict" if self.fatal else "replace"
        self.decoder = codecs.getincrementaldecoder(_PY_CODEC[self.encoding])(errors)
        self.bom_seen = False


def _this_decoder(realm, this) -> DecoderState:
    if not (isinstance(this, JSObject) and this.class_name == "TextDecoder"
            and type(this.internal) is DecoderState):
        _node_error(realm, "TypeError", 'Value of "this" must be of type TextDecoder', "ERR_INVALID_THIS")
    return this.internal


def decoder_call(realm, this, args):
    ops_throw_class_call("TextDecoder")


def decoder_construct(realm, args, new_target):
    label = arg(args, 0)
    label = "utf-8" if label is UNDEFINED else ops.ToString(label)
    options = arg(args, 1)
    fatal = ignore_bom = False
    if options is not UNDEFINED and options is not None:
        if not isinstance(options, JSObject):
            _node_error(realm, "TypeError", 'The "options" argument must be of type object. '
                        + _describe_received(options), "ERR_INVALID_ARG_TYPE")
        fatal = ops.ToBoolean(options.get("fatal"))
        ignore_bom = ops.ToBoolean(options.get("ignoreBOM"))
    encoding = _LABELS.get(label.strip("\t\n\x0c\r ").lower())
    if encoding is None:
        _node_error(realm, "RangeError", f'The "{label}" encoding is not supported',
                    "ERR_ENCODING_NOT_SUPPORTED")
    proto = ops.GetPrototypeFromConstructor(realm, new_target, "%TextDecoder.prototype%")
    o = realm.heap.allocate(JSObject, proto, "TextDecoder")
    o.internal = DecoderState(encoding, fatal, ignore_bom)
    return o


def buffer_source_bytes(v):
    """The bytes viewed by an ArrayBuffer, SharedArrayBuffer, typed array or DataView, or
    None when `v` is none of those."""
    from jskernel.engine.runtime.typed_arrays import JSArrayBuffer, JSDataView, JSTypedArray
    if isinstance(v, JSArrayBuffer):
        return bytes(v.data) if v.data is not None else b""
    if isinstance(v, JSTypedArray):
        n = v.length_or_none()
        if not n:
            return b""
        start = v.byte_offset
        return bytes(v.buffer.data[start:start + n * v.kind.size])
    if isinstance(v, JSDataView):
        n = v.byte_length_or_none()
        if not n:
            return b""
        start = v.byte_offset
        return bytes(v.buffer.data[start:start + n])
    return None


def decoder_decode(realm, this, args):
    st = _this_decoder(realm, this)
    v = arg(args, 0)
    data = b"" if v is UNDEFINED else buffer_source_bytes(v)
    if data is None:
        _node_error(realm, "TypeError", 'The "list" argument must be an instance of SharedArrayBuffer, '
                    "ArrayBuffer or ArrayBufferView.", "ERR_INVALID_ARG_TYPE")
    options = arg(args, 1)
    stream = False
    if isinstance(options, JSObject):
        stream = ops.ToBoolean(options.get("stream"))
    try:
        text = st.decoder.decode(data, final=not stream)
    except UnicodeDecodeError:
        st.reset()
        _node_error(realm, "TypeError", f"The encoded data was not valid for encoding {st.encoding}",
                    "ERR_ENCODING_INVALID_ENCODED_DATA")
    if not st.bom_seen and text:
        st.bom_seen = True
        if not st.ignore_bom and text[0] == _BOMS.get(st.encoding):
            text = text[1:]
    if not stream:
        st.reset()
    return to_js(text)


def _decoder_getter(attr):
    def get(realm, this, args):
        st = _this_decoder(realm, this)
        return getattr(st, attr)
    return get


# --- atob / btoa ---------------------------------------------------------------------------------
_B64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_B64_WS = frozenset("\t\n\x0c\r ")


def atob(realm, this, args):
    """atob(data) as node implements forgiving-base64 decode."""
    if not args:
        _node_error(realm, "TypeError", 'The "input" argument must be specified', "ERR_MISSING_ARGS")
    s = ops.ToString(args[0])
    count = equals = 0
    for c in s:
        if c in _B64_WS:
            continue
        if c == "=":
            count += 1
            equals += 1
            if equals > 2:
                _invalid_character(realm, "Invalid character")
        elif c in _B64:
            count += 1
            if equals:
                _invalid_character(realm, "Invalid character")
        else:
            _invalid_character(realm, "Invalid character")
    rem = count % 4
    if not rem:
        rem = (count - equals) % 4
    elif equals:
        _invalid_character(realm, "Invalid character")
    if rem == 1:
        _invalid_character(realm, "The string to be decoded is not correctly encoded.")
    body = "".join(c for c in s if c in _B64)
    body += "=" * (-len(body) % 4)
    return base64.b64decode(body).decode("latin-1")


def btoa(realm, this, args):
    if not args:
        _node_error(realm, "TypeError", 'The "input" argument must be specified', "ERR_MISSING_ARGS")
    s = ops.ToString(args[0])
    try:
        data = s.encode("latin-1")
    except UnicodeEncodeError:
        _invalid_character(realm, "Invalid character")
    return base64.b64encode(data).decode("ascii")


ENCODER_PROTOTYPE = [
    ("encoding", GETTER(encoder_encoding)),
    ("encode", encoder_encode, 0),
    ("encodeInto", encoder_encode_into, 2),
    (SYMBOL_TO_STRING_TAG, VALUE("TextEncoder"), CONFIGURABLE),
]

DECODER_PROTOTYPE = [
    ("decode", decoder_decode, 0),
    ("encoding", GETTER(_decoder_getter("encoding"))),
    ("fatal", GETTER(_decoder_getter("fatal"))),
    ("ignoreBOM", GETTER(_decoder_getter("ignore_bom"))),
    (SYMBOL_TO_STRING_TAG, VALUE("TextDecoder"), CONFIGURABLE),
]

GLOBALS = [
    ("atob", atob, 1),
    ("btoa", btoa, 1),
]


def install(realm):
    op = realm.intrinsics["%Object.prototype%"]
    make_constructor(realm, "TextEncoder", encoder_call, encoder_construct, 0, realm.new_object(op),
                     (), ENCODER_PROTOTYPE)
    make_constructor(realm, "TextDecoder", decoder_call, decoder_construct, 0, realm.new_object(op),
                     (), DECODER_PROTOTYPE)
    define_table(realm, realm.global_object, GLOBALS)


def inspect_text_codec(value) -> str:
    """What node's util.inspect prints for a TextEncoder / TextDecoder (their custom
    inspect: a plain object of the public fields; the decoder's is prefixed by its name)."""
    if value.class_name == "TextEncoder":
        return "{ encoding: 'utf-8' }"
    st = value.internal
    flag = lambda b: "true" if b else "false"   # noqa: E731
    return (f"TextDecoder {{ encoding: '{st.encoding}', fatal: {flag(st.fatal)}, "
            f"ignoreBOM: {flag(st.ignore_bom)} }}")
