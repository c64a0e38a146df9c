"""The parser's behaviour at the limits: very deep nesting and very long flat input.

Owns the rule from CONVENTIONS.md, applied to the front end: running out of stack is a
clean JavaScript error, never a Python `RecursionError` or a crash, and the engine stays
usable afterwards.

  * 100 000 levels of nesting (`[`, `(`, `{`, `a?b:`, unary `-`, nested functions,
    arrows, templates, ...) must raise `JSSyntaxError` or a `JSError` named
    "RangeError" (acorn itself says "SyntaxError: Not enough stack space to parse
    input"; V8 says "RangeError: Maximum call stack size exceeded").  A parser that
    manages to build such a tree is fine too, for inputs that are valid.
  * 500 levels of the same constructs parse (deeper than real code goes).
  * Long flat input parses, with the expected shape: 100 000 `a+` terms (a
    left-nested tree 100 000 deep, which a precedence-climbing loop builds without
    recursion), member chains, 100 000 statements, array elements, a 1 MiB string.

Each case runs in a child Python process so that a crash (stack overflow in C, a
segfault) fails that case alone; the child also checks that a normal program parses
after the extreme one.  No timings are asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
N = 100_000

# name -> (Python expression building the source, valid JS?)
DEEP = {
    "brackets-open": ("'[' * N", False),
    "brackets": ("'[' * N + ']' * N", True),
    "parens-open": ("'(' * N", False),
    "parens": ("'(' * N + 'a' + ')' * N", True),
    "blocks-open": ("'{' * N", False),
    "blocks": ("'{' * N + '}' * N", True),
    "object-literals": ("'x = ' + '{a:' * N + '1' + '}' * N", True),
    "conditional-chain": ("'a?b:' * N + 'c'", True),
    "conditional-nested": ("'a?' * N + 'b' + ':c' * N", True),
    "unary-minus": ("'- ' * N + 'a'", True),
    "unary-not": ("'!' * N + 'a'", True),
    "typeof-chain": ("'typeof ' * N + 'a'", True),
    "await-chain-module": ("'await ' * N + 'a'", True),
    "functions": ("'function f(){' * N + '}' * N", True),
    "functions-open": ("'function f(){' * N", False),
    "arrows": ("'() => ' * N + '1'", True),
    "assignments": ("'a = ' * N + '1'", True),
    "templates": ("'`${' * N + '1' + '}`' * N", True),
    "new-chain": ("'new ' * N + 'a'", True),
    "if-chain": ("'if (a) ' * N + ';'", True),
    "array-patterns": ("'[' * N + 'a' + ']' * N + ' = b'", True),
    "exponent-chain": ("'a ** ' * N + 'a'", True),
}

# name -> (Python expression building the source, check, expected value)
FLAT = {
    "binary-terms": ("'a+' * N + 'a'", "left_depth", N),
    "logical-terms": ("'a||' * N + 'a'", "left_depth", N),
    "member-chain": ("'a' + '.b' * N", "object_depth", N),
    "call-chain": ("'a' + '()' * N", "callee_depth", N),
    "statements": ("'a;\\n' * N", "body_length", N),
    "array-elements": ("'[' + '1,' * N + ']'", "elements", N),
    "sequence": ("'a,' * N + 'a'", "expressions", N + 1),
    "string-1MiB": ("'x = \"' + 'a' * (1 << 20) + '\";'", "string_length", 1 << 20),
    "line-comments": ("'// c\\n' * N + 'a'", "body_length", 1),
}

# Moderate nesting, deeper than real code goes (acorn under node stops near 780 `[`):
# it must simply parse.  name -> Python expression building the source.
MODERATE = {
    "brackets-500": "'[' * 500 + ']' * 500",
    "parens-500": "'(' * 500 + 'a' + ')' * 500",
    "blocks-500": "'{' * 500 + '}' * 500",
    "functions-500": "'function f(){' * 500 + '}' * 500",
    "arrows-500": "'() => ' * 500 + '1'",
    "object-literals-500": "'x = ' + '{a:' * 500 + '1' + '}' * 500",
    "conditional-chain-500": "'a?b:' * 500 + 'c'",
    "templates-500": "'`${' * 500 + '1' + '}`' * 500",
}

CHILD = r"""
import json, sys, traceback
from jskernel.engine.syntax import parse
from jskernel.engine.errors import JSError, JSSyntaxError

N = 100_000
src = eval(sys.argv[1])
module = sys.argv[2] == "module"
check = sys.argv[3]

def measure(tree, check):
    expr = tree["body"][0]["expression"] if tree["body"] and "expression" in tree["body"][0] else None
    if check == "body_length":
        return len(tree["body"])
    if check == "elements":
        return len(expr["elements"])
    if check == "expressions":
        return len(expr["expressions"])
    if check == "string_length":
        return len(expr["right"]["value"])
    key = {"left_depth": "left", "object_depth": "object", "callee_depth": "callee"}[check]
    depth, node = 0, expr
    while isinstance(node, dict) and key in node:
        depth, node = depth + 1, node[key]
    return depth

out = {}
try:
    tree = parse(src, module=module, locations=True)
    out["outcome"] = "parsed"
    if check != "-":
        out["measure"] = measure(tree, check)
    del tree
except JSSyntaxError as err:
    out["outcome"], out["detail"] = "SyntaxError", str(err)[:300]
except JSError as err:
    out["outcome"], out["detail"] = err.name, str(err)[:300]
except BaseException as err:
    out["outcome"] = "Python " + type(err).__name__
    out["detail"] = "".join(traceback.format_exception(err))[-3000:]
try:
    after = parse("var x = [1, (2), {a: 3}];", locations=True)
    decl = after["body"][0]["declarations"][0]["init"]["elements"]
    out["after"] = [e["type"] for e in decl]
except BaseException as err:
    out["after"] = "Python " + type(err).__name__ + ": " + str(err)[:300]
print(json.dumps(out))
"""


def _run(expr: str, module: bool, check: str = "-") -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, expr, "module" if module else "script", check],
        cwd=REPO, capture_output=True, text=True, timeout=600)
    lines = proc.stdout.strip().splitlines()
    assert proc.returncode == 0 and lines, (
        f"the child process crashed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    result = json.loads(lines[-1])
    assert result["after"] == ["Literal", "Literal", "ObjectExpression"], (
        f"the parser is broken after the extreme input: {result['after']}")
    return result


@pytest.mark.parametrize("name", list(DEEP))
def test_deep_nesting_is_a_clean_error(name):
    expr, valid = DEEP[name]
    result = _run(expr, module=name.endswith("-module"))
    outcome = result["outcome"]
    if outcome == "parsed":
        assert valid, f"{name}: an invalid program was accepted"
        return
    assert outcome in ("SyntaxError", "RangeError"), f"{name}: {outcome}\n{result.get('detail', '')}"


@pytest.mark.parametrize("name", list(MODERATE))
def test_moderate_nesting_parses(name):
    result = _run(MODERATE[name], module=False)
    assert result["outcome"] == "parsed", f"{name}: {result['outcome']}\n{result.get('detail', '')}"


@pytest.mark.parametrize("name", list(FLAT))
def test_long_flat_input_parses(name):
    expr, check, expected = FLAT[name]
    result = _run(expr, module=False, check=check)
    assert result["outcome"] == "parsed", f"{name}: {result['outcome']}\n{result.get('detail', '')}"
    assert result["measure"] == expected
