"""The one write procedure both stores run, inside one transaction per batch.

1. validate: every claim's actors and article are in the batch or already stored;
2. upsert actors and articles, lock the endpoints of every relation the claims touch (Neo4j:
   concurrent writers to one relation queue up instead of losing each other's claims);
3. insert the claims not stored yet (a stored claim is a no-op);
4. update the aggregated relation of every (type, source, target) that gained a claim: load its
   stored :class:`RelationState` (``state`` property), fold in only the new claims and write
   ``props()`` and the new state. A relation stored without a state (written by an older
   version) is recomputed from all its claims once, and then carries one.

A batch therefore costs what its claims cost, not what the touched relations already hold.

A store supplies ``run(name, params, rel_type=None) -> rows`` bound to its open transaction,
so an error anywhere rolls the whole batch back: nothing is half-written. Backend speedups
(LadybugDB's COPY for large row lists) live behind ``run`` in the store.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel

from actorgraph.errors import InputError
from actorgraph.graph.aggregate import RelationState
from actorgraph.graph.model import (
    Actor,
    ActorKind,
    ActorMention,
    Article,
    Claim,
    GraphBatch,
    RelationType,
    merge_actors,
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
    claims_retracted: int = 0  # claims of replaced (or retracted) source versions removed
    relations_removed: int = 0  # relations whose last claim went
    articles_outdated: int = 0  # articles skipped: the store holds a newer revision

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
        "founded": _iso(actor.founded), "founded_precision": _str(actor.founded_precision),
        "dissolved": _iso(actor.dissolved), "dissolved_precision": _str(actor.dissolved_precision),
        "search": search_text(actor),
        # Neo4j only: the kind label, and the other kinds' labels to remove (from the enum, never input)
        "label": actor.kind.label, "stale_labels": [k.label for k in ActorKind if k is not actor.kind],
    }


def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "title": article.title, "url": article.url, "source": article.source,
        "published": _iso(article.published), "language": article.language, "revision": article.revision,
    }


def claim_row(claim: Claim, source: str | None, *, id_: str | None = None) -> dict[str, Any]:
    """The stored properties of ``claim`` (``id_``: its id, when the caller has computed it)."""
    subject, object_ = claim.endpoints
    type_ = claim.type
    return {
        "id": id_ or claim.id, "relation": f"{type_}:{subject}:{object_}", "type": str(type_),
        "subject": subject, "object": object_,
        "valid_from": _iso(claim.valid_from), "valid_from_precision": _str(claim.valid_from_precision),
        "valid_to": _iso(claim.valid_to), "valid_to_precision": _str(claim.valid_to_precision),
        "observed": _iso(claim.observed), "observed_precision": _str(claim.observed_precision),
        "episodic": claim.episodic,
        "ended": claim.ended, "sentence": claim.evidence.sentence, "span_start": claim.evidence.start,
        "span_end": claim.evidence.end, "article": claim.article,
        "source": claim.source or source or claim.article, "extractor": claim.extractor,
        "confidence": claim.confidence, "hedged": claim.hedged, "reported": _iso(claim.reported),
        "attributes": json.dumps(claim.attributes, sort_keys=True, default=str),
    }


def write_batch(run: Runner, batch: GraphBatch) -> WriteResult:
    """Validate and write ``batch`` through ``run`` (bound to one open transaction).

    Two reads whatever the batch holds: ``stored_references`` (its articles and actors) before
    the writes, ``claims_and_states`` (its claims, and its relations with their states, every type
    at once) after ``lock_actors``; Neo4j sends the writes between them along with the second.
    """
    actors = merge_actors(batch.actors)
    articles = {a.id: a for a in batch.articles}
    claims = {c.id: c for c in batch.claims}
    stored_articles, stored_actors = _stored_references(run, actors, articles, claims.values(), batch.mentions)
    _check_references(run, actors, articles, claims.values(), stored_articles, stored_actors)
    replaced, outdated = _revisions(articles, stored_articles)
    if outdated:  # the store holds a newer version of these documents: keep it
        articles = {i: a for i, a in articles.items() if i not in outdated}
        claims = {i: c for i, c in claims.items() if c.article not in outdated}
    retracted = WriteResult()
    if replaced:  # a revised document: its old claims and mentions go, the new ones come
        retracted = retract_articles(run, replaced, drop=False)
        run("delete_mentions", {"ids": sorted(replaced)})
    mentions = check_mentions(run, actors, articles, [m for m in batch.mentions if m.article not in outdated],
                              stored_articles, stored_actors)

    if actors:  # ``stored``: the ids already there (LadybugDB updates those and creates the others)
        run("upsert_actors", {"rows": [actor_row(a) for a in actors.values()],
                              "stored": sorted(actors.keys() & stored_actors)})
    if articles:
        run("upsert_articles", {"rows": [article_row(a) for a in articles.values()],
                                "stored": sorted(articles.keys() & stored_articles.keys())})
    if claims:
        run("lock_actors", {"ids": sorted({x for c in claims.values() for x in c.endpoints})})
    write_mentions(run, mentions)
    stored, states = _claims_and_states(run, claims.values()) if claims else (set(), {})
    new = {i: c for i, c in claims.items() if i not in stored}
    relations = 0
    if new:
        sources = {a.id: a.source for a in articles.values()} | {
            i: row["source"] for i, row in stored_articles.items() if i not in articles}
        rows = [claim_row(c, sources.get(c.article), id_=i) for i, c in new.items()]
        run("insert_claims", {"rows": rows})
        relations = update_relations(run, rows, states)
    return retracted + WriteResult(
        actors=len(actors), articles=len(articles), claims_new=len(new),
        claims_existing=len(stored), relations=relations, articles_outdated=len(outdated),
    )


def _stored_references(run: Runner, actors: dict[str, Actor], articles: dict[str, Article],
                       claims: Iterable[Claim], mentions: Iterable[ActorMention],
                       ) -> tuple[dict[str, dict[str, Any]], set[str]]:
    """The stored rows (id, source, revision) of every article the batch names, and the stored ids
    among every actor it names (its own, its claims' and mentions'), in one query."""
    claims, mentions = list(claims), list(mentions)
    article_ids = set(articles) | {c.article for c in claims} | {m.article for m in mentions}
    actor_ids = set(actors) | {x for c in claims for x in (c.subject, c.object)} | {m.actor for m in mentions}
    if not (article_ids or actor_ids):
        return {}, set()
    rows = run("stored_references", {"articles": sorted(article_ids), "actors": sorted(actor_ids)})
    return ({r["id"]: r for r in rows if r["kind"] == "article"},
            {r["id"] for r in rows if r["kind"] == "actor"})


def _claims_and_states(run: Runner, claims: Iterable[Claim]) -> tuple[set[str], dict[RelationKey, str | None]]:
    """The stored ids among ``claims``, and the stored relations among theirs with their ``state``
    text (None: stored without one), in one query (``claims_and_states``)."""
    claims = list(claims)
    keys = {(c.type, *c.endpoints) for c in claims}
    ids = {relation_id(*k): k for k in keys}
    by_type: dict[str, list[str]] = defaultdict(list)
    for id_, key in sorted(ids.items()):
        by_type[str(key[0])].append(id_)
    rows = run("claims_and_states", {"claims": [c.id for c in claims], "ids": sorted(ids), "relations": by_type})
    return ({r["id"] for r in rows if r["kind"] == "claim"},
            {ids[r["id"]]: r["state"] for r in rows if r["kind"] == "relation"})


# -- mentions (xact): (:Article)-[:MENTIONS]->(:Actor) for every actor an article names ----------
def check_mentions(run: Runner, actors: dict[str, Actor], articles: dict[str, Article],
                   mentions: Iterable[ActorMention], stored_articles: dict[str, Any] | None = None,
                   stored_actors: set[str] | None = None) -> list[ActorMention]:
    """The batch's mentions, one per (article, actor), after checking both ends exist (batch or store).

    ``stored_articles``, ``stored_actors``: the stored ones among those named, when the caller has read them.
    """
    unique = list({(m.article, m.actor): m for m in mentions}.values())
    named_actors = {m.actor for m in unique} - actors.keys()
    wanted_actors = (named_actors - stored_actors if stored_actors is not None
                     else _absent(run, "actors_existing", named_actors))
    named = {m.article for m in unique} - articles.keys()
    wanted_articles = (named - stored_articles.keys() if stored_articles is not None
                       else _absent(run, "articles_existing", named))
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


def _revisions(articles: dict[str, Article], stored: dict[str, dict[str, Any]]) -> tuple[set[str], set[str]]:
    """The batch's articles whose stored revision differs: (to replace, older than the stored one).

    Revisions of digits only (dataset timestamps) are ordered: an older one is skipped, not
    written over the newer. Others (text hashes) are replaced whenever they differ.
    """
    revised = {i: a.revision for i, a in articles.items() if a.revision and i in stored}
    replaced, outdated = set(), set()
    for id_, new in revised.items():
        old = stored[id_]["revision"]
        if not old or old == new:
            continue
        if old.isdigit() and new.isdigit() and int(new) < int(old):
            outdated.add(id_)
        else:
            replaced.add(id_)
    return replaced, outdated


def retract_articles(run: Runner, article_ids: Iterable[str], *, drop: bool = True) -> WriteResult:
    """Remove every claim of ``article_ids`` (and, with ``drop``, the articles themselves).

    Each relation that loses a claim is recomputed from the claims it keeps, and removed when
    none is left. Runs inside the caller's transaction.
    """
    ids = sorted(set(article_ids))
    claims = run("claims_of_articles", {"ids": ids}) if ids else []
    keys = {_key(row) for row in claims}
    if keys:
        run("lock_actors", {"ids": sorted({x for _, s, o in keys for x in (s, o)})})
        run("delete_claims", {"ids": [row["id"] for row in claims]})
    states = recompute(run, keys)
    write_states(run, states, existing=keys)
    gone = keys - states.keys()
    by_type: dict[RelationType, list[RelationKey]] = defaultdict(list)
    for key in gone:
        by_type[key[0]].append(key)
    if gone:  # every type (empty lists for the others), so the queries sent are always the same
        for type_ in RelationType:
            run("delete_relations", claims_of_relations_params(by_type.get(type_, [])), rel_type=type_)
    if drop and ids:
        run("delete_articles", {"ids": ids})
    return WriteResult(claims_retracted=len(claims), relations=len(states), relations_removed=len(gone))


def _check_references(run: Runner, actors: dict[str, Actor], articles: dict[str, Article],
                      claims: Iterable[Claim], stored_articles: dict[str, Any], stored_actors: set[str]) -> None:
    claims = list(claims)
    wanted_actors = {x for c in claims for x in (c.subject, c.object)} - actors.keys() - stored_actors
    wanted_articles = {c.article for c in claims} - articles.keys() - stored_articles.keys()
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


def claims_of_relations_params(keys: Iterable[tuple[RelationType, str, str]]) -> dict[str, list[Any]]:
    """Parameters of ``claims_of_relations`` for relations given as (type, source, target)."""
    rows = [{"id": relation_id(t, s, o), "type": str(t), "source": s, "target": o} for t, s, o in sorted(keys)]
    return {"keys": rows, "ids": [k["id"] for k in rows], "sources": sorted({k["source"] for k in rows})}


RelationKey = tuple[RelationType, str, str]


def _key(row: dict[str, Any]) -> RelationKey:
    return RelationType(row["type"]), row["subject"], row["object"]


def update_relations(run: Runner, added: list[dict[str, Any]], stored: dict[RelationKey, str | None]) -> int:
    """Fold the claim rows ``added`` (just inserted) into their relations' stored states.

    ``stored``: the stored relations among theirs (or more) with their ``state`` text (None: stored
    without one), as ``claims_and_states`` read them. Returns how many relations were written.
    """
    grouped: dict[RelationKey, list[dict[str, Any]]] = defaultdict(list)
    for row in added:
        grouped[_key(row)].append(row)
    stored = {k: v for k, v in stored.items() if k in grouped}
    states: dict[RelationKey, RelationState] = {}
    missing = [k for k in grouped if k in stored and stored[k] is None]
    states |= recompute(run, missing)  # stored before states existed: every claim, once
    for key, rows in grouped.items():
        if key in states:
            continue
        text = stored.get(key)
        states[key] = (RelationState.load(*key, text) if text else RelationState(*key)).add(rows)
    write_states(run, states, existing=set(stored))
    return len(states)


def recompute(run: Runner, keys: Iterable[RelationKey]) -> dict[RelationKey, RelationState]:
    """The states of ``keys`` folded from all their stored claims (relations without claims absent)."""
    keys = list(keys)
    if not keys:
        return {}
    states: dict[RelationKey, RelationState] = {}
    for row in run("claims_of_relations", claims_of_relations_params(keys)):
        key = (RelationType(row["type"]), row["source"], row["target"])
        state = states.get(key) or states.setdefault(key, RelationState(*key))
        state.add([{**row, "source": row["source_name"]}])
    return states


def write_states(run: Runner, states: dict[RelationKey, RelationState], *, existing: set[RelationKey]) -> None:
    """Write the relations of ``states``: update those in ``existing``, create the others.

    First ``clear_relations`` for the stored ones, all types at once (LadybugDB deletes them, to
    create them again; Neo4j has nothing to do). Then ``write_relations`` for every type, its stored
    and its new relations apart, a type the batch does not touch with empty lists (LadybugDB runs
    nothing for it), so the queries a batch sends are always the same: Neo4j joins them into one
    text that the server plans once.
    """
    stored: dict[RelationType, list[dict[str, Any]]] = defaultdict(list)
    new: dict[RelationType, list[dict[str, Any]]] = defaultdict(list)
    for key, state in states.items():
        props = {k: _iso(v) if hasattr(v, "isoformat") else v for k, v in state.props().items()}
        (stored if key in existing else new)[key[0]].append({**props, "state": state.dump()})
    if stored:
        rows = [r for type_rows in stored.values() for r in type_rows]
        run("clear_relations", {"ids": sorted(r["id"] for r in rows), "sources": sorted({r["source"] for r in rows})})
    if states:
        for type_ in RelationType:
            run("write_relations", {"stored": stored.get(type_, []), "new": new.get(type_, [])}, rel_type=type_)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _str(value: Any) -> str | None:
    return str(value) if value is not None else None
