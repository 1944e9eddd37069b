"""How close two actor names are, with thresholds that refuse rather than guess.

Names are compared in their normalised form (:func:`actorgraph.graph.names.normalize`). Used by
``questions.search`` (what a search lists) and by the loaders' :class:`~actorgraph.loaders.gazetteer.Resolver`
(whether a new name is a known actor misspelt). A search lists a name that equals the query, contains
it as whole words ("nusra" in "jabhat al nusra"), or is the query with a typo; a name that merely
shares words ("national unity government" and "government of national unity") is no match.

Examples
--------
>>> name_score("hezbolah", ["hezbollah"]) >= SEARCH_THRESHOLD
True
>>> name_score("national unity government", ["government of national unity libya", "iraqi national alliance"])
0.0
>>> same_name("hayat tahrir al shaam", "hayat tahrir al sham")
True
>>> same_name("islamic state sahel province", "islamic state sinai province")
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

SEARCH_THRESHOLD = 85.0  # a typo: full-string similarity (0-100) a search accepts
SAME_NAME_THRESHOLD = 92.0  # stricter: a new name read as a known actor's
_DIGITS = re.compile(r"\d+")


def _words_in(query: str, name: str) -> bool:
    return f" {query} " in f" {name} "


def name_score(query: str, names: Iterable[str]) -> float:
    """How well normalised ``query`` matches the best of ``names`` (0 = no match).

    200 for an equal name, 150 minus the words left over when the name contains the query as whole
    words, else the full-string similarity when it reaches :data:`SEARCH_THRESHOLD` (a typo).
    """
    best = 0.0
    for name in names:
        if not name:
            continue
        if name == query:
            return 200.0
        if _words_in(query, name):
            best = max(best, 150.0 - (len(name.split()) - len(query.split())))
        elif _DIGITS.findall(name) == _DIGITS.findall(query):
            similarity = max(fuzz.ratio(query, name), fuzz.token_sort_ratio(query, name) - 5)
            if similarity >= SEARCH_THRESHOLD:
                best = max(best, similarity)
    return best


def same_name(a: str, b: str) -> bool:
    """Whether two normalised names are one name spelt differently.

    Strict: the same number of words, at most two of them spelt differently, each of those at
    least 4 letters long, without digits and close (>= 75); short words and numbers must be equal
    ("Unit A" is not "Unit B"), and so must singular and plural ("People's Defence Force" of
    Myanmar is not the PKK's "People's Defence Forces"); and the whole names must be close
    (>= :data:`SAME_NAME_THRESHOLD`).
    """
    if a == b:
        return True
    words_a, words_b = a.split(), b.split()
    if min(len(a), len(b)) < 8 or len(words_a) != len(words_b):
        return False
    differ = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(differ) > 2 or any(min(len(x), len(y)) < 4 or _DIGITS.search(x + y) or fuzz.ratio(x, y) < 75
                              or x.rstrip("s") == y.rstrip("s") for x, y in differ):
        return False
    return fuzz.ratio(a, b) >= SAME_NAME_THRESHOLD


def closest(name: str, known: Iterable[str]) -> str | None:
    """The one of ``known`` (normalised names) that :func:`same_name` accepts for ``name``, best first."""
    for candidate, _, _ in process.extract(name, list(known), scorer=fuzz.ratio, score_cutoff=SAME_NAME_THRESHOLD,
                                           limit=5):
        if same_name(name, candidate):
            return candidate
    return None


class NearNames:
    """A growing list of normalised names, each found again from a name one edit away.

    Every name is filed under itself and each form with one letter dropped, so the names a
    letter added, dropped, changed or two swapped away from a new name are found by looking
    those forms up: the cost of a look-up does not grow with the names kept (comparing a new
    name with every earlier one made reading a text of many new names quadratic).

    Examples
    --------
    >>> near = NearNames()
    >>> near.add("arakan army"); near.add("kachin army")
    >>> near.near("arakkan army")
    ['arakan army']
    """

    def __init__(self) -> None:
        self._names: list[str] = []
        self._seen: set[str] = set()
        self._by_form: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self._names)

    def add(self, name: str) -> None:
        """Keep ``name`` (a name kept already keeps its place)."""
        if name in self._seen:
            return
        self._seen.add(name)
        self._names.append(name)
        for form in _one_less(name):
            self._by_form.setdefault(form, []).append(len(self._names) - 1)

    def near(self, name: str) -> list[str]:
        """The names kept at most one edit from ``name`` (and a few more), in the order they were added."""
        found = sorted({k for form in _one_less(name) for k in self._by_form.get(form, ())})
        return [self._names[k] for k in found]


def _one_less(name: str) -> set[str]:
    """``name`` and every string it gives with one character dropped."""
    return {name, *(name[:i] + name[i + 1:] for i in range(len(name)))}
