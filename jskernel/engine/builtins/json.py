"""%JSON%: JSON.parse (with reviver) and JSON.stringify (replacer, indentation, toJSON),
with V8's error wording.  The parser works directly on the JS string (UTF-16 units),
so positions in messages are JS string indices."""

from __future__ import annotations

import json as _json
import re

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    CONFIGURABLE, ENUMERABLE, WRITABLE, JSArray, JSObject, ThrowCompletion, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, HOLE, SYMBOL_TO_STRING_TAG, UNDEFINED

_WS = " \t\n\r"


def _syntax(message):
    raise ThrowCompletion(None, "SyntaxError", message)


class _Parser:
    def __init__(self, realm, text):
        self.realm = realm
        self.s = text
        self.i = 0

    def fail_token(self):
        s, i = self.s, self.i
        if i >= len(s):
            _syntax("Unexpected end of JSON input")
        tok = s[i]
        if tok == '"':
            _syntax(f"Unexpected string in JSON at position {i}")
        if tok == "-" or "0" <= tok <= "9":
            _syntax(f"Unexpected number in JSON at position {i}")
        if s in ("NaN", "Infinity", "undefined", "[object Object]"):     # V8: kJsonParseShortString
            _syntax(f"\"{s}\" is not valid JSON")
        if len(s) <= 20:                     # V8: kMinOriginalSourceLengthForContext = 21
            _syntax(f"Unexpected token '{tok}', \"{s}\" is not valid JSON")
        lo = max(0, i - 10)
        hi = min(len(s), i + 10)
        snippet = ("..." if lo > 0 else "") + '"' + s[lo:hi] + '"' + ("..." if hi < len(s) else "")
        _syntax(f"Unexpected token '{tok}', {snippet} is not valid JSON")

    def ws(self):
        s, i, n = self.s, self.i, len(self.s)
        while i < n and s[i] in _WS:
            i += 1
        self.i = i

    def parse(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i < len(self.s):
            _syntax(f"Unexpected non-whitespace character after JSON at position {self.i}")
        return v

    def value(self):
        s, i = self.s, self.i
        if i >= len(s):
            _syntax("Unexpected end of JSON input")
        c = s[i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "-" or "0" <= c <= "9":
            return self.number()
        for word, v in (("true", True), ("false", False), ("null", None)):
            if s.startswith(word, i):
                self.i = i + len(word)
                return v
            if word.startswith(s[i:i + len(word)]):
                _syntax("Unexpected end of JSON input")
            if c == word[0]:            # V8 blames the first character that breaks the literal
                j = i
                while s[j] == word[j - i]:
                    j += 1
                self.i = j
                break
        self.fail_token()

    def obj(self):
        realm = self.realm
        o = realm.new_object()
        self.i += 1
        self.ws()
        s = self.s
        if self.i < len(s) and s[self.i] == "}":
            self.i += 1
            return o
        first = True
        while True:
            self.ws()
            # V8 (node 20) reports a missing piece, not "Unexpected end", once inside an object
            if self.i >= len(s) or s[self.i] != '"':
                if first:
                    _syntax(f"Expected property name or '}}' in JSON at position {self.i}")
                _syntax(f"Expected double-quoted property name in JSON at position {self.i}")
            after_comma = not first
            first = False
            key = self.string()
            self.ws()
            if self.i >= len(s) or s[self.i] != ":":
                if after_comma:         # V8 quirk: a later key gets the generic token error
                    self.fail_token()
                _syntax(f"Expected ':' after property name in JSON at position {self.i}")
            self.i += 1
            self.ws()
            v = self.value()
            o.define_raw(key, v)
            self.ws()
            if self.i >= len(s):
                _syntax(f"Expected ',' or '}}' after property value in JSON at position {self.i}")
            c = s[self.i]
            self.i += 1
            if c == "}":
                return o
            if c != ",":
                self.i -= 1
                _syntax(f"Expected ',' or '}}' after property value in JSON at position {self.i}")

    def arr(self):
        items = []
        self.i += 1
        self.ws()
        s = self.s
        if self.i < len(s) and s[self.i] == "]":
            self.i += 1
            return self.realm.new_array(items)
        while True:
            self.ws()
            items.append(self.value())
            self.ws()
            if self.i >= len(s):
                _syntax(f"Expected ',' or ']' after array element in JSON at position {self.i}")
            c = s[self.i]
            self.i += 1
            if c == "]":
                return self.realm.new_array(items)
            if c != ",":
                self.i -= 1
                _syntax(f"Expected ',' or ']' after array element in JSON at position {self.i}")

    def string(self):
        s = self.s
        i = self.i + 1
        out = []
        start = i
        n = len(s)
        while True:
            if i >= n:
                _syntax(f"Unterminated string in JSON at position {i}")
            c = s[i]
            if c == '"':
                out.append(s[start:i])
                self.i = i + 1
                return "".join(out)
            if c == "\\":
                out.append(s[start:i])
                if i + 1 >= n:
                    _syntax("Unexpected end of JSON input")         # V8: a trailing backslash
                e = s[i + 1]
                simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
                if e in simple:
                    out.append(simple[e])
                    i += 2
                elif e == "u":
                    h = s[i + 2:i + 6]
                    if len(h) < 4 or any(x not in "0123456789abcdefABCDEF" for x in h):
                        k = next((k for k, x in enumerate(h) if x not in "0123456789abcdefABCDEF"), len(h))
                        _syntax(f"Bad Unicode escape in JSON at position {i + 2 + k}")
                    out.append(chr(int(h, 16)))
                    i += 6
                else:
                    _syntax(f"Bad escaped character in JSON at position {i + 1}")
                start = i
                continue
            if c < " ":
                _syntax(f"Bad control character in string literal in JSON at position {i}")
            i += 1

    def number(self):
        s, i, n = self.s, self.i, len(self.s)
        start = i
        if s[i] == "-":
            i += 1
            if i >= n or not "0" <= s[i] <= "9":
                _syntax(f"No number after minus sign in JSON at position {i}")
        if s[i] == "0":
            i += 1
            if i < n and "0" <= s[i] <= "9":       # a leading zero
                _syntax(f"Unexpected number in JSON at position {i}")
        else:
            while i < n and "0" <= s[i] <= "9":
                i += 1
        if i < n and s[i] == ".":
            i += 1
            if i >= n or not "0" <= s[i] <= "9":
                _syntax(f"Unterminated fractional number in JSON at position {i}")
            while i < n and "0" <= s[i] <= "9":
                i += 1
        if i < n and s[i] in "eE":
            i += 1
            if i < n and s[i] in "+-":
                i += 1
            if i >= n or not "0" <= s[i] <= "9":
                _syntax(f"Exponent part is missing a number in JSON at position {i}")
            while i < n and "0" <= s[i] <= "9":
                i += 1
        self.i = i
        return float(s[start:i])


def _internalize(realm, holder, key, reviver):
    """InternalizeJSONProperty (sec-internalizejsonproperty): proxies and arrays-behind-
    proxies are walked through their internal methods; failed deletes / defines are
    ignored (only abrupt completions propagate)."""
    from jskernel.engine.builtins.object import own_enumerable_string_keys
    from jskernel.engine.runtime.proxy import IsArray
    val = holder.get(key)
    if isinstance(val, JSObject):
        if IsArray(val):
            n = len(val.elements) if type(val) is JSArray else ops.ToLength(val.get("length"))
            for i in range(n):
                _revive_prop(realm, val, str(i), reviver)
        else:
            for k in list(own_enumerable_string_keys(val)):
                _revive_prop(realm, val, k, reviver)
    return realm.vm.call_function(reviver, holder, [key, val])


def _revive_prop(realm, obj, k, reviver):
    from jskernel.engine.runtime.objects import PropertyDescriptor
    nv = _internalize(realm, obj, k, reviver)
    if nv is UNDEFINED:
        obj.delete(k)
    else:           # CreateDataProperty, result ignored
        obj.define_own_property(k, PropertyDescriptor(nv, writable=True, enumerable=True, configurable=True))


_ASTRAL_ESCAPE = re.compile(r"\\u[dD][89abAB]")


def _fast_parse(realm, text):
    """JSON.parse through CPython's C scanner, building engine values as it goes (objects
    in the pairs hook, arrays converted where they are found).  Returns ABSENT when the
    text is not valid JSON or needs the engine's own parser: errors carry V8's wording,
    and escaped surrogate pairs must stay two UTF-16 units (CPython joins them)."""
    if _ASTRAL_ESCAPE.search(text):
        return ABSENT
    new_object, new_array = realm.new_object, realm.new_array

    def arr(lst):
        return new_array([arr(x) if type(x) is list else x for x in lst])

    def pairs(items):
        o = new_object()
        for k, v in items:
            o.define_raw(k, arr(v) if type(v) is list else v)
        return o
    try:
        v = _json.loads(text, object_pairs_hook=pairs, parse_int=float, parse_float=float,
                        parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return ABSENT
    return arr(v) if type(v) is list else v


def _reject_constant(name):
    raise ValueError(name)      # NaN / Infinity are not JSON


def json_parse(realm, this, args):
    text = ops.ToString(arg(args, 0))
    v = _fast_parse(realm, text) if len(text) > 64 else ABSENT
    if v is ABSENT:
        v = _Parser(realm, text).parse()
    reviver = arg(args, 1)
    if ops.IsCallable(reviver):
        root = realm.new_object()
        root.define_raw("", v)
        return _internalize(realm, root, "", reviver)
    return v


# --- stringify -----------------------------------------------------------------------------
_ESC = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def quote_json_string(s: str) -> str:
    """QuoteJSONString (sec-quotejsonstring)."""
    out = ['"']
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        o = ord(c)
        if c in _ESC:
            out.append(_ESC[c])
        elif o < 0x20:
            out.append("\\u%04x" % o)
        elif 0xD800 <= o <= 0xDBFF:
            if i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                out.append(c + s[i + 1])
                i += 1
            else:
                out.append("\\u%04x" % o)
        elif 0xDC00 <= o <= 0xDFFF:
            out.append("\\u%04x" % o)
        else:
            out.append(c)
        i += 1
    out.append('"')
    return "".join(out)


class _Stringifier:
    def __init__(self, realm, replacer_fn, property_list, gap):
        self.realm = realm
        self.replacer_fn = replacer_fn
        self.property_list = property_list
        self.gap = gap
        self.indent = ""
        self.stack = []        # [(object, key it was reached by)]

    def prop(self, holder, key, value=None):
        realm = self.realm
        if value is None:
            value = holder.get(key)
        if isinstance(value, JSObject) or type(value) is int:
            from jskernel.engine.vm.handlers import get_value
            to_json = get_value(realm.vm, value, "toJSON")
            if ops.IsCallable(to_json):
                value = realm.vm.call_function(to_json, value, [key])
        if self.replacer_fn is not None:
            value = realm.vm.call_function(self.replacer_fn, holder, [key, value])
        if isinstance(value, JSObject):
            cn = value.class_name
            if cn == "Number":
                value = ops.ToNumber(value)
            elif cn == "String":
                value = ops.ToString(value)
            elif cn in ("Boolean", "BigInt"):
                value = value.internal
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        t = type(value)
        if t is str:
            return quote_json_string(value)
        if t is float:
            return ops.NumberToString(value) if value == value and value not in (ops.INF, -ops.INF) else "null"
        if t is int:
            throw_type_error("Do not know how to serialize a BigInt")
        if isinstance(value, JSObject) and not ops.IsCallable(value):
            self.enter(value, key)
            try:
                from jskernel.engine.runtime.proxy import IsArray
                if IsArray(value):
                    return self.array(value)
                return self.object(value)
            finally:
                self.stack.pop()
        return None   # undefined, functions, symbols

    def enter(self, value, key):
        for idx, (o, _) in enumerate(self.stack):
            if o is value:
                self.circular(idx, key)
        self.stack.append((value, key))

    def circular(self, idx, closing_key):
        from jskernel.engine.runtime.inspect import constructor_name

        def ctor(o):
            return constructor_name(o) or "Object"

        def prop(k):
            if type(k) is str and k.isdigit():
                return f"index {k}"
            return f"property '{k}'"
        lines = ["Converting circular structure to JSON",
                 f"    --> starting at object with constructor '{ctor(self.stack[idx][0])}'"]
        chain = self.stack[idx + 1:]
        for o, k in chain:
            lines.append(f"    |     {prop(k)} -> object with constructor '{ctor(o)}'")
        if len(lines) > 6:
            lines = lines[:4] + ["    |     ..."] + lines[-1:]
        lines.append(f"    --- {prop(closing_key)} closes the circle")
        throw_type_error("\n".join(lines))

    def object(self, value):
        stepback = self.indent
        self.indent += self.gap
        if self.property_list is not None:
            keys = self.property_list
        else:
            from jskernel.engine.builtins.object import own_enumerable_string_keys
            keys = list(own_enumerable_string_keys(value))
        parts = []
        for k in keys:
            s = self.prop(value, k)
            if s is not None:
                parts.append(quote_json_string(k) + (": " if self.gap else ":") + s)
        self.indent = stepback
        if not parts:
            return "{}"
        if not self.gap:
            return "{" + ",".join(parts) + "}"
        sep = ",\n" + stepback + self.gap
        return "{\n" + stepback + self.gap + sep.join(parts) + "\n" + stepback + "}"

    def array(self, value):
        stepback = self.indent
        self.indent += self.gap
        parts = []
        if type(value) is not JSArray:     # sparse arrays and proxies: through [[Get]]
            for i in range(ops.ToLength(value.get("length"))):
                s = self.prop(value, str(i))
                parts.append("null" if s is None else s)
        for i in range(len(value.elements) if type(value) is JSArray else 0):
            v = value.elements[i] if i < len(value.elements) else HOLE
            s = self.prop(value, str(i), None if v is HOLE else v)
            parts.append("null" if s is None else s)
        self.indent = stepback
        if not parts:
            return "[]"
        if not self.gap:
            return "[" + ",".join(parts) + "]"
        sep = ",\n" + stepback + self.gap
        return "[\n" + stepback + self.gap + sep.join(parts) + "\n" + stepback + "]"


def _is_array(o):
    from jskernel.engine.runtime.proxy import IsArray
    return IsArray(o)


def json_stringify(realm, this, args):
    value, replacer, space = arg(args, 0), arg(args, 1), arg(args, 2)
    replacer_fn = None
    property_list = None
    if ops.IsCallable(replacer):
        replacer_fn = replacer
    elif isinstance(replacer, JSObject) and _is_array(replacer):
        # sec-json.stringify step 5.b: LengthOfArrayLike and Get (arrays behind proxies too)
        property_list = []
        if type(replacer) is JSArray:
            elements = [UNDEFINED if e is HOLE else e for e in replacer.elements]
        else:
            n = ops.ToLength(replacer.get("length"))
            elements = (replacer.get(str(i)) for i in range(n))
        for v in elements:
            item = None
            if type(v) is str:
                item = v
            elif type(v) is float:
                item = ops.ToString(v)
            elif isinstance(v, JSObject) and v.class_name in ("String", "Number"):
                item = ops.ToString(v)
            if item is not None and item not in property_list:
                property_list.append(item)
    if isinstance(space, JSObject):
        if space.class_name == "Number":
            space = ops.ToNumber(space)
        elif space.class_name == "String":
            space = ops.ToString(space)
    if type(space) is float:
        gap = " " * int(min(10, max(0, ops.ToIntegerOrInfinity(space))))
    elif type(space) is str:
        gap = space[:10]
    else:
        gap = ""
    st = _Stringifier(realm, replacer_fn, property_list, gap)
    wrapper = realm.new_object()
    wrapper.define_raw("", value)
    r = st.prop(wrapper, "", value if not isinstance(value, JSObject) else None)
    return UNDEFINED if r is None else r


TABLE = [
    ("parse", json_parse, 2),
    ("stringify", json_stringify, 3),
    (SYMBOL_TO_STRING_TAG, VALUE("JSON"), CONFIGURABLE),
]


def install(realm):
    j = realm.new_object()
    define_table(realm, j, TABLE)
    realm.intrinsics["%JSON%"] = j
    realm.global_object.define_raw("JSON", j, WRITABLE | CONFIGURABLE)
