"""The generic ingest pipeline behind ``actorgraph ingest``, for every input format.

Paths (files or directories, walked in sorted order) are read one unit at a time by their
format (``--format`` or :func:`~actorgraph.loaders.formats.detect`); units accumulate into
batches of about ``batch_size`` claims, each written in one transaction. A bad file or unit is
reported and skipped; it never stops the others.

Crash safety: a batch is written atomically and claim ids are deterministic, so after a crash
(even ``kill -9``) running the same command again writes what was missing and changes nothing
else; the graph equals the one an uninterrupted run gives.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from actorgraph.errors import ActorGraphError, InputError, StoreUnavailable, plain_message
from actorgraph.graph.model import GraphBatch, merge_actors
from actorgraph.graph.writing import WriteResult
from actorgraph.loaders.base import Format, LoadContext, Loaded, LoadIssue
from actorgraph.loaders.formats import detect, get_format

SKIP_DIRS = {".git", "__pycache__", ".venv", "node_modules"}


@dataclass
class IngestReport:
    """What one ingest run read, wrote, skipped and could not read."""

    files: int = 0
    units: int = 0
    written: WriteResult = field(default_factory=WriteResult)
    failed: list[LoadIssue] = field(default_factory=list)
    warnings: list[LoadIssue] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # labels never made actors, rows flagged, by note

    @property
    def ok(self) -> bool:
        return not self.failed

    def add_issue(self, issue: LoadIssue) -> None:
        (self.failed if issue.level == "error" else self.warnings).append(issue)

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files, "units": self.units, **self.written.model_dump(),
            "skipped": self.skipped, "failed": [i.model_dump() for i in self.failed],
            "warnings": [i.model_dump() for i in self.warnings], "dropped": self.dropped,
        }


def walk(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files under ``paths`` (directories recursively, sorted; hidden files skipped).

    Everything in a directory that is not a directory is yielded, FIFOs, devices and broken links
    too: reading it then fails with a message naming it, instead of its being left out unsaid."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                parts = child.relative_to(path).parts
                if not child.is_dir() and not any(p.startswith(".") or p in SKIP_DIRS for p in parts):
                    yield child
        else:
            yield path


def format_of(path: Path, forced: str | None) -> Format:
    """The format of ``path``: ``forced`` (``--format``) or detected from its name and first bytes."""
    if forced:
        return get_format(forced)
    if not path.exists():
        raise InputError("no such file", where=str(path))
    if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would hang, /dev/zero never end
        raise InputError("not a regular file (a FIFO, device or directory?): only regular files are read",
                         where=str(path))
    with path.open("rb") as handle:
        head = handle.read(4096)
    return detect(path, head)


class Batcher:
    """Accumulates units and writes a batch when it holds ``size`` claims."""

    def __init__(self, write: Callable[[GraphBatch], WriteResult], size: int) -> None:
        self.write = write
        self.size = size
        self.pending: list[GraphBatch] = []
        self.claims = 0
        self.total = WriteResult()

    def add(self, batch: GraphBatch) -> None:
        self.pending.append(batch)
        self.claims += len(batch.claims)
        if self.claims >= self.size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        merged = GraphBatch(
            actors=tuple(merge_actors(a for b in self.pending for a in b.actors).values()),
            articles=tuple({a.id: a for b in self.pending for a in b.articles}.values()),
            claims=tuple({c.id: c for b in self.pending for c in b.claims}.values()),
            mentions=tuple({(m.article, m.actor): m for b in self.pending for m in b.mentions}.values()),
        )
        self.pending, self.claims = [], 0
        self.total = self.total + self.write(merged)


def ingest(
    paths: Iterable[Path | str],
    write: Callable[[GraphBatch], WriteResult],
    context: LoadContext,
    *,
    fmt: str | None = None,
    batch_size: int = 5000,
    progress: Callable[[Path, int], None] | None = None,
) -> IngestReport:
    """Read ``paths`` and write their graph through ``write`` (a store's ``write``).

    Parameters
    ----------
    paths
        files and directories.
    write
        writes one batch atomically; its :class:`WriteResult` is summed into the report.
    context
        resolver and options handed to every format.
    fmt
        a format name to use for every file instead of detection.
    batch_size
        claims per written batch.
    progress
        called after each file with the file and the number of units read from it.
    """
    report = IngestReport()
    batcher = Batcher(write, batch_size)
    for path in walk(paths):
        report.files += 1
        before = report.units
        try:
            loader = format_of(path, fmt)
            consume(report, batcher, loader.load(path, context))
        except StoreUnavailable as exc:  # the server is down: every later write would wait and fail too
            raise StoreUnavailable(f"{exc.message}; the ingest stopped at {path} after {report.files - 1} "
                                   f"earlier file(s) (rerun it when the store is back: writes are idempotent)",
                                   detail={**exc.detail, "path": str(path)}) from None
        except ActorGraphError as exc:
            report.failed.append(LoadIssue(where=getattr(exc, "where", None) or str(path),
                                           message=exc.message.removeprefix(f"{path}: ")))
        except (OSError, UnicodeError, ValueError) as exc:  # one bad file never stops the others
            plain = isinstance(exc, ValueError) and not isinstance(exc, UnicodeError)
            report.failed.append(LoadIssue(where=str(path), message=plain_message(exc)[1] if plain
                                           else f"{type(exc).__name__}: {exc}"))
        units = report.units - before
        if units == 0 and not any(i.where.startswith(str(path)) for i in report.failed):
            report.skipped.append(str(path))
        if progress:
            progress(path, units)
    batcher.flush()
    report.written = batcher.total
    report.dropped = dict(context.dropped)
    return report


def consume(report: IngestReport, batcher: Batcher, items: Iterable[Loaded | LoadIssue]) -> None:
    """Add each unit of ``items`` to ``batcher`` and each issue (its own or a unit's) to ``report``."""
    for item in items:
        if isinstance(item, LoadIssue):
            report.add_issue(item)
            continue
        report.units += 1
        for issue in item.issues:
            report.add_issue(issue)
        batcher.add(item.batch)
