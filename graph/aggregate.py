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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from actorgraph.graph.model import RelationType, relation_id


def aggregate(type_: RelationType, source: str, target: str, claims: Iterable[Mapping[str, Any]]) -> dict:
    """The stored properties of the relation built from ``claims`` (rows of claim properties)."""
    rows = list(claims)
    starts = [(c["valid_from"], c.get("valid_from_precision")) for c in rows if c.get("valid_from")]
    ends = [(c["valid_to"], c.get("valid_to_precision")) for c in rows if c.get("valid_to")]
    if type_.event_like:
        ends = ends + starts
    valid_from, from_precision = _extreme(starts, min)
    valid_to, to_precision = _extreme(ends, max)
    reported = [c["reported"] for c in rows if c.get("reported")]
    best: dict[str, float] = {}
    for claim in rows:
        key = claim.get("source") or claim.get("article") or "?"
        best[key] = max(best.get(key, 0.0), float(claim.get("confidence") or 0.0))
    doubt = 1.0
    for value in best.values():
        doubt *= 1.0 - value
    ended = not type_.event_like and any(c.get("ended") or c.get("valid_to") for c in rows)
    if valid_to:
        active_until = valid_to
    elif ended:  # "former", no date: over by the first report that said so
        said = [c["reported"] for c in rows if c.get("ended") and c.get("reported")]
        active_until = min(said) - dt.timedelta(days=1) if said else None
    else:
        active_until = None
    return {
        "id": relation_id(type_, source, target),
        "type": str(type_),
        "source": source,
        "target": target,
        "valid_from": valid_from,
        "valid_to": valid_to,
        "valid_from_precision": from_precision,
        "valid_to_precision": to_precision,
        "active_until": active_until,
        "ended": ended,
        "first_reported": min(reported) if reported else None,
        "last_reported": max(reported) if reported else None,
        "confidence": round(1.0 - doubt, 4),
        "claims": len(rows),
        "sources": len(best),
    }


_FINENESS = {"day": 0, "month": 1, "year": 2}


def _extreme(
    dated: list[tuple[dt.date, str | None]], pick: Callable[[Iterable[dt.date]], dt.date]
) -> tuple[dt.date | None, str | None]:
    """The earliest (``min``) or latest (``max``) date, with the finest precision given for it."""
    if not dated:
        return None, None
    day = pick(d for d, _ in dated)
    precisions = [str(p) for d, p in dated if d == day and p]
    return day, min(precisions, key=lambda p: _FINENESS.get(p, 3)) if precisions else None
