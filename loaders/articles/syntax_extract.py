"""The parse-based extractor: the rules' mentions and claims plus relations read from a dependency parse.

:class:`ParseExtractor` implements the :class:`~actorgraph.loaders.articles.extract.Extractor` protocol.
It finds mentions once, runs the sentence patterns, parses the candidate sentences (two actors or more
and a trigger word of the lexicon) with spaCy, reads their relations with ``syntax_rules.py`` and
combines both into one result: one claim per (type, endpoints, sentence). Without an installed spaCy
model it runs the rules alone and says so once per process. Spanish and French articles stay on the
rules: the parser is English.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from actorgraph.graph.dates import Precision
from actorgraph.graph.model import Claim, RelationType
from actorgraph.loaders.articles.claim_dates import (
    EARLIER_WORDS,
    EVENT_TYPES,
    date_fields,
    one_plain_date,
    part_of_year,
    plain_role,
)
from actorgraph.loaders.articles.dates import NUMBER_WORDS, TimeExpr, add_months, parse_dateline
from actorgraph.loaders.articles.extract import Document, Extraction, RuleExtractor, described_only
from actorgraph.loaders.articles.lexicon import Lexicon
from actorgraph.loaders.articles.mention_index import MentionIndex
from actorgraph.loaders.articles.mentions import Mention
from actorgraph.loaders.articles.parse import DEFAULT_MODEL, MAX_SENTENCE_CHARS, Parsed, load_model, parse_sentences
from actorgraph.loaders.articles.syntax_rules import Finding, read_relations
from actorgraph.loaders.articles.syntax_tree import clause_verb, own_conjunct
from actorgraph.loaders.gazetteer import Resolver

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

log = logging.getLogger(__name__)
_MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "appos"})
_DATE_DEPS = frozenset({"appos", "nummod", "pobj", "prep", "compound", "npadvmod", "amod"})  # inside a date phrase


def _closed(claims: list[Claim], ends: list[Claim]) -> list[Claim]:
    """``claims`` with the truces that ``ends`` close (same sentence, type and parties) ended on their end's date."""
    by_key = {(e.evidence.start, e.relation_id): e for e in ends}
    out = []
    for claim in claims:
        end = by_key.get((claim.evidence.start, claim.relation_id))
        if end is not None:
            update: dict[str, object] = {"ended": True}
            if end.valid_to and (claim.valid_from is None or end.valid_to >= claim.valid_from):
                update |= {"valid_to": end.valid_to, "valid_to_precision": end.valid_to_precision}
            claim = claim.model_copy(update=update)
        out.append(claim)
    return out


class ParseExtractor(RuleExtractor):
    """Rules plus a dependency parse of the sentences that name two actors or more.

    Parameters
    ----------
    resolver, index, keep_hedged, lexicon
        as for :class:`RuleExtractor`.
    model
        the spaCy pipeline's name or path (the setting ``ACTORGRAPH_SPACY_MODEL``).
    """

    name = "parse"

    def __init__(self, resolver: Resolver, index: MentionIndex | None = None, *, keep_hedged: bool = True,
                 lexicon: Lexicon | None = None, model: str = DEFAULT_MODEL) -> None:
        super().__init__(resolver, index, keep_hedged=keep_hedged, lexicon=lexicon)
        self.model = model
        self._nlp: Language | bool | None = False  # False: not loaded yet
        stems = sorted({w[:4] for w in self.lexicon.stems()} | self.lexicon.words.get("forms", frozenset()))
        self._prefilter = re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + ")")

    @property
    def nlp(self) -> Language | None:
        """The spaCy pipeline, loaded on first use (``None`` when it is not installed)."""
        if self._nlp is False:
            self._nlp = load_model(self.model)
        return self._nlp  # type: ignore[return-value]

    def extract(self, doc: Document) -> Extraction:
        result, finder, candidates = self.prepare(doc)
        claims = self.rule_claims(doc, candidates)
        if _english(doc) and self.nlp is not None:
            claims = combine(claims, self.parse_claims(doc, candidates, result.notes))
        return self.finish(result, finder, self.with_truce_ends(doc, claims))

    def parse_claims(self, doc: Document, candidates: list[tuple[int, int, list[Mention]]],
                     notes: list[str] | None = None) -> list[Claim]:
        """Claims read from the parse of the candidate sentences that hold a trigger word.

        Sentences over :data:`~actorgraph.loaders.articles.parse.MAX_SENTENCE_CHARS` characters are
        left to the rules (parsing costs more than linearly in a sentence's length); ``notes`` says how many.
        """
        nlp = self.nlp
        if nlp is None:
            return []
        text = doc.text
        dateline = parse_dateline(text, doc.article.published)
        body = dateline.end if dateline else 0  # "BEIRUT, Nov 27 (Reuters) -" is not part of the first sentence
        while body < len(text) and text[body].isspace():
            body += 1  # a leading space is a token of its own, and the parser reads the sentence differently
        spans, chosen = [], []
        too_long = 0
        for s, e, ms in candidates:
            cut = (body, e, [m for m in ms if m.start >= body]) if s < body < e else (s, e, ms)
            if len({m.actor for m in cut[2]}) < 2:
                continue
            if cut[1] - cut[0] > MAX_SENTENCE_CHARS:
                too_long += 1
            elif self.has_trigger(text, *cut):
                spans.append((s, e, ms))
                chosen.append(cut)
        if too_long and notes is not None:
            notes.append(f"{too_long} sentence(s) over {MAX_SENTENCE_CHARS} characters were not parsed (the rules "
                         "alone read them)")
        claims: list[Claim] = []
        for (s_start, s_end, local), parsed in zip(spans, parse_sentences(nlp, text, chosen), strict=True):
            dates = doc.dates(text[parsed.start:s_end], parsed.start)
            dated = {m.actor: m.dated for m in local if m.dated}
            described = described_only(local)
            parsed.states = frozenset(a for ids in parsed.actors.values() for a in ids if self._kind(a) == "state")
            for finding in read_relations(parsed, self.lexicon):
                if finding.hedged and not self.keep_hedged:
                    continue
                pairs = finding.pairs
                if finding.trigger.target_kinds:
                    pairs = [(a, b) for a, b in pairs if self._kind(b) in finding.trigger.target_kinds]
                    if not pairs:
                        continue
                when, undated_past = self._when(doc, parsed, finding, dates, s_end)
                made = self.make_claims(doc, finding.trigger.type, pairs, when, dated, (s_start, s_end),
                                        f"parse:{finding.lemma}", finding.trigger.confidence,
                                        hedged=finding.hedged, ended=finding.ended, described=described,
                                        within=part_of_year(when, dates), undated_past=undated_past)
                claims = _closed(claims, list(made)) if finding.closes else [*claims, *made]
        return claims

    def has_trigger(self, text: str, start: int, end: int, mentions: list[Mention]) -> bool:
        """Whether a word of the sentence outside its mentions starts like a trigger lemma (or is an irregular form)."""
        parts, pos = [], start
        for m in mentions:
            if m.start >= pos:
                parts.append(text[pos:m.start])
                pos = m.end
        parts.append(text[pos:end])
        return bool(self._prefilter.search(" ".join(parts).lower()))

    def _when(self, doc: Document, parsed: Parsed, finding: Finding, dates: list[TimeExpr],
              end: int) -> tuple[dict[str, object], bool]:
        """The claim's dates: those of its own clause, else of the clauses above it; never an endpoint's.

        Also whether the claim is an undated past event ("ever since X invaded Y", no date of its own): the
        government of its time is unknown then."""
        sdoc = parsed.doc
        clause = sdoc[finding.clause]
        trigger = sdoc[finding.token]
        own = {t.i for t in clause.subtree}
        mine: list[tuple[int, TimeExpr]] = []
        on_clause: list[TimeExpr] = []  # the dates of ``mine`` hung on the clause's verb itself
        phrase_verbs: set[str] = set()  # the verbs of a noun trigger's own dated phrase ("formed in 2024")
        above: list[tuple[int, TimeExpr, str]] = []  # (clauses up to the date's, date, its verb)
        elsewhere: list[TimeExpr] = []  # the sentence's other dates (another clause's, a heading's)
        verbs = {clause.lemma_.lower(), trigger.lemma_.lower()}
        if clause.dep_ in {"xcomp", "ccomp", "advcl"}:
            verbs.add(clause.head.lemma_.lower())
        starts = plain_role(finding.trigger.type, finding.trigger.date, verbs, self.lexicon.words["start_verbs"],
                            self.lexicon.words["end_verbs"], own=trigger.lemma_.lower()) in {"start", "end"}
        conjunct = _own_conjunct(clause)
        for expr in dates:
            span = sdoc.char_span(expr.start, expr.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if root.i in finding.endpoint_tokens or any(t.i in parsed.actors for t in span):
                continue
            path = _path_up(root, clause)
            if any(t.lemma_.lower() in self.lexicon.words["reporting_nouns"] for t in path):
                continue  # "according to reports on Thursday": the report's date
            if finding.present and _founding(clause_verb(root), trigger, parsed.actors,
                                             self.lexicon.words["founding_verbs"]):
                continue  # "X was formed in 2017 and is backed by Y": X's founding, not when the backing began
            teller = _teller(span)
            if teller is not None and teller.lemma_.lower() in self.lexicon.words["speech_verbs"] and \
                    teller.i != trigger.i:
                above.append((0, expr, teller.lemma_.lower()))  # "said on Monday it had ...", however parsed
            elif root.i in own:
                if starts and _after_or_before(path):
                    continue  # "began X after Y signed a law on 25 December": it began after that day, not on it
                if any(t.dep_ in {"relcl", "acl"} and t.head.i not in {trigger.i, clause.i} for t in path):
                    continue  # "ambushed troops near a dam that was built in 1998": the dam's date
                if _conceded(path, trigger):
                    continue  # "although X and Y signed a truce in 2024, X attacked Y": the truce's date
                if expr.role == "at" and any(_marked(t, "since") for t in path):
                    expr = replace(expr, role="since")  # "since the war began in 2015": since 2015
                # a date on a noun trigger's own phrase first ("the alliance, formed in February 2024, attacked
                # Y on 3 June": the alliance's February), then the nearest to the clause
                near = -1 if trigger.i != clause.i and any(t.i == trigger.i for t in path) else sum(
                    t.dep_ not in _DATE_DEPS for t in path)
                if near < 0:
                    phrase_verbs |= {t.lemma_.lower() for t in path if t.pos_ == "VERB"}
                mine.append((near, _shifted(expr, _gap(path))))
                if clause_verb(root).i == clause.i:
                    on_clause.append(mine[-1][1])  # hung on the claim's own verb ("fought ... since 2006")
            elif trigger.dep_ not in _MODIFIER_DEPS and (
                    hops := _inherits(clause, clause_verb(root), root.i)) is not None:
                # "On Monday, a day after X ambushed Y, ...": the ambush was on Sunday
                expr = _shifted(expr, _gap(_path_up(clause, clause_verb(root), 8)), -1)
                above.append((hops, expr, clause_verb(root).lemma_.lower()))
            elif trigger.dep_ not in _MODIFIER_DEPS and (hops := _inherits(clause, root, root.i)) is not None:
                above.append((hops, expr, root.lemma_.lower()))  # "the following year officials reported that"
            elif not _describes_actor(path, parsed.actors) and not _after_or_before(path) and \
                    not _conceded(path, trigger) and not (
                    conjunct is not None and root.i not in conjunct) and not any(
                    t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in self.lexicon.words["end_verbs"]
                    for t in path):  # "X sent forces to support Y, and withdrew in July 2024": the withdrawal's
                elsewhere.append(expr)
        nearest = min((d for d, _ in mine), default=0)
        # else the nearest clause above that has a date: "driven back this year after X intervened to support Y"
        # is this year's, not the date of "launched an offensive in April 2019" further up
        closest = min((h for h, _, _ in above), default=0)
        chosen = [e for d, e in mine if d == nearest] or [e for h, e, _ in above if h == closest]
        # a start of its own clause stays beside a nearer date: "have fought on and off since 2006, most recently
        # last week" began in 2006
        chosen += [e for d, e in mine if d != nearest and e.role == "since" and e not in chosen and e in on_clause]
        # "between 2012 and 2016": the period's end goes with its start
        kept = sorted([e for _, e in mine] + [e for _, e, _ in above], key=lambda e: e.start)
        for first, second in pairwise(kept):
            if first in chosen and first.role == "since" and second.role == "until" and second not in chosen:
                chosen.append(second)
        verbs |= {v for h, _, v in above if mine or h == closest} | (phrase_verbs if nearest < 0 else set())
        # "on Tuesday (4 June)": the explicit date first
        text = sdoc.text
        chosen.sort(key=lambda e: not any(ch.isdigit() for ch in text[e.start:e.end]))
        role = plain_role(finding.trigger.type, finding.trigger.date, verbs, self.lexicon.words["start_verbs"],
                          self.lexicon.words["end_verbs"], own=trigger.lemma_.lower())
        if finding.ended and finding.trigger.type is RelationType.CEASEFIRE_WITH and nearest < 0 and \
                phrase_verbs & finding.trigger.light_verbs - self.lexicon.words["breaking_verbs"]:
            role = "none"  # "the truce that X and Y signed in January collapsed": January is no end
        # only a teller's date: "X said on Monday it had struck Y"
        told = bool(above) and not mine and {v for h, _, v in above if h == closest} <= self.lexicon.words[
            "speech_verbs"]
        if not chosen and role != "none" and not finding.ended and not _later(clause):
            chosen, role = _sentence_date(finding.trigger.type, elsewhere)
        if finding.trigger.type in EVENT_TYPES and (told or not chosen) and (
                restated := doc.restated_date(parsed.start, end)):
            chosen = [restated]  # "... said on Monday it struck Y. ... the strike was conducted on 14 May"
        elif role == "start" and told:
            role = "observed"  # "X announced on Monday it had joined Y": told then, not begun then
        # "had attacked", "previously struck"; not a pluperfect of reported speech ("said X had ambushed Y")
        reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.lexicon.words["speech_verbs"]
        undated_past = not chosen and _marked(clause, "since")
        earlier = undated_past or any(
            (c.dep_ == "aux" and c.lower_ == "had" and not reported) or
            (c.dep_ == "advmod" and c.lower_ in EARLIER_WORDS) for t in {trigger, clause} for c in t.children)
        return date_fields(finding.trigger.type, role, chosen, doc.article.published, doc.published_precision,
                           present=finding.present, ended=finding.ended, news=doc.of_the_day(sdoc.text),
                           earlier=earlier), undated_past


def _own_conjunct(clause: Token) -> set[int] | None:
    """The tokens of the coordinated clause with a subject of its own that holds ``clause`` ("X struck Y in
    December, and Z accuses W of harbouring Y": Z's), whose dates no other clause lends it; ``None`` when the
    clause is no such conjunct."""
    top = clause
    for _ in range(8):
        if top.dep_ == "conj" and top.pos_ in {"VERB", "AUX"}:
            return {t.i for t in top.subtree} if own_conjunct(top) else None
        if top.dep_ not in {"xcomp", "ccomp", "advcl", "pcomp", "prep", "pobj", "acl"} or top.head.i == top.i:
            return None
        top = top.head
    return None


def _teller(span):
    """The word just before a date ("said on Monday", "announced Saturday"), where a speech verb dates its telling."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    return doc[i] if i >= 0 else None


def _marked(t, word: str) -> bool:
    """Whether ``t`` is the preposition ``word`` or a clause it introduces ("since the war began")."""
    return (t.lower_ == word and t.dep_ == "prep") or any(c.dep_ == "mark" and c.lower_ == word for c in t.children)


_UNIT_DAYS = {"day": 1, "week": 7}
_UNIT_MONTHS = {"month": 1, "year": 12}


def _gap(tokens) -> tuple[int, int]:
    """Days, or months, from a date to what ``tokens`` lead to across "N days/months after/before" ("two
    days after X struck on Sunday": (+2, 0); "a month after": (0, +1); (0, 0) when no such phrase or no count)."""
    for t in tokens:
        if not (_marked(t, "after") or _marked(t, "before")):
            continue
        marker = t if t.lower_ in {"after", "before"} else next(
            c for c in t.children if c.dep_ == "mark" and c.lower_ in {"after", "before"})
        amount = next((c for c in [*t.children, *marker.children]
                       if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNIT_DAYS.keys() | _UNIT_MONTHS.keys()), None)
        if amount is None:
            return 0, 0
        count = next((c.lower_ for c in amount.children if c.dep_ in {"nummod", "det"}), "")
        number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 0)
        sign = 1 if marker.lower_ == "after" else -1
        unit = amount.lemma_.lower()
        if unit in _UNIT_DAYS:
            return sign * number * _UNIT_DAYS[unit], 0
        return 0, sign * number * _UNIT_MONTHS[unit]
    return 0, 0


def _shifted(expr: TimeExpr, gap: tuple[int, int], sign: int = 1) -> TimeExpr:
    """``expr`` moved by ``gap`` (days only from a day's date: "a day after last week" stays last week; months
    from a day's or a month's, at the precision left: "a month after 3 May" is April, "a year after" its year)."""
    days, months = sign * gap[0], sign * gap[1]
    if days and expr.precision is Precision.DAY:
        return replace(expr, day=expr.day + dt.timedelta(days=days))
    if not months or (expr.precision is Precision.YEAR and months % 12):
        return expr
    if expr.precision is Precision.YEAR:
        return replace(expr, day=dt.date(expr.day.year + months // 12, 1, 1))
    return replace(expr, day=add_months(expr.day, months), precision=Precision.MONTH)


def _after_or_before(path) -> bool:
    """Whether a date's ``path`` up the parse runs through a clause that comes before or after the claim's
    ("after Y signed a law on 25 December", "before the truce of March 2020"): it bounds the claim's date."""
    return any(_marked(t, "after") or _marked(t, "before") for t in path)


def _conceded(path, trigger) -> bool:
    """Whether a date's ``path`` runs through a concession that does not hold the claim's ``trigger`` ("despite
    the truce agreed in 2020, X and Y clashed", "although X and Y signed a truce in 2020, X attacked Y"):
    another event's date, never the claim's."""
    return any(_marked(t, w) and t.i != trigger.i and not any(a.i == t.i for a in trigger.ancestors)
               for t in path for w in ("despite", "notwithstanding", "although", "though"))


def _founding(verb, trigger, actors: dict[int, list[str]], founding_verbs: frozenset[str]) -> bool:
    """Whether ``verb`` tells an endpoint's founding beside the claim rather than the claim itself: "X was
    formed in 2017 and is backed by Y" (a conjunct whose subject is an actor), "Formed in 2017, X is backed
    by Y" (a participle on the claim's clause); not the trigger itself, nor a verb it complements ("began
    arming Y", "was formed as an offshoot of Y")."""
    if verb.lemma_.lower() not in founding_verbs or verb.i == trigger.i:
        return False
    t = trigger
    while t.head.i != t.i:
        if t.head.i == verb.i:
            if t.dep_ != "conj":
                return False  # the trigger complements the verb: "began arming", "formed ... as an offshoot of"
            break
        t = t.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        return any(c.i in actors or (c.tag_ == "WDT" and verb.dep_ == "relcl" and verb.head.i in actors)
                   for c in subjects)  # "X, which was formed in 2017 and is backed by Y"
    # "Formed in 2017, X is backed by Y"; not "an alliance formed in 2017 by X and Z": the alliance's own start
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"} and verb.head.i == trigger.i and \
        trigger.pos_ in {"VERB", "AUX"}


def _describes_actor(path, actors: dict[int, list[str]]) -> bool:
    """Whether a date's ``path`` up the parse runs through a clause describing an actor ("X, whose leader
    died in 2016, ...") or through a subject ("Officials who visited the border in May said ..."): that
    date is the actor's or the subject's history, not the sentence's."""
    return any((t.dep_ in {"relcl", "acl", "appos"} and t.head.i in actors) or t.dep_ in {"nsubj", "nsubjpass", "csubj"}
               for t in path)


def _sentence_date(type_: RelationType, dates: list[TimeExpr]) -> tuple[list[TimeExpr], str]:
    """The date a claim takes from another clause of its sentence, when its own clauses have none: the
    one plain date the sentence names ("Despite a truce agreed in 2019, ... with X-backed Y", "First raid
    March 2019: X drove Y out"), as the event's day or the time the relation was seen; never a start or
    an end (another clause's "since" is not this relation's), and nothing when the sentence names several."""
    one = one_plain_date(dates)
    if one is None:
        return [], "observed"
    return [one], "event" if type_ in EVENT_TYPES else "observed"


def _inherits(clause, verb, date_at: int | None = None) -> int | None:
    """How many steps up ``clause`` takes the dates of ``verb`` above it (``None``: it does not): through
    complements and conjuncts, never through a relative clause, participle or apposition (those describe an
    endpoint), except a relative clause on the date's own noun ("the year officials reported that ..."). A
    conjunct with a subject of its own is a clause of its own: it takes no date told after the verb it is
    coordinated with ("X has backed Y since 2018, and Z troops were deployed": not 2018), only one told before
    it, which opens both ("In 2015, X attacked Y and Z bombed W"); ``date_at`` is the date's token index."""
    t = clause
    for hops in range(8):
        if t.dep_ == "conj" and date_at is not None and date_at > t.head.i and any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children):
            return None
        if t.i == verb.i:
            return hops
        if t.dep_ == "relcl" and t.head.i == verb.i and verb.pos_ not in {"VERB", "AUX"}:
            return hops  # a clause on a date's own noun: "the year officials reported that ...", "the day X fell"
        if t.dep_ not in {"ccomp", "xcomp", "conj", "advcl", "prep", "pcomp", "pobj", "dobj"} or t.head.i == t.i:
            return None
        if _later(t):
            return None  # "was formed in 2012 and later attacked Y": the attack is not 2012's
        t = t.head
    return None


def _later(t) -> bool:
    """Whether ``t`` is a conjunct told as coming later than the one before ("and later attacked")."""
    return t.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in _LATER for c in t.children)


_LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually", "thereafter", "since"})


_FUNCTION_WORDS = {
    "en": frozenset({"the", "and", "of", "to", "is", "was", "with", "that", "by", "from", "has", "its"}),
    "es": frozenset({"el", "los", "las", "del", "que", "y", "por", "con", "una", "se", "su", "al"}),
    "fr": frozenset({"le", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "au", "sur"}),
}


def _english(doc: Document) -> bool:
    """Whether the parser (English) should read ``doc``: its language field, else its commonest function words."""
    language = (doc.article.language or "").lower()[:2]
    if language:
        return language == "en"
    words = re.findall(r"[a-zà-ÿ]+", doc.text[:3000].lower())
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    return counts["en"] >= max(counts["es"], counts["fr"])


def _path_up(tok, top, limit=12):
    """The tokens from ``tok`` up to (not including) ``top``, or to the root when ``top`` is not above it
    (at most ``limit``)."""
    path = []
    t = tok
    while t.i != top.i and t.head.i != t.i and len(path) < limit:
        path.append(t)
        t = t.head
    return path




def combine(rule_claims: list[Claim], parse_claims: list[Claim]) -> list[Claim]:
    """One claim per (type, endpoints, sentence): the parse's where both read it, since it knows date roles."""
    out: dict[tuple[str, str, str, int], Claim] = {}
    for claim in rule_claims:
        out[(str(claim.type), *claim.endpoints, claim.evidence.start)] = claim
    for claim in parse_claims:
        key = (str(claim.type), *claim.endpoints, claim.evidence.start)
        old = out.get(key)
        if old is None:
            out[key] = claim
        elif old.extractor.startswith("rules:"):
            hedged = claim.hedged or old.hedged  # either reading saw a hedge: keep the lower confidence
            pick = min if hedged else max
            out[key] = claim.model_copy(update={"hedged": hedged, "confidence": pick(claim.confidence,
                                                                                     old.confidence)})
    return list(out.values())
