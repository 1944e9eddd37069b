"""Simple coreference over the mentions a :class:`~actorgraph.loaders.articles.mentions.Finder` found.

- A description ("the group", "the militia", "the party", "the alliance", "esta agrupación"; also "the
  X-linked group", "the X-backed militia", whose modifier names another actor) names
  the one actor of a compatible kind in the preceding two sentences and its own sentence before
  it; the nouns and the kinds each may name are data (``coreference`` in
  ``data/mention_words.yaml``).
- "The two sides", "both parties" (``coreference.pairs``) name the two parties of the preceding sentence:
  its two actors after "between", else its only two actors when no go-between word ("brokered", "hosted")
  is there.
- A sentence-initial "It" names the one non-state group of the preceding sentences; a
  sentence-initial "They" names the two actors of the preceding sentence; so do "it" and "they"
  after an opening phrase that names no actor ("After talks in Moscow on Thursday, they ...").
- "it" after a reporting verb ("The army said on Monday it had ...", "X confirmed that it ..."; not
  "denied", which negates what follows)
  names the verb's subject: the mention just before the verb, with at most a few lower-case words
  between ("the Kenyan military said", "the group's spokesman claimed").

Nothing is added when the antecedent is ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from actorgraph.graph.model import ActorKind
from actorgraph.loaders.articles.mention_index import GROUP_KINDS, mention_words
from actorgraph.loaders.articles.mentions import Finder, Mention


def _descriptions() -> tuple[re.Pattern[str], dict[str, frozenset[ActorKind]]]:
    """The description pattern and, per folded noun phrase, the kinds it may name."""
    table = mention_words().get("coreference") or {}
    kinds: dict[str, frozenset[ActorKind]] = {}
    for noun, names in table.get("nouns", {}).items():
        kinds[" ".join(noun.split())] = frozenset(ActorKind(k) for k in names) if names else GROUP_KINDS
    determiners = "|".join(re.escape(d) for d in table.get("determiners", ["the"]))
    nouns = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in sorted(kinds, key=len, reverse=True))
    # "the al-Qaeda-linked group": the description is the noun, its modifier names another actor
    modifier = r"(?P<mod>[\w'’]+(?:-[\w'’]+)*-(?:linked|backed|allied|affiliated|aligned|supported|funded|armed)\s+)?"
    pattern = re.compile(rf"\b(?:{determiners})\s+{modifier}(?P<noun>{nouns})\b", re.IGNORECASE)
    return pattern, kinds


_COREF, _KINDS = _descriptions()

# "It ...", "They ...", and after an opening phrase with no actor in it ("After talks in Moscow, they ...")
_IT = re.compile(r"\s*(?:[A-Z][^,.;:()\n]{0,60},\s+)?(?P<word>It|They|it|they)\b")
_SAID = re.compile(
    r"\b(?:said|says|stated|announced|claimed|confirmed|reported|added|insisted|warned|vowed|admitted|"
    r"acknowledged|declared)\b(?P<mid>(?:\s+[\w’'-]+){0,8}?)\s+(?:that\s+)?it\b(?=\s+[a-z])(?!\s+(?:to|in|on|at|for|with|as|and|or|from|by)\b)"
    r"(?!\s+(?:is|was)\s+(?:not\s+)?(?:unclear|not|likely|possible|unlikely|believed|thought|feared))"
)
_SUBJECT_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,3}\s+")


_ACCENTS = str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN")  # one character for one: offsets stay


def _fold(noun: str) -> str:
    return " ".join(noun.lower().translate(_ACCENTS).split())


def _phrases(key: str) -> re.Pattern[str]:
    """Any of the phrases ``coreference.<key>`` lists, as whole words."""
    phrases = (mention_words().get("coreference") or {}).get(key) or []
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in _fold(p).split()) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE) if alternatives else re.compile(r"(?!)")


_PAIR, _GO_BETWEEN = _phrases("pairs"), _phrases("pair_go_betweens")
_BETWEEN_GAP = re.compile(r"\s+(?:and|y|et)\s+(?:the\s+|la\s+|el\s+|les?\s+)?")


def _two_parties(plain: str, span: tuple[int, int], mentions: Sequence[Mention]) -> list[str]:
    """The two parties the sentence ``span`` tells of: its two actors after "between", else its only two actors
    when no go-between word is there; none otherwise."""
    ordered = sorted(mentions, key=lambda x: x.start)
    for m in re.finditer(r"\b(?:between|entre)\s+(?:the\s+|la\s+|el\s+|les?\s+)?", plain[span[0]:span[1]],
                         re.IGNORECASE):
        first = [x for x in ordered if x.start == span[0] + m.end()]
        second = [x for x in ordered if first and _BETWEEN_GAP.fullmatch(plain, first[0].end, x.start)]
        if first and second and first[0].actor != second[0].actor:
            return [first[0].actor, second[0].actor]
    actors = list(dict.fromkeys(x.actor for x in ordered))
    return actors if len(actors) == 2 and not _GO_BETWEEN.search(plain, *span) else []


def resolve_coreference(finder: Finder, sentences: Sequence[tuple[int, int]], longest: int | None = None) -> None:
    """Add mentions for descriptions, "It", "They" and a reported "it" where the antecedent is unambiguous.

    Sentences longer than ``longest`` characters (when given) are not read: whatever a description
    names there, looking for it costs the mentions before it, for each description.
    """
    text = finder.text
    plain = text.translate(_ACCENTS)
    by_sentence: list[list[Mention]] = [[] for _ in sentences]
    k = 0
    for m in finder.mentions:
        while k < len(sentences) and m.start >= sentences[k][1]:
            k += 1
        if k < len(sentences):
            by_sentence[k].append(m)
    added: list[Mention] = []
    for s, (start, end) in enumerate(sentences):
        if longest is not None and end - start > longest:
            continue
        mark = len(added)  # what this sentence adds starts here
        before = [m for ss in by_sentence[max(0, s - 2):s] for m in ss]
        for d in _COREF.finditer(plain, start, end):
            at = d.start("noun") if d.group("mod") else d.start()
            if finder.taken(at, d.end()):
                continue
            kinds = _KINDS.get(_fold(d.group("noun")), GROUP_KINDS)
            window = before + [x for x in by_sentence[s] if x.end <= d.start()]
            groups = _groups(finder, window, kinds)
            if len(groups) > 1:  # "the SADC ... the SADC Mission in Mozambique ... the mission": the one so named
                noun = _fold(d.group("noun")).split()[-1]
                named = [g for g in groups if any(x.actor == g and noun in x.text.lower().split() for x in window)]
                groups = named if len(named) == 1 else groups
            inside = {x.actor for x in finder.overlapping(d.start(), at)} if d.group("mod") else set()
            if len(groups) == 1 and groups[0] not in inside:  # "the al-Qaeda-linked group" is not al-Qaeda
                added.append(Mention(at, d.end(), text[at:d.end()], groups[0], "coref"))
        if s > 0:
            # the sentence before with what this pass resolved there ("... between the junta and the alliance")
            earlier = [x for x in added if sentences[s - 1][0] <= x.start < sentences[s - 1][1]]
            prev = _two_parties(plain, sentences[s - 1], [*by_sentence[s - 1], *earlier])
            for pair in _PAIR.finditer(plain, start, end):
                if prev and not finder.taken(pair.start(), pair.end()):
                    added.extend(Mention(pair.start(), pair.end(), pair.group(), actor_id, "coref")
                                 for actor_id in prev)
        here = sorted([*by_sentence[s], *added[mark:]], key=lambda x: x.start)
        for said in _SAID.finditer(text, start, end):
            subject = _reporter(text, here, said)
            pron = said.end() - 2
            if subject is not None and not finder.taken(pron, said.end()):
                added.append(Mention(pron, said.end(), "it", subject.actor, "coref"))
        it = _IT.match(text, start, end)
        if it and s > 0 and (it.start("word") == it.start() + len(it.group()) - len(it.group().lstrip()) or
                             not any(x.start < it.start("word") for x in by_sentence[s])) and \
                (it.group("word")[0].isupper() or "," in it.group()):
            word = it.group("word").capitalize()
            if word == "It":
                groups = _groups(finder, before, GROUP_KINDS)
                if len(groups) == 1:
                    added.append(Mention(it.start("word"), it.end(), it.group("word"), groups[0], "coref"))
            else:
                prev = list(dict.fromkeys(x.actor for x in by_sentence[s - 1]))
                if len(prev) == 2:
                    for actor_id in prev:
                        added.append(Mention(it.start("word"), it.end(), it.group("word"), actor_id, "coref"))
    finder.mentions.extend(added)
    finder.mentions.sort(key=lambda m: (m.start, -m.end))


def _reporter(text: str, mentions: Sequence[Mention], said: re.Match[str]) -> Mention | None:
    """The subject of a reporting verb: the mention just before it, with no other mention after the verb."""
    if any(said.start() <= x.start < said.end() for x in mentions):
        return None
    subject = next((x for x in reversed(mentions) if x.end <= said.start()), None)
    if subject is None or not _SUBJECT_GAP.fullmatch(text, subject.end, said.start()):
        return None
    return subject


def _groups(finder: Finder, mentions: Sequence[Mention], kinds: frozenset[ActorKind]) -> list[str]:
    found: list[str] = []
    for m in mentions:
        actor = finder.actor(m.actor)
        if actor and actor.kind in kinds and m.actor not in found:
            found.append(m.actor)
    return found
