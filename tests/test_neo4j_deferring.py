"""The Neo4j store's writes wait and ride with the next statement that answers rows (no server)."""

from __future__ import annotations

from typing import Any

from actorgraph.graph.backends.neo4j import _Deferring


class _Recorder:
    """A stand-in transaction that records what it is sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def run(self, text: str, params: dict[str, Any]) -> _Recorder:
        self.sent.append((text, params))
        return self

    def consume(self) -> None:
        pass


def test_writes_ride_with_the_next_read_under_their_own_parameter_names():
    tx = _Recorder()
    deferring = _Deferring(tx)  # type: ignore[arg-type]
    assert deferring.run("UNWIND $rows AS r MERGE (a:Article {id: r.id})", {"rows": [1], "ids": [9]}) == ()
    assert deferring.run("UNWIND $ids AS i MATCH (a:Actor {id: i}) SET a._lock = true", {"ids": ["x"]}) == ()
    assert tx.sent == []
    deferring.run("UNWIND $ids AS i MATCH (c:Claim {id: i}) RETURN c.id AS id", {"ids": ["c"], "unused": 1})
    [(text, params)] = tx.sent
    assert text.count("CALL () {") == 2 and text.endswith("RETURN c.id AS id")
    assert "$w0.rows" in text and "$w1.ids" in text and "$w0_" not in text
    # each waiting statement's parameters in one map (a list's size is part of the plan cache's key,
    # a map's entries are not), only the names each statement uses
    assert params == {"ids": ["c"], "w0": {"rows": [1]}, "w1": {"ids": ["x"]}}


def test_flush_runs_every_waiting_statement_in_one_query():
    tx = _Recorder()
    deferring = _Deferring(tx)  # type: ignore[arg-type]
    upsert = {"stored": [{"id": "a"}], "new": []}
    deferring.run("UNWIND $stored AS r MATCH ()-[e:SUPPORTS]->() WHERE e.id = r.id SET e.claims = 1", upsert)
    deferring.run("UNWIND $new AS r MATCH (s:Actor {id: r.id}) CREATE (s)-[:SUPPORTS]->(s)", upsert)
    deferring.run("UNWIND $new AS r MATCH (s:Actor {id: r.id}) CREATE (s)-[:ATTACKS]->(s)", {"new": []})
    deferring.flush()
    [(text, params)] = tx.sent
    assert text.count("CALL () {") == 3 and "$w0.stored" in text and "$w2.new" in text
    assert params == {"w0": {"stored": [{"id": "a"}]}, "w1": {"new": []}, "w2": {"new": []}}
    deferring.flush()
    assert len(tx.sent) == 1  # nothing waits any more
