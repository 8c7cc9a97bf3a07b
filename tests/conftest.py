"""Shared fixtures: the bundled monograph, built once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def bundled():
    """``valkg.api.build()`` of the bundled valacyclovir monograph (validated)."""
    from valkg import api

    return api.build()


@pytest.fixture(scope="session")
def bundled_graphs(bundled):
    """The bundled graph as the ``[(graph_name, graph)]`` list that serialize/query take."""
    return [(bundled.graph_name, bundled.graph)]
