"""Bare state forces: "soldiers", "troops", "policemen" with no word saying whose they are.

In an article about one country's war ("Jihadists ambushed soldiers near Djibo"), plain soldiers and
police are that state's. They are read so only where that is the one reading: the main country leads
the article's counts twice over (as for "the army"), no other state's forces and no international
force are named, and nothing next to the noun makes them someone else's ("rebel soldiers", "former
soldiers", "UN troops", "Wagner's troops", "troops of the Arakan Army", "soldiers loyal to ..."). The
words are lists of ``data/mention_words.yaml`` (``state_forces``, ``not_state_forces``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import ActorKind
from actorgraph.loaders.articles.mention_index import STATE_KINDS, Tok, fold_token, mention_words, tokenize

if TYPE_CHECKING:
    from actorgraph.loaders.articles.mentions import Finder


_WORDS = mention_words()


def _accents(word: str) -> str:
    """A pattern for ``word`` written with or without its accents ("ejército", "ejercito")."""
    bare = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"}
    return "".join(f"[{c}{bare[c]}]" if c in bare else re.escape(c) for c in word)


_ALTERNATIVES = "|".join(r"\s+".join(map(re.escape, w.split()))
                         for w in sorted(_WORDS.get("state_forces", ()), key=len, reverse=True))
_FORCES = re.compile(rf"\b(?:{_ALTERNATIVES})\b")
_NATIONAL_WORDS = "|".join(r"\s+".join(map(_accents, w.split()))
                           for w in sorted(_WORDS.get("national_forces", ()), key=len, reverse=True))
_NATIONAL = re.compile(rf"\b(?:(?:el|del|al|la|las|los|les|des|aux|de\s+la|de\s+las|a\s+la|a\s+las)\s+|l['’])"
                       rf"(?:{_NATIONAL_WORDS})\b(?!\s+(?:de|del|du|des|de\s+la)\s+[A-ZÀ-Ý])", re.IGNORECASE)
_NOT_STATE = frozenset(_WORDS.get("not_state_forces", ()))
_OWNED_AFTER = re.compile(r"\s*(?:of\b|from\b|loyal\b|who\s+(?:defected|deserted|mutinied)|['’]s?\b|\()")
_PREVIOUS = re.compile(r"([\w'’]+)([\s-]*)$")


def bare_forces(finder: Finder, gov: str, dated: tuple[str, ...]) -> None:
    """Read the bare state forces of ``finder``'s article as ``gov`` (the main country's government)."""
    if _foreign_forces(finder):
        return
    text = finder.text
    for m in _FORCES.finditer(text):
        if finder.taken(m.start(), m.end()) or _OWNED_AFTER.match(text, m.end()):
            continue
        before = _PREVIOUS.search(text, max(0, m.start() - 40), m.start())
        if before and (before.group(2).strip() or fold_token(before.group(1)) in _NOT_STATE or (
                before.group(1)[:1].isupper() and not _opens_sentence(text, before.start()))):
            continue  # "UN-backed troops", "rebel soldiers", "Wagner troops"
        finder.add(m.start(), m.end(), m.group(), gov, "generic", dated)


def national_forces(finder: Finder, gov: str, dated: tuple[str, ...]) -> None:
    """"El Ejército", "las Fuerzas Armadas", "l'armée": the main country's forces, read like "the army"."""
    for m in _NATIONAL.finditer(finder.text):
        if not finder.taken(m.start(), m.end()):
            finder.add(m.start(), m.end(), m.group(), gov, "generic", dated)


def echoed_forces(finder: Finder, found: list[re.Match[str]]) -> None:
    """"The military", "the junta", "the government" the main country does not settle: the state whose own
    forces the article names with that word ("the Sudanese military", "Myanmar's junta"), when only one is."""
    named: dict[str, set[str]] = {}
    tokens: dict[str, list[Tok]] = {}  # a state is named by the same few words again and again
    for mention in finder.mentions:
        actor = finder.actor(mention.actor) if mention.actor and mention.how != "generic" else None
        if actor is None or actor.kind not in STATE_KINDS or not actor.country:
            continue  # tokenised only when it counts: this runs over every mention of the article
        words = tokens.get(mention.text)
        if words is None:
            words = tokens[mention.text] = tokenize(mention.text)
        if len(words) > 1:
            named.setdefault(mention.head or words[-1].fold, set()).add(actor.country)
    index = finder.index
    for m in found:
        countries = named.get(fold_token(m.group().split()[-1]), set())
        if len(countries) != 1 or finder.taken(m.start(), m.end()):
            continue
        iso = next(iter(countries))
        gov = index.government.get(iso)
        spelt = index.demonym_text.get(iso)
        if gov:
            finder.add(m.start(), m.end(), m.group(), gov, "generic",
                       index.demonym_group.get(fold_token(spelt), ()) if spelt else ())


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` starts its sentence (a capital there says nothing)."""
    return not text[:at].strip() or text[:at].rstrip()[-1] in ".!?\n\"“:"


def _foreign_forces(finder: Finder) -> bool:
    """Whether the article names forces of a state other than its main country, or an international one."""
    from actorgraph.loaders.articles.mentions import MILITARY_HEADS, STRIKE_HEADS  # mentions imports this module

    armed = MILITARY_HEADS | STRIKE_HEADS
    main = finder.main_country()
    for m in finder.mentions:
        actor = finder.actor(m.actor) if m.actor else None
        if actor is None:
            continue
        if actor.kind is ActorKind.IGO:
            return True
        if actor.kind in STATE_KINDS and actor.country != main and (
                m.head in armed or ((words := tokenize(m.text)) and words[-1].fold in armed)):  # "Rwandan troops"
            return True
    return False
