"""Actor lists to import (``actorgraph gazetteer import FILE``): CSV, JSON, and Wikidata SPARQL results.

Three shapes (documented in ``docs/gazetteer.md``), detected from the file:

- **CSV** with a header: ``name`` (required), ``id``, ``kind``, ``aliases`` (separated by ``|``),
  ``country`` (ISO alpha-3), ``wikidata``, ``description``, ``valid_from``, ``valid_to``;
- **JSON**: a list of objects with the same keys (``aliases`` a list or a ``|``-separated string);
- **Wikidata SPARQL JSON** (``{"head": ..., "results": {"bindings": [...]}}``), the answer of a query
  selecting ``?item ?itemLabel`` and optionally ``?aliases`` (``|``-separated, e.g. ``GROUP_CONCAT``),
  ``?iso3`` (or ``?countryLabel``, read through the gazetteer), ``?inception``, ``?dissolution``;
  several rows of one item are merged.

Each record becomes an :class:`ImportedActor`; a bad record is an issue naming file, line and
field, and the others are still read. Records the gazetteer already holds (same Wikidata id or
name) are reported, not duplicated.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import InputError, plain_message
from actorgraph.graph.dates import parse_partial
from actorgraph.graph.model import Actor, ActorKind
from actorgraph.graph.names import normalize, slugify
from actorgraph.loaders.gazetteer import Gazetteer

_ENTITY = "http://www.wikidata.org/entity/"


@dataclass
class ImportedActor:
    """One actor read from a list, with the dates a gazetteer file can keep."""

    actor: Actor
    valid_from: str | None = None
    valid_to: str | None = None
    where: str = ""


@dataclass
class ImportResult:
    """What a list held: new actors, ones the gazetteer already has, and bad records."""

    actors: list[ImportedActor] = field(default_factory=list)
    known: list[tuple[str, str]] = field(default_factory=list)  # (name in the file, gazetteer actor id)
    issues: list[str] = field(default_factory=list)


def _aliases(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else str(value or "").split("|")
    return tuple(dict.fromkeys(str(a).strip() for a in items if str(a).strip()))


def _date(value: Any, where: str) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    text = text.lstrip("+").split("T")[0]
    if text.endswith("-01-01") and len(text) == 10:  # Wikidata writes a year as YYYY-01-01
        text = text[:4]
    parse_partial(text, field=where)
    return text


def _record(raw: dict[str, Any], where: str, default_kind: ActorKind, gazetteer: Gazetteer) -> ImportedActor:
    name = str(raw.get("name") or "").strip()
    if not name:
        raise InputError("needs a name", where=f"{where}: name")
    kind_text = str(raw.get("kind") or "").strip() or default_kind.value
    try:
        kind = ActorKind(kind_text)
    except ValueError:
        raise InputError(f"unknown kind {kind_text!r} (one of {', '.join(k.value for k in ActorKind)})",
                         where=f"{where}: kind") from None
    country = str(raw.get("country") or "").strip().upper() or None
    if country is None and raw.get("country_label"):
        entry = gazetteer.lookup(str(raw["country_label"]))
        country = entry.actor.country if entry else None
    fields = {"id": str(raw.get("id") or "").strip() or slugify(name), "name": name, "kind": kind,
              "aliases": tuple(a for a in _aliases(raw.get("aliases")) if normalize(a) != normalize(name)),
              "country": country, "wikidata": str(raw.get("wikidata") or "").strip() or None,
              "description": str(raw.get("description") or "").strip() or None}
    try:
        actor = Actor(**fields)
    except ValueError as exc:
        problem = exc.errors()[0] if hasattr(exc, "errors") else {"loc": ("?",), "msg": str(exc)}
        raise InputError(str(problem["msg"]), where=f"{where}: {problem['loc'][0]}") from None
    return ImportedActor(actor, _date(raw.get("valid_from"), f"{where}: valid_from"),
                         _date(raw.get("valid_to"), f"{where}: valid_to"), where)


def _csv_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "name" not in reader.fieldnames:
            raise InputError("a CSV actor list needs a header with a 'name' column", where=f"{path}: line 1")
        for row in reader:
            yield f"{path}: line {reader.line_num}", row


def _sparql_records(path: Path, data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    merged: dict[str, dict[str, Any]] = {}
    first_row: dict[str, int] = {}
    for i, binding in enumerate(data["results"].get("bindings") or []):
        value = {k: (v or {}).get("value") for k, v in binding.items() if isinstance(v, dict)}
        item = str(value.get("item") or "")
        qid = item.removeprefix(_ENTITY) if item.startswith(_ENTITY) else None
        key = qid or f"row{i}"
        record = merged.setdefault(key, {"wikidata": qid, "aliases": []})
        first_row.setdefault(key, i + 1)
        label = value.get("itemLabel")
        if label and not record.get("name") and label != qid:
            record["name"] = label
        record["aliases"] += list(_aliases(value.get("aliases") or value.get("altLabel")))
        for target, names in (("country", ("iso3", "countryISO")), ("country_label", ("countryLabel",)),
                              ("valid_from", ("inception",)), ("valid_to", ("dissolution", "dissolved"))):
            found = next((value[n] for n in names if value.get(n)), None)
            if found and not record.get(target):
                record[target] = found
    for key, record in merged.items():
        yield f"{path}: binding #{first_row[key]} ({record.get('wikidata') or 'no item'})", record


def _json_records(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:  # ValueError: bad JSON, 5000-digit numbers
        raise InputError(f"cannot read JSON: {plain_message(exc)[1]}", where=str(path)) from None
    if isinstance(data, dict) and isinstance(data.get("results"), dict):
        yield from _sparql_records(path, data)
    elif isinstance(data, list):
        for i, record in enumerate(data):
            if not isinstance(record, dict):
                raise InputError("each actor is a JSON object", where=f"{path}: item #{i + 1}")
            yield f"{path}: item #{i + 1}", record
    else:
        raise InputError("expected a JSON list of actors or a Wikidata SPARQL result", where=str(path))


def read_actor_list(path: Path | str, gazetteer: Gazetteer, *, kind: ActorKind = ActorKind.ARMED_GROUP) -> ImportResult:
    """Read an actor list (shape detected from the suffix and content); bad records become issues."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", where=str(path))
    records = _csv_records(path) if path.suffix.lower() in {".csv", ".tsv"} else _json_records(path)
    result = ImportResult()
    by_id: dict[str, ImportedActor] = {}
    for where, raw in records:
        try:
            imported = _record(raw, where, kind, gazetteer)
        except InputError as exc:
            result.issues.append(str(exc))
            continue
        actor = imported.actor
        known = next((e for e in gazetteer.entries.values() if actor.wikidata and e.actor.wikidata == actor.wikidata),
                     None) or gazetteer.lookup(actor.name)
        if known is not None:
            result.known.append((actor.name, known.actor.id))
            continue
        earlier = by_id.get(actor.id)
        if earlier is not None:  # the same actor twice: one actor with both lists of names
            names = tuple(dict.fromkeys((*earlier.actor.aliases, *actor.aliases)))
            earlier.actor = earlier.actor.model_copy(update={"aliases": names})
            continue
        by_id[actor.id] = imported
        result.actors.append(imported)
    return result


def as_gazetteer_yaml(actors: list[ImportedActor]) -> str:
    """The actors as a gazetteer file (``--actors``), dates kept as ``valid_from``/``valid_to``."""
    import yaml

    records = []
    for item in actors:
        record = {k: v for k, v in item.actor.model_dump(mode="json").items() if v not in (None, [], ())}
        for key in ("valid_from", "valid_to"):
            if getattr(item, key):
                record[key] = getattr(item, key)
        records.append(record)
    return yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=110)
