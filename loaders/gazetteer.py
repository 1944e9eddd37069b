"""The curated gazetteer of actors, and name resolution against it.

``data/actors.yaml`` and ``data/states.yaml`` (every state) ship with the package; analysts add their
own files (same format, see ``docs/gazetteer.md``). A record ``{extends: ID, aliases: [...]}`` adds
name forms to an actor defined in an earlier file instead of redefining it. Names resolve by their
normalised form (:func:`normalize`): case, accents, apostrophes, hyphens, "the" and al-/el- do not matter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from itertools import islice
from pathlib import Path
from typing import Any

import yaml

from actorgraph.errors import ActorGraphError, InputError, plain_message
from actorgraph.graph.dates import parse_partial, period_end
from actorgraph.graph.matching import NearNames, closest
from actorgraph.graph.model import Actor, ActorKind
from actorgraph.graph.names import normalize, slugify


@dataclass(frozen=True)
class Entry:
    """One gazetteer actor with the name forms news uses for it."""

    actor: Actor
    metonyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    foreign_demonyms: tuple[str, ...] = ()  # Spanish and French, every gender and number
    roles: tuple[str, ...] = ()
    ambiguous: frozenset[str] = frozenset()
    valid_from: str | None = None
    valid_to: str | None = None

    def covers(self, day: dt.date, last: dt.date | None = None) -> bool:
        """Whether the period ``day``..``last`` (default: the one day) overlaps the actor's validity.

        Bounds are inclusive and read at their precision (``valid_to: "2019-01"`` lasts all January).
        """
        try:
            if self.valid_from and (last or day) < parse_partial(self.valid_from)[0]:
                return False
            if self.valid_to and day > period_end(*parse_partial(self.valid_to)):
                return False
        except ActorGraphError:  # an unreadable bound constrains nothing
            return True
        return True


_LIST_KEYS = ("aliases", "metonyms", "demonyms", "foreign_demonyms", "roles", "ambiguous_aliases")
_ENTRY_KEYS = {"metonyms", "demonyms", "foreign_demonyms", "roles", "ambiguous_aliases", "valid_from", "valid_to"}


@dataclass(frozen=True)
class Extension:
    """Name forms a file adds to an actor defined earlier (``extends: ID``)."""

    target: str
    forms: dict[str, tuple[str, ...]]
    where: str

    def apply(self, entry: Entry) -> Entry:
        """``entry`` with these forms appended (each once)."""
        def more(old: Iterable[str], key: str) -> tuple[str, ...]:
            return tuple(dict.fromkeys((*old, *self.forms.get(key, ()))))

        actor = entry.actor.model_copy(update={"aliases": more(entry.actor.aliases, "aliases")})
        return Entry(actor=actor, metonyms=more(entry.metonyms, "metonyms"), demonyms=more(entry.demonyms, "demonyms"),
                     foreign_demonyms=more(entry.foreign_demonyms, "foreign_demonyms"),
                     roles=more(entry.roles, "roles"),
                     ambiguous=entry.ambiguous | {normalize(a) for a in self.forms.get("ambiguous_aliases", ())},
                     valid_from=entry.valid_from, valid_to=entry.valid_to)


def _extension(record: dict[str, Any], where: str) -> Extension:
    unknown = set(record) - {"extends", *_LIST_KEYS}
    if unknown:
        raise InputError(f"an extends record takes only name lists, not {sorted(unknown)}", where=where)
    forms: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        values = record.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise InputError(f"{key} must be a list of names", where=where)
        forms[key] = tuple(values)
    return Extension(str(record["extends"]), forms, where)


def _entry(record: dict[str, Any], where: str) -> Entry:
    if not isinstance(record, dict) or "name" not in record:
        raise InputError("each actor needs at least a name", where=where)
    fields = {k: v for k, v in record.items() if k not in _ENTRY_KEYS}
    fields.setdefault("id", slugify(str(record["name"])))
    fields["aliases"] = tuple(str(a) for a in fields.get("aliases") or ())
    try:
        actor = Actor(**fields)
    except ValueError as exc:
        field, message = plain_message(exc)
        raise InputError(f"{field}: {message}" if field else message, where=where) from None
    return Entry(
        actor=actor,
        metonyms=tuple(record.get("metonyms") or ()),
        demonyms=tuple(record.get("demonyms") or ()),
        foreign_demonyms=tuple(record.get("foreign_demonyms") or ()),
        roles=tuple(record.get("roles") or ()),
        ambiguous=frozenset(normalize(a) for a in record.get("ambiguous_aliases") or ()),
        valid_from=str(record["valid_from"]) if record.get("valid_from") else None,
        valid_to=str(record["valid_to"]) if record.get("valid_to") else None,
    )


def read_entries(path: Path | str) -> list[Entry | Extension]:
    """Read one gazetteer YAML file (a list of actors and ``extends`` records)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the gazetteer: {exc}", where=str(path)) from None
    if not isinstance(data, list):
        raise InputError("a gazetteer is a YAML list of actors", where=str(path))
    return [_extension(record, f"{path}: actor #{i + 1}") if isinstance(record, dict) and "extends" in record
            else _entry(record, f"{path}: actor #{i + 1}") for i, record in enumerate(data)]


def builtin_path() -> Path:
    """The shipped gazetteer's main file (``data/actors.yaml``)."""
    return Path(str(files("actorgraph.data") / "actors.yaml"))


def builtin_paths() -> list[Path]:
    """The shipped gazetteer files, in load order: ``actors.yaml`` then ``states.yaml``."""
    main = builtin_path()
    return [main] + [p for p in (main.with_name("states.yaml"),) if p.exists()]


@dataclass
class Gazetteer:
    """Actors by id and by every normalised name form."""

    entries: dict[str, Entry] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: Iterable[Path | str] = (), *, builtin: bool = True) -> Gazetteer:
        """The shipped gazetteer plus ``extra`` files (later files win)."""
        gazetteer = cls()
        paths = (builtin_paths() if builtin else []) + [Path(p) for p in extra]
        for path in paths:
            for entry in read_entries(path):
                if isinstance(entry, Extension):
                    gazetteer.extend(entry)
                else:
                    gazetteer.add(entry)
        return gazetteer

    def extend(self, extension: Extension) -> None:
        """Add an ``extends`` record's name forms to the actor it names."""
        entry = self.entries.get(extension.target)
        if entry is None:
            raise InputError(f"extends {extension.target!r}, which no earlier gazetteer file defines",
                             where=extension.where)
        self.add(extension.apply(entry))

    def add(self, entry: Entry) -> None:
        self.entries[entry.actor.id] = entry
        actor = entry.actor
        for name in (actor.name, *actor.aliases):
            key = normalize(name)
            if key and (key not in self.by_name or name == actor.name):
                self.by_name[key] = actor.id

    def lookup(self, name: str) -> Entry | None:
        """The entry a name (or id) denotes, if any."""
        if name in self.entries:
            return self.entries[name]
        actor_id = self.by_name.get(normalize(name))
        return self.entries[actor_id] if actor_id else None


class Resolver:
    """Names to actors: the gazetteer first, then actors made up for unknown names.

    Unknown names become new actors (id = slug of the name) and are counted, so a report can
    list the most frequent unresolved names for analysts to add as aliases.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.created: dict[str, Actor] = {}
        self.unresolved: dict[str, int] = {}
        self.matched: dict[str, Actor] = {}  # misspelt names read as a known actor (normalised name -> actor)
        self._unmatched: set[str] = set()
        self._near = NearNames()  # the keys of ``created``, found again one edit away
        self._keys: dict[str, list[str]] = {}  # actor id -> its keys in ``created``, in their order

    def resolve(self, name: str) -> Actor | None:
        """The known actor ``name`` denotes, or ``None``."""
        entry = self.gazetteer.lookup(name)
        if entry:
            return entry.actor
        key = normalize(name)
        return self.created.get(key) or self.matched.get(key)

    def add_alias(self, actor_id: str, alias: str) -> Actor | None:
        """Give an actor this resolver created another name ("AA" defined by "the Arakan Army (AA)").

        Refused (``None``) when the actor is not one it created or the name already denotes another actor.
        """
        key = normalize(alias)
        self._sync()
        keys = list(self._keys.get(actor_id, ()))
        other = self.resolve(alias)
        if not keys or not key or (other is not None and other.id != actor_id):
            return None
        actor = self.created[keys[0]]
        if alias not in actor.aliases and key != normalize(actor.name):
            actor = actor.model_copy(update={"aliases": (*actor.aliases, alias)})
        for k in (*keys, key):
            self._file(k, actor)
        return actor

    def resolve_or_create(self, name: str, kind: ActorKind = ActorKind.OTHER) -> Actor:
        """The actor ``name`` denotes, creating (and counting) a new one if it is unknown.

        A name that is a known one misspelt (:func:`~actorgraph.graph.matching.same_name`: one or two
        letters off in a long name, same numbers) resolves to that actor; anything less close is new.
        A name this resolver made is found again only one edit away (:meth:`_fuzzy`).
        """
        actor = self.resolve(name)
        key = normalize(name)
        if actor is None and key:
            actor = self._fuzzy(key)
        if actor is None:
            actor = Actor(id=slugify(name), name=name.strip(), kind=kind)
            self._file(key, actor)
        if key in self.created and self.created[key].id == actor.id and key not in self.matched:
            self.unresolved[name.strip()] = self.unresolved.get(name.strip(), 0) + 1
        return actor

    def _file(self, key: str, actor: Actor) -> None:
        """``created[key] = actor``, with the indexes of ``created`` kept."""
        if key not in self.created:
            self._keys.setdefault(actor.id, []).append(key)
            self._near.add(key)
        self.created[key] = actor

    def _sync(self) -> None:
        """Index the names filed in ``created`` other than by :meth:`_file` (by hand, in tests)."""
        if len(self._near) < len(self.created):
            for key in islice(self.created, len(self._near), None):
                self._keys.setdefault(self.created[key].id, []).append(key)
                self._near.add(key)

    def _fuzzy(self, key: str) -> Actor | None:
        """The known actor whose name ``key`` misspells, if one is close enough (cached either way).

        All the gazetteer's names are compared; of the names this resolver made, those one edit away
        (a letter added, dropped, changed, or two swapped: :class:`~actorgraph.graph.matching.NearNames`),
        so that the cost of a new name does not grow with the names made before it.
        """
        if key in self.matched or key in self._unmatched:
            return self.matched.get(key)
        self._sync()
        found = closest(key, [*self.gazetteer.by_name, *self._near.near(key)])
        actor = None
        if found is not None:
            actor = self.gazetteer.entries[self.gazetteer.by_name[found]].actor if found in self.gazetteer.by_name \
                else self.created[found]
            self.matched[key] = actor
        else:
            self._unmatched.add(key)
        return actor
