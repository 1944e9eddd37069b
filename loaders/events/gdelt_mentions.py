"""GDELT 2.0 mentions tables, and GDELT header files.

A mentions table (16 tab-separated fields, no header) links each event to the articles that
report it: ``GLOBALEVENTID``, ``EventTimeDate``, ``MentionTimeDate``, ``MentionType``,
``MentionSourceName``, ``MentionIdentifier`` (the URL), ... ``Confidence``. Each mention of an
event read earlier in the same run (its export file sorts first: ``*.export.CSV`` before
``*.mentions.CSV``) becomes one more source of the event's claim: an
:class:`~actorgraph.graph.model.Article` per mention (``gdelt:<event>:m:<hash of URL>``, source
the publisher, dated by the mention) with the same claim, so the relation counts the publishers
that reported it as independent sources. Mentions of events not read in the run are counted in
one warning.

A header file (one line of GDELT column names, as shipped next to samples) holds no data: it is
skipped with a note.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

from actorgraph.errors import InputError
from actorgraph.graph.model import Article, GraphBatch
from actorgraph.loaders.base import LoadContext, Loaded, LoadIssue
from actorgraph.loaders.events.common import confidence_clamp, load_rows, tsv_rows, unit
from actorgraph.loaders.events.gdelt import MEMO
from actorgraph.loaders.events.numbers import to_int

FIELDS = 16
EXTRACTOR = "gdelt:mention"
MENTION_TYPES = {"1": "web", "2": "citation only", "3": "core", "4": "DTIC", "5": "JSTOR", "6": "non-text"}


def _timestamp(value: str, field: str) -> dt.date:
    text = value.strip()
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise InputError(f"{text!r} is not a YYYYMMDDHHMMSS time", where=field) from None


class GdeltMentionsFormat:
    """GDELT 2.0 mentions tables (``*.mentions.CSV``)."""

    name = "gdelt-mentions"

    def sniff(self, path: Path, head: bytes) -> bool:
        line = head.decode("utf-8", errors="replace").partition("\n")[0].rstrip("\r")
        fields = line.split("\t")
        return (len(fields) == FIELDS and fields[0].isdigit() and len(fields[1]) == 14 and fields[1].isdigit()
                and fields[3].strip() in MENTION_TYPES)

    def load(self, path: Path, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        path = Path(path)
        events: dict[str, GraphBatch | None] = context.memo.get(MEMO, {})
        unknown: set[str] = set()
        yield from load_rows(path, tsv_rows(path), lambda fields: read_mention(fields, events, unknown))
        if unknown:
            yield LoadIssue(
                where=str(path), level="warning",
                message=f"mentions of {len(unknown)} events not read in this run gave no source; ingest the "
                "events export together with its mentions table (one command, events file first)",
            )


def read_mention(fields: list[str], events: dict[str, GraphBatch | None], unknown: set[str]) -> Loaded | None:
    """One mention as a further source of its event's claim, or ``None`` when the event is not known."""
    if len(fields) != FIELDS:
        raise InputError(f"{len(fields)} fields; a GDELT mentions row has {FIELDS}", where="fields")
    event_id = fields[0].strip()
    if not event_id.isdigit():
        raise InputError(f"{event_id!r} is not a GlobalEventID", where="GLOBALEVENTID")
    if event_id not in events:
        unknown.add(event_id)
        return None
    event = events[event_id]
    if event is None or not event.claims:  # read this run, but it gave no claim to source
        return None
    day = _timestamp(fields[2], "MentionTimeDate")
    publisher = fields[4].strip() or None
    url = fields[5].strip() or None
    key = hashlib.sha1((url or publisher or "").encode()).hexdigest()[:12]
    article_id = f"gdelt:{event_id}:m:{key}"
    kind = MENTION_TYPES.get(fields[3].strip(), "other")
    title = f"{publisher or 'A source'} reports GDELT event {event_id} ({kind} mention)"
    article = Article(id=article_id, title=title, url=url, source=publisher, published=day)
    certainty = to_int(fields[11])
    claims = [
        claim.model_copy(update={
            "article": article_id, "source": publisher, "reported": day, "extractor": EXTRACTOR,
            "confidence": confidence_clamp(claim.confidence * (0.5 + (certainty or 50) / 200), 0.2, 0.85),
            "attributes": {**claim.attributes, "mention_type": kind, "mention_confidence": certainty,
                           "sentence_id": to_int(fields[6])},
        })
        for claim in event.claims
    ]
    return unit(article_id, article, claims, event.actors)


class GdeltHeaderFormat:
    """A GDELT header file: one line of column names (``GLOBALEVENTID<TAB>...``), no data."""

    name = "gdelt-header"

    def sniff(self, path: Path, head: bytes) -> bool:
        text = head.decode("utf-8", errors="replace")
        first, _, rest = text.partition("\n")
        return first.startswith("GLOBALEVENTID\t") and not rest.strip()

    def load(self, path: Path, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        yield LoadIssue(where=str(path), level="warning",
                        message="a GDELT header file (column names only, no data): skipped")
