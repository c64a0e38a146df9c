"""AST node classes of a RegExp pattern (built by regexp.py, consumed by the RegExp builtin).

Plain __slots__ classes with structural equality, one per construct of sec-patterns.
Character values are ints: UTF-16 code units without the u/v flag, code points with it.
"""

from __future__ import annotations


class Node:
    """Base: structural equality and a constructor-like repr."""

    __slots__ = ()

    def __repr__(self):
        args = ", ".join(repr(getattr(self, s)) for s in self.__slots__)
        return f"{type(self).__name__}({args})"

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, s) == getattr(other, s) for s in self.__slots__)

    __hash__ = None


class Pattern(Node):
    """The whole pattern. group_names: name -> list of capture indices (1-based)."""
    __slots__ = ("body", "flags", "group_count", "group_names")

    def __init__(self, body, flags, group_count, group_names):
        self.body = body
        self.flags = flags
        self.group_count = group_count
        self.group_names = group_names


class Disjunction(Node):
    __slots__ = ("alternatives",)          # list of lists of terms

    def __init__(self, alternatives):
        self.alternatives = alternatives


class Char(Node):
    __slots__ = ("value",)                 # code unit (no u/v) or code point (u/v)

    def __init__(self, value):
        self.value = value


class Dot(Node):
    __slots__ = ()


class Assertion(Node):
    __slots__ = ("kind",)                  # '^' '$' 'b' 'B'

    def __init__(self, kind):
        self.kind = kind


class Lookaround(Node):
    __slots__ = ("behind", "negate", "body")

    def __init__(self, behind, negate, body):
        self.behind = behind
        self.negate = negate
        self.body = body


class Group(Node):
    """Capturing when index is not None; add/remove are modifier flags ('' if none)."""
    __slots__ = ("body", "index", "name", "add", "remove")

    def __init__(self, body, index=None, name=None, add="", remove=""):
        self.body = body
        self.index = index
        self.name = name
        self.add = add
        self.remove = remove


class Quantifier(Node):
    __slots__ = ("body", "min", "max", "greedy")   # max None = unbounded

    def __init__(self, body, min, max, greedy):
        self.body = body
        self.min = min
        self.max = max
        self.greedy = greedy


class Backreference(Node):
    """\\1 (name None) or \\k<name>; indices: every group the reference may mean."""
    __slots__ = ("indices", "name")

    def __init__(self, indices, name=None):
        self.indices = indices
        self.name = name


class ClassEscape(Node):
    __slots__ = ("kind",)                  # 'd' 'D' 's' 'S' 'w' 'W'

    def __init__(self, kind):
        self.kind = kind


class Property(Node):
    """\\p{name=value} / \\P{...}: name is the canonical property name (General_Category,
    Script, Script_Extensions, a binary property or a property of strings), value the
    canonical value (None for binary properties and properties of strings)."""
    __slots__ = ("name", "value", "negate", "strings")

    def __init__(self, name, value, negate, strings=False):
        self.name = name
        self.value = value
        self.negate = negate
        self.strings = strings


class CharClass(Node):
    """[...]: kind 'union' (items are members), or 'intersection' / 'subtraction'
    (items are the operands, v flag only). strings: MayContainStrings."""
    __slots__ = ("negate", "kind", "items", "strings")

    def __init__(self, negate, kind, items, strings=False):
        self.negate = negate
        self.kind = kind
        self.items = items
        self.strings = strings


class Range(Node):
    __slots__ = ("lo", "hi")

    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi


class ClassStrings(Node):
    """\\q{a|bc} (v flag): each string is a tuple of code points."""
    __slots__ = ("strings",)

    def __init__(self, strings):
        self.strings = strings
