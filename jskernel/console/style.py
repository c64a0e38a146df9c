"""Colours of the console: the prompt, and the pygments token styles for the input.

Owns presentation only.  Honours NO_COLOR (https://no-color.org) for the ANSI
colours the console writes itself (errors); prompt_toolkit handles it for the input.
"""

from __future__ import annotations

import os

from prompt_toolkit.styles import Style, merge_styles, style_from_pygments_cls
from pygments.styles import get_style_by_name

PROMPT_STYLE = Style.from_dict({
    "prompt": "ansigreen bold",
    "continuation": "ansibrightblack",
})

RED, GREY, RESET = "\x1b[31m", "\x1b[90m", "\x1b[0m"


def console_style() -> Style:
    try:
        code = style_from_pygments_cls(get_style_by_name("monokai"))
    except Exception:  # a pygments without that style: plain input
        code = Style([])
    return merge_styles([code, PROMPT_STYLE])


def use_color(stream) -> bool:
    """Whether to write ANSI colours to `stream` (a terminal, and NO_COLOR unset)."""
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def paint(text: str, color: str, enabled: bool) -> str:
    return f"{color}{text}{RESET}" if enabled else text
