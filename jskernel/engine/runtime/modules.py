"""The module system's host side: the module map, loading, `import()`, `import.meta`.

Owns HostLoadImportedModule over the engine's loader (engine/host/loading.py is the
contract: `resolve(specifier, referrer, attributes)`, `load(url, attributes)`,
`commonjs_exports(realm, source)`), the per-realm module map (URL -> record, so one
URL is one module instance), building the record for a ModuleSource (ParseModule for
ESM, a synthetic default-export record for JSON, a synthetic record for CommonJS),
LoadRequestedModules (the loader is synchronous, so the whole graph loads at once),
import attribute checks, EvaluateImportCall and ContinueDynamicImport (the load runs in
a job, after the calling code, like node), import.meta (HostGetImportMetaProperties:
url, plus filename / dirname for files, and resolve()), and the helpers the Engine
facade uses: `run_module` / `import_module` / `settle`.  Record algorithms are
runtime/module_records.py; namespaces runtime/module_namespace.py.
"""

from __future__ import annotations

import os

from jskernel.engine.host.loading import CJS, ESM, JSON, ModuleSource
from jskernel.engine.runtime.module_records import Evaluate, Link, SourceTextModuleRecord, SyntheticModuleRecord
from jskernel.engine.runtime.objects import JSObject, ThrowCompletion, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED

SUPPORTED_ATTRIBUTES = ("type",)        # HostGetSupportedImportAttributes
SCRIPT_BASE = None                      # referrer of code that is not a module


# -- errors ------------------------------------------------------------------------------------
def _rethrow(realm, e):
    """A JSError / JSSyntaxError raised by the loader or the compiler, as a ThrowCompletion."""
    from jskernel.engine.errors import JSSyntaxError
    if isinstance(e, JSSyntaxError):
        return ThrowCompletion(None, "SyntaxError", e.message)
    if getattr(e, "value", None) is not None:
        return ThrowCompletion(e.value)
    err = realm.new_error(e.name if e.name in _ERROR_NAMES else "Error", e.message)
    code = getattr(e, "code", None)
    if code:
        from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE
        err.define_raw("code", code, WRITABLE | CONFIGURABLE)
    return ThrowCompletion(err)


_ERROR_NAMES = ("Error", "TypeError", "SyntaxError", "RangeError", "ReferenceError", "URIError", "EvalError")


def module_map(realm) -> dict:
    m = getattr(realm, "module_map", None)
    if m is None:
        m = realm.module_map = {}
    return m


def loader_of(realm):
    """The engine's loader, with its in-memory modules (define_module) chained in front."""
    host = realm.host
    get = getattr(host, "module_loader", None)
    loader = get() if callable(get) else getattr(host, "loader", None)
    defined = getattr(host, "defined_modules", None)
    if defined:
        defined.fallback = loader
        return defined
    if loader is None:
        raise ThrowCompletion(None, "Error", "this engine has no module loader")
    return loader


# -- HostLoadImportedModule ------------------------------------------------------------------------
def check_attributes(attributes: dict, dynamic=False):
    """`type` is "json" or absent (a JS module).  Other keys are ignored by static imports
    (test262: a link error still wins) and rejected by import()."""
    if dynamic:
        for key, value in attributes.items():
            if key not in SUPPORTED_ATTRIBUTES:
                throw_type_error(f'Import attribute "{key}" with value "{value}" is not supported')
    t = attributes.get("type")
    if t is not None and t != "json":
        throw_type_error(f'Import attribute "type" with value "{t}" is not supported')


def resolve_url(realm, specifier, referrer, attributes=None) -> str:
    from jskernel.engine.errors import JSError
    try:
        return loader_of(realm).resolve(specifier, referrer, attributes or None)
    except JSError as e:
        raise _rethrow(realm, e) from None


def host_load_imported_module(realm, referrer, request):
    """HostLoadImportedModule(referrer, request): the record for `request` (a ModuleRequest)
    imported from the module whose URL is `referrer` (None: a script)."""
    check_attributes(request.attributes)
    url = resolve_url(realm, request.specifier, referrer, request.attributes)
    return get_module(realm, url, request.attributes)


def get_module(realm, url, attributes=None):
    """The module map's record for `url`, loading and parsing it the first time."""
    from jskernel.engine.errors import JSError
    modules = module_map(realm)
    record = modules.get(url)
    want_json = (attributes or {}).get("type") == "json"
    if record is None:
        try:
            source = loader_of(realm).load(url, attributes or None)
        except JSError as e:
            raise _rethrow(realm, e) from None
        record = make_record(realm, source)
        modules[url] = record
    kind = getattr(record, "kind", ESM)
    if (want_json and kind != JSON) or (kind == JSON and not want_json):   # node's wording and code
        from jskernel.engine.host import node_errors as E
        raise E.to_throw(realm, E.LoaderError("TypeError", E.ATTRIBUTE_TYPE_FAILED.format(url, "json"),
                                              "ERR_IMPORT_ASSERTION_TYPE_FAILED") if want_json else
                         E.LoaderError("TypeError", E.ATTRIBUTE_TYPE_MISSING.format(url, "json"),
                                       "ERR_IMPORT_ASSERTION_TYPE_MISSING"))
    return record


def make_record(realm, source: ModuleSource):
    """ParseModule / ParseJSONModule / a CommonJS module's synthetic record."""
    from jskernel.engine.errors import JSError
    if source.kind == ESM:
        from jskernel.engine.errors import JSSyntaxError
        engine = realm.host
        try:
            code = engine.compile(source.source, filename=source.url, module=True)
        except JSSyntaxError as e:
            # a SyntaxError object for JS; the facade re-raises the JSSyntaxError itself
            # (file, line, caret) when the error reaches it
            err = realm.new_error("SyntaxError", e.message)
            err.internal["syntax_error"] = e
            raise ThrowCompletion(err) from None
        except JSError as e:
            raise _rethrow(realm, e) from None
        record = SourceTextModuleRecord(realm, source.url, code)
        record.status = "unlinked"
    elif source.kind == JSON:
        value = parse_json(realm, source.source)       # ParseJSONModule: errors at load time

        def steps(r):
            r.set_export("default", value)
        record = SyntheticModuleRecord(realm, source.url, ["default"], steps)
    elif source.kind == CJS:
        record = commonjs_record(realm, source)
    else:
        raise ThrowCompletion(None, "TypeError", f"Unknown module kind '{source.kind}'")
    record.kind = source.kind
    record.path = source.path
    return record


def parse_json(realm, text):
    json = realm.intrinsics.get("%JSON%") or realm.global_object.get("JSON")
    parse = json.get("parse")
    return realm.vm.call_function(parse, UNDEFINED, [text])


def commonjs_record(realm, source):
    """A CommonJS module seen from ESM: `default` is module.exports, plus the statically
    detected names.  When the loader can tell the names without running the module
    (`source.extra["export_names"]`, or a FileLoader's `export_names(path, source)`), it
    runs at evaluation time, in import order, as in node; otherwise it runs now."""
    loader = loader_of(realm)
    names = source.extra.get("export_names") if source.extra else None
    if names is None and source.path:       # the file loader's static detection (no run)
        detect = getattr(loader, "export_names", None) or getattr(getattr(loader, "fallback", None),
                                                                  "export_names", None)
        if callable(detect):
            names = detect(source.path, source.source)
    if names is None:
        _, names = loader.commonjs_exports(realm, source)

    def steps(r):
        exports, _ = loader.commonjs_exports(realm, source)
        r.set_export("default", exports)
        for n in r.export_names:
            if n != "default" and isinstance(exports, JSObject):
                r.set_export(n, exports.get(n))
    return SyntheticModuleRecord(realm, source.url, ["default"] + [n for n in names if n != "default"], steps)


def load_requested_modules(realm, root):
    """LoadRequestedModules (sec-LoadRequestedModules), synchronously: every module the
    graph reaches gets its [[LoadedModules]] filled (a failure leaves the rest unloaded)."""
    seen = set()
    stack = [root]
    while stack:
        m = stack.pop()
        if id(m) in seen or not m.cyclic:
            continue
        seen.add(id(m))
        for request in m.requests:
            if request.key not in m.loaded:
                m.loaded[request.key] = host_load_imported_module(realm, m.url, request)
            stack.append(m.loaded[request.key])


def link_and_evaluate(realm, record):
    """Load, Link and Evaluate `record`; returns Evaluate()'s promise (throws on a load or
    link error)."""
    if record.cyclic:
        load_requested_modules(realm, record)
    Link(record)
    return Evaluate(record)


# -- import() ----------------------------------------------------------------------------------------
def referrer_url(source_info):
    """GetActiveScriptOrModule's URL for code compiled from `source_info`."""
    if source_info is None:
        return SCRIPT_BASE
    record = source_info.module
    if record is not None:
        return record.url
    filename = source_info.filename
    if filename and os.path.isabs(filename):
        from jskernel.engine.host.resolve import path_to_url     # node's pathToFileURL encoding
        return path_to_url(filename)
    return SCRIPT_BASE


def evaluate_import_call(realm, source_info, specifier, options):
    """EvaluateImportCall (sec-import-call-runtime-semantics-evaluation) from step 6 on:
    the promise of the module's namespace."""
    from jskernel.engine.builtins import promise as P
    from jskernel.engine.compiler.modules import ModuleRequest
    from jskernel.engine.runtime import operations as ops
    p = P.new_promise(realm)
    cap = P.ResolvingFunctions(realm, p)
    try:
        spec = ops.ToString(specifier)
        attributes = {}
        if options is not UNDEFINED:
            if not isinstance(options, JSObject):
                throw_type_error("The second argument to import() must be an object")
            attrs = options.get("with")
            if attrs is not UNDEFINED:
                if not isinstance(attrs, JSObject):
                    throw_type_error("The 'with' option must be an object")
                for key in attrs.own_keys():
                    if type(key) is not str:
                        continue
                    desc = attrs.get_own_property(key)
                    if desc is None or not desc.enumerable:
                        continue
                    value = attrs.get(key)
                    if type(value) is not str:
                        throw_type_error("Import attribute value must be a string")
                    attributes[key] = value
            check_attributes(attributes, dynamic=True)
    except ThrowCompletion as exc:
        cap.reject(realm.vm.materialize(exc))
        return p
    request = ModuleRequest(spec, attributes)
    realm.jobs.enqueue(continue_dynamic_import, realm, referrer_url(source_info), request, cap)
    return p


def continue_dynamic_import(realm, referrer, request, cap):
    """HostLoadImportedModule + ContinueDynamicImport (sec-ContinueDynamicImport)."""
    from jskernel.engine.builtins import promise as P
    from jskernel.engine.runtime.module_namespace import GetModuleNamespace
    try:
        record = host_load_imported_module(realm, referrer, request)
        promise = link_and_evaluate(realm, record)
    except ThrowCompletion as exc:
        cap.reject(realm.vm.materialize(exc))
        return

    def fulfilled(_):
        try:
            cap.resolve(GetModuleNamespace(record))
        except ThrowCompletion as exc:
            cap.reject(realm.vm.materialize(exc))
    P.perform_then(realm, promise, fulfilled, lambda e: cap.reject(e))


# -- import.meta --------------------------------------------------------------------------------------
def import_meta(realm, record):
    """The module's [[ImportMeta]] object, created on first use (sec-meta-properties)."""
    if record is None:
        raise ThrowCompletion(None, "SyntaxError", "Cannot use 'import.meta' outside a module")
    meta = record.import_meta
    if meta is None:
        meta = record.import_meta = realm.new_object(None)
        url = record.url
        path = record.path
        if path is None and url.startswith("file://"):
            from urllib.parse import unquote, urlparse
            path = unquote(urlparse(url).path)
        if path is not None:
            meta.set_own_data("dirname", os.path.dirname(path))
            meta.set_own_data("filename", path)

        def resolve(realm, this, args):
            from jskernel.engine.runtime import operations as ops
            spec = ops.ToString(args[0] if args else UNDEFINED)
            return resolve_url(realm, spec, url)
        meta.set_own_data("resolve", realm.new_native(resolve, "resolve", 1))
        meta.set_own_data("url", url)
    return meta


# -- for the Engine facade ---------------------------------------------------------------------------
def module_url(filename: str | None) -> str:
    """The URL of a module evaluated from source: a file path -> file:// URL, anything
    else -> "jskernel:" + filename."""
    if filename and (os.path.isabs(filename) or os.path.exists(filename)):
        from jskernel.engine.host.resolve import path_to_url     # node's pathToFileURL encoding
        return path_to_url(os.path.abspath(filename))
    if filename and ":" in filename and not os.path.isabs(filename):
        return filename            # already a URL
    return "jskernel:" + (filename or "<input>")


def _host_call(engine, fn, *args):
    from jskernel.engine.errors import JSError
    from jskernel.engine.host.loader import host_call
    try:
        return host_call(engine, fn, *args)
    except JSError as e:
        raise _syntax_error_of(e.value) or e from None


def _syntax_error_of(value):
    """The JSSyntaxError behind a dependency's SyntaxError object (see make_record)."""
    internal = getattr(value, "internal", None)
    if isinstance(internal, dict):
        return internal.get("syntax_error")
    return None


def run_module_source(engine, source: str, filename: str | None):
    """engine.evaluate(source, filename=F, module=True): a new module record for the
    source under F's URL (replacing any earlier one in the module map), loaded, linked
    and evaluated; top-level await is waited for.  Returns undefined."""
    url = module_url(filename)
    code = engine.compile(source, filename=url, module=True)
    return run_module_code(engine, code, url)


def run_module_code(engine, code, url: str):
    """Run module code compiled by `engine.compile(..., module=True)` as the module `url`
    (the test262 host compiles first to tell parse errors from link errors)."""
    realm = engine.realm
    record = SourceTextModuleRecord(realm, url, code)
    record.status = "unlinked"
    record.kind = ESM
    if url.startswith("file:"):
        from urllib.parse import unquote, urlparse
        record.path = unquote(urlparse(url).path)
    module_map(realm)[url] = record
    _finish(engine, record)
    return UNDEFINED


def _finish(engine, record):
    promise = _host_call(engine, link_and_evaluate, engine.realm, record)
    state, result = settle(engine, promise)
    if state == "rejected":
        raise _syntax_error_of(result) or engine._js_error(result)
    if state == "pending":
        engine.write("stderr", f"Warning: Detected unsettled top-level await at {record.url}\n")


def import_module(engine, specifier: str, referrer: str | None = None):
    """engine.import_module: the namespace of `specifier` (loaded, linked, evaluated)."""
    from jskernel.engine.compiler.modules import ModuleRequest
    from jskernel.engine.runtime.module_namespace import GetModuleNamespace
    realm = engine.realm
    record = _host_call(engine, host_load_imported_module, realm, referrer, ModuleRequest(specifier, {}))
    _finish(engine, record)
    return _host_call(engine, GetModuleNamespace, record)


def define_module(engine, name: str, source: str) -> str:
    """engine.define_module: an in-memory ES module importable as `name`; re-defining it
    replaces it for later imports (modules already linked keep the old instance)."""
    from jskernel.engine.host.map_loader import NAME_PREFIX, MapLoader
    engine.compile(source, filename=NAME_PREFIX + name, module=True)    # syntax errors now
    defined = getattr(engine, "defined_modules", None)
    if defined is None:
        defined = engine.defined_modules = MapLoader()
    url = defined.add(name, source)
    module_map(engine.realm).pop(url, None)
    return url


# -- waiting -------------------------------------------------------------------------------
def settle(engine, promise):
    """Run jobs (and the event loop when the engine has one) until `promise` settles;
    returns (state, result) with state "fulfilled" | "rejected" | "pending"."""
    st = promise.internal
    st.is_handled = True            # the caller takes the rejection: never "unhandled"
    engine.run_jobs()
    run_ready = getattr(engine, "run_ready", None)
    next_delay = getattr(engine, "next_timer_delay", None)
    if callable(run_ready) and callable(next_delay):
        # turns of the event loop only until this promise settles: an unrelated
        # setInterval (an earlier notebook cell) must not keep us here
        import time
        while st.state == "pending":
            run_ready()
            if st.state != "pending":
                break
            delay = next_delay(include_unref=True)
            if delay is None:
                break               # nothing left that could settle it
            if delay > 0:
                idle = getattr(engine, "on_idle", None)
                if callable(idle):
                    idle()          # e.g. the CLI flushes stdout before sleeping
                time.sleep(min(delay, 0.05))
    elif st.state == "pending":
        run_loop = getattr(engine, "run_event_loop", None)
        if callable(run_loop):
            run_loop()
            engine.run_jobs()
    if st.state == "rejected":
        st.is_handled = True
        engine.realm.jobs.unhandled.pop(id(promise), None)
    return st.state, st.result


__all__ = ["get_module", "make_record", "link_and_evaluate", "evaluate_import_call", "import_meta",
           "settle", "module_map", "ModuleSource"]
