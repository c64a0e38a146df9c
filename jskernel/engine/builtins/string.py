"""%String% and %String.prototype% (the common methods; RegExp-based ones come later)."""

from __future__ import annotations

from jskernel.engine.builtins import arg, make_constructor
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import JSObject, throw_range_error, throw_type_error
from jskernel.engine.runtime.values import SYMBOL_ITERATOR, UNDEFINED, JSSymbol

_WS = ops._WS


def string_call(realm, this, args):
    if not args:
        return ""
    v = args[0]
    if type(v) is JSSymbol:
        d = "" if v.description is UNDEFINED else v.description
        return f"Symbol({d})"
    return ops.ToString(v)


def string_construct(realm, args, new_target):
    return realm.wrap_primitive(string_call(realm, UNDEFINED, args))


def string_from_char_code(realm, this, args):
    return "".join(chr(ops.ToUint32(a) & 0xFFFF) for a in args)


def this_string(realm, this, method):
    if type(this) is str:
        return this
    if this is UNDEFINED or this is None:
        throw_type_error(f"String.prototype.{method} called on null or undefined")
    if isinstance(this, JSObject) and this.class_name == "String":
        return this.internal
    return ops.ToString(this)


def _m(name, fn):
    def method(realm, this, args):
        return fn(this_string(realm, this, name), args)
    method.__name__ = name
    return method


def _pos(v, default=0):
    return default if v is UNDEFINED else ops.ToIntegerOrInfinity(v)


def _char_at(s, args):
    i = _pos(arg(args, 0))
    return s[int(i)] if 0 <= i < len(s) else ""


def _char_code_at(s, args):
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
    return float(s.find(ops.ToString(arg(args, 0)), _clamp(_pos(arg(args, 1)), len(s))))


def _last_index_of(s, args):
    sub = ops.ToString(arg(args, 0))
    n = ops.ToNumber(arg(args, 1))
    end = len(s) if n != n else _clamp(int(n) if n not in (ops.INF, -ops.INF) else n, len(s))
    return float(s.rfind(sub, 0, int(end) + len(sub)))


def _includes(s, args):
    return ops.ToString(arg(args, 0)) in s[_clamp(_pos(arg(args, 1)), len(s)):]


def _starts_with(s, args):
    return s.startswith(ops.ToString(arg(args, 0)), _clamp(_pos(arg(args, 1)), len(s)))


def _ends_with(s, args):
    end = len(s) if arg(args, 1) is UNDEFINED else _clamp(_pos(args[1]), len(s))
    return s[:end].endswith(ops.ToString(arg(args, 0)))


def _rel(v, n, default):
    if v is UNDEFINED:
        return default
    r = ops.ToIntegerOrInfinity(v)
    return int(max(n + r, 0)) if r < 0 else int(min(r, n))


def _slice(s, args):
    n = len(s)
    return s[_rel(arg(args, 0), n, 0):_rel(arg(args, 1), n, n)]


def _substring(s, args):
    n = len(s)
    a = _clamp(_pos(arg(args, 0)), n)
    b = n if arg(args, 1) is UNDEFINED else _clamp(_pos(args[1]), n)
    return s[min(a, b):max(a, b)]


def _substr(s, args):
    n = len(s)
    a = _rel(arg(args, 0), n, 0)
    ln = n - a if arg(args, 1) is UNDEFINED else _clamp(_pos(args[1]), n - a)
    return s[a:a + ln]


def _split(s, args):
    sep, limit = arg(args, 0), arg(args, 1)
    lim = 2 ** 32 - 1 if limit is UNDEFINED else ops.ToUint32(limit)
    if sep is UNDEFINED:
        parts = [s]
    else:
        sep = ops.ToString(sep)
        if sep == "":
            parts = list(s)
        else:
            parts = s.split(sep)
    return parts[:lim]


def _repeat(s, args):
    n = ops.ToIntegerOrInfinity(arg(args, 0))
    if n < 0 or n == ops.INF:
        throw_range_error(f"Invalid count value: {ops.ToString(ops.ToNumber(arg(args, 0)))}")
    return s * int(n)


def _pad(s, args, start):
    n = ops.ToLength(arg(args, 0))
    fill = " " if arg(args, 1) is UNDEFINED else ops.ToString(args[1])
    if n <= len(s) or not fill:
        return s
    k = n - len(s)
    pad = (fill * (k // len(fill) + 1))[:k]
    return pad + s if start else s + pad


def _at(s, args):
    k = ops.ToIntegerOrInfinity(arg(args, 0))
    if k < 0:
        k += len(s)
    return s[int(k)] if 0 <= k < len(s) else UNDEFINED


def _lower(s, args):
    return s.lower()


def _upper(s, args):
    return s.upper()


def _collation_key(s: str):
    """An approximation of ICU's root collation: letters compare case- and accent-blind
    first, then by accents, then lowercase before uppercase; digits sort before letters."""
    import unicodedata
    base = []
    accents = []
    for ch in s:
        decomposed = unicodedata.normalize("NFD", ch)
        base.append(decomposed[0].lower())
        accents.append(decomposed[1:])
    return ("".join(base), accents, [c.isupper() for c in s], s)


def proto_locale_compare(realm, this, args):
    s = this_string(realm, this, "localeCompare")
    t = ops.ToString(arg(args, 0))
    a, b = _collation_key(s), _collation_key(t)
    return -1.0 if a < b else (1.0 if a > b else 0.0)


def proto_split(realm, this, args):
    return realm.new_array(_split(this_string(realm, this, "split"), args))


def proto_iterator(realm, this, args):
    from jskernel.engine.builtins.iterator import make_builtin_iterator
    from jskernel.engine.vm.iteration import StringIterator
    return make_builtin_iterator(realm, StringIterator(this_string(realm, this, "[Symbol.iterator]")),
                                 "%StringIteratorPrototype%", "String Iterator")


def proto_to_string(realm, this, args):
    if type(this) is str:
        return this
    if isinstance(this, JSObject) and this.class_name == "String":
        return this.internal
    throw_type_error("String.prototype.toString requires that 'this' be a String")


def proto_concat(realm, this, args):
    return this_string(realm, this, "concat") + "".join(ops.ToString(a) for a in args)


def proto_replace(realm, this, args):
    s = this_string(realm, this, "replace")
    pat = arg(args, 0)
    if isinstance(pat, JSObject):
        throw_type_error("String.prototype.replace with a RegExp is not supported yet")
    pat = ops.ToString(pat)
    rep = arg(args, 1)
    i = s.find(pat)
    if i < 0:
        return s
    if ops.IsCallable(rep):
        r = ops.ToString(realm.vm.call_function(rep, UNDEFINED, [pat, float(i), s]))
    else:
        r = ops.ToString(rep).replace("$&", pat)
    return s[:i] + r + s[i + len(pat):]


def proto_replace_all(realm, this, args):
    s = this_string(realm, this, "replaceAll")
    pat = ops.ToString(arg(args, 0))
    rep = arg(args, 1)
    if ops.IsCallable(rep):
        throw_type_error("replaceAll with a function is not supported yet")
    return s.replace(pat, ops.ToString(rep))


PROTOTYPE = [
    ("charAt", _m("charAt", _char_at), 1),
    ("charCodeAt", _m("charCodeAt", _char_code_at), 1),
    ("codePointAt", _m("codePointAt", _code_point_at), 1),
    ("indexOf", _m("indexOf", _index_of), 1),
    ("lastIndexOf", _m("lastIndexOf", _last_index_of), 1),
    ("includes", _m("includes", _includes), 1),
    ("startsWith", _m("startsWith", _starts_with), 1),
    ("endsWith", _m("endsWith", _ends_with), 1),
    ("slice", _m("slice", _slice), 2),
    ("substring", _m("substring", _substring), 2),
    ("substr", _m("substr", _substr), 2),
    ("toLowerCase", _m("toLowerCase", _lower), 0),
    ("toUpperCase", _m("toUpperCase", _upper), 0),
    ("trim", _m("trim", lambda s, a: s.strip(_WS)), 0),
    ("trimStart", _m("trimStart", lambda s, a: s.lstrip(_WS)), 0),
    ("trimEnd", _m("trimEnd", lambda s, a: s.rstrip(_WS)), 0),
    ("split", proto_split, 2),
    ("localeCompare", proto_locale_compare, 1),
    ("repeat", _m("repeat", _repeat), 1),
    ("padStart", _m("padStart", lambda s, a: _pad(s, a, True)), 1),
    ("padEnd", _m("padEnd", lambda s, a: _pad(s, a, False)), 1),
    ("at", _m("at", _at), 1),
    ("concat", proto_concat, 1),
    ("replace", proto_replace, 2),
    ("replaceAll", proto_replace_all, 2),
    ("toString", proto_to_string, 0),
    ("valueOf", proto_to_string, 0),
    (SYMBOL_ITERATOR, proto_iterator, 0),
]

def string_raw(realm, this, args):
    """String.raw (sec-string.raw): the raw strings of a template, interleaved with substitutions."""
    cooked = ops.ToObject(realm, arg(args, 0))
    raw = ops.ToObject(realm, cooked.get("raw"))
    n = ops.ToLength(raw.get("length"))
    out = []
    for i in range(n):
        out.append(ops.ToString(raw.get(str(i))))
        if i + 1 < n and i + 1 < len(args):
            out.append(ops.ToString(args[i + 1]))
    return "".join(out)


def string_from_code_point(realm, this, args):
    out = []
    for a in args:
        n = ops.ToNumber(a)
        if n != n or n < 0 or n > 0x10FFFF or n != int(n):
            from jskernel.engine.runtime.objects import throw_range_error as rng
            rng(f"Invalid code point {ops.ToString(a)}")
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
