"""Simple coreference over the mentions a :class:`~actorgraph.loaders.articles.mentions.Finder` found.

"the group", "the organisation" and a sentence-initial "It" name the one non-state group of the
preceding sentences, when there is exactly one; a sentence-initial "They" names the two actors of
the preceding sentence. Nothing is added when the antecedent is ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from actorgraph.loaders.articles.mention_index import GROUP_KINDS
from actorgraph.loaders.articles.mentions import Finder, Mention

_COREF = re.compile(
    r"\b(?:[Tt]he\s+(?:group|organi[sz]ation|movement|militia|faction|jihadist\s+group|militant\s+group|"
    r"armed\s+group|alliance|insurgent\s+group)|[Ee]l\s+grupo|[Ll]a\s+organizaci[óo]n)\b"
)
_IT = re.compile(r"\s*(?:It|They)\b")


def resolve_coreference(finder: Finder, sentences: Sequence[tuple[int, int]]) -> None:
    """Add mentions for "the group", "It" and "They" where the antecedent is unambiguous."""
    text = finder.text
    by_sentence: list[list[Mention]] = [[] for _ in sentences]
    k = 0
    for m in finder.mentions:
        while k < len(sentences) and m.start >= sentences[k][1]:
            k += 1
        if k < len(sentences):
            by_sentence[k].append(m)
    added: list[Mention] = []
    for s, (start, end) in enumerate(sentences):
        before = [m for ss in by_sentence[max(0, s - 2):s] for m in ss]
        for m in _COREF.finditer(text, start, end):
            if finder.taken(m.start(), m.end()):
                continue
            window = before + [x for x in by_sentence[s] if x.end <= m.start()]
            groups = _groups(finder, window)
            if len(groups) == 1:
                added.append(Mention(m.start(), m.end(), m.group(), groups[0], "coref"))
        it = _IT.match(text, start, end)
        if it and s > 0:
            word = it.group().strip()
            if word == "It":
                groups = _groups(finder, before)
                if len(groups) == 1:
                    added.append(Mention(start + it.start() - start, it.end(), word, groups[0], "coref"))
            else:
                prev = list(dict.fromkeys(x.actor for x in by_sentence[s - 1]))
                if len(prev) == 2:
                    for actor_id in prev:
                        added.append(Mention(it.end() - len(word), it.end(), word, actor_id, "coref"))
    finder.mentions.extend(added)
    finder.mentions.sort(key=lambda m: (m.start, -m.end))


def _groups(finder: Finder, mentions: Sequence[Mention]) -> list[str]:
    found: list[str] = []
    for m in mentions:
        actor = finder.actor(m.actor)
        if actor and actor.kind in GROUP_KINDS and m.actor not in found:
            found.append(m.actor)
    return found
