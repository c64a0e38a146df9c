"""Inspection (Shift-Tab in Jupyter, `x?` / `x??` in a cell) without running anything.

Owns `inspect_at(engine, code, cursor_pos, detail_level)`: finds the name or member
chain under the cursor (or the callee of the call the cursor is in), reads its value
through resolve.py, and renders, IPython-style, a text/plain report:

    Signature: function fetchData(url, { retries = 3 } = {})
    Docstring: the leading /** JSDoc */ or // comment block above the declaration
    Type:      function / async function / class / arrow function / method / builtin ...
    Defined:   In[3], line 2
    Value:     the formatted value (non-functions; node's util.inspect, no code run)
    Source:    the full source text (detail level 1)

Sources come from the functions' code objects (the whole script or cell text is kept
there, as Function.prototype.toString needs), so comments above a declaration in an
earlier cell are found without the kernel's help.  Builtins get a one-line signature
and summary from builtin_docs.py.
"""

from __future__ import annotations

import re

from jskernel.engine.introspect import resolve as R
from jskernel.engine.introspect.builtin_docs import SIGNATURES, builtin_paths
from jskernel.engine.introspect.tokens import NAME, scan
from jskernel.engine.text import printable

_RED, _RESET = "\x1b[0;31m", "\x1b[0m"
HEADER_WIDTH = 11
MAX_VALUE_CHARS = 20000


def target_chain(code: str, cursor_pos: int):
    """The member chain under the cursor, else the callee of the innermost open call."""
    cursor_pos = max(0, min(cursor_pos, len(code)))
    toks = scan(code).tokens
    for i, t in enumerate(toks):
        if t.kind == NAME and t.start <= cursor_pos <= t.end:
            chain = R.chain_before(toks, i)
            if chain is not None:
                return chain, code[chain.text_start:t.end]
    stack = []
    for i, t in enumerate(toks):
        if t.start >= cursor_pos:
            break
        if t.is_punct("("):
            stack.append(i)
        elif t.is_punct(")") and stack:
            stack.pop()
    while stack:
        i = stack.pop()
        if i > 0:
            chain = R.chain_before(toks, i - 1)
            if chain is not None:
                return chain, code[chain.text_start:toks[i - 1].end]
    return None, ""


def inspect_at(engine, code: str, cursor_pos: int, detail_level: int = 0, *, scopes=()):
    """text/plain inspection of the name at the cursor, or None when nothing is found."""
    chain, text = target_chain(code, cursor_pos)
    if chain is None:
        return None
    return describe_chain(engine, chain, text, detail_level, scopes=scopes)


def describe_chain(engine, chain, text, detail_level=0, *, scopes=()):
    value = R.resolve(engine, chain, scopes)
    if value is R.UNRESOLVED:
        return _describe_accessor(engine, chain, text, scopes)
    return describe_value(engine, value, text, detail_level)


def _describe_accessor(engine, chain, text, scopes):
    if not chain.keys:
        return None
    holder = R.resolve(engine, R.Chain(chain.base, chain.keys[:-1], chain.text_start), scopes)
    if holder is R.UNRESOLVED:
        return None
    from jskernel.engine.runtime.objects import JSObject
    from jskernel.engine.text import to_js
    obj = holder if isinstance(holder, JSObject) else R._prototype_of_primitive(engine.realm, holder)
    acc = R.own_accessor(obj, to_js(chain.keys[-1]))
    if acc is None:
        return None
    from jskernel.engine.runtime.values import UNDEFINED
    kinds = [w for w, f in (("getter", acc.get), ("setter", acc.set)) if f is not UNDEFINED]
    lines = [_field("Type", "accessor property (" + " and ".join(kinds or ["no functions"]) + ")"),
             _field("Value", "not read: reading it would run its getter")]
    if acc.get is not UNDEFINED:
        lines += [line for line in _function_lines(engine, acc.get, 0) if "Type:" not in line]
    return _join(text, lines)


def _field(name: str, value: str) -> str:
    head = f"{name}:".ljust(HEADER_WIDTH)
    return f"{_RED}{head}{_RESET}{value}"


def _block(name: str, body: str) -> str:
    return f"{_RED}{name}:{_RESET}\n{body}"


def _join(text, lines):
    return "\n".join(lines)


def describe_value(engine, value, text: str, detail_level: int = 0) -> str:
    from jskernel.engine.runtime.functions import JSFunctionBase
    lines = []
    if isinstance(value, JSFunctionBase):
        lines += _function_lines(engine, value, detail_level, text)
    else:
        lines.append(_field("Type", type_name(value)))
        shown = R.safe_inspect(engine, value, depth=4 if detail_level else 2)
        if shown is not None:
            if len(shown) > MAX_VALUE_CHARS:
                shown = shown[:MAX_VALUE_CHARS] + "\n... (truncated)"
            if "\n" in shown:
                lines.append(_block("Value", shown))
            else:
                lines.append(_field("Value", shown))
    return _join(text, lines)


def type_name(value) -> str:
    from jskernel.engine.runtime.inspect import constructor_name
    from jskernel.engine.runtime.objects import JSObject
    from jskernel.engine.runtime.values import UNDEFINED, JSSymbol
    if value is None:
        return "null"
    if value is UNDEFINED:
        return "undefined"
    t = type(value)
    if t is bool:
        return "boolean"
    if t is float:
        return "number"
    if t is int:
        return "bigint"
    if t is str:
        return f"string (length {len(value)})"
    if t is JSSymbol:
        return "symbol"
    if isinstance(value, JSObject):
        if R._is_proxy(value):
            return "object (Proxy)"
        try:
            name = constructor_name(value)
        except Exception:   # noqa: BLE001
            name = ""
        if name is None:
            return "object (null prototype)"
        return f"object ({name})" if name else "object"
    return "unknown"


# -- functions ---------------------------------------------------------------------------------

def function_kind(f) -> str:
    from jskernel.engine.runtime.functions import JSFunction
    if type(f) is not JSFunction:
        return "builtin function"
    c = f.code
    if c.is_class:
        return "class"
    words = []
    if c.call_kind >= 3:
        words.append("async")
    if c.is_generator:
        words.append("generator")
    if c.is_arrow or c.kind == "arrow":
        words.append("arrow function")
    elif c.kind in ("method", "getter", "setter"):
        words.append(c.kind)
    else:
        words.append("function")
    return " ".join(words)


def _function_lines(engine, f, detail_level, text=""):
    from jskernel.engine.runtime.functions import JSFunction
    if type(f) is not JSFunction:
        return _native_lines(engine, f, text)
    c = f.code
    text = c.source.text
    source = text[c.start:c.end]
    lines = [_field("Signature", printable(signature(f)))]
    if c.is_class:
        params = _class_constructor_params(source, scan(source).tokens)
        lines.append(_field("Init", printable(f"new {c.name or 'C'}{params if params is not None else '()'}")))
    doc = leading_comment(text, c.start)
    if doc:
        lines.append(_block("Docstring", printable(doc)))
    lines.append(_field("Type", function_kind(f)))
    try:
        line, col = c.source.line_col(c.start)
        lines.append(_field("Defined", f"{printable(c.source.filename)}, line {line}"))
    except Exception:   # noqa: BLE001
        pass
    if detail_level:
        lines.append(_block("Source", printable(source)))
    return lines


def _native_lines(engine, f, text=""):
    from jskernel.engine.runtime.functions import JSFunctionBase
    from jskernel.engine.runtime.objects import JSObject
    internal = getattr(f, "internal", None)
    target = getattr(internal, "target", None) if internal is not None else None
    if isinstance(target, JSFunctionBase):
        lines = [_field("Type", "bound function")]
        inner = _function_lines(engine, target, 0)
        return lines + [line.replace("Signature:", "Target:   ", 1) for line in inner if "Type:" not in line]
    if R._is_proxy(f):
        return [_field("Type", "function (Proxy)")]
    path = _builtin_path(engine, f, text)
    doc = SIGNATURES.get(path.removeprefix("get ").removeprefix("set ")) if path else None
    name = getattr(f, "name", "")
    name = name if type(name) is str else ""
    length = f.get_own("length") if isinstance(f, JSObject) else 0
    n = int(length) if type(length) is float and length == length and 0 <= length < 100 else 0
    if doc:
        sig, _, summary = doc.partition("): ")
        lines = [_field("Signature", sig + ")"), _field("Docstring", summary)]
    else:
        args = f"/* {n} argument{'s' if n != 1 else ''} */" if n else ""
        lines = [_field("Signature", f"function {printable(name)}({args}) {{ [native code] }}")]
        if path:
            lines.append(_field("Builtin", printable(path)))
    lines.append(_field("Type", "builtin class" if f.is_constructor() and name[:1].isupper() else "builtin function"))
    return lines


def _builtin_path(engine, f, text):
    """The dotted path of builtin `f`; of its several paths (parseInt is also
    Number.parseInt), the one the user typed, else the first found."""
    entry = builtin_paths(engine.realm).get(id(f))
    if entry is None or entry[1] is not f:
        return None
    paths = entry[2]
    typed = re.sub(r"\s+", "", text)
    if typed in paths:
        return typed
    last = typed.rsplit(".", 1)[-1]
    same = [p for p in paths if p.rsplit(".", 1)[-1] == last]
    if same:
        return min(same, key=lambda p: abs(p.count(".") - typed.count(".")))
    return paths[0]


def _collapse(s: str) -> str:
    return re.sub(r"\s*\n\s*", " ", s).strip()


def signature(f) -> str:
    """The function's header from its source: `function f(a, b = 2)`, `(x) =>`,
    `class P extends Q`, `m(a)`."""
    c = f.code
    source = c.source.text[c.start:c.end]
    toks = scan(source).tokens
    name = c.name if type(c.name) is str else ""
    if c.is_class:
        head = source
        depth = 0
        for t in toks:
            if t.is_punct("{") and depth == 0:      # the body, not an object in `extends f({})`
                head = source[:t.start]
                break
            if t.is_punct("(", "["):
                depth += 1
            elif t.is_punct(")", "]"):
                depth -= 1
        return _collapse(head)
    if c.is_arrow or c.kind == "arrow":
        depth = 0
        for t in toks:
            if t.is_punct("(", "[", "{"):
                depth += 1
            elif t.is_punct(")", "]", "}"):
                depth -= 1
            elif t.is_punct("=>") and depth == 0:
                head = _collapse(source[:t.end])
                return f"{name} = {head} …" if name else f"{head} …"
        return _collapse(source)
    for i, t in enumerate(toks):
        if t.is_punct("("):
            depth = 0
            for u in toks[i:]:
                if u.is_punct("(", "[", "{"):
                    depth += 1
                elif u.is_punct(")", "]", "}"):
                    depth -= 1
                    if depth == 0:
                        return _collapse(source[:u.end])
            break
    return _collapse(source.split("{", 1)[0])


def _class_constructor_params(source, toks):
    depth = 0
    for i, t in enumerate(toks):
        if t.is_punct("{", "(", "["):
            depth += 1
        elif t.is_punct("}", ")", "]"):
            depth -= 1
        elif depth == 1 and t.kind == NAME and t.value == "constructor" and i + 1 < len(toks) \
                and toks[i + 1].is_punct("(") and not toks[i - 1].is_punct("."):
            d = 0
            for u in toks[i + 1:]:
                if u.is_punct("(", "[", "{"):
                    d += 1
                elif u.is_punct(")", "]", "}"):
                    d -= 1
                    if d == 0:
                        return _collapse(source[toks[i + 1].start:u.end])
    return None


# -- comments above a declaration ----------------------------------------------------------------

_PREFIX_WORDS = ("export", "default", "async", "static", "const", "let", "var", "get", "set")
_WORD_BEFORE = re.compile(r"([A-Za-z_$][\w$]*)\s*$")
_KEY_BEFORE = re.compile(r"(?:[A-Za-z_$][\w$]*|'[^'\n]*'|\"[^\"\n]*\")\s*$")


def leading_comment(text: str, start: int) -> str:
    """The comment block right above the declaration that starts at `start`: a /* */ or
    /** */ block, or consecutive // lines; '' if none.  Looks through `export`,
    `const name =`, `name:` and similar prefixes."""
    i = start
    for _ in range(8):
        head = text[:i].rstrip()
        m = _WORD_BEFORE.search(head)
        if m and m.group(1) in _PREFIX_WORDS:
            i = m.start(1)
            continue
        if head.endswith("=") and not head.endswith(("==", "=>", "!=", "<=", ">=")):
            rest = head[:-1].rstrip()
            m = _WORD_BEFORE.search(rest)
            if m:
                i = m.start(1)
                continue
            break
        if head.endswith(":"):
            rest = head[:-1].rstrip()
            m = _KEY_BEFORE.search(rest)
            if m:
                i = m.start()
                continue
        break
    head = text[:i].rstrip()
    if head.endswith("*/"):
        open_at = head.rfind("/*")
        if open_at < 0:
            return ""
        line_start = head.rfind("\n", 0, open_at) + 1
        if head[line_start:open_at].strip():     # code before the comment on its line
            return ""
        return _clean_block(head[open_at + 2:-2])
    lines = []
    for line in reversed(head.split("\n")) if head else []:
        s = line.strip()
        if s.startswith("//"):
            lines.append(s[2:][1:] if s[2:3] == " " else s[2:])
        else:
            break
    return "\n".join(reversed(lines)).strip("\n")


def _clean_block(body: str) -> str:
    if body.startswith("*"):
        body = body[1:]
    out = []
    for line in body.split("\n"):
        s = line.strip()
        if s.startswith("*"):
            s = s[1:]
            s = s[1:] if s.startswith(" ") else s
        out.append(s.rstrip())
    while out and not out[0]:
        out.pop(0)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
