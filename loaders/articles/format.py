"""The article format: plain text, Markdown, HTML, JSON and JSON Lines article records.

Each article becomes one :class:`~actorgraph.loaders.base.Loaded` unit whose batch holds the
article, the actors its claims link and the claims (see :mod:`actorgraph.loaders.articles.extract`).

Article date, in order: the record's ``published`` field, the HTML metadata, the dateline
(``MADRID, 27 (EUROPA PRESS)``, ``BEIRUT, Nov 27 (Reuters) -``), then ``--published``. An article
without any usable date is still read; its claims are then undated unless their sentence names
a date, and the unit carries a warning saying so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from actorgraph import __version__
from actorgraph.errors import TOO_DEEP, ActorGraphError, InputError, plain_message
from actorgraph.graph.dates import Precision, parse_partial, period_end
from actorgraph.graph.model import Article
from actorgraph.loaders.articles.dates import parse_dateline
from actorgraph.loaders.articles.extract import Document, Extractor
from actorgraph.loaders.articles.parse import DEFAULT_MODEL
from actorgraph.loaders.articles.text import decode, html_to_page, read_limited
from actorgraph.loaders.base import LoadContext, Loaded, LoadIssue
from actorgraph.loaders.gazetteer import Resolver

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
_SAFE_ID = re.compile(r"[^A-Za-z0-9._:-]+")


def article_id(value: Any, fallback: str) -> str:
    """A document id from a record's ``id`` (made safe), or from ``fallback``."""
    raw = str(value).strip() if value not in (None, "") else fallback
    safe = _SAFE_ID.sub("-", raw).strip("-._:")
    if not safe or len(safe) > 200:
        safe = "a-" + hashlib.sha1(raw.encode()).hexdigest()[:16]
    return safe


def _date(value: Any) -> tuple[dt.date, Precision] | None:
    """A record's date and how much of it is given ("2018", "2018-03", "2018-03-04"), or None."""
    if value in (None, ""):
        return None
    try:
        return parse_partial(str(value))
    except InputError:
        return None


@lru_cache(maxsize=1)
def reading_version() -> str:
    """What an article's claims depend on besides its text: the release and the shipped data files (gazetteer,
    triggers, word lists)."""
    digest = hashlib.sha1(__version__.encode())
    for item in sorted(files("actorgraph.data").iterdir(), key=lambda f: f.name):
        if item.name.endswith(".yaml"):
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()[:16]


def build_extractor(resolver: Resolver, *, keep_hedged: bool = True, model: str = DEFAULT_MODEL) -> Extractor:
    """The one way to build the article extractor: the parse-based one over ``resolver`` with the
    spaCy ``model`` (the rules alone when it is not installed). :meth:`Pipeline.build
    <actorgraph.loaders.pipeline.Pipeline.build>` and a bare :class:`LoadContext` both use it."""
    from actorgraph.loaders.articles.syntax_extract import ParseExtractor

    return ParseExtractor(resolver, keep_hedged=keep_hedged, model=model)


def _extractor(context: LoadContext) -> Extractor:
    """The context's extractor, or (once, kept in the context) the default one over its resolver."""
    if context.extractor is None:
        context.extractor = build_extractor(context.resolver)
    return context.extractor


class ArticleFormat:
    """News articles: ``.txt``, ``.md``, ``.html``, ``.json`` (one record or a list), ``.jsonl``."""

    name = "article"

    def sniff(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() in SUFFIXES or (not path.suffix and b"\x00" not in head[:1024])

    def load(self, path: Path, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        return self.extract_items(read_documents(path, context), context)

    def load_records(self, records: Iterable[Any], name: str, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        """Read article records already parsed from JSON (``POST /articles``) as the lines of ``name``."""
        return self.extract_items(read_records(records, name, context), context)

    def extract_items(self, items: Iterable[Item | LoadIssue], context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        """Each read document extracted into a unit; read issues pass through."""
        extractor = _extractor(context)
        for item in items:
            if isinstance(item, LoadIssue):
                yield item
                continue
            doc, where, issues = item
            try:
                extraction = extractor.extract(doc)
                yield Loaded(unit=where, batch=extraction.batch(), issues=issues)
            except (ActorGraphError, ValueError) as exc:
                field, message = plain_message(exc)
                yield LoadIssue(where=f"{where}: {field}" if field else where, message=message)


Item = tuple[Document, str, list[LoadIssue]]


def read_documents(path: Path, context: LoadContext) -> Iterator[Item | LoadIssue]:
    """Each article of ``path`` as ``(document, where, warnings)``, or an issue for a bad one."""
    where = str(path)
    try:
        data = read_limited(path, context.max_bytes)
        if not data.strip():
            yield LoadIssue(where=where, message="empty file")
            return
        decoded = decode(data, where)
    except InputError as exc:
        yield LoadIssue(where=where, message=exc.message.removeprefix(f"{where}: "))
        return
    for warning in decoded.warnings:
        yield LoadIssue(where=where, message=warning, level="warning")
    suffix = path.suffix.lower()
    text = decoded.text
    if suffix in JSONL_SUFFIXES or (suffix in JSON_SUFFIXES and _looks_jsonl(text)):
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield LoadIssue(where=f"{path}:{lineno}", message=f"invalid JSON: {exc.msg} (column {exc.colno})")
                continue
            except RecursionError:
                yield LoadIssue(where=f"{path}:{lineno}", message=TOO_DEEP)
                continue
            except ValueError as exc:  # a number of 5000 digits: the line is refused, the next ones read
                yield LoadIssue(where=f"{path}:{lineno}", message=plain_message(exc)[1])
                continue
            yield _document(record, f"{path}:{lineno}", f"{path.stem}-{lineno}", context)
    elif suffix in JSON_SUFFIXES:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield LoadIssue(where=f"{where}:{exc.lineno}", message=f"invalid JSON: {exc.msg}")
            return
        except RecursionError:
            yield LoadIssue(where=where, message=TOO_DEEP)
            return
        except ValueError as exc:
            yield LoadIssue(where=where, message=plain_message(exc)[1])
            return
        records = value if isinstance(value, list) else [value]
        for i, record in enumerate(records):
            single = len(records) == 1
            yield _document(record, where if single else f"{where}[{i}]",
                            path.stem if single else f"{path.stem}-{i + 1}", context)
    elif suffix in HTML_SUFFIXES or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        page = html_to_page(text)
        record = {"title": page.title, "published": page.published, "url": page.url,
                  "language": page.language, "text": page.text}
        yield _document(record, where, path.stem, context, reader=page.reader)
    else:
        yield _document(_text_record(text), where, path.stem, context)


def read_records(records: Iterable[Any], name: str, context: LoadContext) -> Iterator[Item | LoadIssue]:
    """Article records (parsed JSON objects) read as the lines of a JSON Lines file called ``name``.

    Record ``n`` (from 1) is ``name:n`` in messages and gets the id ``<stem of name>-n`` when it has
    none, exactly as line ``n`` of that file would.
    """
    stem = Path(name).stem
    for lineno, record in enumerate(records, 1):
        yield _document(record, f"{name}:{lineno}", f"{stem}-{lineno}", context)


def _document(record: Any, where: str, fallback_id: str, context: LoadContext,
              reader: str | None = None) -> Item | LoadIssue:
    if not isinstance(record, dict):
        return LoadIssue(where=where, message="an article record is a JSON object")
    text = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(text, str) or not text.strip():
        return LoadIssue(where=where, message="the article has no text")
    issues: list[LoadIssue] = []
    given = _date(record.get("published") or record.get("date"))
    if record.get("published") and given is None:
        issues.append(LoadIssue(where=where, message=f"unreadable date {record.get('published')!r}",
                                level="warning"))
    if given is None:  # the dateline's whole date is more precise than --published
        given = _dateline_day(text, _date(context.published), within=False) or _date(context.published)
    elif given[1] is not Precision.DAY:  # ... and than a year or month of publication it falls in
        given = _dateline_day(text, given, within=True) or given
    dateline = parse_dateline(text, given[0] if given else None)
    published, precision = given if given else (None, Precision.DAY)
    if published is None:
        issues.append(LoadIssue(where=where, level="warning",
                                message="no article date (record, HTML metadata, dateline or --published): "
                                        "its relations carry no date unless a sentence names one"))
    try:
        article = Article(
            # Without an id the text names the article: two files called report.txt, or two
            # id-less API posts, stay two articles; the same text again is the same article.
            id=article_id(record.get("id"), f"{fallback_id}-{hashlib.sha1(text.encode()).hexdigest()[:10]}"),
            title=_str(record.get("title")), url=_str(record.get("url")),
            source=_str(record.get("source")) or (dateline.agency if dateline else None),
            published=published, language=_str(record.get("language")), reader=reader,
            # an edited text replaces the article's claims when it is ingested again, and so does the same text
            # read by another release or other shipped word lists (their claims may differ)
            revision=hashlib.sha1(f"{text}\0{reading_version()}".encode()).hexdigest()[:16],
        )
    except ValueError as exc:
        field, message = plain_message(exc)
        return LoadIssue(where=f"{where}: {field}" if field else where, message=message)
    return Document(article, text, precision), where, issues


def _dateline_day(text: str, known: tuple[dt.date, Precision] | None, *,
                  within: bool) -> tuple[dt.date, Precision] | None:
    """The dateline's day, its missing year (and month) taken from the ``known`` date: "BEIRUT, Nov 27 -"
    in an article dated "2018" is 2018-11-27; ``within``: only a day inside the known period. A day
    alone ("MADRID, 27") needs a known month."""
    end = period_end(*known) if known else None
    dateline = parse_dateline(text, end)
    if dateline is None or dateline.day is None:
        return None
    if known and known[1] is Precision.YEAR and not dateline.month_named:
        return None
    if within and known and end and not known[0] <= dateline.day <= end:
        return None
    return dateline.day, Precision.DAY


def _str(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def _looks_jsonl(text: str) -> bool:
    lines = [line for line in text.splitlines()[:3] if line.strip()]
    return len(lines) > 1 and all(line.lstrip().startswith("{") and line.rstrip().endswith("}") for line in lines)


_SENTENCE_END = re.compile(r"(?<!\.)\.[\"”’']?$")  # "... on Monday." (not "Rebels advance...")


def _text_record(text: str) -> dict[str, Any]:
    """Title from a Markdown heading or the first short line; front matter ``key: value`` lines read."""
    record: dict[str, Any] = {}
    body = text
    front = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.S)
    if front:
        for line in front.group(1).splitlines():
            key, _, value = line.partition(":")
            if key.strip() in {"id", "title", "url", "source", "published", "language", "date"} and value.strip():
                record[key.strip()] = value.strip().strip("\"'")
        body = text[front.end():]
    lines = body.lstrip().splitlines()
    if lines and "title" not in record:
        first = lines[0].strip()
        if first.startswith("#"):
            record["title"] = first.lstrip("#").strip()
            body = body.lstrip()[len(lines[0]):]
        elif len(first) < 150 and len(lines) > 1 and not lines[1].strip() and not parse_dateline(first) and \
                not _SENTENCE_END.search(first):  # a line ending in a full stop is the text's first sentence
            record["title"] = first
            body = body.lstrip()[len(lines[0]):]
    record["text"] = body.strip()
    return record
