"""A Neo4j batch over the server's transaction memory fails at once, whole, with a clear error.

The driver retries transient errors for 30 s, and it counts the memory refusal among them: the
store stops that (one batch is one transaction; retrying cannot make it fit). Runs against the
local server of ``scripts/neo4j-local`` (``db.memory.transaction.max`` 256 MiB).
"""

from __future__ import annotations

import neo4j
import pytest
from conftest import unique

from actorgraph.errors import StoreError
from actorgraph.graph.backends import neo4j as neo4j_backend
from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch, RelationType
from actorgraph.graph.store import Store


def test_a_batch_over_the_memory_limit_fails_fast_and_writes_nothing(
    neo4j_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    raiders, port = unique("tide-raiders"), unique("harbour-guard")
    article = unique("harbour-report")
    sentence = "The Tide Raiders shelled the harbour guard's pier at dawn. " * 1700  # ~100 KB
    claims = tuple(
        Claim(article=article, type=RelationType.ATTACKS, subject=raiders, object=port,
              evidence=Evidence(sentence=sentence, start=i, end=i + 10), extractor="test")
        for i in range(3000)  # ~300 MB of claim text in one transaction
    )
    batch = GraphBatch(actors=(Actor(id=raiders, name="Tide Raiders", kind="armed_group"),
                               Actor(id=port, name="Harbour Guard", kind="armed_group")),
                       articles=(Article(id=article),), claims=claims)
    attempts: list[int] = []

    class Counted(neo4j_backend._Deferring):  # one per attempt of the managed transaction
        def __init__(self, tx: neo4j.ManagedTransaction) -> None:
            attempts.append(1)
            super().__init__(tx)

    monkeypatch.setattr(neo4j_backend, "_Deferring", Counted)
    try:
        neo4j_store.write(batch)
    except StoreError as exc:
        assert exc.detail == {"setting": "db.memory.transaction.max"}
        assert "smaller batches" in exc.message
    else:
        pytest.skip("this server allows more transaction memory than 300 MB of claims")
    assert len(attempts) == 1  # not retried: the driver would try again for 30 s
    assert neo4j_store.query("actors_by_ids", ids=[raiders, port]) == []  # all or nothing
