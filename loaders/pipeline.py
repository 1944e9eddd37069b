"""The one ingest pipeline: readers, extractor, resolver and store writer, built once per process.

``actorgraph ingest``, ``actorgraph extract`` and the API's ``POST /articles`` / ``POST /events``
all run through a :class:`Pipeline`. Building it loads the gazetteer and the extractor (with its
mention index); every run after that reuses them, so a request does not rebuild the index.

Examples
--------
>>> pipeline = Pipeline.build(write=store.write)            # doctest: +SKIP
>>> report = pipeline.ingest(["examples/"])                  # doctest: +SKIP
>>> report.ok, [issue.where for issue in report.failed]      # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import InputError
from actorgraph.graph.model import GraphBatch
from actorgraph.graph.store import Store
from actorgraph.graph.writing import WriteResult
from actorgraph.loaders.articles.extract import Extractor
from actorgraph.loaders.articles.format import ArticleFormat, build_extractor, read_documents
from actorgraph.loaders.articles.parse import DEFAULT_MODEL
from actorgraph.loaders.base import LoadContext, LoadIssue
from actorgraph.loaders.gazetteer import Gazetteer, Resolver, builtin_path
from actorgraph.loaders.ingest import Batcher, IngestReport, consume, ingest, walk
from actorgraph.loaders.stored_actors import with_stored_actors

MAX_BYTES = 20 * 1024 * 1024
Write = Callable[[GraphBatch], WriteResult]


@dataclass
class Pipeline:
    """Everything an ingest run needs besides its input, shared by every run of the process.

    Parameters
    ----------
    resolver
        names to actors over the gazetteer; it also counts the unknown names it made actors for.
    extractor
        the article extractor (built over ``resolver``).
    write
        the store's writer (one batch, atomically); a run may pass its own instead.
    batch_size
        claims per written batch.
    max_bytes
        largest input file (or body) read.
    notes
        what the build had to say (e.g. the shipped gazetteer is missing).

    Runs may share a pipeline across threads (the API does): the extractor and the gazetteer are
    only read; the resolver's counts of unknown names are approximate then.
    """

    resolver: Resolver
    extractor: Extractor
    write: Write | None = None
    batch_size: int = 5000
    max_bytes: int = MAX_BYTES
    notes: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, actors: Iterable[Path | str] = (), *, write: Write | None = None, batch_size: int = 5000,
              max_bytes: int = MAX_BYTES, keep_hedged: bool = True, model: str = DEFAULT_MODEL,
              store: Store | None = None) -> Pipeline:
        """The shipped gazetteer plus ``actors`` files (later files win) plus, when ``store`` is given,
        the actors stored there (the store is a gazetteer too: what earlier ingests taught is found in
        later articles), and the extractor over it: the parse-based one with the spaCy ``model`` (the
        rules alone when it is not installed)."""
        builtin = builtin_path().exists()
        notes = [] if builtin else ["the shipped gazetteer is missing; only --actors files are used"]
        gazetteer = Gazetteer.load(actors, builtin=builtin)
        if store is not None:
            gazetteer = with_stored_actors(gazetteer, store)
        resolver = Resolver(gazetteer)
        extractor = build_extractor(resolver, keep_hedged=keep_hedged, model=model)
        return cls(resolver=resolver, extractor=extractor, write=write, batch_size=batch_size,
                   max_bytes=max_bytes, notes=notes)

    def context(self, published: str | None = None) -> LoadContext:
        """What every format reads with in one run: the shared resolver and extractor, the run's options."""
        return LoadContext(resolver=self.resolver, published=published, max_bytes=self.max_bytes,
                           extractor=self.extractor)

    def _writer(self, write: Write | None) -> Write:
        chosen = write or self.write
        if chosen is None:
            raise InputError("this pipeline has no store to write to", where="write")
        return chosen

    def ingest(self, paths: Iterable[Path | str], *, fmt: str | None = None, published: str | None = None,
               write: Write | None = None, progress: Callable[[Path, int], None] | None = None) -> IngestReport:
        """Read files and directories (any format) and write their graph (:func:`.ingest.ingest`)."""
        return ingest(paths, self._writer(write), self.context(published), fmt=fmt, batch_size=self.batch_size,
                      progress=progress)

    def ingest_records(self, records: Iterable[Any], *, name: str = "articles.jsonl", published: str | None = None,
                       write: Write | None = None) -> IngestReport:
        """Read article records already parsed from JSON (no file) and write their graph.

        Record ``n`` is reported as ``name:n`` and gets the id ``<stem>-n`` when it has none, as
        line ``n`` of a JSON Lines file ``name`` would: the same records give the same claims
        whether they are posted or ingested from a file.
        """
        report = IngestReport(files=1)
        batcher = Batcher(self._writer(write), self.batch_size)
        consume(report, batcher, ArticleFormat().load_records(records, name, self.context(published)))
        batcher.flush()
        report.written = batcher.total
        if report.units == 0 and not report.failed:
            report.skipped.append(name)
        return report

    def extract(self, paths: Iterable[Path | str], *,
                published: str | None = None) -> Iterator[dict[str, Any] | LoadIssue]:
        """Each article of ``paths`` as its ``actorgraph extract`` record, or an issue; nothing is written."""
        context = self.context(published)
        for path in walk(paths):
            for item in read_documents(path, context):
                if isinstance(item, LoadIssue):
                    yield item
                    continue
                doc, _where, issues = item
                yield from issues
                yield self.extractor.extract(doc).record()

    def unresolved(self, top: int = 10) -> list[tuple[str, int]]:
        """The most frequent names no gazetteer entry matched (add them as aliases)."""
        from actorgraph.loaders.events.report import unresolved_report

        return unresolved_report(self.resolver, top=top)
