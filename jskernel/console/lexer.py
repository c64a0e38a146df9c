"""JavaScript syntax highlighting for the console input, via pygments' JavascriptLexer.

Owns only the choice of lexer; colours are in style.py.
"""

from __future__ import annotations

from prompt_toolkit.lexers import Lexer, PygmentsLexer
from pygments.lexers.javascript import JavascriptLexer


def javascript_lexer() -> Lexer:
    return PygmentsLexer(JavascriptLexer)
