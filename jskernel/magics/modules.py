"""Module magics: %%module NAME defines an ES module from the cell's text, importable by
name from later cells (`import { f } from "NAME"`) and from other modules.

The module system is the engine's (`engine.define_module(name, source)`); a cell run
again redefines the module for later imports.
"""

from __future__ import annotations

import re

from jskernel.magics import CELL, MagicError, register

_NAME = re.compile(r"^[^\s'\"`]+$")


@register("module", CELL, "Define an importable ES module from the cell")
def module_cell(host, args, body):
    """%%module NAME: the rest of the cell is an ES module named NAME; later cells and
    modules import it with `import ... from "NAME"`."""
    name = args.strip()
    if not name or not _NAME.match(name):
        raise MagicError("%%module needs a module name, e.g. %%module utils"
                         if not name else f"%%module: invalid module name {name!r}")
    engine = host.engine
    define = getattr(engine, "define_module", None)
    if define is None:
        raise MagicError("%%module is not available: this engine has no in-memory ES modules "
                         "(engine.define_module)")
    define(name, "\n" + (body or ""))
    host.write(f"Defined module '{name}'\n")
