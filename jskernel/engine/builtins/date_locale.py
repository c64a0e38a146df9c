"""Date.prototype.toLocaleString / toLocaleDateString / toLocaleTimeString with node's
default locale (en-US, Gregorian calendar), including the common Intl.DateTimeFormat
options: timeZone, hour12 / hourCycle, weekday / era / year / month / day / hour /
minute / second / fractionalSecondDigits / timeZoneName, dateStyle / timeStyle.

Options are read and checked in the order ECMA-402 CreateDateTimeFormat reads them,
with V8's error wording; the `locales` argument is accepted but every locale formats as
en-US (CLDR's English patterns: `3/5/2024, 2:03:09 PM`, `Tuesday, March 5, 2024 at
2:03 PM`).  The time math comes from date_time.py.
"""

from __future__ import annotations

import re

from jskernel.engine.builtins import date_time as T
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED

WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_TEXT = ("narrow", "short", "long")
_NUM = ("2-digit", "numeric")
_COMPONENTS = (("weekday", _TEXT), ("era", _TEXT), ("year", _NUM), ("month", _NUM + _TEXT), ("day", _NUM),
               ("dayPeriod", _TEXT), ("hour", _NUM), ("minute", _NUM), ("second", _NUM),
               ("fractionalSecondDigits", None),
               ("timeZoneName", ("short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric")))
_STYLES = ("full", "long", "medium", "short")
_US_SHORT = {
    "Eastern Standard Time": "EST", "Eastern Daylight Time": "EDT", "Central Standard Time": "CST",
    "Central Daylight Time": "CDT", "Mountain Standard Time": "MST", "Mountain Daylight Time": "MDT",
    "Pacific Standard Time": "PST", "Pacific Daylight Time": "PDT", "Alaska Standard Time": "AKST",
    "Alaska Daylight Time": "AKDT", "Hawaii-Aleutian Standard Time": "HST",
    "Hawaii-Aleutian Daylight Time": "HDT", "Coordinated Universal Time": "UTC",
}
_GENERIC_SHORT = {"Eastern": "ET", "Central": "CT", "Mountain": "MT", "Pacific": "PT", "Alaska": "AKT",
                  "Hawaii-Aleutian": "HST"}


def _get_option(opts, name, allowed, method):
    v = opts.get(name) if opts is not None else UNDEFINED
    if v is UNDEFINED:
        return None
    if allowed is bool:
        return ops.ToBoolean(v)
    s = ops.ToString(v)
    if s not in allowed:
        throw_range_error(f"Value {s} out of range for {method} options property {name}")
    return s


def read_options(realm, options, required, defaults, method):
    """CreateDateTimeFormat's option reading (ECMA-402 11.1.2) reduced to what formatting
    needs; returns a dict of the chosen fields plus 'hc' and 'zone'."""
    if options is UNDEFINED:
        opts = None
    else:
        opts = ops.ToObject(realm, options)
    where = f"Date.prototype.{method}"
    # ToDateTimeOptions: which fields were asked for, and the defaults to add
    present = set()
    if opts is not None:
        for name in ("weekday", "year", "month", "day", "dayPeriod", "hour", "minute", "second",
                     "fractionalSecondDigits", "dateStyle", "timeStyle"):
            if opts.get(name) is not UNDEFINED:
                present.add(name)
    if required == "date" and "timeStyle" in present:
        throw_type_error("Invalid option : timeStyle")
    if required == "time" and "dateStyle" in present:
        throw_type_error("Invalid option : dateStyle")
    need = "dateStyle" not in present and "timeStyle" not in present
    if required in ("date", "any") and present & {"weekday", "year", "month", "day"}:
        need = False
    if required in ("time", "any") and present & {"dayPeriod", "hour", "minute", "second", "fractionalSecondDigits"}:
        need = False
    defaulted = {}
    if need and defaults in ("date", "all"):
        defaulted.update(year="numeric", month="numeric", day="numeric")
    if need and defaults in ("time", "all"):
        defaulted.update(hour="numeric", minute="numeric", second="numeric")
    _get_option(opts, "localeMatcher", ("lookup", "best fit"), where)
    for name in ("calendar", "numberingSystem"):
        if opts is not None and opts.get(name) is not UNDEFINED:
            ops.ToString(opts.get(name))
    hour12 = _get_option(opts, "hour12", bool, where)
    hour_cycle = _get_option(opts, "hourCycle", ("h11", "h12", "h23", "h24"), where)
    tz = opts.get("timeZone") if opts is not None else UNDEFINED
    zone = None
    if tz is not UNDEFINED:
        name = ops.ToString(tz)
        zone = T.zone_for(name)
        if zone is None:
            throw_range_error(f"Invalid time zone specified: {name}")
    f = {}
    for name, allowed in _COMPONENTS:
        if name == "fractionalSecondDigits":
            v = opts.get(name) if opts is not None else UNDEFINED
            if v is not UNDEFINED:
                n = ops.ToNumber(v)
                if not (n == n and 1 <= n <= 3):
                    throw_range_error("fractionalSecondDigits value is out of range.")
                f[name] = int(n)
            continue
        v = defaulted.get(name) or _get_option(opts, name, allowed, where)
        if v is not None:
            f[name] = v
    _get_option(opts, "formatMatcher", ("basic", "best fit"), where)
    date_style = _get_option(opts, "dateStyle", _STYLES, where)
    time_style = _get_option(opts, "timeStyle", _STYLES, where)
    if date_style or time_style:
        for name in f:
            throw_type_error(f"Can't set option {name} when {'dateStyle' if date_style else 'timeStyle'} is used")
    if hour12 is not None:
        hc = "h12" if hour12 else "h23"
    else:
        hc = hour_cycle or "h12"
    f.update(hc=hc, zone=zone, dateStyle=date_style, timeStyle=time_style)
    return f


def _zone_names(tv, zone):
    long = T.zone_name(tv, zone)
    off = T.offset_at(tv, zone) / 1000.0
    return long, off


def _gmt(off, long_form):
    mins = int(off // 60) if off >= 0 else -int(-off // 60)
    if mins == 0:
        return "GMT"
    sign = "+" if mins > 0 else "-"
    h, m = divmod(abs(mins), 60)
    if long_form:
        return f"GMT{sign}{h:02d}:{m:02d}"
    return f"GMT{sign}{h}" + (f":{m:02d}" if m else "")


def _tz_text(style, tv, zone):
    long, off = _zone_names(tv, zone)
    if style == "long":
        return long
    if style == "longOffset":
        return _gmt(off, True) if off else "GMT"
    if style == "shortOffset":
        return _gmt(off, False)
    short = _US_SHORT.get(long)
    if style == "shortGeneric":
        for k, v in _GENERIC_SHORT.items():
            if long.startswith(k + " "):
                return v
        return short or _gmt(off, False)
    if style == "longGeneric":
        return long.replace(" Standard Time", " Time").replace(" Daylight Time", " Time")
    return short or _gmt(off, False)


def _num(v, style):
    return f"{v:02d}" if style == "2-digit" else str(v)


def format_date_time(tv, f):
    """The formatted string for a finite time value and read_options' result."""
    zone = f["zone"]
    t = tv + T.offset_at(tv, zone) if zone is not None else T.LocalTime(tv)
    y, mo, d, h, mi, s, ms, wd = T.fields(t)
    ds, ts = f["dateStyle"], f["timeStyle"]
    if ds or ts:
        f = dict(f)
        if ds:
            f.update({"full": dict(weekday="long", year="numeric", month="long", day="numeric"),
                      "long": dict(year="numeric", month="long", day="numeric"),
                      "medium": dict(year="numeric", month="short", day="numeric"),
                      "short": dict(year="2-digit", month="numeric", day="numeric")}[ds])
        if ts:
            f.update(hour="numeric", minute="2-digit")
            if ts != "short":
                f["second"] = "2-digit"
            if ts in ("full", "long"):
                f["timeZoneName"] = "long" if ts == "full" else "short"
    era = f.get("era")
    year = y if y > 0 else 1 - y         # the era year, as ICU shows it
    ystr = None
    if "year" in f:
        ystr = f"{year % 100:02d}" if f["year"] == "2-digit" else str(year)
    month = f.get("month")
    dstr = _num(d, f["day"]) if "day" in f else None
    wstr = None
    if "weekday" in f:
        wstr = {"long": WEEKDAYS[wd], "short": WEEKDAYS[wd][:3], "narrow": WEEKDAYS[wd][0]}[f["weekday"]]
    # the date part
    if month in _TEXT:
        mname = {"long": MONTHS[mo], "short": MONTHS[mo][:3], "narrow": MONTHS[mo][0]}[month]
        if dstr and ystr:
            date = f"{mname} {dstr}, {ystr}"
        elif dstr:
            date = f"{mname} {dstr}"
        elif ystr:
            date = f"{mname} {ystr}"
        else:
            date = mname
    else:
        parts = [p for p in ((_num(mo + 1, month) if month else None), dstr, ystr) if p]
        date = "/".join(parts)
    if wstr:
        date = f"{wstr}, {date}" if date and (month or ystr) else (f"{dstr} {wstr}" if dstr else wstr)
    if era:
        etext = {"short": ("BC", "AD"), "long": ("Before Christ", "Anno Domini"), "narrow": ("B", "A")}[era][y > 0]
        date = f"{date} {etext}" if date else etext
    # the time part
    hc = f["hc"]
    pieces = []
    if "hour" in f:
        if hc in ("h12", "h11"):
            hv = h % 12 if hc == "h11" else (h % 12 or 12)
            pieces.append(_num(hv, f["hour"]))
        else:
            hv = h if hc == "h23" else (h or 24)
            pieces.append(f"{hv:02d}")
    if "minute" in f:
        pieces.append(f"{mi:02d}" if pieces or "second" in f else str(mi))
    if "second" in f:
        sec = f"{s:02d}" if pieces else str(s)
        if "hour" in f and "minute" not in f:
            sec = None                   # CLDR has no "h s" skeleton; node drops the seconds
        if sec is not None:
            pieces.append(sec)
    time = ":".join(pieces)
    if "fractionalSecondDigits" in f:
        frac = f"{ms:03d}"[:f["fractionalSecondDigits"]]
        time = f"{time}.{frac}" if "second" in f and time else (time or frac)
    if "hour" in f and hc in ("h12", "h11"):
        time += " AM" if h < 12 else " PM"
    if "timeZoneName" in f:
        tzt = _tz_text(f["timeZoneName"], tv, zone)
        if time:
            time = f"{time} {tzt}"
        else:
            date = f"{date}, {tzt}" if date else tzt
    if date and time:
        if month == "long" or (ds in ("full", "long")):
            return f"{date} at {time}"
        if wstr and not (month or ystr or dstr):
            return f"{date} {time}"
        return f"{date}, {time}"
    return date or time


_TAG = re.compile(r"(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z0-9]{1,8})*\Z")


def _check_locales(locales):
    """CanonicalizeLocaleList, reduced to its errors: every locale formats as en-US."""
    if locales is UNDEFINED:
        return
    if locales is None:
        throw_type_error("Cannot convert undefined or null to object")
    tags = [locales] if type(locales) is str else []
    if isinstance(locales, JSObject) and locales.class_name == "Array":
        n = ops.ToLength(locales.get("length"))
        tags = [locales.get(str(i)) for i in range(min(n, 1000))]
    for tag in tags:
        if type(tag) is not str and not isinstance(tag, JSObject):
            throw_type_error("Language ID should be string or object.")
        if type(tag) is str and not _TAG.match(tag):
            throw_range_error("Incorrect locale information provided")


def to_locale(realm, tv, args, method, required, defaults):
    options = args[1] if len(args) > 1 else UNDEFINED
    _check_locales(args[0] if args else UNDEFINED)
    f = read_options(realm, options, required, defaults, method)
    return format_date_time(tv, f)
