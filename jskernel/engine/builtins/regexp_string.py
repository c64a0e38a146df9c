"""The RegExp string protocols: RegExp.prototype[Symbol.match / matchAll / replace /
search / split], GetSubstitution, %RegExpStringIteratorPrototype%, and the
String.prototype methods that dispatch on them (match, matchAll, replace, replaceAll,
search, split).

Each protocol follows its spec algorithm step by step, reading properties through
RegExpExec so a user `exec`, `flags` or `lastIndex` accessor sees exactly the spec's
calls.  When `regexp.is_pristine` says no such read can reach user code, the loop runs
on the matching core directly (same results, no result arrays built).  The RegExp
object model itself is builtins/regexp.py.
"""

from __future__ import annotations

from jskernel.engine.builtins import VALUE, arg, define_table
from jskernel.engine.builtins import regexp as rx_mod
from jskernel.engine.builtins.iterator import iter_result
from jskernel.engine.builtins.regexp import (
    RegExpCreate, RegExpExec, RegExpExecMatch, RegExpRecord, builtin_match, get_flags,
    is_pristine, set_last_index,
)
from jskernel.engine.regexp import compile_regexp
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, JSObject, throw_type_error
from jskernel.engine.runtime.values import ABSENT, SYMBOL_TO_STRING_TAG, UNDEFINED, WELL_KNOWN_SYMBOLS

SYM_MATCH = WELL_KNOWN_SYMBOLS["match"]
SYM_MATCH_ALL = WELL_KNOWN_SYMBOLS["matchAll"]
SYM_REPLACE = WELL_KNOWN_SYMBOLS["replace"]
SYM_SEARCH = WELL_KNOWN_SYMBOLS["search"]
SYM_SPLIT = WELL_KNOWN_SYMBOLS["split"]

MAX_UINT32 = 2 ** 32 - 1


def AdvanceStringIndex(S: str, index: int, unicode: bool) -> int:
    """sec-advancestringindex"""
    if not unicode or index + 1 >= len(S):
        return index + 1
    if 0xD800 <= ord(S[index]) <= 0xDBFF and 0xDC00 <= ord(S[index + 1]) <= 0xDFFF:
        return index + 2
    return index + 1


def _receiver(this, name):
    if not isinstance(this, JSObject):
        throw_type_error(f"Method RegExp.prototype.{name} called on incompatible receiver "
                         f"{ops.ToDisplayString(this)}")
    return this


def _call(realm, f, this, args):
    return realm.vm.call_function(f, this, args)


def _advance_last_index(R, S, unicode):
    """The empty-match step of the global loops: lastIndex = AdvanceStringIndex(S, ToLength(lastIndex))."""
    this_index = ops.ToLength(R.get("lastIndex"))
    set_last_index(R, float(AdvanceStringIndex(S, this_index, unicode)))


def _all_matches(compiled, S, unicode):
    """Every match of a global pristine RegExp from index 0 (the spec's loop, lastIndex kept local)."""
    out = []
    pos = 0
    n = len(S)
    ex = compiled.exec
    while pos <= n:
        m = ex(S, pos)
        if m is None:
            break
        out.append(m)
        pos = m.end if m.end != m.start else AdvanceStringIndex(S, m.end, unicode)
    return out


# --- Symbol.match -------------------------------------------------------------------------------
def proto_match(realm, this, args):
    """RegExp.prototype[@@match] (sec-regexp.prototype-@@match)."""
    rx = _receiver(this, "@@match")
    S = ops.ToString(arg(args, 0))
    rec = rx.internal
    if type(rec) is RegExpRecord and is_pristine(realm, rx):
        if not rec.global_:
            return RegExpExec(realm, rx, S)
        set_last_index(rx, 0.0)
        ms = _all_matches(rec.compiled, S, rec.unicode)
        set_last_index(rx, 0.0)
        return realm.new_array([m.match for m in ms]) if ms else None
    flags = ops.ToString(rx.get("flags"))
    if "g" not in flags:
        return RegExpExec(realm, rx, S)
    full_unicode = "u" in flags or "v" in flags
    set_last_index(rx, 0.0)
    A = []
    while True:
        result = RegExpExec(realm, rx, S)
        if result is None:
            return realm.new_array(A) if A else None
        match_str = ops.ToString(result.get("0"))
        A.append(match_str)
        if match_str == "":
            _advance_last_index(rx, S, full_unicode)


# --- Symbol.matchAll and the RegExp String Iterator ----------------------------------------------
class RegExpStringIterator:
    """[[IteratingRegExp]], [[IteratedString]], [[Global]], [[Unicode]], [[Done]]."""

    __slots__ = ("R", "S", "global_", "unicode", "done")

    def __init__(self, R, S, global_, unicode):
        self.R, self.S, self.global_, self.unicode, self.done = R, S, global_, unicode, False


def proto_match_all(realm, this, args):
    """RegExp.prototype[@@matchAll] (sec-regexp-prototype-matchall)."""
    R = _receiver(this, "@@matchAll")
    S = ops.ToString(arg(args, 0))
    C = rx_mod.SpeciesConstructor(realm, R, realm.intrinsics["%RegExp%"])
    flags = get_flags(realm, R)
    matcher = realm.vm.construct(C, [R, flags])
    last_index = ops.ToLength(R.get("lastIndex"))
    set_last_index(matcher, float(last_index))
    it = realm.heap.allocate(JSObject, realm.intrinsics["%RegExpStringIteratorPrototype%"],
                             "RegExp String Iterator")
    it.internal = RegExpStringIterator(matcher, S, "g" in flags, "u" in flags or "v" in flags)
    return it


def iterator_next(realm, this, args):
    """%RegExpStringIteratorPrototype%.next (sec-%regexpstringiteratorprototype%.next)."""
    if not isinstance(this, JSObject) or type(this.internal) is not RegExpStringIterator:
        throw_type_error("Method %RegExpStringIterator%.prototype.next called on incompatible "
                         f"receiver {ops.ToDisplayString(this)}")
    st = this.internal
    if st.done:
        return iter_result(realm, UNDEFINED, True)
    R, S = st.R, st.S
    match = RegExpExec(realm, R, S)
    if match is None:
        st.done = True
        return iter_result(realm, UNDEFINED, True)
    if st.global_:
        if ops.ToString(match.get("0")) == "":
            _advance_last_index(R, S, st.unicode)
        return iter_result(realm, match, False)
    st.done = True
    return iter_result(realm, match, False)


# --- Symbol.replace -------------------------------------------------------------------------------
def GetSubstitution(matched, S, position, captures, named_get, template):
    """sec-getsubstitution.  `captures` are strings or UNDEFINED; `named_get(name)` reads
    the namedCaptures object (None when it is undefined)."""
    if "$" not in template:
        return template
    out = []
    n = len(template)
    str_len = len(S)
    m = len(captures)
    i = 0
    while i < n:
        j = template.find("$", i)
        if j < 0:
            out.append(template[i:])
            break
        if j > i:
            out.append(template[i:j])
        i = j
        c = template[i + 1] if i + 1 < n else ""
        if c == "$":
            out.append("$")
            i += 2
        elif c == "`":
            out.append(S[:position])
            i += 2
        elif c == "&":
            out.append(matched)
            i += 2
        elif c == "'":
            tail = min(position + len(matched), str_len)
            out.append(S[tail:])
            i += 2
        elif "0" <= c <= "9":
            d2 = template[i + 2] if i + 2 < n else ""
            if "0" <= d2 <= "9":
                digits = 2
                index = int(c + d2)
                if index > m:
                    digits = 1
                    index = int(c)
            else:
                digits = 1
                index = int(c)
            ref = template[i:i + 1 + digits]
            if 1 <= index <= m:
                cap = captures[index - 1]
                out.append("" if cap is UNDEFINED else cap)
            else:
                out.append(ref)
            i += 1 + digits
        elif c == "<":
            gt = template.find(">", i)
            if gt < 0 or named_get is None:
                out.append("$<")
                i += 2
            else:
                name = template[i + 2:gt]
                cap = named_get(name)
                if cap is not UNDEFINED:
                    out.append(ops.ToString(cap))
                i = gt + 1
        else:
            out.append("$")
            i += 1
    return "".join(out)


def proto_replace(realm, this, args):
    """RegExp.prototype[@@replace] (sec-regexp.prototype-@@replace)."""
    rx = _receiver(this, "@@replace")
    S = ops.ToString(arg(args, 0))
    replace_value = arg(args, 1)
    functional = ops.IsCallable(replace_value)
    if not functional:
        replace_value = ops.ToString(replace_value)
    rec = rx.internal
    if type(rec) is RegExpRecord and is_pristine(realm, rx):
        return _replace_pristine(realm, rx, rec, S, replace_value, functional)
    flags = ops.ToString(rx.get("flags"))
    global_ = "g" in flags
    full_unicode = False
    if global_:
        full_unicode = "u" in flags or "v" in flags
        set_last_index(rx, 0.0)
    results = []
    while True:
        result = RegExpExec(realm, rx, S)
        if result is None:
            break
        results.append(result)
        if not global_:
            break
        if ops.ToString(result.get("0")) == "":
            _advance_last_index(rx, S, full_unicode)
    acc = []
    next_pos = 0
    len_s = len(S)
    for result in results:
        n_captures = max(ops.ToLength(result.get("length")) - 1, 0)
        matched = ops.ToString(result.get("0"))
        position = ops.ToIntegerOrInfinity(result.get("index"))
        position = int(max(min(position, len_s), 0))
        captures = []
        for k in range(1, n_captures + 1):
            cap = result.get(str(k))
            captures.append(cap if cap is UNDEFINED else ops.ToString(cap))
        named = result.get("groups")
        if functional:
            rargs = [matched] + captures + [float(position), S]
            if named is not UNDEFINED:
                rargs.append(named)
            replacement = ops.ToString(_call(realm, replace_value, UNDEFINED, rargs))
        else:
            named_get = None
            if named is not UNDEFINED:
                nobj = ops.ToObject(realm, named)
                named_get = nobj.get
            replacement = GetSubstitution(matched, S, position, captures, named_get, replace_value)
        if position >= next_pos:
            acc.append(S[next_pos:position])
            acc.append(replacement)
            next_pos = position + len(matched)
    if next_pos < len_s:
        acc.append(S[next_pos:])
    return "".join(acc)


def _replace_pristine(realm, rx, rec, S, replace_value, functional):
    if rec.global_:
        set_last_index(rx, 0.0)
        ms = _all_matches(rec.compiled, S, rec.unicode)
        set_last_index(rx, 0.0)
    else:
        m = builtin_match(realm, rx, S)
        ms = [] if m is None else [m]
    if not ms:
        return S
    acc = []
    next_pos = 0
    simple = not functional and "$" not in replace_value
    for m in ms:
        position = m.start
        if simple:
            replacement = replace_value
        else:
            matched = S[m.start:m.end]
            captures = [UNDEFINED if g is None else g for g in m.groups]
            named = m.named
            if functional:
                rargs = [matched] + captures + [float(position), S]
                if named is not None:
                    rargs.append(rx_mod.groups_object(realm, rec, m.groups))
                replacement = ops.ToString(_call(realm, replace_value, UNDEFINED, rargs))
            else:
                named_get = None
                if named is not None:
                    named_get = (lambda name, named=named:
                                 UNDEFINED if named.get(name) is None else named[name])
                replacement = GetSubstitution(matched, S, position, captures, named_get, replace_value)
        if position >= next_pos:
            acc.append(S[next_pos:position])
            acc.append(replacement)
            next_pos = m.end
    acc.append(S[next_pos:])
    return "".join(acc)


# --- Symbol.search --------------------------------------------------------------------------------
def proto_search(realm, this, args):
    """RegExp.prototype[@@search] (sec-regexp.prototype-@@search)."""
    rx = _receiver(this, "@@search")
    S = ops.ToString(arg(args, 0))
    rec = rx.internal
    if type(rec) is RegExpRecord and is_pristine(realm, rx):
        m = rec.compiled.exec(S, 0)
        return -1.0 if m is None else float(m.start)
    previous = rx.get("lastIndex")
    if not ops.SameValue(previous, 0.0):
        set_last_index(rx, 0.0)
    result = RegExpExec(realm, rx, S)
    current = rx.get("lastIndex")
    if not ops.SameValue(current, previous):
        set_last_index(rx, previous)
    if result is None:
        return -1.0
    return result.get("index")


# --- Symbol.split ---------------------------------------------------------------------------------
def proto_split(realm, this, args):
    """RegExp.prototype[@@split] (sec-regexp.prototype-@@split)."""
    rx = _receiver(this, "@@split")
    S = ops.ToString(arg(args, 0))
    limit = arg(args, 1)
    rec = rx.internal
    if type(rec) is RegExpRecord and is_pristine(realm, rx, species=True):
        lim = MAX_UINT32 if limit is UNDEFINED else ops.ToUint32(limit)
        return realm.new_array(_split_pristine(rec, S, lim))
    C = rx_mod.SpeciesConstructor(realm, rx, realm.intrinsics["%RegExp%"])
    flags = ops.ToString(rx.get("flags"))
    unicode = "u" in flags or "v" in flags
    new_flags = flags if "y" in flags else flags + "y"
    splitter = realm.vm.construct(C, [rx, new_flags])
    A = []
    lim = MAX_UINT32 if limit is UNDEFINED else ops.ToUint32(limit)
    if lim == 0:
        return realm.new_array(A)
    if S == "":
        if RegExpExecMatch(realm, splitter, S) is not None:
            return realm.new_array(A)
        return realm.new_array([S])
    size = len(S)
    p = q = 0
    while q < size:
        set_last_index(splitter, float(q))
        z = RegExpExec(realm, splitter, S)
        if z is None:
            q = AdvanceStringIndex(S, q, unicode)
            continue
        e = min(ops.ToLength(splitter.get("lastIndex")), size)
        if e == p:
            q = AdvanceStringIndex(S, q, unicode)
            continue
        A.append(S[p:q])
        if len(A) == lim:
            return realm.new_array(A)
        p = e
        n_captures = max(ops.ToLength(z.get("length")) - 1, 0)
        for i in range(1, n_captures + 1):
            A.append(z.get(str(i)))
            if len(A) == lim:
                return realm.new_array(A)
        q = p
    A.append(S[p:size])
    return realm.new_array(A)


def _split_pristine(rec, S, lim):
    """The @@split loop for an unobservable splitter: a forward search from q finds the
    first q' >= q where the sticky splitter would match, so the loop is the same."""
    if lim == 0:
        return []
    flags = rec.flags.replace("y", "")
    compiled = compile_regexp(rec.source, flags)
    if S == "":
        return [] if compiled.exec(S, 0) is not None else [S]
    size = len(S)
    unicode = rec.unicode
    A = []
    p = q = 0
    ex = compiled.exec
    while q < size:
        m = ex(S, q)
        if m is None or m.start >= size:
            break
        e = min(m.end, size)
        q = m.start
        if e == p:
            q = AdvanceStringIndex(S, q, unicode)
            continue
        A.append(S[p:q])
        if len(A) == lim:
            return A
        p = e
        for g in m.groups:
            A.append(UNDEFINED if g is None else g)
            if len(A) == lim:
                return A
        q = p
    A.append(S[p:size])
    return A


# --- String.prototype methods ---------------------------------------------------------------------
def _this_string_obj(this, name):
    if this is UNDEFINED or this is None:
        throw_type_error(f"String.prototype.{name} called on null or undefined")
    return this


def _get_method(obj, key, plain=False):
    """GetMethod(V, P) for an object V.  `plain`: V8 words the error of split/replace
    as `number 5 is not a function`."""
    f = obj.get(key)
    if f is UNDEFINED or f is None:
        return UNDEFINED
    if not ops.IsCallable(f):
        if plain:
            throw_type_error(f"{ops.DescribeValue(f)} is not a function")
        throw_type_error(f"'{ops.ToDisplayString(f)}' returned for property "
                         f"'{_key_text(key)}' of object '{ops.ToDisplayString(obj)}' is not a function")
    return f


def _key_text(key):
    return key if type(key) is str else f"Symbol({key.description})"


def _invoke(realm, rx, key, args):
    f = rx.get(key)
    if not ops.IsCallable(f):
        throw_type_error(f"{ops.ToDisplayString(f)} is not a function")
    return _call(realm, f, rx, args)


def _delegate(realm, target, key, args, plain=False):
    """Step 2 of replace / replaceAll / split: when `target` is an object with a `key`
    method, the result of calling it with `args`; else ABSENT."""
    if isinstance(target, JSObject):
        method = _get_method(target, key, plain)
        if method is not UNDEFINED:
            return _call(realm, method, target, args)
    return ABSENT


def _dispatch_to_regexp(realm, O, regexp, key, flags):
    """The steps match / matchAll / search share: if `regexp` is an object with a `key`
    method, call it on O; else call rx[key](S) on RegExpCreate(regexp, flags)."""
    if isinstance(regexp, JSObject):
        method = _get_method(regexp, key)
        if method is not UNDEFINED:
            return _call(realm, method, regexp, [O])
    S = ops.ToString(O)
    rx = RegExpCreate(realm, regexp, flags)
    return _invoke(realm, rx, key, [S])


def string_match(realm, this, args):
    """String.prototype.match (sec-string.prototype.match)."""
    O = _this_string_obj(this, "match")
    return _dispatch_to_regexp(realm, O, arg(args, 0), SYM_MATCH, UNDEFINED)


def string_match_all(realm, this, args):
    """String.prototype.matchAll (sec-string.prototype.matchall)."""
    O = _this_string_obj(this, "matchAll")
    regexp = arg(args, 0)
    if isinstance(regexp, JSObject):
        if rx_mod.IsRegExp(regexp):
            flags = regexp.get("flags")
            if flags is UNDEFINED or flags is None:
                throw_type_error("The .flags property of the argument to String.prototype.matchAll "
                                 "cannot be null or undefined")
            if "g" not in ops.ToString(flags):
                throw_type_error("String.prototype.matchAll called with a non-global RegExp argument")
    return _dispatch_to_regexp(realm, O, regexp, SYM_MATCH_ALL, "g")


def _string_replacement(realm, search_string, string, position, functional, replace_value):
    """The replacement text for one match of a string pattern in replace / replaceAll:
    ToString(replaceValue(searchString, position, string)) or GetSubstitution(...)."""
    if functional:
        return ops.ToString(_call(realm, replace_value, UNDEFINED, [search_string, float(position), string]))
    return GetSubstitution(search_string, string, position, [], None, replace_value)


def string_replace(realm, this, args):
    """String.prototype.replace (sec-string.prototype.replace)."""
    O = _this_string_obj(this, "replace")
    search, replace_value = arg(args, 0), arg(args, 1)
    result = _delegate(realm, search, SYM_REPLACE, [O, replace_value], plain=True)
    if result is not ABSENT:
        return result
    string = ops.ToString(O)
    search_string = ops.ToString(search)
    functional = ops.IsCallable(replace_value)
    if not functional:
        replace_value = ops.ToString(replace_value)
    position = string.find(search_string)
    if position < 0:
        return string
    replacement = _string_replacement(realm, search_string, string, position, functional, replace_value)
    return string[:position] + replacement + string[position + len(search_string):]


def string_replace_all(realm, this, args):
    """String.prototype.replaceAll (sec-string.prototype.replaceall)."""
    O = _this_string_obj(this, "replaceAll")
    search, replace_value = arg(args, 0), arg(args, 1)
    if isinstance(search, JSObject):
        if rx_mod.IsRegExp(search):
            flags = search.get("flags")
            if flags is UNDEFINED or flags is None:
                throw_type_error("String.prototype.replaceAll called on null or undefined")   # V8's text
            if "g" not in ops.ToString(flags):
                throw_type_error("String.prototype.replaceAll called with a non-global RegExp argument")
    result = _delegate(realm, search, SYM_REPLACE, [O, replace_value])
    if result is not ABSENT:
        return result
    string = ops.ToString(O)
    search_string = ops.ToString(search)
    functional = ops.IsCallable(replace_value)
    if not functional:
        replace_value = ops.ToString(replace_value)
    slen = len(search_string)
    if slen and not functional and "$" not in replace_value:
        return string.replace(search_string, replace_value)
    advance = max(1, slen)
    positions = []
    p = string.find(search_string)
    while p != -1:
        positions.append(p)
        p = string.find(search_string, p + advance)
    end = 0
    out = []
    for p in positions:
        out.append(string[end:p])
        out.append(_string_replacement(realm, search_string, string, p, functional, replace_value))
        end = p + slen
    if end < len(string):
        out.append(string[end:])
    return "".join(out)


def string_search(realm, this, args):
    """String.prototype.search (sec-string.prototype.search)."""
    O = _this_string_obj(this, "search")
    return _dispatch_to_regexp(realm, O, arg(args, 0), SYM_SEARCH, UNDEFINED)


def string_split(realm, this, args):
    """String.prototype.split (sec-string.prototype.split)."""
    O = _this_string_obj(this, "split")
    separator, limit = arg(args, 0), arg(args, 1)
    result = _delegate(realm, separator, SYM_SPLIT, [O, limit], plain=True)
    if result is not ABSENT:
        return result
    S = ops.ToString(O)
    lim = MAX_UINT32 if limit is UNDEFINED else ops.ToUint32(limit)
    R = ops.ToString(separator)
    if lim == 0:
        return realm.new_array([])
    if separator is UNDEFINED:
        return realm.new_array([S])
    if R == "":
        return realm.new_array(list(S[:lim]))
    if S == "":
        return realm.new_array([S])
    parts = S.split(R, lim) if lim < MAX_UINT32 else S.split(R)
    return realm.new_array(parts[:lim])


STRING_METHODS = [
    ("match", string_match, 1),
    ("matchAll", string_match_all, 1),
    ("replace", string_replace, 2),
    ("replaceAll", string_replace_all, 2),
    ("search", string_search, 1),
    ("split", string_split, 2),
]

PROTOTYPE = [
    (SYM_MATCH, proto_match, 1),
    (SYM_MATCH_ALL, proto_match_all, 1),
    (SYM_REPLACE, proto_replace, 2),
    (SYM_SEARCH, proto_search, 1),
    (SYM_SPLIT, proto_split, 2),
]


def install(realm):
    I = realm.intrinsics
    define_table(realm, I["%RegExp.prototype%"], PROTOTYPE)
    define_table(realm, I["%String.prototype%"], STRING_METHODS)
    ip = realm.heap.allocate(JSObject, I["%IteratorPrototype%"])
    define_table(realm, ip, [("next", iterator_next, 0),
                             (SYMBOL_TO_STRING_TAG, VALUE("RegExp String Iterator"), CONFIGURABLE)])
    I["%RegExpStringIteratorPrototype%"] = ip
