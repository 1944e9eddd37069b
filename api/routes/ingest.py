"""``POST /articles`` and ``POST /events``: ingest through the process's one pipeline.

Both run the :class:`~actorgraph.loaders.pipeline.Pipeline` built in the lifespan (so the
gazetteer and mention index are built once), exactly as ``actorgraph ingest`` runs it on files,
and answer what was read and extracted, with load problems as ``{where, message, level}``
objects. Article bodies are read as records directly; an event upload is one file, read by
its format from a temporary copy. Writes need ``Authorization: Bearer <key>`` when
``ACTORGRAPH_API_KEY`` is set.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Body, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from actorgraph.api.deps import PipelineDep, SettingsDep, StoreDep, WriteAllowed
from actorgraph.api.errors import PayloadTooLarge
from actorgraph.errors import InputError
from actorgraph.graph.model import Claim, GraphBatch
from actorgraph.graph.store import Store
from actorgraph.graph.writing import WriteResult
from actorgraph.loaders.base import LoadIssue
from actorgraph.loaders.formats import FORMATS
from actorgraph.loaders.ingest import IngestReport
from actorgraph.loaders.pipeline import Pipeline
from actorgraph.settings import Settings

router = APIRouter(tags=["ingest"])  # error statuses: api.errors.ROUTER_ERRORS["ingest"]
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
    failed: list[LoadIssue] = Field(default_factory=list, description="Units that could not be read.")
    warnings: list[LoadIssue] = Field(default_factory=list)
    claims: list[ExtractedClaim] = Field(default_factory=list)


def _summary(report: IngestReport, seen: list[Claim], folder: Path | None = None) -> IngestSummary:
    """The answer: the report (paths relative to the upload, never the server's temporary folder) and its claims."""
    def local(where: str) -> str:
        return where.replace(f"{folder}/", "") if folder else where

    claims = [
        ExtractedClaim(relation=c.relation_id, type=str(c.type), subject=c.subject, object=c.object,
                       sentence=c.evidence.sentence, valid_from=c.valid_from and c.valid_from.isoformat(),
                       valid_to=c.valid_to and c.valid_to.isoformat(), confidence=c.confidence, article=c.article)
        for c in seen[:MAX_LISTED_CLAIMS]
    ]
    return IngestSummary(
        files=report.files, units=report.units, **report.written.model_dump(),
        skipped=[local(p) for p in report.skipped],
        failed=[i.model_copy(update={"where": local(i.where)}) for i in report.failed],
        warnings=[i.model_copy(update={"where": local(i.where)}) for i in report.warnings],
        claims=claims,
    )


def _recording(store: Store, seen: list[Claim]) -> Callable[[GraphBatch], WriteResult]:
    def write(batch: GraphBatch) -> WriteResult:
        result = store.write(batch)
        seen.extend(batch.claims)
        return result

    return write


def ingest_records(pipeline: Pipeline, store: Store, records: list[dict[str, object]],
                   published: str | None) -> IngestSummary:
    """Article records through the pipeline (no file), with the claims written."""
    seen: list[Claim] = []
    report = pipeline.ingest_records(records, published=published, write=_recording(store, seen))
    return _summary(report, seen)


def ingest_file(pipeline: Pipeline, store: Store, path: Path, fmt: str | None, published: str | None) -> IngestSummary:
    """One uploaded file through the pipeline, as ``actorgraph ingest`` reads a file."""
    seen: list[Claim] = []
    report = pipeline.ingest([path], fmt=fmt, published=published, write=_recording(store, seen))
    return _summary(report, seen, path.parent)


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
    pipeline: PipelineDep,
    articles: Annotated[ArticleIn | list[ArticleIn], Body(description="One article or a list of them.")],
    published: Annotated[str | None, Query(description="Date for articles that give none.")] = None,
) -> IngestSummary:
    """Extract actors and relations from news articles and write them; answers what was extracted."""
    _check_size(request, settings)
    records = articles if isinstance(articles, list) else [articles]
    if not records:
        raise InputError("send at least one article", where="body")
    rows = [r.model_dump(exclude_none=True) for r in records]
    return await run_in_threadpool(ingest_records, pipeline, store, rows, published)


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
    pipeline: PipelineDep,
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
    with tempfile.TemporaryDirectory(prefix="actorgraph-api-") as folder:
        path = Path(folder) / safe
        path.write_bytes(bytes(body))
        return await run_in_threadpool(ingest_file, pipeline, store, path, format, published)
