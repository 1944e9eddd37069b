"""Helpers for the article tests: the shipped gazetteer, and a tiny analyst file where a test needs its own actor."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document, Extraction, Extractor, RuleExtractor
from actorgraph.loaders.articles.format import build_extractor
from actorgraph.loaders.articles.mention_index import MentionIndex
from actorgraph.loaders.articles.syntax_extract import ParseExtractor
from actorgraph.loaders.gazetteer import Gazetteer, Resolver

# An analyst's own file (``--actors``): a made-up militia the shipped gazetteer cannot know.
ACTORS_YAML = """
- id: northern-hills-militia
  name: Northern Hills Militia
  kind: militia
  country: SYR
  aliases: [NHM, Hills Militia]
"""


def gazetteer_file(tmp_path: Path) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(ACTORS_YAML, encoding="utf-8")
    return path


@lru_cache(maxsize=1)
def shipped() -> tuple[Gazetteer, MentionIndex]:
    """The shipped gazetteer and its mention index, built once per test session (both are read-only)."""
    gazetteer = Gazetteer.load()
    return gazetteer, MentionIndex(gazetteer)


@lru_cache(maxsize=1)
def shipped_parser() -> ParseExtractor:
    """The parse extractor on the shipped gazetteer, built once per test session."""
    gazetteer, index = shipped()
    return ParseExtractor(Resolver(gazetteer), index)


def parse(text: str, published: str = "2024-03-04", *, article: str = "p1") -> Extraction:
    """``text`` read by the parse path alone, as an English article published on ``published``."""
    return shipped_parser().extract(Document(Article(id=article, published=published, language="en"), text))


@lru_cache(maxsize=4)
def shipped_without(names: tuple[str, ...]) -> tuple[Gazetteer, MentionIndex]:
    """The shipped gazetteer less the actors ``names`` denote, and its mention index.

    For tests of what the extractor reads from a name's own words: real groups the shipped files
    list become unknown again, so a pass cannot come from the list.
    """
    gazetteer = Gazetteer.load()
    listed = {entry.actor.id for entry in map(gazetteer.lookup, names) if entry is not None}
    reduced = Gazetteer()
    for actor_id, entry in gazetteer.entries.items():
        if actor_id not in listed:
            reduced.add(entry)
    return reduced, MentionIndex(reduced)


def extractor(tmp_path: Path | None = None, *, custom: bool = False) -> RuleExtractor:
    """A rule extractor over the shipped gazetteer (plus the analyst file when ``custom``)."""
    if custom and tmp_path is not None:
        return RuleExtractor(Resolver(Gazetteer.load([gazetteer_file(tmp_path)])))
    gazetteer, index = shipped()
    return RuleExtractor(Resolver(gazetteer), index)


def extract(tmp_path: Path, text: str, published: str | None = "2024-11-27", *, custom: bool = False) -> Extraction:
    from actorgraph.graph.model import Article

    return extractor(tmp_path, custom=custom).extract(Document(Article(id="t1", published=published), text))


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(c.subject, str(c.type), c.object) for c in extraction.claims}


@lru_cache(maxsize=1)
def shipped_extractor() -> Extractor:
    """The extractor a user gets (rules and parse) on the shipped gazetteer, built once per test session."""
    gazetteer, _ = shipped()
    return build_extractor(Resolver(gazetteer))


def read_triples(text: str, published: str = "2025-03-14") -> set[tuple[str, str, str]]:
    """(subject, type, object) of every claim the shipped extractor reads in ``text``."""
    return triples(shipped_extractor().extract(Document(Article(id="t", published=published), text)))
