"""Dependency-tree helpers of the parse-based extractor: voice, subjects and objects, prepositions, clauses.

Pure functions over spaCy tokens (no lexicon, no actors): who a verb's subject and object are through
passives, conjuncts, complements and relative clauses; the objects of a preposition on a word; the verb
that governs a word. ``syntax_rules.py`` reads relations with them, ``syntax_manner.py`` how they are said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJ = frozenset({"nsubj", "csubj", "expl"})
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod"})
REFLEXIVE = frozenset({"itself", "themselves", "its", "their", "it", "they", "his", "her"})
_PARTICLES = frozenset({"away", "off", "out", "apart", "back"})
# "after leaving Y, X formed Z", "X took Z before attacking Y": time and manner leave the object out of it
_SUBJECT_CONTROL_PREPS = frozenset({"after", "before", "since", "while", "upon", "without", "despite",
                                    "following", "through", "by"})


def passive(verb: Token) -> bool:
    """Whether ``verb`` is passive (with a repair of past tenses the parser took for passives)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return verb.tag_ == "VBN"  # "X coordinated with Y": a past tense the parser took for a passive
    if verb.tag_ != "VBN" or any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.dep_ in {"acl", "amod"}:
        return True
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "dobj"} for c in verb.children):
        head = verb.head  # "armed and funded by X": a participle coordinated with a passive one
        return (head.dep_ in {"acl", "amod"} and head.tag_ in {"VBN", "JJ"}) or passive(head)
    return False


def own_conjunct(tok: Token) -> bool:
    """Whether ``tok`` heads a coordinated clause with a subject of its own ("X struck Y, and Z armed W": "armed"),
    which shares neither its words nor its dates with the clause it is coordinated to."""
    return tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def syntactic_subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of ``verb``, or of the verb that controls it (conj, xcomp, purpose clause, relative clause)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJ or c.dep_ == "nsubjpass"]
    if subjects:  # "CITY, Country - The army said": a dateline read as a second subject is none
        return next((c for c in subjects if not any(p.dep_ == "punct" and p.text in {"—", "–", "-", ":"}
                                                    for p in c.children)), subjects[0])
    if depth > 4:
        return None
    if verb.dep_ in {"relcl", "acl"} and verb.tag_ in {"VBG", "VBZ", "VBP", "VBD"}:
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        gov = verb.head.head  # "accused X of arming Y": X; "after attacking Y, X ...": X
        obj = None if verb.head.lower_ in _SUBJECT_CONTROL_PREPS else \
            next((c for c in gov.children if c.dep_ in {"dobj", "nsubjpass"}), None)  # "X was accused of"
        return obj if obj is not None else semantic_subject(gov, depth + 1)
    if verb.dep_ == "conj" and (relative := _stranded_relative(verb)) is not None:
        return relative.head  # "X, a group that seeks Y, has fought Z": the group fought
    if verb.dep_ in {"xcomp", "advcl", "conj"} and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "conj" or head.pos_ in {"VERB", "AUX"}:
            # a conjunct or a complement of a passive shares its subject ("X was ordered to attack Y": X)
            # so does the purpose of a passive without an agent ("troops were deployed to support Y")
            raised = verb.dep_ == "conj" or (verb.dep_ == "xcomp" and passive(head)) or (
                verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and not any(c.dep_ == "agent" for c in head.children))
            return syntactic_subject(head, depth + 1) if raised and passive(head) \
                else semantic_subject(head, depth + 1)
    return None


def semantic_subject(verb: Token, depth: int = 0) -> Token | None:
    """Who does what ``verb`` says: its subject, or the "by" agent of a passive."""
    if passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                return next((p for p in child.children if p.dep_ == "pobj"), None)
        return None
    return syntactic_subject(verb, depth)


def semantic_object(verb: Token) -> Token | None:
    """What ``verb`` acts on: its object, or the subject of a passive (the noun a passive participle modifies)."""
    if passive(verb):
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                return child
        if verb.dep_ in {"acl", "amod", "relcl"}:
            return verb.head
        if verb.dep_ == "conj" and verb.head.dep_ in {"acl", "amod"}:
            return verb.head.head
        return syntactic_subject(verb)
    for child in verb.children:
        if child.dep_ == "dobj":
            if child.lower_ in REFLEXIVE:
                return syntactic_subject(verb)
            return child
    for comp in verb.children:  # "X helped Y fight Z": the subject of a bare infinitive is who is acted on
        if comp.dep_ in {"ccomp", "xcomp"} and comp.tag_ == "VB" and not any(c.dep_ in {"mark", "aux"}
                                                                             for c in comp.children):
            subject = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    for conj in verb.children:  # "X funds and arms Y": the object of the last verb is every one's
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(c.dep_ in SUBJ for c in conj.children):
            return next((c for c in conj.children if c.dep_ == "dobj"), None)
    return None


def clause_governor(tok: Token) -> Token | None:
    """The verb whose clause a verb's own clause hangs on: "X merged with Y to form Z", "... and formed Z", and
    "X merged with Y, forming Z" where the parser made "forming" a modifier of Z, the object of "merged"."""
    if tok.dep_ in {"advcl", "xcomp", "conj"}:
        return tok.head
    head = tok.head
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.i < head.i and tok.i > 0 and tok.nbor(-1).lower_ == "," \
            and head.dep_ == "dobj" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def governor(tok: Token) -> Token | None:
    """The verb a noun trigger is an argument of (through one preposition at most)."""
    head = tok.head
    if head.i == tok.i:
        return None
    if head.pos_ in {"VERB", "AUX"}:
        return head
    if head.dep_ in {"prep", "agent"} and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def preps(tok: Token, word: str) -> list[Token]:
    """Objects of preposition ``word`` (``out_of``, ``away_from`` for two words) on ``tok``."""
    first, _, second = word.partition("_")
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ == first:
            if second:
                out += [p for c in child.children if c.dep_ == "prep" and c.lower_ == second
                        for p in c.children if p.dep_ == "pobj"]
                out += [p for n in child.children if n.dep_ == "pobj" and n.lower_ == second  # "on behalf of"
                        for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"]
                out += [c for n in child.children if n.dep_ == "pobj" and n.lower_ == second  # "on Y's side"
                        for c in n.children if c.dep_ == "poss"]
            else:
                out += [p for p in child.children if p.dep_ in {"pobj", "pcomp"}]
        elif child.dep_ in {"advmod", "prt"} and child.lower_ == first and second:
            out += [p for c in child.children if c.dep_ == "prep" and c.lower_ == second
                    for p in c.children if p.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lower_ == word:  # "strikes targeting X"
            out += [c for c in child.children if c.dep_ == "dobj"]
    if not second and first in _PARTICLES:
        return out
    for child in tok.children:  # "broke away from X": the preposition hangs on the particle
        if child.dep_ in {"advmod", "prt"} and child.lower_ in _PARTICLES and not second:
            out += [p for c in child.children if c.dep_ == "prep" and c.lower_ == first
                    for p in c.children if p.dep_ == "pobj"]
    return out


def describes_noun(tok: Token) -> bool:
    """Whether ``tok`` heads a relative clause or a participle on a noun ("Y, which X backs", "Y, armed by X")."""
    return tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBG"} and
                                   tok.head.pos_ in {"NOUN", "PROPN", "PRON"})


def clause_verb(tok: Token, *, hops: int = 8) -> Token:
    """The verb (or root) that governs ``tok``, at most ``hops`` heads up."""
    t = tok
    for _ in range(hops):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t


def nearest_member(head: Token, appos: Token) -> Token:
    """The member of ``head``'s coordination nearest before the singular apposition ``appos``: "A and B, an
    affiliate of C" describes B, wherever the parser hung the apposition."""
    before = [t for t in (head, *head.conjuncts) if t.i < appos.i]
    return max(before, key=lambda t: t.i) if before else head


def _tense(verb: Token) -> str | None:
    """``present`` or ``past``, from the verb's tag or its first auxiliary (``None`` when neither says)."""
    aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"}), None)
    tag = aux.tag_ if aux is not None else verb.tag_
    return "present" if tag in {"VBZ", "VBP"} else "past" if tag == "VBD" else None


def _stranded_relative(verb: Token) -> Token | None:
    """The relative clause a conjunct verb was cut from: "X was formed as an offshoot of Y, a group that seeks Z,
    has fought W": a relative clause between the conjunct and its head, in the conjunct's tense and not the head's."""
    head = verb.head
    tense = _tense(verb)
    if tense is None or _tense(head) in {tense, None}:
        return None
    for tok in head.doc[head.i + 1:verb.i]:
        if tok.dep_ == "relcl" and tok.right_edge.i < verb.i and _tense(tok) == tense and \
                any(c.dep_ in SUBJ and c.tag_ in {"WDT", "WP"} for c in tok.children):
            return tok
    return None
