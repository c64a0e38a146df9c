"""Character sets for the RegExp translator: range lists, the JS built-in sets, case folding.

Owns the set arithmetic the translator needs to turn any JS character class into one
explicit `regex` class: sorted, merged ranges ``((lo, hi), ...)`` of code units (no u/v
flag) or code points (u/v), with union / intersection / difference / complement, the
sets of sec-compileatom (\\d \\s \\w, line terminators), Unicode property sets (read out of
the `regex` package's tables once per property and cached) and the case-equivalence
classes of sec-runtime-semantics-canonicalize-ch:

* without u/v: Canonicalize(ch) = toUppercase(ch) if that is one code unit and does not map
  a non-ASCII unit to ASCII, else ch;
* with u/v: simple case folding scf(ch) (CaseFolding.txt C+S; derived here from Python's
  casefold()/lower(), which agree with C+S on every character whose full folding is one
  character).

Case-insensitive matching is done by *expanding* sets (closure under "same canonical
value"), never by the `regex` IGNORECASE flag, whose folding is neither of JS's two.
What it leaves to others: translate.py decides which set a pattern node denotes.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from functools import lru_cache

MAX_UNIT = 0xFFFF
MAX_CP = 0x10FFFF

EMPTY = ()


def norm(ranges) -> tuple:
    """Sort and merge an iterable of (lo, hi) pairs."""
    out = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1][1] = hi
        else:
            out.append([lo, hi])
    return tuple((lo, hi) for lo, hi in out)


def of_chars(chars) -> tuple:
    return norm((c, c) for c in chars)


def union(*sets) -> tuple:
    return norm(r for s in sets for r in s)


def complement(s, top: int) -> tuple:
    out = []
    nxt = 0
    for lo, hi in s:
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= top:
        out.append((nxt, top))
    return tuple(out)


def intersect(a, b) -> tuple:
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def subtract(a, b, top: int) -> tuple:
    return intersect(a, complement(b, top))


def contains(s, c: int) -> bool:
    i = bisect_right(s, (c, MAX_CP + 1)) - 1
    return i >= 0 and s[i][0] <= c <= s[i][1]


def chars_of(s):
    for lo, hi in s:
        yield from range(lo, hi + 1)


def size(s) -> int:
    return sum(hi - lo + 1 for lo, hi in s)


# ---------------------------------------------------------------- JS built-in sets

DIGIT = ((0x30, 0x39),)
WORD = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))
WORD_IU = union(WORD, ((0x17F, 0x17F), (0x212A, 0x212A)))   # sec-wordcharacters with u+i
LINE_TERMINATOR = of_chars((0x0A, 0x0D, 0x2028, 0x2029))
SPACE = union(LINE_TERMINATOR, of_chars((0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x202F,
                                         0x205F, 0x3000, 0xFEFF)), ((0x2000, 0x200A),))


# ---------------------------------------------------------------- case folding

# CaseFolding.txt 'S' entries whose full folding is longer and whose lowercase is itself
_SCF_SPECIAL = {"\u1fd3": "\u0390", "\u1fe3": "\u03b0", "\ufb05": "\ufb06"}


def _scf(c: str) -> str:
    special = _SCF_SPECIAL.get(c)
    if special is not None:
        return special
    f = c.casefold()
    if len(f) == 1:
        return f
    low = c.lower()
    return low if len(low) == 1 else c


def _canon_nonunicode(c: str) -> str:
    u = c.upper()
    if len(u) != 1:
        return c
    if ord(c) >= 128 and ord(u) < 128:
        return c
    return u


_CASED_TOP = 0x1E950        # no code point above this has a case mapping


@lru_cache(maxsize=2)
def fold_table(umode: bool):
    """(canonical map {char: canonical} for chars that change, classes {canonical: chars}).
    Classes list every member (>= 2) of each non-trivial equivalence class."""
    top = _CASED_TOP if umode else 0x10000
    fn = _scf if umode else _canon_nonunicode
    canon = {}
    classes = {}
    for i in range(top):
        c = chr(i)
        k = fn(c)
        if k != c:
            k = ord(k)
            canon[i] = k
            classes.setdefault(k, {k}).add(i)
    classes = {k: tuple(sorted(v)) for k, v in classes.items() if len(v) > 1}
    return canon, classes


def canonicalize(c: int, umode: bool) -> int:
    return fold_table(umode)[0].get(c, c)


def char_class(c: int, umode: bool) -> tuple:
    """Every character with the same canonical value as c (c itself included)."""
    canon, classes = fold_table(umode)
    return classes.get(canon.get(c, c), (c,))


@lru_cache(maxsize=512)
def closure(s: tuple, umode: bool) -> tuple:
    """s plus every character case-equivalent to a member (for /i)."""
    canon, classes = fold_table(umode)
    extra = []
    for members in classes.values():
        for m in members:
            if contains(s, m):
                extra.extend(members)
                break
    if not extra:
        return s
    return union(s, of_chars(extra))


@lru_cache(maxsize=512)
def fold(s: tuple) -> tuple:
    """scf image of s (v flag with i: MaybeSimpleCaseFolding)."""
    canon, _ = fold_table(True)
    out = []
    removed = []
    for c, k in canon.items():
        if contains(s, c):
            removed.append(c)
            out.append(k)
    if not removed:
        return s
    return union(subtract(s, of_chars(removed), MAX_CP), of_chars(out))


@lru_cache(maxsize=1)
def folded_universe() -> tuple:
    """AllCharacters with v and i: the code points c with scf(c) = c."""
    canon, _ = fold_table(True)
    return complement(of_chars(canon), MAX_CP)


# ---------------------------------------------------------------- Unicode properties

_ALL = None


def _all_chars() -> str:
    global _ALL
    if _ALL is None:
        _ALL = array("I", range(MAX_CP + 1)).tobytes().decode("utf-32-le", "surrogatepass")
    return _ALL


def property_regex(name: str, value) -> str | None:
    """The `regex` spelling of \\p{name=value} (None: not in the package's tables)."""
    if value is None:
        if name == "Changes_When_NFKC_Casefolded":
            return None
        return r"\p{%s}" % name
    key = {"General_Category": "gc", "Script": "sc", "Script_Extensions": "scx"}[name]
    return r"\p{%s=%s}" % (key, value)


@lru_cache(maxsize=256)
def property_set(name: str, value) -> tuple:
    """The code points of a Unicode property as ranges."""
    import regex
    spelled = property_regex(name, value)
    if spelled is None:                    # CWKCF: NFKC_Casefold(c) != c
        out = []
        for i in range(MAX_CP + 1):
            c = chr(i)
            if 0xD800 <= i <= 0xDFFF:
                continue
            if unicodedata.category(c) == "Cn":
                continue
            f = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", c).casefold())
            if f != c:
                out.append((i, i))
        return norm(out)
    rx = regex.compile("[%s]+" % spelled)
    return tuple((m.start(), m.end() - 1) for m in rx.finditer(_all_chars()))


@lru_cache(maxsize=1)
def fold_mismatch() -> tuple:
    """Code units whose case-equivalence class without u/v (toUpperCase based) differs
    from the one of simple case folding (what the `regex` package's IGNORECASE uses)."""
    out = []
    for c in range(0x80, 0x10000):           # ASCII-only pairs compare alike
        if char_class(c, False) != char_class(c, True):
            out.append(c)
    return of_chars(out)
