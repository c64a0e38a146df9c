"""Handlers for the module-only expressions: `import.meta` and `import(specifier, options)`.

Owns IMPORT_META (the running module's import.meta object, sec-meta-properties-runtime-
semantics-evaluation) and IMPORT_CALL (EvaluateImportCall, sec-import-calls).  The
active script or module is the running code's `SourceInfo.module` (a module record,
or None for scripts); everything else -- loading, linking, evaluating, namespaces --
is runtime/modules.py.  Registered into `vm.handlers.HANDLERS`.
"""

from __future__ import annotations

from jskernel.engine.vm.handlers import handler


@handler("IMPORT_META")
def _(vm, frame, arg):
    from jskernel.engine.runtime.modules import import_meta
    frame.stack.append(import_meta(vm.realm, frame.code.source.module))


@handler("IMPORT_CALL")
def _(vm, frame, arg):
    from jskernel.engine.runtime.modules import evaluate_import_call
    s = frame.stack
    options = s.pop()
    specifier = s.pop()
    s.append(evaluate_import_call(vm.realm, frame.code.source, specifier, options))
