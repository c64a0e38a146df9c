"""The time math of ECMA-262 section 21.4.1 (sec-time-values-and-time-range ...) and the
host's local time zone.

Owns Day / TimeWithinDay / YearFromTime / MonthFromTime / DateFromTime / WeekDay /
HourFromTime ..., MakeTime / MakeDay / MakeDate / TimeClip, LocalTime / UTC and the
time zone name node prints after a date (`GMT+0100 (Central European Standard Time)`).
The local zone is resolved on every call from the TZ environment variable (a leading
`:` is dropped; an absolute path names a TZif file), else /etc/localtime, through
`zoneinfo`, so historic offsets (LMT, wartime, rule changes) match node's ICU data.
Times beyond the years 1..9999 that zoneinfo covers are shifted by whole 400-year
Gregorian cycles, which keeps the calendar (and so the recurring DST rule) intact.
The Date builtin itself lives in date.py, string parsing in date_parse.py.
"""

from __future__ import annotations

import math
import os
from datetime import datetime, timedelta, timezone

MS_PER_DAY = 86400000.0
MS_PER_HOUR = 3600000.0
MS_PER_MINUTE = 60000.0
MS_PER_SECOND = 1000.0
NAN = math.nan
_CYCLE_MS = 146097 * 86400000          # 400 Gregorian years
_MIN_T = -62135510400000 + 86400000 * 2  # 0001-01-03 UTC
_MAX_T = 253402214400000 - 86400000 * 2  # 9999-12-29 UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MAX_EPOCH_MS = 2147483647 * 1000     # V8's kMaxEpochTimeInMs (names use an equivalent year beyond)
_NEGATIVE_DST = ("Europe/Dublin", "Eire")


# --- sec-day-number-and-time-within-day ... sec-week-day --------------------------------------
def Day(t):
    return math.floor(t / MS_PER_DAY)


def TimeWithinDay(t):
    return t % MS_PER_DAY


def DaysInYear(y):
    if y % 4:
        return 365
    if y % 100:
        return 366
    return 366 if y % 400 == 0 else 365


def DayFromYear(y):
    """Integer day number of January 1st of year y (exact for any integer y)."""
    return 365 * (y - 1970) + (y - 1969) // 4 - (y - 1901) // 100 + (y - 1601) // 400


def _year_from_days(d):
    y = int(d // 365.2425) + 1970
    while DayFromYear(y) > d:
        y -= 1
    while DayFromYear(y + 1) <= d:
        y += 1
    return y


_CUM = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)
_CUM_LEAP = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366)


def ymd_from_days(d):
    """(year, month 0-11, date 1-31) of the integer day number d."""
    y = _year_from_days(d)
    doy = d - DayFromYear(y)
    cum = _CUM_LEAP if DaysInYear(y) == 366 else _CUM
    m = 0
    while cum[m + 1] <= doy:
        m += 1
    return y, m, doy - cum[m] + 1


def YearFromTime(t):
    return _year_from_days(Day(t))


def MonthFromTime(t):
    return ymd_from_days(Day(t))[1]


def DateFromTime(t):
    return ymd_from_days(Day(t))[2]


def WeekDay(t):
    return (Day(t) + 4) % 7


def HourFromTime(t):
    return int(math.floor(t / MS_PER_HOUR) % 24)


def MinFromTime(t):
    return int(math.floor(t / MS_PER_MINUTE) % 60)


def SecFromTime(t):
    return int(math.floor(t / MS_PER_SECOND) % 60)


def MsFromTime(t):
    return int(t % MS_PER_SECOND)


def fields(t):
    """(year, month, date, hours, minutes, seconds, ms, weekday) of a finite time value."""
    d = Day(t)
    y, m, dt = ymd_from_days(d)
    w = int(t - d * MS_PER_DAY)
    return (y, m, dt, w // 3600000, w // 60000 % 60, w // 1000 % 60, w % 1000, (d + 4) % 7)


# --- sec-maketime / sec-makeday / sec-makedate / sec-timeclip ---------------------------------
def _finite(x):
    return x == x and x not in (math.inf, -math.inf)


def _trunc(x):
    return float(math.trunc(x)) + 0.0


def MakeTime(hour, minute, sec, ms):
    """sec-maketime: IEEE arithmetic on the truncated components."""
    if not (_finite(hour) and _finite(minute) and _finite(sec) and _finite(ms)):
        return NAN
    return _trunc(hour) * MS_PER_HOUR + _trunc(minute) * MS_PER_MINUTE + _trunc(sec) * MS_PER_SECOND + _trunc(ms)


def MakeDay(year, month, date):
    """sec-makeday. Years beyond a few million cannot yield a time value inside the range
    (|month| is folded into the year first), so they answer NaN as V8 does."""
    if not (_finite(year) and _finite(month) and _finite(date)):
        return NAN
    y, m, dt = math.trunc(year), math.trunc(month), _trunc(date)
    ym = y + m // 12
    if abs(ym) > 400000000:
        return NAN
    mn = m % 12
    cum = _CUM_LEAP if DaysInYear(ym) == 366 else _CUM
    day = DayFromYear(ym) + cum[mn]
    return float(day) + dt - 1


def MakeDate(day, time):
    if not (_finite(day) and _finite(time)):
        return NAN
    tv = day * MS_PER_DAY + time
    return tv if _finite(tv) else NAN


def TimeClip(time):
    if not _finite(time) or abs(time) > 8.64e15:
        return NAN
    return _trunc(time)


# --- the local time zone ------------------------------------------------------------------------
class Zone:
    """One resolved time zone: a zoneinfo object (or None for a fixed offset) and the
    key used to pick node's long names."""

    __slots__ = ("key", "zi", "fixed", "name")

    def __init__(self, key, zi, fixed=0.0, name=None):
        self.key, self.zi, self.fixed, self.name = key, zi, fixed, name


_zones: dict = {}


def _resolve(tz):
    try:
        import zoneinfo
    except ImportError:      # pragma: no cover
        return Zone("UTC", None, 0.0, "Coordinated Universal Time")
    if tz is None:
        path = "/etc/localtime"
        key = None
        try:
            real = os.path.realpath(path)
            if "zoneinfo/" in real:
                key = real.split("zoneinfo/", 1)[1]
            if key:
                return _load_key(zoneinfo, key)
            with open(path, "rb") as f:
                return Zone("", zoneinfo.ZoneInfo.from_file(f))
        except Exception:
            return Zone("UTC", None, 0.0, "Coordinated Universal Time")
    if tz.startswith(":"):
        tz = tz[1:]
    if tz.startswith("/"):
        try:
            key = tz.split("zoneinfo/", 1)[1] if "zoneinfo/" in tz else ""
            with open(tz, "rb") as f:
                return Zone(key, zoneinfo.ZoneInfo.from_file(f))
        except Exception:
            return Zone("", None, 0.0, "GMT+00:00")
    return _load_key(zoneinfo, tz)


def _load_key(zoneinfo, key):
    try:
        return Zone(key, zoneinfo.ZoneInfo(key))
    except Exception:
        return Zone("", None, 0.0, "GMT+00:00")   # what node shows for an unknown or empty TZ


_ENV = getattr(os.environ, "_data", None)      # POSIX: the bytes dict behind os.environ (fast read)


def current_zone():
    if _ENV is not None and os.name == "posix":
        raw = _ENV.get(b"TZ")
        z = _zones.get(raw)
        if z is None:
            z = _zones[raw] = _resolve(None if raw is None else os.fsdecode(raw))
        return z
    tz = os.environ.get("TZ")
    z = _zones.get(tz)
    if z is None:
        z = _zones[tz] = _resolve(tz)
    return z


def _local_datetime(zi, t):
    """The zone's aware datetime at UTC time t (ms), t shifted into years 1..9999."""
    if t < _MIN_T:
        t += math.ceil((_MIN_T - t) / _CYCLE_MS) * _CYCLE_MS
    elif t > _MAX_T:
        t -= math.ceil((t - _MAX_T) / _CYCLE_MS) * _CYCLE_MS
    return (_EPOCH + timedelta(milliseconds=t)).astimezone(zi)


_offsets: dict = {}


def offset_at(t, z=None):
    """The local zone's offset from UTC in ms at UTC time t (finite).  Cached per zone and
    UTC hour when the offset is the same at both ends of the hour."""
    if z is None:
        z = current_zone()
    zi = z.zi
    if zi is None:
        return z.fixed
    hour = t // MS_PER_HOUR
    key = (zi, hour)
    off = _offsets.get(key)
    if off is not None:
        return off
    start = hour * MS_PER_HOUR
    a = _local_datetime(zi, start).utcoffset().total_seconds() * 1000.0
    b = _local_datetime(zi, start + MS_PER_HOUR - 1).utcoffset().total_seconds() * 1000.0
    if a == b:
        if len(_offsets) > 8192:
            _offsets.clear()
        _offsets[key] = a
        return a
    return _local_datetime(zi, t).utcoffset().total_seconds() * 1000.0


def LocalTime(t):
    """sec-localtime."""
    return t + offset_at(t)


def UTC(t):
    """sec-utc-t: for a repeated local time the earlier instant, for a skipped one the
    offset in force before the transition (what V8 asks ICU for: LOCAL_FORMER)."""
    if not _finite(t):
        return NAN
    z = current_zone()
    if z.zi is None:
        return t - z.fixed
    before = offset_at(t - MS_PER_DAY, z)
    after = offset_at(t + MS_PER_DAY, z)
    if before == after:
        return t - before
    u1 = t - before
    if offset_at(u1, z) == before:
        return u1
    u2 = t - after
    if offset_at(u2, z) == after:
        return u2
    return u1


def timezone_offset_minutes(t):
    """getTimezoneOffset: (t - LocalTime(t)) / msPerMinute, truncated like V8."""
    return float(math.trunc(-offset_at(t) / MS_PER_MINUTE))


def _equivalent_time(t):
    """V8's EquivalentTime: the same day and time in a year of 2008..2035 that has the same
    leap-ness and weekday of January 1st (used only to choose the zone's name)."""
    d = Day(t)
    within = t - d * MS_PER_DAY
    y, m, dt = ymd_from_days(d)
    week_day = (DayFromYear(y) + 4) % 7
    recent = (1956 if DaysInYear(y) == 366 else 1967) + (week_day * 12) % 28
    ey = 2008 + (recent + 3 * 28 - 2008) % 28
    cum = _CUM_LEAP if DaysInYear(ey) == 366 else _CUM
    return (DayFromYear(ey) + cum[m] + dt - 1) * MS_PER_DAY + within


def offset_text(offset_ms):
    """`+0100` for an offset in ms (seconds dropped, as V8 does)."""
    mins = int(offset_ms // 60000) if offset_ms >= 0 else -int(-offset_ms // 60000)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def zone_for(name):
    """The Zone of an Intl timeZone option (None when unknown)."""
    if name.upper() in ("UTC", "ETC/UTC", "GMT", "ETC/GMT", "ETC/UCT", "UCT", "ETC/ZULU", "ZULU"):
        return Zone("UTC", None, 0.0, "Coordinated Universal Time")
    z = _zones.get(("intl", name))
    if z is None:
        try:
            import zoneinfo
            z = Zone(name, zoneinfo.ZoneInfo(name))
        except Exception:
            return None
        _zones[("intl", name)] = z
    return z


def zone_name(t, z=None):
    """The long zone name node prints in parentheses for UTC time t."""
    if z is None:
        z = current_zone()
    if z.zi is None:
        return z.name
    if t < 0 or t > _MAX_EPOCH_MS:
        t = _equivalent_time(t)
    ldt = _local_datetime(z.zi, t)
    off = ldt.utcoffset().total_seconds()
    dst = ldt.dst().total_seconds()
    if dst == 0 and z.key in _NEGATIVE_DST:
        # tzdata's negative DST (Dublin: GMT in winter is the "daylight" offset) is read the
        # way ICU's rearguard data has it: the summer offset is the daylight one.
        near = (_local_datetime(z.zi, t + k * 61 * MS_PER_DAY).dst().total_seconds() for k in (-3, -2, -1, 1, 2, 3))
        dst = 3600.0 if any(o < 0 for o in near) else 0.0
    is_dst = dst > 0
    from jskernel.engine.builtins.date_names import long_zone_name
    return long_zone_name(z.key, is_dst, ldt.tzname() or "", off)
