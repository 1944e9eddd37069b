"""Sources that change: retracted articles take their claims with them, an edited article (or a
newer ACLED row) replaces its claims, and every touched relation is recomputed or removed."""

from __future__ import annotations

from conftest import unique

from actorgraph.graph import questions as q
from actorgraph.graph.aggregate import aggregate
from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch, RelationType, relation_id
from actorgraph.graph.writing import claim_row


def claim(article: Article, type_: str, s: Actor, o: Actor, k: int, **extra) -> Claim:
    return Claim(article=article.id, type=type_, subject=s.id, object=o.id, confidence=0.6,
                 evidence=Evidence(sentence=f"Sentence {k}.", start=k, end=k + 1), **extra)


def setup(store, tag: str):
    a, b, c = (Actor(id=f"{tag}-{x}", name=f"Group {x} {tag}") for x in "abc")
    one = Article(id=f"{tag}-one", source="Wire", published="2020-01-01", revision="hash-1")
    two = Article(id=f"{tag}-two", source="Paper", published="2021-06-01")
    claims = (
        claim(one, "SUPPORTS", a, b, 1, valid_from="2015"), claim(two, "SUPPORTS", a, b, 2, valid_from="2018"),
        claim(one, "ATTACKS", c, a, 3, valid_from="2019-03-02"),
    )
    store.write(GraphBatch(actors=(a, b, c), articles=(one, two), claims=claims))
    return (a, b, c), (one, two), claims


def props(store, rid: str):
    found = q.relations_by_ids(store, [rid])
    return found.get(rid)


def test_retracting_an_article_recomputes_or_removes_its_relations(blank_store):
    (a, b, c), (one, two), claims = setup(blank_store, unique("retract"))
    result = blank_store.retract([one.id])
    assert (result.claims_retracted, result.relations_removed) == (2, 1)
    supports = props(blank_store, relation_id(RelationType.SUPPORTS, a.id, b.id))
    want = aggregate(claims[1].type, a.id, b.id, [claim_row(claims[1], two.source)])
    assert (supports.claims, supports.valid_from, supports.sources) == (1, want["valid_from"], 1)
    assert props(blank_store, relation_id(RelationType.ATTACKS, c.id, a.id)) is None
    assert blank_store.query("articles_existing", ids=[one.id]) == []
    assert blank_store.query("claims_existing", ids=[x.id for x in claims]) == [{"id": claims[1].id}]
    blank_store.retract([two.id])  # the last claim goes: so does the relation
    assert props(blank_store, relation_id(RelationType.SUPPORTS, a.id, b.id)) is None
    assert blank_store.retract([two.id]).claims_retracted == 0  # idempotent


def test_an_edited_article_replaces_its_claims(blank_store):
    (a, b, c), (one, two), claims = setup(blank_store, unique("edit"))
    edited = one.model_copy(update={"revision": "hash-2"})
    new = claim(edited, "SUPPORTS", a, b, 7, valid_from="2016")
    result = blank_store.write(GraphBatch(articles=(edited,), claims=(new,)))
    assert (result.claims_retracted, result.claims_new, result.relations_removed) == (2, 1, 1)
    stored = blank_store.query("claims_existing", ids=[x.id for x in (*claims, new)])
    assert {r["id"] for r in stored} == {claims[1].id, new.id}
    supports = props(blank_store, relation_id(RelationType.SUPPORTS, a.id, b.id))
    want = aggregate(new.type, a.id, b.id, [claim_row(claims[1], two.source), claim_row(new, edited.source)])
    assert (supports.claims, supports.valid_from, supports.confidence) == (2, want["valid_from"], want["confidence"])
    assert props(blank_store, relation_id(RelationType.ATTACKS, c.id, a.id)) is None
    again = blank_store.write(GraphBatch(articles=(edited,), claims=(new,)))  # same revision: no-op
    assert (again.claims_retracted, again.claims_new) == (0, 0)


def test_a_newer_dataset_row_replaces_and_an_older_one_is_skipped(blank_store):
    tag = unique("acled")
    a, b = Actor(id=f"{tag}-a", name="Alpha"), Actor(id=f"{tag}-b", name="Beta")
    event = Article(id=f"{tag}-event", source="ACLED", published="2022-02-02", revision="1700000000")
    first = claim(event, "ATTACKS", a, b, 1, valid_from="2022-02-02")
    blank_store.write(GraphBatch(actors=(a, b), articles=(event,), claims=(first,)))
    newer = event.model_copy(update={"revision": "1700000500"})
    moved = claim(newer, "ATTACKS", b, a, 1, valid_from="2022-02-03")
    assert blank_store.write(GraphBatch(articles=(newer,), claims=(moved,))).claims_retracted == 1
    older = event.model_copy(update={"revision": "1600000000"})
    skipped = blank_store.write(GraphBatch(articles=(older,), claims=(first,)))
    assert (skipped.articles_outdated, skipped.claims_new) == (1, 0)
    assert props(blank_store, relation_id(RelationType.ATTACKS, a.id, b.id)) is None
    assert props(blank_store, relation_id(RelationType.ATTACKS, b.id, a.id)).claims == 1
