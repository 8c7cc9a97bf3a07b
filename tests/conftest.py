"""Shared fixtures: the bundled monograph, built once per test session."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

# Compiled patterns (valkg.recache) go to a directory of the session, not the user's cache;
# the test processes it starts share it.
_PATTERN_CACHE = tempfile.mkdtemp(prefix="valkg-test-cache-")
os.environ["VALKG_CACHE_DIR"] = _PATTERN_CACHE


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    os.environ["VALKG_CACHE_DIR"] = ""  # this process's own save at exit: nowhere
    shutil.rmtree(_PATTERN_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def bundled():
    """``valkg.api.build()`` of the bundled valacyclovir monograph (validated)."""
    from valkg import api

    return api.build()


@pytest.fixture(scope="session")
def bundled_graphs(bundled):
    """The bundled graph as the ``[(graph_name, graph)]`` list that serialize/query take."""
    return [(bundled.graph_name, bundled.graph)]
