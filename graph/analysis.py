"""Questions over the whole graph: the edge list, what changed between two dates, blocs.

Like :mod:`actorgraph.graph.questions`, each function takes a store and returns a typed result;
the API, the CLI and diagrams call them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Literal

from pydantic import BaseModel, Field

from actorgraph.errors import InputError
from actorgraph.graph.model import Relation, RelationType
from actorgraph.graph.questions import actors_by_ids, relation_from_row, relation_types, resolve
from actorgraph.graph.results import ActorProfile, ActorRef
from actorgraph.graph.store import Store, window

MAX_PAGE = 1000
# An episodic tie (two actors co-listed in event rows) is an observation of a moment, not a
# lasting relation: in blocs it weighs half a lasting relation of the same confidence.
EPISODIC_WEIGHT = 0.5
MAX_OFFSET = 1_000_000  # deepest page of the edge list; keyset-paged exports read the whole graph
# Sign of each relation type in the signed graph of blocs: cooperation binds, attacks divide,
# a ceasefire is between adversaries and says nothing about camps.
SIGNS: dict[RelationType, int] = {
    RelationType.SUPPORTS: 1, RelationType.ALLIED_WITH: 1, RelationType.AFFILIATE_OF: 1,
    RelationType.SUCCESSOR_OF: 1, RelationType.ATTACKS: -1, RelationType.CEASEFIRE_WITH: 0,
}


class RelationPage(BaseModel):
    """One page of the edge list; ``next_offset`` is null on the last page."""

    relations: list[Relation]
    offset: int
    limit: int
    next_offset: int | None = None


class ActorDetail(ActorProfile):
    """An actor with counts and its relations grouped by type."""

    counts: dict[str, int] = Field(default_factory=dict)
    relations: dict[str, list[Relation]] = Field(default_factory=dict)


class Change(BaseModel):
    kind: Literal["began", "ended", "first_attack"]
    date: dt.date
    relation: Relation


class Changes(BaseModel):
    since: dt.date
    until: dt.date
    changes: list[Change]
    actors: list[ActorRef] = []


class Bloc(BaseModel):
    members: list[ActorRef]
    relations: list[Relation]  # the cooperative relations binding the bloc


class Blocs(BaseModel):
    as_of: dt.date | None = None
    window_days: int = 365
    blocs: list[Bloc]
    across: list[Relation]  # relations between actors of different blocs
    frustration: float  # weight of attacks inside blocs plus cooperation across them


def _check_confidence(value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise InputError("min_confidence must be between 0 and 1", where="min_confidence")


def relations(
    store: Store,
    *,
    source: str | None = None,
    target: str | None = None,
    types: list[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_confidence: float = 0.0,
    offset: int = 0,
    limit: int = 100,
) -> RelationPage:
    """The relations (edges) matching the filters, in id order, one page at a time.

    A relation is kept when it was active at some time in [``since``, ``until``] (either may be
    left open). ``source`` and ``target`` accept names as well as ids.

    Examples
    --------
    >>> relations(store, source="Russia", types=["SUPPORTS"]).relations[0].id  # doctest: +SKIP
    'SUPPORTS:russia:syrian-government'
    """
    _check_confidence(min_confidence)
    if not 1 <= limit <= MAX_PAGE:
        raise InputError(f"limit must be between 1 and {MAX_PAGE}", where="limit")
    if not 0 <= offset <= MAX_OFFSET:
        raise InputError(f"offset must be between 0 and {MAX_OFFSET}", where="offset")
    if since and until and until < since:
        raise InputError("the end of the period is before its start", where="to")
    span = {"since": since or window(None)["since"], "until": until or window(None)["until"]}
    wanted = relation_types(types)
    if source or target:
        src = resolve(store, source).id if source else None
        tgt = resolve(store, target).id if target else None
        rows = store.query("neighbours", ids=[src or tgt], types=wanted, **span)
        rows = [
            r for r in rows
            if (src is None or r["source"] == src) and (tgt is None or r["target"] == tgt)
            and (r["confidence"] or 0.0) >= min_confidence
        ]
        rows.sort(key=lambda r: r["id"])
        rows = rows[offset : offset + limit + 1]
    else:
        # LadybugDB 0.22 segfaults on ORDER BY ... SKIP past ~10,000: it is given no SKIP, the page is cut here.
        skip = 0 if store.backend == "embedded" else offset
        rows = store.query("relations", types=wanted, min_confidence=min_confidence, skip=skip,
                           limit=offset - skip + limit + 1, **span)[offset - skip:]
    more = len(rows) > limit
    return RelationPage(relations=[relation_from_row(r) for r in rows[:limit]], offset=offset, limit=limit,
                        next_offset=offset + limit if more else None)


def actor_detail(store: Store, name_or_id: str) -> ActorDetail:
    """The profile of an actor, its relation and claim counts, and its relations by type."""
    actor = resolve(store, name_or_id)
    row = store.query("actor", id=actor.id)[0]
    rows = store.query("neighbours", ids=[actor.id], types=relation_types(None), **window(None))
    grouped: dict[str, list[Relation]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: r["id"]):
        grouped[r["type"]].append(relation_from_row(r))
    counts = {"relations": len(rows), "claims": sum(int(r["claims"] or 0) for r in rows)}
    counts |= {t: len(v) for t, v in sorted(grouped.items())}
    return ActorDetail(**{**row, "kind": row["kind"] or "other", "aliases": row["aliases"] or []},
                       counts=counts, relations=dict(sorted(grouped.items())))


def changes(
    store: Store,
    since: dt.date,
    until: dt.date,
    *,
    actor: str | None = None,
    types: list[str] | None = None,
    limit: int = 1000,
) -> Changes:
    """What began, ended, or saw its first attack between ``since`` and ``until`` (inclusive).

    A state-like relation *began* on its ``valid_from`` and *ended* on its last active day
    (when reported as over); ATTACKS count once, on the first attack. With ``actor``, only the
    relations of that actor.
    """
    if until < since:
        raise InputError("the end of the period is before its start", where="to")
    if not 1 <= limit <= 10_000:
        raise InputError("limit must be between 1 and 10000", where="limit")
    wanted = relation_types(types)
    if actor:
        anchor = resolve(store, actor).id
        rows = store.query("neighbours", ids=[anchor], types=wanted, since=since, until=until)
    else:
        rows = store.query("changes", types=wanted, since=since, until=until, limit=limit)
    found: list[Change] = []
    for row in rows:
        relation = relation_from_row(row)
        start, last = row["valid_from"], row["active_until"]
        if start and since <= start <= until:
            kind = "first_attack" if relation.type is RelationType.ATTACKS else "began"
            found.append(Change(kind=kind, date=start, relation=relation))
        if relation.type is not RelationType.ATTACKS and relation.ended and last and since <= last <= until:
            found.append(Change(kind="ended", date=last, relation=relation))
    found.sort(key=lambda c: (c.date, c.kind, c.relation.id))
    found = found[:limit]
    ids = {c.relation.source for c in found} | {c.relation.target for c in found}
    people = actors_by_ids(store, ids)
    return Changes(since=since, until=until, changes=found, actors=[people[i] for i in sorted(people)])


def _active(store: Store, as_of: dt.date | None, window_days: int, min_confidence: float) -> list[Relation]:
    """Cooperative relations active on ``as_of``, and attacks and episodic alliances (co-listed in
    event rows) in the ``window_days`` before it."""
    state = [str(t) for t in RelationType if SIGNS[t] > 0]
    rows = store.query("relations", types=state, min_confidence=min_confidence, skip=0, limit=10_000_000,
                       **window(as_of))
    rows = [r for r in rows if not r["episodic"]]
    attack_span = window(as_of)
    if as_of:
        attack_span["since"] = as_of - dt.timedelta(days=window_days)
    rows += [r for r in store.query("relations", types=["ATTACKS", "ALLIED_WITH"], min_confidence=min_confidence,
                                    skip=0, limit=10_000_000, **attack_span)
             if r["type"] == "ATTACKS" or r["episodic"]]
    return [relation_from_row(r) for r in rows]


def _frustration(links: list[tuple[str, str, float]], camp: dict[str, int]) -> float:
    return sum(-w if camp[a] == camp[b] else w for a, b, w in links if (w < 0) == (camp[a] == camp[b]))


def blocs(
    store: Store, *, as_of: dt.date | None = None, window_days: int = 365, min_confidence: float = 0.0,
    min_size: int = 2,
) -> Blocs:
    """Camps of actors in the signed graph: support, alliance and lineage bind, attacks divide.

    Signed community detection in two steps: Louvain communities (networkx) of the cooperative
    relations, weighted by confidence, then local moves of single actors that lower the
    *frustration* (attacks inside a bloc plus cooperation across blocs) until none does.
    Deterministic for a given graph. Blocs smaller than ``min_size`` are left out of ``blocs``.
    """
    import networkx as nx  # optional at import time; only this question needs it

    _check_confidence(min_confidence)
    if window_days < 0:
        raise InputError("window_days must not be negative", where="window_days")
    active = _active(store, as_of, window_days, min_confidence)
    weight: dict[tuple[str, str], float] = defaultdict(float)
    for rel in active:
        if rel.source != rel.target and SIGNS[rel.type]:
            scale = EPISODIC_WEIGHT if rel.episodic else 1.0
            low, high = sorted((rel.source, rel.target))
            weight[(low, high)] += SIGNS[rel.type] * max(rel.confidence, 0.05) * scale
    positive = nx.Graph()
    positive.add_nodes_from(sorted({n for pair in weight for n in pair}))
    positive.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weight.items()) if w > 0)
    communities = nx.community.louvain_communities(positive, weight="weight", seed=0) if positive else []
    camp = {n: i for i, members in enumerate(sorted(communities, key=lambda c: sorted(c))) for n in members}
    links = [(a, b, w) for (a, b), w in weight.items() if w]
    neighbours: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for a, b, w in links:
        neighbours[a].append((b, w))
        neighbours[b].append((a, w))
    for _ in range(20):  # local moves; each strictly lowers the frustration, so this ends
        moved = False
        for node in sorted(camp):
            gain: dict[int, float] = defaultdict(float)
            for other, w in neighbours[node]:
                gain[camp[other]] += w
            here = gain.get(camp[node], 0.0)
            best = max(sorted(gain), key=lambda c: gain[c], default=camp[node])
            if gain[best] > here + 1e-9 and best != camp[node]:
                camp[node], moved = best, True
            elif here < 0:  # attacked from inside its own bloc and nowhere better: on its own
                camp[node], moved = max(camp.values()) + 1, True
        if not moved:
            break
    members: dict[int, list[str]] = defaultdict(list)
    for node, c in camp.items():
        members[c].append(node)
    people = actors_by_ids(store, set(camp))
    result, across = [], []
    ordered = sorted(members.values(), key=lambda m: (-len(m), sorted(m)))
    for group in ordered:
        inside = set(group)
        if len(group) >= min_size:
            binding = [r for r in active if r.source in inside and r.target in inside and SIGNS[r.type] > 0]
            result.append(Bloc(members=[people[n] for n in sorted(group) if n in people],
                               relations=sorted(binding, key=lambda r: r.id)))
    for rel in active:
        if rel.source in camp and rel.target in camp and camp[rel.source] != camp[rel.target]:
            across.append(rel)
    return Blocs(as_of=as_of, window_days=window_days, blocs=result, across=sorted(across, key=lambda r: r.id),
                 frustration=round(_frustration(links, camp), 4))
