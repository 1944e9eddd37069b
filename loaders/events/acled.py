"""ACLED event exports (CSV): the current API format, the 2024 export and the older ``ally_actor`` one.

One row is one :class:`~actorgraph.graph.model.Article` (``acled:<event_id_cnty>``, source
``ACLED``) and the claims its event supports. ACLED's actor1/actor2 columns do not say who
attacked whom, so direction comes from the sub-event type (:func:`direction`, documented in
``docs/event-data.md``):

- one-sided attacks (air/drone strikes, shelling, IEDs, grenades, suicide bombs, attacks,
  territory taken) -> actor1 ATTACKS actor2;
- armed clashes (and the old "Battle-No change of territory") -> mutual: both directions,
  ``attributes["mutual"] = True``;
- civilians, protesters and rioters (inter codes 5, 6, 7) are never a party to a claim;
- ``assoc_actor_*`` (``ally_actor_*``) -> ALLIED_WITH their main actor, confidence 0.3, as an
  *episodic* observation on the event's day: active like an attack, never a lasting alliance;
- placeholder labels ("Unidentified Armed Group (Syria)", "Militia (Pro-Government)") and
  operation names the gazetteer does not know are never actors (``data/placeholders.yaml``);
- strategic developments: an "Agreement" whose notes speak of a ceasefire or truce ->
  CEASEFIRE_WITH; a "Change to group/activity" whose notes say a group merged, was renamed,
  joined or left another -> SUCCESSOR_OF or AFFILIATE_OF (low confidence); others -> none.
"""

from __future__ import annotations

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
from actorgraph.loaders.events.numbers import Numbers

EXTRACTOR = "acled"
SOURCE = "ACLED"

# Inter codes: numeric in the API/2020 exports, words in the 2024 export.
INTER_WORDS = {
    "state forces": 1, "rebel group": 2, "political militia": 3, "identity militia": 4,
    "rioters": 5, "protesters": 6, "civilians": 7, "external/other forces": 8,
}
INTER_KINDS = {
    1: ActorKind.GOVERNMENT, 2: ActorKind.ARMED_GROUP, 3: ActorKind.MILITIA, 4: ActorKind.MILITIA,
    8: ActorKind.OTHER,
}
NOT_PARTIES = {5, 6, 7}  # rioters, protesters, civilians: never the subject or object of a claim

ONE_SIDED = {
    "air/drone strike", "shelling/artillery/missile attack", "remote explosive/landmine/ied", "grenade",
    "suicide bomb", "chemical weapon", "attack", "government regains territory",
    "non-state actor overtakes territory", "abduction/forced disappearance", "sexual violence",
    # the pre-2019 event types, which had no sub-event type
    "battle-government regains territory", "battle-non-state actor overtakes territory", "remote violence",
    "violence against civilians",
}
MUTUAL = {"armed clash", "battle-no change of territory"}
NO_CLAIM_EVENTS = {"protests", "riots", "riots/protests"}

# Names of social groups ACLED lists as associated actors: not parties to an alliance.
_SOCIAL = re.compile(
    r"^(civilians|protesters|rioters|women|children|journalists|farmers|students|teachers|health workers|"
    r"prisoners|refugees/idps|labou?r group|lawyers|judges|fishers|herders|migrants|aid workers|"
    r"reconciliation committee members|religious leaders|government officials|local administrators|"
    r"private security forces|.*(ethnic|religious|tribal|communal|caste) group)\b",
    re.IGNORECASE,
)
_CEASEFIRE = re.compile(r"cease-?fire|truce|armistice|cessation of hostilities", re.IGNORECASE)
_MERGED = re.compile(r"\bmerg(?:ed|es|er|ing)\b|\brenam(?:ed|es)\b|\brebrand|\bchanged its name\b", re.IGNORECASE)
_LEFT = re.compile(r"\bended (?:its|their) affiliation\b|\bsplit from\b|\bwithdrew from\b|\bdefected\b|"
                   r"\bleft\b|\bdisaffiliat", re.IGNORECASE)
_JOINED = re.compile(r"\bjoined\b|\baffiliated (?:itself )?with\b|\bpledged allegiance\b", re.IGNORECASE)
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._:-]+")


class AcledFormat:
    """ACLED CSV exports."""

    name = "acled"

    def sniff(self, path: Path, head: bytes) -> bool:
        header = set(sniff_header(head))
        return {"event_id_cnty", "actor1", "inter1"} <= header

    def load(self, path: Path, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        path = Path(path)
        actors = ActorCache(context.resolver, context.dropped)
        yield from load_rows(path, csv_rows(path), lambda row: read_row(row, actors))


def inter_code(value: str | None) -> int | None:
    """ACLED's inter code as a number, from ``"2"`` or ``"Rebel group"``; ``None`` when empty."""
    text = (value or "").strip().lower()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return INTER_WORDS.get(text)


def direction(event_type: str, sub_event_type: str) -> str:
    """``"one-sided"`` (actor1 -> actor2), ``"mutual"`` (both ways), ``"strategic"`` or ``"none"``."""
    sub = sub_event_type.strip().lower()
    event = event_type.strip().lower()
    if event in NO_CLAIM_EVENTS:
        return "none"
    if sub in MUTUAL or (not sub and event in MUTUAL):
        return "mutual"
    if sub in ONE_SIDED or (not sub and event in ONE_SIDED):
        return "one-sided"
    if event.startswith("strategic development"):
        return "strategic"
    return "none"


def name_kind(name: str) -> ActorKind:
    """A kind from an actor's name, for associated actors (which carry no inter code)."""
    lowered = name.lower()
    if lowered.startswith(("military forces of", "police forces of", "government of")):
        return ActorKind.GOVERNMENT
    if "militia" in lowered:
        return ActorKind.MILITIA
    return ActorKind.OTHER


def event_article_id(event_id: str) -> str:
    """The article id of ACLED event ``event_id_cnty`` (also read by ``actorgraph retract --events``)."""
    return "acled:" + _ID_UNSAFE.sub("-", event_id)


def read_row(row: dict[str, str], actors: ActorCache) -> Loaded:
    """One ACLED row as a :class:`Loaded` unit (its article, claims and actors)."""
    event_id = row.get("event_id_cnty") or row.get("data_id") or ""
    if not event_id:
        raise InputError("every row needs an event id", where="event_id_cnty")
    article_id = event_article_id(event_id)
    day = parse_day(row.get("event_date", ""), field="event_date")
    event_type = row.get("event_type", "")
    sub_event_type = row.get("sub_event_type", "")
    notes = row.get("notes", "")
    how = direction(event_type, sub_event_type)

    inter1, inter2 = inter_code(row.get("inter1")), inter_code(row.get("inter2"))
    first = _party(actors, row.get("actor1", ""), inter1)
    second = _party(actors, row.get("actor2", ""), inter2)
    cells = Numbers(row.get)
    attributes = {
        "event_type": event_type, "sub_event_type": sub_event_type, "fatalities": cells.count("fatalities"),
        "location": row.get("location") or None, "admin1": row.get("admin1") or None,
        "country": row.get("country") or None, "coordinates": cells.coordinates(),
        "notes": notes or None, "inter1": inter1, "inter2": inter2, "sources": row.get("source") or None,
        "time_precision": cells.count("time_precision"),
    }
    evidence = Evidence(sentence=notes, start=0, end=len(notes))
    base = {"article": article_id, "extractor": EXTRACTOR, "source": SOURCE, "reported": day, "evidence": evidence}
    claims: list[Claim] = []
    used = {a.id: a for a in (first, second) if a}

    def add(type_: RelationType, subject: Actor, object_: Actor, confidence: float, **extra) -> None:
        if subject.id == object_.id:  # e.g. two units of one army: no self-relation
            return
        extra.setdefault("valid_from", day)
        used[subject.id], used[object_.id] = subject, object_
        flags = [n for n in (actors.outside_lifetime(a, day) for a in (subject, object_)) if n]
        claim_attributes = attributes if not extra.get("attributes") else extra.pop("attributes")
        if flags:
            claim_attributes = {**claim_attributes, "lifetime_conflict": "; ".join(flags)}
        claims.append(Claim(type=type_, subject=subject.id, object=object_.id, confidence=round(confidence, 3),
                            attributes=claim_attributes, **base, **extra))

    if first and second:
        if how == "one-sided":
            add(RelationType.ATTACKS, first, second, 0.8)
        elif how == "mutual":
            mutual = {**attributes, "mutual": True}
            add(RelationType.ATTACKS, first, second, 0.7, attributes=mutual)
            add(RelationType.ATTACKS, second, first, 0.7, attributes=mutual)
        elif how == "strategic":
            _strategic(add, sub_event_type, notes, first, second, day)
    if how != "none":
        sides = ((first, "assoc_actor_1", "ally_actor_1"), (second, "assoc_actor_2", "ally_actor_2"))
        for main, column, legacy in sides:
            if main is None:
                continue
            for name in split_names(row.get(column) or row.get(legacy)):
                ally = None if _SOCIAL.match(name) else actors.party(name, name_kind(name))
                if ally is not None:  # seen together in this event only: an episodic observation
                    add(RelationType.ALLIED_WITH, ally, main, 0.3, valid_from=None, observed=day, episodic=True)

    stamp = (row.get("timestamp") or "").strip()
    article = Article(
        id=article_id, title=f"ACLED {event_id}: {sub_event_type or event_type} in {row.get('location') or '?'}",
        source=SOURCE, published=day,
        # ACLED's timestamp: a newer one replaces the event's claims, an older one is skipped
        revision=stamp if stamp.isdigit() else None,
    )
    return unit(article_id, article, claims, used.values(), cells.issues)


def _strategic(add, sub_event_type: str, notes: str, first: Actor, second: Actor, day) -> None:
    sub = sub_event_type.lower()
    if sub == "agreement" and _CEASEFIRE.search(notes):
        add(RelationType.CEASEFIRE_WITH, first, second, 0.6)
    elif sub == "change to group/activity":
        if _LEFT.search(notes):
            add(RelationType.AFFILIATE_OF, first, second, 0.4, valid_from=None, valid_to=day, ended=True)
        elif _MERGED.search(notes):
            add(RelationType.SUCCESSOR_OF, second, first, 0.4)
        elif _JOINED.search(notes):
            add(RelationType.AFFILIATE_OF, first, second, 0.4)


def _party(actors: ActorCache, name: str, inter: int | None) -> Actor | None:
    """The actor in an actor1/actor2 cell, or ``None`` (empty, or civilians/protesters/rioters)."""
    name = name.strip()
    if not name or inter in NOT_PARTIES or (inter is None and _SOCIAL.match(name)):
        return None
    return actors.party(name, INTER_KINDS.get(inter or 0, name_kind(name)))
