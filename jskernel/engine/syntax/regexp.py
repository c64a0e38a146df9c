"""ECMAScript RegExp pattern parser and early-error validator.

Owns the grammar of sec-patterns (ES2025) with the Annex B web-compat grammar
(sec-regular-expressions-patterns) used when neither the u nor the v flag is set, and
every early error of a pattern or flag string, worded like V8
("Invalid regular expression: /(/: Unterminated group").

    validate_regexp(pattern, flags)  -> None, or raises RegExpError   (the lexer, per literal)
    parse_regexp(pattern, flags)     -> Pattern AST                   (the RegExp builtin)

`pattern` is a JS string (UTF-16 code units).  Without u/v every code unit is one
character; with u/v a surrogate pair (literal or as two \\u escapes) is one character.
Character values in the AST are ints: code units without u/v, code points with u/v.

What it leaves to others: the lexer finds the literal's end; the RegExp builtin
(builtins/regexp.py) translates the AST into the `regex` package's syntax and matches.
Siblings: regexp_ast.py (nodes), regexp_class.py (character classes), regexp_chars.py
(character sets, group pre-count), regexp_errors.py (RegExpError, message texts),
regexp_unicode.py (property tables).

AST (plain __slots__ classes, regexp_ast.py):
    Pattern(body, flags, group_count, group_names)
    Disjunction(alternatives: list[list[term]])
    Char(value)  Dot()  Assertion(kind: '^' '$' 'b' 'B')
    Lookaround(behind, negate, body)     Group(body, index, name, add, remove)
    Quantifier(body, min, max|None, greedy)    Backreference(indices, name)
    ClassEscape(kind: 'd' 'D' 's' 'S' 'w' 'W')  Property(name, value, negate, strings)
    CharClass(negate, kind: 'union' 'intersection' 'subtraction', items, strings)
    Range(lo, hi)  ClassStrings(strings: list[tuple[int, ...]])
"""

from __future__ import annotations

from ..text import from_js, to_js
from .regexp_ast import (Assertion, Backreference, Char, ClassEscape, Disjunction, Dot, Group,
                         Lookaround, Pattern, Property, Quantifier)
from .regexp_chars import (ASCII_LETTERS, ASCII_NAME, BRACED_QUANTIFIER, CLASS_ESCAPES,
                           CONTROL_ESCAPES, DIGITS, FLAG_CHARS, HEX, IDENTITY_U, OCTAL,
                           PLAIN_RUN, PLAIN_RUN_U, PROPERTY_BODY, id_char, is_lead, is_trail,
                           prescan)
from .regexp_errors import (DUPLICATE_CAPTURE_GROUP_NAME, ESCAPE_AT_END, FLAGS_MESSAGE,
                            INCOMPLETE_QUANTIFIER, INVALID_CAPTURE_GROUP_NAME,
                            INVALID_CLASS_PROPERTY_NAME, INVALID_DECIMAL_ESCAPE, INVALID_ESCAPE,
                            INVALID_FLAG_GROUP, INVALID_GROUP, INVALID_NAMED_CAPTURE_REFERENCED,
                            INVALID_NAMED_REFERENCE, INVALID_PROPERTY_NAME, INVALID_QUANTIFIER,
                            INVALID_UNICODE_ESCAPE, LONE_QUANTIFIER_BRACKETS,
                            MULTIPLE_FLAG_DASHES, NOTHING_TO_REPEAT, RANGE_OUT_OF_ORDER,
                            REPEATED_FLAG, RegExpError, STACK_OVERFLOW, TOO_MANY_CAPTURES,
                            UNMATCHED_PAREN, UNTERMINATED_GROUP)
from .regexp_unicode import (BINARY_CANONICAL, GENERAL_CATEGORY_CANONICAL, NONBINARY_PROPERTIES,
                             SCRIPT_CANONICAL, STRING_PROPERTIES)
from .regexp_class import ClassParserMixin

__all__ = ["RegExpError", "validate_regexp", "parse_regexp", "check_flags"]

_DOT = Dot()
MAX_CAPTURES = 32767                       # V8's limit (acorn has none)


def _num(digits: str) -> int:
    """Decimal digits of a quantifier bound (absurdly long ones are all 'infinite')."""
    return int(digits) if len(digits) < 300 else 10 ** 300


def _may_both_participate(a: tuple, b: tuple) -> bool:
    """sec-mightbothparticipate on the (disjunction id, alternative index) paths of two groups."""
    for x, y in zip(a, b):
        if x != y:
            return x[0] != y[0]            # same disjunction, other alternative: never both
    return True


class _Parser(ClassParserMixin):
    """Parser for sec-patterns (groups nest on an explicit stack, classes recurse); one
    instance per pattern.

    Methods leave `self.pos` just after what they consumed.  The [UnicodeMode] grammar
    parameter is `self.umode`, [UnicodeSetsMode] is `self.v`, [NamedCaptureGroups] is
    `self.named`.
    """

    __slots__ = ("src", "n", "pos", "flags", "v", "umode", "named", "ncaps", "group_count",
                 "names", "refs", "path", "next_disjunction", "plain")

    def __init__(self, pattern: str, flags: str):
        self.src = pattern
        self.n = len(pattern)
        self.pos = 0
        self.flags = flags
        self.v = "v" in flags
        self.umode = self.v or "u" in flags
        self.ncaps, named = prescan(pattern, self.v)
        self.named = named or self.umode
        self.group_count = 0
        self.names = {}                    # name -> [(index, path)]
        self.refs = []                     # (name, Backreference, pos)
        self.path = []                     # (disjunction id, alternative index) per level
        self.next_disjunction = 0
        self.plain = PLAIN_RUN_U if self.umode else PLAIN_RUN

    def error(self, message: str, pos: int | None = None):
        raise RegExpError(f"Invalid regular expression: /{self.src}/{self.flags}: {message}",
                          self.pos if pos is None else pos)

    # ------------------------------------------------------------ structure

    def parse(self) -> Pattern:
        try:
            body = self.disjunctions()
        except RecursionError:
            self.error(STACK_OVERFLOW)
        names = self.names
        for name, node, pos in self.refs:
            entry = names.get(name)
            if entry is None:
                self.error(INVALID_NAMED_CAPTURE_REFERENCED, pos)
            node.indices = sorted(index for index, _ in entry)
        group_names = {name: sorted(index for index, _ in entry)
                       for name, entry in sorted(names.items(), key=lambda item: min(
                           index for index, _ in item[1]))}
        return Pattern(body, self.flags, self.group_count, group_names)

    def new_disjunction(self):
        did = self.next_disjunction
        self.next_disjunction = did + 1
        self.path.append((did, 0))
        return did

    def disjunctions(self) -> Disjunction:
        """Pattern :: Disjunction, with the groups' Disjunctions nested on an explicit stack
        (no Python recursion per group, so deep nesting cannot overflow)."""
        src, n, path = self.src, self.n, self.path
        stack = []                         # (opener, alternatives, terms, did) of open groups
        did = self.new_disjunction()
        alternatives = []
        terms = []
        while True:
            self.alternative(terms)
            pos = self.pos
            if pos >= n:
                if stack:
                    self.error(UNTERMINATED_GROUP)
                alternatives.append(terms)
                path.pop()
                return Disjunction(alternatives)
            c = src[pos]
            if c == "|":
                self.pos = pos + 1
                alternatives.append(terms)
                terms = []
                path[-1] = (did, len(alternatives))
            elif c == "(":
                opener = self.open_group()
                stack.append((opener, alternatives, terms, did))
                did = self.new_disjunction()
                alternatives = []
                terms = []
            else:                          # ')'
                if not stack:
                    self.error(UNMATCHED_PAREN)
                self.pos = pos + 1
                alternatives.append(terms)
                path.pop()
                body = Disjunction(alternatives)
                opener, alternatives, terms, did = stack.pop()
                kind = opener[0]
                if kind == "group":
                    _, index, name, add, remove, start, group_path = opener
                    if name is not None:   # V8 checks duplicates when the group closes
                        self.add_group_name(name, index, group_path, start)
                    terms.append(self.quantifier(Group(body, index, name, add, remove)))
                else:
                    _, behind, negate = opener
                    atom = Lookaround(behind, negate, body)
                    if behind or self.umode:   # Annex B: only lookaheads without u/v repeat
                        if self.quantifier(atom) is not atom:
                            self.error(INVALID_QUANTIFIER, pos + 1)
                        terms.append(atom)
                    else:
                        terms.append(self.quantifier(atom))

    def chars(self, start: int, end: int) -> list:
        s = self.src[start:end]
        if self.umode and not s.isascii():
            s = from_js(s)
        return [Char(ord(c)) for c in s]

    def alternative(self, terms: list) -> None:
        """Terms into `terms` until '|', ')', '(' (left to the caller) or the end."""
        src, n, umode = self.src, self.n, self.umode
        plain = self.plain
        append = terms.append
        while self.pos < n:
            pos = self.pos
            c = src[pos]
            m = plain.match(src, pos)
            if m is not None:
                end = m.end()
                if end < n and src[end] in "*+?{":
                    last = end - 1         # the quantifier applies to the last character only
                    if umode and last > pos and is_trail(src[last]) and is_lead(src[last - 1]):
                        last -= 1
                    if last > pos:
                        terms.extend(self.chars(pos, last))
                    atom = self.chars(last, end)[0]
                    self.pos = end
                else:
                    terms.extend(self.chars(pos, end))
                    self.pos = end
                    continue
            elif c == "|" or c == ")" or c == "(":
                return
            elif c == "\\":
                if pos + 1 >= n:
                    self.error(ESCAPE_AT_END)
                d = src[pos + 1]
                if d == "b" or d == "B":
                    self.pos = pos + 2
                    append(Assertion(d))
                    continue
                atom = self.atom_escape()
            elif c == "[":
                atom = self.class_v() if self.v else self.char_class()
            elif c == ".":
                atom = _DOT
                self.pos = pos + 1
            elif c == "^" or c == "$":
                self.pos = pos + 1
                append(Assertion(c))
                continue
            elif c == "{":
                if BRACED_QUANTIFIER.match(src, pos):
                    self.error(NOTHING_TO_REPEAT)
                if umode:
                    self.error(LONE_QUANTIFIER_BRACKETS)
                atom = Char(123)           # Annex B: a lone '{' is a literal
                self.pos = pos + 1
            elif c == "*" or c == "+" or c == "?":
                self.error(NOTHING_TO_REPEAT)
            else:                          # ']' or '}' in unicode mode
                self.error(LONE_QUANTIFIER_BRACKETS)
            append(self.quantifier(atom))

    def quantifier(self, atom):
        src = self.src
        pos = self.pos
        if pos >= self.n:
            return atom
        c = src[pos]
        if c == "*":
            lo, hi = 0, None
            pos += 1
        elif c == "+":
            lo, hi = 1, None
            pos += 1
        elif c == "?":
            lo, hi = 0, 1
            pos += 1
        elif c == "{":
            m = BRACED_QUANTIFIER.match(src, pos)
            if m is None:
                if self.umode:
                    self.error(INCOMPLETE_QUANTIFIER)
                return atom                # Annex B: '{' is read as a literal next
            lo = _num(m.group(1))
            if m.group(2) is None:
                hi = lo
            elif m.group(3):
                hi = _num(m.group(3))
                if hi < lo:
                    self.error(RANGE_OUT_OF_ORDER)
            else:
                hi = None
            pos = m.end()
        else:
            return atom
        greedy = True
        if pos < self.n and src[pos] == "?":
            greedy = False
            pos += 1
        self.pos = pos
        return Quantifier(atom, lo, hi, greedy)

    def open_group(self) -> tuple:
        """At '(': consume the group's opening, return what closing it needs:
        ("group", index, name, add, remove, start, path) or ("look", behind, negate)."""
        src, n = self.src, self.n
        pos = self.pos
        if pos + 1 < n and src[pos + 1] == "?":
            c2 = src[pos + 2] if pos + 2 < n else ""
            if c2 == ":":
                self.pos = pos + 3
                return ("group", None, None, "", "", pos, None)
            if c2 == "=" or c2 == "!":
                self.pos = pos + 3
                return ("look", False, c2 == "!")
            if c2 == "<":
                c3 = src[pos + 3] if pos + 3 < n else ""
                if c3 == "=" or c3 == "!":
                    self.pos = pos + 4
                    return ("look", True, c3 == "!")
                self.pos = pos + 3
                name = self.group_name()
                return ("group", self.new_capture(pos), name, "", "", pos, tuple(self.path))
            if c2 and c2 in "ims-":
                add, remove = self.modifiers()
                return ("group", None, None, add, remove, pos, None)
            self.error(INVALID_GROUP)
        self.pos = pos + 1
        return ("group", self.new_capture(pos), None, "", "", pos, None)

    def new_capture(self, pos: int) -> int:
        count = self.group_count + 1
        if count > MAX_CAPTURES:
            self.error(TOO_MANY_CAPTURES, pos)
        self.group_count = count
        return count

    def modifiers(self) -> tuple:
        """`(?ims-ims:` up to the colon (sec-patterns-static-semantics-early-errors)."""
        src, n = self.src, self.n
        pos = self.pos + 2
        start = pos
        while pos < n and src[pos] in "ims":
            pos += 1
        add = src[start:pos]
        remove = ""
        dash = pos < n and src[pos] == "-"
        if dash:
            pos += 1
            start = pos
            while pos < n and src[pos] in "ims":
                pos += 1
            remove = src[start:pos]
            if pos < n and src[pos] == "-":
                self.error(MULTIPLE_FLAG_DASHES, pos)
        if pos >= n or src[pos] != ":":
            self.error(INVALID_GROUP, pos)
        both = add + remove
        if len(set(both)) != len(both):
            self.error(REPEATED_FLAG, pos)
        if dash and not both:
            self.error(INVALID_FLAG_GROUP, pos)
        self.pos = pos + 1
        return add, remove

    def group_name(self) -> str:
        """RegExpIdentifierName then '>' (pos just after '<'); returns the name as a JS string."""
        src, n = self.src, self.n
        pos = self.pos
        m = ASCII_NAME.match(src, pos)
        if m is not None:
            self.pos = m.end()
            return src[pos:self.pos - 1]
        cps = []
        while True:
            if pos >= n:
                self.error(INVALID_CAPTURE_GROUP_NAME)
            c = src[pos]
            if c == ">":
                break
            if c == "\\":
                if pos + 1 >= n or src[pos + 1] != "u":
                    self.error(INVALID_CAPTURE_GROUP_NAME)
                cp, pos = self.unicode_escape(pos + 2, True)
                if cp is None:
                    self.error(INVALID_UNICODE_ESCAPE)
            elif is_lead(c) and pos + 1 < n and is_trail(src[pos + 1]):
                cp = 0x10000 + ((ord(c) - 0xD800) << 10) + (ord(src[pos + 1]) - 0xDC00)
                pos += 2
            else:
                cp = ord(c)
                pos += 1
            if not id_char(cp, not cps):
                self.error(INVALID_CAPTURE_GROUP_NAME)
            cps.append(cp)
        if not cps:
            self.error(INVALID_CAPTURE_GROUP_NAME)
        self.pos = pos + 1
        return to_js("".join(map(chr, cps)))

    def add_group_name(self, name: str, index: int, path: tuple, pos: int):
        entry = self.names.get(name)
        if entry is None:
            self.names[name] = [(index, path)]
            return
        for _, other in entry:
            if _may_both_participate(path, other):
                self.error(DUPLICATE_CAPTURE_GROUP_NAME, pos)
        entry.append((index, path))

    # ------------------------------------------------------------ escapes

    def unicode_escape(self, pos: int, umode: bool):
        """After '\\u': returns (code point, end) or (None, pos).  With umode: \\u{...} and
        a \\uLead\\uTrail pair read as one code point."""
        src = self.src
        if umode and pos < self.n and src[pos] == "{":
            end = src.find("}", pos)
            digits = src[pos + 1:end]
            if end < 0 or not digits or not HEX.issuperset(digits):
                return None, pos
            digits = digits.lstrip("0") or "0"
            cp = int(digits, 16) if len(digits) < 8 else 0x110000
            if cp > 0x10FFFF:
                return None, pos
            return cp, end + 1
        digits = src[pos:pos + 4]
        if len(digits) != 4 or not HEX.issuperset(digits):
            return None, pos
        cp = int(digits, 16)
        pos += 4
        if umode and 0xD800 <= cp <= 0xDBFF and src.startswith("\\u", pos):
            digits = src[pos + 2:pos + 6]
            if len(digits) == 4 and HEX.issuperset(digits):
                lo = int(digits, 16)
                if 0xDC00 <= lo <= 0xDFFF:
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                    pos += 6
        return cp, pos

    def legacy_octal(self, i: int) -> int:
        """Annex B LegacyOctalEscapeSequence (or \\8 \\9 identity escapes) at src[i]."""
        src, n = self.src, self.n
        d = src[i]
        if d == "8" or d == "9":
            self.pos = i + 1
            return ord(d)
        value = ord(d) - 48
        j = i + 1
        if j < n and src[j] in OCTAL:
            value = value * 8 + ord(src[j]) - 48
            j += 1
            if d in "0123" and j < n and src[j] in OCTAL:
                value = value * 8 + ord(src[j]) - 48
                j += 1
        self.pos = j
        return value

    def character_escape(self, pos: int, d: str, in_class: bool) -> int:
        """CharacterEscape after the backslash at pos (d = src[pos+1]); returns the value."""
        src, n = self.src, self.n
        value = CONTROL_ESCAPES.get(d)
        if value is not None:
            self.pos = pos + 2
            return value
        if d == "c":
            e = src[pos + 2] if pos + 2 < n else ""
            if e and e in ASCII_LETTERS:
                self.pos = pos + 3
                return ord(e) % 32
            if not self.umode:
                if in_class and e and (e in DIGITS or e == "_"):   # Annex B ClassControlLetter
                    self.pos = pos + 3
                    return ord(e) % 32
                self.pos = pos + 1         # Annex B: the backslash itself; 'c' is read next
                return 92
            self.error(INVALID_UNICODE_ESCAPE)
        if d == "x":
            digits = src[pos + 2:pos + 4]
            if len(digits) == 2 and HEX.issuperset(digits):
                self.pos = pos + 4
                return int(digits, 16)
            if self.umode:
                self.error(INVALID_ESCAPE)
            self.pos = pos + 2
            return 120
        if d == "u":
            cp, end = self.unicode_escape(pos + 2, self.umode)
            if cp is None:
                if self.umode:
                    self.error(INVALID_UNICODE_ESCAPE)
                self.pos = pos + 2
                return 117
            self.pos = end
            return cp
        if self.umode:
            if d in IDENTITY_U:
                self.pos = pos + 2
                return ord(d)
            self.error(INVALID_ESCAPE)
        if d == "k" and self.named:
            self.error(INVALID_ESCAPE)
        self.pos = pos + 2                 # Annex B IdentityEscape: any other character
        return ord(d)

    def atom_escape(self):
        """AtomEscape after '\\' (not \\b \\B)."""
        src, n = self.src, self.n
        pos = self.pos
        d = src[pos + 1]
        if d in "123456789":
            j = pos + 2
            while j < n and src[j] in DIGITS:
                j += 1
            number = _num(src[pos + 1:j])
            if number <= self.ncaps:
                self.pos = j
                return Backreference([number])
            if self.umode:
                self.error(INVALID_ESCAPE)
            return Char(self.legacy_octal(pos + 1))
        if d == "0":
            if pos + 2 < n and src[pos + 2] in DIGITS:
                if self.umode:
                    self.error(INVALID_DECIMAL_ESCAPE)
                return Char(self.legacy_octal(pos + 1))
            self.pos = pos + 2
            return Char(0)
        if d in CLASS_ESCAPES:
            self.pos = pos + 2
            return ClassEscape(d)
        if (d == "p" or d == "P") and self.umode:
            return self.property_escape(False)
        if d == "k" and self.named:
            if pos + 2 < n and src[pos + 2] == "<":
                self.pos = pos + 3
                name = self.group_name()
                node = Backreference(None, name)
                self.refs.append((name, node, pos))
                return node
            self.error(INVALID_NAMED_REFERENCE)
        return Char(self.character_escape(pos, d, False))

    def property_escape(self, in_class: bool) -> Property:
        """\\p{...} / \\P{...} (sec-unicodematchproperty-p, sec-unicodematchpropertyvalue-p)."""
        src = self.src
        pos = self.pos
        negate = src[pos + 1] == "P"
        m = PROPERTY_BODY.match(src, pos + 2)
        message = INVALID_CLASS_PROPERTY_NAME if in_class else INVALID_PROPERTY_NAME
        if m is None:
            self.error(message)
        name, value = m.group(1), m.group(2)
        if value is not None:
            prop = NONBINARY_PROPERTIES.get(name)
            table = GENERAL_CATEGORY_CANONICAL if prop == "General_Category" else SCRIPT_CANONICAL
            if prop is None or value not in table:
                self.error(message)
            node = Property(prop, table[value], negate)
        elif name in GENERAL_CATEGORY_CANONICAL:
            node = Property("General_Category", GENERAL_CATEGORY_CANONICAL[name], negate)
        elif name in BINARY_CANONICAL:
            node = Property(BINARY_CANONICAL[name], None, negate)
        elif self.v and not negate and name in STRING_PROPERTIES:
            node = Property(name, None, False, True)
        else:
            self.error(message)
        self.pos = m.end()
        return node


def check_flags(flags: str) -> None:
    """sec-parsepattern step 1: only dgimsuyv, each at most once, not both u and v."""
    if len(set(flags)) != len(flags) or not FLAG_CHARS.issuperset(flags) or (
            "u" in flags and "v" in flags):
        raise RegExpError(FLAGS_MESSAGE, None)


def validate_regexp(pattern: str, flags: str) -> None:
    """Raise RegExpError if /pattern/flags has an early error (sec-regexp-literals-static-semantics-early-errors)."""
    check_flags(flags)
    if pattern.isalnum() or not pattern:
        return                             # the common trivial case
    _Parser(pattern, flags).parse()


def parse_regexp(pattern: str, flags: str) -> Pattern:
    """Parse /pattern/flags into the pattern AST (raises RegExpError)."""
    check_flags(flags)
    return _Parser(pattern, flags).parse()

