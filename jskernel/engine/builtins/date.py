"""%Date% and %Date.prototype% (sec-date-objects), with Annex B getYear / setYear /
toGMTString.

A Date object is a JSObject of class "Date" whose `internal` slot holds its time value
(a float, NaN for an invalid date).  The time math and the local zone are in
date_time.py, string parsing in date_parse.py; the string forms here copy node's
(`Tue Mar 05 2024 14:03:09 GMT+0100 (Central European Standard Time)`, toLocale* as
node's default en-US locale).
"""

from __future__ import annotations

import math
import time as _time

from jskernel.engine.builtins import arg, make_constructor
from jskernel.engine.builtins import date_time as T
from jskernel.engine.builtins.date_parse import parse_date
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.values import SYMBOL_TO_PRIMITIVE, UNDEFINED

NAN = math.nan
DAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def now():
    return float(math.floor(_time.time() * 1000))


def is_date(v):
    return isinstance(v, JSObject) and v.class_name == "Date" and type(v.internal) is float


def this_time_value(this, method=None):
    """thisTimeValue; V8 words the error differently for getters and for the rest."""
    if is_date(this):
        return this.internal
    if method is None:
        throw_type_error("this is not a Date object.")
    throw_type_error(f"Method Date.prototype.{method} called on incompatible receiver "
                     f"{ops.ToDisplayString(this)}")


def _proto_from(realm, new_target):
    return ops.GetPrototypeFromConstructor(realm, new_target, "%Date.prototype%")   # GetFunctionRealm: bound / proxy too


def make_full_year(y):
    """MakeFullYear (sec-makefullyear): 0..99 name 1900..1999."""
    if y != y:
        return NAN
    t = T._trunc(y) if T._finite(y) else y
    return 1900.0 + t if 0 <= t <= 99 else y


# --- the string forms ----------------------------------------------------------------------------
def _year_text(y):
    return f"{y:04d}" if y >= 0 else f"-{-y:04d}"


def date_string(t):
    y, m, d, _, _, _, _, wd = T.fields(t)
    return f"{DAYS[wd]} {MONTHS[m]} {d:02d} {_year_text(y)}"


def time_string(t):
    w = int(t % T.MS_PER_DAY)
    return f"{w // 3600000:02d}:{w // 60000 % 60:02d}:{w // 1000 % 60:02d} GMT"


def time_zone_string(tv):
    return f"{T.offset_text(T.offset_at(tv))} ({T.zone_name(tv)})"


def to_date_string(tv):
    """ToDateString (sec-todatestring)."""
    if tv != tv:
        return "Invalid Date"
    t = T.LocalTime(tv)
    return f"{date_string(t)} {time_string(t)}{time_zone_string(tv)}"


def utc_string(tv):
    y, m, d, _, _, _, _, wd = T.fields(tv)
    return f"{DAYS[wd]}, {d:02d} {MONTHS[m]} {_year_text(y)} {time_string(tv)}"


def iso_string(tv):
    y, m, d, h, mi, s, ms, _ = T.fields(tv)
    ys = f"{y:04d}" if 0 <= y <= 9999 else (f"+{y:06d}" if y > 0 else f"-{-y:06d}")
    return f"{ys}-{m + 1:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"


def _locale(method, required, defaults):
    """toLocaleString & co. (ECMA-402 sec-date.prototype.tolocalestring): node's en-US."""
    def to_locale_string(realm, this, args):
        tv = this_time_value(this, method)
        if tv != tv:
            return "Invalid Date"
        from jskernel.engine.builtins.date_locale import to_locale
        return to_locale(realm, tv, args, method, required, defaults)
    return to_locale_string


# --- constructor and statics ---------------------------------------------------------------------
def date_call(realm, this, args):
    return to_date_string(now())


def date_construct(realm, args, new_target):
    n = len(args)
    if n == 0:
        tv = now()
    elif n == 1:
        value = args[0]
        if is_date(value):
            tv = value.internal
        else:
            v = ops.ToPrimitive(value)
            tv = parse_date(v) if type(v) is str else ops.ToNumber(v)
        tv = T.TimeClip(tv)
    else:
        tv = T.TimeClip(T.UTC(_compose(args)))
    o = realm.heap.allocate(JSObject, _proto_from(realm, new_target), "Date")
    o.internal = tv
    return o


def _compose(args):
    """Steps shared by new Date(y, m, ...) and Date.UTC: the arguments converted in order."""
    y = ops.ToNumber(args[0]) if args else NAN
    m = ops.ToNumber(args[1]) if len(args) > 1 else 0.0
    dt = ops.ToNumber(args[2]) if len(args) > 2 else 1.0
    h = ops.ToNumber(args[3]) if len(args) > 3 else 0.0
    mi = ops.ToNumber(args[4]) if len(args) > 4 else 0.0
    s = ops.ToNumber(args[5]) if len(args) > 5 else 0.0
    ms = ops.ToNumber(args[6]) if len(args) > 6 else 0.0
    yr = make_full_year(y)
    return T.MakeDate(T.MakeDay(yr, m, dt), T.MakeTime(h, mi, s, ms))


def date_now(realm, this, args):
    return now()


def date_parse(realm, this, args):
    return parse_date(ops.ToString(arg(args, 0)))


def date_utc(realm, this, args):
    return T.TimeClip(_compose(args))


# --- getters -------------------------------------------------------------------------------------
def _getter(extract, local):
    def get(realm, this, args):
        t = this_time_value(this)
        if t != t:
            return NAN
        return float(extract(T.LocalTime(t) if local else t))
    return get


def _get_field(i):
    return lambda t: T.fields(t)[i]


def get_time(realm, this, args):
    return this_time_value(this)


def get_timezone_offset(realm, this, args):
    t = this_time_value(this)
    if t != t:
        return NAN
    return T.timezone_offset_minutes(t)


def get_year(realm, this, args):
    t = this_time_value(this, "getYear")
    if t != t:
        return NAN
    return float(T.YearFromTime(T.LocalTime(t)) - 1900)


# --- setters (sec-date.prototype.setdate ...) ----------------------------------------------------
def _set(this, tv):
    this.internal = tv
    return tv


def _setter(name, first, count, local):
    """A setX(...) of `count` arguments replacing fields starting at index `first` of
    (year, month, date, hours, minutes, seconds, ms): the arguments are converted first,
    then a NaN time value answers NaN (setFullYear starts from +0 instead)."""
    full_year = first == 0

    def setter(realm, this, args):
        t = this_time_value(this, name)
        values = [ops.ToNumber(arg(args, 0))]
        for i in range(1, count):
            if i < len(args):
                values.append(ops.ToNumber(args[i]))
        if t != t:
            if not full_year:
                return NAN
            t = 0.0
        elif local:
            t = T.LocalTime(t)
        f = list(T.fields(t)[:7])
        for i, v in enumerate(values):
            f[first + i] = v
        if first <= 2:
            date = T.MakeDate(T.MakeDay(f[0], f[1], f[2]), T.TimeWithinDay(t) if first + len(values) <= 3
                              else T.MakeTime(f[3], f[4], f[5], f[6]))
        else:
            date = T.MakeDate(T.Day(t), T.MakeTime(f[3], f[4], f[5], f[6]))
        return _set(this, T.TimeClip(T.UTC(date) if local else date))
    return setter


def set_time(realm, this, args):
    this_time_value(this, "setTime")
    return _set(this, T.TimeClip(ops.ToNumber(arg(args, 0))))


def set_year(realm, this, args):
    """B.2.3.2 Date.prototype.setYear."""
    t = this_time_value(this, "setYear")
    y = ops.ToNumber(arg(args, 0))
    t = 0.0 if t != t else T.LocalTime(t)
    yyyy = make_full_year(y)
    if yyyy != yyyy:
        return _set(this, NAN)
    _, m, d = T.fields(t)[:3]
    date = T.MakeDate(T.MakeDay(yyyy, float(m), float(d)), T.TimeWithinDay(t))
    return _set(this, T.TimeClip(T.UTC(date)))


# --- conversions ---------------------------------------------------------------------------------
def _stringifier(method, fmt, local=True):
    def to_string(realm, this, args):
        tv = this_time_value(this, method)
        if tv != tv:
            return "Invalid Date"
        return fmt(T.LocalTime(tv) if local else tv, tv)
    return to_string


def to_string(realm, this, args):
    return to_date_string(this_time_value(this, "toString"))


def to_iso_string(realm, this, args):
    tv = this_time_value(this, "toISOString")
    if tv != tv:
        throw_range_error("Invalid time value")
    return iso_string(tv)


def to_json(realm, this, args):
    """sec-date.prototype.tojson."""
    o = ops.ToObject(realm, this)
    tv = ops.ToPrimitive(o, "number")
    if type(tv) is float and (tv != tv or tv in (math.inf, -math.inf)):
        return None
    f = o.get("toISOString")
    if not ops.IsCallable(f):
        throw_type_error("toISOString is not a function")
    return f.call(o, [])


def value_of(realm, this, args):
    return this_time_value(this)


def to_primitive(realm, this, args):
    """sec-date.prototype-@@toprimitive."""
    if not isinstance(this, JSObject):
        throw_type_error("Method Date.prototype [ @@toPrimitive ] called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    hint = arg(args, 0)
    if hint == "string" or hint == "default":
        try_first = "string"
    elif hint == "number":
        try_first = "number"
    else:
        throw_type_error(f"Invalid hint: {ops.ToDisplayString(hint) if type(hint) is not str else hint}")
    return ops.OrdinaryToPrimitive(this, try_first)


_LOCAL = True
GETTERS = [
    ("getDate", _getter(_get_field(2), _LOCAL), 0),
    ("getDay", _getter(_get_field(7), _LOCAL), 0),
    ("getFullYear", _getter(_get_field(0), _LOCAL), 0),
    ("getHours", _getter(_get_field(3), _LOCAL), 0),
    ("getMilliseconds", _getter(_get_field(6), _LOCAL), 0),
    ("getMinutes", _getter(_get_field(4), _LOCAL), 0),
    ("getMonth", _getter(_get_field(1), _LOCAL), 0),
    ("getSeconds", _getter(_get_field(5), _LOCAL), 0),
    ("getTime", get_time, 0),
    ("getTimezoneOffset", get_timezone_offset, 0),
    ("getUTCDate", _getter(_get_field(2), False), 0),
    ("getUTCDay", _getter(_get_field(7), False), 0),
    ("getUTCFullYear", _getter(_get_field(0), False), 0),
    ("getUTCHours", _getter(_get_field(3), False), 0),
    ("getUTCMilliseconds", _getter(_get_field(6), False), 0),
    ("getUTCMinutes", _getter(_get_field(4), False), 0),
    ("getUTCMonth", _getter(_get_field(1), False), 0),
    ("getUTCSeconds", _getter(_get_field(5), False), 0),
    ("getYear", get_year, 0),
]

SETTERS = [
    ("setDate", _setter("setDate", 2, 1, True), 1),
    ("setFullYear", _setter("setFullYear", 0, 3, True), 3),
    ("setHours", _setter("setHours", 3, 4, True), 4),
    ("setMilliseconds", _setter("setMilliseconds", 6, 1, True), 1),
    ("setMinutes", _setter("setMinutes", 4, 3, True), 3),
    ("setMonth", _setter("setMonth", 1, 2, True), 2),
    ("setSeconds", _setter("setSeconds", 5, 2, True), 2),
    ("setTime", set_time, 1),
    ("setUTCDate", _setter("setUTCDate", 2, 1, False), 1),
    ("setUTCFullYear", _setter("setUTCFullYear", 0, 3, False), 3),
    ("setUTCHours", _setter("setUTCHours", 3, 4, False), 4),
    ("setUTCMilliseconds", _setter("setUTCMilliseconds", 6, 1, False), 1),
    ("setUTCMinutes", _setter("setUTCMinutes", 4, 3, False), 3),
    ("setUTCMonth", _setter("setUTCMonth", 1, 2, False), 2),
    ("setUTCSeconds", _setter("setUTCSeconds", 5, 2, False), 2),
    ("setYear", set_year, 1),
]

CONVERSIONS = [
    ("toDateString", _stringifier("toDateString", lambda t, tv: date_string(t)), 0),
    ("toISOString", to_iso_string, 0),
    ("toJSON", to_json, 1),
    ("toLocaleDateString", _locale("toLocaleDateString", "date", "date"), 0),
    ("toLocaleString", _locale("toLocaleString", "any", "all"), 0),
    ("toLocaleTimeString", _locale("toLocaleTimeString", "time", "time"), 0),
    ("toString", to_string, 0),
    ("toTimeString", _stringifier("toTimeString", lambda t, tv: time_string(t) + time_zone_string(tv)), 0),
    ("toUTCString", _stringifier("toUTCString", lambda t, tv: utc_string(t), local=False), 0),
    ("valueOf", value_of, 0),
    (SYMBOL_TO_PRIMITIVE, to_primitive, 1, 4),   # configurable only
]

STATIC = [
    ("now", date_now, 0),
    ("parse", date_parse, 1),
    ("UTC", date_utc, 7),
]


def install(realm):
    proto = realm.heap.allocate(JSObject, realm.intrinsics["%Object.prototype%"])
    make_constructor(realm, "Date", date_call, date_construct, 7, proto, STATIC,
                     GETTERS + SETTERS + CONVERSIONS)
    # Annex B: toGMTString is the same function object as toUTCString.
    from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE
    proto.define_raw("toGMTString", proto.get_own("toUTCString"), WRITABLE | CONFIGURABLE)


def inspect_base(d, ctor, tag):
    """What node's util.inspect prints for a Date (before any own properties): the ISO
    string (`Invalid Date` when invalid), prefixed when the constructor is not Date."""
    from jskernel.engine.runtime.objects import ENUMERABLE
    from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG
    own = d.lookup_own(SYMBOL_TO_STRING_TAG)
    if own is not None and own[1] & ENUMERABLE:
        tag = ""                      # listed with the properties instead
    tv = d.internal
    base = "Invalid Date" if tv != tv else iso_string(tv)
    if ctor is None:
        prefix = "[Date: null prototype] " + (f"[{tag}] " if tag and tag != "Date" else "")
    elif tag and tag != ctor:
        prefix = f"{ctor} [{tag}] "
    else:
        prefix = f"{ctor} "
    return base if prefix == "Date " else prefix + base
