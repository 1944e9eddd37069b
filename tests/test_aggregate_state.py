"""The incremental fold (stored state + new claims) equals a full recompute on random histories."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from actorgraph.graph.aggregate import RelationState, aggregate
from actorgraph.graph.model import RelationType

PRECISIONS = [None, "day", "month", "year"]


def _claim(rng: random.Random) -> dict:
    day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(0, 5000, 97))
    end = day + dt.timedelta(days=rng.randrange(0, 900, 181)) if rng.random() < 0.3 else None
    return {
        "valid_from": day.isoformat() if rng.random() < 0.7 else None,
        "valid_from_precision": rng.choice(PRECISIONS),
        "valid_to": end.isoformat() if end else None,
        "valid_to_precision": rng.choice(PRECISIONS) if end else None,
        "observed": (day + dt.timedelta(days=rng.randrange(-300, 300, 37))).isoformat() if rng.random() < 0.4 else None,
        "observed_precision": rng.choice(PRECISIONS),
        "episodic": rng.random() < 0.2,
        "extractor": rng.choice(["facts", "acled", "ucdp", "rules:x", None]),
        "ended": rng.random() < 0.2,
        "reported": (day + dt.timedelta(days=rng.randrange(0, 400))).isoformat() if rng.random() < 0.8 else None,
        "source": rng.choice(["wire", "paper", "acled", None]),
        "article": rng.choice(["a1", "a2", "a3"]),
        "confidence": rng.choice([0.3, 0.5, 0.8, 0.95]),
    }


@pytest.mark.parametrize("type_", list(RelationType))
def test_incremental_fold_equals_full_recompute(type_: RelationType) -> None:
    rng = random.Random(f"fold-{type_}")
    for _ in range(200):
        history = [_claim(rng) for _ in range(rng.randrange(1, 12))]
        cut = rng.randrange(0, len(history) + 1)
        stored = RelationState.of(type_, "a", "b", history[:cut]).dump()
        state = RelationState.load(type_, "a", "b", stored).add(history[cut:])
        assert state.props() == aggregate(type_, "a", "b", history)


def test_state_keeps_the_finest_precision_of_the_earliest_date() -> None:
    rows = [
        {"valid_from": "2015-01-01", "valid_from_precision": "year", "source": "x", "confidence": 0.5},
        {"valid_from": "2015-01-01", "valid_from_precision": "day", "source": "y", "confidence": 0.5},
        {"valid_from": "2016-03-01", "valid_from_precision": "month", "source": "y", "confidence": 0.9},
    ]
    props = aggregate(RelationType.SUPPORTS, "a", "b", rows)
    assert (props["valid_from"], props["valid_from_precision"]) == (dt.date(2015, 1, 1), "day")
    assert props["sources"] == 2 and props["claims"] == 3
    assert props["confidence"] == round(1 - 0.5 * 0.1, 4)
