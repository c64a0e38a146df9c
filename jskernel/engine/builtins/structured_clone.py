"""Host globals node provides that are not ECMAScript: `structuredClone` (the HTML
structured clone algorithm as V8's serializer applies it), `queueMicrotask` (a job on
the promise job queue) and a minimal `DOMException` (the class of DataCloneError).

Objects are recognised by their class_name and internal slots (duck typing), so kinds
added by other modules (Date, RegExp, ArrayBuffer, typed arrays, DataView, Map, Set,
errors) clone when present; anything else that is not a plain object or array throws
node's `DataCloneError: <value> could not be cloned.`"""

from __future__ import annotations

from jskernel.engine.builtins import GETTER, VALUE, arg, define_table
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunctionBase
from jskernel.engine.runtime.objects import (
    CONFIGURABLE, ENUMERABLE, WRITABLE, JSArray, JSObject, ThrowCompletion, throw_type_error,
)
from jskernel.engine.runtime.values import HOLE, SYMBOL_TO_STRING_TAG, UNDEFINED, JSSymbol

HIDDEN = WRITABLE | CONFIGURABLE
ERROR_NAMES = ("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")
DOM_CODES = {"IndexSizeError": 1, "HierarchyRequestError": 3, "WrongDocumentError": 4,
             "InvalidCharacterError": 5, "NoModificationAllowedError": 7, "NotFoundError": 8,
             "NotSupportedError": 9, "InvalidStateError": 11, "SyntaxError": 12,
             "InvalidModificationError": 13, "NamespaceError": 14, "InvalidAccessError": 15,
             "TypeMismatchError": 17, "SecurityError": 18, "NetworkError": 19, "AbortError": 20,
             "URLMismatchError": 21, "QuotaExceededError": 22, "TimeoutError": 23,
             "InvalidNodeTypeError": 24, "DataCloneError": 25}


# --- DOMException -------------------------------------------------------------------------
def new_dom_exception(realm, message, name, proto=None):
    e = realm.heap.allocate(JSObject, proto or realm.intrinsics["%DOMException.prototype%"], "DOMException")
    e.internal = {"dom": (message, name)}
    e.define_raw("stack", "", HIDDEN)
    realm.capture_stack(e)
    e.internal["dom"] = (message, name)        # capture_stack replaced `internal`
    head = f"{name}: {message}" if message else name
    stack = e.get_own("stack")
    e.define_raw("stack", head + stack[stack.find("\n"):] if "\n" in stack else head, HIDDEN)
    return e


def _dom(this, what):
    if not isinstance(this, JSObject) or not isinstance(this.internal, dict) or "dom" not in this.internal:
        throw_type_error("Value of \"this\" must be of type DOMException")
    return this.internal["dom"]


def _dom_construct(realm, args, new_target):
    msg = "" if arg(args, 0) is UNDEFINED else ops.ToString(args[0])
    name = "Error" if arg(args, 1) is UNDEFINED else ops.ToString(args[1])
    return new_dom_exception(realm, msg, name,
                             ops.GetPrototypeFromConstructor(realm, new_target, "%DOMException.prototype%"))


def _dom_call(realm, this, args):
    throw_type_error("Class constructor DOMException cannot be invoked without 'new'")


def data_clone_error(realm, v):
    if isinstance(v, JSFunctionBase):
        shown = ops.ToString(realm.vm.call_function(
            realm.intrinsics["%Function.prototype%"].get("toString"), v, []))
    elif type(v) is JSSymbol:
        shown = ops.ToDisplayString(v)
    else:
        shown = f"#<{_ctor_name(v)}>"
    raise ThrowCompletion(new_dom_exception(realm, f"{shown} could not be cloned.", "DataCloneError"))


def _ctor_name(o):
    from jskernel.engine.runtime.inspect import constructor_name
    try:
        return constructor_name(o) or "Object"
    except ThrowCompletion:
        return "Object"


# --- structuredClone ------------------------------------------------------------------------
class Cloner:
    def __init__(self, realm):
        self.realm = realm
        self.memory = {}

    def clone(self, v):
        if not isinstance(v, JSObject):
            if type(v) is JSSymbol:
                data_clone_error(self.realm, v)
            return v
        done = self.memory.get(id(v))
        if done is not None:
            return done[1]
        realm = self.realm
        I = realm.intrinsics
        if isinstance(v, JSFunctionBase) or getattr(v, "proxy_target", None) is not None:
            data_clone_error(realm, v)
        cls = v.class_name
        if isinstance(v, JSArray):
            out = realm.new_array([])
            self.memory[id(v)] = (v, out)
            out.elements = [HOLE if e is HOLE else self.clone(e) for e in v.elements]
            self._copy_props(v, out, non_index=True)
            return out
        if cls in ("Number", "String", "Boolean", "BigInt") and v.internal is not None \
                and not isinstance(v.internal, dict):
            out = realm.wrap_primitive(v.internal)
        elif cls == "Date" and type(v.internal) is float:
            out = realm.vm.construct(I["%Date%"], [v.internal])
        elif cls == "RegExp" and I.get("%RegExp%") is not None:
            out = realm.vm.construct(I["%RegExp%"], [v.get("source"), v.get("flags")])
        elif cls in ("Map", "Set") and hasattr(v.internal, "live"):
            from jskernel.engine.builtins.collections import OrderedTable
            out = realm.heap.allocate(JSObject, I[f"%{cls}.prototype%"], cls)
            out.internal = OrderedTable()
            self.memory[id(v)] = (v, out)
            for e in v.internal.live():
                k = self.clone(e[0])
                out.internal.set(k, self.clone(e[1]) if cls == "Map" else k)
            return out
        elif cls == "Error" or (isinstance(v.internal, dict) and "frames" in v.internal):
            out = self._clone_error(v)
        elif type(v).__name__ == "JSArrayBuffer" and not getattr(v, "shared", False):
            out = realm.vm.call_function(I["%ArrayBuffer.prototype%"].get("slice"), v, [])
        elif getattr(v, "inspect_binary", False) and I.get(f"%{cls}%") is not None:
            buf = self.clone(v.get("buffer"))
            n = v.get("byteLength" if cls == "DataView" else "length")
            out = realm.vm.construct(I[f"%{cls}%"], [buf, v.get("byteOffset"), n])
        elif cls in ("Object", "Arguments") and not isinstance(v.internal, dict) or cls == "Object":
            out = realm.new_object()
            self.memory[id(v)] = (v, out)
            self._copy_props(v, out)
            return out
        else:
            data_clone_error(realm, v)
        self.memory[id(v)] = (v, out)
        return out

    def _copy_props(self, src, dst, non_index=False):
        from jskernel.engine.builtins.object import own_enumerable_string_keys
        from jskernel.engine.runtime.objects import is_array_index
        for k in list(own_enumerable_string_keys(src)):
            if non_index and is_array_index(k):
                continue
            dst.define_raw(k, self.clone(src.get(k)), 7) if not isinstance(dst, JSArray) else \
                dst.set(k, self.clone(src.get(k)), dst)

    def _clone_error(self, v):
        realm = self.realm
        name = v.get("name")
        name = name if type(name) is str and name in ERROR_NAMES else "Error"
        err = realm.heap.allocate(JSObject, realm.intrinsics[f"%{name}.prototype%"], "Error")
        err.define_raw("stack", "", HIDDEN)
        for key in ("message", "cause"):
            d = v.get_own_property(key)
            if d is not None:
                val = v.get(key)
                err.define_raw(key, ops.ToString(val) if key == "message" else self.clone(val), HIDDEN)
        stack = v.get("stack")
        err.define_raw("stack", stack if type(stack) is str else "", HIDDEN)
        err.internal = {"frames": []}
        return err


def structured_clone(realm, this, args):
    if not args:
        throw_type_error("The value argument must be specified")
    return Cloner(realm).clone(args[0])


# --- queueMicrotask --------------------------------------------------------------------------
def received(v) -> str:
    """node's ERR_INVALID_ARG_TYPE tail: ' Received ...'."""
    if v is UNDEFINED or v is None:
        return f" Received {ops.ToDisplayString(v)}"
    if isinstance(v, JSFunctionBase):
        from jskernel.engine.runtime.functions import function_name
        n = function_name(v)
        return f" Received function {n}" if n else " Received function "
    from jskernel.engine.runtime.inspect import inspect
    if isinstance(v, JSObject):
        from jskernel.engine.runtime.inspect import constructor_name
        try:
            c = constructor_name(v)
        except ThrowCompletion:
            c = "Object"
        return f" Received an instance of {c}" if c else f" Received {inspect(v)}"
    if type(v) is str and len(v) > 28:      # node cuts a long string before quoting it
        v = v[:25] + "..."
    return f" Received type {ops.TypeOf(v)} ({inspect(v)})"


def queue_microtask(realm, this, args):
    cb = arg(args, 0)
    if not ops.IsCallable(cb):
        from jskernel.engine.host.timers import check_callback   # node's ERR_INVALID_ARG_TYPE
        check_callback(realm, cb)

    def job():
        realm.vm.call_function(cb, UNDEFINED, [])
    realm.jobs.enqueue(job)
    return UNDEFINED


def install(realm):
    g = realm.global_object
    define_table(realm, g, [("structuredClone", structured_clone, 0), ("queueMicrotask", queue_microtask, 1)])
    proto = realm.heap.allocate(JSObject, realm.intrinsics["%Error.prototype%"])
    ctor = realm.new_native(_dom_call, "DOMException", 0, _dom_construct)
    ctor.define_raw("prototype", proto, 0)
    proto.define_raw("constructor", ctor, HIDDEN)
    define_table(realm, proto, [
        ("name", GETTER(lambda realm, this, args: _dom(this, "name")[1])),
        ("message", GETTER(lambda realm, this, args: _dom(this, "message")[0])),
        ("code", GETTER(lambda realm, this, args: float(DOM_CODES.get(_dom(this, "code")[1], 0)))),
        (SYMBOL_TO_STRING_TAG, VALUE("DOMException"), CONFIGURABLE),
    ])
    for n, c in (("DATA_CLONE_ERR", 25.0),):
        ctor.define_raw(n, c, ENUMERABLE)
        proto.define_raw(n, c, ENUMERABLE)
    realm.intrinsics["%DOMException%"] = ctor
    realm.intrinsics["%DOMException.prototype%"] = proto
    g.define_raw("DOMException", ctor, HIDDEN)
