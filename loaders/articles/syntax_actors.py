"""Which actors a token of the parse stands for: merged mentions, and the words that stand for their actor.

A token is an actor when a mention was merged into it (``parse.py``); coordination adds its conjuncts. Words
that stand for their actor pass through ("X positions", "fighters of X", "hundreds of X fighters", "forces loyal
to X", "a coalition led by X"), relative pronouns find their antecedent, a speaker's "it" its speaker, a place
its holder while an attack's target is read ("a village held by X"), an undertaking its owner while a support's
target is read ("X backed Y's offensive"). :class:`~actorgraph.loaders.articles.syntax_rules.Reader` builds on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from actorgraph.loaders.articles.mention_index import mention_words
from actorgraph.loaders.articles.mentions import MILITARY_HEADS, STRIKE_HEADS
from actorgraph.loaders.articles.syntax_tree import MODIFIER_DEPS, clause_verb, nearest_member, syntactic_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from actorgraph.loaders.articles.lexicon import Lexicon
    from actorgraph.loaders.articles.parse import Parsed

_RELATIVE = frozenset({"which", "who", "that", "whom"})
# plural group markers of names (``markers`` in ``data/mention_words.yaml``) stand for the names before them: "the X
# and Y gangs"
_PLURAL_MARKERS = frozenset(w for w in mention_words().get("markers", {}) if w.endswith("s"))


def _demonym_phrase(tok: Token) -> bool:
    """Whether the merged mention ``tok`` reads as a demonym and a military noun ("Indian troops", "Syrian jets";
    not "Syrian opposition", nor "X-backed Y")."""
    words = tok.text.split()
    return len(words) == 2 and words[0][:1].isupper() and words[1] in MILITARY_HEADS | STRIKE_HEADS and \
        "-" not in tok.text


class ActorReader:
    """The actors of the tokens of one parsed sentence."""

    def __init__(self, parsed: Parsed, lexicon: Lexicon) -> None:
        self.parsed = parsed
        self.doc = parsed.doc
        self.lex = lexicon
        self.words = lexicon.words
        self.places = False  # while reading an attack's target: "a village held by X" stands for X
        self.undertakings = False  # while reading a support's target: "Y's offensive" stands for Y
        self.seizing = False  # while reading the target of a verb of taking a place: a capital is that place

    # ---- actors of a token ------------------------------------------------------------------
    def actors(self, tok: Token | None, *, through: frozenset[str] | None = None, depth: int = 0,
               conjuncts: bool = True) -> list[str]:
        """Actor ids ``tok`` stands for, with its coordinated tokens (unless ``conjuncts`` is false);
        ``through`` names the nouns allowed between."""
        if tok is None or depth > 3:
            return []
        out: list[str] = []
        members = [tok, *tok.conjuncts] if conjuncts else [tok]
        if conjuncts and tok.i in self.parsed.actors and ((tok.dep_ == "pobj" and tok.head.lower_ in {"on", "upon"})
                                                          or _demonym_phrase(tok)):
            # "reliance on Iranian and Turkish drones", "Pakistani and Indian troops traded fire": the first
            # demonym hangs on the noun (not "Russian and Iranian-backed militias": the militias are no demonym's)
            members += [x for c in tok.children if c.dep_ == "amod" and c.i in self.parsed.actors and
                        any(g.dep_ == "cc" for g in c.children) for x in [c, *c.conjuncts] if x.i != tok.i]
        aside = self._after_aside(members) if conjuncts else None
        for t in [*members, aside] if aside is not None else members:
            if t.i != tok.i and t.i + 1 < len(self.doc) and self.doc[t.i + 1].tag_ == "POS":
                continue  # "to X and Y, Z's leader": Z owns what follows, it is no coordinated party
            if t.i != tok.i and self._denied(t):
                continue  # "X, but not Y"
            for a in self._own(t, through, depth):
                if a not in out:
                    out.append(a)
        return out

    def _after_aside(self, members: list[Token]) -> Token | None:
        """The actor coordinated with ``members`` across an aside the parser does not coordinate: "A and, to a
        lesser extent, B", "A and, more recently, B" (no verb and no actor in the aside; B no subject)."""
        doc = self.doc
        r = max(t.right_edge.i for t in members)
        while r > members[0].i and doc[r].dep_ in {"cc", "punct"}:
            r -= 1
        if r + 2 >= len(doc) or doc[r + 1].lower_ not in {"and", "or"} or doc[r + 2].text != ",":
            return None
        j = r + 3
        while j < len(doc) and doc[j].text != ",":
            if j - r > 8 or doc[j].pos_ in {"VERB", "AUX"} or j in self.parsed.actors:
                return None
            j += 1
        k = j + 1
        while k < len(doc) and doc[k].dep_ == "det":
            k += 1
        if k < len(doc) and k in self.parsed.actors and doc[k].dep_ not in {"nsubj", "nsubjpass", "conj"}:
            return doc[k]
        return None

    def _denied(self, tok: Token) -> bool:
        """Whether ``tok`` is set off by "not" ("a local emir, not X"; "X but not Y"): no one the phrase names."""
        i = tok.left_edge.i - 1
        while i >= 0 and self.doc[i].dep_ == "det":
            i -= 1
        return i >= 0 and self.doc[i].lower_ in {"not", "never"}

    def _listed_members(self, tok: Token) -> list[Token]:
        """The actors a plural noun lists: "groups including X and Y", "six groups, among them X and Y" (however
        the parser hangs "among them")."""
        listed = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"including", "notably"}
                  for p in c.children if p.dep_ == "pobj"]
        doc, k = self.doc, tok.i + 1
        if not listed and k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "among" and \
                doc[k + 2].lower_ in {"them", "whom", "which"}:
            k += 3
            while k < len(doc) and doc[k].dep_ == "det":
                k += 1
            if k < len(doc) and k in self.parsed.actors:
                listed = [doc[k]]
        return listed

    def listed(self, tok: Token) -> bool:
        """Whether ``tok`` is a plural kind of actor that lists named ones ("groups including X and Y")."""
        return tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in self.words["kinds_of_actor"] and \
            bool(self._listed_members(tok))

    def named(self, tok: Token) -> bool:
        """Whether ``tok`` is an actor named itself (or a relative pronoun for one), not a word standing for it."""
        if tok.lower_ in _RELATIVE and tok.tag_ in {"WDT", "WP"} and (relcl := self._relative_clause(tok.head)):
            tok = relcl.head
        return tok.i in self.parsed.actors

    def _relative_clause(self, verb: Token) -> Token | None:
        """The relative clause ``verb`` is (or tells as said: "X, which experts say is backed by Y")."""
        if verb.dep_ == "relcl":
            return verb
        said = verb.head
        if verb.dep_ == "ccomp" and said.dep_ == "relcl" and said.lemma_.lower() in self.words["speech_verbs"]:
            return said
        return None

    def _own(self, tok: Token, through: frozenset[str] | None, depth: int) -> list[str]:
        if tok.i in self.parsed.actors:
            if through is not None or self._garbled(tok):
                return []
            if self.seizing and tok.i in self.parsed.capitals and tok.dep_ in {"dobj", "nsubjpass"}:
                return []  # "X seized Aden": the city, not the government it stands for elsewhere
            return list(self.parsed.actors[tok.i])
        low = tok.lower_
        if low in {"it", "they"} and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ccomp" and \
                tok.head.head.lemma_.lower() in self.words["speech_verbs"]:
            # "X said it had overrun Y": the speaker
            return self.actors(syntactic_subject(tok.head.head), through=through, depth=depth + 1)
        if low in _RELATIVE and tok.tag_ in {"WDT", "WP", "WP$"}:
            relcl = self._relative_clause(tok.head)
            if relcl is not None:
                return self.actors(relcl.head, through=through, depth=depth + 1)
            return []
        if through is None and tok.dep_ == "appos" and tok.head.i in self.parsed.actors:
            if tok.tag_ in {"NNS", "NNPS"}:  # "X and Y, the two groups that ...": both
                return self.actors(tok.head, depth=depth + 1)
            return self.actors(nearest_member(tok.head, tok), conjuncts=False)  # "X and Y, a group that ...": Y
        lemma = tok.lemma_.lower()
        if tok.lower_ in self.lex.transparent:  # the lemmatizer's "bases" -> "basis"
            lemma = tok.lower_
        if through is None and (tok.pos_ in {"NOUN", "PROPN"} or (tok.pos_ == "ADJ" and any(
                c.dep_ == "det" for c in tok.children))):  # "its offshoot, X", "the group X", "the paramilitary X"
            named = [a for c in tok.children if c.dep_ == "appos" and c.i in self.parsed.actors and not self._denied(c)
                     for x in ([c, *c.conjuncts] if tok.tag_ in {"NNS", "NNPS"} else [c])  # "two factions, X and Y"
                     if x.i in self.parsed.actors for a in self.parsed.actors[x.i]]
            if named:
                return list(dict.fromkeys(named))
        if through is None and tok.tag_ in {"NNS", "NNPS"} and lemma in self.words["kinds_of_actor"]:
            # "IS factions including X and Y": X and Y (not "towns including X": a capital stands for a government)
            named = [a for p in self._listed_members(tok) for a in self.actors(p, depth=depth + 1)]
            if named:
                return named
        if self.undertakings and through is None and lemma in self.words["undertakings"]:
            return [a for c in tok.children if c.dep_ in {"poss", "compound", "amod"} and c.i in self.parsed.actors
                    and not self._clause_on(c) for a in self.parsed.actors[c.i]]  # "X backed Y's offensive": Y
        if self.places and through is None and lemma in self.words["places"]:
            held = self._place_holder(tok, depth)
            if held:
                return held
        allowed = self.lex.transparent if through is None else through
        if lemma not in allowed and lemma != "name" and not (through is None and tok.lower_ in _PLURAL_MARKERS):
            return []
        if through is None and any(c.lower_ in self.words["lapsed"] for c in tok.children):
            return []  # "former members of X ambushed Y": people who left X do not stand for it
        found: list[str] = []
        led: list[str] = []  # whom the noun is led by or loyal to: its actor unless it names its own
        for child in tok.children:
            if child.dep_ in ({"poss", "appos"} | MODIFIER_DEPS) and child.i in self.parsed.actors:
                found += self.parsed.actors[child.i]
                if child.dep_ in MODIFIER_DEPS:  # "the X and Y groups", "CSP and JNIM fighters": each coordinated
                    found += [a for c in child.conjuncts if c.i < tok.i and c.i in self.parsed.actors
                              and self.doc[c.i + 1].tag_ != "POS" for a in self.parsed.actors[c.i] if a not in found]
            elif child.dep_ == "poss" and child.lower_ == "whose" and tok.head.dep_ == "relcl":
                found += self.actors(tok.head.head, depth=depth + 1)  # "X, whose forces are backed by Y": X
            elif self.places and child.dep_ == "poss" and child.lower_ in {"its", "their"}:
                found += self.actors(self._speaker(tok), depth=depth + 1)  # "X said Y shelled its bases": X
            elif child.dep_ == "compound" and child.lemma_.lower() in self.lex.transparent:
                found += self.actors(child, depth=depth + 1)  # "junta battalion headquarters"
            elif child.dep_ == "prep" and child.lower_ in {"of", "from"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += self.actors(pobj, depth=depth + 1)
            elif child.dep_ in {"amod", "acl"} and child.lemma_.lower() in self.words["leading_verbs"]:
                led += self._prep(child, "by", depth + 1)  # "a coalition led by X", "the X-led force"
                led += [a for c in child.children if c.dep_ in {"npadvmod", "compound"} and c.i in self.parsed.actors
                        for a in self.parsed.actors[c.i]]
            elif child.dep_ in {"amod", "acl"} and child.lemma_ == "loyal":
                led += self._prep(child, "to", depth + 1)
            elif child.dep_ == "acl" and child.lemma_ in {"call", "name", "know", "dub"}:  # "a group called X"
                called = [c for c in child.children if c.dep_ in {"oprd", "attr", "dobj", "npadvmod"}]
                found += [a for c in called for a in self.actors(c, depth=depth + 1)]
                found += self._prep(child, "as", depth + 1)
        return found or led  # "al-Shabaab fighters loyal to X" are al-Shabaab's

    def _garbled(self, tok: Token) -> bool:
        """Whether the parser hung another actor on ``tok`` across a verb ("X's backing of Y worried Z" read with
        "Y" a modifier of "Z" and "worried" an adjective): that parse tells nothing about ``tok``."""
        return any(c.dep_ == "nmod" and c.i < tok.i and c.i in self.parsed.actors and
                   any(self.doc[k].pos_ in {"VERB", "AUX"} and self.doc[k - 1].text != "-"  # "the X-linked Y"
                       for k in range(c.i + 1, tok.i)) for c in tok.children)

    def _clause_on(self, tok: Token) -> bool:
        """Whether the parser hung a clause naming another actor on the name ``tok`` as a compound ("help [the Libyan
        government repel] Haftar's offensive"): who the undertaking is then is unclear."""
        return any(c.dep_ == "compound" and c.i not in self.parsed.actors and
                   any(t.i in self.parsed.actors for t in c.subtree) for c in tok.children)

    def _place_holder(self, tok: Token, depth: int) -> list[str]:
        """Who holds the place ``tok``: "a village held by X", "the X-held town", "areas under X control"."""
        found: list[str] = []
        for child in tok.children:
            if child.dep_ in {"acl", "amod"} and child.lemma_.lower() in self.words["holding_verbs"]:
                found += self._prep(child, "by", depth + 1)
                found += [a for c in child.children if c.dep_ in {"npadvmod", "compound"} and c.i in self.parsed.actors
                          for a in self.parsed.actors[c.i]]
            elif child.dep_ == "relcl" and child.lemma_.lower() in self.words["holding_verbs"]:
                # "the town, which had been held by X", "the town, which X controls"
                holder = next((c for c in child.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE), None)
                found += self._prep(child, "by", depth + 1) or self.actors(holder, depth=depth + 1)
            elif child.dep_ == "prep" and child.lower_ == "under":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in {"control", "rule", "occupation"}:
                        found += [a for c in pobj.children if c.dep_ in {"poss", "compound", "amod"}
                                  and c.i in self.parsed.actors for a in self.parsed.actors[c.i]]
                        found += self._prep(pobj, "of", depth + 1)
        return found

    def _speaker(self, tok: Token) -> Token | None:
        """Who tells the clause of ``tok``: "X said (that) ...", "X accused Y of ..." (``None`` otherwise)."""
        verb = clause_verb(tok)
        head = verb.head
        tellers = self.words["speech_verbs"] | self.words["hedge_verbs"]
        if verb.dep_ == "ccomp" and head.lemma_.lower() in tellers:
            return syntactic_subject(head)
        if verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in tellers:
            return syntactic_subject(head.head)
        return None

    def _prep(self, tok: Token, word: str, depth: int = 0) -> list[str]:
        for child in tok.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ == word:
                return [a for pobj in child.children if pobj.dep_ == "pobj" for a in self.actors(pobj, depth=depth)]
        return []
