"""ECMAScript regular-expression matching on the `regex` package (the RegExp builtin's core).

    compile_regexp(pattern, flags) -> CompiledRegExp   (raises RegExpError)
    compiled.exec(subject, index)  -> RegExpMatch | None
    match.start / .end / .groups / .spans / .named

Owns matching semantics only; translate.py maps the pattern AST (syntax/regexp.py) onto
`regex` pattern text, charset.py does the set arithmetic and JS case folding, matcher.py
runs it and maps offsets back to UTF-16 code units.  See docs/regexp.md.
"""

from ..syntax.regexp_errors import RegExpError
from .matcher import CompiledRegExp, RegExpMatch, compile_regexp

__all__ = ["compile_regexp", "CompiledRegExp", "RegExpMatch", "RegExpError"]
