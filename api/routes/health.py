"""``GET /health``: is the store reachable, which version, how much it holds."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from actorgraph import __version__
from actorgraph.api.deps import StoreDep
from actorgraph.api.errors import ERROR_RESPONSES
from actorgraph.graph import questions as q

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    version: str
    backend: str
    counts: dict[str, int]


@router.get("/health", response_model=Health, responses={503: ERROR_RESPONSES[503]})
def health(store: StoreDep) -> Health:
    """The store answers (else 503 with `Retry-After`): version, backend and counts."""
    return Health(status="ok", version=__version__, backend=store.backend, counts=q.counts(store))
