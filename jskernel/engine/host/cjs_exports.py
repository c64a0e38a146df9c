"""Static detection of a CommonJS module's named exports (for `import { x } from "./cjs.js"`).

Owns `detect_exports(program)`: a walk over the ESTree AST of the (wrapped) module that
collects, anywhere in the file, like node's lexer does lexically:
  * `exports.x = ...`, `exports["x"] = ...`, `module.exports.x = ...` (also chained
    `exports.a = exports.b = void 0`);
  * `Object.defineProperty(exports | module.exports, "x", { value: ... })` and the
    getter forms compilers emit (`get: function () { return m.x; }`, `get() { return x; }`),
    optionally after `enumerable: true`, including `__esModule`;
  * `module.exports = { a, b: c, "d": e, f() {}, ...require("./y") }`, read left to right
    as node's lexer reads it (it stops at the first property it cannot read);
  * re-exports: `module.exports = require("./y")`, `...require("./y")` in that literal,
    `__exportStar(require("./y"), exports)` / `__export(require("./y"))` (TypeScript, tslib).
Returns (names, reexport specifiers).  `exports_of(...)` in host/loader.py follows the
re-exports through CommonJS resolution.  `default` is never a detected name: it is
always `module.exports` (node 20).  Written from node's documentation of the behaviour;
no code from cjs-module-lexer.
"""

from __future__ import annotations

from jskernel.engine.syntax.estree import child_nodes


def detect_exports(program: dict, text: str | None = None) -> tuple[list[str], list[str]]:
    """(names, re-export specifiers) of the module whose AST is `program` (`text`: the
    source the AST's offsets refer to)."""
    names: dict[str, None] = {}
    reexports: dict[str, None] = {}
    stack = [program]
    while stack:
        node = stack.pop()
        t = node["type"]
        if t == "AssignmentExpression" and node.get("operator") == "=":
            _assignment(node, names, reexports, text)
        elif t == "CallExpression":
            _call(node, names, reexports)
        stack.extend(reversed(list(child_nodes(node))))     # popped in source order
    names.pop("default", None)
    return list(names), list(reexports)


# -- shapes -----------------------------------------------------------------------------------------

def _is_ident(node, name: str) -> bool:
    return isinstance(node, dict) and node.get("type") == "Identifier" and node.get("name") == name


def _is_module_exports(node) -> bool:
    return (isinstance(node, dict) and node.get("type") == "MemberExpression"
            and _is_ident(node.get("object"), "module") and _static_key(node) == "exports")


def _is_exports_object(node) -> bool:
    return _is_ident(node, "exports") or _is_module_exports(node)


def _string(node):
    if isinstance(node, dict) and node.get("type") == "Literal" and isinstance(node.get("value"), str):
        return node["value"]
    return None


def _static_key(member) -> str | None:
    """The property name of `a.b` / `a["b"]`."""
    prop = member.get("property")
    if member.get("computed"):
        return _string(prop)
    if isinstance(prop, dict) and prop.get("type") == "Identifier":
        return prop["name"]
    return None


def _property_key(prop) -> str | None:
    key = prop.get("key")
    if prop.get("computed"):
        return _string(key)
    if isinstance(key, dict):
        if key.get("type") == "Identifier":
            return key["name"]
        if key.get("type") == "Literal":
            v = key.get("value")
            if isinstance(v, str):
                return v
            if isinstance(v, float) and v.is_integer():
                return str(int(v))
    return None


def _require_arg(node) -> str | None:
    """"x" for `require("x")`."""
    if (isinstance(node, dict) and node.get("type") == "CallExpression"
            and _is_ident(node.get("callee"), "require") and len(node.get("arguments", ())) == 1):
        return _string(node["arguments"][0])
    return None


# -- patterns ---------------------------------------------------------------------------------------

def _assignment(node, names, reexports, text):
    left, right = node.get("left"), node.get("right")
    if not isinstance(left, dict) or left.get("type") != "MemberExpression":
        return
    if _is_module_exports(left):
        spec = _require_arg(right)
        if spec is not None:
            reexports[spec] = None
        elif isinstance(right, dict) and right.get("type") == "ObjectExpression":
            _object_literal(right, names, reexports, text)
        return
    if _is_exports_object(left.get("object")):
        key = _static_key(left)
        if key is not None:
            names[key] = None


def _object_literal(obj, names, reexports, text):
    """`module.exports = { ... }`, read the way node's lexer reads it: left to right,
    stopping at the first property it does not understand.  A name counts when its key
    is an identifier or a string and its value starts with a word (`a`, `b: c`,
    `d: function () {}`, `e() {}`); the scan goes on only past one-token values."""
    for prop in obj.get("properties", ()):
        if prop.get("type") == "SpreadElement":
            arg = prop.get("argument")
            spec = _require_arg(arg)
            if spec is not None:
                reexports[spec] = None
                continue
            if _is_plain_identifier(arg, text):
                continue
            return
        key = prop.get("key")
        if prop.get("computed") or not isinstance(key, dict):
            return
        if prop.get("kind") in ("get", "set") or prop.get("method"):
            fn = prop.get("value") or {}
            if key.get("type") != "Identifier" or fn.get("generator"):
                return
            # the lexer reads `get`, `set` or `async` (or the method's own name) as the key
            head = prop["kind"] if prop.get("kind") in ("get", "set") else (
                "async" if fn.get("async") else key["name"])
            names[head] = None
            return
        if key.get("type") == "Identifier":
            name = key["name"]
        elif key.get("type") == "Literal" and isinstance(key.get("value"), str):
            name = key["value"]
        else:
            return
        value = prop.get("value")
        if prop.get("shorthand"):
            names[name] = None
            continue
        if not _starts_with_word(value, text):
            return
        names[name] = None
        if not _is_plain_identifier(value, text):
            return


def _is_plain_identifier(node, text) -> bool:
    """A one-token value (identifier, this, true/false/null) not wrapped in parentheses
    and followed by `,` or `}`."""
    if not isinstance(node, dict):
        return False
    t = node.get("type")
    if not (t in ("Identifier", "ThisExpression")
            or (t == "Literal" and (node.get("value") is None or isinstance(node.get("value"), bool))
                and node.get("regex") is None)):
        return False
    if text is None:
        return True
    after = _next_char(text, node["end"])
    return after in (",", "}") and _prev_char(text, node["start"]) not in ("(",)


def _starts_with_word(node, text) -> bool:
    if text is None or not isinstance(node, dict):
        return False
    c = text[node["start"]] if node["start"] < len(text) else ""
    if _prev_char(text, node["start"]) == "(":
        return False
    return c.isalpha() or c in "_$\\"


def _next_char(text: str, i: int) -> str:
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            return c
    return ""


def _prev_char(text: str, i: int) -> str:
    i -= 1
    while i >= 0:
        c = text[i]
        if c.isspace():
            i -= 1
        elif c == "/" and i > 0 and text[i - 1] == "*":
            j = text.rfind("/*", 0, i - 1)
            i = -1 if j < 0 else j - 1
        else:
            return c
    return ""


def _call(node, names, reexports):
    callee = node.get("callee")
    args = node.get("arguments", ())
    # Object.defineProperty(exports, "x", descriptor)
    if (isinstance(callee, dict) and callee.get("type") == "MemberExpression"
            and _is_ident(callee.get("object"), "Object") and _static_key(callee) == "defineProperty"
            and len(args) >= 3 and _is_exports_object(args[0])):
        key = _string(args[1])
        if key is not None and _plain_descriptor(args[2]):
            names[key] = None
        return
    # __exportStar(require("x"), exports) / __export(require("x")) / tslib.__exportStar(...)
    fname = None
    if _is_ident(callee, "__exportStar") or _is_ident(callee, "__export"):
        fname = callee["name"]
    elif isinstance(callee, dict) and callee.get("type") == "MemberExpression":
        k = _static_key(callee)
        if k in ("__exportStar", "__export"):
            fname = k
    if fname is not None and args:
        spec = _require_arg(args[0])
        if spec is not None and (fname == "__export" or (len(args) > 1 and _is_exports_object(args[1]))):
            reexports[spec] = None


def _plain_descriptor(desc) -> bool:
    """node's forms: `{ [enumerable: true,] value: ... }` or `{ [enumerable: true,] get:
    function () { return a.b; } }` / `get() { return a; }` (one member access at most)."""
    if not isinstance(desc, dict) or desc.get("type") != "ObjectExpression":
        return False
    props = [p for p in desc.get("properties", ())]
    if props and _property_key(props[0]) == "enumerable" and not props[0].get("computed"):
        v = props[0].get("value")
        if not (isinstance(v, dict) and v.get("type") == "Literal" and v.get("value") is True):
            return False
        props = props[1:]
    if not props or props[0].get("type") != "Property" or props[0].get("computed"):
        return False
    key = _property_key(props[0])
    if key == "value" and props[0].get("kind") == "init" and not props[0].get("method"):
        return True
    return key == "get" and props[0].get("kind") == "init" and _simple_getter(props[0].get("value"))


def _simple_getter(fn) -> bool:
    if not isinstance(fn, dict) or fn.get("type") != "FunctionExpression":
        return False
    if fn.get("params") or fn.get("async") or fn.get("generator"):
        return False
    stmts = fn.get("body", {}).get("body", ())
    if len(stmts) != 1 or stmts[0].get("type") != "ReturnStatement":
        return False
    ret = stmts[0].get("argument")
    if isinstance(ret, dict) and ret.get("type") == "MemberExpression":
        if ret.get("optional") or (ret.get("computed") and _string(ret.get("property")) is None):
            return False
        ret = ret.get("object")
    return isinstance(ret, dict) and ret.get("type") == "Identifier"
