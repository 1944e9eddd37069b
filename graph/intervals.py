"""When a relation held, how that is known, and why it is (not) active on a date.

The Python twin of the as-of predicate in ``cypher/`` (``alliances.cypher``): used where a
read cannot filter in Cypher (paths, whole-graph exports) and to explain a relation's dates in
``actorgraph evidence`` (see ``docs/model.md``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from actorgraph.graph.aggregate import AUTHORITY_NAMES, authority
from actorgraph.graph.dates import format_partial
from actorgraph.graph.model import Relation, RelationType
from actorgraph.graph.results import ActorRef, EvidenceItem


class Dated(Protocol):
    """What :func:`describe` reads: a relation or an alliance entry."""

    @property
    def valid_from(self) -> dt.date | None: ...
    @property
    def valid_to(self) -> dt.date | None: ...
    @property
    def valid_from_precision(self) -> str | None: ...
    @property
    def valid_to_precision(self) -> str | None: ...
    @property
    def observed_from(self) -> dt.date | None: ...
    @property
    def observed_to(self) -> dt.date | None: ...
    @property
    def observed_from_precision(self) -> str | None: ...
    @property
    def observed_to_precision(self) -> str | None: ...
    @property
    def ended(self) -> bool: ...
    @property
    def episodic(self) -> bool: ...


def describe(dated: Dated, *, event_like: bool = False) -> str:
    """How a relation's dates are known: ``since 2015``, ``2015 – 2016``, ``observed 2013 – 2024``,
    ``seen in events 2013-01-26``, ``until 2016-07-28``, ``ended`` or ``""``."""
    start = format_partial(dated.valid_from, dated.valid_from_precision)
    end = format_partial(dated.valid_to, dated.valid_to_precision)
    seen_from = format_partial(dated.observed_from, dated.observed_from_precision)
    seen_to = format_partial(dated.observed_to, dated.observed_to_precision)
    if event_like and start:
        return start if not end or start == end else f"{start} – {end}"
    if start and end:
        return f"{start} – {end}"
    if start:
        return f"{start} – ended" if dated.ended else f"since {start}"
    if seen_from:
        seen = seen_from if seen_from == seen_to or not seen_to else f"{seen_from} – {seen_to}"
        return f"observed {seen}" + (f", until {end}" if end else ", ended" if dated.ended else "")
    if dated.episodic:
        return "seen in events only"
    if end:
        return f"until {end}"
    return "ended" if dated.ended else ""


def active(
    relation: Relation, since: dt.date, until: dt.date,
    source: ActorRef | None = None, target: ActorRef | None = None,
) -> bool:
    """Whether ``relation`` held at some time in [``since``, ``until``] with both actors alive.

    Mirrors ``cypher/alliances.cypher``: a relation never dated (no ``active_from``) counts only
    when all time is asked; a SUCCESSOR_OF link, history once made, outlives both actors'
    dissolution (never their founding).
    """
    if relation.active_from is None and until < dt.date.max:
        return False
    if relation.active_from is not None and relation.active_from > until:
        return False
    if relation.active_until is not None and relation.active_until < since:
        return False
    for actor in (source, target):
        if actor is None:
            continue
        if actor.founded and actor.founded > until:
            return False
        if actor.dissolved and actor.dissolved < since and relation.type is not RelationType.SUCCESSOR_OF:
            return False
    return True


def _day(value: dt.date | None, precision: str | None) -> str:
    return format_partial(value, precision) or "?"


def _lifetime_conflicts(claim: EvidenceItem, actors: Sequence[ActorRef | None], type_: RelationType) -> list[str]:
    notes = []
    dated = [(claim.valid_from, claim.valid_from_precision), (claim.observed, claim.observed_precision),
             (claim.valid_to, claim.valid_to_precision)]
    for actor in actors:
        if actor is None:
            continue
        if actor.founded and any(d and d < actor.founded for d, _ in dated):
            notes.append(f"conflicts: dated before {actor.name} existed "
                         f"(founded {_day(actor.founded, actor.founded_precision)})")
        last = claim.valid_to or claim.observed or claim.valid_from
        if actor.dissolved and last and last > actor.dissolved and type_ is not RelationType.SUCCESSOR_OF:
            notes.append(f"conflicts: dated after {actor.name} was dissolved "
                         f"({_day(actor.dissolved, actor.dissolved_precision)})")
    return notes


def explain(
    relation: Relation, claims: list[EvidenceItem], *, as_of: dt.date | None = None,
    source: ActorRef | None = None, target: ActorRef | None = None,
) -> tuple[list[str], bool | None, list[EvidenceItem]]:
    """(lines, active on ``as_of`` or ``None``, the claims with their notes) for ``actorgraph evidence``.

    The lines say which claims set the start and the end and, with ``as_of``, why the relation
    is or is not active then; each claim's notes say what it set and whether it conflicts with
    an actor's lifetime or with a more authoritative date.
    """
    type_ = relation.type
    lines: list[str] = []
    noted: list[EvidenceItem] = []
    start_claims = [c.claim for c in claims if c.valid_from == relation.valid_from and relation.valid_from]
    end_claims = [c.claim for c in claims if relation.valid_to and (c.valid_to or c.valid_from) == relation.valid_to]
    for claim in claims:
        notes = []
        if claim.claim in start_claims:
            notes.append("sets the first event" if type_.event_like else "sets the start")
        if claim.claim in end_claims and not type_.event_like:
            notes.append("sets the end")
        if claim.claim in end_claims and type_.event_like and relation.valid_to != relation.valid_from:
            notes.append("sets the last event")
        tier = AUTHORITY_NAMES[authority(claim.extractor)]
        if not type_.event_like and claim.valid_from and relation.valid_from and claim.claim not in start_claims \
                and claim.valid_from < relation.valid_from:
            notes.append(f"earlier start outranked ({tier})")
        if claim.episodic:
            notes.append("episodic: holds on its event day only")
        elif not (claim.valid_from or claim.valid_to or claim.observed or claim.ended) and not type_.event_like:
            notes.append("undated: counts as observed on its report day")
        notes += _lifetime_conflicts(claim, [source, target], type_)
        noted.append(claim.model_copy(update={"notes": notes}))
    span = describe(relation, event_like=type_.event_like)
    lines.append(f"dates: {span or 'none given'}" + (f" (from {len(start_claims)} claim(s))" if start_claims else ""))
    if relation.active_from:
        lines.append(f"active from {relation.active_from.isoformat()}" + (
            f" to {relation.active_until.isoformat()}" if relation.active_until else ", ongoing"))
    else:
        lines.append("no dated claim: shown only when all time is asked")
    if relation.disputed:
        lines.append(f"dates disputed: {relation.disputed}")
    for actor in (source, target):
        if actor and (actor.founded or actor.dissolved):
            born = _day(actor.founded, actor.founded_precision) if actor.founded else "?"
            gone = _day(actor.dissolved, actor.dissolved_precision) if actor.dissolved else "now"
            lines.append(f"{actor.name} existed {born} – {gone}")
    state: bool | None = None
    if as_of:
        state = active(relation, as_of, as_of, source, target)
        lines.append(f"on {as_of.isoformat()}: " + ("active" if state else "not active, " + _why_not(
            relation, as_of, source, target)))
    return lines, state, noted


def _why_not(relation: Relation, day: dt.date, source: ActorRef | None, target: ActorRef | None) -> str:
    if relation.active_from is None:
        return "no claim dates it"
    if relation.active_from > day:
        return f"it began (or was first observed) on {relation.active_from.isoformat()}"
    if relation.active_until is not None and relation.active_until < day:
        return f"it was over by {relation.active_until.isoformat()}"
    for actor in (source, target):
        if actor and actor.founded and actor.founded > day:
            return f"{actor.name} did not exist yet (founded {_day(actor.founded, actor.founded_precision)})"
        if actor and actor.dissolved and actor.dissolved < day:
            return f"{actor.name} had been dissolved ({_day(actor.dissolved, actor.dissolved_precision)})"
    return "outside its interval"
