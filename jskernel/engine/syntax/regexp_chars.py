"""Character sets and compiled scanners shared by the RegExp pattern parser's modules.

Also the pre-pass that counts capturing groups (sec-countleftcapturingparenswithin) and
the identifier test for group names (from chars.py, the front end's one source of
identifier character sets).
"""

from __future__ import annotations

import re

from .chars import is_id_continue, is_id_start

FLAG_CHARS = frozenset("dgimsuyv")
IDENTITY_U = frozenset("^$\\.*+?()[]{}|/")
CONTROL_ESCAPES = {"f": 12, "n": 10, "r": 13, "t": 9, "v": 11}
CLASS_ESCAPES = frozenset("dDsSwW")
HEX = frozenset("0123456789abcdefABCDEF")
DIGITS = frozenset("0123456789")
OCTAL = frozenset("01234567")
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# v flag: ClassSetSyntaxCharacter, ClassSetReservedPunctuator, ClassSetReservedDoublePunctuator
CLASS_SET_SYNTAX = frozenset("()[]{}/-\\|")
CLASS_SET_RESERVED_PUNCT = frozenset("&-!#%,:;<=>@`~")
CLASS_SET_DOUBLE_PUNCT = frozenset("&!#$%*+,.:;<=>?@^`~")

# A run of characters with no special meaning outside a class (the last one may be
# quantified, so the caller splits it off).
PLAIN_RUN_U = re.compile(r"[^\\^$.*+?()\[\]{}|]+")
PLAIN_RUN = re.compile(r"[^\\^$.*+?()\[{|]+")           # Annex B: ']' '}' are literals
PLAIN_RUN_CLASS = re.compile(r"[^\\\]\-]+")
BRACED_QUANTIFIER = re.compile(r"\{([0-9]+)(?:(,)([0-9]*))?\}")
PROPERTY_BODY = re.compile(r"\{([A-Za-z_]+)(?:=([A-Za-z0-9_]+))?\}")
ASCII_NAME = re.compile(r"[A-Za-z$_][A-Za-z0-9$_]*>")
PRESCAN = re.compile(r"\\[\s\S]|\[|\]|\((?:\?<(?![=!]))?(?!\?)")


def is_lead(c: str) -> bool:
    return "\ud800" <= c <= "\udbff"


def is_trail(c: str) -> bool:
    return "\udc00" <= c <= "\udfff"


def id_char(cp: int, start: bool) -> bool:
    """ID_Start / ID_Continue (plus $ _ ZWNJ ZWJ) for RegExpIdentifierName (chars.py's sets)."""
    return is_id_start(cp) if start else is_id_continue(cp)


def prescan(pattern: str, v: bool):
    """Count capturing groups and see whether there is any named group.

    sec-countleftcapturingparenswithin: needed before parsing because a \\N escape may
    refer to a later group, and Annex B reads \\N as an octal escape when there are
    fewer than N groups; a named group anywhere switches on the [N] grammar parameter.
    """
    count = 0
    named = False
    depth = 0
    for m in PRESCAN.finditer(pattern):
        tok = m.group()
        c = tok[0]
        if c == "\\":
            continue
        if c == "[":
            if v or not depth:
                depth += 1
        elif c == "]":
            if depth:
                depth -= 1
        elif not depth:
            count += 1
            if len(tok) > 1:
                named = True
    return count, named

