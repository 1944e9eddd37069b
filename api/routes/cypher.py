"""``POST /cypher``: read-only Cypher for power users, with a row cap and a timeout.

Writes are refused twice: by :func:`actorgraph.graph.readonly.check_read_only`, then by the
database, which runs the statement in a read-only transaction (see that module).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from actorgraph.api.deps import SettingsDep, StoreDep
from actorgraph.api.errors import ERROR_RESPONSES, ErrorResponse
from actorgraph.graph.readonly import run_read_only

router = APIRouter(tags=["cypher"], responses={
    **ERROR_RESPONSES, 400: {"model": ErrorResponse, "description": "Refused (it could write) or failed"},
})


class CypherIn(BaseModel):
    query: str = Field(min_length=1, max_length=20_000, description="One read-only Cypher statement.")
    params: dict[str, Any] = Field(default_factory=dict, description="Its `$parameters`.")
    max_rows: int | None = Field(None, ge=1, description="Fewer rows than the server's cap.")

    model_config = {"json_schema_extra": {"examples": [{
        "query": "MATCH (a:Actor {id: $id})-[r]->(b:Actor) RETURN r.type AS type, b.name AS name",
        "params": {"id": "russia"},
    }]}}


class CypherOut(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="More rows than the cap existed; they were cut off.")
    max_rows: int
    backend: str


@router.post("/cypher", response_model=CypherOut)
async def cypher(store: StoreDep, settings: SettingsDep, body: Annotated[CypherIn, Body()]) -> CypherOut:
    """Run one read-only statement; CREATE, MERGE, DELETE, SET, REMOVE, LOAD CSV, COPY and
    procedures that write are refused (400)."""
    cap = min(body.max_rows or settings.cypher_max_rows, settings.cypher_max_rows)
    rows, truncated = await run_in_threadpool(
        run_read_only, store, body.query, body.params, max_rows=cap, timeout=settings.cypher_timeout
    )
    columns = list(rows[0]) if rows else []
    return CypherOut(columns=columns, rows=[_jsonable(r) for r in rows], truncated=truncated, max_rows=cap,
                     backend=store.backend)


def _jsonable(value: Any) -> Any:
    """Nodes, relationships and other engine objects as plain JSON values."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "items"):  # a Neo4j node or relationship
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)
