"""Shared pytest fixtures.

Owns: access to the test suite's cache of third-party inputs (npm packages and acorn's
reference trees, see tests/support/npm_cache.py).  Keep this file small: fixtures that
only one test module needs live in that module.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

from support import npm_cache

# Kernels and consoles started by the tests keep their input history in a throwaway
# database, never in the user's Jupyter data directory (jskernel/history.py).
if not os.environ.get("JSKERNEL_HISTORY"):
    _history_dir = tempfile.mkdtemp(prefix="jskernel-test-history-")
    atexit.register(shutil.rmtree, _history_dir, True)
    os.environ["JSKERNEL_HISTORY"] = os.path.join(_history_dir, "history.sqlite")


@pytest.fixture(scope="session")
def test_cache_dir():
    """The directory the test suite owns for fetched data (default <repo>/.cache)."""
    return npm_cache.cache_root()


@pytest.fixture(scope="session")
def npm_package():
    """Fetch-and-unpack function: ``npm_package(name, version) -> Path`` of ``package/``."""
    return npm_cache.npm_package
