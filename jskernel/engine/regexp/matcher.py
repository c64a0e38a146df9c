"""Compiled ECMAScript regular expressions and their exec (sec-regexpbuiltinexec core).

Owns: running a translate.py Translation on the `regex` package with JS semantics:

* subjects are JS strings (UTF-16 code units); with u/v the subject is matched as code
  points (surrogate pairs joined) and every offset is mapped back to code units; a start
  index inside a pair backs up to the pair's lead unit (RegExpBuiltinExec);
* sticky ('y') matches only at the index (``regex.match`` with ``pos``; lookbehind and
  '^' still see what precedes ``pos``);
* captures get JS's per-iteration reset: for a group inside quantifiers, only a capture
  made in the last iteration of every enclosing quantifier counts (the ``t<k>`` helper
  groups record each iteration; captures are compared by span);
* `RegExpMatch` exposes start/end, groups, spans ('d' flag) and named groups;
* patterns translate.py marks inexact, and single matches whose capture bookkeeping is
  ambiguous, run on fallback.py (exact, slow); JSKERNEL_REGEXP_EXACT=1 forces it.

What it leaves to others: lastIndex, flags objects, Symbol.replace/split etc. are the
RegExp builtin's (builtins/regexp.py).  Long-running matches: `regex` accepts a
``timeout=`` (seconds) on match/search; `CompiledRegExp.exec(..., timeout=)` passes it
through and the builtin can turn the resulting TimeoutError into an interrupt.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from itertools import accumulate

import regex

from ..syntax.regexp import RegExpError, parse_regexp
from . import charset as cs
from . import fallback
from .translate import Unsupported, translate

# Debug switch: JSKERNEL_REGEXP_EXACT=1 runs every pattern on the backtracking matcher
FORCE_FALLBACK = os.environ.get("JSKERNEL_REGEXP_EXACT", "") not in ("", "0")

_SURROGATE = re.compile("[\ud800-\udfff]")

_LAST = (None, None, None)                 # one-entry cache: subject, text, cu_of
_WIDTH = bytes([1] + [2] * 255)            # plane byte -> UTF-16 length


def _code_points(subject: str):
    """(code-point string, code-point -> code-unit offsets or None) of a JS string; the
    last subject is cached so a lastIndex loop over one string converts it once."""
    global _LAST
    last = _LAST
    if subject is last[0]:
        return last[1], last[2]
    text = subject
    cu_of = None
    if _SURROGATE.search(subject):
        # the UTF-16 codec joins valid pairs and (surrogatepass) keeps lone surrogates
        text = subject.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        if len(text) != len(subject):
            # byte 1 of each UTF-32BE unit is the plane: 0 -> one code unit, else two
            widths = text.encode("utf-32-be", "surrogatepass")[1::4].translate(_WIDTH)
            cu_of = list(accumulate(widths, initial=0))
    _LAST = (subject, text, cu_of)
    return text, cu_of


_MISMATCH = []


def _fold_mismatch(text: str) -> bool:
    """Does text hold a character JS (no u/v) and `regex` IGNORECASE fold differently?"""
    if text.isascii():
        return False
    if not _MISMATCH:
        from .translate import class_text
        _MISMATCH.append(regex.compile(class_text(cs.fold_mismatch())))
    return _MISMATCH[0].search(text) is not None


class RegExpMatch:
    """One successful match: offsets in code units, captures as JS sees them."""

    __slots__ = ("start", "end", "groups", "spans", "_names", "_subject")

    def __init__(self, start, end, spans, subject, names):
        self.start = start
        self.end = end
        self.spans = spans
        self._subject = subject
        self._names = names
        self.groups = [sp and subject[sp[0]:sp[1]] for sp in spans] if spans else []

    @property
    def named(self):
        """{name: str | None} in pattern order (the participating group of duplicates), or None."""
        names = self._names
        if names is None:
            return None
        named = {}
        groups = self.groups
        for name, indices in names.items():
            value = None
            for j in indices:
                if groups[j - 1] is not None:
                    value = groups[j - 1]
                    break
            named[name] = value
        return named

    @property
    def match(self) -> str:
        return self._subject[self.start:self.end]

    def __repr__(self):
        return "RegExpMatch(%d, %d, %r)" % (self.start, self.end, self.groups)


class CompiledRegExp:
    """A compiled /pattern/flags; `exec(subject, index)` is the matching core."""

    __slots__ = ("source", "flags", "ast", "group_count", "group_names", "umode", "sticky",
                 "_rx", "_tr", "_names", "_fallback", "_simple", "_program", "_gnum",
                 "_general", "_find", "_ready")

    def __init__(self, pattern: str, flags: str, exact: bool = False):
        """exact=True runs every exec on the backtracking matcher (tests, debugging)."""
        self.source = pattern
        self.flags = flags
        ast = parse_regexp(pattern, flags)
        self.ast = ast
        self.group_count = ast.group_count
        self.group_names = ast.group_names              # name -> [indices], pattern order
        self._names = ast.group_names or None
        self.umode = "u" in flags or "v" in flags
        self.sticky = "y" in flags
        try:
            tr = translate(ast)
        except Unsupported as exc:
            raise RegExpError("Invalid regular expression: /%s/%s: unsupported by jskernel: %s"
                              % (pattern, flags, exc), None) from None
        self._tr = tr
        self._simple = not tr.trackers
        self._fallback = None if tr.exact and not (FORCE_FALLBACK or exact) else (
            tr.reason or "forced")
        self._program = None
        self._rx = None
        self._gnum = None
        # `regex.compile` (its parser is Python) is the costly step; it runs at the first
        # exec, so a RegExp that is only created (or only has its source read) never pays
        self._general = True
        self._find = None
        self._ready = False

    def _prepare(self):
        """Compile the translation with `regex` (at the first exec)."""
        self._ready = True
        tr = self._tr
        try:
            self._rx = regex.compile(tr.text, regex.V0)
        except regex.error as exc:          # never expected; stay correct if it happens
            self._rx = None
            self._fallback = "regex package rejected the translation: %s" % exc
        self._general = self._fallback is not None or tr.fold_backref
        self._find = None
        if self._rx is not None:
            self._find = self._rx.match if self.sticky else self._rx.search
        if self._rx is not None and tr.group_count:
            index = self._rx.groupindex
            gnum = [index["g%d" % j] for j in range(1, tr.group_count + 1)]
            if gnum != list(range(1, tr.group_count + 1)):
                self._gnum = gnum

    @property
    def regex_text(self) -> str:
        return self._tr.text

    def exec(self, subject: str, index: int = 0, timeout=None):
        """Match starting the search at code-unit `index` (only there if sticky)."""
        if index > len(subject) or index < 0:
            return None
        if not self._ready:
            self._prepare()
        if self._general or (self.umode and not subject.isascii()):
            return self._exec_general(subject, index, timeout)
        m = self._find(subject, index) if timeout is None else self._find(
            subject, index, timeout=timeout)
        if m is None:
            return None
        if self._simple:                   # the common case, kept inline
            count = self.group_count
            if not count:
                spans = []
            elif self._gnum is None:
                spans = [None if sp[0] < 0 else sp for sp in m.regs[1:count + 1]]
            else:
                regs = m.regs
                spans = [None if regs[k][0] < 0 else regs[k] for k in self._gnum]
        else:
            spans = self._spans(m)
            if spans is None:              # capture bookkeeping ambiguous: run exactly
                return self._exec_fallback(subject, subject, index, None, timeout)
        start, end = m.span()
        return RegExpMatch(start, end, spans, subject, self._names)

    def _exec_general(self, subject: str, index: int, timeout):
        """exec with a u/v subject that needs code points, or the exact matcher."""
        cu_of = None
        text = subject
        if self.umode and not subject.isascii():
            text, cu_of = _code_points(subject)
            if cu_of is not None:
                # code-unit index -> code-point index (inside a pair: the pair's start)
                index = bisect_right(cu_of, index) - 1
        if self._fallback is not None or (self._tr.fold_backref and _fold_mismatch(text)):
            return self._exec_fallback(subject, text, index, cu_of, timeout)
        m = self._find(text, index, timeout=timeout)
        if m is None:
            return None
        spans = self._spans(m)
        if spans is None:                  # capture bookkeeping ambiguous: run exactly
            return self._exec_fallback(subject, text, index, cu_of, timeout)
        start, end = m.span()
        if cu_of is not None:
            start, end = cu_of[start], cu_of[end]
            spans = [None if sp is None else (cu_of[sp[0]], cu_of[sp[1]]) for sp in spans]
        return RegExpMatch(start, end, spans, subject, self._names)

    def _exec_fallback(self, subject, text, index, cu_of, timeout=None):
        prog = self._program
        if prog is None:
            prog = self._program = fallback.Program(self.ast)
        found = fallback.exec_program(prog, text, index, self.sticky, timeout)
        if found is None:
            return None
        start, end, caps = found
        spans = []
        for j in range(1, self.group_count + 1):
            a, b = caps[2 * j], caps[2 * j + 1]
            spans.append(None if a is None or b is None else (a, b))
        if cu_of is not None:
            start, end = cu_of[start], cu_of[end]
            spans = [None if sp is None else (cu_of[sp[0]], cu_of[sp[1]]) for sp in spans]
        return RegExpMatch(start, end, spans, subject, self._names)

    def _spans(self, m) -> list | None:
        """JS captures of a fast-path match (None when only the exact matcher can tell)."""
        count = self.group_count
        if not count:
            return []
        if self._simple:
            regs = m.regs
            gnum = self._gnum
            if gnum is None:               # JS group j is regex group j
                return [None if sp[0] < 0 else sp for sp in regs[1:count + 1]]
            return [None if regs[k][0] < 0 else regs[k] for k in gnum]
        tr = self._tr
        eff = []                           # effective last-iteration span per tracker
        for t in tr.trackers:
            if t.parent is not None:
                outer = eff[t.parent]
                if outer is None:
                    eff.append(None)
                    continue
                caps = [c for c in m.spans(t.name) if outer[0] <= c[0] and c[1] <= outer[1]]
            else:
                caps = m.spans(t.name)
            if not caps:
                eff.append(None)
                continue
            last = caps[-1]
            if t.parent is not None and last[0] == last[1] == outer[0]:
                return None                # empty iteration at the outer boundary
            eff.append(last)
        out = []
        gt = tr.group_tracker
        for j in range(1, count + 1):
            name = "g%d" % j
            k = gt.get(j)
            if k is None:
                sp = m.span(name)
                out.append(None if sp[0] < 0 else sp)
                continue
            it = eff[k]
            if it is None:
                out.append(None)
                continue
            sp = None
            for c in reversed(m.spans(name)):
                if it[0] <= c[0] and c[1] <= it[1]:
                    sp = c
                    break
            if sp is not None and sp[0] == sp[1] == it[0] and len(m.spans(tr.trackers[k].name)) > 1:
                return None                # empty capture at an iteration boundary
            out.append(sp)
        return out


_CACHE: dict = {}


def compile_regexp(pattern: str, flags: str) -> CompiledRegExp:
    """Compile /pattern/flags (raises RegExpError for an invalid pattern or flags)."""
    key = (pattern, flags)
    c = _CACHE.get(key)
    if c is None:
        c = CompiledRegExp(pattern, flags)
        if len(_CACHE) > 512:
            _CACHE.clear()
        _CACHE[key] = c
    return c
