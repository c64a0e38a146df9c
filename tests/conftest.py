"""Shared pytest fixtures.

Owns: access to the test suite's cache of third-party inputs (npm packages and acorn's
reference trees, see tests/support/npm_cache.py).  Keep this file small: fixtures that
only one test module needs live in that module.
"""

from __future__ import annotations

import pytest

from support import npm_cache


@pytest.fixture(scope="session")
def test_cache_dir():
    """The directory the test suite owns for fetched data (default <repo>/.cache)."""
    return npm_cache.cache_root()


@pytest.fixture(scope="session")
def npm_package():
    """Fetch-and-unpack function: ``npm_package(name, version) -> Path`` of ``package/``."""
    return npm_cache.npm_package
