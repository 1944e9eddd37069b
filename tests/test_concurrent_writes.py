"""Two Neo4j writers adding claims to the same relations at the same moment both count."""

from __future__ import annotations

import threading

from conftest import NEO4J_URI, unique

from actorgraph.graph import questions as q
from actorgraph.graph.backends.neo4j import Neo4jStore
from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch


def test_two_concurrent_writers_lose_no_claim(neo4j_store):
    tag = unique("race")
    a, b = Actor(id=f"{tag}-a", name="Alpha"), Actor(id=f"{tag}-b", name="Beta")
    articles = tuple(Article(id=f"{tag}-doc{w}", source=f"Paper {w}") for w in range(2))
    neo4j_store.write(GraphBatch(actors=(a, b), articles=articles))
    rounds = 15
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(w: int) -> None:
        store = Neo4jStore.connect(NEO4J_URI)
        try:
            for k in range(rounds):
                claims = tuple(
                    Claim(article=articles[w].id, type=type_, subject=a.id, object=b.id, confidence=0.5,
                          evidence=Evidence(sentence=f"Writer {w} round {k}.", start=k, end=k + 1))
                    for type_ in ("SUPPORTS", "ALLIED_WITH")
                )
                barrier.wait(timeout=30)  # both writers send their batch at the same moment
                store.write(GraphBatch(claims=claims))
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors
    relations = q.relations_by_ids(neo4j_store, [f"SUPPORTS:{a.id}:{b.id}", f"ALLIED_WITH:{a.id}:{b.id}"])
    assert {r.claims for r in relations.values()} == {2 * rounds}
    assert {r.sources for r in relations.values()} == {2}
    edges = neo4j_store.run_read(
        "MATCH (:Actor {id: $a})-[e]-(:Actor {id: $b}) RETURN count(e) AS n", {"a": a.id, "b": b.id}
    )
    assert edges[0]["n"] == 2  # one edge per type, never two created side by side
