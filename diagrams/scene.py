"""What a diagram shows, independent of how it is drawn.

A :class:`Scene` is built from a query result (lineage, alliances, path, neighbourhood, blocs)
and then written as Graphviz DOT (:mod:`.dot`) or Mermaid (:mod:`.mermaid`). It fixes the
layout decisions shared by both: which way an edge runs on the page (``tail`` -> ``head``,
which may differ from the relation's direction), camps and clusters, the title and the footnote.
Everything is sorted here, so renderings are deterministic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel

from actorgraph.diagrams.style import type_style
from actorgraph.graph.dates import Precision
from actorgraph.graph.intervals import describe
from actorgraph.graph.model import RelationType, parse_relation_id
from actorgraph.graph.results import ActorRef, Alliances, Lineage, PathResult, Subgraph

DiagramKind = Literal["lineage", "alliances", "path", "neighbours", "blocs"]

# Alliance roles that put the other actor in the hostile camp (a truce implies hostilities).
HOSTILE_ROLES = frozenset({"attacks", "attacked_by"})


class SceneNode(BaseModel):
    id: str
    name: str
    kind: str
    focus: bool = False
    cluster: str | None = None


class SceneEdge(BaseModel):
    id: str  # the relation id
    type: RelationType
    source: str  # the relation's direction
    target: str
    tail: str  # the direction on the page; the arrowhead still shows the relation's direction
    head: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    valid_from_precision: Precision | None = None
    valid_to_precision: Precision | None = None
    ended: bool = False
    observed_from: dt.date | None = None
    observed_to: dt.date | None = None
    observed_from_precision: Precision | None = None
    observed_to_precision: Precision | None = None
    episodic: bool = False
    confidence: float = 0.0
    claims: int = 0
    sources: int = 0

    @property
    def arrow(self) -> tuple[str, str]:
        """(from, to) of the drawn arrow: succession is drawn older -> newer, as descent."""
        if self.type is RelationType.SUCCESSOR_OF:
            return self.target, self.source
        return self.source, self.target

    @property
    def direction(self) -> Literal["forward", "back", "none"]:
        """Graphviz ``dir`` of the edge written ``tail -> head``."""
        if self.type.symmetric:
            return "none"
        return "forward" if self.arrow == (self.tail, self.head) else "back"

    @property
    def label(self) -> str:
        return f"{type_style(self.type).label}\n{date_span(self)}".rstrip()

    def tooltip(self, names: dict[str, str]) -> str:
        text = f"{names.get(self.source, self.source)} {self.type} {names.get(self.target, self.target)}"
        return (f"{text}; {date_span(self) or 'undated'}; confidence {self.confidence:.2f}; "
                f"{self.claims} claims from {self.sources} sources")


class Cluster(BaseModel):
    key: str
    label: str


class Scene(BaseModel):
    kind: DiagramKind
    title: str
    as_of: dt.date | None = None
    rankdir: Literal["TB", "LR"] = "LR"
    nodes: list[SceneNode] = []
    edges: list[SceneEdge] = []
    clusters: list[Cluster] = []
    source_names: list[str] = []
    note: str | None = None  # said in the footnote, e.g. "no connection found"

    @property
    def subtitle(self) -> str:
        return f"as of {self.as_of.isoformat()}" if self.as_of else "all dates"

    @property
    def footnote(self) -> str:
        claims = sum(e.claims for e in self.edges)
        parts = [f"{len(self.nodes)} actors, {len(self.edges)} relations, {claims} claims"]
        if self.source_names:
            shown = [short_title(name) for name in self.source_names[:FOOTNOTE_SOURCES]]
            more = f" and {len(self.source_names) - len(shown)} more" if len(self.source_names) > len(shown) else ""
            parts.append("Sources: " + ", ".join(shown) + more)
        if self.note:
            parts.append(self.note)
        parts.append("Evidence for any edge: actorgraph evidence <relation id>")
        return " · ".join(parts)


FOOTNOTE_SOURCES = 5  # sources named in a footnote; the rest are counted
SHORT_TITLE = 28  # characters of a source's name in a footnote


def short_title(name: str, width: int = SHORT_TITLE) -> str:
    """``name`` cut at a word to at most ``width`` characters, with an ellipsis when cut.

    Examples
    --------
    >>> short_title("Armed Conflict Location and Event Data Project")
    'Armed Conflict Location and…'
    """
    name = " ".join(name.split())
    if len(name) <= width:
        return name
    cut = name[: width - 1].rsplit(" ", 1)[0] if " " in name[: width - 1] else name[: width - 1]
    return cut.rstrip(" ,;:-") + "…"


def date_span(edge: SceneEdge) -> str:
    """How the edge's dates are known: ``since 2017``, ``2015-09-30 – 2024-12-08``, ``observed 2013 – 2024``,
    ``until 2016-07-28``, ``ended`` or ``""`` (:func:`actorgraph.graph.intervals.describe`)."""
    return describe(edge, event_like=edge.type.event_like)


def _node(actor: ActorRef, *, focus: str | None = None, cluster: str | None = None) -> SceneNode:
    return SceneNode(id=actor.id, name=actor.name, kind=actor.kind, focus=actor.id == focus, cluster=cluster)


def _edges(graph: Subgraph, tail_head: dict[str, tuple[str, str]] | None = None) -> list[SceneEdge]:
    edges = []
    for link in graph.links:
        tail, head = (tail_head or {}).get(link.id) or ((link.target, link.source)
                                                         if link.type is RelationType.SUCCESSOR_OF
                                                         else (link.source, link.target))
        edges.append(SceneEdge(
            id=link.id, type=link.type, source=link.source, target=link.target, tail=tail, head=head,
            valid_from=link.valid_from, valid_to=link.valid_to, valid_from_precision=link.valid_from_precision,
            valid_to_precision=link.valid_to_precision, ended=link.ended,
            observed_from=link.observed_from, observed_to=link.observed_to, episodic=link.episodic,
            observed_from_precision=link.observed_from_precision, observed_to_precision=link.observed_to_precision,
            confidence=link.confidence, claims=link.claims, sources=link.sources,
        ))
    return sorted(edges, key=lambda e: e.id)


def _sorted_nodes(nodes: Iterable[SceneNode]) -> list[SceneNode]:
    return sorted({n.id: n for n in nodes}.values(), key=lambda n: n.id)


def from_lineage(result: Lineage, *, source_names: list[str] | None = None) -> Scene:
    """A top-down tree: predecessors and parents above the actor, successors and branches below."""
    tail_head = {}
    for link in result.links:
        # Older and parent on top: succession drawn older -> newer, affiliation parent -> branch.
        tail_head[link.id] = (link.target, link.source)
    return Scene(
        kind="lineage", title=f"Lineage of {result.actor.name}", as_of=result.as_of, rankdir="TB",
        nodes=_sorted_nodes(_node(n, focus=result.actor.id) for n in [*result.nodes, result.actor]),
        edges=_edges(result, tail_head), source_names=source_names or [],
        note=None if result.links else "no lineage recorded",
    )


def from_alliances(result: Alliances, *, source_names: list[str] | None = None) -> Scene:
    """Three columns around the actor: friends and family, adversaries (attacks either way), and
    truce partners (a ceasefire, no attack); an actor in both of the last is an adversary."""
    focus = result.actor
    hostile = {e.actor.id for e in result.entries if e.role in HOSTILE_ROLES}
    truces = {e.actor.id for e in result.entries if e.role == "ceasefires"} - hostile
    nodes = [_node(focus, focus=focus.id)]
    edges = []
    for entry in result.entries:
        camp = "against" if entry.actor.id in hostile else "truce" if entry.actor.id in truces else "with"
        nodes.append(_node(entry.actor, cluster=camp))
        type_, source, target = parse_relation_id(entry.relation_id)
        if type_.symmetric and source != focus.id and target != focus.id:
            continue
        tail, head = (entry.actor.id, focus.id) if camp == "with" else (focus.id, entry.actor.id)
        edges.append(SceneEdge(
            id=entry.relation_id, type=type_, source=source, target=target, tail=tail, head=head,
            valid_from=entry.valid_from, valid_to=entry.valid_to, valid_from_precision=entry.valid_from_precision,
            valid_to_precision=entry.valid_to_precision, ended=entry.ended,
            observed_from=entry.observed_from, observed_to=entry.observed_to, episodic=entry.episodic,
            observed_from_precision=entry.observed_from_precision, observed_to_precision=entry.observed_to_precision,
            confidence=entry.confidence, claims=entry.claims, sources=entry.sources,
        ))
    camps = {n.cluster for n in nodes if n.cluster}
    clusters = [c for c in (Cluster(key="with", label=f"With {focus.name}"),
                            Cluster(key="against", label=f"Against {focus.name}"),
                            Cluster(key="truce", label=f"Ceasefire with {focus.name}")) if c.key in camps]
    return Scene(
        kind="alliances", title=f"Alliances of {focus.name}", as_of=result.as_of, rankdir="LR",
        nodes=_sorted_nodes(nodes), edges=sorted({e.id: e for e in edges}.values(), key=lambda e: e.id),
        clusters=clusters, source_names=source_names or [],
        note=f"attacks counted in the {result.window_days} days before the date" if result.as_of else None,
    )


def from_path(result: PathResult, *, as_of: dt.date | None = None, source_names: list[str] | None = None) -> Scene:
    """The chain from source to target, left to right in path order."""
    order = {n.id: i for i, n in enumerate(result.nodes)}
    tail_head = {}
    for link in result.links:
        a, b = sorted((link.source, link.target), key=lambda n: order.get(n, 0))
        tail_head[link.id] = (a, b)
    nodes = [_node(n) for n in result.nodes] or [_node(result.source), _node(result.target)]
    for node in nodes:
        node.focus = node.id in (result.source.id, result.target.id)
    return Scene(
        kind="path", title=f"From {result.source.name} to {result.target.name}", as_of=as_of, rankdir="LR",
        nodes=_sorted_nodes(nodes), edges=_edges(result, tail_head), source_names=source_names or [],
        note=None if result.found else "no connection found",
    )


def from_subgraph(
    graph: Subgraph, *, title: str, focus: str | None = None, as_of: dt.date | None = None,
    kind: DiagramKind = "neighbours", clusters: dict[str, tuple[str, str]] | None = None,
    source_names: list[str] | None = None,
) -> Scene:
    """Any set of actors and relations; ``clusters`` maps actor id -> (cluster key, cluster label)."""
    clusters = clusters or {}
    nodes = [_node(n, focus=focus, cluster=clusters.get(n.id, (None, ""))[0]) for n in graph.nodes]
    labels = sorted({key_label for key_label in clusters.values()})
    return Scene(
        kind=kind, title=title, as_of=as_of, rankdir="LR", nodes=_sorted_nodes(nodes), edges=_edges(graph),
        clusters=[Cluster(key=k, label=label) for k, label in labels], source_names=source_names or [],
    )
