"""A small client of the API: ``actorgraph ingest --api URL`` sends files through a server.

While ``actorgraph serve`` holds the embedded store no other process may write it; this posts
each file to the server's ``POST /events`` (which runs the same ingest pipeline) and adds the
answers up into the report a local ingest gives; load problems arrive as ``{where, message,
level}`` objects and become the same :class:`LoadIssue` objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import httpx

from actorgraph.errors import ActorGraphError, InputError, StoreUnavailable
from actorgraph.graph.writing import WriteResult
from actorgraph.loaders.base import LoadIssue
from actorgraph.loaders.ingest import IngestReport


def _issues(items: list[dict[str, str]], path: Path) -> list[LoadIssue]:
    """The server's ``{where, message, level}`` objects, ``where`` naming the local file sent."""
    issues = [LoadIssue.model_validate(item) for item in items]
    return [i.model_copy(update={"where": i.where.replace(path.name, str(path), 1)}) for i in issues]


def ingest_via_api(
    url: str,
    files: Iterable[Path],
    *,
    fmt: str | None = None,
    published: str | None = None,
    api_key: str | None = None,
    progress: Callable[[Path, int], None] | None = None,
    timeout: float = 600.0,
) -> IngestReport:
    """Send each file to ``POST {url}/events`` and sum the answers into an :class:`IngestReport`.

    Parameters
    ----------
    url
        the server, e.g. ``http://127.0.0.1:8000``.
    files
        files to send, one request each (the server's upload limit applies per file).
    api_key
        sent as ``Authorization: Bearer`` when the server requires one.
    progress
        called after each file with the file and the number of units the server read.
    """
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    report = IngestReport()
    with httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout) as client:
        for path in files:
            params = {k: v for k, v in {"name": path.name, "format": fmt, "published": published}.items() if v}
            try:
                response = client.post("/events", params=params, content=path.read_bytes(),
                                       headers={"Content-Type": "application/octet-stream"})
            except httpx.TransportError as exc:
                raise StoreUnavailable(f"the API at {url} is not reachable: {exc}", detail={"url": url}) from None
            body = response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
            if response.status_code != 200:
                error = body.get("error", {}) if isinstance(body, dict) else {}
                message = error.get("message") or f"HTTP {response.status_code}"
                if response.status_code in (401, 503, 409):
                    raise ActorGraphError(f"the API refused {path.name}: {message}", detail=error.get("detail"))
                report.files += 1
                report.failed.append(LoadIssue(where=str(path), message=message))
            else:
                report.files += body["files"]
                report.units += body["units"]
                report.written = report.written + WriteResult(
                    **{k: body[k] for k in WriteResult.model_fields})
                for issue in _issues(body["failed"] + body["warnings"], path):
                    report.add_issue(issue)
                report.skipped += [str(path) for _ in body["skipped"]]
            if progress:
                progress(path, body.get("units", 0) if response.status_code == 200 else 0)
    if report.files == 0:
        raise InputError("no files to send", where="paths")
    return report
