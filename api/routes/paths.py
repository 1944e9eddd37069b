"""``GET /paths``: how two actors connect, with the evidence of each step."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Field

from actorgraph.api.deps import StoreDep, date_param
from actorgraph.api.errors import ERROR_RESPONSES
from actorgraph.graph import questions as q
from actorgraph.graph.results import Evidence, PathResult

router = APIRouter(tags=["paths"], responses=ERROR_RESPONSES)


class PathWithEvidence(PathResult):
    evidence: list[Evidence] = Field(default_factory=list, description="The claims of each link, in path order.")


@router.get("/paths", response_model=PathWithEvidence)
def paths(
    store: StoreDep,
    from_: Annotated[str, Query(alias="from", min_length=1, description="Actor id or name.", examples=["HTS"])],
    to: Annotated[str, Query(min_length=1, description="Actor id or name.", examples=["al-Qaeda"])],
    as_of: Annotated[str | None, Query(description="Only relations active on this date.")] = None,
    types: Annotated[list[str] | None, Query(description="Relation types to walk.")] = None,
    evidence_per_step: Annotated[int, Query(ge=0, le=100)] = 5,
) -> PathWithEvidence:
    """A shortest chain of relations (any direction) from `from` to `to`, each step with its claims."""
    found = q.path(store, from_, to, types=types, as_of=date_param(as_of, "as_of"))
    steps = [q.evidence(store, link.id, limit=evidence_per_step) for link in found.links] if evidence_per_step else []
    return PathWithEvidence(**found.model_dump(), evidence=steps)
