"""Helpers shared by the event-data formats: streaming CSV rows, dates, actor names, units.

Every format reads its file row by row (never whole), resolves actor names through the same
:class:`~actorgraph.loaders.gazetteer.Resolver` as the article loaders, and yields one
:class:`~actorgraph.loaders.base.Loaded` per row, or a :class:`~actorgraph.loaders.base.LoadIssue`
naming ``file:line`` (and the field) for a row it cannot use.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import yaml

from actorgraph.errors import InputError, InvalidDate, plain_message
from actorgraph.graph.model import Actor, ActorKind, Article, Claim, GraphBatch
from actorgraph.loaders.base import Loaded, LoadIssue

if TYPE_CHECKING:
    from actorgraph.loaders.gazetteer import Resolver

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

Row = TypeVar("Row")

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%b-%y", "%d-%B-%y", "%d-%b-%Y", "%d %b %Y", "%d/%m/%Y", "%Y%m%d")


@lru_cache(maxsize=8192)
def _parse_day(text: str) -> dt.date | None:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_day(value: str, *, field: str) -> dt.date:
    """A full date in any spelling event datasets use (``2020-05-09``, ``9-May-20``, ``09 May 2020``).

    Raises
    ------
    InvalidDate
        naming ``field`` when the value is empty or not such a date.
    """
    text = (value or "").strip()
    if len(text) > 10 and text[10] in "T ":
        text = text[:10]
    day = _parse_day(text) if text else None
    if day is None:
        raise InvalidDate(f"{value!r} is not a date", where=field)
    return day


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def encoding_of(head: bytes) -> str:
    """The text encoding of a file whose first bytes are ``head``: from its byte-order mark
    (UTF-8, UTF-16, UTF-32), UTF-16 without one when every other byte of the head is NUL, else UTF-8."""
    for bom, encoding in _BOMS:  # UTF-32 LE first: its mark begins with UTF-16 LE's
        if head.startswith(bom):
            return encoding
    sample = head[:512]
    if len(sample) >= 4:
        if sample[1::2].count(0) > len(sample) * 0.4 and sample[0::2].count(0) == 0:
            return "utf-16-le"
        if sample[0::2].count(0) > len(sample) * 0.4 and sample[1::2].count(0) == 0:
            return "utf-16-be"
    return "utf-8-sig"


def file_encoding(path: Path) -> str:
    """:func:`encoding_of` the file at ``path``."""
    with open(path, "rb") as handle:
        return encoding_of(handle.read(512))


def sniff_header(head: bytes) -> list[str]:
    """The lower-cased column names of a CSV whose first bytes are ``head`` (empty if none).

    Any encoding :func:`encoding_of` tells, and any line ending (``\\n``, ``\\r\\n``, a lone ``\\r``).
    """
    encoding = encoding_of(head)
    if encoding.startswith("utf-16"):
        head = head[:len(head) // 2 * 2]
    elif encoding == "utf-32":
        head = head[:len(head) // 4 * 4]
    text = head.decode(encoding, errors="replace")
    line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    if "\t" in line and "," not in line:
        return [c.strip().lower() for c in line.split("\t")]
    try:
        return [c.strip().lower() for c in next(csv.reader([line]))]
    except (csv.Error, StopIteration):
        return []


def csv_rows(path: Path, *, delimiter: str = ",") -> Iterator[tuple[int, dict[str, str] | InputError]]:
    """Stream ``(line, row)`` from a CSV with a header; keys lower-cased, values stripped.

    ``line`` is the 1-based line the row starts on (rows may span lines inside quotes). A row
    the CSV reader cannot split into the header's columns (truncated, extra values, an unclosed
    quote, NUL bytes, an oversized field) comes as an :class:`InputError` in place of the row,
    so it is refused with its line, not read misaligned, and the rows after it still load.
    The encoding is the file's own (:func:`encoding_of`: UTF-16 with or without a byte-order
    mark is read as such); lines may end in ``\\n``, ``\\r\\n`` or a lone ``\\r``.
    """
    with open(path, encoding=file_encoding(path), errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            header = [h.strip().lower() for h in next(reader)]
        except (StopIteration, csv.Error):
            return
        line = reader.line_num + 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield line, InputError(f"unreadable CSV row: {exc}")
                line = reader.line_num + 1
                continue
            if any("\0" in v for v in values):
                yield line, InputError("the row holds NUL bytes (a binary or corrupted file?)")
            elif values and len(values) != len(header):
                spans = f" (lines {line}-{reader.line_num}: an unclosed quote?)" if reader.line_num > line else ""
                yield line, InputError(f"{len(values)} values for {len(header)} columns{spans}; the row is not read")
            elif values:
                yield line, dict(zip(header, (v.strip() for v in values), strict=True))
            line = reader.line_num + 1


def tsv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Stream ``(line, fields)`` of a tab-separated file without a header (GDELT)."""
    with open(path, encoding=file_encoding(path), errors="replace", newline="") as handle:
        for number, text in enumerate(handle, start=1):
            text = text.rstrip("\r\n")
            if text:
                yield number, text.split("\t")


def where(path: Path, line: int, field: str | None = None) -> str:
    """``file:line`` (and ``: field``) for a :class:`LoadIssue`."""
    return f"{path}:{line}" + (f": {field}" if field else "")


def input_issue(path: Path, line: int, exc: InputError) -> LoadIssue:
    """The :class:`LoadIssue` of a row refused with ``exc``: ``file:line: field`` and the bare message."""
    message = exc.message.removeprefix(f"{exc.where}: ") if exc.where else exc.message
    return LoadIssue(where=where(path, line, exc.where), message=message)


def load_rows(
    path: Path, rows: Iterable[tuple[int, Row | InputError]], read: Callable[[Row], Loaded | None]
) -> Iterator[Loaded | LoadIssue]:
    """``read(row)`` for every ``(line, row)``: what it loads, or a :class:`LoadIssue` for a row it refuses.

    An :class:`InputError` gives :func:`input_issue`; any other ``ValueError`` (a pydantic
    validation error) names ``file:line: field`` and the rule
    (:func:`~actorgraph.errors.plain_message`). A row ``read`` returns ``None`` for gives nothing;
    the issues a unit carries (warnings about its cells, :mod:`.numbers`) get ``file:line`` too.
    """
    for line, row in rows:
        if isinstance(row, InputError):
            yield input_issue(path, line, row)
            continue
        try:
            loaded = read(row)
        except InputError as exc:
            yield input_issue(path, line, exc)
            continue
        except (ValueError, ArithmeticError, RecursionError) as exc:
            field, message = plain_message(exc)
            yield LoadIssue(where=where(path, line, field), message=message)
            continue
        if loaded is not None:
            for issue in loaded.issues:  # a row's own warnings name their field only
                issue.where = where(path, line, issue.where)
            yield loaded


def split_names(value: str | None, separator: str = ";") -> list[str]:
    """The names in a list cell (ACLED ``"A; B"``, UCDP ``"A, B"``), ignoring separators inside brackets."""
    names: list[str] = []
    current: list[str] = []
    depth = 0
    for char in value or "":
        depth += (char == "(") - (char == ")")
        if char == separator and depth <= 0:
            names.append("".join(current))
            current = []
        else:
            current.append(char)
    names.append("".join(current))
    return [n.strip() for n in names if n.strip()]


MAX_NAME = 190  # actor ids are at most 200 characters: longer cells are lists, not names
_YEARS = re.compile(r"\s*\((\d{4})-(\d{4})?\)")
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
_ABBREVIATED = re.compile(r"^([A-Za-z0-9'\-\. ]{2,15}):\s+(.+)$")


def name_candidates(name: str) -> list[str]:
    """Spellings to try, most specific first, for a dataset's actor name.

    ``"Military Forces of Syria (2000-2024) Air Force Intelligence"`` tries the full name, then
    the force without its unit (``"Military Forces of Syria (2000-2024)"``), then the open-ended
    period (``"... (2000-)"``); ``"HTS: Hayat Tahrir al Sham"`` tries both the full name and the
    abbreviation; ``"Islamic State (Syria)"`` tries ``"Islamic State"`` last.
    Dates are never dropped from a force's name: ``(2000-2024)`` and ``(2024-)`` are different
    governments of Syria.

    Examples
    --------
    >>> name_candidates("HTS: Hayat Tahrir al Sham")
    ['HTS: Hayat Tahrir al Sham', 'Hayat Tahrir al Sham', 'HTS']
    """
    out = [name]
    abbreviated = _ABBREVIATED.match(name)
    if abbreviated:
        out += [abbreviated.group(2), abbreviated.group(1)]
    years = _YEARS.search(name)
    if years:
        force = name[: years.end()].strip()
        out.append(force)
        if years.group(2):  # "(2000-2024)" is also exported as "(2000-)" while it lasted
            out.append(f"{name[: years.start()].strip()} ({years.group(1)}-)")
    elif _TRAILING_PAREN.search(name):
        out.append(_TRAILING_PAREN.sub("", name))
    return list(dict.fromkeys(c for c in out if c))


def resolve_name(resolver: Resolver, name: str, kind: ActorKind) -> Actor:
    """The actor ``name`` denotes: the first candidate spelling the resolver knows, else a new actor.

    An unknown name becomes an actor of ``kind`` under its full spelling (never dropped) and is
    counted in ``resolver.unresolved`` for the unresolved-names report.
    """
    for candidate in name_candidates(name):
        actor = resolver.resolve(candidate)
        if actor is not None:
            return actor
    return resolver.resolve_or_create(name[:MAX_NAME], kind)


@lru_cache(maxsize=1)
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(placeholders, operations) from ``data/placeholders.yaml``, each as one regex."""
    data = yaml.safe_load(resources.files("actorgraph.data").joinpath("placeholders.yaml").read_text("utf-8"))
    return tuple(  # type: ignore[return-value]
        re.compile("|".join(f"(?:{p})" for p in data[key]), re.IGNORECASE) for key in ("placeholders", "operations")
    )


def placeholder_note(name: str) -> str | None:
    """Why a dataset's actor cell is no actor (``"placeholder"``), or ``None`` for a name."""
    return "placeholder" if _label_patterns()[0].fullmatch(name.strip()) else None


class ActorCache:
    """Memoises name -> actor for one file: datasets repeat a few thousand names millions of times.

    Unknown names are still counted once per occurrence in ``resolver.unresolved``. :meth:`party`
    also refuses placeholder labels and unresolved operation names, counting them in ``dropped``
    (the load context's, for the ingest summary).
    """

    def __init__(self, resolver: Resolver, dropped: dict[str, int] | None = None) -> None:
        self.resolver = resolver
        self.dropped = dropped if dropped is not None else {}
        self._known: dict[tuple[str, ActorKind], tuple[Actor, bool]] = {}

    def party(self, name: str, kind: ActorKind) -> Actor | None:
        """The actor of a dataset's actor cell, or ``None`` for a placeholder label ("Unidentified
        Armed Group", "Militia (Pro-Government)", "Civilians") or an operation name the gazetteer
        does not know ("Operation Peace Spring"); each refusal is counted in :attr:`dropped`."""
        key = name.strip()
        placeholders, operations = _label_patterns()
        if placeholders.fullmatch(key):
            note = f"placeholder label: {key}"
        elif operations.fullmatch(key) and not any(self.resolver.resolve(c) for c in name_candidates(key)):
            note = f"operation name not in the gazetteer: {key}"
        else:
            return self.get(key, kind)
        self.dropped[note] = self.dropped.get(note, 0) + 1
        return None

    def outside_lifetime(self, actor: Actor, day: dt.date) -> str | None:
        """A note when ``day`` falls outside ``actor``'s known lifetime (UCDP names a side by its
        latest name for all its history), counted in :attr:`dropped`; the claim is kept, and the
        reads show it as conflicting rather than active (docs/model.md)."""
        if actor.exists_on(day):
            return None
        note = f"dated outside the lifetime of {actor.name} (kept, flagged)"
        self.dropped[note] = self.dropped.get(note, 0) + 1
        return note

    def get(self, name: str, kind: ActorKind) -> Actor:
        key = name.strip()
        hit = self._known.get((key, kind))
        counts = self.resolver.unresolved
        if hit is None:
            before = counts.get(key, 0)
            actor = resolve_name(self.resolver, key, kind)
            hit = self._known[(key, kind)] = (actor, counts.get(key, 0) > before)
        elif hit[1]:
            counts[key] = counts.get(key, 0) + 1
        return hit[0]


def unit(
    unit_id: str, article: Article, claims: list[Claim], actors: Iterable[Actor], issues: list[LoadIssue] | None = None
) -> Loaded:
    """One :class:`Loaded` row: its article, its claims and the actors they name (deduplicated)."""
    named = {a.id: a for a in actors}
    return Loaded(
        unit=unit_id,
        batch=GraphBatch(actors=tuple(named.values()), articles=(article,), claims=tuple(claims)),
        issues=issues or [],
    )


def confidence_clamp(value: float, low: float = 0.05, high: float = 0.95) -> float:
    return round(max(low, min(high, value)), 3)
