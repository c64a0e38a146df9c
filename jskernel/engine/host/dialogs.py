"""The browser-style dialogs `prompt(message, default)`, `confirm(message)` and
`alert(message)`, read from the host's input (Deno offers the same three globals).

Owns the globals and their behaviour:
  * `prompt(message = "Prompt", default)` shows `message ` (plus `[default] ` when a
    default is given) and returns the line typed, `default` for an empty answer, `null`
    at end of input;
  * `confirm(message = "Confirm")` shows `message [y/N] ` and is true for y / yes;
  * `alert(message = "Alert")` shows `message [Enter] ` and waits for a line.

The host reads the line: `engine.input_sink(prompt_text) -> str` (the kernel's
input_request over stdin, the terminal's `input()` in the console and `jskernel run`).
It raises EOFError at end of input and `InputNotAvailable` when the front end cannot
answer (a notebook request with allow_stdin false): the dialog then throws a JS Error
"prompt() is not available: this front end does not allow input".
"""

from __future__ import annotations

from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import HIDDEN_ATTRS, ThrowCompletion
from jskernel.engine.runtime.values import UNDEFINED
from jskernel.engine.text import printable, to_js


class InputNotAvailable(Exception):
    """Raised by an input sink whose front end cannot answer input requests."""


def _message(args, default: str) -> str:
    if not args or args[0] is UNDEFINED:
        return default
    return printable(ops.ToString(args[0]))


def _read(realm, name: str, text: str):
    """The line typed, or None at end of input."""
    sink = getattr(realm.host, "input_sink", None)
    if sink is None:
        raise ThrowCompletion(None, "Error", f"{name}() is not available: this host has no input")
    try:
        line = sink(text)
    except InputNotAvailable:
        raise ThrowCompletion(None, "Error",
                              f"{name}() is not available: this front end does not allow input") from None
    except EOFError:
        return None
    return "" if line is None else str(line).rstrip("\r\n")


def js_prompt(realm, this, args):
    message = _message(args, "Prompt")
    default = None
    if len(args) > 1 and args[1] is not UNDEFINED and args[1] is not None:
        default = printable(ops.ToString(args[1]))
    text = f"{message} " + (f"[{default}] " if default else "")
    line = _read(realm, "prompt", text)
    if line is None:
        return None
    if line == "" and default is not None:
        return to_js(default)
    return to_js(line)


def js_confirm(realm, this, args):
    line = _read(realm, "confirm", f"{_message(args, 'Confirm')} [y/N] ")
    return line is not None and line.strip().lower() in ("y", "yes")


def js_alert(realm, this, args):
    _read(realm, "alert", f"{_message(args, 'Alert')} [Enter] ")
    return UNDEFINED


def install(realm) -> None:
    g = realm.global_object
    for name, fn, length in (("prompt", js_prompt, 0), ("confirm", js_confirm, 0),
                             ("alert", js_alert, 0)):
        g.define_raw(name, realm.new_native(fn, name, length), HIDDEN_ATTRS)
