"""GDELT event exports: 2.0 (61 tab-separated fields) and 1.0 (57 or 58), no header.

One event is one :class:`~actorgraph.graph.model.Article` (``gdelt:<GlobalEventID>``, url the
event's SOURCEURL, source ``GDELT``). Its CAMEO code gives at most one claim, Actor1 -> Actor2
(:mod:`actorgraph.loaders.events.cameo`); the code stays on the claim. Confidence grows with
NumSources and NumArticles (:func:`confidence`).

Actors: a CAMEO known-group code names the group; otherwise the actor is its GDELT name
(``"SYRIA"``, ``"HAYAT TAHRIR AL-SHAM"``), resolved through the gazetteer, its kind from the
CAMEO role code. Civilian roles (CVL, BUS, EDU...) are never a party, and an actor that is only a
role (``"PRESIDENT"`` with code ``GOV``, no country, no group) cannot be identified: such events
give no claim and are counted in one warning at the end of the file.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from pathlib import Path

from actorgraph.errors import InputError
from actorgraph.graph.model import Actor, ActorKind, Article, Claim, Evidence
from actorgraph.loaders.base import LoadContext, Loaded, LoadIssue
from actorgraph.loaders.events.cameo import CIVILIAN_ROLES, EVENT_TYPES, KNOWN_GROUPS, ROLE_KINDS, event_type
from actorgraph.loaders.events.common import (
    ActorCache,
    confidence_clamp,
    load_rows,
    parse_day,
    tsv_rows,
    unit,
)
from actorgraph.loaders.events.numbers import Numbers

EXTRACTOR = "gdelt:cameo"
SOURCE = "GDELT"
FIELD_COUNTS = {61: "2.0", 58: "1.0", 57: "1.0"}
MEMO = "gdelt.events"  # LoadContext.memo key: GlobalEventID -> the event's batch, read this run

# Where the action-geography block and the trailing columns sit in each layout.
_GEO = {61: (52, 53, 54, 56, 57), 58: (50, 51, 52, 53, 54), 57: (50, 51, 52, 53, 54)}
_TAIL = {61: (59, 60), 58: (56, 57), 57: (56, None)}
_ACTOR1 = (5, 6, 7, 8, 12)  # code, name, country, known group, type 1
_ACTOR2 = (15, 16, 17, 18, 22)


class GdeltFormat:
    """GDELT 1.0 and 2.0 event files."""

    name = "gdelt"

    def sniff(self, path: Path, head: bytes) -> bool:
        text = head.decode("utf-8", errors="replace")
        line, newline, _ = text.partition("\n")
        fields = line.rstrip("\r").split("\t")
        if not fields[0].isdigit():
            return False
        return len(fields) in FIELD_COUNTS if newline else len(fields) >= 57

    def load(self, path: Path, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        path = Path(path)
        actors = ActorCache(context.resolver, context.dropped)
        unidentified: dict[str, int] = {}
        events = context.memo.setdefault(MEMO, {})  # for the mentions table (gdelt_mentions.py)

        def read(fields: list[str]) -> Loaded | None:
            loaded = read_row(fields, actors, unidentified)
            if loaded is not None:
                events[fields[0].strip()] = loaded.batch
            if loaded is None and len(fields) in FIELD_COUNTS:
                events[fields[0].strip()] = None  # read, but its code gives no claim
            return loaded

        yield from load_rows(path, tsv_rows(path), read)
        if unidentified:
            examples = ", ".join(f"{n!r} ({c})" for n, c in sorted(unidentified.items(), key=lambda x: -x[1])[:5])
            yield LoadIssue(
                where=str(path), level="warning",
                message=f"{sum(unidentified.values())} events named an actor only by a role, without country "
                f"or group, and gave no claim: {examples}",
            )


def confidence(num_sources: int | None, num_articles: int | None, root: bool) -> float:
    """``0.3`` for one article from one source, up to ``0.85`` for widely reported root events.

    ``0.3 + 0.1 * min(NumSources - 1, 4) + 0.05 * min(log2(NumArticles), 4) + (0.05 if root)``.
    """
    sources = max(1, num_sources or 1)
    articles = max(1, num_articles or 1)
    value = 0.3 + 0.1 * min(sources - 1, 4) + 0.05 * min(math.log2(articles), 4) + (0.05 if root else 0.0)
    return confidence_clamp(value, 0.2, 0.85)


def _party(fields: list[str], columns: tuple[int, ...], actors: ActorCache, unidentified: dict[str, int]):
    code, name, country, known, role = (fields[i].strip() for i in columns)
    if not code and not name:
        return None
    if known in KNOWN_GROUPS:
        group, kind = KNOWN_GROUPS[known]
        return actors.get(group, kind)
    if role in CIVILIAN_ROLES or not name:
        return None
    if not country and not known:
        unidentified[name] = unidentified.get(name, 0) + 1
        return None
    kind = ROLE_KINDS.get(role) or (ActorKind.STATE if code == country else ActorKind.OTHER)
    return actors.party(name.title(), kind)


def read_row(fields: list[str], actors: ActorCache, unidentified: dict[str, int]) -> Loaded | None:
    """One event as a :class:`Loaded` unit, or ``None`` when its code gives no claim."""
    count = len(fields)
    if count not in FIELD_COUNTS:
        raise InputError(f"{count} fields; GDELT 2.0 events have 61, GDELT 1.0 57 or 58", where="fields")
    event_id = fields[0].strip()
    if not event_id.isdigit():
        raise InputError(f"{event_id!r} is not a GlobalEventID", where="GLOBALEVENTID")
    code = fields[26].strip()
    type_ = event_type(code)
    if type_ is None:
        return None
    day = parse_day(fields[1], field="SQLDATE")
    first = _party(fields, _ACTOR1, actors, unidentified)
    second = _party(fields, _ACTOR2, actors, unidentified)
    added_column, url_column = _TAIL[count]
    added = _added(fields[added_column]) or day
    url = fields[url_column].strip() if url_column is not None else ""
    place, country, admin1, lat_column, lon_column = _GEO[count]
    cells = Numbers({
        "latitude": fields[lat_column], "longitude": fields[lon_column], "QuadClass": fields[29],
        "GoldsteinScale": fields[30], "NumMentions": fields[31], "NumSources": fields[32], "NumArticles": fields[33],
        "AvgTone": fields[34],
    }.get)
    root = fields[25].strip() == "1"
    num_sources, num_articles = cells.count("NumSources"), cells.count("NumArticles")
    label = (EVENT_TYPES.get(code) or EVENT_TYPES[code[:3]])[1]
    article_id = f"gdelt:{event_id}"
    article = Article(
        id=article_id, title=f"GDELT {event_id}: {label} (CAMEO {code})", url=url or None, source=SOURCE,
        published=added,
    )
    parties: list[Actor] = [a for a in (first, second) if a is not None]
    claims: list[Claim] = []
    if first is not None and second is not None and first.id != second.id:
        sentence = f"{fields[6].strip() or first.name} -> {fields[16].strip() or second.name}: {label}"
        claims.append(Claim(
            article=article_id, type=type_, subject=first.id, object=second.id, valid_from=day,
            extractor=EXTRACTOR, source=SOURCE, confidence=confidence(num_sources, num_articles, root), reported=added,
            evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
            attributes={
                "cameo": code, "cameo_root": fields[28].strip(), "quad_class": cells.whole("QuadClass", 1, 4),
                "goldstein": cells.number("GoldsteinScale", -10, 10),
                "num_mentions": cells.count("NumMentions"), "num_sources": num_sources,
                "num_articles": num_articles, "avg_tone": cells.number("AvgTone", -100, 100), "is_root_event": root,
                "actor1_code": fields[5].strip(), "actor2_code": fields[15].strip(),
                "location": fields[place].strip() or None, "country": fields[country].strip() or None,
                "admin1": fields[admin1].strip() or None, "coordinates": cells.coordinates(),
                "gdelt_version": FIELD_COUNTS[count],
            },
        ))
    return unit(article_id, article, claims, parties, cells.issues)


def _added(value: str) -> dt.date | None:
    text = value.strip()[:8]
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])) if len(text) == 8 else None
    except ValueError:
        return None
