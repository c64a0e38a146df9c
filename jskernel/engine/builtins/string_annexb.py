"""Annex B additions to %String.prototype% (sec-additional-properties-of-the-string.prototype-object):
substr, the HTML methods (anchor ... sup, through CreateHTML) and trimLeft / trimRight,
which are the very function objects of trimStart / trimEnd."""

from __future__ import annotations

from jskernel.engine.builtins import arg, define_table
from jskernel.engine.builtins.string import this_string
from jskernel.engine.runtime import operations as ops
from jskernel.engine.runtime.objects import CONFIGURABLE, WRITABLE
from jskernel.engine.runtime.values import UNDEFINED


def proto_substr(realm, this, args):
    """B.2.2.1 String.prototype.substr (start, length)."""
    s = this_string(realm, this, "substr")
    size = len(s)
    start = ops.ToIntegerOrInfinity(arg(args, 0))
    if start < 0:
        start = max(size + start, 0)
    else:
        start = min(start, size)
    n = size if arg(args, 1) is UNDEFINED else ops.ToIntegerOrInfinity(args[1])
    n = min(max(n, 0), size)
    end = min(start + n, size)
    return s[int(start):int(end)] if end > start else ""


def _html(name, tag, attribute=""):
    """B.2.2.2.1 CreateHTML: <tag attribute="value">S</tag>, '"' in the value as &quot;."""
    def method(realm, this, args):
        s = this_string(realm, this, name)
        if attribute:
            v = ops.ToString(arg(args, 0)).replace('"', "&quot;")
            return f'<{tag} {attribute}="{v}">{s}</{tag}>'
        return f"<{tag}>{s}</{tag}>"
    method.__name__ = name
    return method


PROTOTYPE = [
    ("substr", proto_substr, 2),
    ("anchor", _html("anchor", "a", "name"), 1),
    ("big", _html("big", "big"), 0),
    ("blink", _html("blink", "blink"), 0),
    ("bold", _html("bold", "b"), 0),
    ("fixed", _html("fixed", "tt"), 0),
    ("fontcolor", _html("fontcolor", "font", "color"), 1),
    ("fontsize", _html("fontsize", "font", "size"), 1),
    ("italics", _html("italics", "i"), 0),
    ("link", _html("link", "a", "href"), 1),
    ("small", _html("small", "small"), 0),
    ("strike", _html("strike", "strike"), 0),
    ("sub", _html("sub", "sub"), 0),
    ("sup", _html("sup", "sup"), 0),
]


def install(realm, proto):
    define_table(realm, proto, PROTOTYPE)
    proto.define_raw("trimLeft", proto.get("trimStart"), WRITABLE | CONFIGURABLE)
    proto.define_raw("trimRight", proto.get("trimEnd"), WRITABLE | CONFIGURABLE)
