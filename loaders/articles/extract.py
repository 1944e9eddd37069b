"""Extractors: article text in, actors and typed, dated, sourced claims out.

:class:`Extractor` is the seam: anything with ``name`` and ``extract(doc) -> Extraction`` can
replace or complement the rule-based :class:`RuleExtractor` (an LLM-based extractor would
implement the same protocol and return the same :class:`Extraction`). The rule extractor is
deterministic and explains every claim: the sentence, its span, the rule name, a confidence.
See ``docs/extraction.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import permutations
from typing import Any, Protocol

from actorgraph.graph.dates import Precision, format_partial, period_end
from actorgraph.graph.model import LINEAGE_TYPES, Actor, Article, Claim, Evidence, GraphBatch, RelationType
from actorgraph.loaders.articles.claim_dates import (
    EVENT_TYPES,
    across_gap,
    date_fields,
    one_plain_date,
    opens_since_clause,
    own_part_dates,
    part_of_year,
    plain_role,
    restated_day,
    restates,
    told_earlier,
    without_foundings,
)
from actorgraph.loaders.articles.coreference import resolve_coreference
from actorgraph.loaders.articles.dates import (
    TimeExpr,
    find_dates,
    parse_dateline,
    reads_as_news,
    refers_to_earlier_time,
    tells_duration,
)
from actorgraph.loaders.articles.lexicon import Lexicon, shipped_lexicon
from actorgraph.loaders.articles.mention_index import GROUP_KINDS, STATE_KINDS, MentionIndex
from actorgraph.loaders.articles.mentions import Finder, Mention, article_mentions
from actorgraph.loaders.articles.rules import FINITE_VERB, PREP_BEFORE, RULES, SLOT, TELLERS, TRIGGERS, Rule
from actorgraph.loaders.articles.truce_ends import ended_next
from actorgraph.loaders.gazetteer import Resolver


@dataclass
class Document:
    """One article to read: its metadata and its text."""

    article: Article
    text: str
    published_precision: Precision = Precision.DAY  # how much of ``article.published`` the source gave

    @cached_property
    def news(self) -> bool:
        """Whether the text reads as news of its day (see :func:`reads_as_news`), not a profile or a history."""
        return reads_as_news(self.text, self.article.published if self.published_precision is Precision.DAY else None)

    def of_the_day(self, sentence: str) -> bool:
        """Whether an undated event of ``sentence`` happened on the publication day: the article reads as
        news, and the sentence does not tell something that has gone on for years."""
        return self.news and not tells_duration(sentence)

    @cached_property
    def sentence_spans(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence of the text (:func:`split_sentences`)."""
        return split_sentences(self.text)

    def sentence_before(self, start: int) -> str:
        """The sentence that ends before ``start``."""
        spans = self.sentence_spans
        i = bisect_right(spans, (start, -1)) - 1  # the last sentence beginning before ``start``
        while i >= 0 and spans[i][1] > start:
            i -= 1
        return self.text[slice(*spans[i])] if i >= 0 else ""

    def sentence_after(self, end: int) -> str:
        """The sentence that begins after ``end``."""
        spans = self.sentence_spans
        i = bisect_left(spans, (end, -1))
        return self.text[slice(*spans[i])] if i < len(spans) else ""

    def restated_date(self, start: int, end: int) -> TimeExpr | None:
        """The day a neighbouring sentence gives the event of ``text[start:end]``: the next sentence's when it
        restates the event with its date ("... said the strike was conducted on 14 May"), the one date of the
        sentence before when this one opens by restating it ("The attack began after ...")."""
        after = self.sentence_after(end)
        if restates(after) and (told_again := restated_day(after, self.dates(after))):
            return told_again
        return one_plain_date(self.dates(self.sentence_before(start))) if restates(self.text, start) else None

    def dates(self, sentence: str, start: int | None = None) -> list[TimeExpr]:
        """The date expressions of one of its sentences (beginning at ``start`` in the text), relative ones
        counted from the article date as far as it is known, "at that time" from the sentence before (see
        :func:`find_dates`)."""
        before = self.sentence_before(start) if start and refers_to_earlier_time(sentence) else ""
        return find_dates(sentence, self.article.published, self.published_precision, narrative=not self.news,
                          before=before)


@dataclass
class Extraction:
    """What an extractor read in one document."""

    article: Article
    actors: dict[str, Actor] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)  # actor id -> names used in the text
    mention_counts: dict[str, int] = field(default_factory=dict)  # actor id -> mentions (xact: MENTIONS edges)
    notes: list[str] = field(default_factory=list)

    def batch(self) -> GraphBatch:
        used = {c.subject for c in self.claims} | {c.object for c in self.claims} | set(self.names)  # xact: + mentioned
        return GraphBatch(actors=tuple(a for k, a in self.actors.items() if k in used), articles=(self.article,),
                          claims=tuple(self.claims),
                          mentions=article_mentions(self.article.id, self.names, self.mention_counts))

    def record(self) -> dict[str, Any]:
        """The JSON line of ``actorgraph extract --format jsonl`` (read by the evaluation scorer)."""
        used = list(dict.fromkeys([x for c in self.claims for x in (c.subject, c.object)]))
        article = self.article.model_dump(mode="json")
        actors = []
        for actor_id in used:
            actor = self.actors[actor_id]
            aliases = list(dict.fromkeys([*actor.aliases, *self.names.get(actor_id, [])]))
            actors.append({"id": actor.id, "name": actor.name, "kind": str(actor.kind), "aliases": aliases})
        relations = [
            {
                "type": str(c.type), "source": c.subject, "target": c.object,
                # the first day this claim shows the relation holding, as the store's active_from reads it
                "valid_from": format_partial(c.valid_from, c.valid_from_precision)
                or format_partial(c.observed, c.observed_precision),
                "date_role": _date_role(c),
                "valid_to": format_partial(c.valid_to, c.valid_to_precision),
                "observed": format_partial(c.observed, c.observed_precision),
                "ended": c.ended, "confidence": c.confidence, "hedged": c.hedged, "extractor": c.extractor,
                "evidence": c.evidence.model_dump(),
            }
            for c in self.claims
        ]
        return {"article": article, "actors": actors, "relations": relations, "notes": self.notes}


def _date_role(claim: Claim) -> str | None:
    """What the record's ``valid_from`` is: an event day, a start, an observation, or nothing."""
    if claim.valid_from is not None:
        return "event" if claim.type in EVENT_TYPES else "start"
    return "observed" if claim.observed is not None else None


class Extractor(Protocol):
    """Reads documents into actors and claims."""

    name: str

    def extract(self, doc: Document) -> Extraction:
        """Actors and claims of ``doc``."""


# ---- sentences ------------------------------------------------------------------------------
MAX_SENTENCE_CHARS = 1500  # longer "sentences" (tables, lists run together) are not read: cost stays linear
_BREAK = re.compile(
    r"(?<=[.!?…])(?:\[\d+\])*[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-ZÁÉÍÓÚÑ¿¡0-9])|\n\s*\n|\n(?=\s*[-–•*#])"
    r"|(?<=[a-z\]])\n(?=[A-Z])"
)
_ABBREV = re.compile(r"(?:\b(?:U\.S|U\.N|U\.K|E\.U|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Jan|Feb|Mar|Apr|Jun|Jul|"
                     r"Aug|Sep|Sept|Oct|Nov|Dec|Sen|Rep|Gov|Prof|approx|vs|Jr|Sr)|\b[A-Z])\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence; a line break alone ends a sentence only between lines of a list."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK.finditer(text):
        if m.group().strip() == "" and _ABBREV.search(text[max(0, m.start() - 6):m.start()]):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        if chunk:
            out.append((s + lead, s + lead + len(chunk)))
    return out


# ---- templates -------------------------------------------------------------------------------
_DET = re.compile(r"(?:\b(?:the|The|el|El|la|La|los|Los|las|Las|its|their|su|sus|le|Le|les|Les)\s+|\b[lL]['’])$")
_REWRITES = [
    (re.compile(r"\b(?:planes|warplanes|jets|aircraft|forces|troops|fighters|militants|members|units|soldiers|drones|"
                r"positions|elements|ranks|aviones|fuerzas|tropas|posiciones|milicianos|troupes|combattants|soldats|"
                r"jihadistes|djihadistes|avions|bases|miliciens)\s+(?:from|of|de|del|du|des|de\s+la|d['’])\s*(?=@)",
                re.IGNORECASE), ""),
    (re.compile(r"(@\d+@)\s*'s\s+(?:\w+\s+)?(?:positions|bases|strongholds|forces|fighters|troops|territory|areas|convoys?|"
                r"headquarters|units|militants)\b"), r"\1"),
    (re.compile(r"(@\d+@)\s+(?:militants|fighters|forces|troops|soldiers|members|jihadists|terrorists|gunmen|loyalists|"
                r"units|warplanes|planes|jets|aircraft|helicopters|drones|tanks|vehicles|convoys?|positions|bases|"
                r"outposts|checkpoints)\b"), r"\1"),
    # a fronted clause ends at its first comma after a slot when a list and a verb follow: in "Since @0@ invaded
    # @1@, @2@ and @3@ have armed @4@" the list is the next clause's subject, not more of @0@'s targets
    (re.compile(r"((?:^|[-–—:;]\s+)\W*(?:ever\s+)?(?:since|after|when|once|because|although|though|while|before|"
                r"until|unless)\s[^,;]*?@\d+@)\s*,(?=\s*@\d+@(?:\s*,\s*@\d+@)*\s*,?\s*(?:and|or)\s+@\d+@\s+"
                rf"{FINITE_VERB}\b)", re.IGNORECASE), r"\1;"),
]
_REDUCE = [
    # "X-backed" modifiers and "and other (allied) Y"
    (re.compile(rf"{SLOT}\s*-\s*(?:(?:and|y)\s+{SLOT}\s*-\s*)?(?:backed|supported|sponsored|led|aligned|funded|armed)"
                rf"(?:\s*,\s*[\w-]+-led)?\s+(?=@)", re.IGNORECASE), ""),
    (re.compile(r",?\s+(?:and|along\s+with|together\s+with|y)\s+(?:other|several|various|otras?|varias?)\s+"
                r"(?:\w+\s+)?@\d+@", re.IGNORECASE), ","),
    (re.compile(r"\([^()]*\)"), ""),
    # appositives and relative clauses after a slot
    (re.compile(r"(@\d+@)\s*,\s*(?:(?:designated|listed|described|known|based|founded|led|backed|a|an|the|which|who|"
                r"whose|once|now|formerly|itself|one|considered|regarded|seen|con|avec|respaldad[oa]s?|apoyad[oa]s?|"
                r"financiad[oa]s?|armad[oa]s?|soutenue?s?|appuy[ée]e?s?|arm[ée]e?s?|financ[ée]e?s?)\b|@\d+@\s*'s\s|"
                r"[a-z]+ed\s+(?:in|by|to|after|since|from|on|at|as|under|during|for|near)\b)[^,;]{0,140}?,\s*"
                r"(?!\s*(?:and\b|y\b|@\d+@\s*(?:,|(?:and|or|y|o|et|ou)\b)))", re.IGNORECASE), r"\1 "),
    (re.compile(r"(@\d+@)\s*[–—]\s*[^–—;]{0,140}?[–—]\s*"), r"\1 "),
    # "X, the group formerly known as Y, attacked" once "the group" is X's: "X attacked"
    (re.compile(r"(@\d+@)\s+(?:formerly|previously|once|also|originally)\s+(?:known\s+as|called|named)\s+@\d+@\s*,\s*",
                re.IGNORECASE), r"\1 "),
    (re.compile(r",\s*(?:who|which|whose|que|quien|quienes|cuy[oa]s?|qui|dont|lequel|laquelle)\b[^,;]{0,140},",
                re.IGNORECASE), ""),
]
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|denied|denies|deny|denying|rejected|refuted|neither|nor|without|"
                       r"rul(?:ed|es|ing)\s+out|"
                       r"no|nunca|negó|niega|niegan|negaron|rechaz(?:ó|aron|a|an)|pas|jamais|nie|nient|ni[ée]|niant|"
                       r"d[ée]ment|d[ée]mentent|d[ée]menti|rejet(?:é|te|tent))\b|n't\b", re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:reportedly|allegedly|alleged|accus\w+|claim(?:s|ed|ing)?|could|might|may|would|if|"
                    r"unconfirmed|suspected|purportedly|apparently|supuestamente|presuntamente|believed\s+to|said\s+to|"
                    r"acus\w+|habría|habrían|aurait|auraient|présumé\w*|prétendument|supposément|"
                    r"rumou?red|possibly|perhaps)\b", re.IGNORECASE)
# a branch noun opening a conjunct of its own ("the merger of X and the Saharan branch of Y"): no description of X
_OWN_CONJUNCT = re.compile(r"^\s*(?:and|or|y|o|et|ou)\s+(?:the|its|their|a|an|la|el|los|las|le|les|une?)?\s*"
                           r"(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
# "Y was formed by defectors from X and is an affiliate of Z": the second predicate is Y's, not X's (X, after a
# preposition, is no subject)
_SECOND_PREDICATE = re.compile(r"\b(?:and|but|y|et)\s+(?:is|was|are|were|remains?|became|has\s+become|es|fue|est)\b",
                               re.IGNORECASE)
_FORMER = re.compile(r"\b(?:former|formerly|ex-|one-time|onetime|antigua|antiguo|ex|until|hasta|previously|once)\b",
                     re.IGNORECASE)


def _word_trie(words: list[str]) -> str:
    """A regular expression matching the longest of ``words`` that starts where it is tried (one branch per
    next character, so each position costs a character test rather than one per word)."""
    ends = "" in words
    heads: dict[str, list[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    branches = [re.escape(c) + _word_trie(rest) for c, rest in sorted(heads.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and len(branches[0]) == 2 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


_TRIGGER_WORDS = sorted({w for words in TRIGGERS.values() for w in words})  # all of them, looked for at once
_TRIGGER_AT = re.compile(f"(?=({_word_trie(_TRIGGER_WORDS)}))")  # the longest trigger word at each position
# a trigger word found also holds every trigger word it begins with ("attacked": "attack")
_WITHIN = {w: frozenset(x for x in _TRIGGER_WORDS if w.startswith(x)) for w in _TRIGGER_WORDS}
# view -> trigger word -> the rules on that view it lets through (their order numbers in RULES)
_RULES_OF: dict[str, dict[str, tuple[int, ...]]] = {"full": {}, "reduced": {}}
for _k, _rule in enumerate(RULES):
    for _w in TRIGGERS[_rule.name]:
        _RULES_OF[_rule.view][_w] = (*_RULES_OF[_rule.view].get(_w, ()), _k)
_ALWAYS = {view: tuple(k for k, r in enumerate(RULES) if r.view == view and not TRIGGERS[r.name])
           for view in _RULES_OF}  # rules that require no word: always tried


def _trigger_words(low: str) -> frozenset[str]:
    """The trigger words (:data:`~actorgraph.loaders.articles.rules.TRIGGERS`) found in ``low``, anywhere in it."""
    return frozenset().union(*(_WITHIN[m.group(1)] for m in _TRIGGER_AT.finditer(low)))


def _rules_to_try(views: dict[str, str]) -> list[int]:
    """The order numbers of the rules whose view (``views``: view name -> lower-case template) holds one of
    their trigger words, in the order of RULES."""
    tried: set[int] = set()
    found: dict[str, frozenset[str]] = {}  # the views are often the same text: looked for once
    for view, low in views.items():
        table = _RULES_OF[view]
        tried.update(_ALWAYS[view])
        words = found.get(low)
        if words is None:
            words = found[low] = _trigger_words(low)
        for w in words:
            tried.update(table.get(w, ()))
    return sorted(tried)


@dataclass
class Template:
    text: str
    slots: list[list[Mention]]  # slot k -> the mentions it stands for


_SAME_RUN = re.compile(r"[\s(,]*|\s*['’]s\s+")  # between two mentions of one actor's run
_CLOSING = re.compile(r"\s*\)")


def build_template(text: str, start: int, end: int, mentions: list[Mention]) -> Template:
    """The sentence ``text[start:end]`` with each mention run replaced by ``@k@``."""
    parts: list[str] = []
    slots: list[list[Mention]] = []
    pos = start
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if m.start < pos:
            i += 1
            continue
        same = [x for x in mentions[i:] if x.start == m.start and x.end == m.end]
        chunk = text[pos:m.start]
        det = _DET.search(chunk, max(0, len(chunk.rstrip()) - 5))  # the determiner ends where the final spaces begin
        if det:
            chunk = chunk[:det.start()]
        parts.append(chunk)
        actors = list(dict.fromkeys(x.actor for x in same))
        run_end = m.end
        j = i + len(same)
        # runs of one actor: "Syrian President Bashar al-Assad", "Hayat Tahrir al-Sham (HTS)"
        while len(actors) == 1 and j < len(mentions) and mentions[j].actor == actors[0] and \
                _SAME_RUN.fullmatch(text, run_end, mentions[j].start):
            run_end = mentions[j].end
            j += 1
        if len(actors) == 1 and _CLOSING.match(text, run_end, end) and "(" in text[m.start:run_end]:
            run_end = text.index(")", run_end) + 1
        tokens = []
        for actor in actors:
            slots.append([x for x in same if x.actor == actor])
            token = f"@{len(slots) - 1}@"
            if same[0].head in {"strikes", "airstrikes", "raids", "bombardment", "bombing", "bombings", "shelling",
                                "attacks"}:
                token += " strikes"
            tokens.append(token)
        parts.append(" and ".join(tokens))
        pos = run_end
        i = j
    parts.append(text[pos:end])
    template = "".join(parts).replace("’", "'").replace("‘", "'")
    for pattern, repl in _REWRITES:
        template = pattern.sub(repl, template)
    return Template(template, slots)


def reduce_template(template: str) -> str:
    for pattern, repl in _REDUCE:
        template = pattern.sub(repl, template)
    return template


# a slot that names who tells ("UN experts", "US officials") is no party of what they tell
_TELLER_SLOT = re.compile(rf"@(\d+)@\s+{TELLERS}\b", re.IGNORECASE)


def _slot_ids(group: str, slots: list[list[Mention]], told: frozenset[str] = frozenset()) -> list[str]:
    return list(dict.fromkeys(slots[int(k)][0].actor for k in re.findall(r"@(\d+)@", group) if k not in told))


# ---- the rule extractor ----------------------------------------------------------------------
class RuleExtractor:
    """Gazetteer mentions + sentence patterns; fast, deterministic and explainable.

    Parameters
    ----------
    resolver
        resolves names to actors (and counts the ones it creates).
    index
        the :class:`MentionIndex` of ``resolver.gazetteer``; built when not given.
    keep_hedged
        keep reported, alleged and conditional statements (``hedged=True``, confidence x 0.6);
        negated statements are always dropped.
    """

    name = "rules"

    def __init__(self, resolver: Resolver, index: MentionIndex | None = None, *, keep_hedged: bool = True,
                 lexicon: Lexicon | None = None) -> None:
        self.resolver = resolver
        self.index = index or MentionIndex(resolver.gazetteer)
        self.keep_hedged = keep_hedged
        self.lexicon = lexicon or shipped_lexicon()
        # "former members of @0@", "ex-fighters of the @0@", "former @0@ fighters": people who left a group
        lapsed = "|".join(sorted(map(re.escape, self.lexicon.words["lapsed"]), key=len, reverse=True))
        people = "|".join(sorted(map(re.escape, self.lexicon.member_nouns), key=len, reverse=True))
        self._lapsed = re.compile(rf"\b(?:{lapsed})[\s-]+(?:(?:{people})s?\s+of\s+(?:the\s+)?(@\d+@)|"
                                  rf"(@\d+@)(?:\s+(?:{people})s?\b)?)", re.IGNORECASE) if lapsed and people else None
        # "X failed to attack Y" (the complement before the clause's next slot), "failed to produce a truce between X
        # and Y" (the complement right before the match)
        failing = "|".join(sorted(map(re.escape, self.lexicon.words["failing_verbs"]))) or "(?!)"
        self._failed_in = re.compile(rf"\b(?:{failing})\w*\s+to\s+([a-z]+)\b[^,;@]*@\d+@", re.IGNORECASE)
        self._failed_before = re.compile(rf"\b(?:{failing})\w*\s+to\s+([a-z]+)\s+(?:[\w'-]+\s+){{0,3}}$",
                                         re.IGNORECASE)

    def _people(self, found: re.Match[str], template: Template, text: str) -> bool:
        """Whether a lapsed match names people: "former members of X", "former X fighters" (the people word after
        the slot, ending its mention, or dropped from the template before it: "Former [members of the] X"), not
        "the former X" alone."""
        if found.group(1) or found.group(0).rstrip()[-1] != "@":
            return True
        mention = template.slots[int(found.group(2).strip("@"))][0]
        words = re.findall(r"\w+", text[max(0, mention.start - 30):mention.start])[-3:] + \
            mention.text.split()[-1:] + re.findall(r"\w+", text[mention.end:mention.end + 20])[:1]
        return any(w.lower().rstrip("s") in self.lexicon.member_nouns for w in words)

    def extract(self, doc: Document) -> Extraction:
        result, finder, candidates = self.prepare(doc)
        return self.finish(result, finder, self.with_truce_ends(doc, self.rule_claims(doc, candidates)))

    def with_truce_ends(self, doc: Document, claims: list[Claim]) -> list[Claim]:
        """``claims`` and the ends of their truces told broken in the next sentence ("The truce collapsed in May")."""
        def when(start: int, end: int) -> dict[str, Any]:  # its own date, as an end; else none (ended when reported)
            dates = doc.dates(doc.text[start:end], start)
            return date_fields(RelationType.CEASEFIRE_WITH, "end", dates, doc.article.published,
                               doc.published_precision, present=False, ended=True) if dates else {}

        return [*claims, *ended_next(doc.text, doc.sentence_spans, claims, self.lexicon, when)]

    def prepare(self, doc: Document) -> tuple[Extraction, Finder, list[tuple[int, int, list[Mention]]]]:
        """Mentions of ``doc`` and its candidate sentences: ``(start, end, mentions)`` with two actors or more."""
        text = doc.text
        result = Extraction(article=doc.article)
        finder = Finder(self.index, self.resolver, text, doc.article.published)
        finder.run()
        sentences = doc.sentence_spans
        resolve_coreference(finder, sentences, MAX_SENTENCE_CHARS)
        if doc.article.published is None:
            result.notes.append("no article date (record, HTML metadata, dateline or --published): "
                                "claims without a date in their sentence are undated")
        mentions = finder.mentions
        k = 0
        candidates = []
        too_long = 0
        for s_start, s_end in sentences:
            while k < len(mentions) and mentions[k].end <= s_start:
                k += 1
            local = []
            for i in range(k, len(mentions)):
                m = mentions[i]
                if m.start >= s_end:
                    break
                if m.start >= s_start and m.end <= s_end:
                    local.append(m)
            if len({m.actor for m in local}) >= 2:
                if s_end - s_start <= MAX_SENTENCE_CHARS:
                    candidates.append((s_start, s_end, local))
                else:
                    too_long += 1
        if too_long:
            result.notes.append(f"{too_long} sentence(s) over {MAX_SENTENCE_CHARS} characters naming two actors or "
                                "more were not read (no relations from them): a table or a list run together?")
        return result, finder, candidates

    def rule_claims(self, doc: Document, candidates: list[tuple[int, int, list[Mention]]]) -> list[Claim]:
        """The claims the sentence patterns give in the candidate sentences."""
        text = doc.text
        dateline = parse_dateline(text, doc.article.published)
        body = dateline.end if dateline else 0  # the dateline's date is the report's, not the first sentence's
        seen: dict[tuple[str, str, str, int], tuple[int, Claim]] = {}
        for s_start, s_end, local in candidates:
            template = build_template(text, s_start, s_end, local)
            full = template.text
            reduced = reduce_template(full)
            dates: list[TimeExpr] | None = None  # found on the first match only
            for k in _rules_to_try({"full": full.lower(), "reduced": reduced.lower()}):
                rule = RULES[k]
                view = full if rule.view == "full" else reduced
                for match in rule.pattern.finditer(view):
                    if dates is None:
                        dates = [d for d in doc.dates(text[s_start:s_end], s_start) if s_start + d.start >= body]
                    for claim in self._claims(rule, match, view, template, doc, text, s_start, s_end, dates):
                        key = (str(claim.type), claim.subject, claim.object, s_start)
                        old = seen.get(key)
                        if old is None or old[0] < rule.priority:
                            seen[key] = (rule.priority, claim)
        # a high-priority rule overrides the nearest-subject guess for the same object in the sentence
        top = {(str(c.type), c.object, c.evidence.start): p for p, c in seen.values() if p > 0}
        return [c for p, c in seen.values() if top.get((str(c.type), c.object, c.evidence.start), 0) <= p]

    def finish(self, result: Extraction, finder: Finder, claims: list[Claim]) -> Extraction:
        """``result`` with ``claims``, their actors and the names each actor goes by in the text."""
        mentions = finder.mentions
        result.claims = sorted(claims, key=lambda c: c.evidence.start)  # in reading order, whichever reader found it
        for actor_id in {x for c in claims for x in (c.subject, c.object)} - {m.actor for m in mentions}:
            actor = finder.actor(actor_id)  # an actor chosen by a claim's date
            if actor:
                result.actors.setdefault(actor_id, actor)
        for m in mentions:
            actor = finder.actor(m.actor)
            if actor is None:
                continue
            result.actors.setdefault(actor.id, actor)
            result.mention_counts[actor.id] = result.mention_counts.get(actor.id, 0) + 1
            names = result.names.setdefault(actor.id, [])
            surface = " ".join(m.text.split())
            if surface not in names and m.how not in {"coref"}:
                names.append(surface)
        return result

    def _not_done(self, view: str, start: int, matched: str) -> bool:
        """Whether the match is told as not done: under a failing verb ("X failed to attack Y", "talks failed to
        produce a truce between X and Y"; not a countering complement: "failed to repel Y's assault") or an undoing
        verb before its gerund ("X stopped supporting Y", "ceased arming")."""
        words = self.lexicon.words
        failed = [m.group(1) for m in self._failed_in.finditer(matched)]
        if before := self._failed_before.search(view[max(0, start - 80):start]):
            failed.append(before.group(1))
        if any(not (_verb_lemmas(verb) & words["countering_verbs"]) for verb in failed):
            return True
        return any(_verb_lemmas(m.group(1)) & words["undoing_verbs"] for m in _BEFORE_GERUND.finditer(matched))

    def _claims(self, rule: Rule, match: re.Match[str], view: str, template: Template, doc: Document, text: str,
                s_start: int, s_end: int, dates: list[TimeExpr]) -> Iterator[Claim]:
        groups = match.groupdict()
        if rule.subject_first and groups.get("a") and (
                _prep_before(view, match.start("a"))
                or _conjoined_object(view, match.start("a"), match.end("a"), self.lexicon.words["forms"])):
            return
        matched = view[match.start():match.end()]
        if _NEGATION.search(matched) or self._not_done(view, match.start(), matched):
            return
        # "X violated the truce between X and Y", "the truce agreed by X and Y collapsed": over, not in force
        window = _CLAUSE_END.split(view[max(0, match.start() - 40):match.start()])[-1] + \
            _CLAUSE_END.split(view[match.start():match.end() + 40], 1)[0] if rule.type is RelationType.CEASEFIRE_WITH \
            else ""
        broken = bool(window) and bool((_verb_lemmas(window) | set(re.findall(r"\w+", window.lower())))
                                       & self.lexicon.words["breaking_verbs"])
        hedged = rule.hedged or bool(_HEDGE.search(matched))
        if hedged and not self.keep_hedged:
            return
        told = frozenset(_TELLER_SLOT.findall(view, match.start(), match.end() + 40))
        if rule.pairwise:
            group = groups["g"]
            if rule.subject_first and _prep_before(view, match.start("g")) and (
                    lead := re.match(r"@\d+@\s*,\s*(?=@)", group)):
                group = group[lead.end():]  # "Under pressure from X, Y agreed to a truce": X opens a phrase of its own
            members = _slot_ids(group, template.slots, told)
            if len(members) < 2 or (rule.name.endswith("between") and len(members) != 2):
                return
            pairs = list(permutations(members, 2)) if (rule.mutual or rule.type.symmetric) else []
            if rule.type.symmetric:
                pairs = [(a, b) for a, b in pairs if a < b]
        else:
            subjects = _slot_ids(groups["a"], template.slots, told)
            objects = _slot_ids(groups["b"], template.slots, told)
            if groups.get("c"):  # a second object: "B merged with C to form A"
                objects += [c for c in _slot_ids(groups["c"], template.slots, told) if c not in objects]
            pairs = [(a, b) for a in subjects for b in objects]
            if rule.mutual:
                pairs += [(b, a) for a, b in pairs]
        if self._lapsed is not None and rule.type not in LINEAGE_TYPES:
            # what former members of X do is not X's deed (in its lineage they stand for it: "formed by ...")
            left = {a for m in self._lapsed.finditer(template.text) if self._people(m, template, text)
                    for a in _slot_ids(m.group(1) or m.group(2), template.slots)}
            pairs = [(a, b) for a, b in pairs if a not in left and b not in left]
        gap = groups.get("gap") or ""
        if rule.type is RelationType.AFFILIATE_OF and not rule.subject_first and (
                _OWN_CONJUNCT.match(gap) or (_prep_before(view, match.start("a")) and _SECOND_PREDICATE.search(gap))):
            return
        if gap.lstrip().startswith(",") and not rule.pairwise:
            # "A and B, an affiliate of C": the appositive describes the nearest member only
            pairs = [(a, b) for a, b in pairs if a == _slot_ids(groups["a"], template.slots)[-1]]
        succession = rule.type is RelationType.SUCCESSOR_OF
        ended = broken or rule.ended or bool(_FORMER.search(gap)) or (
            not succession and bool(re.search(r"\buntil\b|\bhasta\b", matched, re.I)))
        role = plain_role(rule.type, _rule_date_role(rule), _verb_lemmas(matched), self.lexicon.words["start_verbs"],
                          self.lexicon.words["end_verbs"])
        present = not _PAST.search(matched)
        if rule.name == "support.x_backed":  # "the X-backed Y fought since Wednesday": a modifier has no date
            dates = []
        elif not dates and rule.type in EVENT_TYPES and (restated := doc.restated_date(s_start, s_end)):
            dates = [restated]  # "The attack began after ...": the day the sentence before gave it
        else:
            matched_mentions = [m for k in re.findall(r"@(\d+)@", matched) for m in template.slots[int(k)]]
            spans = [(m.start - s_start, m.end - s_start) for m in matched_mentions]
            dates = without_foundings(rule.type, dates, text[s_start:s_end], spans,
                                      self.lexicon.words["founding_participles"])
            dates = across_gap(own_part_dates(dates, text[s_start:s_end], spans), text[s_start:s_end], spans)
        if succession:  # "X was known as Y until 2017": the old name ended, so the succession began, then
            dates = [replace(e, role="at") if e.role == "until" else e for e in dates]
        undated_past = not dates and opens_since_clause(view[:match.start()])
        when = date_fields(rule.type, role, dates, doc.article.published, doc.published_precision, present=present,
                           ended=ended, news=doc.of_the_day(text[s_start:s_end]),
                           earlier=undated_past or told_earlier(matched, view[:match.start()]))
        dated = {m.actor: m.dated for slot in template.slots for m in slot if m.dated}
        yield from self.make_claims(doc, rule.type, pairs, when, dated, (s_start, s_end), f"rules:{rule.name}",
                                    rule.confidence, hedged=hedged, ended=ended,
                                    described=described_only([m for slot in template.slots for m in slot]),
                                    within=part_of_year(when, dates), undated_past=undated_past)

    def make_claims(self, doc: Document, type_: RelationType, pairs: list[tuple[str, str]], when: dict[str, Any],
                    dated: dict[str, tuple[str, ...]], span: tuple[int, int], extractor: str, confidence: float, *,
                    hedged: bool, ended: bool, described: frozenset[str] = frozenset(),
                    within: tuple[dt.date, dt.date] | None = None, undated_past: bool = False) -> Iterator[Claim]:
        """One claim per pair, dated ``when``; a claim dated by its sentence takes the actors valid then.

        ``described`` are actors named only by a description ("Iran-backed militias"): no lineage links them.
        ``within``: the part of the year the date was told in ("the spring of 2021"), where the actors are chosen.
        ``undated_past``: the event is told as past at an unknown time ("ever since X invaded Afghanistan"), so an
        actor that depends on the date (the government of the time) is unknown too: no claim names one.
        """
        if undated_past:
            pairs = [(a, b) for a, b in pairs if a not in dated and b not in dated]
        first = when.get("valid_from") or when.get("valid_to") or when.get("observed")
        if first is not None:
            # "in 2016 the Syrian government ...": the government valid then
            precision = when.get("valid_from_precision") or when.get("valid_to_precision") or \
                when.get("observed_precision")
            last = period_end(first, precision or Precision.DAY)
            if "valid_to" in when and "valid_from" not in when:
                first = dt.date(last.year, 1, 1) if precision is Precision.YEAR else first
            if within is not None:
                first, last = within
            held = [(self.index.by_date(a, dated.get(a, ()), first, last),
                     self.index.by_date(b, dated.get(b, ()), first, last)) for a, b in pairs]
            pairs = [(a, b) for a, b in held if a is not None and b is not None]
        if type_ is RelationType.SUCCESSOR_OF and extractor.split(":", 1)[-1] in self.lexicon.words["forming"]:
            # groups that form a coalition are its members, not its predecessors ("X and Y came together to form
            # the Z Alliance")
            joined = [(a, b) for a, b in pairs if self._kind(a) == "coalition" and self._kind(b) != "coalition"]
            if joined:
                yield from self.make_claims(doc, RelationType.AFFILIATE_OF, [(b, a) for a, b in joined], when, dated,
                                            span, extractor, confidence, hedged=hedged, ended=ended,
                                            described=described, within=within)
                pairs = [p for p in pairs if p not in joined]
        s_start, s_end = span
        for subject, obj in dict.fromkeys(pairs):
            if subject == obj or not self._fits(type_, subject, obj):
                continue
            if type_ in (RelationType.AFFILIATE_OF, RelationType.SUCCESSOR_OF) and {subject, obj} & described:
                continue
            if type_ is RelationType.AFFILIATE_OF and hedged and self._kind(obj) == "party" and \
                    self._kind(subject) != "party":
                continue  # "the gang has been linked to the X Party": a patron, not a parent organisation
            fields = dict(
                article=doc.article.id, type=type_, subject=subject, object=obj,
                evidence=Evidence(sentence=doc.text[s_start:s_end], start=s_start, end=s_end),
                extractor=extractor, confidence=round(confidence * (0.6 if hedged else 1.0), 2), hedged=hedged,
                ended=ended, reported=doc.article.published, source=doc.article.source,
            )
            try:
                claim = Claim(**fields, **when)
            except ValueError:  # e.g. valid_to before valid_from: drop the date rather than the claim
                claim = Claim(**fields)
            yield claim

    def _kind(self, actor_id: str) -> str | None:
        """The kind of a listed actor, or of one the resolver made from the text ("the X Party (XP)")."""
        entry = self.resolver.gazetteer.entries.get(actor_id)
        if entry:
            return str(entry.actor.kind)
        made = next((a for a in self.resolver.created.values() if a.id == actor_id), None)
        return str(made.kind) if made else None

    def _fits(self, type_: RelationType, subject: str, obj: str) -> bool:
        """Lineage relations link organisations, never persons or states."""
        if type_ in (RelationType.AFFILIATE_OF, RelationType.SUCCESSOR_OF):
            for actor_id in (subject, obj):
                entry = self.resolver.gazetteer.entries.get(actor_id)
                if entry and (entry.actor.kind in STATE_KINDS or str(entry.actor.kind) == "person"):
                    return False
        return True


def _prep_before(view: str, end: int) -> bool:
    """``PREP_BEFORE.search(view[:end])``, looked for only in its last words: its match ends with the spaces
    before ``end``, so its word ends where they begin (no preposition is longer than 7 letters)."""
    return bool(PREP_BEFORE.search(view, max(0, len(view[:end].rstrip()) - 8), end))


# "X left Y (for weeks) and signed a truce with Z": the verb after "and" shares X, the first clause's subject; Y is
# the object of the clause before (not inside an aside on Y: "Y, which emerged in 2012 and has grown, attacked Z")
_CONJOINED = re.compile(r"(?:^|[\s,])(?:and|y|et|e)\s+(?:(?:then|later|also|subsequently|soon|finally|luego|después|"
                        r"despues|puis|ensuite|finalement)\s+)?(?P<w>[^\W\d_]+)\b", re.IGNORECASE)
_ASIDE = re.compile(r",\s*(?:which|who|that|whose|que|qui|quien|el\s+cual|la\s+cual)\b|\(", re.IGNORECASE)
_AUXILIARY = frozenset({"has", "have", "had", "was", "were", "is", "are", "will", "would", "ha", "han", "había",
                        "habían", "a", "ont", "avait", "avaient", "est", "sont", "se"})
# after a past participle such as "signed", what opens its object or complement ("allied groups" is a noun phrase)
_VERB_NEXT = re.compile(r"\s+(?:@|(?:a|an|the|its|their|his|her|to|with|on|against|this|that|several|dozens|"
                        r"el|la|los|las|un|una|le|les|une|des|con|contra|avec|contre)\b)", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[;.]|,\s+(?:and|but|while|y|pero|et|mais)\s", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"(?<![\w-])(?P<w>[^\W\d_]+)\s+(?:(?:a|al)\s+)?$")  # a Spanish object's "a"


def _verb_like(word: str, forms: frozenset[str]) -> bool:
    """A rough test: ``word`` reads as a finite verb or a participle ("signed", "left", "abandonó", "quitté")."""
    word = word.lower()
    return word in forms or word.endswith(("ed", "ó", "aron", "ieron", "é"))


def _conjoined_object(view: str, start: int, end: int, forms: frozenset[str]) -> bool:
    """Whether the slot at ``start:end`` is the object of a verb and another verb coordinated by "and" follows it
    (before the next slot): that verb shares the first clause's subject, never this object ("X left @1@ and
    signed a truce with @2@"; but "@1@ fighters crossed the river and attacked @2@" is @1@'s attack)."""
    before = _VERB_BEFORE.search(view, max(0, view.rfind("@", 0, start - 1) + 1), start)
    if not before or not _verb_like(before.group("w"), forms):
        return False
    stop = view.find("@", end)
    segment = view[end:stop if stop >= 0 else len(view)]
    aside = _ASIDE.search(segment)
    for m in _CONJOINED.finditer(segment, 0, aside.start() if aside else len(segment)):
        word = m.group("w").lower()
        if word in _AUXILIARY or word in forms or word.endswith(("ó", "aron", "ieron")):
            return True
        if word.endswith("ed") and _VERB_NEXT.match(segment, m.end("w")):
            return True
    return False


def described_only(mentions: list[Mention]) -> frozenset[str]:
    """Actors that ``mentions`` name only by a description ("Iran-backed militias"), never by a name."""
    described = {m.actor for m in mentions if m.how == "backed"}
    return frozenset(described - {m.actor for m in mentions if m.how != "backed"})


_PAST = re.compile(r"\b(?:had|was|were|did|once|formerly|former|until|hasta|previously)\b", re.IGNORECASE)
_IRREGULAR = {"began": "begin", "begun": "begin", "broke": "break", "broken": "break", "left": "leave",
              "became": "become", "split": "split", "cut": "cut", "set": "set", "quit": "quit", "swore": "swear",
              "sworn": "swear", "grew": "grow", "led": "lead"}


# "X stopped supporting Y": an undoing verb before a gerund
_BEFORE_GERUND = re.compile(r"\b([a-z]+)\s+[a-z]{3,}ing\b", re.IGNORECASE)


def _verb_lemmas(text: str) -> set[str]:
    """Rough lemmas of the words of ``text`` (for the start and end verbs of the lexicon)."""
    out: set[str] = set()
    for word in re.findall(r"[a-z]+", text.lower()):
        out.add(_IRREGULAR.get(word, word))
        for suffix in ("ing", "ed", "es", "s", "d"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[: -len(suffix)]
                out.update({stem, stem + "e"})
                if len(stem) > 3 and stem[-1] == stem[-2]:
                    out.add(stem[:-1])
    return out


def _rule_date_role(rule: Rule) -> str:
    """What a plain date in a rule's sentence means for its claim."""
    if rule.type in EVENT_TYPES:
        return "event"
    if rule.type is RelationType.SUCCESSOR_OF:
        return "none" if rule.name == "successor.of" else "start"
    if rule.type is RelationType.AFFILIATE_OF:
        return "end" if rule.ended else "start" if rule.name in {"affiliate.allegiance", "affiliate.joined_es_fr"} \
            else "observed"
    return "observed"


__all__ = ["GROUP_KINDS", "Document", "Extraction", "Extractor", "RuleExtractor", "split_sentences"]
