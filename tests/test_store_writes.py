"""Writing to every store: idempotence, atomic batches, and bad input refused clearly."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from conftest import unique
from pydantic import ValidationError

from actorgraph.errors import InputError, InvalidDate, StoreLocked, StoreUnavailable, UnknownRelationType
from actorgraph.graph import questions as q
from actorgraph.graph.model import Actor, Article, Claim, GraphBatch, RelationType


def small_batch(tag: str) -> GraphBatch:
    a, b = Actor(id=f"{tag}-a", name=f"Alpha {tag}"), Actor(id=f"{tag}-b", name=f"Beta {tag}")
    article = Article(id=f"{tag}-doc", source="Test", published="2024-01-02")
    claims = (
        Claim(article=article.id, type="SUPPORTS", subject=a.id, object=b.id, valid_from="2023", source="Test"),
        Claim(article=article.id, type="ALLIED_WITH", subject=b.id, object=a.id, valid_from="2023-05"),
    )
    return GraphBatch(actors=(a, b), articles=(article,), claims=claims)


def relations_of(store, actor_id: str) -> set[str]:
    return {r["id"] for r in store.query("neighbours", ids=[actor_id], types=[str(t) for t in RelationType],
                                         since=q.window(None)["since"], until=q.window(None)["until"])}


def test_writing_twice_changes_nothing(blank_store):
    batch = small_batch(unique("idem"))
    first = blank_store.write(batch)
    assert (first.claims_new, first.relations) == (2, 2)
    again = blank_store.write(batch)
    assert (again.claims_new, again.claims_existing, again.relations) == (0, 2, 0)
    a = batch.actors[0].id
    assert relations_of(blank_store, a) == {f"SUPPORTS:{a}:{batch.actors[1].id}",
                                             f"ALLIED_WITH:{a}:{batch.actors[1].id}"}
    relation = q.evidence(blank_store, f"SUPPORTS:{a}:{batch.actors[1].id}").relation
    assert relation.claims == 1


def test_claim_with_unknown_actor_writes_nothing(blank_store):
    tag = unique("atomic")
    good = small_batch(tag)
    stray = Claim(article=good.articles[0].id, type="ATTACKS", subject=good.actors[0].id, object=f"{tag}-ghost")
    bad = GraphBatch(actors=good.actors, articles=good.articles, claims=(*good.claims, stray))
    with pytest.raises(InputError, match=f"unknown actor '{tag}-ghost'"):
        blank_store.write(bad)
    assert blank_store.query("actors_existing", ids=[good.actors[0].id]) == []  # nothing half-written


def test_unknown_type_and_bad_dates_are_refused_naming_the_field():
    with pytest.raises(UnknownRelationType, match="type: 'FUNDS' is not a relation type"):
        Claim(article="x", type="FUNDS", subject="a", object="b")
    with pytest.raises(InvalidDate, match="valid_from: '2020-13-01' is not a calendar date"):
        Claim(article="x", type="SUPPORTS", subject="a", object="b", valid_from="2020-13-01")
    with pytest.raises(InvalidDate, match="valid_to: 'last spring'"):
        Claim(article="x", type="SUPPORTS", subject="a", object="b", valid_to="last spring")
    with pytest.raises(ValidationError, match="before valid_from"):
        Claim(article="x", type="SUPPORTS", subject="a", object="b", valid_from="2020", valid_to="2019")


def test_injected_cypher_is_refused_or_stored_as_text(blank_store):
    with pytest.raises(UnknownRelationType):
        Claim(article="x", type="SUPPORTS]->(x) DETACH DELETE x //", subject="a", object="b")
    with pytest.raises(ValidationError):
        Actor(id="x'}) MATCH (n) DETACH DELETE n //", name="x")
    tag = unique("inject")
    evil = f"Evil {tag}'}}) MATCH (n) DETACH DELETE n //"
    batch = small_batch(tag)
    actor = batch.actors[0].model_copy(update={"name": evil, "aliases": ("$x", "`x`")})
    blank_store.write(batch.model_copy(update={"actors": (actor, batch.actors[1])}))
    assert q.profile(blank_store, actor.id).name == evil
    assert q.resolve(blank_store, evil).id == actor.id
    assert blank_store.query("counts")[0]["actors"] >= 2  # nothing was deleted


def test_embedded_store_refuses_a_second_process(tmp_path):
    from actorgraph.graph.backends.embedded import EmbeddedStore

    path = tmp_path / "locked.lbug"
    holder = EmbeddedStore.open(path)
    holder.ensure_schema()
    script = (
        "from actorgraph.graph.backends.embedded import EmbeddedStore\n"
        "from actorgraph.errors import StoreLocked\n"
        f"try:\n    EmbeddedStore.open({str(path)!r})\nexcept StoreLocked as e:\n    print(e.message)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    import os

    assert f"is open in process {os.getpid()}" in out.stdout
    assert "--api" in out.stdout
    holder.close()
    assert StoreLocked.code == "store_locked"


def test_unreachable_neo4j_is_a_clear_error():
    from actorgraph.graph.backends.neo4j import Neo4jStore

    with pytest.raises(StoreUnavailable, match=r"127\.0\.0\.1:1 is not reachable"):
        Neo4jStore.connect("bolt://127.0.0.1:1")


def test_dates_render_at_their_precision():
    from actorgraph.graph.dates import format_partial

    day = dt.date(2015, 1, 1)
    assert [format_partial(day, p) for p in ("year", "month", "day", None)] == [
        "2015", "2015-01", "2015-01-01", "2015-01-01"]


def test_a_revised_article_keeps_only_its_new_mentions(blank_store):
    from actorgraph.graph.model import ActorMention

    tag = unique("revised")
    batch = small_batch(tag)
    a, b = (x.id for x in batch.actors)
    first = batch.articles[0].model_copy(update={"revision": "text-1"})
    blank_store.write(GraphBatch(actors=batch.actors, articles=(first,), mentions=(
        ActorMention(article=first.id, actor=a, names=("Alpha",)), ActorMention(article=first.id, actor=b))))
    edited = first.model_copy(update={"revision": "text-2"})
    blank_store.write(GraphBatch(articles=(edited,), mentions=(ActorMention(article=edited.id, actor=b, count=2),)))

    def mentioning(actor: str) -> list[tuple[str, int]]:
        rows = blank_store.query("articles_mentioning", actor=actor, after="", limit=10)
        return [(r["id"], r["count"]) for r in rows]

    assert mentioning(a) == []  # the new text no longer names Alpha
    assert mentioning(b) == [(first.id, 2)]
