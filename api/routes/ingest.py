"""``POST /articles`` and ``POST /events``: ingest through the loaders' pipeline.

Both run :func:`actorgraph.loaders.ingest.ingest` on what was sent, exactly as
``actorgraph ingest`` runs it on files, and answer what was read and extracted. Writes need
``Authorization: Bearer <key>`` when ``ACTORGRAPH_API_KEY`` is set.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from actorgraph.api.deps import SettingsDep, StoreDep, WriteAllowed
from actorgraph.api.errors import ERROR_RESPONSES, ErrorResponse, PayloadTooLarge
from actorgraph.errors import InputError
from actorgraph.graph.model import Claim, GraphBatch
from actorgraph.graph.store import Store
from actorgraph.graph.writing import WriteResult
from actorgraph.loaders.formats import FORMATS
from actorgraph.settings import Settings

router = APIRouter(tags=["ingest"], responses={
    **ERROR_RESPONSES, 401: {"model": ErrorResponse, "description": "Missing or wrong API key"},
    413: {"model": ErrorResponse, "description": "Body larger than ACTORGRAPH_UPLOAD_MAX_BYTES"},
})
MAX_LISTED_CLAIMS = 1000
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class ArticleIn(BaseModel):
    """One news article; `text` is required, the rest helps dating and attribution."""

    text: str = Field(min_length=1, description="The article body.")
    id: str | None = Field(None, description="Stable id; derived from the position when omitted.")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="Publisher: what makes two reports independent.")
    published: str | None = Field(None, description="Publication date (YYYY[-MM[-DD]]).")
    language: str | None = None

    model_config = {"json_schema_extra": {"examples": [{
        "id": "example-2020-03-06", "title": "Moscow and Ankara agree Idlib truce", "source": "Example Wire",
        "published": "2020-03-06", "text": "Russia and Turkey agreed a ceasefire in Idlib on 5 March.",
    }]}}


class ExtractedClaim(BaseModel):
    relation: str
    type: str
    subject: str
    object: str
    sentence: str
    valid_from: str | None = None
    valid_to: str | None = None
    confidence: float
    article: str


class IngestSummary(WriteResult):
    """What was read, written and extracted (claims listed up to 1000)."""

    files: int = 0
    units: int = 0
    skipped: list[str] = Field(default_factory=list)
    failed: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    claims: list[ExtractedClaim] = Field(default_factory=list)


def _gazetteer(request: Request) -> Any:
    cached = getattr(request.app.state, "gazetteer", None)
    if cached is None:
        from actorgraph.loaders.gazetteer import Gazetteer, builtin_path

        cached = request.app.state.gazetteer = Gazetteer.load(builtin=builtin_path().exists())
    return cached


def run_ingest(store: Store, settings: Settings, gazetteer: Any, path: Path, fmt: str | None,
               published: str | None) -> IngestSummary:
    """Ingest one file with the pipeline of ``actorgraph ingest``; the summary with its claims."""
    from actorgraph.loaders.base import LoadContext
    from actorgraph.loaders.gazetteer import Resolver
    from actorgraph.loaders.ingest import ingest

    seen: list[Claim] = []

    def write(batch: GraphBatch) -> WriteResult:
        seen.extend(batch.claims)
        return store.write(batch)

    from actorgraph.loaders.stored_actors import with_stored_actors

    context = LoadContext(resolver=Resolver(with_stored_actors(gazetteer, store)), published=published,
                          max_bytes=settings.upload_max_bytes)
    report = ingest([path], write, context, fmt=fmt, batch_size=settings.batch_size)
    summary = report.as_dict()
    for key in ("skipped", "failed", "warnings"):
        summary[key] = [str(v).replace(str(path.parent) + "/", "") for v in summary[key]]
    claims = [
        ExtractedClaim(relation=c.relation_id, type=str(c.type), subject=c.subject, object=c.object,
                       sentence=c.evidence.sentence, valid_from=c.valid_from and c.valid_from.isoformat(),
                       valid_to=c.valid_to and c.valid_to.isoformat(), confidence=c.confidence, article=c.article)
        for c in seen[:MAX_LISTED_CLAIMS]
    ]
    return IngestSummary(**summary, claims=claims)


def _check_size(request: Request, settings: Settings, size: int | None = None) -> None:
    declared = request.headers.get("content-length")
    size = size if size is not None else int(declared) if declared and declared.isdigit() else 0
    if size > settings.upload_max_bytes:
        raise PayloadTooLarge(f"the body is larger than {settings.upload_max_bytes} bytes",
                              detail={"max_bytes": settings.upload_max_bytes})


@router.post("/articles", response_model=IngestSummary, dependencies=[WriteAllowed])
async def post_articles(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    articles: Annotated[ArticleIn | list[ArticleIn], Body(description="One article or a list of them.")],
    published: Annotated[str | None, Query(description="Date for articles that give none.")] = None,
) -> IngestSummary:
    """Extract actors and relations from news articles and write them; answers what was extracted."""
    _check_size(request, settings)
    records = articles if isinstance(articles, list) else [articles]
    if not records:
        raise InputError("send at least one article", where="body")
    gazetteer = _gazetteer(request)
    with tempfile.TemporaryDirectory(prefix="actorgraph-api-") as folder:
        path = Path(folder) / "articles.jsonl"
        lines = [json.dumps(r.model_dump(exclude_none=True), ensure_ascii=False) for r in records]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return await run_in_threadpool(run_ingest, store, settings, gazetteer, path, "article", published)


@router.post(
    "/events", response_model=IngestSummary, dependencies=[WriteAllowed],
    openapi_extra={"requestBody": {"required": True, "description": "The file's bytes (ACLED, UCDP, GDELT, curated "
                                   "facts, or articles): `curl --data-binary @acled.csv`.",
                                   "content": {"application/octet-stream": {"schema": {"type": "string",
                                                                                       "format": "binary"}}}}},
)
async def post_events(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    name: Annotated[str, Query(min_length=1, max_length=200, description="The file's name; its suffix helps "
                               "detect the format.", examples=["acled.csv"])] = "upload.csv",
    format: Annotated[str | None, Query(description=f"Force a format: {', '.join(FORMATS)}.")] = None,
    published: Annotated[str | None, Query(description="Date for articles that give none.")] = None,
) -> IngestSummary:
    """Upload one event file (the body is the file) and ingest it as `actorgraph ingest` would."""
    _check_size(request, settings)
    if format is not None and format not in FORMATS:
        raise InputError(f"unknown format {format!r} (one of: {', '.join(FORMATS)})", where="format")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        _check_size(request, settings, len(body))
    if not body:
        raise InputError("the body is empty: send the file's bytes", where="body")
    safe = _SAFE_NAME.sub("-", Path(name).name).strip("-.") or "upload"
    gazetteer = _gazetteer(request)
    with tempfile.TemporaryDirectory(prefix="actorgraph-api-") as folder:
        path = Path(folder) / safe
        path.write_bytes(bytes(body))
        return await run_in_threadpool(run_ingest, store, settings, gazetteer, path, format, published)
