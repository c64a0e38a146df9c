"""Translate a RegExp pattern AST (syntax/regexp_ast.py) into `regex`-package pattern text.

Owns the mapping of every JS construct onto the `regex` package (VERSION0, no global
flags) so that the C matcher does JS matching:

* every character set (literals under /i, classes, \\d \\s \\w, '.', \\p{..}, v-flag set
  operations) becomes one explicit class computed by charset.py; /i is done by expanding
  sets with JS's Canonicalize, so scoped modifiers (?i:) (?-i:) cost nothing;
* '^' '$' \\b \\B become lookarounds over the JS line-terminator / word sets;
* capture group n is emitted as the named group ``g<n>``, so duplicate names (ES2025) and
  helper groups never disturb numbering; helper groups are ``t<k>`` (one per quantifier
  whose body has captures: records each iteration, so matcher.py can apply JS's reset of
  captures at every iteration) and ``h<k>`` (rest-of-input snapshot used to reject an
  empty iteration once the minimum count is reached, sec-runtime-semantics-repeatmatcher
  step 2.b);
* a backreference to a group that cannot have matched yet (forward or enclosing reference)
  matches empty; others become ``(?(g<n>)(?P=g<n>)|)`` (an unset group matches empty).

The result is a `Translation`; matcher.py compiles and runs it.  Constructs that have
no exact `regex` counterpart set `Translation.exact = False` with a reason (matcher.py
then uses its backtracking fallback).
"""

from __future__ import annotations

from ..syntax.regexp_ast import (Assertion, Backreference, Char, CharClass, ClassEscape,
                                 ClassStrings, Disjunction, Dot, Group, Lookaround, Property,
                                 Quantifier, Range)
from . import charset as cs

REPEAT_LIMIT = 4294967294                  # largest bound the regex package accepts


class Unsupported(Exception):
    """A valid pattern this translator cannot express (reported as a RegExpError upstream)."""


class Tracker:
    __slots__ = ("name", "min", "parent")

    def __init__(self, name, min_, parent):
        self.name = name
        self.min = min_
        self.parent = parent               # index of the enclosing tracker or None


class Translation:
    __slots__ = ("text", "group_count", "trackers", "group_tracker", "exact", "reason",
                 "fold_backref")

    def __init__(self, text, group_count, trackers, group_tracker, exact, reason,
                 fold_backref=False):
        self.fold_backref = fold_backref
        self.text = text
        self.group_count = group_count
        self.trackers = trackers           # list[Tracker], parents before children
        self.group_tracker = group_tracker  # js group index -> innermost tracker index
        self.exact = exact
        self.reason = reason


def _esc(c: int) -> str:
    """One character as pattern text, safe inside and outside a class."""
    if c < 0x80:
        ch = chr(c)
        if ch.isalnum():
            return ch
        if c < 0x20 or c == 0x7F:
            return "\\x%02x" % c
        return "\\" + ch
    return chr(c)


def class_text(ranges, negate=False, extra="") -> str:
    """Ranges (plus already-spelled members such as \\p{..}) as one regex class."""
    if not ranges and not extra:
        return "[\\x00-\U0010ffff]" if negate else "(?!)"
    if not negate and not extra and len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return _esc(ranges[0][0])
    parts = []
    for lo, hi in ranges:
        if lo == hi:
            parts.append(_esc(lo))
        elif hi == lo + 1:
            parts.append(_esc(lo) + _esc(hi))
        else:
            parts.append(_esc(lo) + "-" + _esc(hi))
    return "[" + ("^" if negate else "") + "".join(parts) + extra + "]"


def _nullable(node) -> bool:
    t = type(node)
    if t is list:
        return all(_nullable(x) for x in node)
    if t is Disjunction:
        return any(_nullable(a) for a in node.alternatives)
    if t is Group:
        return _nullable(node.body)
    if t is Quantifier:
        return node.min == 0 or _nullable(node.body)
    if t in (Assertion, Lookaround, Backreference):
        return True
    if t is CharClass:
        return any(type(i) is ClassStrings and () in i.strings or
                   type(i) is CharClass and _nullable(i) for i in node.items) and (
            node.kind == "union")
    if t is ClassStrings:
        return () in node.strings
    return False


def _captures(node) -> bool:
    t = type(node)
    if t is list:
        return any(_captures(x) for x in node)
    if t is Disjunction:
        return any(_captures(a) for a in node.alternatives)
    if t is Group:
        return node.index is not None or _captures(node.body)
    if t is Quantifier:
        return _captures(node.body)
    if t is Lookaround:
        return _captures(node.body)
    return False


def _sure(node) -> set:
    """Capture groups that every successful match of node sets."""
    t = type(node)
    if t is list:
        out = set()
        for x in node:
            out |= _sure(x)
        return out
    if t is Disjunction:
        sets = [_sure(a) for a in node.alternatives]
        return set.intersection(*sets) if sets else set()
    if t is Group:
        inner = _sure(node.body)
        return inner | {node.index} if node.index is not None else inner
    if t is Quantifier:
        return _sure(node.body) if node.min >= 1 else set()
    return set()


def _sure_before(node, ref):
    """Groups surely set, within one pass through node, before the backreference ref is
    reached (forward direction); None if ref is not inside node."""
    t = type(node)
    if t is list:
        acc = set()
        for term in node:
            r = _sure_before(term, ref)
            if r is not None:
                return acc | r
            acc |= _sure(term)
        return None
    if t is Disjunction:
        for alt in node.alternatives:
            r = _sure_before(alt, ref)
            if r is not None:
                return r
        return None
    if t is Group or t is Quantifier:
        return _sure_before(node.body, ref)
    if t is Lookaround:
        r = _sure_before(node.body, ref)
        return None if r is None else (set() if node.behind else r)
    if node is ref:
        return set()
    return None


# Emoji_Keycap_Sequence (emoji-sequences.txt): [#*0-9] U+FE0F U+20E3.  The other properties
# of strings need Unicode's emoji sequence data, which neither Python nor `regex` ships.
PROPERTIES_OF_STRINGS = {
    "Emoji_Keycap_Sequence": frozenset((ord(c), 0xFE0F, 0x20E3) for c in "#*0123456789"),
}


class _Translator:
    def __init__(self, ast):
        self.ast = ast
        self.umode = "u" in ast.flags or "v" in ast.flags
        self.v = "v" in ast.flags
        self.top = cs.MAX_CP if self.umode else cs.MAX_UNIT
        self.trackers = []
        self.tracker_stack = []            # open tracker indices
        self.group_tracker = {}
        self.closed = set()                # js groups closed so far (textual order)
        self.open = set()                  # js groups being translated (refs to them: empty)
        self.quant_of_group = {}           # js group -> tuple of enclosing repeating quantifiers
        self.quant_stack = []
        self.behind = 0
        self.helpers = 0
        self.exact = True
        self.reason = None
        self.fold_backref = False

    def inexact(self, reason):
        if self.exact:
            self.exact = False
            self.reason = reason

    def run(self) -> Translation:
        flags = self.ast.flags
        text = self.disj(self.ast.body, "i" in flags, "m" in flags, "s" in flags)
        return Translation(text, self.ast.group_count, self.trackers, self.group_tracker,
                           self.exact, self.reason, self.fold_backref)

    # ------------------------------------------------------------ structure

    def disj(self, node, i, m, s) -> str:
        alts = node.alternatives
        if len(alts) == 1:
            return self.seq(alts[0], i, m, s)
        return "|".join(self.seq(a, i, m, s) for a in alts)

    def seq(self, terms, i, m, s) -> str:
        return "".join(self.term(t, i, m, s) for t in terms)

    def term(self, node, i, m, s) -> str:
        t = type(node)
        if t is Char:
            return self.char(node.value, i)
        if t is Group:
            if node.add or node.remove:
                i = ("i" in node.add) or (i and "i" not in node.remove)
                m = ("m" in node.add) or (m and "m" not in node.remove)
                s = ("s" in node.add) or (s and "s" not in node.remove)
            if node.index is None:
                return "(?:" + self.disj(node.body, i, m, s) + ")"
            self.open.add(node.index)
            body = self.disj(node.body, i, m, s)
            self.open.discard(node.index)
            self.group_tracker[node.index] = (self.tracker_stack[-1] if self.tracker_stack
                                              else None)
            self.quant_of_group[node.index] = tuple(self.quant_stack)
            self.closed.add(node.index)
            return "(?P<g%d>%s)" % (node.index, body)
        if t is Quantifier:
            return self.quantifier(node, i, m, s)
        if t is Dot:
            if s:
                return "[\\x00-\U0010ffff]"
            return class_text(cs.LINE_TERMINATOR, negate=True)
        if t is Assertion:
            return self.assertion(node.kind, i, m)
        if t is Lookaround:
            if self.tracker_stack and _captures(node.body):
                # its captures may lie outside the iteration's span: spans cannot tell
                self.inexact("capture in a lookaround inside a quantifier")
            if node.behind:
                self.behind += 1
            body = self.disj(node.body, i, m, s)
            if node.behind:
                self.behind -= 1
            head = ("(?<" if node.behind else "(?") + ("!" if node.negate else "=")
            return head + body + ")"
        if t is Backreference:
            return self.backref(node, i)
        if t in (ClassEscape, Property, CharClass):
            return self.char_set(node, i)
        raise Unsupported("unknown node %r" % (node,))

    def quantifier(self, node, i, m, s) -> str:
        lo, hi, body = node.min, node.max, node.body
        lazy = "" if node.greedy else "?"
        if hi is not None and hi > REPEAT_LIMIT:
            hi = None
        if lo > REPEAT_LIMIT:
            if not _nullable(body):
                return "(?!)"
            lo = REPEAT_LIMIT
        if hi == 0:
            return ""
        track = _captures(body)
        repeating = hi is None or hi > 1
        if repeating:
            self.quant_stack.append(node)
        if track:
            k = len(self.trackers)
            parent = self.tracker_stack[-1] if self.tracker_stack else None
            self.trackers.append(Tracker("t%d" % k, lo, parent))
            self.tracker_stack.append(k)
        # the body is translated once; a second copy (min part + guarded part, below)
        # reuses the same group names, which the regex package allows (one number each)
        text = self.term(body, i, m, s)
        if track:
            self.tracker_stack.pop()
            text = "(?P<t%d>%s)" % (k, text)
        if repeating:
            self.quant_stack.pop()
        if _nullable(body) and (hi is None or hi > lo):
            if self.behind:
                # the guard below relies on forward order; lookbehind runs backwards
                self.inexact("quantifier with an empty-matching body inside a lookbehind")
                rest = "*" if hi is None else "{%d,%d}" % (lo, hi)
                return "(?:" + text + ")" + rest + lazy
            h = self.helpers
            self.helpers += 1
            guarded = "(?=(?P<h%d>[\\x00-\U0010ffff]*))%s(?!(?P=h%d)(?![\\x00-\U0010ffff]))" % (
                h, text, h)
            rest = "*" if hi is None else "{0,%d}" % (hi - lo)
            first = ""
            if lo:
                first = "(?:%s)" % text if lo == 1 else "(?:%s){%d}" % (text, lo)
            return first + "(?:" + guarded + ")" + rest + lazy
        if lo == hi:
            q = "" if lo == 1 else "{%d}" % lo
        elif hi is None:
            q = "*" if lo == 0 else "+" if lo == 1 else "{%d,}" % lo
        elif lo == 0 and hi == 1:
            q = "?"
        else:
            q = "{%d,%d}" % (lo, hi)
        if not q:
            return "(?:" + text + ")"
        return "(?:" + text + ")" + q + lazy

    def assertion(self, kind, i, m) -> str:
        if kind == "^":
            return "(?<![^\\n\\r\u2028\u2029])" if m else "(?<![\\x00-\U0010ffff])"
        if kind == "$":
            return "(?![^\\n\\r\u2028\u2029])" if m else "(?![\\x00-\U0010ffff])"
        w = class_text(cs.WORD_IU if (i and self.umode) else cs.WORD)
        if kind == "b":
            return "(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))" % (w, w, w, w)
        return "(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))" % (w, w, w, w)

    def backref(self, node, i) -> str:
        usable = []
        for j in node.indices:
            if j in self.closed or (self.behind and j not in self.open):
                usable.append(j)
                # a group inside a repeating quantifier shared with the reference is reset
                # by each iteration of that quantifier (JS), not by regex
                # (harmless when the group surely matched earlier in the same iteration)
                outer = self.quant_of_group.get(j, ())
                # a quantifier that closed before the reference: JS keeps only its last
                # iteration's capture (undefined if that iteration skipped the group),
                # regex the last one made in any iteration
                for q in outer:
                    if not any(q is o for o in self.quant_stack) and j not in _sure(q.body):
                        self.inexact("backreference to a group a finished quantifier may reset")
                for q in self.quant_stack:
                    if any(q is o for o in outer):
                        sure = _sure_before(q.body, node)
                        if sure is None or j not in sure:
                            self.inexact("backreference inside a quantifier that resets "
                                         "its group")
        if i and usable and not self.umode:
            # regex folds with Unicode simple case folding; JS without u/v uppercases.
            # matcher.py checks each subject for characters where the two differ.
            self.fold_backref = True
        out = ""
        for j in reversed(usable):
            ref = "(?P=g%d)" % j
            if i:
                ref = "(?i:%s)" % ref
            out = "(?(g%d)%s|%s)" % (j, ref, out)
        return out

    def char(self, c, i) -> str:
        if i:
            members = cs.char_class(c, self.umode)
            if len(members) > 1:
                return class_text(cs.of_chars(members))
        return _esc(c)

    # ------------------------------------------------------------ character sets

    def char_set(self, node, i) -> str:
        t = type(node)
        if not i and t is CharClass and node.kind == "union" and not node.strings and all(
                type(x) is not CharClass for x in node.items):
            # fast path: \p{..} spelled directly, no property table read
            ranges = []
            extra = ""
            for item in node.items:
                if type(item) is Property:
                    spelled = cs.property_regex(item.name, item.value)
                    if spelled is None:
                        ranges.extend(self.prop_set(item, False))
                    else:
                        extra += ("\\P" if item.negate else "\\p") + spelled[2:]
                elif type(item) is ClassStrings:
                    for st in item.strings:
                        ranges.append((st[0], st[0]))
                else:
                    ranges.extend(self.item_set(item, False))
            return class_text(cs.norm(ranges), node.negate, extra)
        if not i and t is Property and not node.strings:
            spelled = cs.property_regex(node.name, node.value)
            if spelled is not None:
                return ("\\P" if node.negate else "\\p") + spelled[2:]
        ranges, strings = self.set_of(node, i)
        if i:
            ranges = cs.closure(ranges, self.umode)
        single = class_text(ranges)
        if not strings:
            return single
        alts = []
        for st in sorted(strings, key=len, reverse=True):   # longest first, then singles
            if st:
                alts.append("".join(self.char(c, i) for c in st))
        if ranges:
            alts.append(single)
        if () in strings:
            alts.append("")
        return "(?:" + "|".join(alts) + ")"

    def prop_strings(self, node, vi):
        """The strings of a property of strings (only the small, fixed ones are known)."""
        table = PROPERTIES_OF_STRINGS.get(node.name)
        if table is None:
            raise Unsupported("property of strings \\p{%s}" % node.name)
        if vi:
            return {tuple(cs.canonicalize(c, True) for c in st) for st in table}
        return set(table)

    def prop_set(self, node, i):
        if node.strings:
            raise Unsupported("property of strings \\p{%s}" % node.name)
        s = cs.property_set(node.name, node.value)
        if self.v and i:
            s = cs.fold(s)
            if node.negate:
                return cs.subtract(cs.folded_universe(), s, cs.MAX_CP)
            return s
        return cs.complement(s, cs.MAX_CP) if node.negate else s

    def item_set(self, item, i):
        """Ranges of a class member that has no strings (non-v path and fast path)."""
        t = type(item)
        if t is Char:
            return ((item.value, item.value),)
        if t is Range:
            return ((item.lo, item.hi),)
        if t is ClassEscape:
            k = item.kind
            if k in "dD":
                base = cs.DIGIT
            elif k in "sS":
                base = cs.SPACE
            else:
                base = cs.WORD_IU if (i and self.umode) else cs.WORD
            if k.isupper():
                if self.v and i:
                    return cs.subtract(cs.folded_universe(), cs.fold(base), cs.MAX_CP)
                return cs.complement(base, self.top)
            return cs.fold(base) if self.v and i else base
        if t is Property:
            return self.prop_set(item, i)
        raise Unsupported("class member %r" % (item,))

    def set_of(self, node, i):
        """(ranges, strings) a set node denotes.  With v and i the ranges live in the
        folded space (sec-maybesimplecasefolding); otherwise they are raw."""
        t = type(node)
        vi = self.v and i
        if t is not CharClass:
            if t is ClassStrings:
                chars, strings = [], set()
                for st in node.strings:
                    if vi:
                        st = tuple(cs.canonicalize(c, True) for c in st)
                    if len(st) == 1:
                        chars.append(st[0])
                    else:
                        strings.add(st)
                return cs.of_chars(chars), strings
            if t is Char and vi:
                c = cs.canonicalize(node.value, True)
                return ((c, c),), set()
            if t is Range and vi:
                return cs.fold(((node.lo, node.hi),)), set()
            if t is Property and node.strings:
                return (), self.prop_strings(node, vi)
            return self.item_set(node, i), set()
        if node.kind == "union":
            ranges, strings = [], set()
            for item in node.items:
                r, st = self.set_of(item, i)
                ranges.extend(r)
                strings |= st
            ranges = cs.norm(ranges)
        else:
            ranges, strings = self.set_of(node.items[0], i)
            for item in node.items[1:]:
                r, st = self.set_of(item, i)
                if node.kind == "intersection":
                    ranges = cs.intersect(ranges, r)
                    strings = strings & st
                else:
                    ranges = cs.subtract(ranges, r, self.top)
                    strings = strings - st
        if node.negate:
            if self.v:
                universe = cs.folded_universe() if vi else ((0, self.top),)
                ranges = cs.subtract(universe, ranges, self.top)
            else:
                # sec-compileatom: an inverted class matches when no member is
                # case-equivalent to the input, hence complement of the closure
                if i:
                    ranges = cs.closure(ranges, self.umode)
                ranges = cs.complement(ranges, self.top)
        return ranges, strings


def translate(ast) -> Translation:
    """Pattern AST -> Translation (pattern text for the `regex` package + bookkeeping)."""
    return _Translator(ast).run()
