"""Fold the claims of one (type, source, target) into one :class:`Relation`.

The rules (documented in ``docs/model.md``):

- ``valid_from`` is the earliest date any claim gives; ``valid_to`` the latest end any claim
  gives. For ATTACKS these are the first and the last reported attack. Each keeps the finest
  precision a claim gave for that date ("since 2015" stays a year).
- ``ended`` when a claim says the relation is over ("former affiliate") or gives an end;
  ``active_until`` is the last day it held: its end, or the day before the first report
  that called it over.
- ``confidence`` is corroboration: each independent source (publisher or dataset) counts once,
  with its most confident claim, and sources combine as ``1 - prod(1 - c)``.
- ``first_reported``/``last_reported`` span the dates the sources spoke.

The fold is a :class:`RelationState`: it holds exactly what these rules need, can be stored
with the relation (:meth:`RelationState.dump` / :meth:`RelationState.load`) and takes new claims
with :meth:`RelationState.add`, so a write costs what its new claims cost, not what the relation
already holds. ``RelationState.of(claims).props()`` is the full recompute; both must agree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from actorgraph.graph.model import RelationType, relation_id

_FINENESS = {"day": 0, "month": 1, "year": 2}

DatedPrecision = tuple[dt.date, str | None]


@dataclass
class RelationState:
    """What the aggregate of one relation needs from its claims, updatable claim by claim."""

    type: RelationType
    source: str
    target: str
    start: DatedPrecision | None = None  # earliest start (event-like: earliest event)
    end: DatedPrecision | None = None  # latest end (event-like: latest event)
    ended: bool = False
    first_ended_report: dt.date | None = None  # earliest report of an undated "former"
    first_reported: dt.date | None = None
    last_reported: dt.date | None = None
    best: dict[str, float] = field(default_factory=dict)  # source -> its most confident claim
    claims: int = 0

    @classmethod
    def of(
        cls, type_: RelationType, source: str, target: str, claims: Iterable[Mapping[str, Any]] = ()
    ) -> RelationState:
        """The state of a relation holding ``claims`` (rows of claim properties)."""
        state = cls(type_, source, target)
        state.add(claims)
        return state

    def add(self, claims: Iterable[Mapping[str, Any]]) -> RelationState:
        """Fold new claims (rows of claim properties) into this state; returns ``self``."""
        for claim in claims:
            self._add_one(claim)
        return self

    def _add_one(self, c: Mapping[str, Any]) -> None:
        self.claims += 1
        start = _dated(c.get("valid_from"), c.get("valid_from_precision"))
        end = _dated(c.get("valid_to"), c.get("valid_to_precision"))
        if start:
            self.start = _pick(self.start, start, earliest=True)
            if self.type.event_like:
                self.end = _pick(self.end, start, earliest=False)
        if end:
            self.end = _pick(self.end, end, earliest=False)
        reported = _day(c.get("reported"))
        if reported:
            self.first_reported = min(filter(None, (self.first_reported, reported)))
            self.last_reported = max(filter(None, (self.last_reported, reported)))
        if not self.type.event_like and (c.get("ended") or end):
            self.ended = True
        if c.get("ended") and reported:
            self.first_ended_report = min(filter(None, (self.first_ended_report, reported)))
        key = c.get("source") or c.get("article") or "?"
        self.best[key] = max(self.best.get(key, 0.0), float(c.get("confidence") or 0.0))

    def props(self) -> dict[str, Any]:
        """The stored properties of the relation."""
        valid_from, from_precision = self.start or (None, None)
        valid_to, to_precision = self.end or (None, None)
        if valid_to and not self.type.event_like:
            active_until: dt.date | None = valid_to
        elif self.ended and self.first_ended_report:  # "former", no date: over by the first report saying so
            active_until = self.first_ended_report - dt.timedelta(days=1)
        elif self.type.event_like:
            active_until = valid_to
        else:
            active_until = None
        doubt = 1.0
        for value in self.best.values():
            doubt *= 1.0 - value
        return {
            "id": relation_id(self.type, self.source, self.target),
            "type": str(self.type),
            "source": self.source,
            "target": self.target,
            "valid_from": valid_from,
            "valid_to": valid_to,
            "valid_from_precision": from_precision,
            "valid_to_precision": to_precision,
            "active_until": active_until,
            "ended": self.ended,
            "first_reported": self.first_reported,
            "last_reported": self.last_reported,
            "confidence": round(1.0 - doubt, 4),
            "claims": self.claims,
            "sources": len(self.best),
        }

    def dump(self) -> str:
        """This state as JSON, to store with the relation (property ``state``)."""
        return json.dumps(
            {
                "start": _dump_dated(self.start), "end": _dump_dated(self.end), "ended": self.ended,
                "first_ended_report": _iso(self.first_ended_report),
                "first_reported": _iso(self.first_reported), "last_reported": _iso(self.last_reported),
                "best": self.best, "claims": self.claims,
            },
            sort_keys=True,
        )

    @classmethod
    def load(cls, type_: RelationType, source: str, target: str, text: str) -> RelationState:
        """The state :meth:`dump` stored."""
        data = json.loads(text)
        return cls(
            type_, source, target, start=_load_dated(data["start"]), end=_load_dated(data["end"]),
            ended=data["ended"], first_ended_report=_day(data["first_ended_report"]),
            first_reported=_day(data["first_reported"]), last_reported=_day(data["last_reported"]),
            best={k: float(v) for k, v in data["best"].items()}, claims=int(data["claims"]),
        )


def aggregate(type_: RelationType, source: str, target: str, claims: Iterable[Mapping[str, Any]]) -> dict:
    """The stored properties of the relation built from ``claims`` (a full recompute)."""
    return RelationState.of(type_, source, target, claims).props()


def _pick(current: DatedPrecision | None, new: DatedPrecision, *, earliest: bool) -> DatedPrecision:
    """The earlier (or later) of two dated values; on the same day, the finest precision given."""
    if current is None:
        return new
    if new[0] != current[0]:
        return new if (new[0] < current[0]) == earliest else current
    precisions = [p for p in (current[1], new[1]) if p]
    return current[0], min(precisions, key=lambda p: _FINENESS.get(p, 3)) if precisions else None


def _day(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _dated(value: Any, precision: Any) -> DatedPrecision | None:
    day = _day(value)
    return (day, str(precision) if precision else None) if day else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _dump_dated(value: DatedPrecision | None) -> list[str | None] | None:
    return [value[0].isoformat(), value[1]] if value else None


def _load_dated(value: list[str | None] | None) -> DatedPrecision | None:
    return (dt.date.fromisoformat(str(value[0])), value[1]) if value else None
