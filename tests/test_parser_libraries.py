"""Real-world libraries parse to exactly acorn's ESTree.

Owns: agreement on whole files people actually ship (pinned in tests/support/npm_cache.py,
fetched into the test cache, never tracked):

  * lodash.js 4.18.1: 540 KB of ES5, heavy on JSDoc comments;
  * acorn 8.19.0 dist/acorn.js: ES5-style with large Unicode regexes (`u` flag);
  * jquery 3.7.1 dist/jquery.min.js: a minified bundle (long lines, dense expressions);
  * pdfjs-dist 4.10.38 web/pdf_viewer.mjs: 265 KB of ES2022 module code (private fields
    and methods, a static block, class fields, optional chaining, async/await, `??`).

The comparison covers every node, `start`/`end`, `loc` and key order; a failure names the
first difference with its path, the node and a source snippet.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support import npm_cache  # noqa: E402
from support.estree_compare import difference_from_acorn, read_source  # noqa: E402

from jskernel.engine.errors import JSSyntaxError  # noqa: E402
from jskernel.engine.syntax import parse  # noqa: E402

LABELS = [label for label, *_ in npm_cache.LIBRARY_FILES]


@pytest.fixture(scope="module")
def acorn_refs() -> dict[str, tuple[Path, bool, Path]]:
    """label -> (file, module goal?, acorn's JSON), all produced by ONE node process."""
    files = {label: npm_cache.library_file(label) for label in LABELS}
    outs = npm_cache.ensure_acorn_json(list(files.values()))
    return {label: (*files[label], out) for label, out in zip(LABELS, outs)}


@pytest.mark.parametrize("label", LABELS)
def test_library_matches_acorn(label, acorn_refs):
    path, module, ref = acorn_refs[label]
    source = read_source(path)
    try:
        tree = parse(source, module=module, locations=True, filename=path.name)
    except JSSyntaxError as err:
        pytest.fail(f"{label}: rejected: {err}\n{err.format()}", pytrace=False)
    diff = difference_from_acorn(tree, ref.read_text(encoding="utf-8"), source)
    if diff is not None:
        pytest.fail(f"{label}: our tree differs from acorn's at {diff}", pytrace=False)
