"""The JavaScript front end: source text (a JS string) -> ESTree `Program` dict.

Owns the one entry point the rest of the engine uses, `parse`.  Tokenising is in
`lexer.py`, the grammar in `parser/`, error wording in `messages.py`.
"""

from __future__ import annotations

__all__ = ["parse"]


def parse(source: str, *, module: bool = False, locations: bool = True, filename: str | None = None,
          strict: bool = False, top_flags: int = 0, private_names=None) -> dict:
    """Parse `source` (UTF-16-unit JS string) and return acorn 8's ESTree `Program`.

    Raises `JSSyntaxError` for syntax and early errors, or `JSError("RangeError")`
    when nesting is too deep to parse.  `strict` / `top_flags` are for eval code (strict
    caller; `super` / `new.target` allowed by the calling context; `private_names`: the
    private names of the class bodies enclosing a direct eval call).
    """
    from jskernel.engine.syntax.parser import parse_program
    return parse_program(source, module=module, locations=locations, filename=filename, strict=strict,
                         top_flags=top_flags, private_names=private_names)
