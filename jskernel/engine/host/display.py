"""The display bridge: rich output from JavaScript to whatever front end hosts the engine.

Owns
  * MIME bundles built from JS values (`rich_bundle`, `mime_bundle`): an object's
    `[Symbol.for("Jupyter.display")]()` method returning `{mime: data}` (Deno's
    convention), else `_toMime()` (`{mime: data}`) or `_toHtml()` (an HTML string,
    IJavascript's), always completed with `text/plain` from util.inspect.  The methods
    are found by walking the prototype chain's *own data properties*: no getter and no
    Proxy trap ever runs while looking, so a plain value renders exactly as node's
    inspect would show it, side effect free;
  * the JS globals `display(value, {displayId, metadata, raw})`, `display.html / .markdown
    / .svg / .png / .jpeg / .json / .latex / .text`, `display.update(id, value)`,
    `clearOutput({wait})` (also `display.clear`); with a `displayId` a call returns a
    handle `{displayId, update(value, options)}`;
  * `table_html`: console.table as an HTML table (builtins/console.py sends it here);
  * `bundle_text`: the text a text-only front end prints for a bundle.

Every call ends in the host's sink, `engine.display_sink(kind, bundle, metadata,
display_id)` with kind "display" | "update" | "clear" (for "clear", metadata is
`{"wait": bool}`); bundles map MIME types to `str` (or JSON data for `*json` types) and
are plain Python data.  The kernel turns them into display_data / update_display_data /
clear_output; the console and `jskernel run` print `bundle_text`.  Installed by
host/frontend.py; knows nothing about Jupyter messages.
"""

from __future__ import annotations

import base64
import binascii
import html
import itertools
import json

from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import (
    DEFER, HIDDEN_ATTRS, Accessor, JSObject, throw_type_error,
)
from jskernel.engine.runtime.values import ABSENT, UNDEFINED, JSSymbol
from jskernel.engine.text import printable

DISPLAY_SYMBOL = "Jupyter.display"        # Symbol.for(...) key of Deno's display method
_ids = itertools.count(1)


# -- finding a value's rich representation ------------------------------------------------------

def registered_symbol(realm, key: str) -> JSSymbol:
    """Symbol.for(key) (creating the registry entry is unobservable)."""
    reg = realm.symbol_registry
    s = reg.get(key)
    if s is None:
        s = reg[key] = JSSymbol(key)
    return s


def find_method(value, key):
    """The callable found at `key` along `value`'s prototype chain, looking only at own
    data properties of ordinary objects: an accessor, a Proxy or any exotic object that
    defers its lookups ends the search (None), so nothing user-defined runs."""
    from jskernel.engine.runtime.proxy import JSProxy

    o = value
    depth = 0
    while isinstance(o, JSObject) and depth < 1000:
        if isinstance(o, JSProxy):
            return None
        v = o.get_own(key)
        if v is DEFER:
            return None
        if v is not ABSENT:
            if type(v) is Accessor:
                return None
            return v if ops.IsCallable(v) else None
        o = o.proto
        depth += 1
    return None


def rich_bundle(realm, value):
    """(bundle, metadata) from `value`'s display protocol, or None for a value without
    one.  A display method that throws lets the ThrowCompletion through."""
    if not isinstance(value, JSObject):
        return None
    method = find_method(value, registered_symbol(realm, DISPLAY_SYMBOL))
    if method is not None:
        result = method.call(value, [])
        if not isinstance(result, JSObject):
            throw_type_error("[Symbol.for(\"Jupyter.display\")]() must return an object of "
                             "MIME types to data")
        return bundle_from_object(realm, result), {}
    method = find_method(value, "_toMime")
    if method is not None:
        result = method.call(value, [])
        if not isinstance(result, JSObject):
            throw_type_error("_toMime() must return an object of MIME types to data")
        return bundle_from_object(realm, result), {}
    method = find_method(value, "_toHtml")
    if method is not None:
        result = method.call(value, [])
        return {"text/html": printable(ops.ToString(result))}, {}
    return None


def mime_bundle(realm, value):
    """(bundle, metadata) for display(value): the rich representation plus text/plain."""
    from jskernel.engine.runtime.inspect import inspect

    rich = rich_bundle(realm, value)
    bundle, metadata = rich if rich is not None else ({}, {})
    if "text/plain" not in bundle:
        bundle["text/plain"] = printable(inspect(value))
    return bundle, metadata


def bundle_from_object(realm, obj) -> dict:
    """`{mime: data}` as a bundle: string data as text, anything else as JSON data."""
    from jskernel.engine.builtins.object import own_enumerable_string_keys

    bundle = {}
    for key in list(own_enumerable_string_keys(obj)):
        data = obj.get(key)
        if data is UNDEFINED:
            continue
        mime = printable(key)
        if type(data) is str:
            bundle[mime] = printable(data)
        elif isinstance(data, JSObject) and not ops.IsCallable(data):
            raw = None if mime.endswith("json") else _binary(data)
            if raw is not None:         # image bytes as base64, as Jupyter sends them
                bundle[mime] = base64.b64encode(raw).decode("ascii")
            else:
                bundle[mime] = to_json_data(realm, data)
        else:
            bundle[mime] = printable(ops.ToString(data))
    return bundle


def to_json_data(realm, value):
    """A JS value as Python JSON data (through JSON.stringify: toJSON and all)."""
    from jskernel.engine.builtins.json import json_stringify

    text = json_stringify(realm, UNDEFINED, [value])
    if text is UNDEFINED:
        what = ops.ToDisplayString(value) if not isinstance(value, JSObject) else "a function"
        throw_type_error(f"{what} cannot be converted to JSON")
    return json.loads(printable(text))


def _binary(value):
    """The bytes of a TypedArray / ArrayBuffer / DataView, or None."""
    from jskernel.engine.runtime.typed_arrays import JSArrayBuffer, JSDataView, JSTypedArray, \
        typed_array_byte_length

    if isinstance(value, JSArrayBuffer):
        return bytes(value.data or b"")
    if isinstance(value, JSTypedArray):
        data = value.buffer.data or b""
        return bytes(data[value.byte_offset:value.byte_offset + typed_array_byte_length(value)])
    if isinstance(value, JSDataView):
        data = value.buffer.data or b""
        n = getattr(value, "view_byte_length", None)
        end = len(data) if n is None else value.byte_offset + n
        return bytes(data[value.byte_offset:end])
    return None


# -- the JS API ------------------------------------------------------------------------------

class _Options:
    __slots__ = ("display_id", "metadata", "raw")

    def __init__(self):
        self.display_id = None
        self.metadata = {}
        self.raw = False


def _options(realm, opts, fn_name) -> _Options:
    o = _Options()
    if opts is UNDEFINED or opts is None:
        return o
    if not isinstance(opts, JSObject):
        throw_type_error(f'The "options" argument of {fn_name}() must be an object.'
                         f' Received {ops.ToDisplayString(opts) if type(opts) is not str else repr(printable(opts))}')
    did = opts.get("displayId")
    if did is True:
        o.display_id = f"jskernel-display-{next(_ids)}"
    elif did is not UNDEFINED and did is not None and did is not False:
        o.display_id = printable(ops.ToString(did))
    md = opts.get("metadata")
    if md is not UNDEFINED and md is not None:
        data = to_json_data(realm, md)
        if not isinstance(data, dict):
            throw_type_error(f"{fn_name}(): options.metadata must be an object")
        o.metadata = data
    o.raw = ops.ToBoolean(opts.get("raw"))
    return o


def _sink(realm):
    sink = getattr(realm.host, "display_sink", None)
    if sink is None:
        throw_type_error("display() is not available: this host shows no rich output")
    return sink


def _emit(realm, kind, bundle, metadata, display_id):
    _sink(realm)(kind, bundle, metadata, display_id)
    if kind == "display" and display_id is not None:
        return _handle(realm, display_id)
    return UNDEFINED


def _handle(realm, display_id):
    """`{displayId, update(value, options)}` for a display with an id."""
    h = realm.new_object()
    h.define_raw("displayId", display_id)

    def update(realm_, this, args):
        value = args[0] if args else UNDEFINED
        opts = _options(realm, args[1] if len(args) > 1 else UNDEFINED, "update")
        bundle, md = _bundle_for(realm, value, opts)
        return _emit(realm, "update", bundle, md, display_id)

    h.define_raw("update", realm.new_native(update, "update", 1), HIDDEN_ATTRS)
    return h


def _bundle_for(realm, value, opts):
    if opts.raw:
        if not isinstance(value, JSObject):
            throw_type_error("display(value, {raw: true}): value must be an object of MIME "
                             "types to data")
        bundle, md = bundle_from_object(realm, value), {}
    else:
        bundle, md = mime_bundle(realm, value)
    md = {**md, **opts.metadata}
    return bundle, md


def js_display(realm, this, args):
    value = args[0] if args else UNDEFINED
    opts = _options(realm, args[1] if len(args) > 1 else UNDEFINED, "display")
    bundle, md = _bundle_for(realm, value, opts)
    return _emit(realm, "display", bundle, md, opts.display_id)


def js_update(realm, this, args):
    """display.update(displayId, value, options)"""
    if not args or args[0] is UNDEFINED or args[0] is None:
        throw_type_error('The "displayId" argument of display.update() must be a string')
    display_id = printable(ops.ToString(args[0]))
    value = args[1] if len(args) > 1 else UNDEFINED
    opts = _options(realm, args[2] if len(args) > 2 else UNDEFINED, "display.update")
    bundle, md = _bundle_for(realm, value, opts)
    return _emit(realm, "update", bundle, md, display_id)


def _text_mime(mime, name):
    def show(realm, this, args):
        if not args or args[0] is UNDEFINED:
            throw_type_error(f'The "data" argument of display.{name}() must be a string')
        opts = _options(realm, args[1] if len(args) > 1 else UNDEFINED, f"display.{name}")
        bundle = {mime: printable(ops.ToString(args[0]))}
        return _emit(realm, "display", bundle, opts.metadata, opts.display_id)
    return show


def _image_mime(mime, name):
    def show(realm, this, args):
        data = args[0] if args else UNDEFINED
        opts = _options(realm, args[1] if len(args) > 1 else UNDEFINED, f"display.{name}")
        raw = _binary(data) if isinstance(data, JSObject) else None
        if raw is not None:
            text = base64.b64encode(raw).decode("ascii")
        elif type(data) is str:
            text = "".join(printable(data).split())
            try:
                base64.b64decode(text, validate=True)
            except (binascii.Error, ValueError):
                throw_type_error(f"display.{name}(): the string is not valid base64")
        else:
            throw_type_error(f'The "data" argument of display.{name}() must be a base64 string '
                             f"or a Uint8Array")
        md = dict(opts.metadata)
        if isinstance(args[1] if len(args) > 1 else None, JSObject):
            size = {}
            for key in ("width", "height"):
                v = args[1].get(key)
                if type(v) is float and v == v:
                    size[key] = int(v)
            if size:
                md[mime] = {**md.get(mime, {}), **size}
        return _emit(realm, "display", {mime: text}, md, opts.display_id)
    return show


def js_json(realm, this, args):
    value = args[0] if args else UNDEFINED
    opts = _options(realm, args[1] if len(args) > 1 else UNDEFINED, "display.json")
    data = to_json_data(realm, value)
    return _emit(realm, "display", {"application/json": data}, opts.metadata, opts.display_id)


def js_clear_output(realm, this, args):
    opts = args[0] if args else UNDEFINED
    if isinstance(opts, JSObject):
        wait = ops.ToBoolean(opts.get("wait"))
    else:
        wait = ops.ToBoolean(opts)
    _sink(realm)("clear", {}, {"wait": wait}, None)
    return UNDEFINED


METHODS = [
    ("html", _text_mime("text/html", "html")),
    ("markdown", _text_mime("text/markdown", "markdown")),
    ("svg", _text_mime("image/svg+xml", "svg")),
    ("latex", _text_mime("text/latex", "latex")),
    ("text", _text_mime("text/plain", "text")),
    ("png", _image_mime("image/png", "png")),
    ("jpeg", _image_mime("image/jpeg", "jpeg")),
    ("json", js_json),
]


def install(realm) -> None:
    """Define `display` (with its methods) and `clearOutput` on the realm's global object."""
    g = realm.global_object
    display = realm.new_native(js_display, "display", 1)
    for name, fn in METHODS:
        display.define_raw(name, realm.new_native(fn, name, 1), HIDDEN_ATTRS)
    display.define_raw("update", realm.new_native(js_update, "update", 2), HIDDEN_ATTRS)
    clear = realm.new_native(js_clear_output, "clearOutput", 0)
    display.define_raw("clear", clear, HIDDEN_ATTRS)
    g.define_raw("display", display, HIDDEN_ATTRS)
    g.define_raw("clearOutput", clear, HIDDEN_ATTRS)


# -- console.table, text rendering -----------------------------------------------------------

def table_html(head, columns) -> str:
    """console.table's layout (head, [(cells by row, row count)]) as an HTML table."""
    rows = max((n for _, n in columns), default=0)
    out = ['<table class="jskernel-console-table">', "<thead><tr>"]
    out += [f"<th>{html.escape(printable(h))}</th>" for h in head]
    out.append("</tr></thead>")
    out.append("<tbody>")
    for r in range(rows):
        cells = []
        for i, (col, _) in enumerate(columns):
            tag = "th" if i == 0 else "td"
            cells.append(f"<{tag}>{html.escape(printable(col.get(r, '')))}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def emit_table(realm, head, columns, text) -> bool:
    """Send console.table's output as a display (text/plain + text/html) when the host
    takes displays; False when it does not (the caller prints the text)."""
    sink = getattr(realm.host, "display_sink", None)
    if sink is None:
        return False
    sink("display", {"text/plain": printable(text), "text/html": table_html(head, columns)}, {}, None)
    return True


_TEXT_LIKE = ("text/markdown", "text/latex", "text/x-python")


def bundle_text(bundle: dict) -> str:
    """What a text-only front end shows for a bundle (no trailing newline)."""
    if "text/plain" in bundle:
        return str(bundle["text/plain"])
    for mime in _TEXT_LIKE:
        if mime in bundle:
            return str(bundle[mime])
    for mime, data in bundle.items():
        if mime.endswith("json"):
            return json.dumps(data, indent=2, ensure_ascii=False)
    notes = []
    for mime, data in bundle.items():
        if mime.startswith("image/") and mime != "image/svg+xml":
            try:
                size = len(base64.b64decode(str(data)))
            except (binascii.Error, ValueError):
                size = len(str(data))
            notes.append(f"[{mime} {size} bytes]")
        else:
            notes.append(f"[{mime} {len(str(data))} chars]")
    return " ".join(notes) if notes else ""


def text_sink(write):
    """A display sink for text front ends: `write(text)` gets each display's text."""
    def sink(kind, bundle, metadata, display_id):
        if kind == "clear":
            return
        text = bundle_text(bundle)
        if text:
            write(text + "\n")
    return sink
