"""%String% and %String.prototype%: the constructor, String.raw / fromCharCode /
fromCodePoint and the non-RegExp methods, with the spec's coercion order
(RequireObjectCoercible(this), ToString(this), then the arguments in order).

The RegExp-based methods (match, matchAll, replace, replaceAll, search, split) are
owned by the RegExp work; Annex B's HTML methods, substr and trimLeft/trimRight live
in string_annexb.py; localeCompare's collation in collation.py.
"""

from __future__ import annotations

import re
import unicodedata

from jskernel.engine.builtins import arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.values import SYMBOL_ITERATOR, UNDEFINED, JSSymbol
from jskernel.engine.text import from_js, to_js

_WS = ops._WS
MAX_STRING_LENGTH = 2 ** 29 - 24          # V8's String::kMaxLength on 64-bit hosts
_LONE_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


def string_call(realm, this, args):
    if not args:
        return ""
    v = args[0]
    if type(v) is JSSymbol:
        return f"Symbol({'' if v.description is UNDEFINED else v.description})"
    return ops.ToString(v)


def string_construct(realm, args, new_target):
    """String(value) with new: StringCreate with the prototype from newTarget (sec-string-constructor)."""
    s = ops.ToString(args[0]) if args else ""
    proto = ops.GetPrototypeFromConstructor(realm, new_target, "%String.prototype%")
    o = realm.wrap_primitive(s)
    if proto is not o.proto:
        o.proto = proto
    return o


def check_length(n):
    if n > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")


def string_from_char_code(realm, this, args):
    if len(args) == 1 and type(args[0]) is float:
        return chr(ops.ToUint32(args[0]) & 0xFFFF)
    return "".join([chr(ops.ToUint32(a) & 0xFFFF) for a in args])


def this_string(realm, this, method):
    """RequireObjectCoercible(this), then ToString(this)."""
    if type(this) is str:
        return this
    if this is UNDEFINED or this is None:
        sep = "" if method[0] == "[" else "."
        throw_type_error(f"String.prototype{sep}{method} called on null or undefined")
    return ops.ToString(this)


def _m(name, fn):
    def method(realm, this, args):
        return fn(this if type(this) is str else this_string(realm, this, name), args)
    method.__name__ = name
    return method


def _pos(v, default=0):
    return default if v is UNDEFINED else ops.ToIntegerOrInfinity(v)


def is_regexp(v) -> bool:
    """IsRegExp (sec-isregexp): Symbol.match decides when present, else [[RegExpMatcher]]."""
    if not isinstance(v, JSObject):
        return False
    from jskernel.engine.builtins.regexp import IsRegExp
    return IsRegExp(v)


def _not_regexp(v, method):
    if is_regexp(v):
        throw_type_error(f"First argument to String.prototype.{method} must not be a regular expression")
    return ops.ToString(v)


def _char_at(s, args):
    if args and type(args[0]) is float and 0 <= args[0] < len(s):     # fast path
        return s[int(args[0])]
    i = _pos(arg(args, 0))
    return s[int(i)] if 0 <= i < len(s) else ""


def _char_code_at(s, args):
    if args and type(args[0]) is float and 0 <= args[0] < len(s):     # fast path
        return float(ord(s[int(args[0])]))
    i = _pos(arg(args, 0))
    return float(ord(s[int(i)])) if 0 <= i < len(s) else ops.NAN


def _code_point_at(s, args):
    i = _pos(arg(args, 0))
    if not 0 <= i < len(s):
        return UNDEFINED
    i = int(i)
    c = ord(s[i])
    if 0xD800 <= c <= 0xDBFF and i + 1 < len(s) and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
        return float(0x10000 + ((c - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00))
    return float(c)


def _clamp(v, n):
    return int(min(max(v, 0), n))


def _index_of(s, args):
    search = ops.ToString(arg(args, 0))
    return float(s.find(search, _clamp(_pos(arg(args, 1)), len(s))))


def _last_index_of(s, args):
    """sec-string.prototype.lastindexof: a NaN position means +Infinity."""
    sub = ops.ToString(arg(args, 0))
    n = ops.ToNumber(arg(args, 1))
    start = len(s) if n != n else _clamp(ops.ToIntegerOrInfinity(n), len(s))
    return float(s.rfind(sub, 0, start + len(sub)))


def _includes(s, args):
    search = _not_regexp(arg(args, 0), "includes")
    return s.find(search, _clamp(_pos(arg(args, 1)), len(s))) >= 0


def _starts_with(s, args):
    search = _not_regexp(arg(args, 0), "startsWith")
    return s.startswith(search, _clamp(_pos(arg(args, 1)), len(s)))


def _ends_with(s, args):
    search = _not_regexp(arg(args, 0), "endsWith")
    end = len(s) if arg(args, 1) is UNDEFINED else _clamp(_pos(args[1]), len(s))
    return s.endswith(search, 0, end)


def _rel(v, n, default):
    if v is UNDEFINED:
        return default
    r = ops.ToIntegerOrInfinity(v)
    return int(max(n + r, 0)) if r < 0 else int(min(r, n))


def _slice(s, args):
    n = len(s)
    start = _rel(arg(args, 0), n, 0)
    return s[start:_rel(arg(args, 1), n, n)]


def _substring(s, args):
    n = len(s)
    a = _clamp(_pos(arg(args, 0)), n)
    b = n if arg(args, 1) is UNDEFINED else _clamp(_pos(args[1]), n)
    return s[min(a, b):max(a, b)]


def _repeat(s, args):
    n = ops.ToIntegerOrInfinity(arg(args, 0))
    if n < 0 or n == ops.INF:
        throw_range_error(f"Invalid count value: {ops.NumberToString(float(n))}")
    if not s or n == 0:
        return ""
    check_length(len(s) * n)
    return s * int(n)


def _pad(s, args, start):
    """StringPaddingBuiltinsImpl: the filler is converted only when padding is needed."""
    n = ops.ToLength(arg(args, 0))
    if n <= len(s):
        return s
    fill = " " if arg(args, 1) is UNDEFINED else ops.ToString(args[1])
    if not fill:
        return s
    check_length(n)
    k = n - len(s)
    pad = (fill * (k // len(fill) + 1))[:k]
    return pad + s if start else s + pad


def _at(s, args):
    k = ops.ToIntegerOrInfinity(arg(args, 0))
    if k < 0:
        k += len(s)
    return s[int(k)] if 0 <= k < len(s) else UNDEFINED


# Case pairs added after Unicode 14 (Python 3.11's unicodedata) that node's ICU knows:
# Latin / Cyrillic additions, Garay (U+10D50..) and Kirat Rai (U+16EA0..).
_NEW_UPPER_TO_LOWER = {0xA7DC: 0x19B, 0xA7CB: 0x264, 0x1C89: 0x1C8A, 0xA7CC: 0xA7CD, 0xA7CE: 0xA7CF,
                       0xA7D2: 0xA7D3, 0xA7D4: 0xA7D5, 0xA7DA: 0xA7DB}
_NEW_UPPER_TO_LOWER.update({cp: cp + 0x20 for cp in range(0x10D50, 0x10D66)})
_NEW_UPPER_TO_LOWER.update({cp: cp + 0x1B for cp in range(0x16EA0, 0x16EB9)})
_NEW_LOWER_TO_UPPER = {lo: up for up, lo in _NEW_UPPER_TO_LOWER.items()}


def _lower(s, args):
    """Full Unicode lowercase mapping (SpecialCasing.txt, final sigma) on code points."""
    if s.isascii():
        return s.lower()
    return to_js(from_js(s).lower().translate(_NEW_UPPER_TO_LOWER))


def _upper(s, args):
    if s.isascii():
        return s.upper()
    return to_js(from_js(s).upper().translate(_NEW_LOWER_TO_UPPER))


_TURKIC = ("tr", "az")


def _locale_of(args):
    loc = arg(args, 0)
    if type(loc) is str:
        return loc.lower().replace("_", "-").split("-")[0]
    if isinstance(loc, JSObject) and not ops.IsCallable(loc):
        first = loc.get("0")
        if type(first) is str:
            return first.lower().split("-")[0]
    return ""


def _locale_lower(s, args):
    lang = _locale_of(args)
    if lang in _TURKIC:
        s = s.replace("I\u0307", "i").replace("I", "\u0131").replace("\u0130", "i")
    elif lang == "lt":
        s = re.sub("([IJ\u012e])(?=[\u0300-\u036f]*[\u0300\u0301\u0303])",
                   lambda m: m.group().lower() + "\u0307", s)
    return _lower(s, args)


def _locale_upper(s, args):
    lang = _locale_of(args)
    if lang in _TURKIC:
        s = s.replace("i", "\u0130")
    elif lang == "lt":
        s = re.sub("(?<=[iju\u012f])\u0307", "", s)
    return _upper(s, args)


def _trim(s, args):
    return s.strip(_WS)


def _trim_start(s, args):
    return s.lstrip(_WS)


def _trim_end(s, args):
    return s.rstrip(_WS)


_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def _normalize(s, args):
    """sec-string.prototype.normalize, via unicodedata on code points."""
    form = "NFC" if arg(args, 0) is UNDEFINED else ops.ToString(args[0])
    if form not in _FORMS:
        throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    if s.isascii():
        return s
    return to_js(unicodedata.normalize(form, from_js(s)))


def _is_well_formed(s, args):
    return s.isascii() or _LONE_SURROGATE.search(s) is None


def _to_well_formed(s, args):
    if s.isascii():
        return s
    return _LONE_SURROGATE.sub("\ufffd", s)


_COLLATOR_OPTIONS = (("usage", ("sort", "search")), ("localeMatcher", ("lookup", "best fit")),
                     ("collation", None), ("numeric", bool), ("caseFirst", ("upper", "lower", "false")),
                     ("sensitivity", ("base", "accent", "case", "variant")), ("ignorePunctuation", bool))


def proto_locale_compare(realm, this, args):
    """sec-string.prototype.localecompare with ECMA-402's options (no locale tailorings)."""
    from jskernel.engine.builtins.collation import locale_compare
    s = this_string(realm, this, "localeCompare")
    t = ops.ToString(arg(args, 0))
    if len(args) < 2:
        return locale_compare(s, t)
    from jskernel.engine.builtins.number_format import _language
    _language(args[1])
    options = arg(args, 2)
    opts = {}
    if options is None:
        throw_type_error("String.prototype.localeCompare called on null or undefined")   # V8's wording
    if isinstance(options, JSObject):
        for name, allowed in _COLLATOR_OPTIONS:
            v = options.get(name)
            if v is UNDEFINED:
                continue
            if allowed is bool:
                opts[name] = ops.ToBoolean(v)
                continue
            v = ops.ToString(v)
            if allowed is not None and v not in allowed:
                throw_range_error(f"Value {v} out of range for String.prototype.localeCompare options "
                                  f"property {name}")
            opts[name] = v
    sensitivity = opts.get("sensitivity", "variant")
    return locale_compare(s, t, opts.get("numeric", False), sensitivity, opts.get("caseFirst") == "upper",
                          opts.get("ignorePunctuation", False))


def proto_iterator(realm, this, args):
    from jskernel.engine.builtins.iterator import make_builtin_iterator
    from jskernel.engine.vm.iteration import StringIterator
    return make_builtin_iterator(realm, StringIterator(this_string(realm, this, "[Symbol.iterator]")),
                                 "%StringIteratorPrototype%", "String Iterator")


def _this_string_value(this, method):
    """thisStringValue (sec-thisstringvalue)."""
    if type(this) is str:
        return this
    if isinstance(this, JSObject) and this.class_name == "String" and type(this.internal) is str:
        return this.internal
    throw_type_error(f"String.prototype.{method} requires that 'this' be a String")


def proto_to_string(realm, this, args):
    return _this_string_value(this, "toString")


def proto_value_of(realm, this, args):
    return _this_string_value(this, "valueOf")


def proto_concat(realm, this, args):
    s = this_string(realm, this, "concat")
    if not args:
        return s
    r = s + "".join([ops.ToString(a) for a in args])
    check_length(len(r))
    return r


PROTOTYPE = [
    ("at", _m("at", _at), 1),
    ("charAt", _m("charAt", _char_at), 1),
    ("charCodeAt", _m("charCodeAt", _char_code_at), 1),
    ("codePointAt", _m("codePointAt", _code_point_at), 1),
    ("concat", proto_concat, 1),
    ("endsWith", _m("endsWith", _ends_with), 1),
    ("includes", _m("includes", _includes), 1),
    ("indexOf", _m("indexOf", _index_of), 1),
    ("isWellFormed", _m("isWellFormed", _is_well_formed), 0),
    ("lastIndexOf", _m("lastIndexOf", _last_index_of), 1),
    ("localeCompare", proto_locale_compare, 1),
    ("normalize", _m("normalize", _normalize), 0),
    ("padEnd", _m("padEnd", lambda s, a: _pad(s, a, False)), 1),
    ("padStart", _m("padStart", lambda s, a: _pad(s, a, True)), 1),
    ("repeat", _m("repeat", _repeat), 1),
    ("slice", _m("slice", _slice), 2),
    ("startsWith", _m("startsWith", _starts_with), 1),
    ("substring", _m("substring", _substring), 2),
    ("toLocaleLowerCase", _m("toLocaleLowerCase", _locale_lower), 0),
    ("toLocaleUpperCase", _m("toLocaleUpperCase", _locale_upper), 0),
    ("toLowerCase", _m("toLowerCase", _lower), 0),
    ("toString", proto_to_string, 0),
    ("toUpperCase", _m("toUpperCase", _upper), 0),
    ("toWellFormed", _m("toWellFormed", _to_well_formed), 0),
    ("trim", _m("trim", _trim), 0),
    ("trimEnd", _m("trimRight", _trim_end), 0),     # V8 names the Annex B alias in messages
    ("trimStart", _m("trimLeft", _trim_start), 0),
    ("valueOf", proto_value_of, 0),
    (SYMBOL_ITERATOR, proto_iterator, 0),
]


def string_raw(realm, this, args):
    """String.raw (sec-string.raw): the raw strings of a template, interleaved with substitutions."""
    cooked = ops.ToObject(realm, arg(args, 0))
    raw = ops.ToObject(realm, cooked.get("raw"))
    n = ops.ToLength(raw.get("length"))
    out = []
    subs = len(args) - 1
    for i in range(n):
        out.append(ops.ToString(raw.get(str(i))))
        if i + 1 == n:
            break
        if i < subs:
            out.append(ops.ToString(args[i + 1]))
    return "".join(out)


def string_from_code_point(realm, this, args):
    """String.fromCodePoint (sec-string.fromcodepoint)."""
    out = []
    for a in args:
        n = ops.ToNumber(a)
        if n != n or n < 0 or n > 0x10FFFF or n != int(n):
            throw_range_error(f"Invalid code point {ops.NumberToString(n)}")
        cp = int(n)
        if cp >= 0x10000:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
        else:
            out.append(chr(cp))
    return "".join(out)


STATIC = [
    ("fromCharCode", string_from_char_code, 1),
    ("fromCodePoint", string_from_code_point, 1),
    ("raw", string_raw, 1),
]


def install(realm):
    proto = realm.heap.allocate(JSObject, realm.intrinsics["%Object.prototype%"], "String")
    proto.internal = ""
    proto.define_raw("length", 0.0, 0)
    make_constructor(realm, "String", string_call, string_construct, 1, proto, STATIC, PROTOTYPE)
    from jskernel.engine.builtins import string_annexb
    string_annexb.install(realm, proto)
