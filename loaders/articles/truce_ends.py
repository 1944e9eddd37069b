"""A truce told broken in the sentence after it: "X and Y agreed a ceasefire in March. The truce collapsed in May."

The second sentence names no party, so neither reader sees a relation in it; the truce of the sentence
before is the one it speaks of (the same reach as "It"/"They" coreference). It gives each pair of that
truce a claim of its own, with the second sentence as evidence: ended, its date an end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any

from actorgraph.graph.model import Claim, Evidence, RelationType
from actorgraph.loaders.articles.lexicon import Lexicon

_IRREGULAR = ("broke", "broken", "fell apart", "broke down", "broken down")  # forms no lemma's stem starts


@lru_cache(maxsize=4)
def _pattern(nouns: frozenset[str], verbs: frozenset[str]) -> re.Pattern[str]:
    """"(But) the (fragile) truce (had) collapsed": a definite truce noun, then a breaking verb, nothing between
    that could negate it."""
    stems = sorted({v[:-1] if v.endswith("e") else v for v in verbs if v.isascii()}, key=len, reverse=True)
    verb = "|".join([*(re.escape(s) + r"\w*" for s in stems), *(re.escape(f) for f in _IRREGULAR)])
    noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(
        rf"^\W*(?:(?:but|however|yet|then)\W+)?(?:the|that|this|their|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{noun})\s+"
        rf"(?:(?:was|had|has|been|soon|quickly|later|finally|eventually)\s+){{0,2}}(?:{verb})\b",
        re.IGNORECASE,
    )


def truce_nouns(lexicon: Lexicon) -> frozenset[str]:
    """The nouns the lexicon reads as a truce ("ceasefire", "truce", "armistice")."""
    return frozenset(lemma for t in lexicon.triggers if t.type is RelationType.CEASEFIRE_WITH and t.pos == "noun"
                     for lemma in t.lemmas)


def ended_next(text: str, sentences: list[tuple[int, int]], claims: list[Claim], lexicon: Lexicon,
               when: Callable[[int, int], dict[str, Any]]) -> Iterator[Claim]:
    """Claims ending the truces of ``claims`` that the next sentence of ``text`` tells broken.

    ``sentences`` are the text's ``(start, end)``; ``when(start, end)`` gives an ended truce's date fields
    from that sentence's dates (see :func:`~actorgraph.loaders.articles.claim_dates.date_fields`).
    """
    truces = [c for c in claims if c.type is RelationType.CEASEFIRE_WITH and not c.ended]
    if not truces:
        return
    pattern = _pattern(truce_nouns(lexicon), lexicon.words["breaking_verbs"])
    for (start, end), (n_start, n_end) in pairwise(sentences):
        before = [c for c in truces if start <= c.evidence.start < end]
        if not before or not pattern.match(text[n_start:n_end]):
            continue
        dated = when(n_start, n_end)
        evidence = Evidence(sentence=text[n_start:n_end], start=n_start, end=n_end)
        for claim in dict((c.relation_id, c) for c in before).values():
            fields = claim.model_dump(exclude={"evidence", "valid_from", "valid_from_precision", "valid_to",
                                               "valid_to_precision", "observed", "observed_precision", "ended",
                                               "extractor"})
            try:
                yield Claim(**fields, evidence=evidence, ended=True, extractor="rules:ceasefire.broken_after", **dated)
            except ValueError:  # an end before its start: drop the date, keep the end
                yield Claim(**fields, evidence=evidence, ended=True, extractor="rules:ceasefire.broken_after")

