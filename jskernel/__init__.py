"""jskernel: a JavaScript engine in pure Python, a Jupyter kernel and a console.

Public API (later issues extend it):

    jskernel.parse(source, module=False) -> dict      # ESTree, exactly as acorn emits it
    jskernel.Engine().evaluate(source, filename=None) # run a script, get its completion value
    jskernel.JSSyntaxError, jskernel.JSError           # what goes wrong, with positions/stacks
"""

from __future__ import annotations

from jskernel.engine import Engine
from jskernel.engine.errors import JSError, JSSyntaxError

__version__ = "0.1.0"
__all__ = ["parse", "Engine", "JSError", "JSSyntaxError", "__version__"]


def parse(source: str, module: bool = False, *, filename: str | None = None) -> dict:
    """Parse `source` and return its ESTree `Program` as plain JSON-compatible data.

    The result equals ``json.loads`` of ``jskernel parse --json``: acorn 8's node
    types, fields, ``start``/``end`` offsets and ``loc``.  Raises `JSSyntaxError`.
    """
    from jskernel.engine.syntax import parse as _parse
    from jskernel.engine.syntax.estree import to_plain
    from jskernel.engine.text import to_js

    return to_plain(_parse(to_js(source), module=module, filename=filename))
