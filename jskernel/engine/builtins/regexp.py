"""%RegExp% and %RegExp.prototype% (sec-regexp-regular-expression-objects).

Owns: the RegExp constructor (IsRegExp, RegExpAlloc / RegExpInitialize / RegExpCreate,
species), the prototype's flag getters, `source` (EscapeRegExpPattern, V8's way),
`flags`, `exec` (RegExpBuiltinExec: lastIndex / global / sticky rules, the result
array with `groups` and the `d` flag's `indices`), `test`, `toString`, Annex B
`compile`, `RegExp.escape`, and RegExpExec (a user `exec` is honoured).  The
Symbol.match / matchAll / replace / search / split protocols, GetSubstitution, the
RegExp String Iterator and the String.prototype methods that dispatch to them live in
builtins/regexp_string.py.  Matching itself is engine/regexp/ (compile_regexp, cached
per (source, flags)).

A RegExp instance is a JSObject of class "RegExp" whose `internal` is a `RegExpRecord`
([[OriginalSource]], [[OriginalFlags]], [[RegExpMatcher]]) and whose only own property
is `lastIndex`.  `is_pristine` tells the protocols when nothing observable can differ
from running the spec's steps literally (an unmodified %RegExp.prototype% and an
instance with no own properties but lastIndex), so they may run the core directly.
"""

from __future__ import annotations

import unicodedata

from jskernel.engine.builtins import GETTER, arg, make_constructor
from jskernel.engine.regexp import RegExpError, compile_regexp
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    DEFAULT_ATTRS, ROOT_SHAPE, WRITABLE, JSObject, ThrowCompletion, throw_type_error,
)
from jskernel.engine.runtime.values import UNDEFINED, WELL_KNOWN_SYMBOLS

SYMBOL_MATCH = WELL_KNOWN_SYMBOLS["match"]
SYMBOL_SPECIES = WELL_KNOWN_SYMBOLS["species"]

# `lastIndex` is the only own property of a fresh RegExp: {writable, !enumerable, !configurable}
INSTANCE_SHAPE = ROOT_SHAPE.add("lastIndex", WRITABLE)

_FLAG_ORDER = "dgimsuvy"


class RegExpRecord:
    """The internal slots of a RegExp instance."""

    __slots__ = ("source", "flags", "compiled", "global_", "sticky", "unicode", "has_indices",
                 "canonical_flags", "groups_shape")

    def __init__(self, source, flags, compiled):
        self.source = source                 # [[OriginalSource]]
        self.flags = flags                   # [[OriginalFlags]] (as given)
        self.compiled = compiled             # [[RegExpMatcher]]
        self.global_ = "g" in flags
        self.sticky = "y" in flags
        self.unicode = "u" in flags or "v" in flags
        self.has_indices = "d" in flags
        self.canonical_flags = "".join(c for c in _FLAG_ORDER if c in flags)
        self.groups_shape = None


class RegExpState:
    """Per-realm snapshot of the original %RegExp.prototype% / %RegExp% (for is_pristine)."""

    __slots__ = ("proto", "proto_shape", "proto_slots", "ctor", "ctor_shape", "ctor_slots", "exec_fn")

    def snapshot(self, realm):
        I = realm.intrinsics
        self.proto = I["%RegExp.prototype%"]
        self.ctor = I["%RegExp%"]
        self.proto_shape = self.proto.shape
        self.proto_slots = list(self.proto.slots)
        self.ctor_shape = self.ctor.shape
        self.ctor_slots = list(self.ctor.slots)
        self.exec_fn = self.proto.get_own("exec")


def is_pristine(realm, R, species=False) -> bool:
    """True when every property read the RegExp protocols make on R would find the original
    builtins (so their observable behaviour is exactly the direct core loop's)."""
    st = realm.regexp_state
    p = st.proto
    if R.proto is not p or R.shape is not INSTANCE_SHAPE or p.shape is not st.proto_shape \
            or p.slots != st.proto_slots:
        return False
    if species:
        c = st.ctor
        return c.shape is st.ctor_shape and c.slots == st.ctor_slots
    return True


def regexp_record(R):
    """R's RegExpRecord, or None if R has no [[RegExpMatcher]]."""
    if isinstance(R, JSObject):
        rec = R.internal
        if type(rec) is RegExpRecord:
            return rec
    return None


def _incompatible(method, v):
    throw_type_error(f"Method RegExp.prototype.{method} called on incompatible receiver "
                     f"{ops.ToDisplayString(v)}")


# --- construction -----------------------------------------------------------------------------
def IsRegExp(v) -> bool:
    """sec-isregexp"""
    if not isinstance(v, JSObject):
        return False
    matcher = v.get(SYMBOL_MATCH)
    if matcher is not UNDEFINED:
        return ops.ToBoolean(matcher)
    return type(v.internal) is RegExpRecord


def RegExpAlloc(realm, new_target):
    """sec-regexpalloc: OrdinaryCreateFromConstructor + lastIndex {writable, !enum, !conf}."""
    proto = ops.GetPrototypeFromConstructor(realm, new_target, "%RegExp.prototype%")   # newTarget's realm
    obj = realm.heap.allocate(JSObject, proto, "RegExp")
    obj.define_raw("lastIndex", UNDEFINED, WRITABLE)
    return obj


def compile_or_throw(P, F, constructor=True):
    """[[RegExpMatcher]] for P / F, or a thrown SyntaxError worded like V8."""
    try:
        return compile_regexp(P, F)
    except RegExpError as exc:
        msg = exc.message
        if constructor and msg == "Invalid regular expression flags":
            msg = f"Invalid flags supplied to RegExp constructor '{F}'"
        raise ThrowCompletion(None, "SyntaxError", msg) from None


def set_last_index(R, value):
    """Set(R, "lastIndex", value, true)."""
    if R.shape is INSTANCE_SHAPE:          # own writable data property at slot 0
        R.slots[0] = value
        return
    if not R.set("lastIndex", value, R):
        throw_type_error(f"Cannot assign to read only property 'lastIndex' of object "
                         f"'{ops.ToDisplayString(R)}'")


def RegExpInitialize(realm, obj, pattern, flags):
    """sec-regexpinitialize"""
    P = "" if pattern is UNDEFINED else ops.ToString(pattern)
    F = "" if flags is UNDEFINED else ops.ToString(flags)
    compiled = compile_or_throw(P, F)
    obj.internal = RegExpRecord(P, F, compiled)
    set_last_index(obj, 0.0)
    return obj


def RegExpCreate(realm, P, F):
    """sec-regexpcreate"""
    return RegExpInitialize(realm, RegExpAlloc(realm, realm.intrinsics["%RegExp%"]), P, F)


def new_regexp_literal(realm, pattern, flags):
    """A RegExp object for a regular expression literal (already validated by the parser)."""
    obj = realm.heap.allocate(JSObject, realm.intrinsics["%RegExp.prototype%"], "RegExp")
    obj.define_raw("lastIndex", 0.0, WRITABLE)
    obj.internal = RegExpRecord(pattern, flags, compile_or_throw(pattern, flags, False))
    return obj


def regexp_construct(realm, args, new_target, pattern_is_regexp=None):
    """sec-regexp-pattern-flags steps 4-8 (new RegExp(pattern, flags))."""
    pattern, flags = arg(args, 0), arg(args, 1)
    if pattern_is_regexp is None:
        pattern_is_regexp = IsRegExp(pattern)
    rec = regexp_record(pattern)
    if rec is not None:
        P = rec.source
        F = rec.flags if flags is UNDEFINED else flags
    elif pattern_is_regexp:
        P = pattern.get("source")
        F = pattern.get("flags") if flags is UNDEFINED else flags
    else:
        P, F = pattern, flags
    obj = RegExpAlloc(realm, new_target)
    return RegExpInitialize(realm, obj, P, F)


def regexp_call(realm, this, args):
    """RegExp(pattern, flags) called as a function (NewTarget undefined)."""
    pattern, flags = arg(args, 0), arg(args, 1)
    ctor = realm.intrinsics["%RegExp%"]
    is_re = IsRegExp(pattern)
    if is_re and flags is UNDEFINED:
        if pattern.get("constructor") is ctor:
            return pattern
    return regexp_construct(realm, args, ctor, is_re)


def species_getter(realm, this, args):
    return this


def SpeciesConstructor(realm, O, default):
    """sec-speciesconstructor"""
    C = O.get("constructor")
    if C is UNDEFINED:
        return default
    if not isinstance(C, JSObject):
        throw_type_error("The .constructor property is not an object")
    S = C.get(SYMBOL_SPECIES)
    if S is UNDEFINED or S is None:
        return default
    if ops.IsConstructor(S):
        return S
    throw_type_error("object.constructor[Symbol.species] is not a constructor")


# --- exec ---------------------------------------------------------------------------------------
def builtin_match(realm, R, S):
    """RegExpBuiltinExec up to the match (sec-regexpbuiltinexec steps 1-15): the core's
    RegExpMatch or None, with lastIndex read and written as the spec does."""
    rec = R.internal
    li = R.slots[0] if R.shape is INSTANCE_SHAPE else R.get("lastIndex")
    last_index = ops.ToLength(li)
    g_or_y = rec.global_ or rec.sticky
    if not g_or_y:
        last_index = 0
    elif last_index > len(S):
        set_last_index(R, 0.0)
        return None
    m = rec.compiled.exec(S, last_index)
    if m is None:
        if g_or_y:
            set_last_index(R, 0.0)
        return None
    if g_or_y:
        set_last_index(R, float(m.end))
    return m


# the result array's own non-index properties, in creation order (shared shapes, so the
# objects are laid out at once and inline caches see one shape)
MATCH_SHAPE = ROOT_SHAPE.add("index", DEFAULT_ATTRS).add("input", DEFAULT_ATTRS).add("groups", DEFAULT_ATTRS)
MATCH_SHAPE_D = MATCH_SHAPE.add("indices", DEFAULT_ATTRS)


def groups_shape(rec):
    """The shape of rec's groups objects: one data property per group name, in order."""
    shape = rec.groups_shape
    if shape is None:
        shape = ROOT_SHAPE
        for name in rec.compiled.group_names:
            shape = shape.add(name, DEFAULT_ATTRS)
        rec.groups_shape = shape
    return shape


def named_values(rec, groups):
    """The groups object's values: per name, the capture of the group that participated."""
    out = []
    for indices in rec.compiled.group_names.values():
        v = UNDEFINED
        for j in indices:
            g = groups[j - 1]
            if g is not None:
                v = g
                break
        out.append(v)
    return out


def groups_object(realm, rec, groups_list):
    """The `groups` object of a match (null prototype), or undefined without group names."""
    if not rec.compiled.group_names:
        return UNDEFINED
    groups = realm.heap.allocate(JSObject, None)
    groups.shape = groups_shape(rec)
    groups.slots = named_values(rec, groups_list)
    return groups


def match_array(realm, rec, S, m):
    """RegExpBuiltinExec steps 16-34: the result array of match `m`: the match and its
    captures, then `index`, `input`, `groups` (and `indices` with the d flag)."""
    groups_list = m.groups
    values = [S[m.start:m.end]]
    if groups_list:
        values += [UNDEFINED if g is None else g for g in groups_list]
    A = realm.new_array(values)
    groups = groups_object(realm, rec, groups_list)
    if rec.has_indices:
        A.shape = MATCH_SHAPE_D
        A.slots = [float(m.start), S, groups, _indices_array(realm, rec, m)]
    else:
        A.shape = MATCH_SHAPE
        A.slots = [float(m.start), S, groups]
    return A


def _indices_array(realm, rec, m):
    """MakeMatchIndicesIndexPairArray (sec-makematchindicesindexpairarray)."""
    pairs = [realm.new_array([float(m.start), float(m.end)])]
    for sp in m.spans:
        pairs.append(UNDEFINED if sp is None else realm.new_array([float(sp[0]), float(sp[1])]))
    A = realm.new_array(pairs)
    names = rec.compiled.group_names
    if not names:
        A.define_raw("groups", UNDEFINED)
        return A
    groups = realm.new_object(None)
    for name, indices in names.items():
        v = UNDEFINED
        for j in indices:
            if pairs[j] is not UNDEFINED:
                v = pairs[j]
                break
        groups.define_raw(name, v)
    A.define_raw("groups", groups)
    return A


def RegExpBuiltinExec(realm, R, S):
    """sec-regexpbuiltinexec: the result array or null."""
    m = builtin_match(realm, R, S)
    return None if m is None else match_array(realm, R.internal, S, m)


def RegExpExec(realm, R, S):
    """sec-regexpexec: a user-visible `exec` is called; else RegExpBuiltinExec."""
    exec_ = R.get("exec")
    if exec_ is realm.regexp_state.exec_fn:
        if type(R.internal) is not RegExpRecord:
            _incompatible("exec", R)
        return RegExpBuiltinExec(realm, R, S)
    if ops.IsCallable(exec_):
        result = realm.vm.call_function(exec_, R, [S])
        if result is not None and not isinstance(result, JSObject):
            throw_type_error("RegExp exec method returned something other than an Object or null")
        return result
    if type(R.internal) is not RegExpRecord:
        _incompatible("exec", R)
    return RegExpBuiltinExec(realm, R, S)


def RegExpExecMatch(realm, R, S):
    """RegExpExec for callers that only need whether it matched: the core match when the
    builtin exec runs (no result array built), else the user exec's result."""
    exec_ = R.get("exec")
    if exec_ is realm.regexp_state.exec_fn and type(R.internal) is RegExpRecord:
        return builtin_match(realm, R, S)
    return RegExpExec(realm, R, S)


def proto_exec(realm, this, args):
    if type(getattr(this, "internal", None)) is not RegExpRecord:
        _incompatible("exec", this)
    S = ops.ToString(arg(args, 0))
    return RegExpBuiltinExec(realm, this, S)


def proto_test(realm, this, args):
    if not isinstance(this, JSObject):
        _incompatible("test", this)
    S = ops.ToString(arg(args, 0))
    return RegExpExecMatch(realm, this, S) is not None


# --- accessors ----------------------------------------------------------------------------------
def _flag_getter(name, ch):
    def getter(realm, this, args):
        rec = regexp_record(this)
        if rec is None:
            if this is realm.intrinsics["%RegExp.prototype%"]:
                return UNDEFINED
            throw_type_error(f"RegExp.prototype.{name} getter called on non-RegExp object")
        return ch in rec.flags
    getter.__name__ = name
    return getter


_FLAG_PROPS = (("hasIndices", "d"), ("global", "g"), ("ignoreCase", "i"), ("multiline", "m"),
               ("dotAll", "s"), ("unicode", "u"), ("unicodeSets", "v"), ("sticky", "y"))


def proto_flags(realm, this, args):
    """get RegExp.prototype.flags (sec-get-regexp.prototype.flags)."""
    if not isinstance(this, JSObject):
        throw_type_error(f"RegExp.prototype.flags getter called on non-object {ops.ToDisplayString(this)}")
    if type(this.internal) is RegExpRecord and is_pristine(realm, this):
        return this.internal.canonical_flags
    out = []
    for name, ch in _FLAG_PROPS:
        if ops.ToBoolean(this.get(name)):
            out.append(ch)
    return "".join(out)


def get_flags(realm, R):
    """ToString(Get(R, "flags")) with the pristine shortcut."""
    rec = R.internal
    if type(rec) is RegExpRecord and is_pristine(realm, R):
        return rec.canonical_flags
    return ops.ToString(R.get("flags"))


_LT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def EscapeRegExpPattern(src: str, flags: str) -> str:
    """sec-escaperegexppattern as V8 does it: `/` outside classes and line terminators
    escaped, "(?:)" for the empty pattern."""
    if not src:
        return "(?:)"
    if "/" not in src and not any(c in src for c in _LT_ESCAPES):
        return src
    out = []
    depth = 0
    nested = "v" in flags
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            if i + 1 < n:
                d = src[i + 1]
                out.append(_LT_ESCAPES.get(d) or "\\" + d)
                i += 2
                continue
            out.append(c)
        elif c in _LT_ESCAPES:
            out.append(_LT_ESCAPES[c])
        elif c == "/" and depth == 0:
            out.append("\\/")
        else:
            if c == "[":
                depth = depth + 1 if nested else 1
            elif c == "]" and depth:
                depth -= 1
            out.append(c)
        i += 1
    return "".join(out)


def proto_source(realm, this, args):
    rec = regexp_record(this)
    if rec is None:
        if this is realm.intrinsics["%RegExp.prototype%"]:
            return "(?:)"
        throw_type_error("RegExp.prototype.source getter called on non-RegExp object")
    return EscapeRegExpPattern(rec.source, rec.flags)


def display(R) -> str:
    """/source/flags from the internal slots (what node's util.inspect shows)."""
    rec = R.internal
    return f"/{EscapeRegExpPattern(rec.source, rec.flags)}/{rec.canonical_flags}"


def proto_to_string(realm, this, args):
    if not isinstance(this, JSObject):
        _incompatible("toString", this)
    if type(this.internal) is RegExpRecord and is_pristine(realm, this):
        return display(this)
    pattern = ops.ToString(this.get("source"))
    flags = ops.ToString(this.get("flags"))
    return f"/{pattern}/{flags}"


def proto_compile(realm, this, args):
    """RegExp.prototype.compile (sec-regexp.prototype.compile, Annex B)."""
    if type(getattr(this, "internal", None)) is not RegExpRecord:
        _incompatible("compile", this)
    pattern, flags = arg(args, 0), arg(args, 1)
    rec = regexp_record(pattern)
    if rec is not None:
        if flags is not UNDEFINED:
            throw_type_error("Cannot supply flags when constructing one RegExp from another")
        P, F = rec.source, rec.flags
    else:
        P, F = pattern, flags
    return RegExpInitialize(realm, this, P, F)


# --- RegExp.escape (sec-regexp.escape) ------------------------------------------------------------
_SYNTAX = set("^$\\.*+?()[]{}|/")
_CONTROL = {"\t": "t", "\n": "n", "\x0b": "v", "\x0c": "f", "\r": "r"}
_OTHER_PUNCT = set(",-=<>#&!%:;@~'`\"")
_LINE_TERMINATORS = set("\n\r\u2028\u2029")


def _encode_for_escape(c: str) -> str:
    """EncodeForRegExpEscape for one code point (a str of one character)."""
    if c in _SYNTAX:
        return "\\" + c
    if c in _CONTROL:
        return "\\" + _CONTROL[c]
    cp = ord(c)
    if (c in _OTHER_PUNCT or c in _LINE_TERMINATORS or c in "\t\x0b\x0c\ufeff"
            or unicodedata.category(c) == "Zs" or 0xD800 <= cp <= 0xDFFF):
        if cp <= 0xFF:
            return "\\x%02x" % cp
        return "\\u%04x" % cp
    return c


def regexp_escape(realm, this, args):
    S = arg(args, 0)
    if type(S) is not str:
        throw_type_error(f"{ops.ToDisplayString(S)} is not a string")
    out = []
    i, n = 0, len(S)
    while i < n:
        c = S[i]
        cp = ord(c)
        if 0xD800 <= cp <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(S[i + 1]) <= 0xDFFF:
            out.append(S[i:i + 2])           # an astral code point is never escaped
            i += 2
            continue
        if not out and (c.isascii() and c.isalnum()):
            out.append("\\x%02x" % cp)
        else:
            out.append(_encode_for_escape(c))
        i += 1
    return "".join(out)


PROTOTYPE = [
    ("exec", proto_exec, 1),
    ("dotAll", GETTER(_flag_getter("dotAll", "s"))),
    ("flags", GETTER(proto_flags)),
    ("global", GETTER(_flag_getter("global", "g"))),
    ("hasIndices", GETTER(_flag_getter("hasIndices", "d"))),
    ("ignoreCase", GETTER(_flag_getter("ignoreCase", "i"))),
    ("multiline", GETTER(_flag_getter("multiline", "m"))),
    ("source", GETTER(proto_source)),
    ("sticky", GETTER(_flag_getter("sticky", "y"))),
    ("unicode", GETTER(_flag_getter("unicode", "u"))),
    ("unicodeSets", GETTER(_flag_getter("unicodeSets", "v"))),
    ("compile", proto_compile, 2),
    ("toString", proto_to_string, 0),
    ("test", proto_test, 1),
]


def install(realm):
    from jskernel.engine.builtins import regexp_string
    proto = realm.heap.allocate(JSObject, realm.intrinsics["%Object.prototype%"])
    static = [("escape", regexp_escape, 1), (SYMBOL_SPECIES, GETTER(species_getter))]
    make_constructor(realm, "RegExp", regexp_call, regexp_construct, 2, proto, static, PROTOTYPE)
    regexp_string.install(realm)
    realm.regexp_state = RegExpState()
    realm.regexp_state.snapshot(realm)
