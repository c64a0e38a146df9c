"""The module loader's errors, worded and coded like node 20's.

Owns `LoaderError` (a `JSError` subclass carrying node's `code` and extra own
properties such as `requireStack`), the message templates of every resolution and
loading failure (one place, node's exact text), and the conversion of a
`LoaderError` into a JS Error object (`error_value`) or a `ThrowCompletion`
(`to_throw`).  Node's internal errors keep `name` "Error"/"TypeError" but their
stack starts `Error [ERR_X]: message`; `MODULE_NOT_FOUND` (CommonJS) keeps a plain
`Error: message` header.  Used by host/resolve.py, host/commonjs.py, host/loader.py.
"""

from __future__ import annotations

from jskernel.engine.errors import JSError

# -- message templates (node 20 wording) ---------------------------------------------------------
MODULE_NOT_FOUND_ESM = "Cannot find module '{}' imported from {}"
PACKAGE_NOT_FOUND_ESM = "Cannot find package '{}' imported from {}"
MODULE_NOT_FOUND_CJS = "Cannot find module '{}'"
PATH_NOT_EXPORTED = "Package subpath '{}' is not defined by \"exports\" in {}package.json"
ROOT_NOT_EXPORTED = "No \"exports\" main defined in {}package.json"
IMPORT_NOT_DEFINED = "Package import specifier \"{}\" is not defined"
UNSUPPORTED_DIR_IMPORT = "Directory import '{}' is not supported resolving ES modules imported from {}"
ATTRIBUTE_TYPE_MISSING = "Module \"{}\" needs an import attribute of type \"{}\""
ATTRIBUTE_TYPE_FAILED = "Module \"{}\" is not of type \"{}\""
ATTRIBUTE_UNSUPPORTED = "Import attribute type \"{}\" is unsupported"
UNKNOWN_BUILTIN = "No such built-in module: {}"
UNPROVIDED_BUILTIN = "jskernel does not provide node's built-in module '{}'"
REQUIRE_ESM = ("require() of ES Module {} from {} not supported.\n"
               "Instead change the require of {} to a dynamic import() which is available in all "
               "CommonJS modules.")
UNKNOWN_FILE_EXTENSION = "Unknown file extension \"{}\" for {}"
INVALID_PACKAGE_CONFIG = "Invalid package config {}."
INVALID_PACKAGE_TARGET = "Invalid \"{}\" target {} defined in the package config {}package.json{}"
INVALID_MODULE_SPECIFIER = "Invalid module \"{}\" {}{}"
UNSUPPORTED_SCHEME = ("Only URLs with a scheme in: file, data, and node are supported by the default "
                      "ESM loader. Received protocol '{}'")
NATIVE_ADDON = "Cannot load native addon '{}': jskernel runs JavaScript only"
READ_FAILED = "Cannot read module '{}': {}"


class LoaderError(JSError):
    """A resolution or loading failure: node's error `name`, `message`, `code` and
    extra own properties (`props`, e.g. {"requireStack": [...]}: lists become arrays)."""

    def __init__(self, name: str, message: str, code: str | None, props: dict | None = None):
        self.code = code
        self.props = props or {}
        header = f"{name}: {message}" if code in (None, "MODULE_NOT_FOUND") else f"{name} [{code}]: {message}"
        super().__init__(name, message, header)


def error_value(realm, err: LoaderError):
    """The JS Error object for `err`: own `code` (and props) enumerable, as node's are;
    the stack captured where the VM stands (the importing/requiring frame)."""
    from jskernel.engine.runtime.objects import CONFIGURABLE, DEFAULT_ATTRS, WRITABLE
    value = realm.new_error(err.name, err.message)
    stack = value.get_own("stack")
    if isinstance(stack, str) and err.code not in (None, "MODULE_NOT_FOUND"):
        head = f"{err.name}: {err.message}"
        if stack.startswith(head):
            value.define_raw("stack", f"{err.name} [{err.code}]: {err.message}" + stack[len(head):],
                             WRITABLE | CONFIGURABLE)
    if err.code is not None:
        value.define_raw("code", err.code, DEFAULT_ATTRS)
    for key, v in err.props.items():
        if isinstance(v, (list, tuple)):
            v = realm.new_array(list(v))
        value.define_raw(key, v, DEFAULT_ATTRS)
    return value


def to_throw(realm, err: LoaderError):
    """A ThrowCompletion carrying `err` as a JS value (raise it inside the engine)."""
    from jskernel.engine.runtime.objects import ThrowCompletion
    if err.value is None:
        err.value = error_value(realm, err)
    return ThrowCompletion(err.value)
