"""CommonJS: `require`, the module wrapper, `module` objects and `require.cache`.

Owns one `CommonJS` system per realm (created by host/loader.py's FileLoader):
  * `Module` objects shaped like node's (id, path, exports, filename, loaded,
    children, paths; `Module.prototype.require`), kept in `require.cache`, a real JS
    object keyed by filename (deleting a key makes the next require reload the file);
  * `require(id)` with node's resolution (host/cjs_resolve.py), `require.resolve`
    (+ `.paths`), `require.cache`, `require.main`;
  * loading by extension: .json is parsed (a SyntaxError names the file), .node is
    refused, .mjs and .js inside a "type": "module" package throw ERR_REQUIRE_ESM as
    node 20 does without --experimental-require-module, everything else runs as CJS;
  * the module wrapper `function (exports, require, module, __filename, __dirname)`,
    compiled through the engine's parser/compiler with the wrapper header on line 1 so
    columns and lines in stacks are the file's own (`WrappedSource`);
  * cycles: a module is cached before it runs, so a cyclic require sees the partial
    `module.exports`; a module that throws is removed from the cache again;
  * node's `global` alias of globalThis, defined when the realm gets CommonJS.
Leaves static export-name detection to host/cjs_exports.py and ES module records to
runtime/modules.py (engineer B).
"""

from __future__ import annotations

import os
import weakref

from jskernel.engine.bytecode.code import SourceInfo
from jskernel.engine.errors import JSSyntaxError
from jskernel.engine.host import node_errors as E
from jskernel.engine.host.builtin_modules import builtin_error
from jskernel.engine.host.cjs_resolve import CJSResolver, global_folders, node_modules_paths
from jskernel.engine.host.package_json import package_type
from jskernel.engine.runtime.objects import DEFAULT_ATTRS, HIDDEN_ATTRS, JSObject, ThrowCompletion
from jskernel.engine.runtime.values import UNDEFINED

WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) { "
WRAPPER_TAIL = "\n})"
REPL_ID = "<repl>"


class WrappedSource(SourceInfo):
    """The wrapped text of a CJS file, reporting positions as the file's own: the
    wrapper header shares line 1, so columns on line 1 are shifted back."""

    def __init__(self, text: str, filename: str, prefix: int):
        super().__init__(text, filename)
        self.prefix = prefix

    def line_col(self, pos: int) -> tuple[int, int]:
        line, col = SourceInfo.line_col(self, pos)
        if line == 1:
            col = max(1, col - self.prefix)
        return line, col

    def line_text(self, line: int) -> str:
        text = SourceInfo.line_text(self, line)
        return text[self.prefix:] if line == 1 else text


def read_text(path: str) -> str:
    """A module file's text as a JS string (UTF-8, BOM dropped); LoaderError when unreadable."""
    from jskernel.engine.text import to_js
    try:
        with open(path, "rb") as f:
            data = f.read()
    except (OSError, ValueError) as e:
        raise E.LoaderError("Error", E.READ_FAILED.format(path, getattr(e, "strerror", None) or e),
                            "ERR_MODULE_NOT_FOUND")
    return to_js(data.decode("utf-8-sig", errors="replace"))


def wrap_source(source: str) -> str:
    if source.startswith("#!"):          # hashbang: kept as a comment of the same length
        source = "//" + source[2:]
    return WRAPPER_HEAD + source + WRAPPER_TAIL


def parse_wrapped(source: str, filename: str | None = None) -> tuple[str, dict]:
    """(wrapped text, its Program) for a CJS file; JSSyntaxError (positions in the wrapped
    text) when it does not parse, or when it closes the wrapper function itself (a stray
    `})` would otherwise let code escape to the global scope)."""
    from jskernel.engine.syntax import parse
    text = wrap_source(source)
    program = parse(text, locations=False, filename=filename)
    body = program["body"]
    if not (len(body) == 1 and body[0]["type"] == "ExpressionStatement"
            and body[0]["expression"]["type"] == "FunctionExpression"
            and body[0]["expression"]["end"] == len(text) - 1):
        first = body[0]["expression"] if body and body[0]["type"] == "ExpressionStatement" else None
        pos = first["end"] - 1 if first is not None and first.get("type") == "FunctionExpression" \
            else len(WRAPPER_HEAD)
        line, col = SourceInfo(text, filename or "").line_col(pos)
        raise JSSyntaxError("Unexpected token '}'", pos=pos, line=line, column=col, source=text,
                            filename=filename)
    return text, program


class _Record:
    """Python-side facts about one JS `module` object."""
    __slots__ = ("filename", "parent", "__weakref__")

    def __init__(self, filename, parent):
        self.filename = filename
        self.parent = parent


class CommonJS:
    """The CommonJS system of one realm."""

    def __init__(self, realm, base_dir: str):
        self.realm = realm
        self.base_dir = base_dir
        self.records: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self.cache = realm.new_object(None)               # require.cache (null prototype, as node's)
        self.main = UNDEFINED
        self._build_module_class()
        # node's `global` (= globalThis), which CommonJS packages use: defined with require
        g = realm.global_object
        if g.lookup_own("global") is None:
            g.define_raw("global", g, HIDDEN_ATTRS)   # node: enumerable; hidden keeps %who clean

    # -- Module objects ---------------------------------------------------------------------------
    def _build_module_class(self):
        realm = self.realm

        def module_ctor(realm, this, args):
            raise ThrowCompletion(None, "TypeError", "Class constructor Module cannot be invoked without 'new'")

        self.module_proto = realm.new_object()
        ctor = realm.new_native(module_ctor, "Module", 0)
        ctor.define_raw("prototype", self.module_proto, 0)
        self.module_proto.define_raw("constructor", ctor, HIDDEN_ATTRS)

        def proto_require(realm, this, args):
            if not isinstance(this, JSObject) or this not in self.records:
                raise ThrowCompletion(None, "TypeError", "Module.prototype.require called on a non-module")
            return self.require(this, _id_arg(realm, args))

        self.module_proto.define_raw("require", realm.new_native(proto_require, "require", 1), HIDDEN_ATTRS)

    def new_module(self, module_id: str, filename, parent) -> JSObject:
        realm = self.realm
        m = realm.new_object(self.module_proto)
        directory = os.path.dirname(filename) if filename else self.base_dir
        m.define_raw("id", module_id, DEFAULT_ATTRS)
        m.define_raw("path", directory if filename else ".", DEFAULT_ATTRS)
        m.define_raw("exports", realm.new_object(), DEFAULT_ATTRS)
        m.define_raw("filename", filename if filename else None, DEFAULT_ATTRS)
        m.define_raw("loaded", False, DEFAULT_ATTRS)
        m.define_raw("children", realm.new_array([]), DEFAULT_ATTRS)
        m.define_raw("paths", realm.new_array(node_modules_paths(directory)), DEFAULT_ATTRS)
        self.records[m] = _Record(filename, parent)
        return m

    def require_stack(self, module) -> list[str]:
        out = []
        m = module
        while m is not None:
            rec = self.records.get(m)
            if rec is None:
                break
            out.append(rec.filename or REPL_ID)
            m = rec.parent
        return out

    def resolver(self, module) -> CJSResolver:
        rec = self.records.get(module)
        directory = os.path.dirname(rec.filename) if rec is not None and rec.filename else self.base_dir
        return CJSResolver(directory, self.require_stack(module))

    # -- require ----------------------------------------------------------------------------------
    def make_require(self, module) -> JSObject:
        """The `require` function handed to `module`'s code (with resolve, cache, main)."""
        realm = self.realm

        def require(realm, this, args):
            return self.require(module, _id_arg(realm, args))

        def resolve(realm, this, args):
            request = _id_arg(realm, args)
            paths = _option_paths(args[1] if len(args) > 1 else UNDEFINED)
            resolved = self._resolve(module, request) if paths is None else \
                self._resolve_in(module, request, paths)
            if resolved.startswith("node:"):
                raise E.to_throw(realm, builtin_error(request))
            return resolved

        def resolve_paths(realm, this, args):
            request = _id_arg(realm, args)
            from jskernel.engine.host.builtin_modules import is_builtin
            if is_builtin(request):
                return None
            r = self.resolver(module)
            if request.startswith(("./", "../")) or request in (".", ".."):
                return realm.new_array([r.parent_dir])
            return realm.new_array(node_modules_paths(r.parent_dir) + global_folders())

        fn = realm.new_native(require, "require", 1)
        res = realm.new_native(resolve, "resolve", 1)
        res.define_raw("paths", realm.new_native(resolve_paths, "paths", 1), DEFAULT_ATTRS)
        fn.define_raw("resolve", res, DEFAULT_ATTRS)
        fn.define_raw("main", self.main, DEFAULT_ATTRS)
        fn.define_raw("extensions", realm.new_object(None), DEFAULT_ATTRS)
        fn.define_raw("cache", self.cache, DEFAULT_ATTRS)
        return fn

    def _resolve(self, module, request: str) -> str:
        try:
            return self.resolver(module).resolve(request)
        except E.LoaderError as err:
            raise E.to_throw(self.realm, err) from None

    def _resolve_in(self, module, request: str, paths: list[str]) -> str:
        """require.resolve(request, { paths }): as if required from each of `paths` in turn."""
        stack = self.require_stack(module)
        for p in paths:
            base = os.path.abspath(p)          # node: relative to the working directory
            try:
                return CJSResolver(base, stack).resolve(request)
            except E.LoaderError as err:
                if err.code != "MODULE_NOT_FOUND":
                    raise E.to_throw(self.realm, err) from None
        raise E.to_throw(self.realm, CJSResolver(self.base_dir, stack).not_found(request))

    def require(self, parent, request: str):
        """Module._load: resolve, then the cached exports or a fresh load."""
        filename = self._resolve(parent, request)
        if filename.startswith("node:"):
            raise E.to_throw(self.realm, builtin_error(request))
        return self.load(filename, parent)

    def cached(self, filename: str):
        m = self.cache.get_own(filename)
        return m if isinstance(m, JSObject) and m in self.records else None

    def load(self, filename: str, parent, *, is_main: bool = False):
        """The exports of the module at `filename`, loading it (once) as a child of `parent`."""
        realm = self.realm
        m = self.cached(filename)
        if m is not None:
            self._add_child(parent, m)
            return m.get("exports")
        self._check_format(filename, parent)
        m = self.new_module("." if is_main else filename, filename, parent)
        if is_main:
            self.main = m
        self.cache.define_raw(filename, m, DEFAULT_ATTRS)
        self._add_child(parent, m)
        try:
            if filename.endswith(".json"):
                self._load_json(m, filename)
            elif filename.endswith(".node"):
                raise E.to_throw(realm, E.LoaderError("Error", E.NATIVE_ADDON.format(filename),
                                                      "ERR_DLOPEN_FAILED"))
            else:
                self._run(m, filename, read_text(filename), raw_syntax=is_main)
        except E.LoaderError as err:          # unreadable file: a JS error, catchable
            if self.cache.get_own(filename) is m:
                self.cache.delete(filename)
            self._remove_child(parent, m)
            raise E.to_throw(realm, err) from None
        except BaseException:
            if self.cache.get_own(filename) is m:
                self.cache.delete(filename)
            self._remove_child(parent, m)
            raise
        m.set("loaded", True, m)
        return m.get("exports")

    def _check_format(self, filename: str, parent):
        ext = os.path.splitext(filename)[1]
        if ext == ".mjs" or (ext == ".js" and package_type(filename) == "module"):
            rec = self.records.get(parent) if parent is not None else None
            who = (rec.filename or REPL_ID) if rec is not None else self.base_dir
            target = filename if ext == ".mjs" else f"{os.path.basename(filename)} in {who}"
            raise E.to_throw(self.realm, E.LoaderError(
                "Error", E.REQUIRE_ESM.format(filename, who, target), "ERR_REQUIRE_ESM"))

    def _add_child(self, parent, m):
        if parent is None:
            return
        children = parent.get("children")
        if isinstance(children, JSObject) and children.class_name == "Array":
            n = _length(children)
            for i in range(n):
                if children.get(str(i)) is m:
                    return
            children.set(str(n), m, children)

    def _remove_child(self, parent, m):
        if parent is None:
            return
        children = parent.get("children")
        if isinstance(children, JSObject) and children.class_name == "Array":
            n = _length(children)
            if n and children.get(str(n - 1)) is m:
                children.set("length", float(n - 1), children)

    # -- loading ----------------------------------------------------------------------------------
    def _load_json(self, m, filename: str):
        from jskernel.engine.builtins.json import json_parse
        text = read_text(filename)
        try:
            value = json_parse(self.realm, UNDEFINED, [text])
        except ThrowCompletion as exc:
            value = self.realm.vm.materialize(exc) if exc.name is not None else exc.value
            if isinstance(value, JSObject):
                msg = value.get("message")
                if isinstance(msg, str):
                    value.set("message", f"{filename}: {msg}", value)
                    self.realm.capture_stack(value)
            raise ThrowCompletion(value) from None
        m.set("exports", value, m)

    def compile_wrapper(self, source: str, filename: str, raw_syntax: bool = False):
        """The module wrapper function for `source` (raises ThrowCompletion(SyntaxError),
        or with `raw_syntax` the JSSyntaxError itself, positioned in the file)."""
        from jskernel.engine.compiler import compile_program
        try:
            text, program = parse_wrapped(source, filename)
            code = compile_program(program, WrappedSource(text, filename, len(WRAPPER_HEAD)))
        except JSSyntaxError as e:
            if raw_syntax:
                raise file_syntax_error(e, source, filename) from None
            raise self.syntax_error(e, source, filename) from None
        return self.realm.vm.run_code(code, self.realm.global_object)

    def syntax_error(self, e: JSSyntaxError, source: str, filename: str):
        """A ThrowCompletion carrying a SyntaxError whose position is the file's own."""
        err = file_syntax_error(e, source, filename)
        value = self.realm.new_error("SyntaxError", err.message)
        from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE
        stack = value.get_own("stack")
        caret = "\n".join(err.caret_lines())
        head = f"{filename}:{err.line}\n{caret}\n\n" if caret else f"{filename}:{err.line}\n\n"
        value.define_raw("stack", head + (stack if isinstance(stack, str) else ""), WRITABLE | CONFIGURABLE)
        return ThrowCompletion(value)

    def _run(self, m, filename: str, source: str, raw_syntax: bool = False):
        fn = self.compile_wrapper(source, filename, raw_syntax)
        exports = m.get("exports")
        require = self.make_require(m)
        fn.call(exports, [exports, require, m, filename, os.path.dirname(filename)])

    # -- entry points -----------------------------------------------------------------------------
    def repl_module(self):
        """The pseudo-module cells require from (id "<repl>", resolving from base_dir)."""
        m = getattr(self, "_repl", None)
        if m is None:
            m = self._repl = self.new_module(REPL_ID, None, None)
        return m

    def run_main(self, filename: str):
        """Run `filename` as the CommonJS main module (require.main, id ".")."""
        return self.load(filename, None, is_main=True)


def file_syntax_error(e: JSSyntaxError, source: str, filename: str) -> JSSyntaxError:
    """`e` (found in the wrapped text) re-positioned in the file's own text."""
    prefix = len(WRAPPER_HEAD)
    pos = max(0, min(e.pos - prefix, len(source)))
    column = e.column - prefix if e.line == 1 else e.column
    return JSSyntaxError(e.message, pos=pos, line=e.line, column=max(1, column), source=source,
                         filename=filename)


def _option_paths(options):
    """The `paths` option of require.resolve (a list of strings), or None."""
    if not isinstance(options, JSObject):
        return None
    paths = options.get("paths")
    if paths is UNDEFINED:
        return None
    if not (isinstance(paths, JSObject) and paths.class_name == "Array"):
        raise ThrowCompletion(None, "TypeError", "The \"options.paths\" property must be an Array")
    out = []
    for i in range(_length(paths)):
        v = paths.get(str(i))
        if isinstance(v, str):
            out.append(v)
    return out


def _length(array) -> int:
    from jskernel.engine.runtime.operations import ToLength
    return ToLength(array.get("length"))


def _id_arg(realm, args) -> str:
    """Module.prototype.require's argument checks (node's ERR_INVALID_ARG_TYPE / _VALUE)."""
    v = args[0] if args else UNDEFINED
    if not isinstance(v, str):
        from jskernel.engine.runtime.inspect import inspect
        shown = "undefined" if v is UNDEFINED else inspect(v)
        raise E.to_throw(realm, E.LoaderError(
            "TypeError", f"The \"id\" argument must be of type string. Received {_received(v, shown)}",
            "ERR_INVALID_ARG_TYPE"))
    if v == "":
        raise E.to_throw(realm, E.LoaderError(
            "TypeError", "The argument 'id' must be a non-empty string. Received ''",
            "ERR_INVALID_ARG_VALUE"))
    return v


def _received(v, shown: str) -> str:
    """node's "Received ..." part of ERR_INVALID_ARG_TYPE."""
    from jskernel.engine.runtime import operations as ops
    from jskernel.engine.runtime.values import JSSymbol
    if v is UNDEFINED or v is None:
        return "undefined" if v is UNDEFINED else "null"
    if isinstance(v, bool):
        return f"type boolean ({shown})"
    if isinstance(v, float):
        return f"type number ({shown})"
    if isinstance(v, int):
        return f"type bigint ({shown})"
    if isinstance(v, JSSymbol):
        return f"type symbol ({shown})"
    if ops.IsCallable(v):
        name = v.get("name")
        return f"function {name if isinstance(name, str) else ''}"
    from jskernel.engine.runtime.diagnostics import constructor_name
    ctor = constructor_name(v) if getattr(v, "proto", None) is not None else None
    return f"an instance of {ctor}" if ctor else f"{shown}"
