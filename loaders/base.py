"""What every loader yields, and the protocol a file format implements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel

from actorgraph.graph.model import GraphBatch

if TYPE_CHECKING:  # annotations only: the loaders import this module
    from actorgraph.loaders.articles.extract import Extractor
    from actorgraph.loaders.gazetteer import Resolver


class LoadIssue(BaseModel):
    """A problem with one unit of input; ``where`` names the file and line/row/field."""

    where: str
    message: str
    level: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


class Loaded(BaseModel):
    """One unit of input (an article, an event row) turned into graph objects."""

    unit: str
    batch: GraphBatch
    issues: list[LoadIssue] = []


@dataclass
class LoadContext:
    """What a loader needs besides the file: the resolver, user options and the article extractor.

    ``extractor`` is the article extractor to use; when ``None`` the article format builds the
    default one (:func:`~actorgraph.loaders.articles.format.build_extractor`, as
    :class:`~actorgraph.loaders.pipeline.Pipeline` does) on first use and keeps it here, so its
    mention index is built once per run.
    """

    resolver: Resolver
    published: str | None = None  # fallback article date (--published)
    max_bytes: int = 20 * 1024 * 1024
    options: dict[str, str] = field(default_factory=dict)
    extractor: Extractor | None = None
    dropped: dict[str, int] = field(default_factory=dict)  # labels never made actors, by note (ingest summary)
    # What one file of a run leaves for a later one (GDELT events for their mentions table), by format.
    memo: dict[str, Any] = field(default_factory=dict)


class Format(Protocol):
    """A file format: recognise a file, then read it into units."""

    name: str

    def sniff(self, path: Path, head: bytes) -> bool:
        """Whether ``path`` (whose first bytes are ``head``) is in this format."""

    def load(self, path: Path, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        """Yield each unit of ``path`` as it is read, and an issue for each bad one."""
