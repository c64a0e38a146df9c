"""Exact backtracking matcher for the rare patterns the `regex` translation cannot express.

Owns a small backtracking VM that follows sec-compilepattern step by step (RepeatMatcher
with its per-iteration capture reset and empty-iteration check, BackreferenceMatcher,
lookbehind run backwards, sec-compileatom for groups in both directions).  matcher.py
uses it only when translate.py marks a pattern inexact (a backreference into a group that
a shared quantifier resets, a case-insensitive backreference without u/v) or when the
fast path's capture bookkeeping is ambiguous for one match.  It is slow (Python per
character) but never wrong in those places.

Character sets and assertions reuse translate.py: each is compiled to a one-character
(or zero-width) `regex` pattern, so the set semantics are shared with the fast path.
State is explicit (backtrack stack + undo log), so long subjects do not recurse; only a
lookaround nests one Python call.
"""

from __future__ import annotations

import time

import regex

from ..syntax.regexp_ast import (Assertion, Backreference, Char, CharClass, Disjunction, Group,
                                 Lookaround, Quantifier)
from . import charset as cs
from .translate import _Translator, class_text

(CHAR, CHAR_B, SPLIT, JMP, SAVE, ASSERT, LOOK, BACKREF, REP_INIT, REP_LOOP, REP_START,
 REP_END, MATCH, STRSET) = range(14)


class Program:
    """The compiled instruction list for one pattern (built once per CompiledRegExp)."""

    def __init__(self, ast):
        self.tr = _Translator(ast)
        self.umode = self.tr.umode
        self.code = []
        self.nq = 0
        self.ncap = ast.group_count
        flags = ast.flags
        self.node(ast.body, "i" in flags, "m" in flags, "s" in flags, False)
        self.code.append((MATCH,))

    def emit(self, *op) -> int:
        self.code.append(op)
        return len(self.code) - 1

    def patch(self, at, *op):
        self.code[at] = op

    def pred(self, text: str):
        rx = regex.compile(text, regex.V0)
        return rx.fullmatch

    def node(self, node, i, m, s, back):
        t = type(node)
        tr = self.tr
        if t is Disjunction:
            alts = node.alternatives
            jumps = []
            for k, alt in enumerate(alts):
                if k < len(alts) - 1:
                    split = self.emit(SPLIT, None)
                    self.node(alt, i, m, s, back)
                    jumps.append(self.emit(JMP, None))
                    self.patch(split, SPLIT, len(self.code))
                else:
                    self.node(alt, i, m, s, back)
            for j in jumps:
                self.patch(j, JMP, len(self.code))
        elif t is list:
            for term in (reversed(node) if back else node):
                self.node(term, i, m, s, back)
        elif t is Group:
            if node.add or node.remove:
                i = ("i" in node.add) or (i and "i" not in node.remove)
                m = ("m" in node.add) or (m and "m" not in node.remove)
                s = ("s" in node.add) or (s and "s" not in node.remove)
            if node.index is None:
                self.node(node.body, i, m, s, back)
                return
            g = node.index
            self.emit(SAVE, 2 * g + 1 if back else 2 * g)
            self.node(node.body, i, m, s, back)
            self.emit(SAVE, 2 * g if back else 2 * g + 1)
        elif t is Quantifier:
            self.quantifier(node, i, m, s, back)
        elif t is Assertion:
            self.emit(ASSERT, regex.compile(tr.assertion(node.kind, i, m), regex.V0).match)
        elif t is Lookaround:
            at = self.emit(LOOK, None)
            start = len(self.code)
            self.node(node.body, i, m, s, node.behind)
            self.emit(MATCH)
            self.patch(at, LOOK, start, node.negate, len(self.code))
        elif t is Backreference:
            self.emit(BACKREF, tuple(node.indices), i, back)
        elif t is CharClass and node.strings:
            ranges, strings = tr.set_of(node, i)
            if i:
                ranges = cs.closure(ranges, self.umode)
            alts = [tuple(self.pred(tr.char(c, i)) for c in st)
                    for st in sorted(strings, key=len, reverse=True) if st]
            if ranges:
                alts.append((self.pred(class_text(ranges)),))
            if () in strings:
                alts.append(())
            self.emit(STRSET, tuple(alts), back)
        else:                              # one character: Char, Dot, escapes, classes
            text = tr.term(node, i, m, s)
            if t is Char and not i:
                c = chr(node.value)
                self.emit(CHAR_B if back else CHAR, c.__eq__)
            else:
                self.emit(CHAR_B if back else CHAR, self.pred(text))

    def quantifier(self, node, i, m, s, back):
        q = self.nq
        self.nq += 1
        lo_g, hi_g = _group_range(node.body)
        self.emit(REP_INIT, q)
        loop = self.emit(REP_LOOP, None)
        self.emit(REP_START, q, 2 * lo_g, 2 * hi_g)
        self.node(node.body, i, m, s, back)
        self.emit(REP_END, q, node.min, loop)
        self.patch(loop, REP_LOOP, q, node.min, node.max, node.greedy, len(self.code))


def _group_range(node):
    """(first, last + 1) of the capture indices inside node (sec-compileatom parenIndex)."""
    found = []

    def walk(n):
        t = type(n)
        if t is list:
            for x in n:
                walk(x)
        elif t is Disjunction:
            for a in n.alternatives:
                walk(a)
        elif t is Group:
            if n.index is not None:
                found.append(n.index)
            walk(n.body)
        elif t is Quantifier or t is Lookaround:
            walk(n.body)
    walk(node)
    if not found:
        return 0, 0
    return min(found), max(found) + 1


def run(prog: Program, text: str, pc: int, pos: int, caps: list, regs: list, deadline=None):
    """Run from pc at pos; returns the end position (caps updated) or None.  Raises
    TimeoutError once time.monotonic() passes deadline (checked every 4096 steps)."""
    code = prog.code
    n = len(text)
    stack = []
    log = []
    umode = prog.umode
    steps = 0
    while True:
        if deadline is not None:
            steps += 1
            if steps & 4095 == 0 and time.monotonic() > deadline:
                raise TimeoutError("regular expression time-out")
        op = code[pc]
        k = op[0]
        ok = True
        if k == CHAR:
            if pos < n and op[1](text[pos]):
                pos += 1
                pc += 1
            else:
                ok = False
        elif k == CHAR_B:
            if pos > 0 and op[1](text[pos - 1]):
                pos -= 1
                pc += 1
            else:
                ok = False
        elif k == SPLIT:
            stack.append((op[1], pos, len(log)))
            pc += 1
        elif k == JMP:
            pc = op[1]
        elif k == SAVE:
            log.append((caps, op[1], caps[op[1]]))
            caps[op[1]] = pos
            pc += 1
        elif k == ASSERT:
            if op[1](text, pos) is not None:
                pc += 1
            else:
                ok = False
        elif k == LOOK:
            sub = list(caps)
            end = run(prog, text, op[1], pos, sub, regs, deadline)
            if (end is None) != op[2]:
                ok = False
            else:
                if not op[2]:
                    for j, v in enumerate(sub):
                        if caps[j] != v:
                            log.append((caps, j, caps[j]))
                            caps[j] = v
                pc = op[3]
        elif k == BACKREF:
            ref = None
            for g in op[1]:
                a, b = caps[2 * g], caps[2 * g + 1]
                if a is not None and b is not None:
                    ref = text[a:b]
                    break
            if ref:
                L = len(ref)
                if op[3]:
                    got = text[pos - L:pos] if pos >= L else None
                else:
                    got = text[pos:pos + L] if pos + L <= n else None
                if got is None:
                    ok = False
                elif got != ref and not (op[2] and all(
                        cs.canonicalize(ord(x), umode) == cs.canonicalize(ord(y), umode)
                        for x, y in zip(got, ref))):
                    ok = False
                else:
                    pos = pos - L if op[3] else pos + L
            if ok:
                pc += 1
        elif k == STRSET:
            alts, back = op[1], op[2]
            if not alts:
                ok = False
            for alt in reversed(alts[1:]):
                stack.append((("strset", alt, back, pc + 1), pos, len(log)))
            if alts:
                ok, pos2 = _try_str(alts[0], back, text, pos)
            if ok:
                pos = pos2
                pc += 1
        elif k == REP_INIT:
            log.append((regs, 2 * op[1], regs[2 * op[1]]))
            regs[2 * op[1]] = 0
            pc += 1
        elif k == REP_LOOP:
            _, q, lo, hi, greedy, exit_pc = op
            c = regs[2 * q]
            if hi is not None and c >= hi:
                pc = exit_pc
            elif c < lo:
                pc += 1
            elif greedy:
                stack.append((exit_pc, pos, len(log)))
                pc += 1
            else:
                stack.append((pc + 1, pos, len(log)))
                pc = exit_pc
        elif k == REP_START:
            q = op[1]
            log.append((regs, 2 * q + 1, regs[2 * q + 1]))
            regs[2 * q + 1] = pos
            for j in range(op[2], op[3]):
                if caps[j] is not None:
                    log.append((caps, j, caps[j]))
                    caps[j] = None
            pc += 1
        elif k == REP_END:
            _, q, lo, loop = op
            c = regs[2 * q]
            if c >= lo and pos == regs[2 * q + 1]:
                ok = False
            else:
                log.append((regs, 2 * q, c))
                regs[2 * q] = c + 1
                pc = loop
        else:                              # MATCH
            return pos
        if not ok:
            while True:
                if not stack:
                    return None
                pc, pos, mark = stack.pop()
                while len(log) > mark:
                    arr, j, old = log.pop()
                    arr[j] = old
                if type(pc) is tuple:      # a later alternative of a STRSET
                    _, alt, back, nxt = pc
                    ok, pos2 = _try_str(alt, back, text, pos)
                    if not ok:
                        continue
                    pos, pc = pos2, nxt
                break


def _try_str(alt, back, text, pos):
    L = len(alt)
    if back:
        if pos < L:
            return False, pos
        for j, p in enumerate(alt):
            if not p(text[pos - L + j]):
                return False, pos
        return True, pos - L
    if pos + L > len(text):
        return False, pos
    for j, p in enumerate(alt):
        if not p(text[pos + j]):
            return False, pos
    return True, pos + L


def exec_program(prog: Program, text: str, index: int, sticky: bool, timeout=None):
    """(start, end, caps) of the first match at or after index, or None."""
    deadline = None if timeout is None else time.monotonic() + timeout
    last = index if sticky else len(text)
    for start in range(index, last + 1):
        caps = [None] * (2 * prog.ncap + 2)
        regs = [0] * (2 * prog.nq)
        end = run(prog, text, 0, start, caps, regs, deadline)
        if end is not None:
            return start, end, caps
    return None
