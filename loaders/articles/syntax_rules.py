"""Relations read from a dependency parse, with the trigger lexicon (``data/triggers.yaml``).

Each token whose lemma is a trigger gives a :class:`Finding` when its roles (subject, object, a
preposition's object, a possessor, a modifier, the holder of a relational noun...) reach actor tokens
(merged mentions, see ``parse.py``). Coordination expands every argument; words that stand for their
actor ("X positions", "fighters of X", "forces loyal to X") pass through; relative pronouns, reflexives and
controlled subjects ("X sent troops to support Y") find their antecedent. Negation, hedging and the
clause's dates are read from the parse too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import permutations
from typing import TYPE_CHECKING

from actorgraph.graph.model import RelationType
from actorgraph.loaders.articles.lexicon import Lexicon, Trigger
from actorgraph.loaders.articles.syntax_actors import ActorReader
from actorgraph.loaders.articles.syntax_manner import manner, present
from actorgraph.loaders.articles.syntax_tree import (
    MODIFIER_DEPS,
    REFLEXIVE,
    clause_governor,
    clause_verb,
    governor,
    nearest_member,
    own_conjunct,
    passive,
    preps,
    semantic_object,
    semantic_subject,
    syntactic_subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from actorgraph.loaders.articles.parse import Parsed

_RIVAL = frozenset({"rival", "enemy", "hostile", "opposing", "competing", "rogue"})
_COPULA = frozenset({"be", "remain", "become", "serve", "act", "emerge", "stay", "seem"})


@dataclass
class Finding:
    """One relation read from the parse: the trigger, its actor pairs and how it is said."""

    trigger: Trigger
    lemma: str
    token: int
    clause: int  # the governing verb (or the trigger) whose subtree holds the relation's own dates
    pairs: list[tuple[str, str]]
    hedged: bool = False
    ended: bool = False
    present: bool = False  # reported as holding at the time of writing
    endpoint_tokens: set[int] = field(default_factory=set)  # modifiers of the endpoints (their dates are theirs)
    closes: bool = False  # "..., but the truce collapsed in June": ends the sentence's truce of the same pairs


class Reader(ActorReader):
    """Reads the relations of one parsed sentence: the roles of each trigger, how it is said, its findings."""

    # ---- syntax helpers -----------------------------------------------------------------------
    def anchor(self, tok: Token) -> Token:
        """The noun that stands in the clause for a noun trigger: "a wave of strikes" for "strikes"."""
        while tok.dep_ == "conj" and tok.pos_ in {"NOUN", "PROPN"} and tok.head.pos_ in {"NOUN", "PROPN"}:
            tok = tok.head  # "receiving leadership, funding and arms from X": funding stands where leadership does
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.words["quantity_nouns"]:
            return head.head
        if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in self.words["answering"]:
            return head.head  # "X claimed responsibility for the attack on Y", "X is responsible for", "Y blamed X for"
        return tok

    def clause_of(self, tok: Token) -> Token:
        return clause_verb(tok, hops=6)

    # ---- roles ------------------------------------------------------------------------------------
    def role(self, trigger: Trigger, tok: Token, role: str) -> list[str]:
        through = trigger.through or None
        if role.startswith("prep:"):
            word = role[5:]
            toks = preps(tok, word)
            if toks and tok.dep_ == "appos":
                toks += self._list_tail(tok, toks[-1])
            if not toks and tok.pos_ in {"VERB", "AUX"}:  # "pledged allegiance to X", "fired missiles at X"
                toks = [t for c in tok.children if c.dep_ == "dobj" and c.i not in self.parsed.actors and
                        (not trigger.needs or c.lemma_.lower() in trigger.needs) for t in preps(c, word)]
            anchor = self.anchor(tok)
            if not toks and anchor.i != tok.i:
                toks = preps(anchor, word)
            tok = anchor
            gov = governor(tok)
            if not toks and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _COPULA:
                toks = preps(tok.head.head, word)  # "X is at war with Y": "with" hangs on the copula
            if not toks and gov is not None and ((tok.dep_ in {"dobj", "nsubjpass"} and gov.lemma_.lower() in
                                                 trigger.light_verbs | trigger.receivers) or
                                                 (tok.dep_ == "pobj" and gov.lemma_.lower() in
                                                  trigger.receivers | self.words["taking_part"]) or
                                                 (tok.dep_ == "pobj" and tok.head.lower_ == "to" and
                                                  gov.lemma_.lower() in trigger.light_verbs)):  # "agreed to a truce"
                toks = preps(gov, word)
            if not toks and gov is not None and tok.dep_ == "nsubj" and gov.lemma_.lower() in \
                    self.words["occurring_verbs"]:
                toks = preps(gov, word)  # "fighting erupted between X and Y"
            if trigger.named_target:
                toks = [t for t in toks if self.named(t)]
            return [a for t in toks for a in self.actors(t)]
        if role.startswith("governor_prep:"):
            gov = governor(tok) or clause_governor(tok)
            return [a for t in preps(gov, role.split(":", 1)[1]) for a in self.actors(t)] if gov else []
        if role == "subject":
            if tok.dep_ == "acomp" or (tok.pos_ == "ADJ" and tok.dep_ != "amod"):
                subject = syntactic_subject(tok.head)
            elif tok.pos_ in {"VERB", "AUX"}:
                subject = semantic_subject(tok)
            else:
                subject = None
            if trigger.direct and subject is not None and not self.named(subject) and not self.listed(subject):
                return []  # "former ICU fighters joined Y": people joined, not the ICU
            found = self.actors(subject)
            if found and trigger.comitative and tok.pos_ in {"VERB", "AUX"}:
                found += [a for a in self._partners(tok, subject) if a not in found]
            return found
        if role == "effort":  # "X is part of the effort to defeat Y", "a pillar of the coalition against Y"
            return self._effort_target(tok)
        if role == "plural_subject":
            if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in {"at", "in"} and \
                    tok.head.head.lemma_.lower() in _COPULA and \
                    not any(c.dep_ in {"prep", "acl", "relcl"} for c in tok.children):
                return self._plural_subject(tok.head.head)  # "X and Y have been at war since 2023"
            return self._plural_subject(tok)
        if role == "modified":  # "X (formerly Y)": Y
            return list(self.parsed.actors.get(tok.head.i, [])) if tok.dep_ == "advmod" else []
        if role == "modified_head":  # "X (formerly Y)": X
            head = tok.head
            if tok.dep_ == "advmod" and head.i in self.parsed.actors and head.dep_ == "appos":
                return list(self.parsed.actors.get(head.head.i, []))
            return []
        if role == "object":
            obj = semantic_object(tok)
            if obj is None and trigger.governors and tok.dep_ == "amod" and clause_governor(tok) is not None:
                obj = tok.head  # "X merged with Y, forming Z" read as "forming" modifying Z
            if trigger.named_target and obj is not None and not self.named(obj):
                return []  # "X left Y positions": no one left Y
            if obj is not None and trigger.type is RelationType.SUPPORTS and obj.i in self.parsed.actors and \
                    obj.text.lower().rsplit(maxsplit=1)[-1] in self.words["materiel"]:
                return []  # "X supplied Russian tanks to Y": the tanks are what X gave, not whom
            return self.actors(obj)
        if role == "agent":  # "armed and funded by X": the agent of the last participle is every one's
            toks = preps(tok, "by") or [p for c in tok.conjuncts if c.i > tok.i for p in preps(c, "by")]
            return [a for t in toks for a in self.actors(t, through=through)]
        if role == "dative":
            found = [a for c in tok.children if c.dep_ == "dative"  # "gave Y arms", "gave arms to Y" read as a dative
                     for t in ([p for p in c.children if p.dep_ == "pobj"] if c.pos_ == "ADP" else [c])
                     for a in self.actors(t)]
            after = tok.i + 2 if tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].lower_ == "the" else tok.i + 1
            nxt = self.doc[after] if after < len(self.doc) else None
            if not found and nxt is not None and nxt.i in self.parsed.actors and nxt.pos_ == "PROPN" and \
                    nxt.dep_ in {"compound", "nmod"}:
                goods = nxt.head
                while goods.dep_ == "compound" and goods.head.i != goods.i:
                    goods = goods.head
                if goods.dep_ == "dobj" and goods.head.i == tok.i:
                    found = self.actors(nxt)  # "X offered Y Mirage jets" read as a compound of the goods: Y
            return found
        if role == "helped":  # "X helped Y fight Z" read as a complement clause with its own subject: Y
            return [a for c in tok.children if c.dep_ in {"ccomp", "xcomp"} for s in c.children
                    if s.dep_ == "nsubj" for a in self.actors(s)]
        if role == "destination":  # "X sent troops to Y to help (fight Z)": Y
            return self._destination(tok)
        if role == "relative_object":  # "X claimed an ambush that killed Y soldiers": Y
            return [a for c in tok.children if c.dep_ == "relcl" and any(
                t.type.value == "ATTACKS" for t in self.lex.lookup(c.lemma_.lower(), "verb"))
                for a in self.actors(semantic_object(c))]
        if role == "sided_destination":  # "X sent troops to Y to fight Z", Z a state: X takes Y's side
            return self._sided_destination(tok)
        if role == "forces_destination":  # "X pledged 1,000 officers to Y": Y
            if not self._sends_forces(tok):
                return []
            return [a for c in tok.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj" and self.named(p) for a in self.actors(p)]
        if role == "attr":
            toks = [c for c in tok.children if c.dep_ in {"oprd", "attr"}]
            toks += preps(tok, "as") + preps(tok, "to") + preps(tok, "into")
            if trigger.direct:  # "X became Y", not "X became the strongest group of Y"
                toks = [t for t in toks if self.named(t)]
            return [a for t in toks for a in self.actors(t)]
        if role == "possessor":
            owners = [tok]
            if tok.dep_ == "compound" and tok.head.i in self.parsed.actors:
                owners.append(tok.head)  # "X's Sahel affiliate Y": the possessive hangs on Y
            for owner in owners:
                for child in owner.children:
                    if child.dep_ == "poss" and child.i != tok.head.i:
                        if child.lower_ in REFLEXIVE:
                            gov = governor(tok)
                            return self.actors(semantic_subject(gov)) if gov is not None else []
                        return self.actors(child)
            return []
        if role == "modifier":  # "the X offensive"; "the X-Y war": a compound of a compound too
            mods = [c for c in tok.children if c.dep_ in MODIFIER_DEPS and c.i in self.parsed.actors]
            mods += [g for c in mods for g in c.children if g.dep_ == "compound" and g.i in self.parsed.actors]
            mods += [g for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in trigger.needs
                     for g in c.children if g.dep_ == "compound" and g.i in self.parsed.actors]  # "a Y dissident group"
            if not mods and tok.i >= 2 and self.doc[tok.i - 1].text == "-" and tok.i - 2 in self.parsed.actors:
                mods = [self.doc[tok.i - 2]]  # "an X-affiliated group" with X hung on the group, not the modifier
            return [a for c in mods for a in self.parsed.actors[c.i]]
        if role == "head":
            if tok.dep_ in {"amod", "acl", "compound", "npadvmod"} and tok.head.i != tok.i:
                found = self.actors(tok.head, conjuncts=False)  # "the X-backed Y and Z": Y alone
                if set(found) <= set(self.role(trigger, tok, "modifier")) and tok.head.pos_ == "NOUN":
                    found = self.actors(self._holder(tok.head), conjuncts=False)  # "Y is an X-affiliated group": Y
                return found
            return []
        if role == "namer":  # "X accepted Y as an affiliate", "X recognised Y as a province": X
            head = tok.head
            if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in {"VERB", "AUX"} and \
                    head.head.lemma_.lower() in self.words["admitting_verbs"]:
                return self.actors(semantic_subject(head.head))
            return []
        if role == "maker":  # "an alliance formed by X and Z", "the truce agreed by X and Z"
            makers = self.words["founding_verbs"] | trigger.light_verbs
            return [a for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in makers
                    for a in self._prep(c, "by")]
        if role == "holder":
            holder = self._holder(tok)  # "A and B, an affiliate of C": the apposition describes B alone
            # an apposition's coordination is its own ("Y's backers, X and Z"); its head's is when it is
            # plural ("X and Z, Y's backers"), not when singular ("A and B, an affiliate of C": B)
            if tok.dep_ == "appos" and tok.tag_ not in {"NNS", "NNPS"} and holder is not None:
                return self.actors(nearest_member(holder, tok), conjuncts=False)
            return self.actors(holder)
        if role == "light_subject":
            tok = self.anchor(tok)
            head = tok.head
            if tok.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_.lower() in _COPULA:
                return self.actors(syntactic_subject(head.head))  # "X was behind the attack on Y"
            if tok.lemma_.lower() in self.words["answering"]:
                if tok.dep_ == "acomp":  # "X is responsible for the attack on Y"
                    return self.actors(syntactic_subject(head))
                if tok.pos_ == "VERB":  # "Y blamed X for the attack", "X was blamed for"
                    return self.actors(semantic_object(tok))
            if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ in {"VERB", "AUX"} and \
                    head.head.lemma_.lower() in trigger.light_verbs:  # "X came to Y's aid", "agreed to a truce"
                return self.actors(semantic_subject(head.head))
            if tok.dep_ == "pobj" and head.lower_ == "in" and trigger.comitative:
                verb = head.head.head if head.head.lemma_ == "part" else head.head
                if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in self.words["taking_part"]:
                    found = self.actors(syntactic_subject(verb))  # "X took part in the assault on Y"
                    if found and verb.lemma_.lower() in self.words["cooperation_verbs"]:
                        # "X joined Z in attacks on Y": Z attacks too
                        found += [a for c in verb.children if c.dep_ == "dobj" for a in self.actors(c)
                                  if a not in found]
                    return found
            made = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in trigger.light_verbs and
                    any(o.dep_ == "dobj" and o.lower_ in {"that", "which"} for o in c.children)]
            if made:  # "the truce that X and Y signed"
                return self.actors(syntactic_subject(made[0]))
            if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in trigger.light_verbs:
                subject = semantic_subject(tok.head)
                found = self.actors(subject)
                if found and trigger.comitative:  # "X carried out strikes on Y in coordination with Z"
                    found += [a for a in self._partners(tok.head, subject) if a not in found]
                return found
            return []
        if role == "receiver":
            return self.actors(self._receiver(trigger, self.anchor(tok)))
        if role == "adjunct_subject":  # "X took the town after (days of) fighting with Y": X
            span = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if span is not None and span.lemma_.lower() in self.words["span_nouns"]:
                tok = span
            prep, verb = tok.head, tok.head.head
            if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in self.words["adjunct_preps"] and \
                    verb.pos_ == "VERB" and verb.lemma_.lower() in self.words["adjunct_verbs"]:
                return self.actors(semantic_subject(verb))
            return []
        if role == "governor_subject":
            gov = clause_governor(tok)
            if gov is not None and gov.lemma_.lower() in trigger.governors:
                return self.actors(syntactic_subject(gov))
            return []
        if role == "name":
            return self._named(tok)
        if role == "name_possessor":
            for t in tok.subtree:
                if t.lemma_ == "name":
                    return [a for c in t.children if c.dep_ == "poss" for a in self.actors(c)]
            return []
        return []

    def _partners(self, verb: Token, subject: Token | None) -> list[str]:
        """Who acts with the subject: "X, together with Z, attacked Y", "X joined forces with Z to attack Y"."""
        words = self.words["comitative_preps"]
        toks = [p for t in (verb, subject) if t is not None for w in words for p in preps(t, w)]
        toks += [p for t in (verb, subject) if t is not None for c in t.children  # "together with Z"
                 if c.dep_ == "prep" and c.lower_ == "with" and
                 any(a.lower_ in {"together", "along"} for a in c.children)
                 for p in c.children if p.dep_ == "pobj"]
        for prep in verb.children:  # "in coordination with Z"
            if prep.dep_ == "prep" and prep.lower_ == "in":
                toks += [p for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in
                         {"coordination", "concert", "cooperation", "partnership", "conjunction"}
                         for p in preps(o, "with")]
        head = verb.head
        if verb.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in self.words["cooperation_verbs"]:
            toks += preps(head, "with")
        return [a for t in toks for a in self.actors(t)]

    def _effort_target(self, tok: Token) -> list[str]:
        """Whom the undertaking that ``tok`` is part of is against."""
        found: list[str] = []
        efforts = self.words["undertakings"] | {"coalition", "alliance", "mission", "force"}
        for effort in preps(tok, "of") + preps(tok, "in"):
            if effort.lemma_.lower() not in efforts or effort.i in self.parsed.actors:
                continue
            found += [a for w in ("against", "on") for p in preps(effort, w) for a in self.actors(p)]
            for verb in effort.children:  # "the effort to defeat Y", "the coalition fighting Y"
                if verb.dep_ in {"acl", "relcl"} and any(t.type.value == "ATTACKS" for t in
                                                         self.lex.lookup(verb.lemma_.lower(), "verb")):
                    found += self.actors(next((c for c in verb.children if c.dep_ == "dobj"), None))
        return found

    def _plural_subject(self, verb: Token) -> list[str]:
        """The coordinated subject of a verb that names no other party: "X and Y clashed", "X and Y fought"."""
        if verb.pos_ not in {"VERB", "AUX"} or passive(verb):
            return []
        for child in verb.children:
            if child.dep_ in {"dobj", "dative"} and (self.actors(child) or any(
                    self.actors(p) for c in child.children if c.dep_ == "prep" for p in c.children)):
                return []  # "X and Y halted attacks on Z": not a truce between X and Y
            if child.dep_ == "advmod" and child.lower_ in {"together", "jointly", "alongside", "side"}:
                return []
            if child.dep_ in {"prep", "agent"} and (child.lower_ in self.words["comitative_preps"] or any(
                    self.actors(p) for p in child.children if p.dep_ == "pobj")):
                return []
        return self.actors(semantic_subject(verb))


    def _destination(self, tok: Token) -> list[str]:
        """Where the verb of sending a purpose clause ``tok`` serves sent its forces, when ``tok`` has no
        object of its own: "X deployed troops to Y to help fight Z" helps Y."""
        gov = tok.head
        if tok.dep_ not in {"advcl", "xcomp"} or gov.lemma_.lower() not in self.words["sending_verbs"] or \
                semantic_object(tok) is not None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return []
        if not self._sends_forces(gov):
            return []  # troops, soldiers, forces: not "sent a message to Y to help"
        return [a for c in gov.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj" for a in self.actors(p)]

    def _sided_destination(self, verb: Token) -> list[str]:
        """The state a verb of sending sent its forces to, when a purpose infinitive on the verb attacks another
        state: "X sent troops to Y to fight Z" (forces that reach Z through Y fight on Y's side; not "X sent
        troops to Y" alone, nor "to fight Y", nor "to fight the Z militia": troops sent against a group may
        be on the country's soil uninvited)."""
        if verb.lemma_.lower() not in self.words["sending_verbs"] or passive(verb) or not self._sends_forces(verb):
            return []
        states = self.parsed.states
        dest = [a for c in verb.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj" and self.named(p) for a in self.actors(p) if a in states]
        if not dest:
            return []
        for purpose in verb.children:
            if purpose.dep_ not in {"advcl", "xcomp"} or not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children) or not any(
                    t.type.value == "ATTACKS" for t in self.lex.lookup(purpose.lemma_.lower(), "verb")):
                continue
            foes = self.actors(semantic_object(purpose))
            foes += [a for t in preps(purpose, "against") for a in self.actors(t)]
            if any(f in states for f in foes) and not set(foes) & set(dest):
                return dest
        return []

    def _sends_forces(self, verb: Token) -> bool:
        """Whether ``verb``'s object is forces (`sent_forces`): "troops", "1,000 officers", a merged "police
        officers" of the sender's own."""
        forces = self.words["sent_forces"]
        counts = self.words["counted_forces"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [p for c in objects if c.lemma_.lower() in counts  # "thousands of troops"
                    for of in c.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                    if p.dep_ == "pobj"]
        return any(c.lemma_.lower() in forces or (
            c.i in self.parsed.actors and c.text.lower().split()[-1].removesuffix("s") in forces) for c in objects)

    def _aside(self, clause: Token) -> bool:
        """Whether ``clause`` is a participle set off by a comma ("X joined Y, adopting the name Z"), no purpose."""
        return clause.tag_ == "VBG" and clause.left_edge.i > 0 and self.doc[clause.left_edge.i - 1].text == "," \
            and not any(c.dep_ in {"aux", "mark"} for c in clause.children)

    def _list_tail(self, tok: Token, last: Token) -> list[Token]:
        """"Y, a coalition of A, B and C, attacked W" parsed with "B and C" a second apposition of Y: B (and C
        through coordination), when that apposition follows the object ``last`` after a comma and ends a list."""
        k = last.right_edge.i + 1
        if k >= len(self.doc) or self.doc[k].text != ",":
            return []
        k += 1
        while k < len(self.doc) and self.doc[k].dep_ == "det":
            k += 1
        if k >= len(self.doc):
            return []
        nxt = self.doc[k]
        if nxt.i in self.parsed.actors and nxt.dep_ == "appos" and nxt.head.i == tok.head.i and \
                any(c.i in self.parsed.actors for c in nxt.conjuncts):
            return [nxt]
        return []

    def _holder(self, tok: Token) -> Token | None:
        """What a relational noun describes: its apposition, the copula's subject, or the clause an "as" hangs on."""
        head = tok.head
        if tok.dep_ == "compound" and head.i in self.parsed.actors and tok.pos_ == "NOUN":
            return head  # "X's Sahel affiliate Y", "the X breakaway faction Y"
        if tok.tag_ in {"NNS", "NNPS"}:  # "X's affiliates, including Y and Z"
            included = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "including"
                        for p in c.children if p.dep_ == "pobj" and p.i in self.parsed.actors]
            if included:
                return included[0]
        if tok.dep_ == "pobj" and head.lower_ == "of" and (head.head.pos_ == "NUM" or head.head.lower_ in
                                                            {"one", "some", "several", "each"}):
            return self._holder(head.head)  # "Y is one of X's branches", "Y, one of X's affiliates,"
        if tok.dep_ == "nsubj" and tok.i > 0 and self.doc[tok.left_edge.i - 1].text == ",":
            # "X and Y, both members of Z, attacked W" parsed with a second subject set off by commas
            first = next((c for c in head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            end = tok.right_edge.i
            if first is not None and first.i in self.parsed.actors and (
                    self.doc[end].text == "," or (end + 1 < len(self.doc) and self.doc[end + 1].text == ",")):
                return first
        if tok.dep_ == "appos":
            if tok.head.i not in self.parsed.actors and not self.actors(tok.head):
                return self._actor_before(tok) or tok.head  # "a leader of X ("..."), a Y affiliate": X
            return tok.head
        for child in tok.children:
            if child.dep_ == "appos" and (child.i in self.parsed.actors or self.actors(child)):
                return child
        if not any(c.dep_ == "cc" for c in tok.children):  # "Y's backers, X and Z," parsed as a coordination
            for child in tok.children:
                if child.dep_ == "conj" and child.i in self.parsed.actors and self.doc[child.i - 1].text == ",":
                    return child
        for place in preps(tok, "in"):  # "the X affiliate in Mali, Y"
            if place.i not in self.parsed.actors:
                named = next((c for c in place.children if c.dep_ == "appos" and c.i in self.parsed.actors), None)
                if named is not None:
                    return named
        head = tok.head
        if tok.dep_ in {"attr", "acomp", "oprd"} and head.lemma_.lower() in _COPULA:
            return syntactic_subject(head)
        if tok.dep_ in {"ccomp", "xcomp", "oprd"} and head.pos_ in {"VERB", "AUX"}:  # "X declared itself a branch of Y"
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in REFLEXIVE:
                return syntactic_subject(head)
        if tok.dep_ == "conj" and head.dep_ in {"attr", "oprd"} and head.head.lemma_.lower() in _COPULA:
            return syntactic_subject(head.head)  # "X is a militant group and a division of Y"
        if tok.dep_ in {"nsubj"} and head.lemma_.lower() in _COPULA:
            return next((c for c in head.children if c.dep_ == "attr"), None)
        if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in {"VERB", "AUX"}:
            return syntactic_subject(head.head)  # "X operates under the umbrella of Y"
        if tok.dep_ == "pobj" and head.lower_ in {"at", "among"} and head.head.lemma_.lower() in _COPULA:
            return syntactic_subject(head.head)  # "X is at war with Y", "X is among Y's backers"
        if tok.dep_ == "nsubj" and head.lemma_.lower() in {"include", "comprise"}:
            return next((c for c in head.children if c.dep_ == "dobj"), None)  # "Y's backers include X"
        if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in {"VERB", "AUX"}:
            verb = head.head
            if passive(verb):
                return semantic_object(verb)
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None and verb.lemma_.lower() in self.words["naming_verbs"] | self.words["founding_verbs"]:
                return obj  # "X recognised Y as its province", "X set up Y as its armed wing"
            return syntactic_subject(verb)
        return None

    def _actor_before(self, tok: Token) -> Token | None:
        """The actor just before the apposition ``tok`` (past a comma and a parenthetical), inside its head's phrase."""
        i = tok.left_edge.i - 1
        while i >= 0 and (self.doc[i].is_punct or self.doc[i].is_space):  # a blanked gloss is white space
            if self.doc[i].text == ")":  # 'X ("The Sentinels"), ...'
                while i >= 0 and self.doc[i].text != "(":
                    i -= 1
            i -= 1
        if i < 0 or i not in self.parsed.actors:
            return None
        prev = self.doc[i]
        return prev if tok.head.is_ancestor(prev) else None

    def _receiver(self, trigger: Trigger, tok: Token) -> Token | None:
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in trigger.receivers:
            if head.dep_ in {"advcl", "xcomp"} and head.head.lemma_.lower() in self.words["sending_verbs"]:
                return None  # "X sent drones to Tripoli to repel an offensive by Y": Y's offensive was not on X
            return semantic_subject(head)
        if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in trigger.receivers:
            return semantic_subject(head.head)  # "Y came under fire from X"
        if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in trigger.receivers:
            return semantic_object(head.head)  # "Y was hit by a wave of X attacks"
        mediating = self.words["mediating_verbs"]
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "with" and head.head.pos_ in {"VERB", "AUX"} \
                and head.head.lemma_.lower() not in self.words["giving_verbs"] | mediating:
            return semantic_subject(head.head)  # "with X's support, Y took the town"
        if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.i in self.parsed.actors and \
                head.head.head.lemma_.lower() not in mediating:
            return head.head  # "Y, with backing from X, took the town"; not "Y, with X's support, brokered a truce"
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"on", "upon", "from"}:
            owner = head.head
            if owner.lemma_.lower() in {"reliance", "dependence", "dependency"}:
                poss = next((c for c in owner.children if c.dep_ == "poss"), None)
                return poss
            if owner.lemma_.lower() in trigger.receivers:
                return semantic_subject(owner)
        return None

    def _named(self, tok: Token) -> list[str]:
        out: list[str] = []
        for t in tok.subtree:
            if t.lemma_ == "name":
                for c in t.children:
                    if c.dep_ in {"appos", "attr", "oprd"}:
                        out += self.actors(c)
                if t.head.i in self.parsed.actors and t.dep_ == "compound":
                    out += self.parsed.actors[t.head.i]
        named = any(c.dep_ == "dobj" and c.lemma_ == "name" for c in tok.children)
        for c in tok.children:  # "took the name Y" parsed with two objects: the second is the name
            if (c.dep_ in {"npadvmod", "oprd", "appos"} or (named and c.dep_ == "dobj")) and c.i in self.parsed.actors:
                out += self.parsed.actors[c.i]
        return out

    def endpoint_modifiers(self, actor_tokens: set[int], trigger: int | None = None) -> set[int]:
        """Tokens inside the relative clauses, participles and appositions of actor tokens, but for the one
        that holds the ``trigger``: that one is the relation's own clause ("X, which has backed Y since 2014,
        ...": since 2014; "X, a backer of Y since 2015, ...")."""
        out: set[int] = set()
        for i in actor_tokens:
            for child in self.doc[i].children:
                if child.dep_ in {"relcl", "acl", "appos"}:
                    tokens = {t.i for t in child.subtree}
                    if trigger not in tokens:
                        out |= tokens
        return out

    # ---- findings -----------------------------------------------------------------------------
    def findings(self) -> Iterator[Finding]:
        truces: list[Finding] = []  # the sentence's truces so far, for "but the truce collapsed"
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if tok.i in self.parsed.actors:
                continue
            kinds = []
            if tok.pos_ in {"VERB", "AUX"}:
                kinds.append("verb")
            if tok.pos_ in {"NOUN", "PROPN"} or tok.tag_.startswith("NN"):
                kinds.append("noun")
            if tok.dep_ in {"amod", "compound", "acl", "acomp", "npadvmod"} or tok.pos_ == "ADJ":
                kinds.append("modifier")
            if tok.pos_ == "ADV":
                kinds.append("adverb")
            for kind in kinds:
                for trigger in self.lex.lookup(lemma, kind):
                    finding = self._read(trigger, tok, lemma)
                    if finding is None:
                        finding = self._broken_before(trigger, tok, lemma, truces)
                    elif trigger.type is RelationType.CEASEFIRE_WITH and not finding.ended:
                        truces.append(finding)
                    if finding is not None:
                        yield finding

    def _broken_before(self, trigger: Trigger, tok: Token, lemma: str, truces: list[Finding]) -> Finding | None:
        """"X and Y agreed a truce in May, but the truce collapsed in June": the truce told before in the sentence
        ended, on the breaking clause's date (a truce noun with a definite determiner and no parties of its own).
        One sentence holds one claim per pair, so the caller closes the earlier claim with it."""
        if not (truces and trigger.type is RelationType.CEASEFIRE_WITH and tok.pos_ == "NOUN"
                and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}
                and tok.head.lemma_.lower() in self.words["breaking_verbs"]
                and any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "their", "its"}
                        for c in tok.children)):
            return None
        negated, hedged = manner(tok.head, tok.head, self.words)
        if negated:
            return None
        before = truces[-1]
        actor_tokens = {i for i in self.parsed.actors}
        return Finding(trigger=trigger, lemma=lemma, token=tok.i, clause=tok.head.i, pairs=before.pairs,
                       hedged=hedged or before.hedged, ended=True, present=False,
                       endpoint_tokens=self.endpoint_modifiers(actor_tokens, tok.i), closes=True)

    def _below(self, tok: Token) -> frozenset[str]:
        """The lemmas and words of ``tok``'s subtree but ``tok`` itself and a coordinated clause with a subject of
        its own ("X sent mercenaries to Libya and Y armed Z": "armed" is no word of the sending), worked out once
        per token (the parse is not changed while it is read; several triggers of one word look at them)."""
        below: dict[int, frozenset[str]] = self.__dict__.setdefault("_below_words", {})
        words = below.get(tok.i)
        if words is None:
            skip = {t.i for c in tok.children if own_conjunct(c) for t in c.subtree}
            words = below[tok.i] = frozenset(w for t in tok.subtree if t.i != tok.i and t.i not in skip
                                             for w in (t.lemma_.lower(), t.lower_))
        return words

    def _read(self, trigger: Trigger, tok: Token, lemma: str) -> Finding | None:
        if trigger.needs and self._below(tok).isdisjoint(trigger.needs):
            return None
        if trigger.governors and not ((gov := clause_governor(tok)) is not None
                                      and gov.lemma_.lower() in trigger.governors):
            return None
        if trigger.type.value == "AFFILIATE_OF" and tok.lower_ == "arms":
            return None
        if trigger.type.value == "AFFILIATE_OF" and trigger.pos == "noun" and any(
                c.dep_ == "amod" and c.lower_ in _RIVAL for c in tok.children):
            return None  # "X, Y's rival faction": no branch of Y
        if trigger.bare and any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and not self._aside(c)) or (
                c.dep_ == "prep" and c.lower_ == "in" and any(
                p.dep_ == "pcomp" or p.lemma_.lower() in self.words["undertakings"] for p in c.children))
                for c in tok.children):
            return None  # "X joined Y in attacking Z", "X joined Y to fight Z": joint action
        pairs: list[tuple[str, str]] = []
        if trigger.pairwise:
            for role in trigger.group:
                members = self.role(trigger, tok, role)
                if len(set(members)) >= 2:
                    pairs = list(permutations(dict.fromkeys(members), 2))
                    break
        if not pairs and trigger.source and trigger.target:
            sources = next((s for r in trigger.source if (s := self.role(trigger, tok, r))), [])
            self.places, self.undertakings = trigger.places, trigger.undertakings
            self.seizing = lemma in self.words["seizing_verbs"]
            try:
                found = (self.role(trigger, tok, r) for r in trigger.target) if sources else iter(())
                targets = list(dict.fromkeys(a for t in found for a in t)) if trigger.every_target else \
                    next((t for t in found if t), [])
            finally:
                self.places = self.undertakings = self.seizing = False
            pairs = [(a, b) for a in sources for b in targets if a != b]
            if trigger.mutual:
                pairs += [(b, a) for a, b in pairs]
        if trigger.type.symmetric:  # one pair per two parties, whichever role named which
            pairs = [(min(a, b), max(a, b)) for a, b in pairs]
        if not pairs:
            return None
        clause = tok if tok.pos_ in {"VERB", "AUX"} else self.clause_of(tok)
        if trigger.governors and tok.dep_ == "amod" and (gov := clause_governor(tok)) is not None:
            clause = gov  # "X merged with Y in 2017, forming Z": the merger's clause and its date
        negated, hedged = manner(tok, clause, self.words)
        if negated:
            return None
        broken = trigger.type is RelationType.CEASEFIRE_WITH and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and \
            tok.head.lemma_.lower() in self.words["breaking_verbs"]  # "X broke the truce", "the truce collapsed"
        if not broken and tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "nsubjpass"} and (
                tok.head.lemma_.lower() in self.words["undoing_verbs"] or any(
                    c.dep_ == "prt" and f"{tok.head.lemma_.lower()}_{c.lower_}" in self.words["undoing_verbs"]
                    for c in tok.head.children)):
            return None  # "X lost the support of Y", "X called off its truce with Y"
        if tok.pos_ == "VERB" and tok.dep_ in {"xcomp", "dobj", "ccomp"} and \
                tok.head.lemma_.lower() in self.words["undoing_verbs"]:
            return None  # "X and Y agreed to stop fighting", "X stopped arming Y"
        if self._failed(tok):
            return None  # "X failed to attack Y", "talks failed to produce a truce between X and Y"
        ended = broken or trigger.ended or any(c.lower_ in {"former", "ex", "one-time", "onetime"} or
                                     (c.dep_ == "advmod" and c.lower_ in {"formerly", "once", "previously"})
                                     for c in tok.children)
        actor_tokens = {i for i in self.parsed.actors}
        return Finding(trigger=trigger, lemma=lemma, token=tok.i, clause=clause.i, pairs=list(dict.fromkeys(pairs)),
                       hedged=hedged or trigger.hedged, ended=ended, present=present(tok, clause),
                       endpoint_tokens=self.endpoint_modifiers(actor_tokens, tok.i))

    def _failed(self, tok: Token) -> bool:
        """Whether ``tok`` is told as not done: the complement of a failing verb ("X failed to attack Y") or that
        complement's object ("failed to produce a truce"), not what a countering complement met ("X failed to repel
        Y's assault": the assault happened)."""
        verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head if tok.dep_ in {"dobj", "nsubjpass"} else None
        if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in self.words["failing_verbs"]:
            return False
        return verb.i == tok.i or verb.lemma_.lower() not in self.words["countering_verbs"]


def read_relations(parsed: Parsed, lexicon: Lexicon) -> list[Finding]:
    """Every relation the lexicon's triggers give in one parsed sentence."""
    return list(Reader(parsed, lexicon).findings())
