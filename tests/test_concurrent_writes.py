"""Two Neo4j writers adding claims to the same relations at the same moment both count.

Neo4j locks both end nodes of every edge a transaction creates, so two writers of *different*
claims of one relation already queue up at ``insert_claims`` (its SUBJECT/OBJECT edges): the
first test holds with or without ``lock_actors``. Two writers of the *same* claims do not: both
can find the claims absent (``claims_and_states``) before either commits, and the second would
then fold the first's claims into the relation a second time. The second test makes that
moment happen on every round (each writer waits, inside its transaction and just after
``claims_and_states``, for the other to get there too, for at most a second), so it fails
whenever the write procedure does not lock the endpoints before reading what is stored.
"""

from __future__ import annotations

import threading
from typing import Any

from conftest import NEO4J_URI, unique

from actorgraph.graph import questions as q
from actorgraph.graph.backends.neo4j import Neo4jStore
from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch, RelationType


def _pair(store: Neo4jStore, tag: str) -> tuple[Actor, Actor, tuple[Article, Article]]:
    a, b = Actor(id=f"{tag}-a", name="Alpha"), Actor(id=f"{tag}-b", name="Beta")
    articles = tuple(Article(id=f"{tag}-doc{w}", source=f"Paper {w}") for w in range(2))
    store.write(GraphBatch(actors=(a, b), articles=articles))
    return a, b, (articles[0], articles[1])


def _claims(article: str, a: Actor, b: Actor, writer: int, k: int) -> tuple[Claim, ...]:
    return tuple(
        Claim(article=article, type=type_, subject=a.id, object=b.id, confidence=0.5,
              evidence=Evidence(sentence=f"Writer {writer} round {k}.", start=k, end=k + 1))
        for type_ in (RelationType.SUPPORTS, RelationType.ALLIED_WITH)
    )


def _race(stores: list[Neo4jStore], batches: list[list[GraphBatch]]) -> None:
    """Each store writes its batches, round by round, both writers starting each round together."""
    barrier = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def writer(w: int) -> None:
        try:
            for batch in batches[w]:
                barrier.wait(timeout=30)
                stores[w].write(batch)
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors


def _edges(store: Neo4jStore, a: Actor, b: Actor) -> int:
    rows = store.run_read("MATCH (:Actor {id: $a})-[e]-(:Actor {id: $b}) RETURN count(e) AS n", {"a": a.id, "b": b.id})
    return int(rows[0]["n"])


def test_two_concurrent_writers_lose_no_claim(neo4j_store):
    a, b, articles = _pair(neo4j_store, unique("race"))
    rounds = 15
    stores = [Neo4jStore.connect(NEO4J_URI) for _ in range(2)]
    try:
        _race(stores, [[GraphBatch(claims=_claims(articles[w].id, a, b, w, k)) for k in range(rounds)]
                       for w in range(2)])
    finally:
        for store in stores:
            store.close()
    relations = q.relations_by_ids(neo4j_store, [f"SUPPORTS:{a.id}:{b.id}", f"ALLIED_WITH:{a.id}:{b.id}"])
    assert {r.claims for r in relations.values()} == {2 * rounds}
    assert {r.sources for r in relations.values()} == {2}
    assert _edges(neo4j_store, a, b) == 2  # one edge per type, never two created side by side


class _Rendezvous:
    """Writers meeting at one point of their transactions: each waits for the others, at most ``timeout`` s."""

    def __init__(self, parties: int, timeout: float) -> None:
        self._parties, self._timeout = parties, timeout
        self._arrived: dict[int, int] = {}
        self._condition = threading.Condition()

    def meet(self, round_: int) -> None:
        with self._condition:
            self._arrived[round_] = self._arrived.get(round_, 0) + 1
            self._condition.notify_all()
            self._condition.wait_for(lambda: self._arrived[round_] >= self._parties, timeout=self._timeout)


class _MeetingStore(Neo4jStore):
    """A real Neo4j store that, inside each write, waits for the other writer after ``claims_and_states``."""

    def __init__(self, store: Neo4jStore, rendezvous: _Rendezvous) -> None:
        super().__init__(store._driver, store._database)
        self._rendezvous, self.round = rendezvous, 0

    def _run_in(self, tx: Any, name: str, params: dict, rel_type: RelationType | None) -> list:  # type: ignore[override]
        rows = Neo4jStore._run_in(tx, name, params, rel_type)
        if name == "claims_and_states":
            self._rendezvous.meet(self.round)
        return rows

    def write(self, batch: GraphBatch):  # type: ignore[no-untyped-def]
        self.round += 1
        return super().write(batch)


def test_two_writers_of_the_same_claims_count_them_once(neo4j_store):
    a, b, articles = _pair(neo4j_store, unique("same"))
    rounds = 4
    rendezvous = _Rendezvous(2, timeout=1.0)
    stores = [_MeetingStore(Neo4jStore.connect(NEO4J_URI), rendezvous) for _ in range(2)]
    same = [GraphBatch(claims=_claims(articles[0].id, a, b, 0, k)) for k in range(rounds)]
    try:
        _race(list(stores), [same, same])
    finally:
        for store in stores:
            store.close()
    relations = q.relations_by_ids(neo4j_store, [f"SUPPORTS:{a.id}:{b.id}", f"ALLIED_WITH:{a.id}:{b.id}"])
    assert {r.claims for r in relations.values()} == {rounds}  # each claim once, whoever wrote it first
    assert _edges(neo4j_store, a, b) == 2
