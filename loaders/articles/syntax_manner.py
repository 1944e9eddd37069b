"""How the parse-based extractor's relations are said: negated, hedged, told as holding now.

Read from the trigger's own words and the clauses above it, with the clause words of the trigger lexicon
(``negation``, ``denial_verbs``, ``hedge_*`` in ``data/triggers.yaml``). A relative clause or participle
on a noun is the writer's: the verb its noun depends on neither hedges nor negates it; nor does the verb of
another clause coordinated before ("X denied it, but Y said Z attacked W": not denied).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.loaders.articles.syntax_tree import SUBJ, describes_noun, passive

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSE_UP = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "prep", "pobj", "dobj", "acl", "relcl", "attr",
                        "nsubj", "nsubjpass", "appos", "oprd", "advmod", "acomp"})


def manner(tok: Token, clause: Token, w: dict[str, frozenset[str]]) -> tuple[bool, bool]:
    """(negated, hedged) of a trigger, read from its own words and the clauses above it."""
    negated = hedged = False
    chain = [tok] if tok.i == clause.i else [tok, clause]
    describes = _describes(tok)  # "the X-backed Y", "Y's patron, X,": the writer's words, whatever the clause says
    t = clause
    if describes:
        chain = [tok]
    elif tok.dep_ in {"amod", "compound", "npadvmod"}:  # "Y is said to be an X-backed group": the predicate's clause
        t = tok.head
        chain.append(t)
    for _ in range(0 if describes else 5):
        if t.dep_ not in _CLAUSE_UP or t.head.i == t.i or describes_noun(t):
            break  # a relative clause or participle is the writer's: its noun's verb does not hedge it
        if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJ or c.dep_ == "nsubjpass"
                                                                 for c in t.children):
            break  # a clause of its own: "X denied it, but Y said ..." (not "X denied arming Y and training Z")
        t = t.head
        chain.append(t)
    for n, t in enumerate(chain):
        lemma = t.lemma_.lower()
        if n > 0 and (lemma in w["denial_verbs"] or any(
                c.dep_ in {"prt", "advmod"} and f"{lemma}_{c.lower_}" in w["denial_verbs"] for c in t.children)):
            negated = True
        if n > 0 and f"{lemma}_to" in w["hedge_verbs"] and passive(t) and \
                any(c.dep_ == "xcomp" for c in t.children):
            hedged = True  # "X is said to be ...", "X is thought to have ..."
        if n > 0 and lemma in w["hedge_verbs"] and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in {"responsibility", "credit"} for c in t.children) \
                and not (lemma == "claim" and chain[n - 1].dep_ in {"dobj", "nsubjpass"} and
                         chain[n - 1].head.i == t.i):
            hedged = True  # "claimed responsibility for the attack", "claimed the attack", "the attack was claimed
            # by X": an admission
        for child in t.children:
            low = child.lower_
            negation = child.dep_ == "neg" or (child.dep_ == "det" and low == "no") or \
                (child.dep_ == "advmod" and (low == "never" or (low == "longer" and any(
                    g.lower_ == "no" for g in child.children))))
            # a negation on an enclosing clause negates the trigger only through a complement or a purpose
            # ("X did not send troops to help Y")
            if negation and (n == 0 or t.i == clause.i or chain[n - 1].dep_ in {"xcomp", "ccomp", "attr", "oprd"}
                             or _purpose(chain[n - 1])):
                negated = True
            if child.dep_ == "advmod" and low in w["hedge_adverbs"]:
                hedged = True
            if child.dep_ == "aux" and low in w["hedge_auxiliaries"]:
                hedged = True
            if child.dep_ == "mark" and low in w["hedge_marks"]:
                hedged = True
            if child.dep_ == "prep" and low == "without" and n <= 1:
                negated = True
    return negated, hedged


def present(tok: Token, clause: Token) -> bool:
    """Whether the relation is told as holding when the text was written (present, perfect, a modifier)."""
    if tok.dep_ in {"appos", "amod", "compound", "npadvmod"} or any(c.dep_ == "appos" for c in tok.children):
        return True
    verb = clause
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a in {"is", "are", "has", "have", "'s", "'re", "remains"} for a in auxes):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}


def _describes(tok: Token) -> bool:
    """Whether ``tok`` is a modifier or an apposition, or a noun with one ("Y's patron, X,"), that describes a noun
    rather than tells the clause's predicate ("Y is said to be an X-backed group" is the clause's)."""
    if tok.dep_ in {"amod", "compound", "npadvmod"}:
        return tok.head.dep_ not in {"attr", "oprd", "acomp"}
    return tok.dep_ == "appos" or (tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"attr", "oprd"} and
                                   any(c.dep_ == "appos" for c in tok.children))


def _purpose(t: Token) -> bool:
    """Whether ``t`` heads an infinitive of purpose ("sent troops to help Y")."""
    return t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
