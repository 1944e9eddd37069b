"""``POST /cypher``: read-only Cypher for power users, with a row cap and a timeout.

Statements are bounded, read as tokens, planned by the engine (``EXPLAIN``) and refused
unless the plan only reads, then run in a read-only transaction (see
:mod:`actorgraph.graph.readonly`). With an API key set it needs the key; a setting switches it off.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from actorgraph.api.deps import CypherAllowed, SettingsDep, StoreDep
from actorgraph.api.errors import ERROR_RESPONSES, ErrorResponse
from actorgraph.errors import QueryError
from actorgraph.graph.readonly import MAX_QUERY_CHARS, run_read_only
from actorgraph.graph.readonly_process import plain as plain_value

router = APIRouter(tags=["cypher"], responses={
    **ERROR_RESPONSES, 400: {"model": ErrorResponse, "description": "Refused (it could write) or failed"},
    401: {"model": ErrorResponse, "description": "The server has an API key and the request lacks it"},
    403: {"model": ErrorResponse, "description": "POST /cypher is switched off on this server"},
})


class CypherIn(BaseModel):
    query: str = Field(min_length=1, max_length=MAX_QUERY_CHARS, description="One read-only Cypher statement.")
    params: dict[str, Any] = Field(default_factory=dict, description="Its `$parameters`.")
    max_rows: int | None = Field(None, ge=1, le=1_000_000, description="Fewer rows than the server's cap.")

    model_config = {"json_schema_extra": {"examples": [{
        "query": "MATCH (a:Actor {id: $id})-[r]->(b:Actor) RETURN r.type AS type, b.name AS name",
        "params": {"id": "russia"},
    }]}}


class CypherOut(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="More rows than the row or byte cap existed; they were cut off.")
    max_rows: int
    backend: str


@router.post("/cypher", response_model=CypherOut, dependencies=[CypherAllowed])
async def cypher(store: StoreDep, settings: SettingsDep, body: Annotated[CypherIn, Body()]) -> CypherOut:
    """Run one read-only statement. Anything the engine plans as more than a read (writes,
    LOAD CSV, COPY, procedures outside a short read-only list, SHOW) is refused (400)."""
    cap = min(body.max_rows or settings.cypher_max_rows, settings.cypher_max_rows)
    rows, truncated = await run_in_threadpool(
        run_read_only, store, body.query, body.params, max_rows=cap, timeout=settings.cypher_timeout,
        max_bytes=settings.cypher_max_bytes, memory_mb=settings.cypher_max_memory_mb,
    )
    columns = list(rows[0]) if rows else []
    kept: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        plain = plain_value(row)
        size += len(json.dumps(plain, ensure_ascii=False, default=str))
        if size > settings.cypher_max_bytes:
            if not kept:
                raise QueryError(f"one row of the result is larger than {settings.cypher_max_bytes} bytes "
                                 "(ACTORGRAPH_CYPHER_MAX_BYTES)", detail={"field": "query"})
            truncated = True
            break
        kept.append(plain)
    return CypherOut(columns=columns, rows=kept, truncated=truncated, max_rows=cap, backend=store.backend)
