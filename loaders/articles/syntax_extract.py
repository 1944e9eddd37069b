"""The parse-based extractor: the rules' mentions and claims plus relations read from a dependency parse.

:class:`ParseExtractor` implements the :class:`~actorgraph.loaders.articles.extract.Extractor` protocol.
It finds mentions once, runs the sentence patterns, parses the candidate sentences (two actors or more
and a trigger word of the lexicon) with spaCy, reads their relations with ``syntax_rules.py`` and
combines both into one result: one claim per (type, endpoints, sentence). Without an installed spaCy
model it runs the rules alone and says so once per process. Spanish and French articles stay on the
rules: the parser is English.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import Claim
from actorgraph.loaders.articles.claim_dates import date_fields, plain_role
from actorgraph.loaders.articles.dates import TimeExpr, parse_dateline
from actorgraph.loaders.articles.extract import Document, Extraction, RuleExtractor, described_only
from actorgraph.loaders.articles.lexicon import Lexicon
from actorgraph.loaders.articles.mention_index import MentionIndex
from actorgraph.loaders.articles.mentions import Mention
from actorgraph.loaders.articles.parse import DEFAULT_MODEL, MAX_SENTENCE_CHARS, Parsed, load_model, parse_sentences
from actorgraph.loaders.articles.syntax_rules import Finding, read_relations
from actorgraph.loaders.articles.syntax_tree import clause_verb
from actorgraph.loaders.gazetteer import Resolver

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)
_MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "appos"})
_DATE_DEPS = frozenset({"appos", "nummod", "pobj", "prep", "compound", "npadvmod", "amod"})  # inside a date phrase


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
            claims = combine(claims, self.parse_claims(doc, candidates))
        return self.finish(result, finder, claims)

    def parse_claims(self, doc: Document, candidates: list[tuple[int, int, list[Mention]]]) -> list[Claim]:
        """Claims read from the parse of the candidate sentences that hold a trigger word."""
        nlp = self.nlp
        if nlp is None:
            return []
        text = doc.text
        dateline = parse_dateline(text, doc.article.published)
        body = dateline.end if dateline else 0  # "BEIRUT, Nov 27 (Reuters) -" is not part of the first sentence
        spans, chosen = [], []
        for s, e, ms in candidates:
            cut = (body, e, [m for m in ms if m.start >= body]) if s < body < e else (s, e, ms)
            if cut[1] - cut[0] <= MAX_SENTENCE_CHARS and len({m.actor for m in cut[2]}) >= 2 and \
                    self.has_trigger(text, *cut):
                spans.append((s, e, ms))
                chosen.append(cut)
        claims: list[Claim] = []
        for (s_start, s_end, local), parsed in zip(spans, parse_sentences(nlp, text, chosen), strict=True):
            dates = doc.dates(text[parsed.start:s_end])
            dated = {m.actor: m.dated for m in local if m.dated}
            described = described_only(local)
            for finding in read_relations(parsed, self.lexicon):
                if finding.hedged and not self.keep_hedged:
                    continue
                when = self._when(doc, parsed, finding, dates)
                claims += self.make_claims(doc, finding.trigger.type, finding.pairs, when, dated, (s_start, s_end),
                                           f"parse:{finding.lemma}", finding.trigger.confidence,
                                           hedged=finding.hedged, ended=finding.ended, described=described)
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

    def _when(self, doc: Document, parsed: Parsed, finding: Finding, dates: list[TimeExpr]) -> dict[str, object]:
        """The claim's dates: those of its own clause, else of the clauses above it; never an endpoint's."""
        sdoc = parsed.doc
        clause = sdoc[finding.clause]
        trigger = sdoc[finding.token]
        own = {t.i for t in clause.subtree}
        mine: list[tuple[int, TimeExpr]] = []
        above: list[tuple[int, TimeExpr, str]] = []  # (clauses up to the date's, date, its verb)
        verbs = {clause.lemma_.lower(), trigger.lemma_.lower()}
        if clause.dep_ in {"xcomp", "ccomp", "advcl"}:
            verbs.add(clause.head.lemma_.lower())
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
            if root.i in own:
                mine.append((sum(t.dep_ not in _DATE_DEPS for t in path), expr))
            elif trigger.dep_ not in _MODIFIER_DEPS and (hops := _inherits(clause, clause_verb(root))) is not None:
                above.append((hops, expr, clause_verb(root).lemma_.lower()))
        nearest = min((d for d, _ in mine), default=0)
        # else the nearest clause above that has a date: "driven back this year after X intervened to support Y"
        # is this year's, not the date of "launched an offensive in April 2019" further up
        closest = min((h for h, _, _ in above), default=0)
        chosen = [e for d, e in mine if d == nearest] or [e for h, e, _ in above if h == closest]
        verbs |= {v for h, _, v in above if mine or h == closest}
        # "on Tuesday (4 June)": the explicit date first
        text = sdoc.text
        chosen.sort(key=lambda e: not any(ch.isdigit() for ch in text[e.start:e.end]))
        role = plain_role(finding.trigger.type, finding.trigger.date, verbs, self.lexicon.words["start_verbs"],
                          self.lexicon.words["end_verbs"])
        return date_fields(finding.trigger.type, role, chosen, doc.article.published, doc.published_precision,
                           present=finding.present,
                           ended=finding.ended)


def _inherits(clause, verb) -> int | None:
    """How many steps up ``clause`` takes the dates of ``verb`` above it (``None``: it does not): through
    complements and conjuncts, never through a relative clause, participle or apposition (those describe an
    endpoint)."""
    t = clause
    for hops in range(8):
        if t.i == verb.i:
            return hops
        if t.dep_ not in {"ccomp", "xcomp", "conj", "advcl", "prep", "pcomp", "pobj", "dobj"} or t.head.i == t.i:
            return None
        t = t.head
    return None


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


def _path_up(tok, top):
    """The tokens from ``tok`` up to (not including) ``top``, or to the root when ``top`` is not above it."""
    path = []
    t = tok
    while t.i != top.i and t.head.i != t.i and len(path) < 12:
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
