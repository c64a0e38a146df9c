"""Module Records: Source Text and Synthetic Module Records, Link() and Evaluate().

Owns the spec's module record algorithms (sec-abstract-module-records,
sec-cyclic-module-records, sec-source-text-module-records,
sec-synthetic-module-records): GetExportedNames, ResolveExport (with `export *`
ambiguity), Link (InnerModuleLinking with the DFS index, InitializeEnvironment),
Evaluate (InnerModuleEvaluation, ExecuteAsyncModule, AsyncModuleExecutionFulfilled /
Rejected, GatherAvailableAncestors, [[CycleRoot]], [[EvaluationError]] cached in the
record).

The module environment is a list of cells (runtime/values.Cell), laid out by the
compiler (compiler/modules.py ModuleInfo.cells): a local binding's cell is created
with the record; an import binding's slot receives the exporter's own cell at
InitializeEnvironment, so reads are live and see the exporter's TDZ (the body code
reads imports with LOAD_CELL_CHECKED).  The body runs as a JSFunction closing over
those cells (an async function body when the module has top-level await).  Loading
(HostLoadImportedModule) and the module map are runtime/modules.py's; namespaces are
runtime/module_namespace.py's.
"""

from __future__ import annotations

from jskernel.engine.compiler.modules import ALL, NAMESPACE_OBJECT
from jskernel.engine.runtime.objects import ThrowCompletion
from jskernel.engine.runtime.values import TDZ, UNDEFINED, Cell

NAMESPACE = "*namespace*"       # ResolvedBinding [[BindingName]]: the module's namespace object
AMBIGUOUS = "ambiguous"

NO_EXPORT = "The requested module '{0}' does not provide an export named '{1}'"
NO_CJS_EXPORT = ("Named export '{1}' not found. The requested module '{0}' is a CommonJS module, which may "
                 "not support all module.exports as named exports.\nCommonJS modules can always be imported "
                 "via the default export, for example using:\n\nimport pkg from '{0}';\nconst {{ {1} }} = pkg;\n")
CONFLICTING_EXPORT = "The requested module '{0}' contains conflicting star exports for name '{1}'"


class ResolvedBinding:
    __slots__ = ("module", "name")

    def __init__(self, module, name):
        self.module = module
        self.name = name


class ModuleRecord:
    """Abstract Module Record fields (sec-abstract-module-records)."""

    cyclic = False

    def __init__(self, realm, url):
        self.realm = realm
        self.url = url                  # the module map key; import.meta.url
        self.namespace = None           # [[Namespace]]
        self.import_meta = None         # [[ImportMeta]] (source text modules)
        self.path = None

    def cell(self, name) -> Cell:
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} {self.url}>"


# -- Synthetic Module Records ------------------------------------------------------------------
class SyntheticModuleRecord(ModuleRecord):
    """sec-synthetic-module-records: fixed export names whose values the evaluation steps
    set (JSON modules: `default` only; CommonJS: `default` plus the detected names)."""

    def __init__(self, realm, url, export_names, steps):
        super().__init__(realm, url)
        self.export_names = list(dict.fromkeys(export_names))
        self.steps = steps               # steps(record): sets the exports (may throw)
        self.cells = {n: Cell(UNDEFINED) for n in self.export_names}
        self.promise = None              # Evaluate()'s result, once run

    def cell(self, name):
        return self.cells[name]

    def set_export(self, name, value):
        """SetSyntheticModuleExport."""
        self.cells[name].value = value

    def get_exported_names(self, export_star_set=None):
        return list(self.export_names)

    def resolve_export(self, name, resolve_set=None):
        return ResolvedBinding(self, name) if name in self.cells else None

    def link(self):
        return None

    def evaluate(self):
        """Evaluate() (sec-smr-Evaluate): run the steps once; a settled promise."""
        from jskernel.engine.builtins import promise as P
        if self.promise is None:
            realm = self.realm
            p = self.promise = P.new_promise(realm)
            fns = P.ResolvingFunctions(realm, p)
            try:
                self.steps(self)
            except ThrowCompletion as exc:
                fns.reject(realm.vm.materialize(exc))
                p.internal.is_handled = True
            else:
                fns.resolve(UNDEFINED)
        return self.promise


# -- Cyclic / Source Text Module Records -------------------------------------------------------
class SourceTextModuleRecord(ModuleRecord):
    """A Source Text Module Record (sec-source-text-module-records): the compiled body
    (`code`), its ModuleInfo (`info`: requests and import / export entries), and the
    Cyclic Module Record state."""

    cyclic = True

    def __init__(self, realm, url, code):
        super().__init__(realm, url)
        self.code = code
        self.init_code = code.module_init
        info = self.info = code.module_info
        self.requests = info.requests               # [[RequestedModules]]
        self.loaded = {}                            # [[LoadedModules]]: request key -> record
        self.status = "new"                         # new unlinked linking linked evaluating evaluating-async evaluated
        self.evaluation_error = None                # [[EvaluationError]]: (value,) once set
        self.dfs_index = None
        self.dfs_ancestor_index = None
        self.cycle_root = None
        self.has_tla = info.has_tla
        self.async_order = None                     # [[AsyncEvaluationOrder]]: None (unset) | int | "done"
        self.top_level_capability = None
        self.async_parent_modules = []
        self.pending_async_dependencies = None
        # the module environment: one cell per top-level binding (import slots filled at link)
        self.cells = [None] * info.ncells
        ns_locals = {e.local_name for e in info.import_entries if e.import_name == NAMESPACE_OBJECT}
        for name, i in info.cells.items():
            if info.kinds[name] != "import" or name in ns_locals:
                self.cells[i] = Cell(TDZ)
        code.source.module = self

    def cell(self, name):
        return self.cells[self.info.cells[name]]

    def imported(self, request):
        """GetImportedModule(referrer, request)."""
        return self.loaded[request.key]

    # sec-getexportednames
    def get_exported_names(self, export_star_set=None):
        if export_star_set is None:
            export_star_set = set()
        if id(self) in export_star_set:
            return []          # a cycle of `export *`
        export_star_set.add(id(self))
        info = self.info
        names = [e.export_name for e in info.local_export_entries]
        names += [e.export_name for e in info.indirect_export_entries]
        for e in info.star_export_entries:
            for n in self.imported(e.request).get_exported_names(export_star_set):
                if n != "default" and n not in names:
                    names.append(n)
        return names

    # sec-resolveexport
    def resolve_export(self, export_name, resolve_set=None):
        if resolve_set is None:
            resolve_set = []
        # 2. a circular import request
        for m, n in resolve_set:
            if m is self and n == export_name:
                return None
        resolve_set.append((self, export_name))
        info = self.info
        for e in info.local_export_entries:
            if e.export_name == export_name:
                return ResolvedBinding(self, e.local_name)
        for e in info.indirect_export_entries:
            if e.export_name == export_name:
                imported = self.imported(e.request)
                if e.import_name == ALL:
                    return ResolvedBinding(imported, NAMESPACE)
                return imported.resolve_export(e.import_name, resolve_set)
        if export_name == "default":
            return None         # 7. `export *` never provides a default
        star = None
        for e in info.star_export_entries:
            resolution = self.imported(e.request).resolve_export(export_name, resolve_set)
            if resolution is AMBIGUOUS:
                return AMBIGUOUS
            if resolution is not None:
                if star is None:
                    star = resolution
                elif resolution.module is not star.module or resolution.name != star.name:
                    return AMBIGUOUS
        return star

    # sec-source-text-module-record-initialize-environment
    def initialize_environment(self):
        from jskernel.engine.runtime.functions import JSFunction
        from jskernel.engine.runtime.module_namespace import GetModuleNamespace
        info = self.info
        # 1. every indirect export resolves
        for e in info.indirect_export_entries:
            r = self.resolve_export(e.export_name)
            if r is None or r is AMBIGUOUS:
                self._unresolvable(e, r, self.imported(e.request))
        cells = self.cells
        for e in info.import_entries:
            imported = self.imported(e.request)
            i = info.cells[e.local_name]
            if e.import_name == NAMESPACE_OBJECT:
                cells[i].value = GetModuleNamespace(imported)
                continue
            r = imported.resolve_export(e.import_name)
            if r is None or r is AMBIGUOUS:
                self._unresolvable(e, r, imported)
            if r.name == NAMESPACE:
                cells[i] = Cell(GetModuleNamespace(r.module))
            else:
                cells[i] = r.module.cell(r.name)
        for name, kind in info.kinds.items():
            if kind == "var":
                cells[info.cells[name]].value = UNDEFINED
            elif kind in ("let", "const", "class"):
                cells[info.cells[name]].value = TDZ
        # function declarations: InstantiateFunctionObject over the environment
        realm = self.realm
        fn = realm.heap.allocate(JSFunction, realm, self.init_code, cells)
        realm.vm.call_function(fn, UNDEFINED, [])

    def _unresolvable(self, entry, r, imported):
        """The link-time SyntaxError for an import / re-export that does not resolve; it
        carries a JSSyntaxError pointing at the specifier, which the facade raises."""
        from jskernel.engine.errors import JSSyntaxError
        specifier, name = entry.request.specifier, entry.import_name
        if r is AMBIGUOUS:
            message = CONFLICTING_EXPORT.format(specifier, name)
        elif getattr(imported, "kind", None) == "cjs":
            message = NO_CJS_EXPORT.format(specifier, name)
        else:
            message = NO_EXPORT.format(specifier, name)
        err = self.realm.new_error("SyntaxError", message)
        if entry.pos >= 0:
            src = self.code.source
            line, col = src.line_col(entry.pos)
            err.internal["syntax_error"] = JSSyntaxError(message, pos=entry.pos, line=line, column=col,
                                                         source=src.text, filename=src.filename)
        raise ThrowCompletion(err)

    def execute_module(self, on_done=None):
        """ExecuteModule([capability]): run the body.  With top-level await the body is an
        async function: its promise settles `on_done(ok, value)` through reactions."""
        from jskernel.engine.builtins import promise as P
        from jskernel.engine.runtime.functions import JSFunction
        realm = self.realm
        fn = realm.heap.allocate(JSFunction, realm, self.code, self.cells)
        result = realm.vm.call_function(fn, UNDEFINED, [])
        if on_done is not None:
            P.perform_then(realm, result, lambda v: on_done(True, v), lambda e: on_done(False, e))


# -- Link() ----------------------------------------------------------------------------------------
def Link(module):
    """Link() (sec-moduledeclarationlinking)."""
    stack = []
    try:
        InnerModuleLinking(module, stack, 0)
    except BaseException:       # a link error (or a kernel interrupt): back to unlinked
        for m in stack:
            m.status = "unlinked"
        raise


def InnerModuleLinking(module, stack, index):
    """sec-InnerModuleLinking.  Recursion depth is the import chain's length."""
    if not module.cyclic:
        module.link()
        return index
    if module.status in ("linking", "linked", "evaluating-async", "evaluated"):
        return index
    module.status = "linking"
    module.dfs_index = module.dfs_ancestor_index = index
    index += 1
    stack.append(module)
    for request in module.requests:
        required = module.imported(request)
        index = InnerModuleLinking(required, stack, index)
        if required.cyclic and required.status == "linking":
            module.dfs_ancestor_index = min(module.dfs_ancestor_index, required.dfs_ancestor_index)
    module.initialize_environment()
    if module.dfs_ancestor_index == module.dfs_index:
        while True:
            m = stack.pop()
            m.status = "linked"
            if m is module:
                break
    return index


# -- Evaluate() ----------------------------------------------------------------------------------
class _Counter:
    value = 0


def _next_async_order():
    """IncrementModuleAsyncEvaluationCount (one counter per agent)."""
    _Counter.value += 1
    return _Counter.value


def Evaluate(module):
    """Evaluate() (sec-moduleevaluation): returns a promise for the module's evaluation."""
    from jskernel.engine.builtins import promise as P
    realm = module.realm
    if not module.cyclic:
        return module.evaluate()
    # 4. an already (asynchronously) evaluated module: its cycle root's capability
    if module.status in ("evaluating-async", "evaluated"):
        module = module.cycle_root or module
    if module.top_level_capability is not None:
        return module.top_level_capability.promise
    stack = []
    p = P.new_promise(realm)
    cap = module.top_level_capability = P.ResolvingFunctions(realm, p)
    try:
        InnerModuleEvaluation(module, stack, 0)
    except Exception as exc:
        if not isinstance(exc, ThrowCompletion):        # an engine bug: no module stays half-run
            _abandon(module, stack)
            raise
        error = realm.vm.materialize(exc)
        for m in stack:
            m.status = "evaluated"
            m.evaluation_error = (error,)
        if module.evaluation_error is None:
            module.status = "evaluated"
            module.evaluation_error = (error,)
        cap.reject(error)
    except BaseException:       # KeyboardInterrupt (kernel interrupt): importing again re-runs them
        _abandon(module, stack)
        raise
    else:
        if module.async_order is None or module.async_order == "done":
            cap.resolve(UNDEFINED)
    return p


def _abandon(module, stack):
    """Evaluation stopped by the host (an interrupt): the modules it was running go back
    to linked, so a later import evaluates them again instead of waiting forever."""
    for m in stack + [module]:
        if m.status == "evaluating":
            m.status = "linked"
            m.async_order = None
            m.pending_async_dependencies = None
            m.async_parent_modules = []
    module.top_level_capability = None


def InnerModuleEvaluation(module, stack, index):
    """sec-innermoduleevaluation."""
    if not module.cyclic:
        p = module.evaluate()
        st = p.internal
        if st.state == "rejected":
            raise ThrowCompletion(st.result)
        return index
    if module.status in ("evaluating-async", "evaluated"):
        if module.evaluation_error is None:
            return index
        raise ThrowCompletion(module.evaluation_error[0])
    if module.status == "evaluating":
        return index
    module.status = "evaluating"
    module.dfs_index = module.dfs_ancestor_index = index
    module.pending_async_dependencies = 0
    index += 1
    stack.append(module)
    for request in module.requests:
        required = module.imported(request)
        index = InnerModuleEvaluation(required, stack, index)
        if required.cyclic:
            if required.status == "evaluating":
                module.dfs_ancestor_index = min(module.dfs_ancestor_index, required.dfs_ancestor_index)
            else:
                required = required.cycle_root
                if required.evaluation_error is not None:
                    raise ThrowCompletion(required.evaluation_error[0])
            if isinstance(required.async_order, int):
                module.pending_async_dependencies += 1
                required.async_parent_modules.append(module)
    if module.pending_async_dependencies > 0 or module.has_tla:
        module.async_order = _next_async_order()
        if module.pending_async_dependencies == 0:
            ExecuteAsyncModule(module)
    else:
        module.execute_module()
    if module.dfs_ancestor_index == module.dfs_index:
        while True:
            m = stack.pop()
            m.status = "evaluated" if m.async_order is None else "evaluating-async"
            m.cycle_root = module
            if m is module:
                break
    return index


def ExecuteAsyncModule(module):
    """sec-execute-async-module."""
    def done(ok, value):
        if ok:
            AsyncModuleExecutionFulfilled(module)
        else:
            AsyncModuleExecutionRejected(module, value)
    module.execute_module(done)


def GatherAvailableAncestors(module, exec_list):
    """sec-gather-available-ancestors."""
    for m in module.async_parent_modules:
        if m not in exec_list and m.cycle_root.evaluation_error is None:
            m.pending_async_dependencies -= 1
            if m.pending_async_dependencies == 0:
                exec_list.append(m)
                if not m.has_tla:
                    GatherAvailableAncestors(m, exec_list)


def AsyncModuleExecutionFulfilled(module):
    """sec-async-module-execution-fulfilled."""
    if module.status == "evaluated":
        return          # already failed through another dependency
    module.async_order = "done"
    module.status = "evaluated"
    if module.top_level_capability is not None:
        module.top_level_capability.resolve(UNDEFINED)
    exec_list = []
    GatherAvailableAncestors(module, exec_list)
    exec_list.sort(key=lambda m: m.async_order)
    realm = module.realm
    for m in exec_list:
        if m.status == "evaluated":
            continue
        if m.has_tla:
            ExecuteAsyncModule(m)
        else:
            try:
                m.execute_module()
            except ThrowCompletion as exc:
                AsyncModuleExecutionRejected(m, realm.vm.materialize(exc))
            else:
                m.async_order = "done"
                m.status = "evaluated"
                if m.top_level_capability is not None:
                    m.top_level_capability.resolve(UNDEFINED)


def AsyncModuleExecutionRejected(module, error):
    """sec-async-module-execution-rejected."""
    if module.status == "evaluated":
        return
    module.evaluation_error = (error,)
    module.status = "evaluated"
    module.async_order = "done"
    # the module's own capability first, then its async parents (test262 rejection-order)
    if module.top_level_capability is not None:
        module.top_level_capability.reject(error)
    for m in list(module.async_parent_modules):
        AsyncModuleExecutionRejected(m, error)


__all__ = ["SourceTextModuleRecord", "SyntheticModuleRecord", "Link", "Evaluate", "ResolvedBinding",
           "NAMESPACE", "AMBIGUOUS"]
