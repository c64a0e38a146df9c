"""Character class parsing for the RegExp pattern parser (a mixin of regexp._Parser).

Owns ClassContents without the v flag (sec-patterns, with the Annex B ranges such as
[\\d-a]) and ClassSetExpression with the v flag (nested classes, `&&` / `--`, \\q{...},
MayContainStrings).  Uses the parser state and escape helpers defined in regexp.py.
"""

from __future__ import annotations

from .regexp_ast import Char, CharClass, ClassEscape, ClassStrings, Range
from .regexp_chars import (CLASS_ESCAPES, CLASS_SET_DOUBLE_PUNCT, CLASS_SET_RESERVED_PUNCT,
                           CLASS_SET_SYNTAX, DIGITS, PLAIN_RUN_CLASS, is_lead, is_trail)
from .regexp_errors import (CLASS_RANGE_OUT_OF_ORDER, ESCAPE_AT_END, INVALID_CHARACTER_CLASS,
                            INVALID_CHARACTER_IN_CLASS, INVALID_CLASS_ESCAPE,
                            INVALID_CLASS_SET_OPERATION, INVALID_ESCAPE,
                            NEGATED_CLASS_WITH_STRINGS, UNTERMINATED_CHARACTER_CLASS)


class ClassParserMixin:
    """The character-class methods of regexp._Parser."""

    __slots__ = ()

    def class_atom(self):
        """ClassAtom at pos: an int (a character) or a ClassEscape / Property node."""
        src, n = self.src, self.n
        pos = self.pos
        if pos >= n:
            self.error(UNTERMINATED_CHARACTER_CLASS)
        c = src[pos]
        if c != "\\":
            if self.umode and is_lead(c) and pos + 1 < n and is_trail(src[pos + 1]):
                self.pos = pos + 2
                return 0x10000 + ((ord(c) - 0xD800) << 10) + (ord(src[pos + 1]) - 0xDC00)
            self.pos = pos + 1
            return ord(c)
        if pos + 1 >= n:
            self.error(ESCAPE_AT_END)
        d = src[pos + 1]
        if d == "b":
            self.pos = pos + 2
            return 8
        if d == "-":
            self.pos = pos + 2
            return 45
        if d in CLASS_ESCAPES:
            self.pos = pos + 2
            return ClassEscape(d)
        if (d == "p" or d == "P") and self.umode:
            return self.property_escape(True)
        if d in DIGITS:
            if not self.umode:
                return self.legacy_octal(pos + 1)
            if d == "0" and not (pos + 2 < n and src[pos + 2] in DIGITS):
                self.pos = pos + 2
                return 0
            self.error(INVALID_ESCAPE if d == "8" or d == "9" else INVALID_CLASS_ESCAPE)
        return self.character_escape(pos, d, True)

    def char_class(self) -> CharClass:
        """CharacterClass without the v flag (Annex B ranges with class escapes allowed)."""
        src, n, umode = self.src, self.n, self.umode
        pos = self.pos + 1
        negate = pos < n and src[pos] == "^"
        if negate:
            pos += 1
        items = []
        append = items.append
        while True:
            if pos >= n:
                self.error(UNTERMINATED_CHARACTER_CLASS)
            c = src[pos]
            if c == "]":
                break
            if c != "\\" and c != "-":
                end = PLAIN_RUN_CLASS.match(src, pos).end()
                if end >= n or src[end] != "-":
                    items.extend(self.chars(pos, end))
                    pos = end
                    continue
                last = end - 1             # may start a range
                if umode and last > pos and is_trail(src[last]) and is_lead(src[last - 1]):
                    last -= 1
                if last > pos:
                    items.extend(self.chars(pos, last))
                pos = last
            self.pos = pos
            a = self.class_atom()
            pos = self.pos
            if pos + 1 < n and src[pos] == "-" and src[pos + 1] != "]":
                self.pos = pos + 1
                b = self.class_atom()
                pos = self.pos
                if type(a) is int and type(b) is int:
                    if a > b:
                        self.error(CLASS_RANGE_OUT_OF_ORDER)
                    append(Range(a, b))
                elif umode:
                    self.error(INVALID_CHARACTER_CLASS)
                else:                      # Annex B: [\d-a] is \d, '-', 'a'
                    append(Char(a) if type(a) is int else a)
                    append(Char(45))
                    append(Char(b) if type(b) is int else b)
            else:
                append(Char(a) if type(a) is int else a)
        self.pos = pos + 1
        return CharClass(negate, "union", items)

    # ------------------------------------------------------------ classes with v

    def class_v(self) -> CharClass:
        """CharacterClass[+UnicodeSetsMode] at '['."""
        src, n = self.src, self.n
        pos = self.pos + 1
        negate = pos < n and src[pos] == "^"
        self.pos = pos + 1 if negate else pos
        node = self.class_contents(negate)
        if negate and node.strings:
            self.error(NEGATED_CLASS_WITH_STRINGS)
        return node

    def class_contents(self, negate: bool) -> CharClass:
        """ClassSetExpression up to and including the closing ']'."""
        src, n = self.src, self.n
        pos = self.pos
        if pos < n and src[pos] == "]":
            self.pos = pos + 1
            return CharClass(negate, "union", [], False)
        node, single, strings = self.class_set_operand()
        pos = self.pos
        op = src[pos:pos + 2]
        if op == "&&" or op == "--":
            items = [node]
            while True:
                pos = self.pos
                if pos >= n:
                    self.error(UNTERMINATED_CHARACTER_CLASS)
                if src[pos] == "]":
                    break
                if not src.startswith(op, pos):
                    self.error(INVALID_CLASS_SET_OPERATION)
                pos += 2
                if op == "&&" and pos < n and src[pos] == "&":
                    self.error(INVALID_CHARACTER_IN_CLASS, pos)
                self.pos = pos
                operand, _, operand_strings = self.class_set_operand()
                items.append(operand)
                if op == "&&":
                    strings = strings and operand_strings
            self.pos = pos + 1
            kind = "intersection" if op == "&&" else "subtraction"
            return CharClass(negate, kind, items, strings)
        items = []
        append = items.append
        any_strings = False
        while True:
            pos = self.pos
            if single is not None and pos < n and src[pos] == "-" and not src.startswith("--", pos):
                self.pos = pos + 1
                _, hi, _ = self.class_set_operand()
                if hi is None:
                    self.error(INVALID_CHARACTER_CLASS)
                if single > hi:
                    self.error(CLASS_RANGE_OUT_OF_ORDER)
                append(Range(single, hi))
            else:
                append(node)
                any_strings = any_strings or strings
            pos = self.pos
            if pos >= n:
                self.error(UNTERMINATED_CHARACTER_CLASS)
            if src[pos] == "]":
                break
            op = src[pos:pos + 2]
            if op == "&&" or op == "--":
                self.error(INVALID_CLASS_SET_OPERATION)
            if op[0] == "-":                 # a range bound that is not a character
                self.error(INVALID_CHARACTER_CLASS)
            node, single, strings = self.class_set_operand()
        self.pos = pos + 1
        return CharClass(negate, "union", items, any_strings)

    def class_set_character_escape(self, pos: int, d: str) -> int:
        """'\\' CharacterEscape[+U] | '\\' ClassSetReservedPunctuator | '\\b' at pos."""
        if d == "b":
            self.pos = pos + 2
            return 8
        if d in CLASS_SET_RESERVED_PUNCT:
            self.pos = pos + 2
            return ord(d)
        if d == "0" and not (pos + 2 < self.n and self.src[pos + 2] in DIGITS):
            self.pos = pos + 2
            return 0
        if d in DIGITS:
            self.error(INVALID_ESCAPE if d == "8" or d == "9" else INVALID_CLASS_ESCAPE)
        return self.character_escape(pos, d, True)

    def class_set_operand(self):
        """ClassSetOperand (or the start of a ClassSetRange): (node, character or None, strings)."""
        src, n = self.src, self.n
        pos = self.pos
        if pos >= n:
            self.error(UNTERMINATED_CHARACTER_CLASS)
        c = src[pos]
        if c == "[":
            pos += 1
            negate = pos < n and src[pos] == "^"
            self.pos = pos + 1 if negate else pos
            node = self.class_contents(negate)
            if negate and node.strings:
                self.error(NEGATED_CLASS_WITH_STRINGS)
            return node, None, node.strings
        if c == "\\":
            if pos + 1 >= n:
                self.error(ESCAPE_AT_END)
            d = src[pos + 1]
            if d in CLASS_ESCAPES:
                self.pos = pos + 2
                return ClassEscape(d), None, False
            if d == "p" or d == "P":
                node = self.property_escape(True)
                return node, None, node.strings
            if d == "q":
                if pos + 2 < n and src[pos + 2] == "{":
                    return self.class_strings()
                self.error(INVALID_ESCAPE)
            value = self.class_set_character_escape(pos, d)
            return Char(value), value, False
        if c in CLASS_SET_SYNTAX:
            self.error(INVALID_CHARACTER_IN_CLASS)
        if c in CLASS_SET_DOUBLE_PUNCT and pos + 1 < n and src[pos + 1] == c:
            self.error(INVALID_CLASS_SET_OPERATION)
        if is_lead(c) and pos + 1 < n and is_trail(src[pos + 1]):
            self.pos = pos + 2
            value = 0x10000 + ((ord(c) - 0xD800) << 10) + (ord(src[pos + 1]) - 0xDC00)
        else:
            self.pos = pos + 1
            value = ord(c)
        return Char(value), value, False

    def class_strings(self):
        """\\q{ClassString|...} at the backslash."""
        src, n = self.src, self.n
        pos = self.pos + 3
        strings = []
        current = []
        while True:
            if pos >= n:
                self.error(UNTERMINATED_CHARACTER_CLASS)
            c = src[pos]
            if c == "}":
                strings.append(tuple(current))
                pos += 1
                break
            if c == "|":
                strings.append(tuple(current))
                current = []
                pos += 1
                continue
            if c == "\\":
                if pos + 1 >= n:
                    self.error(ESCAPE_AT_END)
                value = self.class_set_character_escape(pos, src[pos + 1])
                pos = self.pos
            elif c in CLASS_SET_SYNTAX:
                self.error(INVALID_CHARACTER_IN_CLASS, pos)
            elif c in CLASS_SET_DOUBLE_PUNCT and pos + 1 < n and src[pos + 1] == c:
                self.error(INVALID_CLASS_SET_OPERATION, pos)
            elif is_lead(c) and pos + 1 < n and is_trail(src[pos + 1]):
                value = 0x10000 + ((ord(c) - 0xD800) << 10) + (ord(src[pos + 1]) - 0xDC00)
                pos += 2
            else:
                value = ord(c)
                pos += 1
            current.append(value)
        self.pos = pos
        strings_flag = any(len(s) != 1 for s in strings)
        return ClassStrings(strings), None, strings_flag
