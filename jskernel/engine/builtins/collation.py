"""String comparison for String.prototype.localeCompare without Intl.

Owns `locale_compare(a, b)`: an approximation of ICU's root collation (what node
uses for the default locale) in three levels, compared string-wide level by level:

1. primary: control and format characters are ignorable; whitespace < punctuation
   (in ICU's order for ASCII) < symbols < currency < digits (by value) < letters
   (case- and accent-blind, Latin before Greek before Cyrillic ... before CJK); then
   private use, surrogates and unassigned code points, by code point;
2. secondary: accents (combining marks after NFD), in ICU's order for the common ones;
3. tertiary: lowercase before uppercase, plain forms before compatibility variants.

Canonically equivalent strings compare equal (both are NFD-normalised first).  The
ASCII order of punctuation below was read off node's `localeCompare` results.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from jskernel.engine.text import from_js

# ICU root order of the ASCII and Latin-1 punctuation, symbols and currency signs (read
# off node's sort order); other characters of these classes follow by code point.
_PUNCTUATION = " _-,;:!¡?¿.·'\"«»()[]{}§¶@*/\\&#%"
_SYMBOLS = "`´^¯¨¸°©®+±÷×<=>¬|¦~"
_CURRENCY_SIGNS = "¤¢$£¥"
_PUNCT_RANK = {c: (1 << 24) + 16 + i for i, c in enumerate(_PUNCTUATION)}
_PUNCT_RANK.update({c: (3 << 24) + i for i, c in enumerate(_SYMBOLS)})
_PUNCT_RANK.update({c: (4 << 24) + i for i, c in enumerate(_CURRENCY_SIGNS)})
_WHITESPACE = {"\t": 0, "\n": 1, "\x0b": 2, "\x0c": 3, "\r": 4}

# Order of common combining marks at the secondary level (acute < grave < breve ...).
_ACCENTS = "\u0301\u0300\u0306\u0302\u030c\u030a\u0308\u030b\u0303\u0307\u0327\u0328\u0304"
_ACCENT_RANK = {c: i + 1 for i, c in enumerate(_ACCENTS)}

# Letters without a canonical decomposition that ICU sorts as a variant of a base letter
# (value: the base letter and a secondary weight after all accents).
_VARIANTS = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ı": "i", "ƀ": "b",
             "ƚ": "l", "ȼ": "c", "ɇ": "e", "ɉ": "j", "ɍ": "r", "ɏ": "y", "ƶ": "z", "ȥ": "z"}
_AFTER = {"þ": "z", "ĸ": "q"}   # separate letters sorting after the base
_EXPANSIONS = {"æ": "ae", "œ": "oe"}   # sort like the two letters, then after them

_LETTER = 6 << 24


def _primary(ch):
    """The primary weight of one (NFD) character, or None when it is ignorable."""
    o = ord(ch)
    if o < 128:
        if "a" <= ch <= "z":
            return _LETTER + o
        if "A" <= ch <= "Z":
            return _LETTER + o + 32
        if "0" <= ch <= "9":
            return (5 << 24) + (o - 48)
        r = _PUNCT_RANK.get(ch)
        if r is not None:
            return r
        w = _WHITESPACE.get(ch)
        if w is not None:
            return (1 << 24) + w
        return None                      # other C0 controls, DEL
    r = _PUNCT_RANK.get(ch)
    if r is not None:
        return r
    cat = unicodedata.category(ch)
    major = cat[0]
    if major == "L":
        low = ch.lower()
        if low in _EXPANSIONS:
            return tuple(_LETTER + ord(c) for c in _EXPANSIONS[low])
        if low in _VARIANTS:
            return _LETTER + ord(_VARIANTS[low])
        if low in _AFTER:
            return _LETTER + ord(_AFTER[low]) + 0.5
        folded = ch.casefold()
        if len(folded) > 1:                # ß -> ss, ligatures: several primaries
            return tuple(_LETTER + ord(c) for c in folded)
        return _LETTER + ord(folded)
    if major == "N":
        d = unicodedata.digit(ch, None)
        if d is not None:
            return (5 << 24) + d
        return (5 << 24) + 16 + o
    if cat == "Zs":
        return _PUNCT_RANK[" "]
    if major == "Z":
        return (1 << 24) + 8
    if major == "P":
        return (2 << 24) + o
    if cat == "Sc":
        return (4 << 24) + 100 + o
    if major == "S":
        return (3 << 24) + 100 + o
    if cat in ("Cc", "Cf") or major == "M":
        return None                       # ignorable (marks are accents, see collation_key)
    if o == 0xFFFF:
        return 8 << 24                    # the highest primary weight
    return (7 << 24) + o                  # surrogates, private use, unassigned: implicit weights


_DIGIT = 5 << 24


@lru_cache(maxsize=4096)
def collation_key(s: str, numeric: bool = False, shifted: bool = False):
    """(primary, secondary, tertiary) weights of `s`.  Tertiary entries are bit sets:
    1 = uppercase, 2 = compatibility variant, 4 = lowercase letter.  `numeric` folds each
    run of decimal digits into its value (length first, leading zeros ignored); `shifted`
    drops whitespace and punctuation (ignorePunctuation)."""
    text = unicodedata.normalize("NFD", from_js(s)) if not s.isascii() else s
    primary, secondary, tertiary = [], [], []
    run = []
    n = len(text)
    for i, ch in enumerate(text):
        if ord(ch) >= 0x300 and unicodedata.category(ch)[0] == "M":
            if secondary:
                secondary[-1] = secondary[-1] + (_ACCENT_RANK.get(ch, 100 + ord(ch)),)
            continue
        p = _primary(ch)
        if p is None:
            continue
        if shifted and type(p) is int and p < (3 << 24):
            continue
        if numeric and type(p) is int and _DIGIT <= p < _DIGIT + 10:
            run.append(p - _DIGIT)
            nxt = text[i + 1] if i + 1 < n else ""
            if nxt and (_primary(nxt) if nxt else None) in range(_DIGIT, _DIGIT + 10):
                continue
            digits = "".join(map(str, run)).lstrip("0") or "0"
            run = []
            primary.append(_DIGIT + 64 + len(digits))
            primary.extend(_DIGIT + int(d) for d in digits)
            secondary.extend([()] * (len(digits) + 1))
            tertiary.extend([0] * (len(digits) + 1))
            continue
        low = ch.lower()
        flags = 1 if ch != low else (4 if ch != ch.upper() else 0)
        if ord(ch) >= 0xA0 and unicodedata.normalize("NFKD", ch) != ch:
            flags |= 2                    # compatibility variants (², ①, ﬁ) after the plain form
        if type(p) is tuple:
            primary.extend(p)
            secondary.extend(((1000,),) * len(p))
            tertiary.extend((flags,) * len(p))
            continue
        primary.append(p)
        secondary.append((1000,) if low in _VARIANTS else ())
        tertiary.append(flags)
    return tuple(primary), tuple(secondary), tuple(tertiary)


_LOWER_FIRST = {0: 0, 1: 1, 2: 2, 3: 3, 4: 0, 6: 2}
_UPPER_FIRST = {0: 0, 1: 0, 2: 2, 3: 2, 4: 1, 6: 3}


def locale_compare(a: str, b: str, numeric=False, sensitivity="variant", upper_first=False,
                   ignore_punctuation=False) -> float:
    """-1, 0 or 1 as ICU's root collation would order `a` and `b` (with the Intl.Collator
    options numeric, sensitivity, caseFirst "upper" and ignorePunctuation)."""
    if a == b:
        return 0.0
    ka, kb = collation_key(a, numeric, ignore_punctuation), collation_key(b, numeric, ignore_punctuation)
    levels = [0]
    if sensitivity in ("accent", "variant"):
        levels.append(1)
    if sensitivity in ("case", "variant"):
        levels.append(2)
    table = _UPPER_FIRST if upper_first else _LOWER_FIRST
    for level in levels:
        x, y = ka[level], kb[level]
        if level == 2:
            if sensitivity == "case":
                x, y = [t & 1 for t in x], [t & 1 for t in y]
                if upper_first:
                    x, y = [1 - t for t in x], [1 - t for t in y]
            else:
                x, y = [table.get(t, t) for t in x], [table.get(t, t) for t in y]
        if x != y:
            return -1.0 if x < y else 1.0
    return 0.0
