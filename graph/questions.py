"""The questions users ask, answered over any store through the named queries.

Each function takes a :class:`~actorgraph.graph.store.Store` and returns a typed result from
:mod:`actorgraph.graph.results`; CLI, API and diagrams all call these.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, Literal

from actorgraph.errors import InputError, NotFoundError, UnknownActorError
from actorgraph.graph.intervals import active, explain
from actorgraph.graph.matching import name_score
from actorgraph.graph.model import Relation, RelationType, parse_relation_id
from actorgraph.graph.names import normalize
from actorgraph.graph.paths import Step, shortest_chain
from actorgraph.graph.results import (
    ActorProfile,
    ActorRef,
    AllianceEntry,
    Alliances,
    Evidence,
    EvidenceItem,
    Lineage,
    LineagePath,
    PathResult,
    Role,
    Subgraph,
    TimelineItem,
)
from actorgraph.graph.store import Store, pages, window

MAX_DEPTH = 6
WHOLE_GRAPH_MAX_NODES = 100_000  # actors in a whole-graph export

# (type, direction as seen from the actor) -> role in its alliances
_ROLES: dict[tuple[str, str], Role] = {
    ("SUPPORTS", "in"): "backers",
    ("SUPPORTS", "out"): "backed",
    ("ALLIED_WITH", "in"): "allies",
    ("ALLIED_WITH", "out"): "allies",
    ("AFFILIATE_OF", "out"): "parents",
    ("AFFILIATE_OF", "in"): "branches",
    ("SUCCESSOR_OF", "out"): "predecessors",
    ("SUCCESSOR_OF", "in"): "successors",
    ("CEASEFIRE_WITH", "in"): "ceasefires",
    ("CEASEFIRE_WITH", "out"): "ceasefires",
}


def _ref(row: dict[str, Any]) -> ActorRef:
    lifetime = {k: row.get(k) for k in ("founded", "founded_precision", "dissolved", "dissolved_precision")}
    return ActorRef(id=row["id"], name=row["name"], kind=row["kind"] or "other", **lifetime)


def search(store: Store, text: str, *, limit: int = 20) -> list[ActorRef]:
    """Actors whose name or alias matches ``text``, best first (case/accent-insensitive, fuzzy)."""
    query = normalize(text)
    if not query:
        raise InputError("the search text is empty", where="q")
    candidates = {r["id"]: r for r in store.query("search_actors", q=query, limit=500)}
    if len(candidates) < limit:  # typos: gather candidates sharing a word, rank them fuzzily
        for word in sorted(query.split(), key=len, reverse=True)[:3]:
            if len(word) >= 3:
                for row in store.query("search_actors", q=word[:4], limit=200):
                    candidates.setdefault(row["id"], row)

    def score(row: dict[str, Any]) -> float:  # 0: no match (graph/matching.py refuses rather than guesses)
        names = [n for n in row["search"].split("|") if n]
        best = name_score(query, names)
        return best + (5.0 if best and names and names[0] == query else 0.0)

    scores = {r["id"]: score(r) for r in candidates.values()}
    ranked = sorted(candidates.values(), key=lambda r: (-scores[r["id"]], len(r["name"]), r["id"]))
    return [_ref(r) for r in ranked if scores[r["id"]] > 0][:limit]


def resolve(store: Store, name_or_id: str) -> ActorRef:
    """The actor an id, name or alias denotes; :class:`UnknownActorError` with suggestions."""
    rows = store.query("actor", id=name_or_id.strip())
    if rows:
        return _ref(rows[0])
    key = normalize(name_or_id)
    if key:
        exact = store.query("search_actors", q=f"|{key}|", limit=10)
        if exact:
            return _ref(min(exact, key=lambda r: (r["search"].split("|")[1] != key, len(r["name"]), r["id"])))
    suggestions = [a.name for a in search(store, name_or_id, limit=5)] if key else []
    raise UnknownActorError(name_or_id, suggestions=suggestions)


def profile(store: Store, name_or_id: str) -> ActorProfile:
    actor = resolve(store, name_or_id)
    row = store.query("actor", id=actor.id)[0]
    return ActorProfile(**{**row, "kind": row["kind"] or "other", "aliases": row["aliases"] or []})


def actors_by_ids(store: Store, ids: Iterable[str]) -> dict[str, ActorRef]:
    """The actors with these ids, by id (ids the store does not hold are left out)."""
    wanted = sorted(set(ids))
    return {r["id"]: _ref(r) for r in store.query("actors_by_ids", ids=wanted)} if wanted else {}


def relations_by_ids(store: Store, ids: Iterable[str]) -> dict[str, Relation]:
    """The relations with these ids (``TYPE:source:target``), by id; unknown ids are left out.

    Raises
    ------
    InputError
        when an id is not a relation id.
    """
    keys = {parse_relation_id(i) for i in ids}
    if not keys:
        return {}
    rows = store.query("relations_by_ids", ids=sorted(f"{t}:{s}:{o}" for t, s, o in keys),
                       sources=sorted({s for _, s, _ in keys}))
    return {r["id"]: relation_from_row(r) for r in rows}


def relation_from_row(row: dict[str, Any]) -> Relation:
    """A :class:`Relation` from a row with a relation's columns (``neighbours``, ``relations``...)."""
    return Relation(**{k: row[k] for k in Relation.model_fields if k in row and row[k] is not None})


def relation_types(types: list[str] | None) -> list[str]:
    """The relation types named in ``types`` (checked against :class:`RelationType`), or all of them."""
    return [str(RelationType.parse(t, field="types")) for t in types] if types else [str(t) for t in RelationType]


def whole_graph(
    store: Store,
    *,
    as_of: dt.date | None = None,
    types: list[str] | None = None,
    max_nodes: int = WHOLE_GRAPH_MAX_NODES,
    page_size: int = 5000,
) -> Subgraph:
    """Every actor with a relation (active on ``as_of`` when given, of ``types``), and those relations.

    Reads the store in keyset pages (``export_relations``, then ``export_actors``), so memory
    holds the answer and one page, never a query over every actor id.

    Raises
    ------
    InputError
        when more than ``max_nodes`` actors have such a relation: export a subgraph instead.
    """
    wanted = set(relation_types(types))
    span = window(as_of)
    links: dict[str, Relation] = {}
    for rows in pages(store, "export_relations", page_size, key="actor"):
        for row in rows:
            if row["id"] is not None and row["type"] in wanted:
                link = relation_from_row(row)
                if active(link, span["since"], span["until"]):
                    links[row["id"]] = link
    used = {n for link in links.values() for n in (link.source, link.target)}
    if len(used) > max_nodes:
        raise InputError(
            f"the whole graph has {len(used):,} related actors, more than {max_nodes:,}; "
            "export the subgraph around an actor instead", where="max_nodes",
        )
    nodes = {r["id"]: _ref(r) for rows in pages(store, "export_actors", page_size) for r in rows if r["id"] in used}
    links = {i: link for i, link in links.items() if active(link, **span, source=nodes.get(link.source),
                                                            target=nodes.get(link.target))}
    used = {n for link in links.values() for n in (link.source, link.target)}
    nodes = {i: n for i, n in nodes.items() if i in used}
    return Subgraph(nodes=[nodes[i] for i in sorted(nodes)], links=[links[i] for i in sorted(links)])


def lineage(
    store: Store,
    name_or_id: str,
    *,
    direction: Literal["up", "down", "both"] = "both",
    as_of: dt.date | None = None,
    depth: int = MAX_DEPTH,
) -> Lineage:
    """Predecessors, parents (up) and successors, branches (down) of an actor, as a DAG."""
    if not 1 <= depth <= MAX_DEPTH:
        raise InputError(f"depth must be between 1 and {MAX_DEPTH}, not {depth}", where="depth")
    actor = resolve(store, name_or_id)
    rows = store.query(
        "lineage", id=actor.id, up=direction in ("up", "both"), down=direction in ("down", "both"),
        depth=depth, **window(as_of),
    )
    paths = sorted(
        {(r["direction"], tuple(_walk(actor.id, r["links"])), tuple(r["links"])) for r in rows},
        key=lambda p: (p[0], len(p[1]), p[1]),
    )
    nodes = actors_by_ids(store, {n for _, nodes, _ in paths for n in nodes} | {actor.id})
    links = relations_by_ids(store, {link for _, _, links in paths for link in links})
    span = window(as_of)
    me = nodes.get(actor.id, actor)
    existed = as_of is None or me.exists_on(as_of)
    founded = as_of is None or me.founded is None or me.founded <= as_of  # a dissolved actor keeps its lineage
    paths = [p for p in paths if founded and _alive(p[2], links, nodes, span)]  # lifetimes (docs/model.md)
    node_ids = {n for _, path_nodes, _ in paths for n in path_nodes} | {actor.id}
    link_ids = {link for _, _, path_links in paths for link in path_links}
    nodes = {i: n for i, n in nodes.items() if i in node_ids}
    links = {i: link for i, link in links.items() if i in link_ids}
    return Lineage(
        actor=nodes.get(actor.id, actor),
        as_of=as_of,
        existed=existed,
        nodes=[nodes[n] for n in sorted(nodes)],
        links=[links[i] for i in sorted(links)],
        paths=[LineagePath(direction=d, nodes=list(n), links=list(ls)) for d, n, ls in paths],
    )


def _alive(
    link_ids: Iterable[str], links: dict[str, Relation], nodes: dict[str, ActorRef], span: dict[str, dt.date]
) -> bool:
    """Whether every link of a path held in ``span`` with its actors alive (:func:`intervals.active`)."""
    return all(
        i in links and active(links[i], **span, source=nodes.get(links[i].source), target=nodes.get(links[i].target))
        for i in link_ids
    )


def alliances(
    store: Store, name_or_id: str, *, as_of: dt.date | None = None, window_days: int = 365
) -> Alliances:
    """Backers, backed, allies, parents, branches, ceasefires and adversaries of an actor.

    State-like relations count when active on ``as_of``; adversaries when an attack fell in
    the ``window_days`` before it. Without a date: everything ever reported.
    """
    if window_days < 0:
        raise InputError("window_days must not be negative", where="window_days")
    actor = resolve(store, name_or_id)
    attack_window = window(as_of)
    if as_of:
        attack_window["since"] = as_of - dt.timedelta(days=window_days)
    # allies seen only within events (co-listed in event rows) count in the attack window, like attacks
    rows = store.query("alliances", id=actor.id, **window(as_of), episodic_since=attack_window["since"])
    attacks = store.query("adversaries", id=actor.id, **attack_window)  # with their sources, in one pass
    others = {r["other"]: _ref({k.removeprefix("other_"): v for k, v in r.items() if k.startswith("other_")}
                               | {"id": r["other"]}) for r in [*rows, *attacks]}
    entries = [
        AllianceEntry(
            role=_ROLES[(r["type"], r["direction"])], actor=others[r["other"]], relation_id=r["id"],
            valid_from=r["valid_from"], valid_to=r["valid_to"], valid_from_precision=r["valid_from_precision"],
            valid_to_precision=r["valid_to_precision"], ended=bool(r["ended"]),
            **{k: r[k] for k in ("observed_from", "observed_to", "observed_from_precision", "observed_to_precision",
                                 "disputed")},
            episodic=bool(r["episodic"]), confidence=r["confidence"] or 0.0, claims=r["claims"] or 0,
            sources=r["sources"] or 0,
        )
        for r in rows
    ]
    for r in attacks:
        source, target = (actor.id, r["other"]) if r["direction"] == "out" else (r["other"], actor.id)
        entries.append(
            AllianceEntry(
                role="attacks" if r["direction"] == "out" else "attacked_by", actor=others[r["other"]],
                relation_id=f"ATTACKS:{source}:{target}", first=r["first"], last=r["last"],
                valid_from=r["first"], valid_to=r["last"], confidence=r["confidence"] or 0.0,
                claims=r["attacks"], sources=r["sources"] or 0,
            )
        )
    entries.sort(key=lambda e: (e.role, -e.confidence, e.actor.name, e.actor.id))
    return Alliances(actor=actor, as_of=as_of, window_days=window_days, entries=entries)


PATH_ALL = 100_000  # chains of one length read when the first one fails the actors' lifetimes
# per backend, the fixed-length queries (path_1...) tried before the search from both ends: those
# its planner joins from both ends (LadybugDB, HINTs); Neo4j expands path_2 from one end, through hubs
FIXED_LENGTHS = {"embedded": 3, "neo4j": 1}
# per backend, how many of a chain's links are read one by one from their end with fewer relations
# (relation_between) rather than by relations_by_ids: LadybugDB's expands every source actor (a hub's
# 100k+ relations), Neo4j's seeks a relation-id index in one round trip
FEW_LINKS = {"embedded": 12, "neo4j": 0}


def path(
    store: Store, source: str, target: str, *, types: list[str] | None = None, as_of: dt.date | None = None
) -> PathResult:
    """A shortest chain of relations (any direction) linking two actors, up to ``MAX_DEPTH`` links.

    Of the shortest chains whose links held in the window with their actors alive, the first by
    relation ids. Chains of 1 (then 2, then 3: ``FIXED_LENGTHS``) links are read by fixed-length
    queries (``path_1``...: the first by ids, then all of them when its actors were not alive
    then); longer ones by a search from both ends (:mod:`actorgraph.graph.paths`).
    """
    a, b = resolve(store, source), resolve(store, target)
    result = PathResult(source=a, target=b)
    if a.id == b.id:
        return result.model_copy(update={"found": True, "nodes": [a]})
    span = window(as_of)
    params = {"source": a.id, "target": b.id, "types": relation_types(types), **span}
    for name in ("path_1", "path_2", "path_3")[: FIXED_LENGTHS.get(store.backend, 1)]:
        for limit in (1, PATH_ALL):
            rows = store.query(name, limit=limit, **params)
            found = _first_alive(store, a.id, [r["links"] for r in rows], span)
            if found:
                return result.model_copy(update={"found": True, "nodes": found[0], "links": found[1]})
            if len(rows) < limit:
                break
    filters = {k: params[k] for k in ("types", "since", "until")}
    chain = shortest_chain(_step(store, filters), a.id, b.id, MAX_DEPTH,
                           cost=lambda ids: store.query("frontier_degree", ids=ids)[0]["degree"] or 0)
    found = _first_alive(store, a.id, [chain], span) if chain else None
    return result.model_copy(update={"found": True, "nodes": found[0], "links": found[1]}) if found else result


def _step(store: Store, filters: dict[str, Any]) -> Step:
    """The search's step over ``store``: ``path_step`` (a frontier's walkable relations) or, given the
    other frontier, ``path_meet`` (those between the two)."""

    def step(ids: list[str], far: list[str] | None) -> list[tuple[str, str, str]]:
        rows = store.query("path_step", ids=ids, **filters) if far is None else \
            store.query("path_meet", ids=ids, far=far, **filters)
        return [(r["near"], r["far"], r["id"]) for r in rows]

    return step


def _first_alive(
    store: Store, start: str, chains: list[list[str]], span: dict[str, dt.date]
) -> tuple[list[ActorRef], list[Relation]] | None:
    """Of these chains (relation ids walked from ``start``), the shortest and first by ids whose links
    held in ``span`` with their actors alive (:func:`_alive`): its actors and relations."""
    if not chains:
        return None
    walks = {tuple(ids): _walk(start, ids) for ids in chains}
    nodes = actors_by_ids(store, {n for walk in walks.values() for n in walk})
    links = _chain_links(store, walks)
    for ids in sorted(walks, key=lambda c: (len(c), c)):
        if _alive(ids, links, nodes, span) and all(n in nodes for n in walks[ids]):
            return [nodes[n] for n in walks[ids]], [links[i] for i in ids]
    return None


def _chain_links(store: Store, walks: dict[tuple[str, ...], list[str]]) -> dict[str, Relation]:
    """The relations of these chains (relation ids -> the actors walked), by id. A few are read one
    by one from their actor with fewer relations (``actor_degree``, ``relation_between``): a chain
    passes through hubs, whose relations ``relations_by_ids`` would expand."""
    ends = {link: (walk[k], walk[k + 1]) for ids, walk in walks.items() for k, link in enumerate(ids)}
    if len(ends) > FEW_LINKS.get(store.backend, 0):
        return relations_by_ids(store, ends)
    degree = {n: store.query("actor_degree", id=n)[0]["degree"] for n in sorted({n for e in ends.values() for n in e})}
    links: dict[str, Relation] = {}
    for link, pair in sorted(ends.items()):
        near, other = sorted(pair, key=lambda n: (degree[n], n))
        rows = store.query("relation_between", rel_type=parse_relation_id(link)[0], near=near, other=other, id=link)
        links.update((r["id"], relation_from_row(r)) for r in rows)
    return links


def _walk(start: str, chain: Iterable[str]) -> list[str]:
    """The actors along a chain of relation ids walked from ``start`` (each link in either direction)."""
    walk = [start]
    for link in chain:
        _, source, target = parse_relation_id(link)
        walk.append(target if walk[-1] == source else source)
    return walk


def neighbourhood(
    store: Store,
    name_or_id: str,
    *,
    hops: int = 1,
    types: list[str] | None = None,
    as_of: dt.date | None = None,
    max_nodes: int = 200,
) -> Subgraph:
    """The actors within ``hops`` relations of an actor, and the relations among them."""
    if not 1 <= hops <= 3:
        raise InputError(f"hops must be 1, 2 or 3, not {hops}", where="hops")
    actor = resolve(store, name_or_id)
    seen, frontier, links = {actor.id}, {actor.id}, {}
    for _ in range(hops):
        rows = store.query("neighbours", ids=sorted(frontier), types=relation_types(types), **window(as_of))
        frontier = set()
        for row in sorted(rows, key=lambda r: (-(r["confidence"] or 0), r["id"])):
            new = {row["source"], row["target"]} - seen
            if len(seen) + len(new) > max_nodes:
                continue
            links[row["id"]] = relation_from_row(row)
            seen |= new
            frontier |= new
        if not frontier:
            break
    nodes = actors_by_ids(store, seen)
    return Subgraph(nodes=[nodes[n] for n in sorted(nodes)], links=[links[i] for i in sorted(links)])


def evidence(store: Store, relation_id: str, *, limit: int = 100, as_of: dt.date | None = None) -> Evidence:
    """The claims behind one relation, with their sentences and sources, and how its dates are known.

    The explanation says which claims set the start and the end, which dates are disputed or
    conflict with an actor's lifetime, and, with ``as_of``, why the relation is (not) active then.
    """
    type_, source, target = parse_relation_id(relation_id)
    relation_id = f"{type_}:{source}:{target}"
    relations = relations_by_ids(store, {relation_id})
    if relation_id not in relations:
        raise NotFoundError(f"no relation {relation_id!r}", detail={"relation": relation_id})
    rows = store.query("evidence", relation=relation_id, type=str(type_), source=source, target=target,
                       limit=limit)
    claims = [
        EvidenceItem(
            claim=r["id"], span=(r["span_start"] or 0, r["span_end"] or 0),
            attributes=json.loads(r["attributes"] or "{}"), sentence=r["sentence"] or "",
            **{k: r[k] for k in ("valid_from", "valid_from_precision", "valid_to", "valid_to_precision",
                                 "observed", "observed_precision", "extractor", "confidence", "reported",
                                 "article", "title", "url", "source", "published")},
            ended=bool(r["ended"]), hedged=bool(r["hedged"]), episodic=bool(r["episodic"]),
        )
        for r in rows
    ]
    relation = relations[relation_id]
    ends = actors_by_ids(store, {source, target})
    lines, state, claims = explain(relation, claims, as_of=as_of, source=ends.get(source), target=ends.get(target))
    return Evidence(relation=relation, claims=claims, explanation=lines, as_of=as_of, active=state)


def timeline(store: Store, name_or_id: str, *, limit: int = 500) -> list[TimelineItem]:
    """The claims about an actor in date order."""
    actor = resolve(store, name_or_id)
    rows = store.query("timeline", id=actor.id, limit=limit)
    return [
        TimelineItem(
            claim=r["id"], sentence=r["sentence"] or "", ended=bool(r["ended"]), hedged=bool(r["hedged"]),
            **{k: r[k] for k in ("type", "subject", "object", "valid_from", "valid_from_precision", "valid_to",
                                 "confidence", "reported", "article", "source")},
        )
        for r in rows
    ]


def counts(store: Store) -> dict[str, int]:
    """How many actors, articles and claims the store holds."""
    row = store.query("counts")[0]
    return {k: int(row[k] or 0) for k in ("actors", "articles", "claims")}
