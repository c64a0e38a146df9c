"""node's util.inspect, for console.log and `Engine.inspect`.

Owns the text form of values as node v20 prints them with console.log: quoting and
escaping of strings, -0, arrays with holes and `... n more items`, plain objects and
class instances, functions, errors (their stack), boxed primitives, depth limit 2
(`[Object]`, `[Array]`), circular references (`<ref *1>` / `[Circular *1]`), and the
line-breaking rules: `reduceToSingleString` (entries combined on one line when the
object is among the innermost `compact` = 3 levels and the total fits in
`breakLength` = 80) and `groupArrayElements` (arrays of more than 6 entries laid out
in aligned columns).  The structure and names follow node's lib/internal/util/inspect.js
so the two can be compared rule by rule; the code is written from its documented
behaviour and verified against node's output (tests/test_vm_inspect.py).
"""

from __future__ import annotations

import math
import re

from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.functions import JSFunction, JSFunctionBase, function_name
from jskernel.engine.runtime.objects import (
    ACCESSOR, ENUMERABLE, Accessor, JSArray, JSObject, ThrowCompletion, is_array_index,
)
from jskernel.engine.runtime.values import ABSENT, HOLE, UNDEFINED, JSSymbol

K_OBJECT = 0
K_ARRAY = 1
K_ARRAY_EXTRAS = 2

_KEY_RE = re.compile(r"^[a-zA-Z_][a-zA-Z_0-9]*$")

_META = {}
for _c in range(0x20):
    _META[_c] = "\\x%02X" % _c
_META.update({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 39: "\\'", 92: "\\\\"})
for _c in range(0x7F, 0xA0):
    _META[_c] = "\\x%02X" % _c


class Ctx:
    def __init__(self, depth=2, break_length=80, compact=3, max_array_length=100,
                 max_string_length=10000, show_hidden=False):
        self.seen = []
        self.circular = None
        self.indentation_lvl = 0
        self.current_depth = 0
        self.depth = depth
        self.break_length = break_length
        self.compact = compact
        self.max_array_length = max_array_length
        self.max_string_length = max_string_length
        self.show_hidden = show_hidden


def inspect(value, **opts) -> str:
    return format_value(Ctx(**opts), value, 0)


# --- primitives ------------------------------------------------------------------------------
def str_escape(s: str) -> str:
    quote = 39
    if "'" in s:
        if '"' not in s:
            quote = -1
        elif "`" not in s and "${" not in s:
            quote = -2
    out = []
    last = 0
    i = 0
    n = len(s)
    while i < n:
        p = ord(s[i])
        if p == quote or p == 92 or p < 32 or 126 < p < 160:
            out.append(s[last:i])
            out.append(_META[p])
            last = i + 1
        elif 0xD800 <= p <= 0xDFFF:
            if p <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                i += 2
                continue
            out.append(s[last:i])
            out.append("\\u%x" % p)
            last = i + 1
        i += 1
    out.append(s[last:])
    body = "".join(out)
    if quote == -1:
        return f'"{body}"'
    if quote == -2:
        return f"`{body}`"
    return f"'{body}'"


def format_number(v: float) -> str:
    if v == 0 and math.copysign(1, v) < 0:
        return "-0"
    return ops.NumberToString(v)


def format_primitive(ctx, v) -> str:
    t = type(v)
    if t is str:
        trailer = ""
        if len(v) > ctx.max_string_length:
            remaining = len(v) - ctx.max_string_length
            v = v[:ctx.max_string_length]
            trailer = f"... {remaining} more character{'s' if remaining > 1 else ''}"
        if len(v) > 16 and len(v) > ctx.break_length - ctx.indentation_lvl - 4:
            lines = re.split(r"(?<=\n)", v)
            lines = [x for x in lines if x != ""]
            return (" +\n" + " " * (ctx.indentation_lvl + 2)).join(str_escape(x) for x in lines) + trailer
        return str_escape(v) + trailer
    if t is float:
        return format_number(v)
    if t is bool:
        return "true" if v else "false"
    if v is UNDEFINED:
        return "undefined"
    if v is None:
        return "null"
    if t is int:
        return f"{v}n"
    if t is JSSymbol:
        return symbol_text(v)
    return repr(v)


def symbol_text(s) -> str:
    return f"Symbol({'' if s.description is UNDEFINED else s.description})"


# --- objects -----------------------------------------------------------------------------------
from jskernel.engine.runtime.proxy import is_proxy  # noqa: E402


def format_value(ctx, value, recurse_times) -> str:
    if value is None:
        return "null"
    if not isinstance(value, JSObject):
        return format_primitive(ctx, value)
    while is_proxy(value):
        # node shows a proxy as its target, without running any trap
        if value.proxy_handler is None:
            return "<Revoked Proxy>"
        value = value.proxy_target
    for s in ctx.seen:
        if s is value:
            if ctx.circular is None:
                ctx.circular = {}
            idx = ctx.circular.get(id(value))
            if idx is None:
                idx = len(ctx.circular) + 1
                ctx.circular[id(value)] = idx
            return f"[Circular *{idx}]"
    return format_raw(ctx, value, recurse_times)


def constructor_name(obj):
    """Name of the first `constructor` found on the prototype chain (None: null prototype)."""
    o = obj
    while o is not None:
        r = o.lookup_own("constructor")
        if r is not None and not r[1] & ACCESSOR and isinstance(r[0], JSFunctionBase):
            name = function_name(r[0])
            if name and _is_instance(obj, r[0]):      # node: isInstanceof(obj, constructor)
                return name
        o = o.proto
        if o is None:
            break
    return None if obj.proto is None else ""


def _is_instance(obj, ctor) -> bool:
    """`obj instanceof ctor` without running user code (false when it would throw)."""
    try:
        if is_proxy(ctor) or is_proxy(obj):
            return True
        p = ctor.lookup_own("prototype")
        if p is None or p[1] & ACCESSOR or not isinstance(p[0], JSObject):
            return False
        target = p[0]
        o = obj.proto
        while o is not None:
            if o is target:
                return True
            o = o.proto
        return False
    except Exception:   # noqa: BLE001 -- exotic objects: keep the name
        return True


def own_enumerable_keys(obj, non_index=False):
    keys = []
    for k in obj.own_keys():
        if non_index and type(k) is str and is_array_index(k):
            continue
        r = obj.lookup_own(k)
        if r is not None and r[1] & ENUMERABLE:
            keys.append(k)
    return keys


def is_error(obj) -> bool:
    return obj.class_name == "Error" or obj.class_name == "DOMException"    # node: isNativeError || instanceof Error


def format_raw(ctx, value, recurse_times) -> str:
    ctor = constructor_name(value)
    base = ""
    extras = K_OBJECT
    formatter = None
    is_arr = isinstance(value, JSArray)
    if ctx.show_hidden:
        keys = [k for k in value.own_keys()
                if not ((is_arr or value.class_name == "String") and type(k) is str and is_array_index(k))]
    else:
        keys = own_enumerable_keys(value, non_index=is_arr or value.class_name == "String")
    braces = ["{", "}"]
    if is_arr:
        prefix = "" if ctor == "Array" else (f"{ctor or '[Array: null prototype]'}({len(value.elements)}) ")
        braces = [f"{prefix}[", "]"]
        extras = K_ARRAY_EXTRAS
        if not value.elements and not keys and not getattr(value, "alength", 0):
            return f"{braces[0]}]"
        formatter = format_array
    elif getattr(value, "inspect_binary", False):     # typed arrays, ArrayBuffer, DataView
        from jskernel.engine.runtime.typed_arrays import inspect_parts
        braces, formatter, array_like, keys, early = inspect_parts(ctx, value, ctor, keys)
        if early is not None:
            return early
        extras = K_ARRAY_EXTRAS if array_like else K_OBJECT
    elif isinstance(value, JSFunctionBase):
        base = function_base(value, ctor)
        if not keys:
            return base
    elif is_error(value):
        base, keys = format_error(ctx, value, ctor, keys)
        if not keys:
            return base
    elif value.generic_properties and value.class_name == "Module":     # a module namespace
        from jskernel.engine.runtime.module_namespace import inspect_namespace
        braces, formatter, keys = ["[Module: null prototype] {", "}"], inspect_namespace, []
        if not value.exports:
            return "[Module: null prototype] {}"
    elif value.class_name == "Promise" and hasattr(value.internal, "fulfill_reactions"):
        tag = _to_string_tag(value)
        prefix = "Promise " if ctor == "Promise" and tag == "Promise" else \
            f"{ctor or '[Promise: null prototype]'} " + (f"[{tag}] " if tag and tag != ctor else "")
        braces = [f"{prefix}{{", "}"]
        formatter = format_promise
    elif value.class_name in ("Map", "Set") and value.internal is not None and hasattr(value.internal, "entries"):
        size = value.internal.size
        tag = _to_string_tag(value)
        prefix = f"{ctor if ctor is not None else '[' + value.class_name + ': null prototype]'}({size}) "
        if tag and tag != ctor:
            prefix += f"[{tag}] "
        if size == 0 and not keys:
            return f"{prefix}{{}}"
        braces = [f"{prefix}{{", "}"]
        formatter = format_map if value.class_name == "Map" else format_set
    elif value.class_name in ("Map Iterator", "Set Iterator") and type(value.internal).__name__ == "TableIterator":
        entries = value.internal.kind == "entries"
        cls = value.class_name.split()[0]
        braces = [f"[{cls} Entries] {{" if entries else f"[{value.class_name}] {{", "}"]
        formatter = format_table_iterator
    elif value.class_name in ("WeakMap", "WeakSet") and type(value.internal).__name__ == "WeakTable":
        tag = _to_string_tag(value)
        braces = [f"{ctor or '[' + value.class_name + ': null prototype]'} "
                  f"{'[' + tag + '] ' if tag and tag != ctor else ''}{{", "}"]   # node: contents unknown
        formatter = lambda ctx, value, recurse_times: ["<items unknown>"]  # noqa: E731
    elif value.class_name == "RegExp" and type(value.internal).__name__ == "RegExpRecord":
        from jskernel.engine.builtins.regexp import display as regexp_display
        base = regexp_display(value)
        if ctor != "RegExp":
            base = f"{ctor or '[RegExp: null prototype]'} {base}"
        if not keys:
            return base
    elif value.class_name == "Date" and type(value.internal) is float:
        from jskernel.engine.builtins.date import inspect_base
        base = inspect_base(value, ctor, _to_string_tag(value))
        if not keys:
            return base
    elif value.class_name in ("TextEncoder", "TextDecoder") and value.internal is not None:
        from jskernel.engine.builtins.text_codec import inspect_text_codec     # node's custom inspect
        return inspect_text_codec(value)
    elif value.class_name in ("Number", "String", "Boolean", "BigInt", "Symbol") and value.internal is not None \
            and not isinstance(value.internal, dict):
        typ = value.class_name
        base = f"[{typ}: {format_primitive(Ctx(), value.internal)}]"
        if not keys:
            return base
    else:
        tag = _to_string_tag(value)
        if ctor is None:
            own_tag = _to_string_tag(value, True)
            braces[0] = f"[{own_tag if own_tag and not tag else 'Object'}: null prototype] {{"
        elif ctor != "Object":
            braces[0] = f"{ctor} {{"
        if tag and tag != (ctor or ""):
            braces[0] = braces[0][:-1] + f"[{tag}] {{"
            if ctor == "Object":
                braces[0] = f"Object [{tag}] {{"
        if value.class_name == "Arguments":
            braces[0] = "[Arguments] {"
        if not keys:
            return f"{braces[0]}}}"
    if recurse_times > ctx.depth:
        name = ctor or "Object"
        if is_arr:
            return "[Array]"
        return f"[{name}]"
    recurse_times += 1
    ctx.seen.append(value)
    ctx.current_depth = recurse_times
    output = formatter(ctx, value, recurse_times) if formatter else []
    for k in keys:
        output.append(format_property(ctx, value, recurse_times, k, extras if extras != K_ARRAY_EXTRAS else K_OBJECT))
    ctx.seen.pop()
    if ctx.circular is not None:
        idx = ctx.circular.get(id(value))
        if idx is not None:
            ref = f"<ref *{idx}>"
            base = ref if base == "" else f"{ref} {base}"
    return reduce_to_single_string(ctx, output, base, braces, extras, recurse_times, value)


def _to_string_tag(obj, own_enumerable_too=False) -> str:
    """node: value[Symbol.toStringTag] (getters run), '' unless a string; an own enumerable
    tag is not repeated in the prefix (it is listed among the keys)."""
    from jskernel.engine.runtime.values import SYMBOL_TO_STRING_TAG
    o = obj
    while o is not None and not is_proxy(o):
        r = o.lookup_own(SYMBOL_TO_STRING_TAG)
        if r is not None:
            if r[1] & ACCESSOR:
                try:
                    tag = obj.get(SYMBOL_TO_STRING_TAG)
                except Exception:   # noqa: BLE001 -- a throwing getter: no tag
                    return ""
            else:
                tag = r[0]
            if type(tag) is not str:
                return ""
            if o is obj and r[1] & ENUMERABLE and not own_enumerable_too:
                return ""
            return tag
        o = o.proto
    return ""


def function_base(f, ctor) -> str:
    if type(f) is JSFunction and f.code.is_class:
        name = function_name(f)
        base = f"[class {name}]" if name else "[class (anonymous)]"
        parent = f.proto
        if isinstance(parent, JSFunctionBase) and parent is not f.realm.intrinsics["%Function.prototype%"]:
            pname = function_name(parent)
            base = base[:-1] + f" extends {pname or '(anonymous)'}]"
        return base
    kind = "Function"
    if type(f) is JSFunction:
        if f.code.is_generator:
            kind = "GeneratorFunction"
        if f.code.call_kind >= 3:            # async function / async generator function
            kind = "Async" + kind
    base = "[" + kind
    if ctor is None:
        base += " (null prototype)"
    name = f.get_own("name")       # node: `${fn.name}` when truthy
    if type(name) is str or type(name) is float or type(name) is bool:
        name = name if type(name) is str else (format_number(name) if type(name) is float else
                                                 ("true" if name else ""))
        name = "" if name in ("0", "NaN", "-0") else name
    else:
        name = ""
    base += " (anonymous)" if name == "" else f": {name}"
    base += "]"
    if ctor not in (kind, "Function", None, ""):
        base += f" {ctor}"
    return base


def _safe_get(obj, key):
    try:
        return obj.get(key)
    except ThrowCompletion:
        return UNDEFINED


def format_error(ctx, err, ctor=ABSENT, keys=None):
    """node's formatError: the stack (or Error.prototype.toString), `Ctor [name]` when the
    constructor differs, brackets when there are no frames; returns (text, keys) with the
    keys to list (name / message / stack dropped when the stack shows them, [cause] and
    [errors] added)."""
    keys = list(keys or [])
    name_v = _safe_get(err, "name")
    name = "Error" if name_v is UNDEFINED or name_v is None else _display(name_v)
    stack = _safe_get(err, "stack")
    if stack is UNDEFINED or stack is None or stack == "" or stack is False:
        try:
            from jskernel.engine.builtins.error import error_to_string
            stack = error_to_string(None, err, [])
        except ThrowCompletion:
            stack = "Error"
    else:
        stack = _display(stack)
    if not ctx.show_hidden:
        for k in ("name", "message", "stack"):
            if k in keys:
                v = _safe_get(err, k)
                if _display(v) in stack:
                    keys.remove(k)
    try:
        if "cause" not in keys and err.has_property("cause"):
            keys.append("cause")
        errs = _safe_get(err, "errors")
        if isinstance(errs, JSArray) and "errors" not in keys:
            keys.append("errors")
    except ThrowCompletion:
        pass
    if ctor is not ABSENT:
        stack = _improve_stack(stack, ctor, name, _to_string_tag(err))
    msg = _safe_get(err, "message")
    pos = -1
    if type(msg) is str and msg:
        pos = stack.find(msg)
        if pos != -1:
            pos += len(msg)
    if stack.find("\n    at", pos if pos != -1 else 0) == -1:
        stack = f"[{stack}]"
    if ctx.indentation_lvl:
        stack = stack.replace("\n", "\n" + " " * ctx.indentation_lvl)
    return stack, keys


def _display(v) -> str:
    """String(v) for inspect's purposes (symbols shown, objects as [object ...])."""
    if type(v) is str:
        return v
    if type(v) is JSSymbol:
        return symbol_text(v)
    try:
        return ops.ToString(v)
    except ThrowCompletion:
        return ""


_STACK_START = re.compile(r"^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)")
_STACK_NAME = re.compile(r"^([a-z_A-Z0-9-]*Error)$")


def _improve_stack(stack, ctor, name, tag):
    """node's improveStack: show the constructor when it differs from err.name."""
    n = len(name)
    if ctor is None or (name.endswith("Error") and stack.startswith(name)
                        and (len(stack) == n or stack[n] in ":\n")):
        fallback = "Error"
        if ctor is None:
            m = _STACK_START.match(stack) or _STACK_NAME.match(stack)
            fallback = (m and m.group(1)) or ""
            n = len(fallback)
            fallback = fallback or "Error"
        if ctor is None:
            prefix = f"[{fallback}: null prototype] [{tag}] " if tag and tag != fallback else \
                f"[{fallback}: null prototype] "
        else:
            prefix = f"{ctor} [{tag}] " if tag and ctor != tag else f"{ctor} "
        proto = prefix[:-1]
        if name != proto:
            if name in proto:
                stack = f"{proto}: {stack}" if n == 0 else proto + stack[n:]
            else:
                stack = f"{proto} [{name}]{stack[n:]}"
    return stack


def format_array(ctx, arr, recurse_times):
    if type(arr) is not JSArray:
        return format_sparse_array(ctx, arr, recurse_times)
    output = []
    el = arr.elements
    n = len(el)
    i = 0
    limit = ctx.max_array_length
    while i < n and len(output) < limit:
        v = el[i]
        if v is HOLE:
            j = i
            while j < n and el[j] is HOLE:
                j += 1
            k = j - i
            output.append(f"<{k} empty item{'s' if k > 1 else ''}>")
            i = j
            continue
        output.append(format_array_value(ctx, v, recurse_times))
        i += 1
    remaining = n - i
    if remaining > 0:
        output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
    return output


def format_sparse_array(ctx, arr, recurse_times):
    """An array in the sparse form (runtime/exotics.py): elements are own properties."""
    output = []
    n = arr.alength
    idx = sorted(int(k) for k, a in zip(arr.shape.keys, arr.shape.attrs)
                 if type(k) is str and is_array_index(k) and a & ENUMERABLE)
    i = 0
    for j in idx:
        if len(output) >= ctx.max_array_length:
            break
        if j > i:
            k = j - i
            output.append(f"<{k} empty item{'s' if k > 1 else ''}>")
            if len(output) >= ctx.max_array_length:
                i = j
                break
        output.append(format_property(ctx, arr, recurse_times, str(j), K_ARRAY))
        i = j + 1
    if i < n and len(output) < ctx.max_array_length:
        k = n - i
        output.append(f"<{k} empty item{'s' if k > 1 else ''}>")
        i = n
    remaining = n - i
    if remaining > 0:
        output.append(f"... {remaining} more item{'s' if remaining > 1 else ''}")
    return output


def format_promise(ctx, obj, recurse_times):
    st = obj.internal
    if st.state == "pending":
        return ["<pending>"]
    ctx.indentation_lvl += 2
    text = format_value(ctx, st.result, recurse_times)
    ctx.indentation_lvl -= 2
    return [f"<rejected> {text}" if st.state == "rejected" else text]


def format_set(ctx, obj, recurse_times):
    ctx.indentation_lvl += 2
    out = [format_value(ctx, e[0], recurse_times) for e in obj.internal.live()]
    ctx.indentation_lvl -= 2
    return out


def format_map(ctx, obj, recurse_times):
    ctx.indentation_lvl += 2
    out = [f"{format_value(ctx, e[0], recurse_times)} => {format_value(ctx, e[1], recurse_times)}"
           for e in obj.internal.live()]
    ctx.indentation_lvl -= 2
    return out


def format_table_iterator(ctx, obj, recurse_times):
    """The entries a Map / Set iterator has not yet produced (node: formatIterator)."""
    it = obj.internal
    rest = [e for e in it.table.entries[it.i:] if e is not None]
    is_set = obj.class_name == "Set Iterator"
    out = []
    for e in rest:
        if it.kind == "entries":
            pair = [format_value(ctx, e[0], recurse_times),
                    format_value(ctx, e[0] if is_set else e[1], recurse_times)]
            out.append(reduce_to_single_string(ctx, pair, "", ["[", "]"], K_ARRAY_EXTRAS, recurse_times, None))
        else:
            out.append(format_value(ctx, e[1] if it.kind == "values" and not is_set else e[0], recurse_times))
    return out


def format_arguments(ctx, obj, recurse_times):
    n = ops.ToLength(obj.get("length"))
    return [format_array_value(ctx, obj.get(str(i)), recurse_times) for i in range(n)]


def format_array_value(ctx, v, recurse_times):
    ctx.indentation_lvl += 2
    s = format_value(ctx, v, recurse_times)
    ctx.indentation_lvl -= 2
    return s


def format_property(ctx, obj, recurse_times, key, extras) -> str:
    r = obj.lookup_own(key)
    if r is None:       # not an own property (an error's inherited cause): node reads value[key]
        v, attrs = _safe_get(obj, key), ENUMERABLE
    else:
        v, attrs = r
    if attrs & ACCESSOR:
        acc: Accessor = v
        if acc.get is not UNDEFINED:
            s = "[Getter/Setter]" if acc.set is not UNDEFINED else "[Getter]"
        elif acc.set is not UNDEFINED:
            s = "[Setter]"
        else:
            s = "undefined"
    else:
        ctx.indentation_lvl += 2
        s = format_value(ctx, v, recurse_times)
        ctx.indentation_lvl -= 2
    if extras == K_ARRAY:
        return s
    if type(key) is JSSymbol:
        name = f"[{symbol_text(key)}]"
    elif key == "__proto__":
        name = "['__proto__']"
    elif not attrs & ENUMERABLE:
        name = f"[{key}]"
    elif _KEY_RE.match(key):
        name = key
    else:
        name = str_escape(key)
    return f"{name}: {s}"


def is_below_break_length(ctx, output, start, base) -> bool:
    total = len(output) + start
    if total + len(output) > ctx.break_length:
        return False
    for s in output:
        total += len(s)
        if total > ctx.break_length:
            return False
    return base == "" or "\n" not in base


def reduce_to_single_string(ctx, output, base, braces, extras, recurse_times, value) -> str:
    entries = len(output)
    if extras == K_ARRAY_EXTRAS and entries > 6:
        output = group_array_elements(ctx, output, value)
    if ctx.current_depth - recurse_times < ctx.compact and entries == len(output):
        start = len(output) + ctx.indentation_lvl + len(braces[0]) + len(base) + 10
        if is_below_break_length(ctx, output, start, base):
            joined = ", ".join(output)
            if "\n" not in joined:
                return f"{base + ' ' if base else ''}{braces[0]} {joined} {braces[1]}"
    indentation = "\n" + " " * ctx.indentation_lvl
    return f"{base + ' ' if base else ''}{braces[0]}{indentation}  {(',' + indentation + '  ').join(output)}{indentation}{braces[1]}"


def group_array_elements(ctx, output, value):
    total_length = 0
    max_length = 0
    i = 0
    output_length = len(output)
    if value is not None and getattr(value, "inspect_binary", False):   # a typed array
        value = _TypedArrayElements(value)
    if value is not None and isinstance(value, JSArray) and ctx.max_array_length < len(value.elements) \
            and output and output[-1].startswith("... "):
        output_length -= 1
    separator_space = 2
    data_len = [0] * output_length
    while i < output_length:
        ln = len(output[i])
        data_len[i] = ln
        total_length += ln + separator_space
        if max_length < ln:
            max_length = ln
        i += 1
    actual_max = max_length + separator_space
    if actual_max * 3 + ctx.indentation_lvl < ctx.break_length and \
            (total_length / actual_max > 5 or max_length <= 6):
        approx_char_heights = 2.5
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(approx_char_heights * biased_max * output_length) / biased_max),
            (ctx.break_length - ctx.indentation_lvl) // actual_max,
            ctx.compact * 4,
            15,
        )
        if columns <= 1:
            return output
        tmp = []
        max_line_length = []
        for c in range(columns):
            line_length = 0
            j = c
            while j < len(output):
                if j < output_length and data_len[j] > line_length:
                    line_length = data_len[j]
                j += columns
            max_line_length.append(line_length + separator_space)
        pad_start = True
        if value is not None and isinstance(value, JSArray):
            for v in value.elements[:len(output)]:
                if type(v) is not float and type(v) is not int:
                    pad_start = False
                    break
        else:
            pad_start = False
        i = 0
        while i < output_length:
            max_i = min(i + columns, output_length)
            parts = []
            j = i
            while j < max_i - 1:
                padding = max_line_length[j - i]
                cell = output[j] + ", "
                parts.append(cell.rjust(padding) if pad_start else cell.ljust(padding))
                j += 1
            if pad_start:
                padding = max_line_length[j - i] - separator_space
                parts.append(output[j].rjust(padding))
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
            i += columns
        if output_length < len(output):
            tmp.append(output[output_length])
        output = tmp
    return output


class _TypedArrayElements(JSArray):
    """A throwaway array view of a typed array's elements for the grouping logic."""
    __slots__ = ()

    def __init__(self, ta):
        JSArray.__init__(self, None, ta.values())


def _js_round(x: float) -> int:
    return int(math.floor(x + 0.5))


def format_log_args(realm, args) -> str:
    """console.log's argument formatting: lives in runtime/format_args.py."""
    from jskernel.engine.runtime.format_args import format_log_args as fmt
    return fmt(realm, args)
