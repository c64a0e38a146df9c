"""The compiler: ESTree AST + scope analysis -> bytecode CodeObjects.

Split by node kind: core.py (bindings, scopes, control flow), statements.py,
expressions.py, patterns.py, function.py (function prologues, script top level).
Entry point: `compile_program`.
"""

from __future__ import annotations

from jskernel.engine.bytecode.code import CodeObject, SourceInfo
from jskernel.engine.compiler.core import CompileError
from jskernel.engine.compiler.function import compile_script
from jskernel.engine.syntax.scope import analyze

__all__ = ["compile_program", "CompileError"]


def compile_program(program: dict, source: SourceInfo, *, module: bool = False,
                    repl: bool = False, top_level_await: bool = False) -> CodeObject:
    """`repl`: a notebook cell (strict script whose declarations may replace earlier
    ones, engine/host/cells.py); `top_level_await`: the top level is an async body
    (see compile_script)."""
    info = analyze(program, module=module, strict=repl)
    return compile_script(info, source, program, module,
                          top_level_await=top_level_await, repl=repl)
