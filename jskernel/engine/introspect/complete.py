"""Completion of JavaScript code at a cursor, without running anything.

Owns `complete(engine, code, cursor_pos)`, which decides what is being typed and
answers with a `Completion` (matches, the range they replace, a type per match):

* `name`            identifiers: cell-scope declarations in the code itself, top-level
                    bindings (cells' let/const/class, module scopes), global object
                    properties (non-enumerable builtins too), keywords;
* `chain.name`      properties along the prototype chain of the chain's value
                    (literals too: `"abc".`, `[].`, `1..`, `/x/.`);
* `chain["na`       bracket keys (every string key, quoted, with the closing `"]`);
* `from "./x`       module specifiers (specifiers.py).

Every value is read through resolve.py (no getter, Proxy trap or toString runs).
Offsets are code-point indices into `code`.  Magics are completed by the front ends
(jskernel/completion.py), which know the magics registry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from jskernel.engine.introspect import resolve as R
from jskernel.engine.introspect.tokens import (
    IN_STRING, NAME, PUNCT, Token, is_id_part, is_id_start, matching_bracket, scan,
)

KEYWORDS = (
    "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
    "default", "delete", "do", "else", "export", "extends", "false", "finally", "for",
    "function", "if", "import", "in", "instanceof", "let", "new", "null", "of", "return",
    "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
    "while", "with", "yield",
)


@dataclass
class Completion:
    matches: list = field(default_factory=list)
    start: int = 0
    end: int = 0
    types: list = field(default_factory=list)

    def add(self, text: str, kind: str):
        self.matches.append(text)
        self.types.append(kind)


def is_identifier_name(name: str) -> bool:
    return bool(name) and is_id_start(name[0]) and all(is_id_part(c) for c in name[1:])


def _identifier_end(code: str, pos: int) -> int:
    while pos < len(code) and is_id_part(code[pos]):
        pos += 1
    return pos


def complete(engine, code: str, cursor_pos: int, *, scopes=(), cwd=None) -> Completion:
    cursor_pos = max(0, min(cursor_pos, len(code)))
    before = code[:cursor_pos]
    sc = scan(before)
    if sc.state == IN_STRING:
        return _complete_in_string(engine, code, cursor_pos, sc, scopes, cwd)
    if sc.state != "code":
        return Completion([], cursor_pos, cursor_pos, [])
    toks = sc.tokens
    # the identifier being typed (it may continue past the cursor)
    if toks and toks[-1].kind == NAME and toks[-1].end == cursor_pos:
        partial_tok = toks[-1]
        prefix, start, k = partial_tok.value, partial_tok.start, len(toks) - 2
    else:
        prefix, start, k = "", cursor_pos, len(toks) - 1
    end = _identifier_end(code, cursor_pos) if prefix else cursor_pos
    result = Completion([], start, end, [])
    if k >= 0 and toks[k].is_punct(".", "?."):
        chain = R.chain_before(toks, k - 1) if k >= 1 else None
        if chain is None:
            return result
        value = R.resolve(engine, chain, scopes)
        for name, kind in R.property_names(engine.realm, value):
            if name.startswith(prefix) and is_identifier_name(name):
                result.add(name, kind)
        return result
    if not prefix and k >= 0 and toks[k].is_punct("["):
        # `obj[` with no quote yet: offer quoted keys
        chain = R.chain_before(toks, k - 1) if k >= 1 else None
        if chain is None or (k >= 1 and toks[k - 1].kind == PUNCT and toks[k - 1].value not in (")", "]")):
            return result
        return _bracket_keys(engine, code, cursor_pos, cursor_pos, chain, "", '"', scopes, opened=False)
    if prefix and prefix[0].isdigit():
        return result
    if not prefix and k >= 0 and not _name_may_start_after(toks[k]):
        return result
    _names(engine, code, prefix, result, scopes, skip=start)
    return result


def _name_may_start_after(tok: Token) -> bool:
    """Whether an identifier may follow token `tok` (Tab after `)` or `1` offers nothing)."""
    if tok.kind == PUNCT:
        return tok.value not in (")", "]", "}", "`")
    if tok.kind == NAME:
        return tok.value in R._NOT_A_BASE or tok.value in ("async", "static", "get", "set")
    return False


def _names(engine, code, prefix, result, scopes, skip):
    seen = set()
    local = declared_names(code, skip=skip)
    groups = ([], [], [], [])
    for name, kind in local:
        if name.startswith(prefix) and name not in seen:
            seen.add(name)
            groups[0].append((name, kind))
    for name, kind, user in R.binding_names(engine, scopes):
        if name.startswith(prefix) and name not in seen and is_identifier_name(name):
            seen.add(name)
            groups[1 if user else 2].append((name, kind))
    for word in KEYWORDS:
        if word.startswith(prefix) and word not in seen:
            seen.add(word)
            groups[3].append((word, "keyword"))
    for group in groups:
        for name, kind in sorted(group):
            result.add(name, kind)


def declared_names(code: str, skip: int = -1):
    """[(name, type)] declared anywhere in `code` (the cell being typed): let / const /
    var (simple destructuring too), function and class names, parameters, catch
    bindings and import bindings.  `skip`: the offset of the identifier being typed,
    which is not offered back to itself."""
    toks = scan(code).tokens
    out = []

    def add(t, kind="variable"):
        if t.kind == NAME and t.start != skip and is_identifier_name(t.value) \
                and t.value not in R._NOT_A_BASE:
            out.append((t.value, kind))

    def pattern_names(i):
        """Names bound by the pattern starting at toks[i]; returns the index after it."""
        t = toks[i] if i < len(toks) else None
        if t is None:
            return i
        if t.kind == NAME:
            add(t)
            return i + 1
        if t.is_punct("{", "["):
            depth = 0
            j = i
            while j < len(toks):
                u = toks[j]
                if u.is_punct("{", "[", "("):
                    depth += 1
                elif u.is_punct("}", "]", ")"):
                    depth -= 1
                    if depth == 0:
                        return j + 1
                elif u.kind == NAME and depth >= 1:
                    nxt = toks[j + 1] if j + 1 < len(toks) else None
                    prv = toks[j - 1]
                    if (nxt is None or not nxt.is_punct(":", "(")) and not prv.is_punct("=", ".", "?."):
                        add(u)
                j += 1
            return j
        return i + 1

    def params(i):
        """toks[i] is `(`: the names of a parameter list."""
        j = matching_bracket(toks, i)
        depth = 0
        for u_index in range(i + 1, j if j > 0 else len(toks)):
            u = toks[u_index]
            if u.is_punct("(", "[", "{"):
                depth += 1
            elif u.is_punct(")", "]", "}"):
                depth -= 1
            elif u.kind == NAME:
                prv = toks[u_index - 1]
                nxt = toks[u_index + 1] if u_index + 1 < len(toks) else None
                if prv.is_punct("=", ".", "?.") or (nxt is not None and nxt.is_punct(":")):
                    continue
                if depth == 0 or prv.is_punct("{", ",", "[", "...") or (nxt is not None and nxt.is_punct("}", ",", "]", "=")):
                    add(u)

    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind == NAME and t.value in ("let", "const", "var") and i + 1 < n:
            i = pattern_names(i + 1)
            # further declarators: `, name`
            while i < n and not toks[i].is_punct(";"):
                if toks[i].is_punct(",") and i + 1 < n and (toks[i + 1].kind == NAME or toks[i + 1].is_punct("{", "[")):
                    i = pattern_names(i + 1)
                    continue
                if toks[i].is_punct("(", "{", "["):
                    j = matching_bracket(toks, i)
                    i = j + 1 if j > 0 else n
                    continue
                if toks[i].kind == NAME and toks[i].value in ("let", "const", "var", "function", "class"):
                    break
                i += 1
            continue
        if t.kind == NAME and t.value in ("function", "class"):
            j = i + 1
            if j < n and toks[j].is_punct("*"):
                j += 1
            if j < n and toks[j].kind == NAME and toks[j].value not in ("extends",):
                add(toks[j], "function" if t.value == "function" else "class")
                j += 1
            if t.value == "function" and j < n and toks[j].is_punct("("):
                params(j)
            i = j
            continue
        if t.kind == NAME and t.value == "catch" and i + 2 < n and toks[i + 1].is_punct("("):
            pattern_names(i + 2)
        if t.is_punct("=>") and i > 0:
            prv = toks[i - 1]
            if prv.kind == NAME:
                add(prv)
            elif prv.is_punct(")"):
                j = matching_bracket(toks, i - 1)
                if j >= 0:
                    params(j)
        if t.kind == NAME and t.value == "import":
            j = i + 1
            while j < n and not (toks[j].kind == NAME and toks[j].value == "from") and not toks[j].is_punct(";"):
                u = toks[j]
                if u.kind == NAME and u.value not in ("as", "type") and not (j + 1 < n and toks[j + 1].kind == NAME and toks[j + 1].value == "as"):
                    add(u)
                j += 1
            i = j
            continue
        i += 1
    return out


# -- inside a string ------------------------------------------------------------------------

def _complete_in_string(engine, code, cursor_pos, sc, scopes, cwd):
    toks = sc.tokens
    quote_pos = sc.open_start
    k = len(toks) - 1
    empty = Completion([], cursor_pos, cursor_pos, [])
    if k >= 0 and toks[k].is_punct("["):
        chain = R.chain_before(toks, k - 1) if k >= 1 else None
        if chain is None:
            return empty
        return _bracket_keys(engine, code, quote_pos + 1, cursor_pos, chain, sc.partial, sc.quote, scopes,
                             opened=True)
    if _specifier_position(toks):
        from jskernel.engine.introspect.specifiers import specifier_matches
        result = Completion([], quote_pos + 1, cursor_pos, [])
        if cwd is None:     # relative to where the engine's loader resolves from
            cwd = getattr(getattr(engine, "loader", None), "base_dir", None)
        try:
            defined = list(getattr(getattr(engine, "defined_modules", None), "names", None) or ())
        except Exception:   # noqa: BLE001
            defined = []
        for text in specifier_matches(sc.partial, cwd, defined):
            result.add(text, "module")
        return result
    return empty


def _specifier_position(toks) -> bool:
    """Whether a string starting after `toks` is a module specifier: `import "`,
    `import x from "`, `export ... from "`, `import("`, `require("`."""
    if not toks:
        return False
    last = toks[-1]
    if last.kind == NAME and last.value == "from":
        return True
    if last.kind == NAME and last.value == "import":
        return True
    if last.is_punct("(") and len(toks) >= 2 and toks[-2].kind == NAME \
            and toks[-2].value in ("import", "require"):
        return True
    return False


def _quote(key: str, quote: str) -> str:
    body = json.dumps(key, ensure_ascii=False)[1:-1]
    if quote != '"':
        body = body.replace('\\"', '"').replace(quote, "\\" + quote)
    return body


def _bracket_keys(engine, code, start, cursor_pos, chain, partial, quote, scopes, *, opened):
    """Keys of the chain's value as `key"]` (or `"key"]` when no quote was typed yet)."""
    value = R.resolve(engine, chain, scopes)
    result = Completion([], start, cursor_pos, [])
    # the text after the cursor may already close the string and the bracket
    rest = code[cursor_pos:]
    closing = quote + "]"
    end = cursor_pos
    if rest.startswith(closing):
        end += 2
    elif rest.startswith(quote):
        end += 1
    elif rest.startswith("]") and not opened:
        end += 1
    result.end = end
    for name, kind in R.property_names(engine.realm, value):
        if name.startswith(partial):
            body = _quote(name, quote)
            text = body + closing if opened else quote + body + closing
            result.add(text, kind)
    return result
