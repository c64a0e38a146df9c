"""Conversion between Python text and JS strings at the engine's I/O edges.

Owns the one rule from CONVENTIONS.md: inside the engine a JS string is a Python
`str` whose characters are UTF-16 code units (astral characters stored as
surrogate pairs).  Everything that brings text in (source files, cells, host
strings) calls `to_js`; everything that hands text out (stdout, JSON for the
front end, kernel messages) calls `from_js`.
"""

from __future__ import annotations

import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _split(m: re.Match) -> str:
    cp = ord(m.group()) - 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def _join(m: re.Match) -> str:
    hi, lo = m.group()
    return chr(0x10000 + ((ord(hi) - 0xD800) << 10) + (ord(lo) - 0xDC00))


def to_js(text: str) -> str:
    """Python text -> JS string (astral code points become surrogate pairs)."""
    if text.isascii():
        return text
    return _ASTRAL.sub(_split, text)


def from_js(s: str) -> str:
    """JS string -> Python text (surrogate pairs joined; lone surrogates kept)."""
    if s.isascii():
        return s
    return _PAIR.sub(_join, s)


def printable(s: str) -> str:
    """JS string -> text safe to write to a UTF-8 stream (lone surrogates become U+FFFD)."""
    t = from_js(s)
    if t.isascii():
        return t
    return _LONE.sub("\ufffd", t)


_LONE = re.compile("[\ud800-\udfff]")
