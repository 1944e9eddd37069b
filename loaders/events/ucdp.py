"""UCDP Georeferenced Event Dataset (GED) CSV.

One event is one :class:`~actorgraph.graph.model.Article` (``ucdp:<id>``, source ``UCDP GED``).
``type_of_violence`` decides the claims:

- 1 state-based and 2 non-state conflict -> ATTACKS both ways (UCDP records fighting between
  the sides, not who started it), ``attributes["mutual"] = True``; a side listing several
  groups (``"A, B"``) gives claims for each, and ALLIED_WITH (confidence 0.3) between them as an
  *episodic* observation on the event's dates: active like an attack, never a lasting alliance;
- 3 one-sided violence -> no actor-actor claim (side_b is civilians); side_a still becomes an actor.

Deaths (``deaths_a``, ``deaths_b``, ``deaths_civilians``, ``deaths_unknown``, ``best``/``high``/
``low``), ``source_article``, place and precision codes stay on the claim.

UCDP names an actor by its latest name for all its history (its "HTS" events start in 2012, as
Jabhat al-Nusra). Claims are dated at the event, so an early event attaches to the actor the
gazetteer resolves that name to: with lineage facts loaded (``data/lineage.yaml``), the lineage
query still shows Nusra -> JFS -> HTS, but the 2012-2016 fighting sits on the HTS node. See
``docs/event-data.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from actorgraph.errors import InputError
from actorgraph.graph.model import Actor, ActorKind, Article, Claim, Evidence, RelationType
from actorgraph.loaders.base import LoadContext, Loaded, LoadIssue
from actorgraph.loaders.events.common import (
    ActorCache,
    csv_rows,
    load_rows,
    parse_day,
    sniff_header,
    split_names,
    unit,
)
from actorgraph.loaders.events.numbers import Numbers, row_int

EXTRACTOR = "ucdp"
SOURCE = "UCDP GED"
VIOLENCE = {1: "state-based", 2: "non-state", 3: "one-sided"}
MAX_SIDE = 12
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._:-]+")


class UcdpFormat:
    """UCDP GED CSV exports."""

    name = "ucdp"

    def sniff(self, path: Path, head: bytes) -> bool:
        return {"side_a", "type_of_violence"} <= set(sniff_header(head))

    def load(self, path: Path, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        path = Path(path)
        actors = ActorCache(context.resolver, context.dropped)
        yield from load_rows(path, csv_rows(path), lambda row: read_row(row, actors))


def _kind(name: str, violence: int) -> ActorKind:
    if name.lower().startswith("government of"):
        return ActorKind.GOVERNMENT
    return ActorKind.ARMED_GROUP if violence in (1, 2) else ActorKind.OTHER


def read_row(row: dict[str, str], actors: ActorCache) -> Loaded:
    """One GED event as a :class:`Loaded` unit."""
    event_id = row.get("id", "")
    if not event_id:
        raise InputError("every event needs an id", where="id")
    violence = row_int(row, "type_of_violence")
    if violence not in VIOLENCE:
        raise InputError(f"{row.get('type_of_violence')!r} is not 1, 2 or 3", where="type_of_violence")
    start = parse_day(row.get("date_start", ""), field="date_start")
    end = parse_day(row["date_end"], field="date_end") if row.get("date_end") else start
    if end < start:
        raise InputError(f"date_end {end} is before date_start {start}", where="date_end")
    side_a, side_b = row.get("side_a", ""), row.get("side_b", "")
    if not side_a:
        raise InputError("every event needs side_a", where="side_a")
    first = _side(actors, side_a, violence)
    second = _side(actors, side_b, violence) if side_b and violence != 3 else []

    article_id = "ucdp:" + _ID_UNSAFE.sub("-", event_id)
    cells = Numbers(row.get)
    attributes = {
        "type_of_violence": VIOLENCE[violence], "mutual": True, "conflict_name": row.get("conflict_name") or None,
        "dyad_name": row.get("dyad_name") or None, "deaths_a": cells.count("deaths_a"),
        "deaths_b": cells.count("deaths_b"), "deaths_civilians": cells.count("deaths_civilians"),
        "deaths_unknown": cells.count("deaths_unknown"), "fatalities": cells.count("best"),
        "high": cells.count("high"), "low": cells.count("low"),
        "source_article": row.get("source_article") or None, "location": row.get("where_description") or None,
        "admin1": row.get("adm_1") or None, "country": row.get("country") or None,
        "coordinates": cells.coordinates(), "date_prec": cells.count("date_prec"),
        "where_prec": cells.count("where_prec"), "event_clarity": cells.count("event_clarity"),
    }
    text = event_text(row, start, end)
    claims: list[Claim] = []
    confidence = 0.75 if attributes["event_clarity"] in (1, None) else 0.5
    evidence = Evidence(sentence=text, start=0, end=len(text))
    valid_to = end if end != start else None

    def add(type_: RelationType, subject: Actor, object_: Actor, confidence: float, **dates) -> None:
        if subject.id != object_.id:
            flags = [n for n in (actors.outside_lifetime(a, start) for a in (subject, object_)) if n]
            claims.append(Claim(
                article=article_id, type=type_, subject=subject.id, object=object_.id,
                **(dates or {"valid_from": start, "valid_to": valid_to}), extractor=EXTRACTOR, source=SOURCE,
                confidence=confidence, reported=end, evidence=evidence,
                attributes={**attributes, "lifetime_conflict": "; ".join(flags)} if flags else attributes,
            ))

    for a in first:
        for b in second:
            add(RelationType.ATTACKS, a, b, confidence)
            add(RelationType.ATTACKS, b, a, confidence)
    for side in (first, second):  # groups listed on one side fought together
        for i, a in enumerate(side):
            for b in side[i + 1:]:  # seen together in this event only: an episodic observation
                add(RelationType.ALLIED_WITH, a, b, 0.3, observed=start, valid_to=valid_to, episodic=True)
    article = Article(
        id=article_id, title=f"UCDP GED {event_id}: {row.get('dyad_name') or side_a}", source=SOURCE, published=end,
    )
    return unit(article_id, article, claims, [*first, *second], cells.issues)


def _side(actors: ActorCache, cell: str, violence: int) -> list[Actor]:
    """The actors of one side: UCDP lists co-belligerents as ``"A, B, C"`` (at most :data:`MAX_SIDE`)."""
    names = split_names(cell, ",")[:MAX_SIDE]
    found = (actors.party(n, _kind(n, violence)) for n in names)
    return list({a.id: a for a in found if a is not None}.values())


_CITATION = re.compile(r"\bvolume\b|\bannex\b|\bbook of\b|\byearbook\b|\bencyclopedia\b|\bhistory of\b",
                       re.IGNORECASE)
_DATE_ONLY = re.compile(r"^(?:\w+day\s+)?\d{1,2}\s+\w+\s+\d{4}$|^\d{4}-\d{2}-\d{2}$")


def event_text(row: dict[str, str], start: dt.date, end: dt.date) -> str:
    """The event's own words for the evidence: its source headlines, without the parts that are
    citations of books or datasets ("Volume I and II") or bare dates; else a sentence made of the
    row's own fields (sides, place, dates, deaths). Never the citation list (``source_article``)."""
    parts = [p.strip() for p in (row.get("source_headline") or "").split(";")]
    kept = [p for p in parts if len(p.split()) >= 3 and not _CITATION.search(p) and not _DATE_ONLY.match(p)]
    if kept:
        return "; ".join(dict.fromkeys(kept))
    sides = " vs ".join(x for x in (row.get("side_a"), row.get("side_b")) if x)
    place = row.get("where_description") or row.get("adm_1") or row.get("country") or ""
    when = start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"
    deaths = f", {row['best']} deaths (best estimate)" if row.get("best") else ""
    return f"{sides or 'Event'}" + (f" at {place}" if place else "") + f", {when}{deaths}."
