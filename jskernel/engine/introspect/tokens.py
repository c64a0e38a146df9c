"""A forgiving tokenizer for code being typed (completion and inspection).

Owns `scan(text)`: the tokens of a possibly unfinished piece of JavaScript, plus the
state the text ends in (inside a string, a template, a comment, or plain code).  The
engine's lexer (engine/syntax/lexer.py) is exact and stops at the first error; this
one never fails: it only has to tell identifiers, literals and punctuators apart and
know where strings and comments start and end, so that completion can look at the
tail of the input before the cursor.  Regex-vs-division is decided by the previous
significant token, as every editor does.

Works on Python text (code points); offsets are indices into that text.
"""

from __future__ import annotations

from dataclasses import dataclass

# token kinds
NAME = "name"
NUM = "num"
STR = "str"           # a complete string literal; .value is its (unescaped) content
TEMPLATE = "template"  # a complete template without substitutions
REGEX = "regex"
PUNCT = "punct"

# states the text can end in
CODE = "code"
IN_STRING = "string"
IN_TEMPLATE = "template"
IN_COMMENT = "comment"

# after these keywords a `/` starts a regular expression
_REGEX_AFTER_WORDS = {
    "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw",
    "case", "do", "else", "yield", "await",
}
_MULTI_PUNCT = ("...", "?.", "=>", "&&", "||", "??", "==", "!=", "<=", ">=", "++", "--")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


@dataclass
class Token:
    kind: str
    value: str
    start: int
    end: int

    def is_punct(self, *values) -> bool:
        return self.kind == PUNCT and self.value in values


@dataclass
class Scan:
    tokens: list
    state: str = CODE
    open_start: int = -1      # IN_STRING / IN_TEMPLATE / IN_COMMENT: where it began
    quote: str = ""           # IN_STRING: the quote character
    partial: str = ""         # IN_STRING: the content typed so far (unescaped)


def is_id_start(c: str) -> bool:
    return c == "$" or c == "_" or c.isalpha()


def is_id_part(c: str) -> bool:
    return c == "$" or c == "_" or c.isalnum() or c in "\u200c\u200d"


def _read_string(text: str, i: int, quote: str):
    """Scan a string literal from its opening quote; (end, content, closed)."""
    n = len(text)
    out = []
    j = i + 1
    while j < n:
        c = text[j]
        if c == quote:
            return j + 1, "".join(out), True
        if c == "\\":
            if j + 1 >= n:
                return n, "".join(out), False
            e = text[j + 1]
            hexits = text[j + 2:j + 6]
            if e == "u" and len(hexits) == 4 and all(h in "0123456789abcdefABCDEF" for h in hexits):
                out.append(chr(int(hexits, 16)))
                j += 6
                continue
            if e == "\n":
                j += 2
                continue
            out.append(_ESCAPES.get(e, e))
            j += 2
            continue
        if c == "\n":
            return j, "".join(out), False   # unterminated at end of line
        out.append(c)
        j += 1
    return n, "".join(out), False


def _regex_allowed(tokens) -> bool:
    if not tokens:
        return True
    t = tokens[-1]
    if t.kind in (NUM, STR, TEMPLATE, REGEX):
        return False
    if t.kind == NAME:
        return t.value in _REGEX_AFTER_WORDS
    return t.value not in (")", "]", "}")


def scan(text: str) -> Scan:
    """Tokenize `text`; never raises."""
    tokens: list[Token] = []
    braces: list[str] = []           # "{" or "${" (a template substitution) per open brace
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c == "/" and text.startswith("//", i):
            j = text.find("\n", i)
            if j < 0:
                return Scan(tokens, IN_COMMENT, i)
            i = j + 1
            continue
        if c == "/" and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                return Scan(tokens, IN_COMMENT, i)
            i = j + 2
            continue
        if c == "'" or c == '"':
            end, content, closed = _read_string(text, i, c)
            if not closed:
                if end >= n:
                    return Scan(tokens, IN_STRING, i, c, content)
                i = end          # unterminated at a newline: skip it
                continue
            tokens.append(Token(STR, content, i, end))
            i = end
            continue
        if c == "`" or (c == "}" and braces and braces[-1] == "${"):
            head = c == "`"
            if not head:
                braces.pop()
            j = i + 1
            while j < n:
                d = text[j]
                if d == "\\":
                    j += 2
                    continue
                if d == "`":
                    break
                if d == "$" and text.startswith("${", j):
                    break
                j += 1
            if j >= n:
                return Scan(tokens, IN_TEMPLATE, i)
            if text[j] == "`":
                kind = TEMPLATE if head else PUNCT
                tokens.append(Token(kind, text[i + 1:j] if head else "`", i, j + 1))
                i = j + 1
            else:
                tokens.append(Token(PUNCT, "${", i, j + 2))
                braces.append("${")
                i = j + 2
            continue
        if c.isdigit() or (c == "." and i + 1 < n and text[i + 1].isdigit()):
            j = i
            if c == "0" and i + 1 < n and text[i + 1] in "xXoObB":
                j = i + 2
                while j < n and (text[j].isalnum() or text[j] == "_"):
                    j += 1
            else:
                while j < n and (text[j].isdigit() or text[j] == "_"):
                    j += 1
                if j < n and text[j] == ".":
                    j += 1
                    while j < n and (text[j].isdigit() or text[j] == "_"):
                        j += 1
                if j < n and text[j] in "eE":
                    k = j + 1
                    if k < n and text[k] in "+-":
                        k += 1
                    if k < n and text[k].isdigit():
                        j = k
                        while j < n and text[j].isdigit():
                            j += 1
                if j < n and text[j] == "n":
                    j += 1
            tokens.append(Token(NUM, text[i:j], i, j))
            i = j
            continue
        if is_id_start(c) or c == "\\" or c == "#":
            j = i + 1
            while j < n and (is_id_part(text[j]) or text[j] == "\\"):
                j += 1
            tokens.append(Token(NAME, text[i:j], i, j))
            i = j
            continue
        if c == "/" and _regex_allowed(tokens):
            j = i + 1
            in_class = False
            while j < n:
                d = text[j]
                if d == "\\":
                    j += 2
                    continue
                if d == "\n":
                    break
                if d == "[":
                    in_class = True
                elif d == "]":
                    in_class = False
                elif d == "/" and not in_class:
                    break
                j += 1
            if j < n and text[j] == "/":
                j += 1
                while j < n and is_id_part(text[j]):
                    j += 1
                tokens.append(Token(REGEX, text[i:j], i, j))
                i = j
                continue
            tokens.append(Token(PUNCT, "/", i, i + 1))
            i += 1
            continue
        for p in _MULTI_PUNCT:
            if text.startswith(p, i):
                if p == "?." and i + 2 < n and text[i + 2].isdigit():
                    continue          # `a ?.5 : b` is a conditional
                tokens.append(Token(PUNCT, p, i, i + len(p)))
                i += len(p)
                break
        else:
            if c == "{":
                braces.append("{")
            elif c == "}" and braces:
                braces.pop()
            tokens.append(Token(PUNCT, c, i, i + 1))
            i += 1
    return Scan(tokens)


_OPENS = {"(": ")", "[": "]", "{": "}"}
_CLOSES = {")": "(", "]": "[", "}": "{"}


def matching_bracket(tokens, index: int) -> int:
    """Index of the bracket that pairs with the one at `index`: scanning forwards from an
    opening bracket, backwards from a closing one (-1 if none)."""
    here = tokens[index].value
    if here in _OPENS:
        other, step, stop = _OPENS[here], 1, len(tokens)
    else:
        other, step, stop = _CLOSES[here], -1, -1
    depth = 0
    for k in range(index, stop, step):
        t = tokens[k]
        if t.kind != PUNCT:
            continue
        if t.value == here:
            depth += 1
        elif t.value == other:
            depth -= 1
            if depth == 0:
                return k
    return -1

