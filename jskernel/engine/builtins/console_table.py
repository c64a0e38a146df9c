"""console.table, drawn exactly like node 20 (lib/internal/console/constructor.js `table`
and lib/internal/cli_table.js): box-drawing characters, left-aligned cells padded to the
widest cell of each column (East Asian wide characters count two columns), the
`(index)` / `(iteration index)` / `Key` / `Values` columns.  Cells are util.inspect'ed
with depth 0 (-1 for objects with more than two keys), maxArrayLength 3 and no line
breaking.  console.py owns the rest of the console object."""

from __future__ import annotations

import math
import unicodedata

from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.inspect import inspect
from jskernel.engine.runtime.objects import JSArray, JSObject, throw_type_error
from jskernel.engine.runtime.values import UNDEFINED

INDEX, ITER, KEY, VALUES = "(index)", "(iteration index)", "Key", "Values"


def string_width(s: str) -> int:
    """node's getStringWidth: wide / fullwidth characters count 2, combining marks 0."""
    from jskernel.engine.text import from_js
    s = from_js(s) if any(0xD800 <= ord(c) <= 0xDFFF for c in s) else s
    w = 0
    for c in s:
        o = ord(c)
        if o < 0x7F and o >= 0x20:
            w += 1
        elif unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf") or o < 0x20:
            continue
        elif unicodedata.east_asian_width(c) in ("W", "F"):
            w += 2
        else:
            w += 1
    return w


def _render_row(row, widths) -> str:
    out = "│ "
    for i, cell in enumerate(row):
        out += cell + " " * (widths[i] - string_width(cell))
        if i != len(row) - 1:
            out += " │ "
    return out + " │"


def cli_table(head, columns) -> str:
    """cli_table.js `table(head, columns)`: columns are dicts index -> cell text."""
    widths = [string_width(h) for h in head]
    longest = max((c[1] for c in columns), default=0)
    rows = [[] for _ in range(longest)]
    for i in range(len(head)):
        cells, _ = columns[i]
        for j in range(longest):
            v = cells.get(j, "")
            rows[j].append(v)
            widths[i] = max(widths[i], string_width(v))
    divider = ["─" * (w + 2) for w in widths]
    out = ["┌" + "┬".join(divider) + "┐", _render_row(head, widths), "├" + "┼".join(divider) + "┤"]
    out += [_render_row(r, widths) for r in rows]
    out.append("└" + "┴".join(divider) + "┘")
    return "\n".join(out)


def _cell(v) -> str:
    depth = 0
    if isinstance(v, JSObject) and not isinstance(v, JSArray) and not ops.IsCallable(v):
        from jskernel.engine.builtins.object import own_enumerable_string_keys
        if len(list(own_enumerable_string_keys(v))) > 2:
            depth = -1
    return inspect(v, depth=depth, max_array_length=3, break_length=math.inf)


def _column(values):
    return ({i: v for i, v in enumerate(values)}, len(values))


def _keys(o):
    from jskernel.engine.builtins.object import own_enumerable_string_keys
    return list(own_enumerable_string_keys(o))


def table_text(realm, data, properties):
    """The text console.table prints, or None when it just logs `data`."""
    layout = table_layout(realm, data, properties)
    return None if layout is None else cli_table(*layout)


def table_layout(realm, data, properties):
    """(head, columns) of console.table's table (columns as `cli_table` takes them), or
    None when it just logs `data`; host/display.py draws the same layout as HTML."""
    if properties is not UNDEFINED and not isinstance(properties, JSArray):
        throw_type_error(f'The "properties" argument must be an instance of Array.'
                         f' Received {inspect(properties)}')
    if not isinstance(data, JSObject) or ops.IsCallable(data):
        return None
    cls = data.class_name
    internal = data.internal
    if cls in ("Map", "Map Iterator") and internal is not None:
        if cls == "Map":
            pairs = [(e[0], e[1]) for e in internal.live()]
        else:
            rest = [e for e in internal.table.entries[internal.i:] if e is not None]
            if internal.kind != "entries":       # keys() / values(): a set-like list
                vals = [e[1] if internal.kind == "values" else e[0] for e in rest]
                return ([ITER, VALUES], [_column([_cell(float(i)) for i in range(len(vals))]),
                                                  _column([_cell(v) for v in vals])])
            pairs = [(e[0], e[1]) for e in rest]
        n = len(pairs)
        return ([ITER, KEY, VALUES], [_column([_cell(float(i)) for i in range(n)]),
                                               _column([_cell(k) for k, _ in pairs]),
                                               _column([_cell(v) for _, v in pairs])])
    if cls in ("Set", "Set Iterator") and internal is not None:
        if cls == "Set":
            vals = [e[0] for e in internal.live()]
        else:
            vals = [e[0] for e in internal.table.entries[internal.i:] if e is not None]
        return ([ITER, VALUES], [_column([_cell(float(i)) for i in range(len(vals))]),
                                          _column([_cell(v) for v in vals])])
    props = None
    if properties is not UNDEFINED:
        props = [ops.ToPropertyKey(p) if not isinstance(p, str) else p for p in properties.elements]
    columns = {}          # key -> {row: text}, insertion ordered
    has_primitives = False
    values_col = {}
    index_keys = _keys(data)
    for i, k in enumerate(index_keys):
        item = data.get(k)
        primitive = not isinstance(item, JSObject)
        if props is None and primitive:
            has_primitives = True
            values_col[i] = _cell(item)
        else:
            keys = props if props is not None else _keys(item)
            for key in keys:
                col = columns.setdefault(key, {})
                if (primitive and props is not None) or item.get_own_property(key) is None:
                    col[i] = ""
                else:
                    col[i] = _cell(item.get(key))
    head = [INDEX] + [k if type(k) is str else ops.ToDisplayString(k) for k in columns]
    cols = [({i: k for i, k in enumerate(index_keys)}, len(index_keys))]
    cols += [(c, max(c) + 1 if c else 0) for c in columns.values()]
    if has_primitives:
        head.append(VALUES)
        cols.append((values_col, max(values_col) + 1 if values_col else 0))
    return (head, cols)
