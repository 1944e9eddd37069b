"""Shared fixtures: one behavioural suite runs against every store.

``store`` is parametrised over the embedded LadybugDB store (a real database file in a temp
folder) and Neo4j (a real server at ACTORGRAPH_TEST_NEO4J_URI, default bolt://127.0.0.1:7687,
started by ``scripts/neo4j-local start``). Without a server the Neo4j cases skip with the
reason, unless ACTORGRAPH_REQUIRE_NEO4J=1 (CI), where they fail.

Tests never wipe the Neo4j database: the fixture graph is written idempotently, and tests that
write more use actor ids of their own (:func:`unique`).
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fixture_graph import fixture_batch

from actorgraph.errors import StoreUnavailable
from actorgraph.graph.backends.embedded import EmbeddedStore
from actorgraph.graph.store import Store

NEO4J_URI = os.environ.get("ACTORGRAPH_TEST_NEO4J_URI", "bolt://127.0.0.1:7687")
BACKENDS = ["embedded", "neo4j"]


def unique(prefix: str) -> str:
    """An id no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def _neo4j() -> Store:
    from actorgraph.graph.backends.neo4j import Neo4jStore

    try:
        store = Neo4jStore.connect(NEO4J_URI)
    except StoreUnavailable as exc:
        if os.environ.get("ACTORGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail(f"ACTORGRAPH_REQUIRE_NEO4J=1 but {exc.message}", pytrace=False)
        pytest.skip(f"no Neo4j server ({exc.message}); start one with scripts/neo4j-local start")
    store.ensure_schema()
    return store


def open_backend(backend: str, path: Path) -> Store:
    """A fresh embedded store at ``path``, or the shared Neo4j server."""
    if backend == "neo4j":
        return _neo4j()
    store = EmbeddedStore.open(path / "graph.lbug")
    store.ensure_schema()
    return store


@pytest.fixture(scope="session", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store of each backend holding the fixture graph (read-only for tests)."""
    opened = open_backend(request.param, tmp_path_factory.mktemp(request.param))
    opened.write(fixture_batch())
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def neo4j_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The Neo4j server holding the fixture graph, for Neo4j-only features (Browser, EXPLAIN)."""
    opened = open_backend("neo4j", tmp_path_factory.mktemp("neo4j-only"))
    opened.write(fixture_batch())
    yield opened
    opened.close()


@pytest.fixture(params=BACKENDS)
def blank_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A store to write to: an empty embedded database, or the shared Neo4j server."""
    opened = open_backend(request.param, tmp_path)
    yield opened
    opened.close()
