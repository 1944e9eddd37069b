"""The one write procedure both stores run, inside one transaction per batch.

1. validate: every claim's actors and article are in the batch or already stored;
2. upsert actors and articles, insert the claims not stored yet (a stored claim is a no-op);
3. recompute the aggregated relation of every (type, source, target) that gained a claim.

A store supplies ``run(name, params, rel_type=None) -> rows`` bound to its open transaction,
so an error anywhere rolls the whole batch back: nothing is half-written.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel

from actorgraph.errors import InputError
from actorgraph.graph.aggregate import aggregate
from actorgraph.graph.model import (
    Actor,
    ActorKind,
    ActorMention,
    Article,
    Claim,
    GraphBatch,
    RelationType,
    relation_id,
)
from actorgraph.graph.names import normalize

Runner = Callable[..., list[dict[str, Any]]]


class WriteResult(BaseModel):
    """What one write changed."""

    actors: int = 0
    articles: int = 0
    claims_new: int = 0
    claims_existing: int = 0
    relations: int = 0

    def __add__(self, other: WriteResult) -> WriteResult:
        return WriteResult(**{k: getattr(self, k) + getattr(other, k) for k in type(self).model_fields})


def search_text(actor: Actor) -> str:
    """``|name|alias|...|`` normalised, for substring search on both stores."""
    keys = dict.fromkeys(normalize(n) for n in (actor.name, actor.id.replace("-", " "), *actor.aliases))
    return "|" + "|".join(k for k in keys if k) + "|"


def actor_row(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id, "name": actor.name, "kind": str(actor.kind), "aliases": list(actor.aliases),
        "wikidata": actor.wikidata, "country": actor.country, "description": actor.description,
        "search": search_text(actor),
        # Neo4j only: the kind label, and the other kinds' labels to remove (from the enum, never input)
        "label": actor.kind.label, "stale_labels": [k.label for k in ActorKind if k is not actor.kind],
    }


def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "title": article.title, "url": article.url, "source": article.source,
        "published": _iso(article.published), "language": article.language,
    }


def claim_row(claim: Claim, source: str | None) -> dict[str, Any]:
    subject, object_ = claim.endpoints
    return {
        "id": claim.id, "relation": claim.relation_id, "type": str(claim.type), "subject": subject, "object": object_,
        "valid_from": _iso(claim.valid_from), "valid_from_precision": _str(claim.valid_from_precision),
        "valid_to": _iso(claim.valid_to), "valid_to_precision": _str(claim.valid_to_precision),
        "ended": claim.ended, "sentence": claim.evidence.sentence, "span_start": claim.evidence.start,
        "span_end": claim.evidence.end, "article": claim.article,
        "source": claim.source or source or claim.article, "extractor": claim.extractor,
        "confidence": claim.confidence, "hedged": claim.hedged, "reported": _iso(claim.reported),
        "attributes": json.dumps(claim.attributes, sort_keys=True, default=str),
    }


def write_batch(run: Runner, batch: GraphBatch) -> WriteResult:
    """Validate and write ``batch`` through ``run`` (bound to one open transaction)."""
    actors = {a.id: a for a in batch.actors}
    articles = {a.id: a for a in batch.articles}
    claims = {c.id: c for c in batch.claims}
    _check_references(run, actors, articles, claims.values())
    mentions = check_mentions(run, actors, articles, batch.mentions)

    if actors:
        run("upsert_actors", {"rows": [actor_row(a) for a in actors.values()]})
    if articles:
        run("upsert_articles", {"rows": [article_row(a) for a in articles.values()]})
    write_mentions(run, mentions)
    stored = {r["id"] for r in run("claims_existing", {"ids": list(claims)})} if claims else set()
    new = [c for c in claims.values() if c.id not in stored]
    relations = 0
    if new:
        sources = _article_sources(run, articles, new)
        run("insert_claims", {"rows": [claim_row(c, sources.get(c.article)) for c in new]})
        relations = _recompute(run, {(c.type, *c.endpoints) for c in new})
    return WriteResult(
        actors=len(actors), articles=len(articles), claims_new=len(new),
        claims_existing=len(stored), relations=relations,
    )


# -- mentions (xact): (:Article)-[:MENTIONS]->(:Actor) for every actor an article names ----------
def check_mentions(run: Runner, actors: dict[str, Actor], articles: dict[str, Article],
                   mentions: Iterable[ActorMention]) -> list[ActorMention]:
    """The batch's mentions, one per (article, actor), after checking both ends exist (batch or store)."""
    unique = list({(m.article, m.actor): m for m in mentions}.values())
    wanted_actors = _absent(run, "actors_existing", {m.actor for m in unique} - actors.keys())
    wanted_articles = _absent(run, "articles_existing", {m.article for m in unique} - articles.keys())
    for m in unique:
        if m.actor in wanted_actors or m.article in wanted_articles:
            missing = m.actor if m.actor in wanted_actors else m.article
            raise InputError(f"mention of {m.actor!r} in {m.article!r} names unknown {missing!r}; add it to the "
                             "batch first", where=f"mention of article {m.article}")
    return unique


def _absent(run: Runner, query: str, ids: set[str]) -> set[str]:
    """The ``ids`` the store does not hold (``actors_existing`` / ``articles_existing``)."""
    return ids - {r["id"] for r in run(query, {"ids": sorted(ids)})} if ids else set()


def write_mentions(run: Runner, mentions: list[ActorMention]) -> None:
    """Create or update the MENTIONS edges (``cypher/upsert_mentions.cypher``)."""
    if mentions:
        run("upsert_mentions", {"rows": [{"article": m.article, "actor": m.actor, "count": m.count,
                                          "names": list(m.names)} for m in mentions]})


def _check_references(
    run: Runner, actors: dict[str, Actor], articles: dict[str, Article], claims: Iterable[Claim]
) -> None:
    claims = list(claims)
    wanted_actors = _absent(run, "actors_existing", {x for c in claims for x in (c.subject, c.object)} - actors.keys())
    wanted_articles = _absent(run, "articles_existing", {c.article for c in claims} - articles.keys())
    for claim in claims:
        missing = [x for x in (claim.subject, claim.object) if x in wanted_actors]
        if missing:
            raise InputError(
                f"claim {claim.type} {claim.subject} -> {claim.object} names unknown actor "
                f"{missing[0]!r}; add the actor to the batch first",
                where=f"claim of article {claim.article}",
            )
        if claim.article in wanted_articles:
            raise InputError(f"unknown article {claim.article!r}", where="claim.article")


def _article_sources(run: Runner, articles: dict[str, Article], claims: list[Claim]) -> dict[str, str | None]:
    sources = {a.id: a.source for a in articles.values()}
    others = sorted({c.article for c in claims} - sources.keys())
    if others:
        sources |= {r["id"]: r["source"] for r in run("articles_existing", {"ids": others})}
    return sources


def claims_of_relations_params(keys: Iterable[tuple[RelationType, str, str]]) -> dict[str, list]:
    """Parameters of ``claims_of_relations`` for relations given as (type, source, target)."""
    rows = [{"id": relation_id(t, s, o), "type": str(t), "source": s, "target": o} for t, s, o in sorted(keys)]
    return {"keys": rows, "ids": [k["id"] for k in rows], "sources": sorted({k["source"] for k in rows})}


def _recompute(run: Runner, keys: set[tuple[RelationType, str, str]]) -> int:
    rows = run("claims_of_relations", claims_of_relations_params(keys))
    grouped: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for row in rows:
        grouped[(row["type"], row["source"], row["target"])].append(
            {**row, "source": row["source_name"]}
        )
    by_type: dict[RelationType, list[dict]] = defaultdict(list)
    for (type_name, source, target), claim_rows in grouped.items():
        type_ = RelationType(type_name)
        props = aggregate(type_, source, target, claim_rows)
        by_type[type_].append({k: _iso(v) if hasattr(v, "isoformat") else v for k, v in props.items()})
    for type_, relation_rows in by_type.items():
        run("upsert_relations", {"rows": relation_rows}, rel_type=type_)
    return sum(len(v) for v in by_type.values())


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _str(value: Any) -> str | None:
    return str(value) if value is not None else None
