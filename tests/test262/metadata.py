"""test262 front matter: the `/*--- ... ---*/` YAML block at the top of every test file.

Owns `parse_metadata(source) -> Metadata`.  Only the keys a runner needs are read
(includes, flags, features, negative {phase, type}, locale is ignored); the YAML subset
test262 uses for them is small (flow lists `[a, b]`, block lists `- a`, one nested
mapping for `negative`), so it is parsed here without a YAML dependency.  A file
without front matter is reported as such (`Metadata.ok` is False).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BLOCK = re.compile(r"/\*---(.*?)---\*/", re.S)
_KEY = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*)$")


@dataclass
class Metadata:
    ok: bool = True
    includes: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    features: list[str] = field(default_factory=list)
    negative_phase: str | None = None     # "parse" | "resolution" | "runtime"
    negative_type: str | None = None      # e.g. "SyntaxError"

    @property
    def is_module(self) -> bool:
        return "module" in self.flags

    @property
    def is_async(self) -> bool:
        return "async" in self.flags

    def modes(self) -> list[str]:
        """The runs INTERPRETING.md asks for: 'sloppy' and/or 'strict' (modules and raw
        tests run once, as written; module code is always strict)."""
        f = self.flags
        if "module" in f:
            return ["module"]
        if "raw" in f or "noStrict" in f:
            return ["sloppy"]
        if "onlyStrict" in f:
            return ["strict"]
        return ["sloppy", "strict"]


def _flow_list(text: str) -> list[str]:
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return [x.strip().strip("'\"") for x in text[1:-1].split(",") if x.strip()]
    return [text.strip("'\"")] if text else []


def parse_metadata(source: str) -> Metadata:
    m = _BLOCK.search(source)
    if m is None:
        return Metadata(ok=False)
    md = Metadata()
    lines = m.group(1).splitlines()
    key = None          # the top-level key whose indented body we are in
    for raw in lines:
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        line = raw.strip()
        if indent == 0:
            km = _KEY.match(line)
            if km is None:
                key = None
                continue
            key, rest = km.group(1), km.group(2)
            if key == "includes":
                md.includes.extend(_flow_list(rest))
            elif key == "flags":
                md.flags.update(_flow_list(rest))
            elif key == "features":
                md.features.extend(_flow_list(rest))
            continue
        # an indented line: a block-list item or a nested mapping entry
        if line.startswith("- "):
            item = line[2:].strip().strip("'\"")
            if key == "includes":
                md.includes.append(item)
            elif key == "flags":
                md.flags.add(item)
            elif key == "features":
                md.features.append(item)
        elif key == "negative":
            km = _KEY.match(line)
            if km:
                if km.group(1) == "phase":
                    md.negative_phase = km.group(2).strip()
                elif km.group(1) == "type":
                    md.negative_type = km.group(2).strip()
    return md
