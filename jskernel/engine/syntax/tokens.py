"""Token types and the keyword / operator tables of the lexical grammar.

Owns: the token type vocabulary shared by the lexer and the parser.  A token type
is an interned `str`: a punctuator's own text (``"("``, ``">>>="``), a keyword's
own text (``"if"``, ``"function"``), or one of the names below for tokens that
carry a value.  Comparisons in the parser are therefore plain string compares
against literals (identity fast path).  Binary operator precedence and the sets
of reserved words live here too.
"""

from __future__ import annotations

NAME = "name"          # identifier (value: its string value, escapes decoded)
PRIVATE = "privateId"  # #name (value: name without '#')
NUM = "num"            # number (value: float)
BIGINT = "bigint"      # BigInt (value: int)
STRING = "string"      # string literal (value: JS string)
TEMPLATE = "template"  # template chunk (value: (cooked, raw))
REGEXP = "regexp"      # regex literal (value: (pattern, flags))
EOF = "eof"

# Keywords that the lexer turns into their own token types (acorn's keyword set
# for ES2015+; `let`, `static`, `yield`, `await`, `async`, `of` stay names).
KEYWORDS = frozenset("""
break case catch continue debugger default do else finally for function if return
switch throw try var const while with new this super class extends export import
null true false in instanceof typeof void delete
""".split())

# Reserved only in strict mode code (`enum` is always reserved; `await` in modules).
RESERVED_STRICT = frozenset("implements interface let package private protected public static yield".split())

# Binary operator precedence (higher binds tighter).  `??` shares level 1 with
# `||` (its right operand is parsed at `&&`'s level) and mixing it with ||/&&
# without parentheses is rejected in the parser.
BINARY_PRECEDENCE = {
    "??": 1,
    "||": 1, "&&": 2,
    "|": 3, "^": 4, "&": 5,
    "==": 6, "!=": 6, "===": 6, "!==": 6,
    "<": 7, ">": 7, "<=": 7, ">=": 7, "instanceof": 7, "in": 7,
    "<<": 8, ">>": 8, ">>>": 8,
    "+": 9, "-": 9,
    "*": 10, "/": 10, "%": 10,
}
# `**` is not in the table: it is right-associative and binds tighter than unary
# operators' operands, so the parser handles it in parse_maybe_unary.

ASSIGN_OPS = frozenset("= += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ??=".split())

# Whether `/` starts a regexp (and where a template chunk starts) is decided by
# the parser, not the lexer: see Lexer.read_regexp / read_template_chunk.
