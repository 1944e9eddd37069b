"""Alliances of one actor, and the blocs of the whole graph."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from actorgraph.api.deps import StoreDep, WindowDays, date_param
from actorgraph.api.errors import ERROR_RESPONSES
from actorgraph.graph import analysis
from actorgraph.graph import questions as q
from actorgraph.graph.results import Alliances

router = APIRouter(tags=["alliances"], responses=ERROR_RESPONSES)

AsOf = Annotated[str | None, Query(description="The date (YYYY[-MM[-DD]]); all time if omitted.",
                                   examples=["2020-03-01"])]


@router.get("/actors/{id}/alliances", response_model=Alliances)
def alliances(
    store: StoreDep,
    id: Annotated[str, Path(description="Actor id, name or alias.", examples=["Russia"])],
    as_of: AsOf = None,
    window_days: WindowDays = 365,
) -> Alliances:
    """Backers, backed, allies, parents, branches, ceasefires and adversaries, with dates,
    confidence and evidence counts."""
    return q.alliances(store, id, as_of=date_param(as_of, "as_of"), window_days=window_days)


@router.get("/alliances/blocs", response_model=analysis.Blocs)
def blocs(
    store: StoreDep,
    as_of: AsOf = None,
    window_days: WindowDays = 365,
    min_confidence: Annotated[float, Query(ge=0, le=1)] = 0.0,
    min_size: Annotated[int, Query(ge=1, le=1000)] = 2,
) -> analysis.Blocs:
    """Camps of actors from the signed graph (support, alliance, lineage bind; attacks divide):
    each bloc with its members and binding relations, and the relations across blocs."""
    return analysis.blocs(store, as_of=date_param(as_of, "as_of"), window_days=window_days,
                          min_confidence=min_confidence, min_size=min_size)
