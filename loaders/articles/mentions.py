"""Actor mentions in one article's text, found in one pass over its tokens.

A :class:`Finder` matches the gazetteer's name forms (the token trie of
:class:`~actorgraph.loaders.articles.mention_index.MentionIndex`, longest match first) and, on top of them,
recognises

- demonym phrases: "the Russian army", "Syrian government forces", "Turkish-backed",
  "Iranian- and Russian-backed", Spanish "el Gobierno sirio";
- generic phrases resolved through the article's main country: "government forces", "the regime"
  (its government) and "the rebels", "opposition forces" (its armed opposition);
- acronyms defined in the text: "Hayat Tahrir al Sham (HTS)", then every later "HTS";
- unknown organisations named by their words (:mod:`~actorgraph.loaders.articles.organisations`):
  "the Arakan Army", "the Viv Ansanm gang", "el Clan del Golfo" become new actors with a kind
  guessed from their head word;
- names the text gives: "X, also known as Y", "X (formerly known as Y)", "Group – X Province",
  and later mentions of a group the article made ("the G9");
- actors earlier articles of the run made (the mention index learns them before each article).

Places are never actors: a state or capital after a locative preposition ("in Damascus", "near
Turkey") or before a place noun ("the Syria-Turkey border") is not a mention, nor is "Syria-based".
Coreference ("the group", "It") comes after, in :mod:`actorgraph.loaders.articles.coreference`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from actorgraph.graph.model import Actor, ActorKind, ActorMention
from actorgraph.loaders.articles.given_names import (
    acronyms,
    branches,
    called,
    country_branches,
    described,
    known_as,
    member_codes,
    paired_codes,
    repeats,
)
from actorgraph.loaders.articles.mention_index import (
    PARTICLES,
    STATE_KINDS,
    Form,
    MentionIndex,
    SpanList,
    Tok,
    fold_token,
    mention_words,
    tokenize,
)
from actorgraph.loaders.articles.organisations import GENERIC, STOP, find_organisations
from actorgraph.loaders.articles.state_forces import bare_forces, echoed_forces, national_forces
from actorgraph.loaders.gazetteer import Resolver
from actorgraph.loaders.stored_actors import learn_created

_NO_START = frozenset({"the", "an", "at", "as", "ad", "ash", "az"})
_WORDS = mention_words()
LOCATIVE = frozenset(_WORDS["locative"])
PLACE_NOUNS = frozenset(_WORDS["place_nouns"])
PLACE_OF = frozenset(_WORDS["place_of"])
MILITARY_HEADS = frozenset(_WORDS["military_heads"])
GOV_HEADS = frozenset(_WORDS["gov_heads"])
STRIKE_HEADS = frozenset(_WORDS["strike_heads"])
HEAD_MODIFIERS = frozenset(_WORDS["head_modifiers"])
_GENERIC_GOV = re.compile(
    r"\b(?:(?:pro-)?government|regime|loyalist|junta)\s+(?:forces|troops|soldiers|fighters|militias|warplanes|planes|"
    r"aircraft|airstrikes|air\s+strikes|strikes|positions|bases?|outposts?|garrisons?|convoys?|checkpoints?|jets|"
    r"drones|helicopters|artillery|units)\b|\bthe\s+(?:(?:federal|central|national|ruling|military)\s+)?"
    r"(?:regime|junta|government)\b|"
    r"\b(?:the\s+)?federal\s+(?:army|forces|troops|soldiers|police)\b",
    re.IGNORECASE,
)
# "the separatist authorities in South Ossetia", "the authorities in Kabul": a state's government only by the
# place after it (never the main country's: "the authorities" alone may be anyone's)
_PLACED_AUTHORITIES = re.compile(r"\b[Tt]he\s+(?:(?:separatist|breakaway|de\s+facto)\s+)?authorities(?=\s+(?:in|of)\s)")
_GENERIC_OPP = re.compile(
    r"\b(?:(?:the\s+)?rebels|rebel\s+(?:forces|fighters|groups|factions|coalition)|insurgents|"
    r"opposition\s+(?:forces|fighters|groups|factions)|the\s+opposition|anti-(?:government|regime|[A-Z]\w+)\s+"
    r"(?:forces|factions|groups|fighters|rebels)|los\s+rebeldes|fuerzas\s+rebeldes)\b",
    re.IGNORECASE,
)
_BACKED_PHRASE = re.compile(
    r"-(?:backed|supported|sponsored|funded|armed)\s+((?:[A-Za-z]+\s+){0,2}?(?i:factions|groups|fighters|rebels|"
    r"militias|forces|militants|opposition|proxies|troops|gunmen|mercenaries|insurgents|paramilitaries|islamists|"
    r"jihadists|separatists|loyalists|gangs|units|brigades|cells))\b(?P<origin>\s+from\s+(?=[A-Z]))?"
)
# "the army" (lower case: "the Army of Islam" is a name), "the military", "security forces": the main
# country's when it leads the others twice over ("the army" not when a group of the article is an army), and
# so are "the country's army", "the country's troops"
_NAMED_ARMY = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+Arm(?:y|ies)\b")
# "the Saudi-backed government", "the internationally recognised government": the main country's, the noun alone
# (the backer before it is its own mention)
_BACKED_GOV = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’]*-(?:backed|supported|funded|armed|allied|aligned)|"
                         r"internationally\s+recogni[sz]ed)\s+(?P<core>government|regime|junta)\b")
_THE_ARMY = re.compile(r"\b[Tt]he\s+country['’]s\s+(?:army|military|armed\s+forces|security\s+forces|troops|"
                       r"soldiers)\b|"
                       r"\b[Tt]he\s+(?:army|armed\s+forces)\b(?!\s+of\b)|\b[Tt]he\s+military\b(?!\s+(?:wing|arm|"
                       r"council|junta))|\b(?:[Tt]he\s+)?security\s+forces\b|"
                       r"\b(?:[Aa]n|[Tt]he)\s+(?P<site>army)\s+(?:post|base|outpost|position|checkpoint|camp|convoy|"
                       r"barracks|garrison)s?\b")  # "attacked an army post": the army's
_FORMER = re.compile(r"(?:\bformer|\bex-)\s*$", re.IGNORECASE)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# "MOGADISHU, March 3 (Reuters) -", "ADDIS ABABA -", "KYIV, Ukraine —": where the report was filed
_DATELINE = re.compile(
    r"\s*[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’.\-]*(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]*)*(?:,[^\n()]{0,40}?)?\s*(?:\([^()\n]{1,40}\))?"
    r"\s*[-–—:]\s"
)
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})

@dataclass(frozen=True)
class Mention:
    """One actor mentioned at ``[start, end)`` of the article text."""

    start: int
    end: int
    text: str
    actor: str
    how: str
    head: str = ""  # the head noun of a demonym phrase ("strikes", "forces")
    alts: tuple[str, ...] = ()
    dated: tuple[str, ...] = ()


_BREAKS = frozenset(".;:!?\n")


def _is_place(text: str, toks: list[Tok], i: int, j: int, named: bool) -> bool:
    """Whether tokens ``i..j-1`` name a place here rather than an actor; ``named``: by its name or an
    alias, not a capital (a state's name after "at" is aimed at: "fired rockets at Israel"; a name or a
    capital after "to" receives: "aid to Kyiv"; in "subordinate to Iran's Guards" it is the Guards)."""
    if i > 0 and toks[i - 1].fold in LOCATIVE and not _BREAKS.intersection(text[toks[i - 1].end:toks[i].start]) \
            and not (named and toks[i - 1].fold in _AIMED_AT) and not (
                toks[i - 1].fold in _GIVEN_TO and not (j < len(toks) and toks[j].fold == "s")):
        return True
    if i > 1 and toks[i - 1].fold == "of" and toks[i - 2].fold in PLACE_OF and \
            not _BREAKS.intersection(text[toks[i - 2].end:toks[i].start]):
        return True  # "the outskirts of Damascus", "a district of Port-au-Prince"
    if i > 1 and toks[i - 1].fold in PARTICLES and toks[i - 2].fold in LOCATIVE and \
            not _BREAKS.intersection(text[toks[i - 2].end:toks[i].start]) and not (
                toks[i - 2].fold in _GIVEN_TO and not (j < len(toks) and toks[j].fold == "s")):
        return True  # "in the DRC" is a place; "loyal to the NUG" receives, as "loyal to Kyiv" does
    if i > 0 and toks[i - 1].fold in _FEATURES and toks[i - 1].raw[:1].isupper() and \
            text[toks[i - 1].end:toks[i].start] == " ":
        return True  # "around Lake Chad", "in Mount Lebanon": a lake, a mountain
    if j < len(toks):
        gap = text[toks[j - 1].end:toks[j].start]
        nxt = toks[j].fold
        if nxt in PLACE_NOUNS and (gap.strip() in {"-", "", "'s", "’s"} or nxt != "based"):
            return gap.strip() in {"-", "", "’", "'"} or gap.strip() == ""
    return False


_HEADS = MILITARY_HEADS | GOV_HEADS | STRIKE_HEADS
_PLACE_LINKS = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du"})  # "Mocimboa da Praia"
_HEAD_FIRST = frozenset(_WORDS.get("demonym_after", ()))
_SUPPORT_NOUNS = frozenset(_WORDS.get("support_nouns", ()))
_AIMED_AT = frozenset(_WORDS.get("aimed_at", ()))
_GIVEN_TO = frozenset(_WORDS.get("given_to", ()))
_PEOPLE_WORDS = frozenset(_WORDS.get("people_words", ()))
_FEATURES = frozenset(_WORDS.get("features_before", ()))
_HEAD_WORDS = _HEADS | _HEAD_FIRST | GENERIC | frozenset(_WORDS.get("head_first") or ())  # "Gobierno de"
_BACKED = frozenset({"backed", "supported", "sponsored", "funded", "armed", "aligned", "allied", "affiliated"})


def _head(toks: list[Tok], i: int) -> int:
    """The index of a head noun at ``i`` after at most two modifiers ("air force", "security forces"), or 0."""
    for h in range(i, min(i + 3, len(toks))):
        if toks[h].fold in _HEADS and (h + 1 >= len(toks) or toks[h + 1].fold not in _HEADS or h == i + 2):
            return h
        if toks[h].fold not in HEAD_MODIFIERS:
            return 0
    return 0


class Finder:
    """Mentions of one article; :meth:`run` does the one pass."""

    def __init__(self, index: MentionIndex, resolver: Resolver, text: str, published: dt.date | None = None) -> None:
        learn_created(index, resolver)  # actors earlier articles of the run made are found here too
        self.index = index
        self.published = published
        self.resolver = resolver
        self.text = text
        self.toks = tokenize(text)
        self._mentions = SpanList()
        self.created: dict[str, Actor] = {}
        self._missed: dict[str, int] = {}  # actor ids not found, and how many actors the resolver had made then
        self._starts: list[int] | None = None  # the tokens' start offsets, for bisection
        self._sentence_starts: list[int] | None = None  # where each sentence starts, once asked
        self.countries: Counter[str] = Counter()
        self.placed: Counter[str] = Counter()  # the part of ``countries`` that places of data/places.yaml make
        self.demonym: str | None = None  # the main country's demonym, once known

    @property
    def mentions(self) -> list[Mention]:
        """The mentions found so far: a list with an offset index (:class:`SpanList`; a list assigned is indexed)."""
        return self._mentions

    @mentions.setter
    def mentions(self, items: list[Mention]) -> None:
        self._mentions = items if isinstance(items, SpanList) else SpanList(items)

    # -- helpers ---------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor | None:
        found = self.created.get(actor_id) or self.index.actor(actor_id)
        if found is None and actor_id and self._missed.get(actor_id) != len(self.resolver.created):
            # created by the resolver for an earlier article (a miss is not looked for again until it makes more)
            found = next((a for a in self.resolver.created.values() if a.id == actor_id), None)
            if found:
                self.created[actor_id] = found
            else:
                self._missed[actor_id] = len(self.resolver.created)
        return found

    def _count(self, actor_id: str) -> None:
        actor = self.index.actor(actor_id)
        if actor and actor.country:
            self.countries[actor.country] += 1

    def create(self, name: str, kind: ActorKind) -> Actor:
        """The actor a new name denotes (the resolver's, or one it makes and counts)."""
        actor = self.resolver.resolve_or_create(name, kind)
        if self.index.actor(actor.id) is None:
            self.created[actor.id] = actor
        return actor

    # -- the pass ------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        toks, text, index = self.toks, self.text, self.index
        places = self._count_places()
        place_end = 0  # the end of the place the token is in ("Juba" in "Lower Juba" is no capital)
        i, n = 0, len(toks)
        while i < n:
            tok = toks[i]
            if i in places:
                place_end = max(place_end, places[i])
            best: tuple[int, Form] | None = None
            # a word that begins no name form (nor is a particle before one) starts no mention: the common case
            if tok.fold not in _NO_START and (tok.fold in PARTICLES or (tok.fold,) in index.prefixes):
                key: tuple[str, ...] = ()
                j = i
                while j < n:
                    f = toks[j].fold
                    if f in PARTICLES and key and "," in text[toks[j - 1].end:toks[j].start]:
                        break  # "Viv Ansanm, an alliance formed by ...": an apposition, no "Viv Ansanm alliance"
                    if f in PARTICLES and key:
                        j += 1
                        continue
                    if f not in PARTICLES:
                        key = (*key, f)
                    if key and key not in index.prefixes:
                        break
                    form = index.forms.get(key) if key else None
                    if form and (form.exact is None or tuple(t.raw for t in toks[i:j + 1]
                                                              if t.fold not in PARTICLES) == form.exact):
                        best = (j + 1, form)
                    j += 1
            if best and best[1].exact and best[0] < n and self.text[toks[best[0] - 1].end:toks[best[0]].start] == "-" \
                    and toks[best[0]].raw[:1].isupper() and len(toks[best[0]].raw) <= 4:
                compound = self._compound_acronym(i, best[0])  # "IS-GS" is no "IS": "ISGS" if known, else nothing
                if compound is not None:
                    best = compound
                elif (toks[best[0]].fold,) not in index.forms:  # "US-UK strikes" stay two
                    i = best[0] + 1
                    continue
            if best and best[0] <= place_end:
                i = best[0]
                continue
            if best:
                j, form = best
                if not form.risky and (not form.alts or {self._country(a) for a in form.alts} == {
                        self._country(form.actor)}):
                    self._count(form.actor)
                actor = index.actor(form.actor)
                placey = actor is not None and actor.kind in STATE_KINDS and form.how in {"name", "alias", "metonym"}
                modifier = text[max(0, tok.start - 5):tok.start].lower().endswith(("anti-", "pro-"))
                in_name = form.how == "metonym" and ((j < n and toks[j].raw[:1].isupper() and text[
                    toks[j - 1].end:toks[j].start] == " " and toks[j].fold not in _CALENDAR) or self._placed(i))
                if j > i + 2 and toks[i + 1].fold in _BACKED and text[tok.end:toks[i + 1].start] in {"-", "‐"} \
                        and (tok.fold in index.demonym_actor or (tok.fold,) in index.forms):
                    # an alias such as "Turkish-backed factions" still says who backs them
                    if tok.fold in index.demonym_actor:
                        self._demonym_mention(i, i + 1, tok.fold, "backer")
                    else:
                        backer = index.forms[(tok.fold,)].actor
                        self.mentions.append(Mention(tok.start, tok.end, tok.raw, backer, "name"))
                    tok, i = toks[i + 2], i + 2
                    placey = False
                if not ((placey and _is_place(text, toks, i, j, form.how != "metonym")) or modifier or in_name):
                    head, end = "", j
                    if placey or (actor is not None and actor.kind in STATE_KINDS):
                        head, end = self._possessed(j)
                    self.mentions.append(Mention(tok.start, toks[end - 1].end, text[tok.start:toks[end - 1].end],
                                                 form.actor, "risky" if form.risky else form.how, head, form.alts,
                                                 form.dated))
                    j = end
                i = j
                continue
            # only a demonym (or the first word of one: "Central African"), or a head-first noun ("l'armée":
            # "larmee") opens a demonym phrase
            step = self._demonym(i) if tok.fold in index.demonyms or tok.fold in index.long_demonyms or \
                tok.fold in _HEAD_FIRST or tok.fold[1:] in _HEAD_FIRST else 0
            i = step if step else i + 1
        self._drop_dateline()
        branches(self)
        country_branches(self)
        self._disambiguate()
        self._backed_phrases()
        self._generic()
        find_organisations(self)
        acronyms(self)
        known_as(self)
        called(self)
        described(self)
        repeats(self)
        paired_codes(self)
        member_codes(self)
        self._rebels()
        if self.published:
            # a government that held no power on the article date names nobody the gazetteer knows
            self.mentions = [m if not m.dated else replace(m, actor=chosen) for m in self.mentions
                             if (chosen := index.by_date(m.actor, m.dated, self.published) if m.dated else m.actor)]
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        return self.mentions

    def _placed(self, i: int) -> bool:
        """Whether a capital at token ``i`` ends a longer place name ("Mocimboa da Praia", "Vila do Conde")."""
        toks = self.toks
        return i > 1 and toks[i - 1].fold in _PLACE_LINKS and toks[i - 1].raw.islower() and \
            toks[i - 2].raw[:1].isupper() and toks[i - 2].fold not in _HEAD_WORDS and \
            self.text[toks[i - 2].end:toks[i].start] == f" {toks[i - 1].raw} "

    def _count_places(self) -> dict[int, int]:
        """Each place of ``data/places.yaml`` the article names ("Rakhine State", "Mocimboa da Praia") counts
        towards its country, longest first; it is no mention. Returns the tokens each covers (start -> end)."""
        toks, places = self.toks, self.index.places
        firsts = {key[0] for key in places}  # a token that opens no place key opens no place
        spans: dict[int, int] = {}
        i = 0
        while i < len(toks):
            found = next(((w, places[key]) for w in (4, 3, 2, 1) if (key := tuple(t.fold for t in toks[i:i + w]))
                          in places and len(key) == w), None) \
                if toks[i].fold in firsts and toks[i].raw[:1].isupper() else None
            if found:
                self.countries[found[1]] += 1
                self.placed[found[1]] += 1
                spans[i] = i + found[0]
            i += found[0] if found else 1
        return spans

    def _drop_dateline(self) -> None:
        """The dateline's place ("MOGADISHU, March 3 (Reuters) -") is where the report was filed, no actor.

        It still counts towards the article's country."""
        m = _DATELINE.match(self.text)
        if m is None:
            return
        self.mentions = [x for x in self.mentions if x.start >= m.end() or not (
            (a := self.actor(x.actor)) is not None and a.kind in STATE_KINDS)]

    def _compound_acronym(self, i: int, j: int) -> tuple[int, Form] | None:
        """Tokens ``i..j`` written as one hyphenated acronym ("IS-KP"): the form spelt without the hyphen."""
        joined = "".join(t.raw for t in self.toks[i:j + 1])
        form = self.index.forms.get((fold_token(joined),))
        if form is None or (form.exact is not None and form.exact != (joined,)):
            return None
        return j + 1, form

    def _possessed(self, j: int) -> tuple[str, int]:
        """"Russia's military", "Turkey's air force": the head noun after a state's possessive, and its end."""
        toks, n = self.toks, len(self.toks)
        if j + 1 < n and toks[j].fold == "s" and self.text[toks[j - 1].end:toks[j].start] in {"'", "’"}:
            h = _head(toks, j + 1)
            if h:
                end = h + 1
                if toks[h].fold == "air" and end < n and toks[end].fold == "force":
                    end += 1
                return toks[h].fold, end
        return "", j

    def _disambiguate(self) -> None:
        """Pick among the actors of a shared form, and drop risky forms the article does not support.

        A shared form ("Kurdish forces") keeps its default reading unless another of its actors is
        named unambiguously elsewhere in the article, or the article is about that actor's country
        and not the default's; a group's own name ("Boko Haram", which another group lists as an
        ambiguous alias) keeps naming that group, unless the article is about the other group's country and
        names nothing of the group's own ("al-Shabaab" in an article about Mozambique). A risky form (an
        ambiguous alias of one actor) stays only when that actor is named otherwise too or its country is among
        the article's countries.
        """
        firm = {m.actor for m in self.mentions if not m.alts and m.how != "risky"}
        iso = self.main_country()
        kept: list[Mention] = []
        for m in self.mentions:
            if m.alts and m.how != "name":
                readings = (m.actor, *m.alts)
                pick = next((a for a in readings if a in firm), None)
                if pick is None and iso and self._country(m.actor) != iso:
                    pick = next((a for a in m.alts if self._country(a) == iso), None)
                m = replace(m, actor=pick or m.actor)
            elif m.alts and iso and (own := self._country(m.actor)) != iso and not (own and self.countries.get(own)):
                # a group's own name another country's group is also called, in an article about that country
                # that never names the group's own ("al-Shabaab" in Cabo Delgado)
                m = replace(m, actor=next((a for a in m.alts if self._country(a) == iso), m.actor))
            elif m.how == "risky":
                country = self._country(m.actor)
                learnt = m.actor in self.index.learned  # an earlier article's actor: no country to go by
                if m.actor not in firm and (learnt or country) and not (country and self.countries.get(country)):
                    continue
                m = replace(m, how="alias")
            kept.append(m)
        self.mentions = kept

    def _country(self, actor_id: str) -> str | None:
        actor = self.index.actor(actor_id)
        return actor.country if actor else None

    def _demonym_at(self, i: int) -> tuple[int, str] | None:
        """(end, folded demonym) of a capitalised demonym starting at token ``i`` (the longest: "Central African",
        "Sierra Leonean" are two words), or None."""
        toks, index = self.toks, self.index
        if not toks[i].raw[:1].isupper():
            return None
        for words in index.long_demonyms.get(toks[i].fold, ()):
            end = i + len(words)
            if end <= len(toks) and all(toks[k].fold == w and toks[k].raw[:1].isupper() and
                                        self.text[toks[k - 1].end:toks[k].start] == " "
                                        for k, w in enumerate(words[1:], i + 1)):
                return end, " ".join(words)
        return (i + 1, toks[i].fold) if toks[i].fold in index.demonyms else None

    def _stacked(self, i: int) -> bool:
        """Whether the demonym at ``i`` follows another one with a space between ("Bosnian Serb", "Turkish
        Cypriot", "Syrian Turkmen"): the pair names a people of the first place, not the second state."""
        toks = self.toks
        if self.text[toks[i - 1].end:toks[i].start] != " ":
            return False
        return any((found := self._demonym_at(k)) is not None and found[0] == i for k in range(max(0, i - 3), i))

    def _demonym(self, i: int) -> int:
        """Demonym phrases starting at token ``i``; the index after them, or 0."""
        toks, text, index = self.toks, self.text, self.index
        tok = toks[i]
        n = len(toks)
        found = self._demonym_at(i)
        if found and i and (toks[i - 1].fold in _PEOPLE_WORDS or self._stacked(i)):
            return 0  # "ethnic Armenian forces", "Bosnian Serb forces": a people's, not the state's
        if found:
            members = [(i, *found)]
            j = found[0]
            while j + 1 < n and toks[j].fold in {"and", "or"} and (other := self._demonym_at(j + 1)):
                members.append((j + 1, *other))
                j = other[0]
            last, after = members[-1][0], members[-1][1]
            gap = text[toks[after - 1].end:toks[after].start] if after < n else ""
            if after < n and gap.strip() in {"-", "‐"} and toks[after].fold in {
                "backed", "supported", "sponsored", "led", "aligned", "allied", "funded", "armed", "affiliated",
                "trained", "equipped", "financed", "supplied", "donated",
            }:
                for k, e, c in members:
                    self._demonym_mention(k, e, c, "backer")
                return after
            if after < n and toks[after].fold in _SUPPORT_NOUNS and gap == " ":
                for k, e, c in members:  # "Iranian funding", "Emirati and Saudi money": the givers
                    self._demonym_mention(k, e, c, "backer")
                return after
            h = _head(toks, after)
            if h:
                head = toks[h].fold
                end = h + 1
                if head == "air" and end < n and toks[end].fold == "force":
                    end += 1
                for k, e, c in members[:-1]:
                    self._demonym_mention(k, e, c, head)
                self._demonym_mention(last, end, members[-1][2], head)
                return end
            end = self._titled_forces(after)
            if end:  # "the Ethiopian National Defence Forces": the state's, not another's "National Defence Forces"
                for k, e, c in members[:-1]:
                    self._demonym_mention(k, e, c, toks[end - 1].fold)
                self._demonym_mention(last, end, members[-1][2], toks[end - 1].fold)
                return end
            self.countries[index.demonyms[members[0][2]]] += 1  # the others count when the loop reaches them
            return 0
        # Spanish and French: head noun first ("el Gobierno sirio", "la aviación rusa", "l'armée malienne")
        head = tok.fold[1:] if len(tok.raw) > 2 and tok.raw[0] in "lLdD" and tok.raw[1] in "'’" else tok.fold
        if head in _HEAD_FIRST and i + 1 < n and index.demonyms.get(toks[i + 1].fold) \
                and not toks[i + 1].raw[:1].isupper():
            self._demonym_mention(i, i + 2, toks[i + 1].fold, head)
            return i + 2
        return 0

    def _titled_forces(self, i: int) -> int:
        """The end of capitalised generic words and a military head at ``i`` ("National Defence Forces"), or 0."""
        toks = self.toks
        for k in range(i, min(i + 5, len(toks))):
            if not toks[k].raw[:1].isupper() or self.text[toks[k - 1].end:toks[k].start] != " ":
                return 0
            if toks[k].fold in MILITARY_HEADS and k > i:
                return k + 1
            if toks[k].fold not in GENERIC:
                return 0
        return 0

    def demonym_phrase(self, i: int, j: int, demonym: str, head: str) -> None:
        """Tokens ``i..j-1``, starting with ``demonym``, name its actor ("the Kenyan Defence Forces")."""
        self._demonym_mention(i, j, demonym, head)

    def _demonym_mention(self, i: int, j: int, demonym: str, head: str) -> None:
        """A demonym phrase names the actor that lists the demonym (else the country's government)."""
        iso = self.index.demonyms[demonym]
        self.countries[iso] += 1
        actor_id = self.index.demonym_actor.get(demonym) or self.index.government.get(iso)
        if actor_id is None:
            return
        start, end = self.toks[i].start, self.toks[j - 1].end
        self.mentions.append(Mention(start, end, self.text[start:end], actor_id, "demonym", head,
                                     dated=self.index.demonym_group.get(demonym, ())))

    def _backed_phrases(self) -> None:
        """"Turkish-backed factions": a new actor named by the whole phrase, unless ", namely X" names it."""
        ends = {m.end: m for m in self.mentions}
        for m in _BACKED_PHRASE.finditer(self.text):
            backer = ends.get(m.start())
            start, end = m.start(1), m.end(1)
            if backer is None or self.taken(start, end):
                continue
            origin = next((x for x in self.starting_at(m.end()) if m.group("origin") and
                           (a := self.actor(x.actor)) is not None and a.kind in STATE_KINDS), None)
            if origin is not None:  # "Iran-backed militias from Iraq": where they come from is part of the name
                self.mentions.remove(origin)
                end = origin.end
            named = re.match(r"\s*,\s*(?:namely|notably|specifically|in\s+particular|i\.e\.)\s+(?:the\s+)?",
                             self.text[end:])
            target = None
            if named:
                after = end + named.end()
                target = next(iter(self.starting_at(after)), None)
            if target is not None:
                actor_id = target.actor
            else:
                phrase = self.text[backer.start:end]
                actor_id = (self.resolver.resolve(phrase) or self.create(phrase, ActorKind.ARMED_GROUP)).id
            self.mentions.append(Mention(start, end, self.text[backer.start:end], actor_id, "backed"))

    def add(self, start: int, end: int, text: str, actor_id: str, how: str, dated: tuple[str, ...] = ()) -> None:
        """Record a mention found by another module (organisations, coreference, state forces)."""
        self.mentions.append(Mention(start, end, text, actor_id, how, dated=dated))

    def taken(self, start: int, end: int) -> bool:
        """Whether a mention found so far overlaps ``[start, end)``."""
        return bool(self._mentions.overlapping(start, end))

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions found so far that overlap ``[start, end)``, in the order they were found."""
        return self._mentions.overlapping(start, end)

    def starting_at(self, start: int) -> list[Mention]:
        """The mentions found so far that start at ``start``, in the order they were found."""
        return self._mentions.starting_at(start)

    def token_at(self, offset: int) -> int | None:
        """The index of the token holding character ``offset``, or ``None`` (between tokens, or past them)."""
        if self._starts is None:
            self._starts = [t.start for t in self.toks]
        k = bisect_right(self._starts, offset) - 1
        return k if k >= 0 and offset < self.toks[k].end else None

    def ending_at(self, end: int) -> list[Mention]:
        """The mentions found so far that end at ``end``, in the order they were found."""
        return self._mentions.ending_at(end)

    def main_country(self) -> str | None:
        """The country the article is about, when one clearly leads the counts, or leads those tied with it by
        the places it names there (a dateline and mediators abroad do not outweigh the towns of the war)."""
        top = self.countries.most_common(2)
        if not top:
            return None
        if len(top) > 1 and top[0][1] == top[1][1]:
            tied = Counter({c: self.placed[c] for c, k in self.countries.items() if k == top[0][1]}).most_common(2)
            return tied[0][0] if tied[0][1] and (len(tied) == 1 or tied[0][1] > tied[1][1]) else None
        return top[0][0]

    def _placed_government(self, end: int) -> tuple[str, str] | None:
        """"the junta in Niamey", "the government of Mali": (the country's government, its ISO3) a generic
        government phrase names by the place after it, or ``None``. A de facto state, which shares the code of
        the state it is recognised as part of, is its own government ("the authorities in South Ossetia")."""
        after = re.match(r"\s+(?:in|of)\s+", self.text[end:end + 8])
        if after is None:
            return None
        if self._starts is None:
            self._starts = [t.start for t in self.toks]
        k = bisect_left(self._starts, end + after.end())
        if k == len(self.toks) or not self.toks[k].raw[:1].isupper():
            return None
        for width in (3, 2, 1):
            key = tuple(t.fold for t in self.toks[k:k + width] if t.fold not in PARTICLES)
            form = self.index.forms.get(key) if len(self.toks[k:k + width]) == width else None
            actor = self.index.actor(form.actor) if form else None
            if actor is not None and actor.kind in STATE_KINDS and actor.country:
                gov = self.index.government.get(actor.country)
                ruler = self.index.actor(gov) if gov else None
                # a state is its own government (a de facto one too); a government replaced by date is the code's
                return (actor.id if ruler is None or ruler.kind is ActorKind.STATE else ruler.id), actor.country
        return None

    def _generic(self) -> None:
        governments = list(_GENERIC_GOV.finditer(self.text))  # read three times below: found once
        for m in [*governments, *_PLACED_AUTHORITIES.finditer(self.text)]:  # "the junta in Niamey" whatever
            # the article is about
            gov, placed = self._placed_government(m.end()) or (None, None)
            if gov and not self.taken(m.start(), m.end()):
                spelt = self.index.demonym_text.get(placed or "")
                dated = self.index.demonym_group.get(fold_token(spelt), ()) if spelt else ()
                self.mentions.append(Mention(m.start(), m.end(), m.group(), gov, "generic", dated=dated))
        iso = self.main_country()
        top = self.countries.most_common(2)
        army = bool(iso) and (len(top) == 1 or top[0][1] >= 2 * top[1][1])
        named_army = self._armies()  # "the army" may be "the Arakan Army"; "the military" is not
        armies = [m for m in _THE_ARMY.finditer(self.text)
                  if not (named_army and (m.group().lower().split()[-2:] == ["the", "army"] or m.group("site")))]
        gov = self.index.government.get(iso) if iso else None
        demonym = self.index.demonym_text.get(iso) if iso else None
        dated = self.index.demonym_group.get(fold_token(demonym), ()) if demonym else ()
        if gov:
            for m in [*governments, *(armies if army else ())]:
                if not self.taken(m.start(), m.end()):
                    self.mentions.append(Mention(m.start(), m.end(), m.group(), gov, "generic", dated=dated))
            for m in _BACKED_GOV.finditer(self.text):
                if not self.taken(m.start("core"), m.end("core")):
                    self.mentions.append(Mention(m.start("core"), m.end("core"), m.group("core"), gov, "generic",
                                                 dated=dated))
            if army:
                national_forces(self, gov, dated)  # "el Ejército", "l'armée"
                bare_forces(self, gov, dated)  # "ambushed soldiers near Djibo"
        echoed_forces(self, [*governments, *armies])  # "the military": the one "X military"
        if not iso:
            return
        opp = self.index.opposition.get(iso)
        generic = [m for m in _GENERIC_OPP.finditer(self.text) if not self.taken(m.start(), m.end())
                   and not _OF_NAME.match(self.text, m.end())  # "rebels of the X Front" are X's
                   and not _FORMER.search(self.text, max(0, m.start() - 10), m.start())]  # "former rebels": no longer
        for m in generic:  # with no listed opposition, who "the rebels" are is decided by _rebels
            self.mentions.append(Mention(m.start(), m.end(), m.group(), opp or "", "generic"))
        self.demonym = demonym

    def _armies(self) -> bool:
        """Whether the article names a group that is an army ("the Arakan Army", "the Free Syrian Army", not
        "the Pakistan Army" or "the Syrian Arab Army"): "the army" may then be it."""
        for m in _NAMED_ARMY.finditer(self.text):
            words = [fold_token(w) for w in m.group().split()]
            while words and words[0] in STOP:
                words.pop(0)
            if len(words) < 2:
                continue
            first = words[0]
            form = self.index.forms.get((first,))
            actor = self.index.actor(form.actor) if form else None
            if first not in STOP and first not in self.index.demonyms and not (actor and actor.kind in STATE_KINDS):
                return True
        return False

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding offset ``at`` starts (the extractor's sentences, split once)."""
        if self._sentence_starts is None:
            from actorgraph.loaders.articles.extract import split_sentences  # extract imports this module

            self._sentence_starts = [start for start, _ in split_sentences(self.text)]
        k = bisect_right(self._sentence_starts, at) - 1
        return self._sentence_starts[k] if k >= 0 else 0

    def _rebels(self) -> None:
        """"the rebels" where the country lists no opposition: the one armed group named in the 300 characters
        before (as a sentence's subject, when the article names others), else the article's one armed group,
        else, when the article names no armed group, the country's opposition (made only when the article
        speaks of it), once every name of the article is known. A group named earlier in the same sentence
        is never it ("X was sent to fight insurgents"); with several candidates nothing is chosen."""
        open_ = [m for m in self.mentions if m.how == "generic" and not m.actor]
        if not open_:
            return
        armed = frozenset({ActorKind.ARMED_GROUP})  # a militia is no "rebels"
        named = [m for m in self.mentions if m.actor and (a := self.actor(m.actor)) is not None and a.kind in armed]
        counts = Counter(m.actor for m in named)
        named.sort(key=lambda x: x.start)
        starts = [x.start for x in named]
        fallback = None
        placed = []
        for m in open_:
            opened = self._sentence_start(m.start)
            same = {x.actor for x in named[bisect_left(starts, opened):bisect_right(starts, m.start)]
                    if x.end <= m.start}
            before = [x for x in named[bisect_left(starts, m.start - 300):bisect_right(starts, opened)]
                      if x.end <= opened and x.actor not in same]
            near = {x.actor for x in before}
            subjects = {x.actor for x in before if len(self.text[self._sentence_start(x.start):x.start].split()) <= 3}
            only = set(counts) - same if len(counts) == 1 else set()  # the article's one armed group
            if len(near) == 1 and near in (subjects, only):
                actor_id = near.pop()
            elif only:
                actor_id = next(iter(only))
            elif self.demonym and not counts:
                fallback = fallback or self.create(f"{self.demonym} opposition", ActorKind.ARMED_GROUP).id
                actor_id = fallback
            else:
                actor_id = ""
            if actor_id:
                placed.append(replace(m, actor=actor_id))
        self.mentions = [x for x in self.mentions if not (x.how == "generic" and not x.actor)] + placed

def article_mentions(article_id: str, names: dict[str, list[str]], counts: dict[str, int]) -> tuple[ActorMention, ...]:
    """The MENTIONS edges of one article: every actor it names (by id), how often, and by which names."""
    return tuple(ActorMention(article=article_id, actor=actor_id, count=max(1, counts.get(actor_id, 1)),
                              names=tuple(used)) for actor_id, used in names.items())
