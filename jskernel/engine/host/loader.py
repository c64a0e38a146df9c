"""The file loader: the default `Loader` (host/loading.py) of an Engine.

Owns `FileLoader(base_dir)`, which answers the module system's three questions:
  resolve(specifier, referrer, attributes) -> URL      node's ESM_RESOLVE (host/resolve.py)
  load(url, attributes) -> ModuleSource                 reads the file, ESM_FILE_FORMAT, the
                                                         `type: "json"` attribute checks
  commonjs_exports(realm, source) -> (exports, names)   runs a CJS module once through the
                                                         realm's CommonJS system and detects
                                                         its named exports (host/cjs_exports.py)
and owns the per-realm CommonJS systems (host/commonjs.py) so `require` and `import`
share one module cache.  A referrer that is None or not a file: URL (a notebook cell,
"jskernel:cell/In[3]") resolves relative to `base_dir`.  Failures raise `LoaderError`
(a JSError with node's `code`, host/node_errors.py): with `realm` set (the engine does)
its `.value` is the JS Error object to throw.
"""

from __future__ import annotations

import os

from jskernel.engine.host import node_errors as E
from jskernel.engine.host.builtin_modules import builtin_error
from jskernel.engine.host.loading import CJS, ESM, JSON, ModuleSource
from jskernel.engine.host.resolve import ESM_CONDITIONS, Resolver, esm_file_format, path_to_url, url_to_path


class FileLoader:
    """Modules from the file system, resolved as node resolves them."""

    def __init__(self, base_dir: str | None = None, realm=None):
        self.base_dir = os.path.abspath(base_dir or os.getcwd())
        self.realm = realm
        self._cjs: dict[int, tuple[object, object]] = {}
        self._exports_cache: dict[tuple[str, int], tuple[list[str], list[str]]] = {}
        self._relative_cache: dict[tuple[str, str], str] = {}

    # -- errors -------------------------------------------------------------------------------------
    def _fail(self, err: E.LoaderError):
        if self.realm is not None and err.value is None:
            try:
                err.value = E.error_value(self.realm, err)
            except Exception:       # never let building the value turn into an engine bug:
                pass                # the module system then builds one from name/message/code
        return err

    def _referrer_path(self, referrer: str | None) -> tuple[str, str]:
        """(a path to resolve against, the "imported from" text)."""
        if referrer and referrer.startswith("file:"):
            p = url_to_path(referrer)
            return p, p
        anchor = os.path.join(self.base_dir, "[repl]")
        return anchor, (referrer or self.base_dir)

    # -- Loader protocol ------------------------------------------------------------------------------
    def resolve(self, specifier: str, referrer: str | None, attributes: dict | None = None) -> str:
        parent, shown = self._referrer_path(referrer)
        # relative specifiers that resolved once resolve the same way from the same folder
        # (a package's files import each other's helpers over and over)
        key = (os.path.dirname(parent), specifier) if specifier.startswith(("./", "../")) else None
        hit = self._relative_cache.get(key) if key is not None else None
        if hit is not None:
            return hit
        try:
            url = Resolver(ESM_CONDITIONS, base=shown).esm_resolve(specifier, parent)
            if url.startswith("node:"):
                raise builtin_error(specifier)
            if key is not None:
                self._relative_cache[key] = url
            return url
        except E.LoaderError as err:
            raise self._fail(err) from None

    def load(self, url: str, attributes: dict | None = None) -> ModuleSource:
        try:
            return self._load(url, attributes or {})
        except E.LoaderError as err:
            raise self._fail(err) from None

    def _load(self, url: str, attributes: dict) -> ModuleSource:
        from jskernel.engine.host.commonjs import read_text
        if url.startswith("node:"):
            raise builtin_error(url)
        if not url.startswith("file:"):
            raise E.LoaderError("Error", E.UNSUPPORTED_SCHEME.format(url.split(":", 1)[0] + ":"),
                                "ERR_UNSUPPORTED_ESM_URL_SCHEME")
        path = url_to_path(url)
        wanted = attributes.get("type")
        if wanted is not None and wanted != "json":
            raise E.LoaderError("TypeError", E.ATTRIBUTE_UNSUPPORTED.format(wanted),
                                "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED")
        fmt = esm_file_format(path)
        if fmt == "json" and wanted != "json":
            raise E.LoaderError("TypeError", E.ATTRIBUTE_TYPE_MISSING.format(url, "json"),
                                "ERR_IMPORT_ASSERTION_TYPE_MISSING")
        if fmt != "json" and wanted == "json":
            raise E.LoaderError("TypeError", E.ATTRIBUTE_TYPE_FAILED.format(url, "json"),
                                "ERR_IMPORT_ASSERTION_TYPE_FAILED")
        if not os.path.isfile(path):
            raise E.LoaderError("Error", E.MODULE_NOT_FOUND_ESM.format(path, self.base_dir),
                                "ERR_MODULE_NOT_FOUND")
        kind = {"module": ESM, "json": JSON, "commonjs": CJS}[fmt]
        text = read_text(path)
        extra = {}
        if kind == CJS:       # names known without running it: it runs at evaluation time
            extra["export_names"] = self.export_names(path, text)
        return ModuleSource(url=url, kind=kind, source=text, path=path, extra=extra)

    def commonjs_exports(self, realm, source: ModuleSource) -> tuple[object, list[str]]:
        """Run the CJS module (once per realm: require.cache) and return (module.exports,
        the statically detected export names, re-exports followed; never "default")."""
        cjs = self.commonjs(realm)
        path = source.path or url_to_path(source.url)
        exports = cjs.load(path, None)
        return exports, self.export_names(path, source.source)

    # -- CommonJS -------------------------------------------------------------------------------------
    def commonjs(self, realm):
        """The CommonJS system (require cache, Module class) of `realm`."""
        from jskernel.engine.host.commonjs import CommonJS
        hit = self._cjs.get(id(realm))
        if hit is None or hit[0] is not realm:
            hit = (realm, CommonJS(realm, self.base_dir))
            self._cjs[id(realm)] = hit
        return hit[1]

    def export_names(self, path: str, source: str | None = None, _seen=None) -> list[str]:
        """The names a CJS file exports to ESM: its own detections plus those of the
        modules it re-exports (resolved with require's rules from its folder)."""
        from jskernel.engine.host.cjs_resolve import CJSResolver
        seen = _seen if _seen is not None else set()
        if path in seen:
            return []
        seen.add(path)
        names, reexports = self._detect(path, source)
        out = dict.fromkeys(names)
        for spec in reexports:
            try:
                target = CJSResolver(os.path.dirname(path), [path]).resolve(spec)
            except E.LoaderError:
                continue
            if target.startswith("node:") or not target.endswith((".js", ".cjs")):
                continue
            try:
                if esm_file_format(target) != "commonjs":
                    continue
            except E.LoaderError:
                continue
            for n in self.export_names(target, None, seen):
                out.setdefault(n)
        out.pop("default", None)
        return list(out)

    def _detect(self, path: str, source: str | None):
        from jskernel.engine.errors import JSError
        from jskernel.engine.host.cjs_exports import detect_exports
        from jskernel.engine.host.commonjs import parse_wrapped, read_text
        try:
            mtime = os.stat(path).st_mtime_ns
        except OSError:
            return [], []
        hit = self._exports_cache.get((path, mtime))
        if hit is not None:
            return hit
        try:
            text = source if source is not None else read_text(path)
            wrapped, program = parse_wrapped(text)
        except (JSError, E.LoaderError):
            return [], []
        result = detect_exports(program, wrapped)
        self._exports_cache[(path, mtime)] = result
        return result

    def install_require(self, realm, base_dir: str | None = None):
        """Define a global `require` (and `module`, as node's REPL does) in `realm`,
        resolving from `base_dir` (default: this loader's), as the notebook's cells use it."""
        from jskernel.engine.runtime.objects import HIDDEN_ATTRS
        cjs = self.commonjs(realm)
        if base_dir is not None:          # cells' imports and requires both resolve from it
            self.base_dir = cjs.base_dir = os.path.abspath(base_dir)
        repl = cjs.repl_module()
        fn = cjs.make_require(repl)
        g = realm.global_object
        g.define_raw("require", fn, HIDDEN_ATTRS)
        if g.lookup_own("module") is None:       # node's REPL has `module` (id "<repl>") too
            g.define_raw("module", repl, HIDDEN_ATTRS)
        return fn

    def run_main(self, realm, path: str):
        """Run `path` as node's main module would: CommonJS unless ESM_FILE_FORMAT says
        module (returns "module" then, for the caller to evaluate as ESM)."""
        path = os.path.realpath(os.path.abspath(path))
        ext = os.path.splitext(path)[1]
        if ext in (".mjs",) or (ext in (".js", "") and esm_file_format(path) == "module"):
            return "module"
        self.commonjs(realm).run_main(path)
        return "commonjs"


def host_call(engine, fn, *args):
    """Run `fn(*args)` (host code that runs JS: require, a main module) and turn what
    escapes into the facade's exceptions, as Engine.run does: ThrowCompletion ->
    JSError, LoaderError / JSSyntaxError as they are, a Python bug -> InternalError."""
    from jskernel.engine.errors import JSError
    from jskernel.engine.runtime.objects import ThrowCompletion
    from jskernel.engine.vm.interpreter import InternalEngineError
    try:
        return fn(*args)
    except ThrowCompletion as exc:
        engine._reset()
        value = engine.vm.materialize(exc) if exc.name is not None else exc.value
        raise engine._js_error(value) from None
    except JSError:
        engine._reset()
        raise
    except RecursionError as e:
        engine._reset()
        raise JSError("RangeError", "Maximum call stack size exceeded") from e
    except InternalEngineError as e:
        engine._reset()
        raise JSError("InternalError", f"engine bug: {e}") from e
    except Exception as e:
        engine._reset()
        raise JSError("InternalError", f"engine bug: {type(e).__name__}: {e}") from e
    except BaseException:
        engine._reset()
        raise


__all__ = ["FileLoader", "host_call", "path_to_url"]
