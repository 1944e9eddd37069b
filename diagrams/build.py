"""From a store and a question to a :class:`~actorgraph.diagrams.scene.Scene` or a :class:`Subgraph`.

The CLI (``actorgraph diagram``, ``actorgraph export``) and the API (``/diagrams/{kind}``,
``/export``) both call :func:`scene_for` and :func:`subgraph_for`, so they draw the same thing
for the same parameters.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from actorgraph.diagrams.scene import DiagramKind, Scene, from_alliances, from_lineage, from_path, from_subgraph
from actorgraph.errors import InputError
from actorgraph.graph import questions as q
from actorgraph.graph.model import parse_relation_id
from actorgraph.graph.results import Subgraph
from actorgraph.graph.store import Store
from actorgraph.graph.writing import claims_of_relations_params

KINDS: tuple[str, ...] = get_args(DiagramKind)


def source_names(store: Store, graph: Subgraph | list[str]) -> list[str]:
    """The sources (publishers, datasets) of the claims behind the relations, sorted."""
    ids = [link.id for link in graph.links] if isinstance(graph, Subgraph) else list(graph)
    if not ids:
        return []
    rows = store.query("claims_of_relations", **claims_of_relations_params(parse_relation_id(i) for i in set(ids)))
    return sorted({r["source_name"] or r["article"] for r in rows if r["source_name"] or r["article"]})


def _need(value: str | None, name: str, kind: str) -> str:
    if not value:
        raise InputError(f"a {kind} diagram needs {name}", where=name)
    return value


Direction = Literal["up", "down", "both"]


def _direction(value: str) -> Direction:
    if value not in get_args(Direction):
        raise InputError(f"direction must be one of {', '.join(get_args(Direction))}", where="direction")
    return value  # type: ignore[return-value]  # checked above


def scene_for(
    store: Store,
    kind: str,
    *,
    actor: str | None = None,
    target: str | None = None,
    as_of: dt.date | None = None,
    hops: int = 1,
    types: list[str] | None = None,
    direction: str = "both",
    depth: int = q.MAX_DEPTH,
    window_days: int = 365,
    max_nodes: int = 200,
) -> Scene:
    """The scene of diagram ``kind`` (lineage, alliances, path, neighbours, blocs) for the parameters.

    Examples
    --------
    >>> scene = scene_for(store, "lineage", actor="HTS")  # doctest: +SKIP
    >>> scene.rankdir
    'TB'
    """
    if kind == "lineage":
        lineage = q.lineage(store, _need(actor, "actor", kind), direction=_direction(direction), as_of=as_of,
                            depth=depth)
        return from_lineage(lineage, source_names=source_names(store, lineage))
    if kind == "alliances":
        alliances = q.alliances(store, _need(actor, "actor", kind), as_of=as_of, window_days=window_days)
        return from_alliances(alliances, source_names=source_names(store, [e.relation_id for e in alliances.entries]))
    if kind == "path":
        path = q.path(store, _need(actor, "actor", kind), _need(target, "target", kind), types=types, as_of=as_of)
        return from_path(path, as_of=as_of, source_names=source_names(store, path))
    if kind == "neighbours":
        centre = q.resolve(store, _need(actor, "actor", kind))
        graph = q.neighbourhood(store, centre.id, hops=hops, types=types, as_of=as_of, max_nodes=max_nodes)
        return from_subgraph(graph, title=f"Around {centre.name}", focus=centre.id, as_of=as_of,
                             source_names=source_names(store, graph))
    if kind == "blocs":
        return blocs_scene(store, as_of=as_of, window_days=window_days)
    raise InputError(f"{kind!r} is not a diagram kind ({', '.join(KINDS)})", where="kind")


def blocs_scene(store: Store, *, as_of: dt.date | None = None, window_days: int = 365) -> Scene:
    """Signed communities (:func:`actorgraph.graph.analysis.blocs`) drawn as one cluster per bloc.

    Each bloc shows the cooperative relations binding it; relations across blocs (mostly attacks)
    run between the clusters. Actors in no bloc of two or more stand outside the clusters.
    """
    from actorgraph.graph import analysis

    result = analysis.blocs(store, as_of=as_of, window_days=window_days)
    clusters: dict[str, tuple[str, str]] = {}
    links = {r.id: r for r in result.across}
    for number, bloc in enumerate(result.blocs, start=1):
        names = ", ".join(m.name for m in bloc.members[:2]) + (", …" if len(bloc.members) > 2 else "")
        for member in bloc.members:
            clusters[member.id] = (f"bloc{number:02d}", f"Bloc {number}: {names}")
        links.update({r.id: r for r in bloc.relations})
    ids = set(clusters) | {n for r in links.values() for n in (r.source, r.target)}
    actors = q.actors_by_ids(store, ids)
    graph = Subgraph(nodes=[actors[i] for i in sorted(actors)], links=[links[i] for i in sorted(links)])
    scene = from_subgraph(graph, title="Blocs", kind="blocs", as_of=as_of, clusters=clusters,
                          source_names=source_names(store, graph))
    scene.note = f"frustration {result.frustration:g} (attacks inside blocs plus cooperation across them)"
    return scene


def subgraph_for(
    store: Store,
    *,
    actor: str | None = None,
    kind: str = "neighbours",
    target: str | None = None,
    as_of: dt.date | None = None,
    hops: int = 1,
    types: list[str] | None = None,
    max_nodes: int = 200,
) -> Subgraph:
    """What to export: the whole graph without ``actor``, else the subgraph of question ``kind``."""
    if kind == "whole" or (actor is None and kind in ("neighbours", "whole")):
        return q.whole_graph(store, as_of=as_of, types=types)
    if kind == "lineage":
        return q.lineage(store, _need(actor, "actor", kind), as_of=as_of)
    if kind == "path":
        return q.path(store, _need(actor, "actor", kind), _need(target, "target", kind), types=types, as_of=as_of)
    if kind == "neighbours":
        return q.neighbourhood(store, _need(actor, "actor", kind), hops=hops, types=types, as_of=as_of,
                               max_nodes=max_nodes)
    if kind == "alliances":
        result = q.alliances(store, _need(actor, "actor", kind), as_of=as_of)
        ids = {e.relation_id for e in result.entries}
        links = q.relations_by_ids(store, ids)
        nodes = {result.actor.id: result.actor, **{e.actor.id: e.actor for e in result.entries}}
        return Subgraph(nodes=[nodes[n] for n in sorted(nodes)], links=[links[i] for i in sorted(links)])
    raise InputError(f"cannot export {kind!r} (whole, lineage, alliances, path, neighbours)", where="kind")
