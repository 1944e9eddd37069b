"""Relations keep their aggregate state and take new claims incrementally: random histories
written in random batches give exactly what one full recompute of all their claims gives."""

from __future__ import annotations

import datetime as dt
import random

from conftest import unique

from actorgraph.graph import questions as q
from actorgraph.graph.aggregate import aggregate
from actorgraph.graph.backends import embedded
from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch, RelationType, relation_id
from actorgraph.graph.writing import claim_row

FIELDS = ("valid_from", "valid_to", "valid_from_precision", "valid_to_precision", "ended",
          "first_reported", "last_reported", "claims", "sources")


def random_history(tag: str, rng: random.Random, n: int,
                   n_actors: int = 4) -> tuple[list[Actor], list[Article], list[Claim]]:
    actors = [Actor(id=f"{tag}-{i}", name=f"Group {i} {tag}") for i in range(n_actors)]
    articles = [
        Article(id=f"{tag}-doc{i}", source=rng.choice(["Wire", "Paper", None]),
                published=dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000)))
        for i in range(6)
    ]
    claims = []
    for k in range(n):
        type_ = rng.choice(list(RelationType))
        s, o = rng.sample(actors, 2)
        start = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(4000))
        end = start + dt.timedelta(days=rng.randrange(900)) if rng.random() < 0.3 and not type_.event_like else None
        article = rng.choice(articles)
        claims.append(Claim(
            article=article.id, type=type_, subject=s.id, object=o.id,
            valid_from=start if rng.random() < 0.8 else None, valid_from_precision=rng.choice(["day", "month", "year"]),
            valid_to=end, valid_to_precision="day" if end else None, ended=rng.random() < 0.15,
            evidence=Evidence(sentence=f"Sentence {k} of {tag}.", start=k, end=k + 5),
            confidence=rng.choice([0.4, 0.6, 0.9]), source=rng.choice([None, "ACLED"]),
            reported=article.published if rng.random() < 0.8 else None,
        ))
    return actors, articles, claims


def expected(articles: list[Article], claims: list[Claim]) -> dict[str, dict]:
    sources = {a.id: a.source for a in articles}
    rows: dict[tuple, list[dict]] = {}
    for claim in {c.id: c for c in claims}.values():
        row = claim_row(claim, sources[claim.article])
        rows.setdefault((claim.type, row["subject"], row["object"]), []).append(row)
    return {relation_id(*key): aggregate(*key, r) for key, r in rows.items()}


def stored(store, ids) -> dict[str, dict]:
    return {i: {f: getattr(r, f) for f in FIELDS} | {"confidence": round(r.confidence, 4)}
            for i, r in q.relations_by_ids(store, ids).items()}


def test_random_batches_equal_one_full_recompute(blank_store):
    rng = random.Random(13)
    for round_ in range(3):
        tag = unique(f"incr{round_}")
        actors, articles, claims = random_history(tag, rng, 60)
        blank_store.write(GraphBatch(actors=tuple(actors), articles=tuple(articles)))
        written = []
        while len(written) < len(claims):
            size = rng.choice([1, 2, 5, 13])
            # batches overlap: some claims are written again (no-ops), in any order
            batch = claims[len(written): len(written) + size] + rng.sample(written, min(len(written), 2))
            blank_store.write(GraphBatch(claims=tuple(batch)))
            written += claims[len(written): len(written) + size]
        want = {i: {f: p[f] for f in FIELDS} | {"confidence": p["confidence"]}
                for i, p in expected(articles, claims).items()}
        assert stored(blank_store, want) == want


def test_small_batches_after_a_large_load_equal_one_full_recompute(blank_store, monkeypatch):
    """Embedded: statements keep one plan for batches above ``LARGE_ROWS`` rows and one for the
    others (lowered here so a 200-claim load is large); small batches written after a large load,
    a second large one between them and a retraction give what one full recompute gives."""
    monkeypatch.setattr(embedded, "LARGE_ROWS", 20)
    rng = random.Random(29)
    tag = unique("plans")
    actors, articles, claims = random_history(tag, rng, 400, n_actors=12)
    blank_store.write(GraphBatch(actors=tuple(actors), articles=tuple(articles), claims=tuple(claims[:200])))
    for start in (200, 300):
        for at in range(start, start + 70, 7):  # small batches, with two claims sent again
            blank_store.write(GraphBatch(claims=(*claims[at: at + 7], *rng.sample(claims[:at], 2))))
        if start == 200:  # a large batch between the small ones
            blank_store.write(GraphBatch(claims=tuple(claims[270:300])))
    kept = claims[:370]
    want = {i: {f: p[f] for f in FIELDS} | {"confidence": p["confidence"]} for i, p in expected(articles, kept).items()}
    assert stored(blank_store, want) == want
    gone = articles[0].id
    blank_store.retract([gone])
    left = [c for c in kept if c.article != gone]
    want = {i: {f: p[f] for f in FIELDS} | {"confidence": p["confidence"]} for i, p in expected(articles, left).items()}
    touched = {relation_id(c.type, *c.endpoints) for c in kept}
    assert stored(blank_store, touched) == want
    if blank_store.backend == "embedded":  # both sizes ran on plans of their own
        assert {large for _, large in blank_store._local.prepared} == {False, True}


def test_a_relation_stored_without_state_is_recomputed_once(blank_store):
    rng = random.Random(5)
    tag = unique("nostate")
    actors, articles, claims = random_history(tag, rng, 30)
    blank_store.write(GraphBatch(actors=tuple(actors), articles=tuple(articles), claims=tuple(claims[:20])))
    _forget_states(blank_store, [a.id for a in actors])
    before = {(c.type, *c.endpoints) for c in claims[:20]}
    ids = sorted(relation_id(*k) for k in before)
    by_type = {str(t): [i for i in ids if i.startswith(f"{t}:")] for t in RelationType}
    rows = blank_store.query("claims_and_states", claims=[], ids=ids, relations=by_type)
    assert sorted(r["id"] for r in rows) == ids and all(r["state"] is None for r in rows)
    blank_store.write(GraphBatch(claims=tuple(claims[20:])))
    want = expected(articles, claims)
    touched = {relation_id(c.type, *c.endpoints) for c in claims[20:]}
    got = stored(blank_store, touched)
    assert got == {i: {f: want[i][f] for f in FIELDS} | {"confidence": want[i]["confidence"]} for i in touched}


def _forget_states(store, actor_ids: list[str]) -> None:
    """Null the relations' ``state``, as a store written by an older version holds them."""
    statement = "MATCH (s:Actor)-[e]->(:Actor) WHERE s.id IN $ids SET e.state = NULL"
    if store.backend == "neo4j":
        with store._driver.session() as session:
            session.run(statement, ids=actor_ids).consume()
    else:  # LadybugDB reads the states from the RelationState nodes
        store._connection().execute(statement, {"ids": actor_ids})
        store._connection().execute("MATCH (s:Actor)-[e]->(:Actor) WHERE s.id IN $ids "
                                    "MATCH (x:RelationState {id: e.id}) SET x.state = NULL", {"ids": actor_ids})
