"""The tokenizer against acorn 8.19's tokenizer.

Each case is a source and acorn's token list for it, produced by
`acorn.tokenizer(src, {ecmaVersion: "latest", locations: true})` under node:
(kind, value, start, end, start line, start column, end line, end column), where
kind is acorn's type label ("name", "num", "string", "privateId", "eof", a
punctuator label) or "keyword"; BigInt values are written "<digits>n" and
non-finite numbers as their JS string.  Regular expressions and templates need the
parser's context, so they are checked through `parse` (see test_parser_ast.py and
the literal tests below).
"""

from __future__ import annotations

import math

import pytest

from jskernel.engine.syntax import parse
from jskernel.engine.syntax.parser import Parser
from jskernel.engine.syntax.tokens import BIGINT, EOF, KEYWORDS, NAME, NUM, PRIVATE, STRING
from jskernel.engine.text import to_js

_KIND = {NAME: "name", NUM: "num", BIGINT: "num", STRING: "string", PRIVATE: "privateId", EOF: "eof"}


def _tokens(source):
    p = Parser(source)
    out = []
    pending = None
    while True:
        p.next()
        if pending is not None:
            out.append(pending + (p.last_end_line, p.last_end - p.last_end_ls))
            pending = None
        t = p.type
        kind = "keyword" if t in KEYWORDS else _KIND.get(t, "punct")
        value = p.value
        if t == BIGINT:
            value = str(value) + "n"
        elif t == NUM and not math.isfinite(value):
            value = "Infinity" if value > 0 else "-Infinity"
        elif kind == "punct":
            value = t
        pending = (kind, value, p.start, p.end, p.start_loc["line"], p.start_loc["column"])
        if t == EOF:
            out.append(pending + (p.line, p.end - p.line_start))
            return out


def _expected(source, acorn_tokens):
    out = []
    for kind, value, start, end, l1, c1, l2, c2 in acorn_tokens:
        if kind not in ("name", "keyword", "num", "string", "privateId", "eof"):
            kind, value = "punct", source[start:end]
        elif kind == "num" and isinstance(value, (int, float)):
            value = float(value)
        elif isinstance(value, str):
            value = to_js(value)
        out.append((kind, value, start, end, l1, c1, l2, c2))
    return out


CASES = [
    ('var x = 1;',
     [('keyword', 'var', 0, 3, 1, 0, 1, 3), ('name', 'x', 4, 5, 1, 4, 1, 5), ('=', '=', 6, 7, 1, 6, 1, 7), ('num', 1, 8, 9, 1, 8, 1, 9), (';', None, 9, 10, 1, 9, 1, 10)]),
    ('a.b(c, d)[e]',
     [('name', 'a', 0, 1, 1, 0, 1, 1), ('.', None, 1, 2, 1, 1, 1, 2), ('name', 'b', 2, 3, 1, 2, 1, 3), ('(', None, 3, 4, 1, 3, 1, 4), ('name', 'c', 4, 5, 1, 4, 1, 5), (',', None, 5, 6, 1, 5, 1, 6), ('name', 'd', 7, 8, 1, 7, 1, 8), (')', None, 8, 9, 1, 8, 1, 9), ('[', None, 9, 10, 1, 9, 1, 10), ('name', 'e', 10, 11, 1, 10, 1, 11), (']', None, 11, 12, 1, 11, 1, 12)]),
    ('x >>>= y >>> z >> w << v',
     [('name', 'x', 0, 1, 1, 0, 1, 1), ('_=', '>>>=', 2, 6, 1, 2, 1, 6), ('name', 'y', 7, 8, 1, 7, 1, 8), ('<</>>/>>>', '>>>', 9, 12, 1, 9, 1, 12), ('name', 'z', 13, 14, 1, 13, 1, 14), ('<</>>/>>>', '>>', 15, 17, 1, 15, 1, 17), ('name', 'w', 18, 19, 1, 18, 1, 19), ('<</>>/>>>', '<<', 20, 22, 1, 20, 1, 22), ('name', 'v', 23, 24, 1, 23, 1, 24)]),
    ('a === b !== c == d != e',
     [('name', 'a', 0, 1, 1, 0, 1, 1), ('==/!=/===/!==', '===', 2, 5, 1, 2, 1, 5), ('name', 'b', 6, 7, 1, 6, 1, 7), ('==/!=/===/!==', '!==', 8, 11, 1, 8, 1, 11), ('name', 'c', 12, 13, 1, 12, 1, 13), ('==/!=/===/!==', '==', 14, 16, 1, 14, 1, 16), ('name', 'd', 17, 18, 1, 17, 1, 18), ('==/!=/===/!==', '!=', 19, 21, 1, 19, 1, 21), ('name', 'e', 22, 23, 1, 22, 1, 23)]),
    ('a ?? b ?. c ??= d ||= e &&= f',
     [('name', 'a', 0, 1, 1, 0, 1, 1), ('??', '??', 2, 4, 1, 2, 1, 4), ('name', 'b', 5, 6, 1, 5, 1, 6), ('?.', '?.', 7, 9, 1, 7, 1, 9), ('name', 'c', 10, 11, 1, 10, 1, 11), ('_=', '??=', 12, 15, 1, 12, 1, 15), ('name', 'd', 16, 17, 1, 16, 1, 17), ('_=', '||=', 18, 21, 1, 18, 1, 21), ('name', 'e', 22, 23, 1, 22, 1, 23), ('_=', '&&=', 24, 27, 1, 24, 1, 27), ('name', 'f', 28, 29, 1, 28, 1, 29)]),
    ('a?.5:1',
     [('name', 'a', 0, 1, 1, 0, 1, 1), ('?', '?', 1, 2, 1, 1, 1, 2), ('num', 0.5, 2, 4, 1, 2, 1, 4), (':', None, 4, 5, 1, 4, 1, 5), ('num', 1, 5, 6, 1, 5, 1, 6)]),
    ('x ** y **= z',
     [('name', 'x', 0, 1, 1, 0, 1, 1), ('**', '**', 2, 4, 1, 2, 1, 4), ('name', 'y', 5, 6, 1, 5, 1, 6), ('_=', '**=', 7, 10, 1, 7, 1, 10), ('name', 'z', 11, 12, 1, 11, 1, 12)]),
    ('...a => {}',
     [('...', None, 0, 3, 1, 0, 1, 3), ('name', 'a', 3, 4, 1, 3, 1, 4), ('=>', None, 5, 7, 1, 5, 1, 7), ('{', None, 8, 9, 1, 8, 1, 9), ('}', None, 9, 10, 1, 9, 1, 10)]),
    ('0 1 12 1.5 .5 5. 1e3 1E-3 1.5e+10 0x1F 0X1f 0o17 0O17 0b101 0B101',
     [('num', 0, 0, 1, 1, 0, 1, 1), ('num', 1, 2, 3, 1, 2, 1, 3), ('num', 12, 4, 6, 1, 4, 1, 6), ('num', 1.5, 7, 10, 1, 7, 1, 10), ('num', 0.5, 11, 13, 1, 11, 1, 13), ('num', 5, 14, 16, 1, 14, 1, 16), ('num', 1000, 17, 20, 1, 17, 1, 20), ('num', 0.001, 21, 25, 1, 21, 1, 25), ('num', 15000000000, 26, 33, 1, 26, 1, 33), ('num', 31, 34, 38, 1, 34, 1, 38), ('num', 31, 39, 43, 1, 39, 1, 43), ('num', 15, 44, 48, 1, 44, 1, 48), ('num', 15, 49, 53, 1, 49, 1, 53), ('num', 5, 54, 59, 1, 54, 1, 59), ('num', 5, 60, 65, 1, 60, 1, 65)]),
    ('1_000 0xF_F 0b1_0 1.0_1 1e1_0',
     [('num', 1000, 0, 5, 1, 0, 1, 5), ('num', 255, 6, 11, 1, 6, 1, 11), ('num', 2, 12, 17, 1, 12, 1, 17), ('num', 1.01, 18, 23, 1, 18, 1, 23), ('num', 10000000000, 24, 29, 1, 24, 1, 29)]),
    ('10n 0x1Fn 0o7n 0b1n 1_0n',
     [('num', '10n', 0, 3, 1, 0, 1, 3), ('num', '31n', 4, 9, 1, 4, 1, 9), ('num', '7n', 10, 14, 1, 10, 1, 14), ('num', '1n', 15, 19, 1, 15, 1, 19), ('num', '10n', 20, 24, 1, 20, 1, 24)]),
    ('017 019 08.5 00',
     [('num', 15, 0, 3, 1, 0, 1, 3), ('num', 19, 4, 7, 1, 4, 1, 7), ('num', 8.5, 8, 12, 1, 8, 1, 12), ('num', 0, 13, 15, 1, 13, 1, 15)]),
    ('1e400 0.1 0.30000000000000004 123456789012345678901',
     [('num', 'Infinity', 0, 5, 1, 0, 1, 5), ('num', 0.1, 6, 9, 1, 6, 1, 9), ('num', 0.30000000000000004, 10, 29, 1, 10, 1, 29), ('num', 123456789012345680000, 30, 51, 1, 30, 1, 51)]),
    ('\'a\' "b" \'it\\\'s\' "\\n\\t\\r\\b\\f\\v\\0"',
     [('string', 'a', 0, 3, 1, 0, 1, 3), ('string', 'b', 4, 7, 1, 4, 1, 7), ('string', "it's", 8, 15, 1, 8, 1, 15), ('string', '\n\t\r\x08\x0c\x0b\x00', 16, 32, 1, 16, 1, 32)]),
    ("'\\x41\\u0041\\u{41}\\u{1F600}\\101\\7\\8\\9'",
     [('string', 'AAA😀A\x0789', 0, 37, 1, 0, 1, 37)]),
    ("'a\\\nb' 'c\\\r\nd'",
     [('string', 'ab', 0, 6, 1, 0, 2, 2), ('string', 'cd', 7, 14, 2, 3, 3, 2)]),
    ("'\u2028' '\u2029'",
     [('string', '\u2028', 0, 3, 1, 0, 2, 1), ('string', '\u2029', 4, 7, 2, 2, 3, 1)]),
    ('foo $ _ $bar _baz a1 \\u0061 a\\u{62}c ℘ 𠮷 a\u200d',
     [('name', 'foo', 0, 3, 1, 0, 1, 3), ('name', '$', 4, 5, 1, 4, 1, 5), ('name', '_', 6, 7, 1, 6, 1, 7), ('name', '$bar', 8, 12, 1, 8, 1, 12), ('name', '_baz', 13, 17, 1, 13, 1, 17), ('name', 'a1', 18, 20, 1, 18, 1, 20), ('name', 'a', 21, 27, 1, 21, 1, 27), ('name', 'abc', 28, 36, 1, 28, 1, 36), ('name', '℘', 37, 38, 1, 37, 1, 38), ('name', '𠮷', 39, 41, 1, 39, 1, 41), ('name', 'a\u200d', 42, 44, 1, 42, 1, 44)]),
    ('if else for while do function return var let const class new this',
     [('keyword', 'if', 0, 2, 1, 0, 1, 2), ('keyword', 'else', 3, 7, 1, 3, 1, 7), ('keyword', 'for', 8, 11, 1, 8, 1, 11), ('keyword', 'while', 12, 17, 1, 12, 1, 17), ('keyword', 'do', 18, 20, 1, 18, 1, 20), ('keyword', 'function', 21, 29, 1, 21, 1, 29), ('keyword', 'return', 30, 36, 1, 30, 1, 36), ('keyword', 'var', 37, 40, 1, 37, 1, 40), ('name', 'let', 41, 44, 1, 41, 1, 44), ('keyword', 'const', 45, 50, 1, 45, 1, 50), ('keyword', 'class', 51, 56, 1, 51, 1, 56), ('keyword', 'new', 57, 60, 1, 57, 1, 60), ('keyword', 'this', 61, 65, 1, 61, 1, 65)]),
    ('typeof void delete in instanceof null true false',
     [('keyword', 'typeof', 0, 6, 1, 0, 1, 6), ('keyword', 'void', 7, 11, 1, 7, 1, 11), ('keyword', 'delete', 12, 18, 1, 12, 1, 18), ('keyword', 'in', 19, 21, 1, 19, 1, 21), ('keyword', 'instanceof', 22, 32, 1, 22, 1, 32), ('keyword', 'null', 33, 37, 1, 33, 1, 37), ('keyword', 'true', 38, 42, 1, 38, 1, 42), ('keyword', 'false', 43, 48, 1, 43, 1, 48)]),
    ('x // comment\ny /* block\ncomment */ z',
     [('name', 'x', 0, 1, 1, 0, 1, 1), ('name', 'y', 13, 14, 2, 0, 2, 1), ('name', 'z', 35, 36, 3, 11, 3, 12)]),
    ('a\r\nb\rc\u2028d\u2029e',
     [('name', 'a', 0, 1, 1, 0, 1, 1), ('name', 'b', 3, 4, 2, 0, 2, 1), ('name', 'c', 5, 6, 3, 0, 3, 1), ('name', 'd', 7, 8, 4, 0, 4, 1), ('name', 'e', 9, 10, 5, 0, 5, 1)]),
    ('#!/usr/bin/env node\nx',
     [('name', 'x', 20, 21, 2, 0, 2, 1)]),
    ('x <!-- html comment\ny',
     [('name', 'x', 0, 1, 1, 0, 1, 1), ('name', 'y', 20, 21, 2, 0, 2, 1)]),
    ('x\n--> html comment\ny',
     [('name', 'x', 0, 1, 1, 0, 1, 1), ('name', 'y', 19, 20, 3, 0, 3, 1)]),
    ('class A { #priv; #\\u0061 }',
     [('keyword', 'class', 0, 5, 1, 0, 1, 5), ('name', 'A', 6, 7, 1, 6, 1, 7), ('{', None, 8, 9, 1, 8, 1, 9), ('privateId', 'priv', 10, 15, 1, 10, 1, 15), (';', None, 15, 16, 1, 15, 1, 16), ('privateId', 'a', 17, 24, 1, 17, 1, 24), ('}', None, 25, 26, 1, 25, 1, 26)]),
    ('a\xa0b\ufeffc\u3000d\u1680e',
     [('name', 'a', 0, 1, 1, 0, 1, 1), ('name', 'b', 2, 3, 1, 2, 1, 3), ('name', 'c', 4, 5, 1, 4, 1, 5), ('name', 'd', 6, 7, 1, 6, 1, 7), ('name', 'e', 8, 9, 1, 8, 1, 9)]),
    ('{}()[];,<>+-*%&|^!~?:=.',
     [('{', None, 0, 1, 1, 0, 1, 1), ('}', None, 1, 2, 1, 1, 1, 2), ('(', None, 2, 3, 1, 2, 1, 3), (')', None, 3, 4, 1, 3, 1, 4), ('[', None, 4, 5, 1, 4, 1, 5), (']', None, 5, 6, 1, 5, 1, 6), (';', None, 6, 7, 1, 6, 1, 7), (',', None, 7, 8, 1, 7, 1, 8), ('</>/<=/>=', '<', 8, 9, 1, 8, 1, 9), ('</>/<=/>=', '>', 9, 10, 1, 9, 1, 10), ('+/-', '+', 10, 11, 1, 10, 1, 11), ('+/-', '-', 11, 12, 1, 11, 1, 12), ('*', '*', 12, 13, 1, 12, 1, 13), ('%', '%', 13, 14, 1, 13, 1, 14), ('&', '&', 14, 15, 1, 14, 1, 15), ('|', '|', 15, 16, 1, 15, 1, 16), ('^', '^', 16, 17, 1, 16, 1, 17), ('!/~', '!', 17, 18, 1, 17, 1, 18), ('!/~', '~', 18, 19, 1, 18, 1, 19), ('?', '?', 19, 20, 1, 19, 1, 20), (':', None, 20, 21, 1, 20, 1, 21), ('=', '=', 21, 22, 1, 21, 1, 22), ('.', None, 22, 23, 1, 22, 1, 23)]),
    ('<= >= == != += -= *= %= &= |= ^= <<= >>= && || ++ --',
     [('</>/<=/>=', '<=', 0, 2, 1, 0, 1, 2), ('</>/<=/>=', '>=', 3, 5, 1, 3, 1, 5), ('==/!=/===/!==', '==', 6, 8, 1, 6, 1, 8), ('==/!=/===/!==', '!=', 9, 11, 1, 9, 1, 11), ('_=', '+=', 12, 14, 1, 12, 1, 14), ('_=', '-=', 15, 17, 1, 15, 1, 17), ('_=', '*=', 18, 20, 1, 18, 1, 20), ('_=', '%=', 21, 23, 1, 21, 1, 23), ('_=', '&=', 24, 26, 1, 24, 1, 26), ('_=', '|=', 27, 29, 1, 27, 1, 29), ('_=', '^=', 30, 32, 1, 30, 1, 32), ('_=', '<<=', 33, 36, 1, 33, 1, 36), ('_=', '>>=', 37, 40, 1, 37, 1, 40), ('&&', '&&', 41, 43, 1, 41, 1, 43), ('||', '||', 44, 46, 1, 44, 1, 46), ('++/--', '++', 47, 49, 1, 47, 1, 49), ('++/--', '--', 50, 52, 1, 50, 1, 52)]),
]


@pytest.mark.parametrize("source,acorn_tokens", CASES)
def test_tokens_match_acorn(source, acorn_tokens):
    source = to_js(source)
    got = _tokens(source)[:-1]   # acorn's token iterator stops before the EOF token
    assert [tuple(t) for t in got] == _expected(source, acorn_tokens)


def _literal(source, **kw):
    return parse(to_js(source), **kw)["body"][0]["expression"]


@pytest.mark.parametrize("source,pattern,flags", [
    ("/a/", "a", ""), ("/[/]/g", "[/]", "g"), ("/a\\/b/imsuyd", "a\\/b", "imsuyd"), ("/=/", "=", ""),
    ("/[\\]/]/g", "[\\]/]", "g"),
])
def test_regexp_literal(source, pattern, flags):
    node = _literal(source)
    assert node["regex"] == {"pattern": pattern, "flags": flags}
    assert node["value"] is None and node["raw"] == source


@pytest.mark.parametrize("source,cooked,raw", [
    ("`abc`", "abc", "abc"),
    ("`a\\nb`", "a\nb", "a\\nb"),
    ("`a\r\nb`", "a\nb", "a\nb"),
    ("`a\rb`", "a\nb", "a\nb"),
    ("`\\u{1F600}`", "\ud83d\ude00", "\\u{1F600}"),
    ("`\\\n`", "", "\\\n"),
    ("`$`", "$", "$"),
    ("`$$`", "$$", "$$"),
])
def test_template_cooked_and_raw(source, cooked, raw):
    quasi = _literal(source)["quasis"][0]
    assert quasi["value"] == {"raw": raw, "cooked": cooked}


@pytest.mark.parametrize("source", ["tag`\\01`", "tag`\\xg`", "tag`\\u{110000}`", "tag`\\u`", "tag`\\8`"])
def test_invalid_escape_in_tagged_template_cooks_to_none(source):
    quasi = _literal(source)["quasi"]["quasis"][0]
    assert quasi["value"]["cooked"] is None
    assert quasi["value"]["raw"] == source[4:-1]


def test_bigint_literal():
    node = _literal("0x1Fn")
    assert node["value"] == 31 and node["bigint"] == "31" and node["raw"] == "0x1Fn"


def test_astral_identifier_offsets_are_utf16():
    node = _literal("\U00020BB7 + 1")
    assert node["left"] == {"type": "Identifier", "start": 0, "end": 2,
                            "loc": {"start": {"line": 1, "column": 0}, "end": {"line": 1, "column": 2}},
                            "name": "\ud842\udfb7"}
