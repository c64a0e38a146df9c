"""URI handling functions of the global object (sec-uri-handling-functions): encodeURI,
encodeURIComponent, decodeURI, decodeURIComponent; and Annex B's escape / unescape
(sec-escape-string, sec-unescape-string).  Errors are URIError "URI malformed", as in V8."""

from __future__ import annotations

import re

from jskernel.engine.builtins import arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import ThrowCompletion
from jskernel.engine.text import from_js, to_js

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_UNRESERVED = frozenset(_ALNUM + "-_.!~*'()")          # uriUnreserved
_URI_KEEP = _UNRESERVED | frozenset(";/?:@&=+$,#")      # uriReserved + uriUnescaped + "#"
_DECODE_URI_RESERVED = frozenset(";/?:@&=+$,#")
_HEX = frozenset("0123456789abcdefABCDEF")
_PERCENT = [f"%{b:02X}" for b in range(256)]


def _malformed():
    raise ThrowCompletion(None, "URIError", "URI malformed")


_LONE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


def _byte_table(keep):
    return [chr(b) if chr(b) in keep else _PERCENT[b] for b in range(256)]


def _encode(s: str, keep: frozenset, table) -> str:
    """Encode (sec-encode): UTF-8 octets of every code point outside `keep` as %XX; a lone
    surrogate is malformed."""
    if not s.isascii() and _LONE.search(s):
        _malformed()
    return "".join([table[b] for b in from_js(s).encode("utf-8")])


def _hex_byte(s, k):
    """The octet written as two hex digits at s[k+1:k+3] (s[k] is '%')."""
    if k + 2 >= len(s) or s[k + 1] not in _HEX or s[k + 2] not in _HEX:
        _malformed()
    return int(s[k + 1:k + 3], 16)


_RUN = re.compile("(?:%[0-9A-Fa-f]{2})+")
_BAD_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")


def _decode(s: str, reserved: frozenset) -> str:
    """Decode (sec-decode): %XX sequences of whole UTF-8 code points; escapes of characters
    in `reserved` are kept as written.  Fast path: each maximal run of %XX escapes is
    decoded at once by the strict UTF-8 codec, which accepts exactly what the spec's
    octet-by-octet loop accepts (a run that does not decode would throw there too)."""
    if "%" not in s:
        return s
    if _BAD_PERCENT.search(s):
        _malformed()

    def run(m):
        text = m.group()
        try:
            decoded = bytes.fromhex(text.replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            _malformed()
        if reserved and any(c in reserved for c in decoded):
            return _decode_slow(text, reserved)
        return to_js(decoded)
    return _RUN.sub(run, s)


def _decode_slow(s: str, reserved: frozenset) -> str:
    """The spec's loop, octet by octet."""
    out = []
    k, n = 0, len(s)
    while k < n:
        c = s[k]
        if c != "%":
            j = s.find("%", k)
            if j < 0:
                j = n
            out.append(s[k:j])
            k = j
            continue
        start = k
        b = _hex_byte(s, k)
        k += 2
        if b < 0x80:
            ch = chr(b)
            out.append(s[start:k + 1] if ch in reserved else ch)
            k += 1
            continue
        if b & 0xE0 == 0xC0:
            count = 2
        elif b & 0xF0 == 0xE0:
            count = 3
        elif b & 0xF8 == 0xF0:
            count = 4
        else:
            _malformed()
        octets = [b]
        if k + 3 * (count - 1) >= n:
            _malformed()
        for _ in range(count - 1):
            k += 1
            if s[k] != "%":
                _malformed()
            b = _hex_byte(s, k)
            if b & 0xC0 != 0x80:
                _malformed()
            k += 2
            octets.append(b)
        try:
            cp = ord(bytes(octets).decode("utf-8"))
        except UnicodeDecodeError:            # overlong, surrogate or beyond U+10FFFF
            _malformed()
        if cp >= 0x10000:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
        else:
            out.append(chr(cp))
        k += 1
    return "".join(out)


_URI_TABLE = _byte_table(_URI_KEEP)
_COMPONENT_TABLE = _byte_table(_UNRESERVED)


def encode_uri(realm, this, args):
    return _encode(ops.ToString(arg(args, 0)), _URI_KEEP, _URI_TABLE)


def encode_uri_component(realm, this, args):
    return _encode(ops.ToString(arg(args, 0)), _UNRESERVED, _COMPONENT_TABLE)


def decode_uri(realm, this, args):
    return _decode(ops.ToString(arg(args, 0)), _DECODE_URI_RESERVED)


def decode_uri_component(realm, this, args):
    return _decode(ops.ToString(arg(args, 0)), frozenset())


# --- Annex B -----------------------------------------------------------------------------------
_ESCAPE_KEEP = frozenset(_ALNUM + "@*_+-./")
_NEEDS_ESCAPE = re.compile("[^A-Za-z0-9@*_+\\-./]")


def _escape_one(m):
    o = ord(m.group())
    return f"%{o:02X}" if o < 256 else f"%u{o:04X}"


def escape(realm, this, args):
    """B.2.1.1 escape (string)."""
    return _NEEDS_ESCAPE.sub(_escape_one, ops.ToString(arg(args, 0)))


_UNESCAPE = re.compile("%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")


def unescape(realm, this, args):
    """B.2.1.2 unescape (string)."""
    s = ops.ToString(arg(args, 0))
    if "%" not in s:
        return s
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), s)


TABLE = [
    ("decodeURI", decode_uri, 1),
    ("decodeURIComponent", decode_uri_component, 1),
    ("encodeURI", encode_uri, 1),
    ("encodeURIComponent", encode_uri_component, 1),
    ("escape", escape, 1),
    ("unescape", unescape, 1),
]


def install(realm):
    define_table(realm, realm.global_object, TABLE)
