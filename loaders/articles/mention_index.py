"""The gazetteer's name forms as a token trie, built once per gazetteer, and the tokenizer it shares.

A :class:`MentionIndex` holds every name, alias, metonym and role of every actor as a tuple of
normalised tokens (:func:`name_key`), with the set of their prefixes, so finding mentions
(:class:`~actorgraph.loaders.articles.mentions.Finder`) is a greedy longest match that looks at each
token a couple of times (an Aho-Corasick-like trie over token tuples). It also holds the
demonyms, each country's government and armed opposition, and the actors that replace each other
by date (:meth:`MentionIndex.by_date`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import weakref
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from actorgraph.graph.model import Actor, ActorKind
from actorgraph.graph.names import normalize
from actorgraph.loaders.gazetteer import Gazetteer

# a French elided article is a word of its own: "d'Ansar Dine", "l'État islamique" name "Ansar Dine", "État islamique"
TOKEN = re.compile(r"\b[dlDL]['’](?=\w)|\w+(?:['’`](?!s\b)\w+)*")
PARTICLES = frozenset({"the", "al", "el", "an", "ad", "as", "ash", "at", "az"})  # left out of name keys
GROUP_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.MILITIA, ActorKind.COALITION, ActorKind.PARTY})
STATE_KINDS = frozenset({ActorKind.STATE, ActorKind.GOVERNMENT})


@lru_cache(maxsize=1)
def mention_words() -> dict[str, Any]:
    """The word lists of ``data/mention_words.yaml`` (heads, markers), read once."""
    data = yaml.safe_load((files("actorgraph.data") / "mention_words.yaml").read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=1)
def places() -> dict[str, list[str]]:
    """``data/places.yaml``: ISO3 -> places inside that country (regions, provinces, towns), read once."""
    data = yaml.safe_load((files("actorgraph.data") / "places.yaml").read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """A token lower-cased, without accents or apostrophes."""
    if token.isascii():
        return token.lower().replace("'", "").replace("`", "")
    bare = "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))
    return bare.lower().replace("'", "").replace("’", "").replace("`", "")


def name_key(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(normalised key tokens, original tokens) of a name form."""
    raw = TOKEN.findall(text)
    return tuple(f for f in (fold_token(t) for t in raw) if f not in PARTICLES), tuple(raw)


@dataclass(frozen=True)
class Form:
    """What one name form (a key of :attr:`MentionIndex.forms`) reads as."""

    actor: str  # the default reading
    how: str  # name, alias, metonym, role
    exact: tuple[str, ...] | None  # short all-capitals forms must match case
    alts: tuple[str, ...] = ()  # other actors sharing the form, chosen only when the context points to them
    risky: bool = False  # an ambiguous form of one actor: kept only when the article is about its country
    dated: tuple[str, ...] = ()  # actors the form names in turn over time (Assad government, transitional ...)



class MentionIndex:
    """The gazetteer's name forms as a token trie, its demonyms, and actors that replace each other by date.

    A name form listed by several actors (or under ``ambiguous_aliases``) keeps all of them: the
    default reading is the first actor in file order that does not mark the form ambiguous, the
    others are alternatives the article context can select (:class:`~actorgraph.loaders.articles.mentions.Finder`).
    A demonym resolves to the actor that lists it. Actors sharing a form or a demonym, at least one
    of them with ``valid_from``/``valid_to`` and all of one kind and country, replace each other by
    date; a generic form (the country's name, capital, demonym phrase, role) reaches every actor
    listing its demonym: :meth:`by_date` picks the one valid on a given day.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.forms: dict[tuple[str, ...], Form] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.demonyms: dict[str, str] = {}  # folded demonym -> ISO3
        self.long_demonyms: dict[str, list[tuple[str, ...]]] = {}  # first word -> folded words of a longer one
        self.demonym_actor: dict[str, str] = {}  # folded demonym -> the actor listing it (default reading)
        self.government: dict[str, str] = {}  # ISO3 -> actor id of its government (or state)
        self.opposition: dict[str, str] = {}  # ISO3 -> actor id of its armed opposition, when listed
        self.demonym_text: dict[str, str] = {}  # ISO3 -> demonym as written
        self.demonym_group: dict[str, tuple[str, ...]] = {}  # folded demonym -> its actors replacing each other
        self.places: dict[tuple[str, ...], str] = {}  # folded tokens of a place -> ISO3 (``data/places.yaml``)
        self.learned: dict[str, Actor] = {}  # actors made by earlier articles of the run (:meth:`learn`)
        self.learned_keys: list[tuple[str, ...]] = []
        self.read_created = 0  # how many of the teacher's created names have been learnt
        self.teacher: weakref.ref[Any] | None = None  # the resolver whose actors are learnt
        candidates: dict[tuple[str, ...], list[tuple[int, int, str, str, tuple[str, ...]]]] = {}
        listing: dict[str, list[tuple[bool, int, str]]] = {}  # folded demonym -> (ambiguous, order, actor)
        foreign: dict[str, list[tuple[bool, int, str]]] = {}  # the same for Spanish and French demonyms
        order = 0
        for entry in gazetteer.entries.values():
            actor = entry.actor
            forms = [(actor.name, "name"), *((a, "alias") for a in actor.aliases if a)]
            forms += [(m, "metonym") for m in entry.metonyms] + [(r, "role") for r in entry.roles]
            for text, how in forms:
                key, raw = name_key(text)
                if not key:
                    continue
                ambiguous = how != "name" and (normalize(text) in entry.ambiguous or " ".join(key) in entry.ambiguous)
                rank = 0 if how == "name" else 1 + ambiguous
                candidates.setdefault(key, []).append((rank, order, actor.id, how, raw))
                order += 1
            country = actor.country
            if country and actor.kind in STATE_KINDS and (actor.kind is ActorKind.GOVERNMENT or
                                                          country not in self.government):
                self.government[country] = actor.id
            for demonym in entry.demonyms:
                fold = fold_token(demonym)
                listing.setdefault(fold, []).append((fold in entry.ambiguous, order, actor.id))
                order += 1
                if country:
                    self.demonyms.setdefault(fold, country)
                    self.demonym_text.setdefault(country, demonym)
            for demonym in entry.foreign_demonyms:  # read like the entry's English demonym
                fold = fold_token(demonym)
                foreign.setdefault(fold, []).append((fold in entry.ambiguous, order, actor.id))
                order += 1
                if country:
                    self.demonyms.setdefault(fold, country)
        for fold in self.demonyms:  # "Central African", "Sierra Leonean": read word by word
            words = tuple(fold_token(t) for t in TOKEN.findall(fold))
            if len(words) > 1 and " ".join(words) == fold:
                self.long_demonyms.setdefault(words[0], []).append(words)
        for longer in self.long_demonyms.values():
            longer.sort(key=len, reverse=True)
        by_iso: dict[str, str] = {}
        for fold, listed in listing.items():
            listed.sort()
            self.demonym_actor[fold] = listed[0][2]
            iso = self.demonyms.get(fold)
            if iso:
                by_iso.setdefault(iso, listed[0][2])
            self.demonym_group[fold] = self._successors([a for _, _, a in listed])
        for key, found in candidates.items():
            found.sort()
            rank, _, actor_id, how, raw = found[0]
            alts = tuple(dict.fromkeys(a for _, _, a, _, _ in found[1:] if a != actor_id))
            compact = "".join(raw)
            # short capitals match their case, unless the actor lists the form in other letters too ("FARC", "Farc")
            exact = raw if compact.isupper() and len(compact) <= 5 and all(
                "".join(r).isupper() for _, _, a, _, r in found if a == actor_id) else None
            dated = set(self._successors([actor_id, *alts]))
            entry = gazetteer.entries[actor_id]
            for demonym in entry.demonyms:  # generic forms: "Syria", "Damascus", "Syrian army", "Gobierno sirio"
                fold = fold_token(demonym)
                spelt = (fold, *(fold_token(f) for f in entry.foreign_demonyms)) if demonym == entry.demonyms[0] \
                    else (fold,)
                if how in {"metonym", "role"} or any(t == f or (len(t) > 3 and f.startswith(t[:4]))
                                                     for t in key for f in spelt):
                    dated |= set(self.demonym_group.get(fold, ()))
            self.forms[key] = Form(actor_id, how, exact, alts, risky=rank == 2 and not alts and exact is None,
                                   dated=tuple(sorted(dated)))
            for i in range(1, len(key) + 1):
                self.prefixes.add(key[:i])
        for fold, listed in foreign.items():
            if fold in self.demonym_actor:  # an English demonym spelt the same ("afghan") keeps its reading
                continue
            listed.sort()
            self.demonym_actor[fold] = listed[0][2]
            english = gazetteer.entries[listed[0][2]].demonyms
            self.demonym_group[fold] = self.demonym_group.get(fold_token(english[0]), ()) if english else ()
        for iso, actor_id in by_iso.items():  # "government forces": the actor the country's demonym names
            if self.gazetteer.entries[actor_id].actor.kind in STATE_KINDS:
                self.government[iso] = actor_id
        for iso, names in places().items():  # a place that is also a name form (a capital) is read as that form
            for place in names:
                key = tuple(fold_token(t) for t in TOKEN.findall(place))
                if key and name_key(place)[0] not in self.forms:
                    self.places.setdefault(key, iso)
        for iso, demonym in self.demonym_text.items():
            for suffix in ("opposition", "rebels"):
                listed_entry = gazetteer.lookup(f"{demonym} {suffix}")
                if listed_entry and listed_entry.actor.kind not in STATE_KINDS:
                    self.opposition[iso] = listed_entry.actor.id
                    break

    def _successors(self, actor_ids: list[str]) -> tuple[str, ...]:
        """``actor_ids`` when they can replace each other by date (one kind and country, some bounded), else ()."""
        entries = [self.gazetteer.entries[a] for a in dict.fromkeys(actor_ids)]
        if len(entries) < 2 or len({(e.actor.kind, e.actor.country) for e in entries}) > 1:
            return ()
        if not any(e.valid_from or e.valid_to for e in entries):
            return ()
        return tuple(e.actor.id for e in entries)

    def by_date(self, actor_id: str, group: Sequence[str], day: dt.date | None,
                last: dt.date | None = None) -> str | None:
        """``actor_id``, or the member of ``group`` valid in ``day``..``last`` when ``actor_id`` is not.

        None when ``group`` are governments and none of them held power then ("Libya" in 1987 is
        neither of the Tripoli governments the gazetteer lists): a state's earlier regime is not the
        one that replaced it.
        """
        entries = self.gazetteer.entries
        if not group or day is None or actor_id not in entries or entries[actor_id].covers(day, last):
            return actor_id
        held = next((a for a in group if entries[a].covers(day, last)), None)
        if held is None and entries[actor_id].actor.kind is not ActorKind.GOVERNMENT:
            return actor_id
        return held

    def actor(self, actor_id: str) -> Actor | None:
        """The gazetteer's actor ``actor_id``, or one learnt from earlier articles (:meth:`learn`)."""
        entry = self.gazetteer.entries.get(actor_id)
        return entry.actor if entry else self.learned.get(actor_id)

    def forget_learned(self) -> None:
        """Drop every learnt form and actor (another resolver teaches the index from now on)."""
        for key in self.learned_keys:
            form = self.forms.get(key)
            if form is not None and form.actor in self.learned:
                del self.forms[key]
        self.learned_keys.clear()
        self.learned.clear()
        self.read_created = 0

    def learn(self, actor: Actor, forms: Sequence[str]) -> None:
        """Read ``forms`` as ``actor`` from now on (an actor an earlier article of the run made).

        Forms the index already gives an actor keep their reading; short capital forms ("AA") are
        risky, kept only where the article names the actor otherwise (as the store's are).
        """
        self.learned[actor.id] = actor
        for text in forms:
            key, raw = name_key(text)
            if not key or key in self.forms:
                continue
            compact = "".join(raw)
            exact = raw if compact.isupper() and len(compact) <= 5 else None
            how = "name" if text == actor.name else "alias"
            self.forms[key] = Form(actor.id, how, exact, risky=exact is not None)
            self.learned_keys.append(key)
            for i in range(1, len(key) + 1):
                self.prefixes.add(key[:i])


@dataclass(slots=True)
class Tok:
    """One token of an article: its span, its text and its folded form (:func:`fold_token`)."""

    start: int
    end: int
    raw: str
    fold: str


_FOLDED: dict[str, str] = {}  # word -> fold_token(word), remembered: an article's words repeat


def tokenize(text: str) -> list[Tok]:
    """The tokens of ``text`` (words, with inner apostrophes but not a possessive ``'s``)."""
    folded = _FOLDED
    if len(folded) > 200_000:
        folded.clear()
    out = []
    for m in TOKEN.finditer(text):
        raw = m.group()
        fold = folded.get(raw)
        if fold is None:
            fold = folded[raw] = fold_token(raw)
        out.append(Tok(m.start(), m.end(), raw, fold))
    return out


class SpanList(list[Any]):
    """A list of spans (objects with ``start`` and ``end``, here mentions) with an offset index.

    It is a plain list to its readers; appends and removals keep the index up to date, any other
    change (``sort``, slice assignment, ``insert``...) rebuilds it at the next query. A query looks
    only at the spans starting up to the longest span's length before the offsets asked for (spans
    longer than :attr:`LONG` are few and always looked at), so finding the mentions at or over a
    few characters costs the same in a 5 MB text as in a short one.
    """

    BUCKET = 64  # characters of start offsets per bucket
    LONG = 512  # spans longer than this are kept apart

    def __init__(self, items: Any = ()) -> None:
        super().__init__(items)
        self._rebuild()

    def _rebuild(self) -> None:
        self._removed: list[int] = []  # order numbers of the spans removed since, sorted: a span's place in the list
        self._buckets: dict[int, list[tuple[int, Any]]] = {}
        self._long: list[tuple[int, Any]] = []
        self._longest = 0
        self._seq = 0
        self._dirty = False
        for item in self:
            self._index(item)

    def _index(self, item: Any) -> None:
        length = item.end - item.start
        if length > self.LONG:
            self._long.append((self._seq, item))
        else:
            self._buckets.setdefault(item.start // self.BUCKET, []).append((self._seq, item))
            self._longest = max(self._longest, length)
        self._seq += 1

    def append(self, item: Any) -> None:
        super().append(item)
        if not self._dirty:
            self._index(item)

    def extend(self, items: Any) -> None:
        for item in items:
            self.append(item)

    def __iadd__(self, items: Any) -> SpanList:  # type: ignore[misc]  # += must index what it adds
        self.extend(items)
        return self

    def remove(self, item: Any) -> None:
        """Remove the first item equal to ``item``, as :meth:`list.remove` does, found through the index."""
        if self._dirty:
            super().remove(item)
            return
        group = self._long if item.end - item.start > self.LONG else self._buckets.get(item.start // self.BUCKET, [])
        k = next((k for k, (_, x) in enumerate(group) if x is item or x == item), None)
        if k is None:
            raise ValueError("SpanList.remove(x): x not in list")
        seq, found = group.pop(k)
        place = seq - bisect_left(self._removed, seq)  # its order number less the removals before it
        insort(self._removed, seq)
        if super().__getitem__(place) is found:
            super().__delitem__(place)
        else:  # not reached while only appends and removals change the list; kept as a safe way back
            super().remove(found)
            self._dirty = True

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self._dirty = True

    def insert(self, *args: Any) -> None:
        super().insert(*args)
        self._dirty = True

    def pop(self, *args: Any) -> Any:
        self._dirty = True
        return super().pop(*args)

    def clear(self) -> None:
        super().clear()
        self._dirty = True

    def reverse(self) -> None:
        super().reverse()
        self._dirty = True

    def __setitem__(self, *args: Any) -> None:
        super().__setitem__(*args)
        self._dirty = True

    def __delitem__(self, *args: Any) -> None:
        super().__delitem__(*args)
        self._dirty = True

    def _near(self, first: int, last: int) -> list[Any]:
        """The spans that may overlap offsets ``first..last`` (inclusive), in list order."""
        if self._dirty:
            self._rebuild()
        found = list(self._long)
        for b in range(max(0, first - self._longest) // self.BUCKET, last // self.BUCKET + 1):
            found += self._buckets.get(b, ())
        found.sort(key=lambda pair: pair[0])
        return [x for _, x in found]

    def overlapping(self, start: int, end: int) -> list[Any]:
        """The spans overlapping ``[start, end)``, in list order."""
        return [x for x in self._near(start, max(start, end - 1)) if x.start < end and start < x.end]

    def starting_at(self, start: int) -> list[Any]:
        """The spans starting at ``start``, in list order."""
        return [x for x in self._near(start + self._longest, start) if x.start == start]

    def ending_at(self, end: int) -> list[Any]:
        """The spans ending at ``end``, in list order."""
        return [x for x in self._near(end - 1, end - 1) if x.end == end]
