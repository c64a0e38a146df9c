"""The JavaScript parser: tokens in, acorn-identical ESTree dicts out.

Owns: assembling the `Parser` class from the grammar mixins (one module per
part of the grammar, as acorn splits its parser) and `parse_program`, which
runs it with a raised recursion limit and turns runaway nesting into a JS
RangeError instead of a Python crash.
"""

from __future__ import annotations

import gc
import sys

from jskernel.engine.errors import JSError
from jskernel.engine.syntax import messages as M
from jskernel.engine.syntax.parser.expression import ExpressionMixin
from jskernel.engine.syntax.parser.functions import FunctionMixin
from jskernel.engine.syntax.parser.literals import LiteralMixin
from jskernel.engine.syntax.parser.lval import LValMixin
from jskernel.engine.syntax.parser.modules import ModuleMixin
from jskernel.engine.syntax.parser.scope import ScopeMixin
from jskernel.engine.syntax.parser.state import ParserState
from jskernel.engine.syntax.parser.statement import StatementMixin

_RECURSION_LIMIT = 20000   # ~5000 nested brackets; Python 3.11 frames do not use the C stack


class Parser(StatementMixin, ModuleMixin, FunctionMixin, ExpressionMixin, LiteralMixin, LValMixin, ScopeMixin,
             ParserState):
    """One parse of one source text."""

    def __init__(self, source, module=False, locations=True, filename=None, strict=False, top_flags=0,
                 private_names=None):
        self.init_state(source, module, locations, filename)
        self.strict = self.strict or strict      # eval code called from strict code
        self.top_flags = top_flags               # eval code: SCOPE_SUPER / SCOPE_EVAL_NEW_TARGET ...
        if private_names is not None:
            # eval code inside a class body: the enclosing classes' private names are visible
            # (sec-performeval step 5.e); an undeclared one is checked when the parse ends
            self.private_name_stack.append((dict.fromkeys(private_names, "true"), []))


def parse_program(source, module=False, locations=True, filename=None, strict=False, top_flags=0,
                  private_names=None):
    old = sys.getrecursionlimit()
    if old < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    # The tree is acyclic and only grows while parsing: the cyclic collector
    # would repeatedly traverse it for nothing (a third of the parse time).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return Parser(source, module, locations, filename, strict, top_flags, private_names).parse_top_level()
    except RecursionError:
        raise JSError("RangeError", M.TOO_DEEP) from None
    finally:
        if gc_was_enabled:
            gc.enable()
        if old < _RECURSION_LIMIT:
            sys.setrecursionlimit(old)
