"""``DELETE /articles/{id}``: retract a source document and every claim it reports.

Each relation that loses a claim is recomputed from the claims it keeps, or removed when none is
left, in one transaction (:func:`actorgraph.graph.writing.retract_articles`). Needs
``Authorization: Bearer <key>`` when ``ACTORGRAPH_API_KEY`` is set, like every write.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from actorgraph.api.deps import StoreDep, WriteAllowed
from actorgraph.api.errors import ERROR_RESPONSES, ErrorResponse
from actorgraph.errors import NotFoundError
from actorgraph.graph.model import DOCUMENT_ID

router = APIRouter(tags=["ingest"], responses={
    **ERROR_RESPONSES, 401: {"model": ErrorResponse, "description": "Missing or wrong API key"},
})


class Retraction(BaseModel):
    """What retracting one article removed."""

    article: str
    claims_retracted: int
    relations_recomputed: int
    relations_removed: int


@router.delete("/articles/{article_id}", response_model=Retraction, dependencies=[WriteAllowed])
async def delete_article(
    store: StoreDep,
    article_id: Annotated[str, Path(pattern=DOCUMENT_ID, description="The article's id (as ingested).")],
) -> Retraction:
    """Retract an article: its claims go, its relations are recomputed or removed."""
    if not await run_in_threadpool(store.query, "articles_existing", ids=[article_id]):
        raise NotFoundError(f"no article {article_id!r} is stored", detail={"article": article_id})
    result = await run_in_threadpool(store.retract, [article_id])
    return Retraction(article=article_id, claims_retracted=result.claims_retracted,
                      relations_recomputed=result.relations, relations_removed=result.relations_removed)
