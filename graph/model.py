"""The domain model: actors, articles, claims, and the relations aggregated from claims.

A :class:`Claim` is one statement from one source ("Russia backs the Syrian government",
said by one sentence of one article, or one row of ACLED). A :class:`Relation` is what users
traverse: all claims of one type between two actors, folded into one dated edge (see
:mod:`actorgraph.graph.aggregate` and ``docs/model.md``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from actorgraph.errors import InputError, UnknownRelationType
from actorgraph.graph.dates import Precision, parse_partial, period_end
from actorgraph.graph.names import slugify

ACTOR_ID = r"^[a-z0-9][a-z0-9._-]{0,199}$"
DOCUMENT_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,299}$"


class RelationType(StrEnum):
    """The closed set of relation types, stored as Neo4j relationship types."""

    AFFILIATE_OF = "AFFILIATE_OF"  # branch or affiliate -> parent
    SUCCESSOR_OF = "SUCCESSOR_OF"  # newer -> older: renamed from, formed from, merged from
    SUPPORTS = "SUPPORTS"  # backer -> backed
    ATTACKS = "ATTACKS"  # attacker -> target
    CEASEFIRE_WITH = "CEASEFIRE_WITH"  # symmetric
    ALLIED_WITH = "ALLIED_WITH"  # symmetric

    @property
    def symmetric(self) -> bool:
        return self is RelationType.CEASEFIRE_WITH or self is RelationType.ALLIED_WITH  # identity: on the write path

    @property
    def event_like(self) -> bool:
        """Events happen on a date; state-like relations hold over an interval."""
        return self is RelationType.ATTACKS

    @classmethod
    def parse(cls, value: str, *, field: str = "type") -> RelationType:
        """The member named ``value`` (case-insensitive), or :class:`UnknownRelationType`."""
        try:
            return cls(str(value).strip().upper())
        except ValueError:
            allowed = ", ".join(cls)
            raise UnknownRelationType(f"{value!r} is not a relation type ({allowed})", where=field) from None


LINEAGE_TYPES = (RelationType.SUCCESSOR_OF, RelationType.AFFILIATE_OF)


class ActorKind(StrEnum):
    STATE = "state"
    GOVERNMENT = "government"
    ARMED_GROUP = "armed_group"
    MILITIA = "militia"
    COALITION = "coalition"
    PARTY = "party"
    NGO = "ngo"
    IGO = "igo"
    MEDIA = "media"
    PERSON = "person"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The Neo4j label a node of this kind carries besides ``:Actor`` (``armed_group`` -> ``ArmedGroup``)."""
        return _KIND_LABELS.get(self, self.value.title().replace("_", ""))


_KIND_LABELS = {ActorKind.NGO: "NGO", ActorKind.IGO: "IGO"}


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Actor(_Model):
    """A state, group, organisation or person that takes part in relations."""

    id: str = Field(pattern=ACTOR_ID)
    name: str = Field(min_length=1, max_length=300)
    kind: ActorKind = ActorKind.OTHER
    aliases: tuple[str, ...] = ()
    wikidata: str | None = Field(None, pattern=r"^Q[0-9]+$")
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    description: str | None = None
    founded: dt.date | None = None  # first day it existed (a successor: its succession)
    founded_precision: Precision | None = None
    dissolved: dt.date | None = None  # last day it existed (``2016`` -> 2016-12-31)
    dissolved_precision: Precision | None = None

    @model_validator(mode="before")
    @classmethod
    def _lifetime(cls, data: Any) -> Any:
        """Accept ``"2012-01"`` for ``founded``/``dissolved`` and fill in their precision."""
        return _partial_dates(data, ("founded", "dissolved"), ends=("dissolved",))

    @model_validator(mode="after")
    def _check_lifetime(self) -> Actor:
        if self.founded and self.dissolved and self.dissolved < self.founded:
            raise ValueError(f"dissolved {self.dissolved} is before founded {self.founded}")
        return self

    def exists_on(self, day: dt.date) -> bool:
        """Whether the actor existed on ``day`` (unknown founding or dissolution: yes)."""
        return (self.founded is None or self.founded <= day) and (self.dissolved is None or self.dissolved >= day)

    @classmethod
    def named(cls, name: str, **fields: Any) -> Actor:
        """An actor whose id is the slug of its canonical name."""
        return cls(id=slugify(name), name=name, **fields)


class Article(_Model):
    """A source document: a news article, or one record of an event dataset."""

    id: str = Field(pattern=DOCUMENT_ID)
    title: str | None = None
    url: str | None = None
    source: str | None = None  # publisher or dataset: what makes two reports independent
    published: dt.date | None = None
    language: str | None = None
    reader: str | None = None  # what turned the file into text (HTML: loaders.articles.text.HTML_READER)
    # the source's version of the document (an article's text hash, an ACLED row's timestamp): a
    # stored article written again with another revision has its claims replaced (graph/writing.py)
    revision: str | None = None


class Evidence(_Model):
    """Where a claim was read: the sentence and its character span in the article text."""

    sentence: str = ""
    start: int = Field(0, ge=0)
    end: int = Field(0, ge=0)


class Claim(_Model):
    """One statement from one source about a typed relation between two actors.

    Every date has a role (see ``docs/model.md``):

    - ``valid_from``: the relation's **start** ("since 2015", "was formed on"); for an
      event-like type (ATTACKS) the day of the **event**.
    - ``valid_to``: the relation's **end** ("until 2016", "split in 2016"; a ``valid_to`` of
      ``2016`` is 2016-12-31).
    - ``observed``: the source reports the relation as **holding** at that time, without
      saying when it began ("Iran is arming X" in a 2024 article: observed 2024-05-01; "in 2013
      Iran was arming X": observed 2013).
    - ``ended`` marks a relation reported as over without a date ("former").
    - ``episodic``: the relation was seen only within one event (two actors co-listed on one
      side of an ACLED/UCDP row): it holds on its ``observed`` day, like an attack, never beyond.

    A claim with no date and no ``ended`` counts as observed on its ``reported`` day.

    Partial dates keep their precision (``2020`` -> 2020-01-01 at year precision). A date that
    belongs to an endpoint ("X, founded in 1999") is the actor's, never the claim's.
    """

    article: str = Field(pattern=DOCUMENT_ID)
    type: RelationType
    subject: str = Field(pattern=ACTOR_ID)
    object: str = Field(pattern=ACTOR_ID)
    valid_from: dt.date | None = None
    valid_from_precision: Precision | None = None
    valid_to: dt.date | None = None
    valid_to_precision: Precision | None = None
    observed: dt.date | None = None
    observed_precision: Precision | None = None
    ended: bool = False
    episodic: bool = False
    evidence: Evidence = Evidence()
    extractor: str = "manual"
    confidence: float = Field(0.7, ge=0.0, le=1.0)
    hedged: bool = False
    source: str | None = None  # copied from the article when empty (see GraphBatch)
    reported: dt.date | None = None  # when the source said it (article date, event date)
    attributes: dict[str, Any] = Field(default_factory=dict)  # fatalities, location, CAMEO code...

    @field_validator("type", mode="before")
    @classmethod
    def _parse_type(cls, value: Any) -> RelationType:
        return value if isinstance(value, RelationType) else RelationType.parse(value)

    @model_validator(mode="before")
    @classmethod
    def _partial_dates(cls, data: Any) -> Any:
        """Accept ``"2020"`` / ``"2020-03"`` for dates and fill in their precision."""
        return _partial_dates(data, ("valid_from", "valid_to", "observed"), ends=("valid_to",))

    @model_validator(mode="after")
    def _check(self) -> Claim:
        if self.subject == self.object:
            raise ValueError(f"subject and object are both {self.subject!r}")
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError(f"valid_to {self.valid_to} is before valid_from {self.valid_from}")
        return self

    @property
    def endpoints(self) -> tuple[str, str]:
        """(subject, object), in id order for symmetric types."""
        if self.type.symmetric and self.object < self.subject:
            return self.object, self.subject
        return self.subject, self.object

    @property
    def id(self) -> str:
        """Hash of (article, span, type, endpoints): the same claim written twice is one claim."""
        source, target = self.endpoints
        key = "|".join(
            [self.article, str(self.evidence.start), str(self.evidence.end), self.type, source, target]
        )
        return "c:" + hashlib.sha1(key.encode()).hexdigest()[:20]

    @property
    def relation_id(self) -> str:
        return relation_id(self.type, *self.endpoints)


def _partial_dates(data: Any, keys: tuple[str, ...], *, ends: tuple[str, ...]) -> Any:
    """``data`` with partial dates under ``keys`` parsed and their ``<key>_precision`` filled in.

    A key in ``ends`` is stored as the last day of its period (``2016`` -> 2016-12-31).
    """
    if not isinstance(data, dict):
        return data
    data = dict(data)
    for key in keys:
        value = data.get(key)
        if value is None or value == "":
            data[key] = None
            continue
        if isinstance(value, dt.date) and data.get(f"{key}_precision"):
            continue
        day, precision = parse_partial(value, field=key)
        if key in ends:
            day = period_end(day, precision)
        data[key] = day
        data.setdefault(f"{key}_precision", precision)
    return data


def relation_id(type_: RelationType, source: str, target: str) -> str:
    """The id of the aggregated relation: ``TYPE:source:target`` (symmetric: ids in order)."""
    if type_.symmetric and target < source:
        source, target = target, source
    return f"{type_}:{source}:{target}"


def parse_relation_id(value: str) -> tuple[RelationType, str, str]:
    """(type, source, target) of a relation id such as ``SUPPORTS:russia:syria``.

    Symmetric types come back with their endpoints in id order, as they are stored.
    """
    parts = value.split(":")
    if len(parts) != 3 or not all(parts):
        raise InputError(f"{value!r} is not a relation id (TYPE:source:target)", where="relation id")
    type_, source, target = RelationType.parse(parts[0], field="relation id"), parts[1], parts[2]
    if type_.symmetric and target < source:
        source, target = target, source
    return type_, source, target


_LIFETIME = ("founded", "founded_precision", "dissolved", "dissolved_precision")


def merge_actors(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Actors by id, the last copy of each id winning, except that a lifetime (``founded``,
    ``dissolved``) an earlier copy gave is kept where the later one has none."""
    out: dict[str, Actor] = {}
    for actor in actors:
        seen = out.get(actor.id)
        if seen is not None:
            kept = {k: getattr(seen, k) for k in _LIFETIME if getattr(actor, k) is None and getattr(seen, k)}
            actor = actor.model_copy(update=kept) if kept else actor
        out[actor.id] = actor
    return out


class ActorMention(_Model):
    """An article names an actor, in a relation or not: ``(:Article)-[:MENTIONS {count, names}]->(:Actor)``."""

    article: str = Field(pattern=DOCUMENT_ID)
    actor: str = Field(pattern=ACTOR_ID)
    count: int = Field(1, ge=1)  # mentions of the actor in the article
    names: tuple[str, ...] = ()  # the forms the article names it by


class GraphBatch(_Model):
    """What a loader hands to a store: actors, articles, the claims that link them, and mentions."""

    actors: tuple[Actor, ...] = ()
    articles: tuple[Article, ...] = ()
    claims: tuple[Claim, ...] = ()
    mentions: tuple[ActorMention, ...] = ()

    def merged(self, other: GraphBatch) -> GraphBatch:
        return GraphBatch(
            actors=self.actors + other.actors,
            articles=self.articles + other.articles,
            claims=self.claims + other.claims,
            mentions=self.mentions + other.mentions,
        )


class Relation(_Model):
    """All claims of one type between two actors, folded into one dated edge."""

    id: str
    type: RelationType
    source: str
    target: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    valid_from_precision: Precision | None = None
    valid_to_precision: Precision | None = None
    ended: bool = False
    active_from: dt.date | None = None  # first day it held: start, else first observation
    active_until: dt.date | None = None  # last day it held; unset while ongoing
    observed_from: dt.date | None = None  # first and last time a source saw it holding
    observed_to: dt.date | None = None
    observed_from_precision: Precision | None = None
    observed_to_precision: Precision | None = None
    episodic: bool = False  # only seen within events (co-listed in event rows): active like attacks
    disputed: str | None = None  # sources of lower authority that gave other dates
    first_reported: dt.date | None = None
    last_reported: dt.date | None = None
    confidence: float = 0.0
    claims: int = 0
    sources: int = 0
