"""``GET /changes``: what began, ended or saw its first attack between two dates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from actorgraph.api.deps import StoreDep, date_param
from actorgraph.api.errors import ERROR_RESPONSES
from actorgraph.graph import analysis

router = APIRouter(tags=["changes"], responses=ERROR_RESPONSES)


@router.get("/changes", response_model=analysis.Changes)
def changes(
    store: StoreDep,
    from_: Annotated[str, Query(alias="from", min_length=1, description="First day (YYYY[-MM[-DD]]).",
                                examples=["2016"])],
    to: Annotated[str, Query(min_length=1, description="Last day; a partial date means its last day.",
                             examples=["2017"])],
    actor: Annotated[str | None, Query(description="Only the relations of this actor (id or name).")] = None,
    type: Annotated[list[str] | None, Query(description="Relation types (repeatable).")] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
) -> analysis.Changes:
    """New backers, broken alliances, first attacks... between `from` and `to`, in date order."""
    since = date_param(from_, "from")
    until = date_param(to, "to", end=True)
    assert since is not None and until is not None  # both are required and non-empty
    return analysis.changes(store, since, until, actor=actor, types=type, limit=limit)
