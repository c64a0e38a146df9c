"""Character classes of the JavaScript lexical grammar.

Owns: which characters start / continue an identifier (Unicode ID_Start /
ID_Continue plus `$`, `_`, ZWNJ, ZWJ, taken from the `regex` module's Unicode
database), which characters are white space and which end a line.  The lexer
(`lexer.py`) builds its compiled patterns from the strings defined here; nothing
else in the front end hard-codes character sets.
"""

from __future__ import annotations

import regex as _regex

# White space (WhiteSpace production): TAB VT FF SP NBSP ZWNBSP and category Zs.
WHITESPACE = " \t\x0b\x0c\xa0\ufeff\u1680\u2000-\u200a\u202f\u205f\u3000"
# LineTerminator production.
LINE_TERMINATORS = "\n\r\u2028\u2029"

# Character-class bodies usable inside `[...]` of the standard `re` module.
ASCII_ID_START = "A-Za-z$_"
ASCII_ID_CONTINUE = "A-Za-z0-9$_"

_ID_START = _regex.compile(r"[\p{ID_Start}$_]")
_ID_CONTINUE = _regex.compile(r"[\p{ID_Continue}$\u200c\u200d]")


def is_id_start(cp: int) -> bool:
    """True when code point `cp` may start an IdentifierName."""
    if cp < 128:
        return (97 <= cp <= 122) or (65 <= cp <= 90) or cp == 36 or cp == 95
    return _ID_START.match(chr(cp)) is not None


def is_id_continue(cp: int) -> bool:
    """True when code point `cp` may continue an IdentifierName."""
    if cp < 128:
        return (97 <= cp <= 122) or (65 <= cp <= 90) or (48 <= cp <= 57) or cp == 36 or cp == 95
    return _ID_CONTINUE.match(chr(cp)) is not None


def is_line_terminator(ch: str) -> bool:
    return ch in LINE_TERMINATORS
