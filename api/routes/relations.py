"""``/relations``: the edge list, and the evidence behind one relation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from actorgraph.api.deps import StoreDep, date_param
from actorgraph.api.errors import ERROR_RESPONSES
from actorgraph.graph import analysis
from actorgraph.graph import questions as q
from actorgraph.graph.results import Evidence

router = APIRouter(prefix="/relations", tags=["relations"], responses=ERROR_RESPONSES)


@router.get("", response_model=analysis.RelationPage)
def relations(
    store: StoreDep,
    source: Annotated[str | None, Query(description="Source actor id or name.", examples=["Russia"])] = None,
    target: Annotated[str | None, Query(description="Target actor id or name.")] = None,
    type: Annotated[list[str] | None, Query(description="Relation types (repeatable).",
                                            examples=[["SUPPORTS"]])] = None,
    from_: Annotated[str | None, Query(alias="from", description="Active on or after this date.")] = None,
    to: Annotated[str | None, Query(description="Active on or before this date.")] = None,
    min_confidence: Annotated[float, Query(ge=0, le=1)] = 0.0,
    offset: Annotated[int, Query(ge=0, le=analysis.MAX_OFFSET)] = 0,
    limit: Annotated[int, Query(ge=1, le=analysis.MAX_PAGE)] = 100,
) -> analysis.RelationPage:
    """Relations matching the filters, in id order; follow `next_offset` for the next page."""
    return analysis.relations(
        store, source=source, target=target, types=type, since=date_param(from_, "from"),
        until=date_param(to, "to", end=True), min_confidence=min_confidence, offset=offset, limit=limit,
    )


@router.get("/{id}/evidence", response_model=Evidence)
def evidence(
    store: StoreDep,
    id: Annotated[str, Path(description="Relation id TYPE:source:target.",
                            examples=["SUPPORTS:russia:syrian-government-assad"])],
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    as_of: Annotated[str | None, Query(description="Explain whether the relation held on this date "
                                                   "(YYYY[-MM[-DD]]).", examples=["2016-06-01"])] = None,
) -> Evidence:
    """The claims behind a relation (sentence, article, source, date), which claims set its start
    and end, and, with `as_of`, why it is (not) active then."""
    return q.evidence(store, id, limit=limit, as_of=date_param(as_of, "as_of"))
