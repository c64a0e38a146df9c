"""Date.parse: the spec's Date Time String Format (sec-date-time-string-format) and the
legacy formats V8 accepts in practice (toString / toUTCString output, "Mar 5 2024",
"2024/03/05 10:00 PM", "5 March 2024 GMT+0100" ...).

The string is split into tokens (numbers with their digit count, the symbols : - + . ),
words keyed by their first three letters, white space; parenthesised text is skipped).
The ISO form is tried first; whatever it leaves unread is handed to the legacy rules:
a number followed by ':' starts a time, a signed number after a time or after
UTC/GMT is an offset, other numbers are day / month / year components, month names and
AM/PM and a few zone abbreviations are keywords, unknown words before the first number
are ignored.  Date-only ISO forms are UTC, everything else without an offset is local.
"""

from __future__ import annotations

import re

from jskernel.engine.builtins.date_time import MakeDate, MakeDay, MakeTime, NAN, TimeClip, UTC

NONE = None
MONTH, AMPM, ZONE, TSEP = "month", "ampm", "zone", "t"
_KEYWORDS = {
    "jan": (MONTH, 1), "feb": (MONTH, 2), "mar": (MONTH, 3), "apr": (MONTH, 4), "may": (MONTH, 5),
    "jun": (MONTH, 6), "jul": (MONTH, 7), "aug": (MONTH, 8), "sep": (MONTH, 9), "oct": (MONTH, 10),
    "nov": (MONTH, 11), "dec": (MONTH, 12),
    "am": (AMPM, 0), "pm": (AMPM, 12),
    "ut": (ZONE, 0), "utc": (ZONE, 0), "z": (ZONE, 0), "gmt": (ZONE, 0),
    "cdt": (ZONE, -5), "cst": (ZONE, -6), "edt": (ZONE, -4), "est": (ZONE, -5),
    "mdt": (ZONE, -6), "mst": (ZONE, -7), "pdt": (ZONE, -7), "pst": (ZONE, -8),
    "t": (TSEP, 0),
}
_WS = set("\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
          "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
MAX_TIME = 8.64e15


class Tok:
    __slots__ = ("kind", "value", "length", "ktype")

    def __init__(self, kind, value=0, length=0, ktype=None):
        self.kind, self.value, self.length, self.ktype = kind, value, length, ktype

    def is_num(self, length=None):
        return self.kind == "num" and (length is None or self.length == length)

    def is_sym(self, ch):
        return self.kind == "sym" and self.value == ch

    def is_sign(self):
        return self.kind == "sym" and self.value in "+-"

    def is_z(self):
        return self.kind == "kw" and self.ktype == ZONE and self.length == 1 and self.value == 0


_WS_CLASS = "".join(f"\\u{ord(c):04x}" for c in sorted(_WS))
_TOKEN = re.compile(rf"(\d+)|([:+.)-])|([{_WS_CLASS}]+)|(\()|([^\x00-\x40{_WS_CLASS}]+)|(.)", re.S)


def tokenize(s):
    toks = []
    append = toks.append
    pos, n = 0, len(s)
    match = _TOKEN.match
    while pos < n:
        m = match(s, pos)
        k = m.lastindex
        text = m.group(k)
        pos = m.end()
        if k == 1:
            sig = text.lstrip("0")
            append(Tok("num", int(sig[:9]) if sig else 0, len(text)))
        elif k == 2:
            append(Tok("sym", text))
        elif k == 3:
            append(Tok("ws", 0, len(text)))
        elif k == 5:
            prefix = text[:3]
            prefix = "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in prefix)
            kw = _KEYWORDS.get(prefix)
            if kw is not None and (len(text) <= 3 or kw[0] == MONTH):
                append(Tok("kw", kw[1], len(text), kw[0]))
            else:
                append(Tok("kw", 0, len(text), None))
        elif k == 4:
            # skip balanced parentheses (an unclosed one runs to the end)
            balance, i = 1, pos
            while balance > 0 and i < n:
                ch = s[i]
                if ch == ")":
                    balance -= 1
                elif ch == "(":
                    balance += 1
                i += 1
            pos = i
            append(Tok("unk"))
        else:
            append(Tok("unk"))
    return toks


_END = Tok("end")


class Scanner:
    __slots__ = ("toks", "i")

    def __init__(self, toks):
        self.toks, self.i = toks, 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else _END

    def next(self):
        t = self.peek()
        self.i += 1
        return t

    def skip_sym(self, ch):
        if self.peek().is_sym(ch):
            self.i += 1
            return True
        return False


class DayComposer:
    def __init__(self):
        self.comp, self.named_month, self.iso = [], NONE, False

    def add(self, n):
        if len(self.comp) < 3:
            self.comp.append(n)
            return True
        return False

    def write(self, out):
        if not self.comp:
            return False
        comp = self.comp + [1] * (3 - len(self.comp))
        year = 0
        if self.named_month is NONE:
            if self.iso or not 1 <= comp[0] <= 31:
                year, month, day = comp
            else:
                month, day, year = comp
        else:
            month = self.named_month
            if not 1 <= comp[0] <= 31:
                year, day = comp[0], comp[1]
            else:
                day, year = comp[0], comp[1]
        if not self.iso:
            if 0 <= year <= 49:
                year += 2000
            elif 50 <= year <= 99:
                year += 1900
        if not (1 <= month <= 12 and 1 <= day <= 31) or abs(year) > 1073741823:
            return False
        out.extend((year, month - 1, day))
        return True


class TimeComposer:
    def __init__(self):
        self.comp, self.hour_offset = [], NONE

    def empty(self):
        return not self.comp

    def expecting(self, n):
        k = len(self.comp)
        return (k == 1 and 0 <= n <= 59) or (k == 2 and 0 <= n <= 59) or (k == 3 and 0 <= n <= 999)

    def add(self, n):
        if len(self.comp) < 4:
            self.comp.append(n)
            return True
        return False

    def add_final(self, n):
        if not self.add(n):
            return False
        while len(self.comp) < 4:
            self.comp.append(0)
        return True

    def write(self, out):
        h, m, s, ms = self.comp + [0] * (4 - len(self.comp))
        if self.hour_offset is not NONE:
            if not 0 <= h <= 12:
                return False
            h = h % 12 + self.hour_offset
        if not (0 <= h <= 23 and 0 <= m <= 59 and 0 <= s <= 59 and 0 <= ms <= 999):
            if h != 24 or m or s or ms:
                return False
        out.extend((h, m, s, ms))
        return True


class ZoneComposer:
    def __init__(self):
        self.sign = self.hour = self.minute = NONE

    def set(self, hours):
        self.sign = -1 if hours < 0 else 1
        self.hour, self.minute = abs(hours), 0

    def expecting(self, n):
        return self.hour is not NONE and self.minute is NONE and 0 <= n <= 59

    def is_utc(self):
        return self.hour == 0 and self.minute == 0

    def offset(self):
        """Seconds east of UTC, None for local time, False for invalid."""
        if self.sign is NONE:
            return None
        total = (self.hour or 0) * 3600 + (self.minute or 0) * 60
        if total > 1073741823:
            return False
        return -total if self.sign < 0 else total


def _read_ms(tok):
    n, length = tok.value, tok.length
    if length == 1:
        return n * 100
    if length == 2:
        return n * 10
    if length > 3:
        length = min(length, 9)
        return n // 10 ** (length - 3)
    return n


_INVALID = Tok("invalid")


def _parse_iso(sc, day, time, tz):
    """V8's ParseES5DateTime: returns the first token it did not consume (END when the
    whole string was the ISO format, _INVALID when it is malformed beyond recovery)."""
    p = sc.peek()
    if p.is_sign():
        sign_tok = sc.next()
        if not sc.peek().is_num(6):
            return sign_tok
        year = sc.next().value
        if sign_tok.value == "-" and year == 0:
            return sign_tok
        day.add(-year if sign_tok.value == "-" else year)
    elif p.is_num(4):
        day.add(sc.next().value)
    else:
        return sc.next()
    if sc.skip_sym("-"):
        p = sc.peek()
        if not p.is_num(2) or not 1 <= p.value <= 12:
            return sc.next()
        day.add(sc.next().value)
        if sc.skip_sym("-"):
            p = sc.peek()
            if not p.is_num(2) or not 1 <= p.value <= 31:
                return sc.next()
            day.add(sc.next().value)
    p = sc.peek()
    if not (p.kind == "kw" and p.ktype == TSEP):
        if p.kind != "end":
            return sc.next()
    else:
        sc.next()
        p = sc.peek()
        if not p.is_num(2) or not 0 <= p.value <= 24:
            return _INVALID
        h24 = p.value == 24
        time.add(sc.next().value)
        if not sc.skip_sym(":"):
            return _INVALID
        p = sc.peek()
        if not p.is_num(2) or not 0 <= p.value <= 59 or (h24 and p.value > 0):
            return _INVALID
        time.add(sc.next().value)
        if sc.skip_sym(":"):
            p = sc.peek()
            if not p.is_num(2) or not 0 <= p.value <= 59 or (h24 and p.value > 0):
                return _INVALID
            time.add(sc.next().value)
            if sc.skip_sym("."):
                p = sc.peek()
                if not p.is_num() or (h24 and p.value > 0):
                    return _INVALID
                time.add(_read_ms(sc.next()))
        p = sc.peek()
        if p.is_z():
            sc.next()
            tz.set(0)
        elif p.is_sign():
            tz.sign = 1 if sc.next().value == "+" else -1
            p = sc.peek()
            if p.is_num(4):
                hh, mm = divmod(sc.next().value, 100)
                if not (0 <= hh <= 23 and 0 <= mm <= 59):
                    return _INVALID
                tz.hour, tz.minute = hh, mm
            else:
                if not p.is_num(2) or not 0 <= p.value <= 23:
                    return _INVALID
                tz.hour = sc.next().value
                if not sc.skip_sym(":"):
                    return _INVALID
                p = sc.peek()
                if not p.is_num(2) or not 0 <= p.value <= 59:
                    return _INVALID
                tz.minute = sc.next().value
        if sc.peek().kind != "end":
            return _INVALID
    if tz.hour is NONE and time.empty():
        tz.set(0)
    day.iso = True
    return _END


_ISO = re.compile(r"([+-]\d{6}|\d{4})(?:-(\d\d)(?:-(\d\d))?)?"
                  r"(?:[Tt](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?([Zz]|[+-]\d\d:\d\d)?)?\Z")


def _parse_iso_fast(m):
    """The common, well-formed ISO strings without tokenizing; None defers to the tokenizer
    (which also decides every malformed or unusual case)."""
    ys, mos, ds, hs, mis, ss, fs, zs = m.groups()
    year = int(ys)
    if ys == "-000000":
        return None
    mo = int(mos) if mos else 1
    d = int(ds) if ds else 1
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if hs is None:
        return TimeClip(MakeDate(MakeDay(float(year), float(mo - 1), float(d)), 0.0))
    h, mi = int(hs), int(mis)
    sec = int(ss) if ss else 0
    ms = int(fs.ljust(3, "0")) if fs else 0
    if h > 23 or mi > 59 or sec > 59:
        return None
    date = MakeDate(MakeDay(float(year), float(mo - 1), float(d)), MakeTime(float(h), float(mi), float(sec), float(ms)))
    if zs is None:
        if not (-MAX_TIME - 864000000 <= date <= MAX_TIME + 864000000):
            return NAN
        return TimeClip(UTC(date))
    if zs not in "Zz":
        zh, zm = int(zs[1:3]), int(zs[4:6])
        if zh > 23 or zm > 59:
            return None
        off = (zh * 3600 + zm * 60) * (-1 if zs[0] == "-" else 1)
        date -= off * 1000.0
    if not (-MAX_TIME <= date <= MAX_TIME):
        return NAN
    return TimeClip(date)


def parse_date(s: str) -> float:
    """The time value Date.parse returns for string s (NaN when unrecognised)."""
    m = _ISO.match(s)
    if m is not None:
        r = _parse_iso_fast(m)
        if r is not None:
            return r
    sc = Scanner(tokenize(s))
    day, time, tz = DayComposer(), TimeComposer(), ZoneComposer()
    tok = _parse_iso(sc, day, time, tz)
    if tok is _INVALID:
        return NAN
    has_number = bool(day.comp)
    while tok.kind != "end":
        if tok.kind == "num":
            has_number = True
            n = tok.value
            if sc.skip_sym(":"):
                if sc.skip_sym(":"):
                    if not time.empty():
                        return NAN
                    time.add(n)
                    time.add(0)
                else:
                    if not time.add(n):
                        return NAN
                    if sc.peek().is_sym("."):
                        sc.next()
            elif sc.skip_sym(".") and time.expecting(n):
                time.add(n)
                if not sc.peek().is_num():
                    return NAN
                if not time.add_final(_read_ms(sc.next())):
                    return NAN
            elif tz.expecting(n):
                tz.minute = n
            elif time.expecting(n):
                time.add_final(n)
                p = sc.peek()
                if not (p.kind in ("end", "ws") or p.is_z() or p.is_sign()):
                    return NAN
            else:
                if not day.add(n):
                    return NAN
                sc.skip_sym("-")
        elif tok.kind == "kw":
            if tok.ktype == AMPM and not time.empty():
                time.hour_offset = tok.value
            elif tok.ktype == MONTH:
                day.named_month = tok.value
                sc.skip_sym("-")
            elif tok.ktype == ZONE and has_number:
                tz.set(tok.value)
            else:
                if has_number:
                    return NAN
                if sc.peek().is_num():
                    return NAN
        elif tok.is_sign() and (tz.is_utc() or not time.empty()):
            tz.sign = 1 if tok.value == "+" else -1
            n = length = 0
            if sc.peek().is_num():
                t = sc.next()
                n, length = t.value, t.length
            has_number = True
            if sc.peek().is_sym(":"):
                tz.hour, tz.minute = n, NONE
            elif length in (1, 2):
                tz.hour, tz.minute = n, 0
            elif length in (3, 4):
                tz.hour, tz.minute = n // 100, n % 100
            else:
                return NAN
        elif (tok.is_sign() or tok.is_sym(")")) and has_number:
            return NAN
        tok = sc.next()
    out = []
    if not (day.write(out) and time.write(out)):
        return NAN
    offset = tz.offset()
    if offset is False:
        return NAN
    year, month, d, h, m, s, ms = out
    date = MakeDate(MakeDay(float(year), float(month), float(d)), MakeTime(float(h), float(m), float(s), float(ms)))
    if offset is None:
        if not (-MAX_TIME - 864000000 <= date <= MAX_TIME + 864000000):
            return NAN
        date = UTC(date)
    else:
        date -= offset * 1000.0
        if not (-MAX_TIME <= date <= MAX_TIME):
            return NAN
    return TimeClip(date)
