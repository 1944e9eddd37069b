"""Typed answers of the questions in :mod:`actorgraph.graph.questions`."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel

from actorgraph.graph.model import Relation


class ActorRef(BaseModel):
    id: str
    name: str
    kind: str
    founded: dt.date | None = None  # lifetime, where known (docs/model.md)
    founded_precision: str | None = None
    dissolved: dt.date | None = None
    dissolved_precision: str | None = None

    def exists_on(self, day: dt.date) -> bool:
        """Whether the actor existed on ``day`` (an unknown founding or dissolution: yes)."""
        return (self.founded is None or self.founded <= day) and (self.dissolved is None or self.dissolved >= day)


class ActorProfile(ActorRef):
    aliases: list[str] = []
    wikidata: str | None = None
    country: str | None = None
    description: str | None = None


class Subgraph(BaseModel):
    """Actors and the relations between them: what diagrams and exports draw."""

    nodes: list[ActorRef] = []
    links: list[Relation] = []


class LineagePath(BaseModel):
    direction: Literal["up", "down"]
    nodes: list[str]
    links: list[str]


class Lineage(Subgraph):
    actor: ActorRef
    as_of: dt.date | None = None
    existed: bool = True  # whether the actor existed on ``as_of`` (its founded/dissolved dates)
    paths: list[LineagePath] = []


Role = Literal[
    "backers", "backed", "allies", "parents", "branches", "predecessors", "successors", "ceasefires",
    "attacked_by", "attacks",
]


class AllianceEntry(BaseModel):
    role: Role
    actor: ActorRef
    relation_id: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    valid_from_precision: str | None = None
    valid_to_precision: str | None = None
    ended: bool = False
    observed_from: dt.date | None = None
    observed_to: dt.date | None = None
    observed_from_precision: str | None = None
    observed_to_precision: str | None = None
    episodic: bool = False
    disputed: str | None = None
    confidence: float = 0.0
    claims: int = 0
    sources: int = 0
    first: dt.date | None = None  # adversaries: first and last attack in the window
    last: dt.date | None = None


class Alliances(BaseModel):
    actor: ActorRef
    as_of: dt.date | None = None
    window_days: int = 365
    entries: list[AllianceEntry] = []

    def by_role(self, role: Role) -> list[AllianceEntry]:
        return [e for e in self.entries if e.role == role]


class PathResult(Subgraph):
    source: ActorRef
    target: ActorRef
    found: bool = False


class EvidenceItem(BaseModel):
    claim: str
    sentence: str
    span: tuple[int, int]
    valid_from: dt.date | None = None
    valid_from_precision: str | None = None
    valid_to: dt.date | None = None
    valid_to_precision: str | None = None
    observed: dt.date | None = None
    observed_precision: str | None = None
    episodic: bool = False
    ended: bool = False
    extractor: str
    confidence: float
    hedged: bool
    reported: dt.date | None = None
    attributes: dict[str, Any] = {}
    article: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    notes: list[str] = []  # what this claim sets (start, end), and its conflicts (graph/intervals.py)


class Evidence(BaseModel):
    relation: Relation
    claims: list[EvidenceItem]
    explanation: list[str] = []  # which claims set the start and the end, and why it is (not) active
    as_of: dt.date | None = None
    active: bool | None = None  # on ``as_of``, when asked


class TimelineItem(BaseModel):
    claim: str
    type: str
    subject: str
    object: str
    valid_from: dt.date | None = None
    valid_from_precision: str | None = None
    valid_to: dt.date | None = None
    ended: bool = False
    sentence: str
    confidence: float
    hedged: bool
    reported: dt.date | None = None
    article: str
    source: str | None = None
