"""The JavaScript tokenizer, pulled by the parser one token at a time.

Owns: scanning of white space and comments (including Annex B HTML-like
comments in scripts and the hashbang line), identifiers and keywords (with
`\\u` escapes), numbers (separators, BigInt, legacy octal), strings, template
chunks and regular-expression literals, plus line/column tracking.

`Lexer` is a mixin of the parser class: the current token lives in parser
attributes (`type`, `value`, `start`, `end`, `start_loc`, `nl_before`,
`contains_esc`) rather than in token objects, which keeps the hot path cheap.
The common tokens are recognised by one precompiled master pattern that also
skips the white space and comments in front of them; everything unusual falls
back to the slow scanners below.  Whether `/` starts a regexp and where a
template chunk begins is decided by the parser, which calls `read_regexp` /
`read_template_chunk` when its grammar position says so.
"""

from __future__ import annotations

import re

from jskernel.engine.errors import JSSyntaxError
from jskernel.engine.syntax import messages as M
from jskernel.engine.syntax.chars import WHITESPACE, is_id_continue, is_id_start
from jskernel.engine.syntax.tokens import (BIGINT, EOF, KEYWORDS, NAME, NUM, PRIVATE,
                                           REGEXP, STRING, TEMPLATE)

_WS_ALL = WHITESPACE + "\n\r\u2028\u2029"
_SKIP = (r"(?:[%s]+|//[^\n\r\u2028\u2029]*|/\*[^*]*\*+(?:[^/*][^*]*\*+)*/)*" % _WS_ALL)
# Punctuators, factored by first character so that the regex engine rejects the
# wrong branches after one comparison; most frequent first.
_PUNCT = (r"[(){}\[\];,~:]|\.(?:\.\.|(?![0-9]))|=(?:==?|>)?|!(?:==?)?|\+[+=]?|-(?:-(?!>)|=|(?!->))"
          r"|\*\*?=?|%=?|&&?=?|\|\|?=?|\^=?|\?(?:\?=?|\.(?![0-9]))?|<(?!!--)(?:<=?|=)?|>(?:>>?=?|=)?"
          r"|/(?![*/])=?")
# group 1: identifier, 2: simple number, 3: punctuator, 4: simple string.  An
# identifier or number followed by a character that could continue it (escape,
# non-ASCII, BigInt suffix, separator, octal digit ...) matches nothing here and
# goes to the slow scanners: the possessive / atomic groups forbid backtracking
# to a shorter token.
_TOKEN = re.compile(
    _SKIP + r"(?:([A-Za-z$_][A-Za-z0-9$_]*+)(?![\\\x80-\uffff])"
    r"|((?>(?:[1-9][0-9]*|0)(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?))"
    r"(?![0-9A-Za-z_$\\\x80-\uffff])"
    r"|(" + _PUNCT + r")"
    r"|(\"[^\"\\\n\r\u2028\u2029]*\"|'[^'\\\n\r\u2028\u2029]*'))?")
_SKIP_RE = re.compile(_SKIP)


def skip_space(text: str, pos: int) -> int:
    """Offset of the first character at or after `pos` that is neither white space, a line
    terminator nor inside a comment."""
    return _SKIP_RE.match(text, pos).end()
_TOKEN_MATCH = _TOKEN.match
_LINE_COMMENT = re.compile(r"[^\n\r\u2028\u2029]*")
_NEWLINES = re.compile("\r\n?|[\n\u2028\u2029]")
_HAS_NL = re.compile("[\n\r\u2028\u2029]")
_STR_RUN = {'"': re.compile(r"[^\"\\\n\r]*"), "'": re.compile(r"[^'\\\n\r]*")}
_TMPL_RUN = re.compile(r"(?:[^`\\$\r]|\$(?!\{))*")
_HEX = "0123456789abcdefABCDEF"
_REGEXP_FLAGS = frozenset("dgimsuyv")
_SIMPLE_ESC = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "v": "\x0b", "f": "\x0c"}
_DIGITS = {2: "01", 8: "01234567", 10: "0123456789", 16: _HEX}


def code_point_at(src: str, pos: int) -> int:
    c = ord(src[pos])
    if 0xD800 <= c <= 0xDBFF and pos + 1 < len(src):
        d = ord(src[pos + 1])
        if 0xDC00 <= d <= 0xDFFF:
            return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00)
    return c


def _utf16(cp: int) -> str:
    if cp < 0x10000:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


class _TemplateEscape(Exception):
    """An escape that is invalid in an untagged template (cooked value undefined)."""

    def __init__(self, pos, message):
        self.pos = pos
        self.message = message


class Lexer:
    """Tokenizer state and scanning methods (mixed into the parser)."""

    def init_lexer(self, source: str) -> None:
        self.input = source
        self.length = len(source)
        self.pos = 0
        self.line = 1
        self.line_start = 0
        # Only "\n" (possibly as "\r\n") ends lines: count "\n" alone (the fast path).
        self.simple_nl = ("\u2028" not in source and "\u2029" not in source
                          and ("\r" not in source or source.count("\r") == source.count("\r\n")))
        self.type = EOF
        self.value = None
        self.start = self.end = 0
        self.start_loc = None
        self.last_start = self.last_end = 0
        self.last_end_line = 1
        self.last_end_ls = 0
        self.nl_before = False
        self.contains_esc = False
        self.tmpl_tail = False
        self.tmpl_invalid = None
        self.esc_word_end = -1
        if source.startswith("#!"):
            m = _LINE_COMMENT.match(source, 2)
            self.pos = m.end()

    # ------------------------------------------------------------------ errors
    def loc_of(self, pos: int):
        """(line, 0-based column) of offset `pos`."""
        src = self.input
        if self.simple_nl:
            line = src.count("\n", 0, pos) + 1
            ls = src.rfind("\n", 0, pos) + 1
            return line, pos - ls
        line, ls = 1, 0
        for m in _NEWLINES.finditer(src, 0, pos):
            line += 1
            ls = m.end()
        return line, pos - ls

    def raise_at(self, pos: int, message: str):
        line, col = self.loc_of(pos)
        raise JSSyntaxError(message, pos=pos, line=line, column=col + 1,
                            source=self.input, filename=self.filename)

    def raise_eof(self, message: str = M.UNEXPECTED_EOS):
        self.raise_at(self.length, message)

    # ------------------------------------------------------------- line tracking
    def _count_lines(self, a: int, b: int) -> None:
        src = self.input
        if self.simple_nl:
            k = src.count("\n", a, b)
            if k:
                self.line += k
                self.line_start = src.rfind("\n", a, b) + 1
            return
        for m in _NEWLINES.finditer(src, a, b):
            self.line += 1
            self.line_start = m.end()

    # --------------------------------------------------------------- next token
    def next(self, ignore_escaped_keyword: bool = False) -> None:
        """Advance to the next token (the fast path of the whole front end)."""
        if self.contains_esc:
            if not ignore_escaped_keyword and self.type in KEYWORDS:
                self.raise_at(self.start, M.ESCAPED_KEYWORD)
            self.contains_esc = False
            self.esc_word_end = self.end
        self.last_start = self.start
        self.last_start_loc = self.start_loc
        self.last_end = self.end
        self.last_end_line = self.line
        self.last_end_ls = self.line_start
        src = self.input
        pos = self.pos
        nl = False
        while True:
            m = _TOKEN_MATCH(src, pos)
            idx = m.lastindex
            if idx is not None:
                start, e = m.span(idx)
            else:
                start = m.end()
            if start != pos:
                if self.simple_nl:
                    k = src.count("\n", pos, start)
                    if k:
                        self.line += k
                        self.line_start = src.rfind("\n", pos, start) + 1
                        nl = True
                else:
                    line = self.line
                    self._count_lines(pos, start)
                    if self.line != line:
                        nl = True
            if idx is None:
                self.nl_before = nl
                pos = self._read_token_slow(start)
                if pos is None:
                    return
                nl = self.nl_before
                continue
            break
        self.nl_before = nl
        if idx == 1:
            word = src[start:e]
            self.type = word if word in KEYWORDS else NAME
            self.value = word
        elif idx == 3:
            self.type = self.value = src[start:e]
        elif idx == 2:
            self.type = NUM
            self.value = float(src[start:e])
        else:
            self.type = STRING
            self.value = src[start + 1:e - 1]
        self.start = start
        self.end = self.pos = e
        if self.locations:
            self.start_loc = {"line": self.line, "column": start - self.line_start}

    def _finish(self, type_, value, start, end):
        self.type = type_
        self.value = value
        self.start = start
        self.end = self.pos = end
        if self.locations:
            self.start_loc = {"line": self.line, "column": start - self.line_start}

    def _finish_multiline(self, type_, value, start, end):
        """Finish a token that may contain line terminators (start loc taken first)."""
        self.type = type_
        self.value = value
        self.start = start
        self.end = self.pos = end
        if self.locations:
            self.start_loc = {"line": self.line, "column": start - self.line_start}
        self._count_lines(start, end)

    def _read_token_slow(self, start: int):
        """Tokens the master pattern leaves alone.  Returns None once the current
        token is set, or the offset to resume scanning at after an HTML-like comment."""
        src = self.input
        n = self.length
        if start >= n:
            self._finish(EOF, None, n, n)
            return None
        c = src[start]
        if c == "/" and src.startswith("/*", start):
            self.raise_eof(M.UNTERMINATED_COMMENT)
        if not self.in_module:
            if c == "<" and src.startswith("<!--", start):
                return _LINE_COMMENT.match(src, start + 4).end()
            if c == "-" and src.startswith("-->", start) and (self.nl_before or self.last_end == 0):
                return _LINE_COMMENT.match(src, start + 3).end()
        if c == "-":   # `-->` that is not a comment
            self._finish("--", "--", start, start + 2)
            return
        if c == "<":   # `<!--` in a module
            self._finish("<", "<", start, start + 1)
            return
        if c == '"' or c == "'":
            self._read_string(c, start)
            return
        if c == "`":
            self._finish("`", "`", start, start + 1)
            return
        if c == "#":
            if start + 1 < n and (src[start + 1] == "\\" or is_id_start(code_point_at(src, start + 1))):
                word, end = self._scan_word(start + 1)
                self._finish(PRIVATE, word, start, end)
                return
            self.raise_at(start, M.INVALID_OR_UNEXPECTED_TOKEN)
        if "0" <= c <= "9" or c == ".":
            self._read_number_slow(start)
            return
        if c == "\\" or is_id_start(code_point_at(src, start)):
            self._read_word_slow(start)
            return
        self.raise_at(start, M.INVALID_OR_UNEXPECTED_TOKEN)

    # ------------------------------------------------------------- identifiers
    def _scan_word(self, pos: int):
        """Scan an IdentifierName with escapes from `pos`; returns (value, end)."""
        src = self.input
        n = self.length
        out = []
        first = True
        chunk = pos
        while pos < n:
            c = src[pos]
            if c == "\\":
                out.append(src[chunk:pos])
                esc = pos
                if not src.startswith("\\u", pos):
                    self.raise_at(pos, M.INVALID_OR_UNEXPECTED_TOKEN)
                cp, pos = self._read_code_point(pos + 2, esc)
                if not (is_id_start(cp) if first else is_id_continue(cp)):
                    self.raise_at(esc, M.INVALID_OR_UNEXPECTED_TOKEN)
                out.append(_utf16(cp))
                self.contains_esc = True
                chunk = pos
            else:
                cp = code_point_at(src, pos)
                if not (is_id_start(cp) if first else is_id_continue(cp)):
                    break
                pos += 2 if cp > 0xFFFF and src[pos] < "\U00010000" else 1
            first = False
        out.append(src[chunk:pos])
        return "".join(out), pos

    def _read_word_slow(self, start: int) -> None:
        self.contains_esc = False
        word, end = self._scan_word(start)
        t = word if word in KEYWORDS else NAME
        self._finish(t, word, start, end)

    def _read_code_point(self, pos: int, esc_start: int, template: bool = False):
        """After `\\u`: read XXXX or {X...}; returns (code point, end)."""
        src = self.input
        if pos < self.length and src[pos] == "{":
            end = src.find("}", pos + 1)
            digits = src[pos + 1:end] if end > 0 else ""
            if end < 0 or not digits or any(ch not in _HEX for ch in digits):
                self._escape_error(esc_start, M.INVALID_UNICODE_ESCAPE, template)
            cp = int(digits, 16)
            if cp > 0x10FFFF:
                self._escape_error(esc_start, M.UNDEFINED_UNICODE_CODE_POINT, template)
            return cp, end + 1
        digits = src[pos:pos + 4]
        if len(digits) < 4 or any(ch not in _HEX for ch in digits):
            self._escape_error(esc_start, M.INVALID_UNICODE_ESCAPE, template)
        return int(digits, 16), pos + 4

    def _escape_error(self, pos, message, template):
        if template:
            raise _TemplateEscape(pos, message)
        self.raise_at(pos, message)

    # ----------------------------------------------------------------- numbers
    def _read_digits(self, pos: int, radix: int, allow_sep: bool = True):
        """Digits (with `_` separators) from `pos`; returns (digits, end)."""
        src = self.input
        n = self.length
        digits = _DIGITS[radix]
        begin = pos
        last_sep = -2
        while pos < n:
            c = src[pos]
            if c == "_" and allow_sep:
                if pos == begin:
                    self.raise_at(pos, M.INVALID_OR_UNEXPECTED_TOKEN)
                if last_sep == pos - 1:
                    self.raise_at(pos, M.CONTINUOUS_SEPARATOR)
                last_sep = pos
                pos += 1
                continue
            if c not in digits:
                break
            pos += 1
        if last_sep == pos - 1:
            self.raise_at(last_sep, M.TRAILING_SEPARATOR)
        return src[begin:pos].replace("_", ""), pos

    def _after_number(self, pos: int) -> None:
        if pos < self.length:
            c = self.input[pos]
            if c == "\\" or is_id_start(code_point_at(self.input, pos)) or "0" <= c <= "9":
                self.raise_at(pos, M.INVALID_OR_UNEXPECTED_TOKEN)

    def _read_number_slow(self, start: int) -> None:
        src = self.input
        n = self.length
        c = src[start]
        nxt = src[start + 1] if start + 1 < n else ""
        if c == "0" and nxt in "xXoObB" and nxt:
            radix = {"x": 16, "o": 8, "b": 2}[nxt.lower()]
            digits, pos = self._read_digits(start + 2, radix)
            if not digits:
                self.raise_at(start + 2, M.INVALID_OR_UNEXPECTED_TOKEN)
            if pos < n and src[pos] == "n":
                self._after_number(pos + 1)
                v = int(digits, radix)
                self._finish(BIGINT, v, start, pos + 1)
                return
            self._after_number(pos)
            if len(digits) > 13:
                total = 0.0
                for d in digits:
                    total = total * radix + int(d, 16)
                v = total
            else:
                v = float(int(digits, radix))
            self._finish(NUM, v, start, pos)
            return
        if c == ".":
            frac, pos = self._read_digits(start + 1, 10)
            int_part = ""
            legacy = False
        else:
            leading_zero = c == "0" and start + 1 < n and ("0" <= nxt <= "9" or nxt == "_")
            if leading_zero and nxt == "_":
                self.raise_at(start + 1, M.ZERO_SEPARATOR)
            int_part, pos = self._read_digits(start, 10, allow_sep=not leading_zero)
            if leading_zero and pos < n and src[pos] == "_":
                self.raise_at(pos, M.ZERO_SEPARATOR)
            legacy = leading_zero
            if legacy and self.strict:
                if any(ch in "89" for ch in int_part):
                    self.raise_at(start, M.STRICT_DECIMAL_WITH_LEADING_ZERO)
                self.raise_at(start, M.STRICT_OCTAL_LITERAL)
            if not legacy and pos < n and src[pos] == "n":
                self._after_number(pos + 1)
                self._finish(BIGINT, int(int_part), start, pos + 1)
                return
            if legacy and any(ch in "89" for ch in int_part):
                legacy = False
            if pos < n and src[pos] == "." and not legacy:
                _, pos = self._read_digits(pos + 1, 10)
        if pos < n and src[pos] in "eE" and not legacy:
            p = pos + 1
            if p < n and src[p] in "+-":
                p += 1
            exp, p2 = self._read_digits(p, 10)
            if not exp:
                self.raise_at(start, M.INVALID_OR_UNEXPECTED_TOKEN)
            pos = p2
        self._after_number(pos)
        text = src[start:pos].replace("_", "")
        if legacy:
            v = float(int(text, 8))
        else:
            v = float(text)
        self._finish(NUM, v, start, pos)

    # ----------------------------------------------------------------- strings
    def _read_escape(self, pos: int, template: bool):
        """Read the escape after the backslash at `pos - 1`; returns (text, end)."""
        src = self.input
        if pos >= self.length:
            self.raise_eof(M.UNEXPECTED_EOS if template else M.INVALID_OR_UNEXPECTED_TOKEN)
        c = src[pos]
        esc = pos - 1
        if c in _SIMPLE_ESC:
            return _SIMPLE_ESC[c], pos + 1
        if c == "x":
            digits = src[pos + 1:pos + 3]
            if len(digits) < 2 or digits[0] not in _HEX or digits[1] not in _HEX:
                self._escape_error(esc, M.INVALID_HEX_ESCAPE, template)
            return chr(int(digits, 16)), pos + 3
        if c == "u":
            cp, end = self._read_code_point(pos + 1, esc, template)
            return _utf16(cp), end
        if c == "\r":
            if src.startswith("\n", pos + 1):
                return "", pos + 2
            return "", pos + 1
        if c == "\n" or c == "\u2028" or c == "\u2029":
            return "", pos + 1
        if "0" <= c <= "7":
            m = re.match(r"[0-7]{1,3}", src[pos:pos + 3])
            octal = m.group()
            if int(octal, 8) > 255:
                octal = octal[:-1]
            nxt = src[pos + len(octal)] if pos + len(octal) < self.length else ""
            if octal != "0" or nxt in ("8", "9"):
                if template:
                    raise _TemplateEscape(esc, M.TEMPLATE_OCTAL_LITERAL)
                if self.strict:
                    self.raise_at(esc, M.STRICT_OCTAL_ESCAPE)
            elif "0" <= nxt <= "9" and template:
                raise _TemplateEscape(esc, M.TEMPLATE_OCTAL_LITERAL)
            return chr(int(octal, 8)), pos + len(octal)
        if c == "8" or c == "9":
            if template:
                raise _TemplateEscape(esc, M.TEMPLATE_8_OR_9_ESCAPE)
            if self.strict:
                self.raise_at(esc, M.STRICT_8_OR_9_ESCAPE)
            return c, pos + 1
        if "\ud800" <= c <= "\udbff" and src[pos + 1:pos + 2] and "\udc00" <= src[pos + 1] <= "\udfff":
            return src[pos:pos + 2], pos + 2
        return c, pos + 1

    def _read_string(self, quote: str, start: int) -> None:
        src = self.input
        n = self.length
        run = _STR_RUN[quote]
        out = []
        pos = start + 1
        while True:
            e = run.match(src, pos).end()
            if e > pos:
                out.append(src[pos:e])
                pos = e
            if pos >= n:
                if self.continued_line(src):
                    self.raise_eof(M.INVALID_OR_UNEXPECTED_TOKEN)   # `'abc\` + newline: more may follow
                self.raise_at(start, M.INVALID_OR_UNEXPECTED_TOKEN)
            c = src[pos]
            if c == quote:
                break
            if c == "\\":
                text, pos = self._read_escape(pos + 1, False)
                out.append(text)
            else:
                self.raise_at(start, M.INVALID_OR_UNEXPECTED_TOKEN)
        self._finish_multiline(STRING, "".join(out), start, pos + 1)

    @staticmethod
    def continued_line(src: str) -> bool:
        """Does `src` end with a backslash-newline line continuation?"""
        body = src[:-2] if src.endswith("\r\n") else src[:-1]
        if not src or src[-1] not in "\n\r\u2028\u2029" or not body.endswith("\\"):
            return False
        return (len(body) - len(body.rstrip("\\"))) % 2 == 1

    # --------------------------------------------------------------- templates
    def read_template_chunk(self) -> None:
        """Scan a template chunk starting right after `` ` `` or `}`.

        Sets the current token to TEMPLATE with value (cooked, raw); cooked is None
        for an invalid escape, whose (pos, message) is left in `tmpl_invalid`.
        `tmpl_tail` tells whether the chunk ended with `` ` `` (the next token) or
        with `${` (skipped).
        """
        self.last_start = self.start
        self.last_start_loc = self.start_loc
        self.last_end = self.end
        self.last_end_line = self.line
        self.last_end_ls = self.line_start
        src = self.input
        n = self.length
        start = pos = self.end
        cooked = []
        invalid = None
        while True:
            e = _TMPL_RUN.match(src, pos).end()
            if e > pos:
                cooked.append(src[pos:e])
                pos = e
            if pos >= n:
                self.raise_eof(M.UNEXPECTED_EOS)
            c = src[pos]
            if c == "`":
                tail = True
                break
            if c == "$":   # `${`
                tail = False
                break
            if c == "\r":
                cooked.append("\n")
                pos += 2 if src.startswith("\n", pos + 1) else 1
                continue
            # backslash
            try:
                text, pos = self._read_escape(pos + 1, True)
                cooked.append(text)
            except _TemplateEscape as exc:
                if invalid is None:
                    invalid = (exc.pos, exc.message)
                pos += 2
        raw = src[start:pos]
        if "\r" in raw:
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        self.tmpl_tail = tail
        self.tmpl_invalid = invalid
        self.type = TEMPLATE
        self.value = (None if invalid else "".join(cooked), raw)
        self.start = start
        self.end = pos
        self.nl_before = False
        if self.locations:
            self.start_loc = {"line": self.line, "column": start - self.line_start}
        self._count_lines(start, pos)
        self.pos = pos if tail else pos + 2

    # ----------------------------------------------------------------- regexps
    def read_regexp(self) -> None:
        """Rescan the current `/` or `/=` token as a regular expression literal."""
        src = self.input
        n = self.length
        start = self.start
        pos = start + 1
        in_class = False
        while True:
            if pos >= n:
                self.raise_at(start, M.UNTERMINATED_REGEXP)
            c = src[pos]
            if c in "\n\r\u2028\u2029":
                self.raise_at(start, M.UNTERMINATED_REGEXP)
            if c == "\\":
                pos += 1
                if pos < n and src[pos] in "\n\r\u2028\u2029":
                    self.raise_at(start, M.UNTERMINATED_REGEXP)
            elif c == "[":
                in_class = True
            elif c == "]" and in_class:
                in_class = False
            elif c == "/" and not in_class:
                break
            pos += 1
        pattern = src[start + 1:pos]
        pos += 1
        if pos < n and (src[pos] == "\\" or is_id_continue(code_point_at(src, pos))):
            flags, pos = self._scan_word_continue(pos)
        else:
            flags = ""
        if self.contains_esc or any(f not in _REGEXP_FLAGS for f in flags) or len(set(flags)) != len(flags) \
                or ("u" in flags and "v" in flags):
            self.contains_esc = False
            self.raise_at(start, M.INVALID_REGEXP_FLAGS)
        from jskernel.engine.syntax import regexp as _regexp
        try:
            _regexp.validate_regexp(pattern, flags)
        except _regexp.RegExpError as exc:
            self.raise_at(start, exc.message)
        self._finish(REGEXP, (pattern, flags), start, pos)

    def _scan_word_continue(self, pos: int):
        """Identifier-continue characters (flags); escapes set contains_esc."""
        src = self.input
        n = self.length
        begin = pos
        while pos < n:
            c = src[pos]
            if c == "\\":
                self.contains_esc = True
                pos += 1
                continue
            cp = code_point_at(src, pos)
            if not is_id_continue(cp):
                break
            pos += 2 if cp > 0xFFFF and src[pos] < "\U00010000" else 1
        return src[begin:pos], pos

    # --------------------------------------------------------------- lookahead
    def skip_space_at(self, pos: int) -> int:
        """Offset of the first non-space, non-comment character at or after `pos`."""
        return skip_space(self.input, pos)

    def has_newline_between(self, a: int, b: int) -> bool:
        return _HAS_NL.search(self.input, a, b) is not None
