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


def compile_program(program: dict, source: SourceInfo, *, module: bool = False) -> CodeObject:
    info = analyze(program, module=module)
    return compile_script(info, source, program, module)
