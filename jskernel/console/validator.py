"""What Enter means: run the input, or continue it on a new line.

Owns the console's use of `engine.syntax.completeness.is_complete`: input the parser
says is *incomplete* (it ran out of source) gets a new, indented line; complete input
and input with a syntax error more typing cannot fix are submitted (the latter so the
error is shown).  Also used line by line when stdin is not a terminal.
"""

from __future__ import annotations

from jskernel.engine.syntax.completeness import INDENT, is_complete

__all__ = ["needs_more", "INDENT"]


def needs_more(text: str) -> tuple[bool, str]:
    """``(True, indent)`` when `text` is an unfinished program, else ``(False, "")``.

    Dot-commands (``.exit``, ``.help``) are always finished."""
    word = text.strip()
    if word.startswith(".") and word[1:2].isalpha() and "\n" not in word:
        return False, ""
    from jskernel.completion import help_request

    if help_request(text) is not None:     # `x?` / `x??`: an inspection, not a conditional
        return False, ""
    from jskernel.magics import is_complete as magic_complete

    magic = magic_complete(text)     # `%%module m` waits for its body and a blank line
    status, indent = magic if magic is not None else is_complete(text)
    return status == "incomplete", indent
