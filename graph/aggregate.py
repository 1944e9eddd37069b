"""Fold the claims of one (type, source, target) into one :class:`Relation`.

The rules (documented with worked examples in ``docs/model.md``):

- Every claim date has a role: ``valid_from`` the **start** (ATTACKS: the **event** day),
  ``valid_to`` the **end**, ``observed`` a time the source saw the relation **holding**. A
  claim with no date and no "over" is observed on its ``reported`` day, so an undated claim
  never makes a relation active at every date.
- **Authority** decides dates: curated facts outrank structured datasets, which outrank text
  (:func:`authority`). ``valid_from`` is the earliest start of the most authoritative sources
  that give a start, ``valid_to`` the latest end of those that give an end; another source's
  differing date is kept in ``disputed`` ("start 2017-01-28 (curated facts) vs 2011 (text)").
- ``active_from`` is the first day the relation held: its start, or, without a start, its
  first observation. ``active_until`` is its last day: the end, or, when it was called over
  without a date, the day before the first report saying so; unset while ongoing.
- **Episodic** observations (co-listed in one event row) and ATTACKS hold only from the first
  to the last event: one row never makes a lasting alliance.
- ``observed_from``/``observed_to`` span the observations; ``first_reported``/``last_reported``
  the days the sources spoke; ``confidence`` is corroboration: each independent source counts
  once, with its most confident claim, combined as ``1 - prod(1 - c)``.

Actor lifetimes (``founded``/``dissolved``) are applied when reading (``cypher/``), not here,
so a lifetime learnt later bounds every relation at once.

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

from actorgraph.graph.dates import format_partial
from actorgraph.graph.model import RelationType, relation_id

_FINENESS = {"day": 0, "month": 1, "year": 2}

DatedPrecision = tuple[dt.date, str | None]

CURATED, DATASET, TEXT = 2, 1, 0
AUTHORITY_NAMES = {CURATED: "curated facts", DATASET: "dataset", TEXT: "text"}
_DATASET_EXTRACTORS = ("acled", "ucdp", "gdelt")


def authority(extractor: str | None) -> int:
    """How much a claim's dates weigh: :data:`CURATED` (fact files) > :data:`DATASET` > :data:`TEXT`."""
    name = (extractor or "").lower()
    if name == "facts":
        return CURATED
    if name.startswith(_DATASET_EXTRACTORS):
        return DATASET
    return TEXT


@dataclass
class RelationState:
    """What the aggregate of one relation needs from its claims, updatable claim by claim."""

    type: RelationType
    source: str
    target: str
    starts: dict[int, DatedPrecision] = field(default_factory=dict)  # authority -> earliest start
    ends: dict[int, DatedPrecision] = field(default_factory=dict)  # authority -> latest end
    observed_from: DatedPrecision | None = None  # lasting observations (and undated reports)
    observed_to: DatedPrecision | None = None
    episode_from: dt.date | None = None  # episodic observations and events (ATTACKS)
    episode_to: dt.date | None = None
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
        tier = authority(c.get("extractor"))
        start = _dated(c.get("valid_from"), c.get("valid_from_precision"))
        end = _dated(c.get("valid_to"), c.get("valid_to_precision"))
        observed = _dated(c.get("observed"), c.get("observed_precision"))
        reported = _day(c.get("reported"))
        if self.type.event_like or c.get("episodic"):  # an event: holds from its first to its last day
            first = start or observed or ((reported, None) if reported else None)
            if first:
                self.episode_from = min(filter(None, (self.episode_from, first[0])))
                # seen holding later ("has fought X since 2015", observed on the report): the episode lasts until then
                last = max(filter(None, ((end or first)[0], observed[0] if observed else None)))
                self.episode_to = max(filter(None, (self.episode_to, last)))
            if self.type.event_like:
                if start:
                    self.starts[tier] = _pick(self.starts.get(tier), start, earliest=True)
                    self.ends[tier] = _pick(self.ends.get(tier), start, earliest=False)
                if end:
                    self.ends[tier] = _pick(self.ends.get(tier), end, earliest=False)
        else:
            if start:
                self.starts[tier] = _pick(self.starts.get(tier), start, earliest=True)
            if end:
                self.ends[tier] = _pick(self.ends.get(tier), end, earliest=False)
            if not (start or end or observed or c.get("ended")) and reported:
                observed = (reported, "day")  # an undated claim: observed when it was reported
            if observed:
                self.observed_from = _pick(self.observed_from, observed, earliest=True)
                self.observed_to = _pick(self.observed_to, observed, earliest=False)
            if c.get("ended") or end:
                self.ended = True
            if c.get("ended") and reported:
                self.first_ended_report = min(filter(None, (self.first_ended_report, reported)))
        if reported:
            self.first_reported = min(filter(None, (self.first_reported, reported)))
            self.last_reported = max(filter(None, (self.last_reported, reported)))
        key = c.get("source") or c.get("article") or "?"
        self.best[key] = max(self.best.get(key, 0.0), float(c.get("confidence") or 0.0))

    def _chosen(self) -> tuple[DatedPrecision | None, DatedPrecision | None, list[str]]:
        """(start, end, disputes): the dates of the most authoritative sources that give them."""
        if self.type.event_like:
            return _fold(self.starts.values(), earliest=True), _fold(self.ends.values(), earliest=False), []
        disputes: list[str] = []
        chosen: list[DatedPrecision | None] = []
        for role, dates in (("start", self.starts), ("end", self.ends)):
            if not dates:
                chosen.append(None)
                continue
            tier = max(dates)
            value = dates[tier]
            chosen.append(value)
            others = [(t, d) for t, d in sorted(dates.items(), reverse=True) if t != tier and not _agree(d, value)]
            if others:
                disputes.append(f"{role} {_show(value)} ({AUTHORITY_NAMES[tier]}) vs " + ", ".join(
                    f"{_show(d)} ({AUTHORITY_NAMES[t]})" for t, d in others))
        return chosen[0], chosen[1], disputes

    def props(self) -> dict[str, Any]:
        """The stored properties of the relation."""
        start, end, disputes = self._chosen()
        valid_from, from_precision = start or (None, None)
        valid_to, to_precision = end or (None, None)
        lasting_from: dt.date | None = None
        lasting_until: dt.date | None = None
        if not self.type.event_like:
            lasting_from = valid_from or (self.observed_from[0] if self.observed_from else None)
            if valid_to:
                lasting_until = valid_to
            elif self.ended and self.first_ended_report:  # "former", no date: over by the first report saying so
                lasting_until = self.first_ended_report - dt.timedelta(days=1)
        episodic = lasting_from is None and self.episode_from is not None
        if self.type.event_like:
            active_from = min(filter(None, (valid_from, self.episode_from)), default=None)
            active_until = max(filter(None, (valid_to, self.episode_to)), default=None)
        elif lasting_from is None:
            active_from, active_until = self.episode_from, self.episode_to if episodic else lasting_until
        else:
            active_from = min(filter(None, (lasting_from, self.episode_from)))
            active_until = (
                None if lasting_until is None else max(filter(None, (lasting_until, self.episode_to)))
            )
        observed_from, observed_precision_from = self.observed_from or (None, None)
        observed_to, observed_precision_to = self.observed_to or (None, None)
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
            "active_from": active_from,
            "active_until": active_until,
            "observed_from": observed_from,
            "observed_to": observed_to,
            "observed_from_precision": observed_precision_from,
            "observed_to_precision": observed_precision_to,
            "episodic": episodic,
            "disputed": "; ".join(disputes) or None,
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
                "starts": {str(t): _dump_dated(d) for t, d in self.starts.items()},
                "ends": {str(t): _dump_dated(d) for t, d in self.ends.items()},
                "observed_from": _dump_dated(self.observed_from), "observed_to": _dump_dated(self.observed_to),
                "episode_from": _iso(self.episode_from), "episode_to": _iso(self.episode_to),
                "ended": self.ended, "first_ended_report": _iso(self.first_ended_report),
                "first_reported": _iso(self.first_reported), "last_reported": _iso(self.last_reported),
                "best": self.best, "claims": self.claims,
            },
            sort_keys=True,
        )

    @classmethod
    def load(cls, type_: RelationType, source: str, target: str, text: str) -> RelationState:
        """The state :meth:`dump` stored."""
        data = json.loads(text)
        dated = {k: {int(t): _load_dated(d) for t, d in data[k].items()} for k in ("starts", "ends")}
        return cls(
            type_, source, target, starts=dated["starts"], ends=dated["ends"],  # type: ignore[arg-type]
            observed_from=_load_dated(data["observed_from"]), observed_to=_load_dated(data["observed_to"]),
            episode_from=_day(data["episode_from"]), episode_to=_day(data["episode_to"]),
            ended=data["ended"], first_ended_report=_day(data["first_ended_report"]),
            first_reported=_day(data["first_reported"]), last_reported=_day(data["last_reported"]),
            best={k: float(v) for k, v in data["best"].items()}, claims=int(data["claims"]),
        )


def aggregate(type_: RelationType, source: str, target: str, claims: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
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


def _fold(values: Iterable[DatedPrecision], *, earliest: bool) -> DatedPrecision | None:
    result: DatedPrecision | None = None
    for value in values:
        result = _pick(result, value, earliest=earliest)
    return result


def _agree(a: DatedPrecision, b: DatedPrecision) -> bool:
    """Whether two dates name the same time at the coarser of their precisions (2017 and 2017-01-28 do)."""
    coarser = max((a[1], b[1]), key=lambda p: _FINENESS.get(p or "day", 0))
    return format_partial(a[0], coarser) == format_partial(b[0], coarser)


def _show(value: DatedPrecision) -> str:
    return format_partial(value[0], value[1]) or ""


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
