"""The trigger lexicon of the parse-based extractor, read from ``data/triggers.yaml``.

Each :class:`Trigger` is a set of lemmas with the relation type they give and the syntactic roles
that carry the relation's source and target; the file's header documents the roles. The lexicon is
data: adding a verb or a noun is an edit of the YAML file, not of code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from actorgraph.errors import InputError
from actorgraph.graph.model import RelationType

POS = frozenset({"verb", "noun", "modifier", "adverb"})
DATE_ROLES = frozenset({"start", "end", "event", "observed", "none"})
ROLES = frozenset({"subject", "object", "possessor", "modifier", "head", "holder", "light_subject", "receiver",
                   "attr", "agent", "dative", "governor_subject", "name", "name_possessor", "plural_subject", "effort",
                   "modified", "modified_head", "maker", "helped", "destination", "namer",
                   "forces_destination", "sided_destination",
                   "relative_object", "adjunct_subject"})
ROLE_PREFIXES = ("prep:", "governor_prep:")


@dataclass(frozen=True)
class Trigger:
    """Lemmas read as one relation, and the roles of its two ends."""

    lemmas: frozenset[str]
    pos: str
    type: RelationType
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    group: tuple[str, ...] = ()
    pairwise: bool = False
    mutual: bool = False
    ended: bool = False
    hedged: bool = False
    confidence: float = 0.75
    date: str = "observed"
    needs: frozenset[str] = frozenset()
    governors: frozenset[str] = frozenset()
    through: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    receivers: frozenset[str] = frozenset()
    places: bool = False  # a place named by its holder stands for it ("a village held by X")
    comitative: bool = False  # "X, together with Z, attacked Y": Z is a source too
    undertakings: bool = False  # an undertaking in the target stands for its owner ("backed Y's offensive")
    every_target: bool = False  # every target role counts, not only the first that names someone
    direct: bool = False  # the subject is named itself, not through a word that stands for it ("X fighters")
    bare: bool = False  # a verb with a purpose or "in" complement is joint action ("X joined Y in attacking Z")
    named_target: bool = False  # the target is named itself: "X left Y", not "X left Y positions"
    target_kinds: frozenset[str] = frozenset()  # only actors of these kinds are targets ("Z was formed by X and Y")


@dataclass(frozen=True)
class Lexicon:
    """Every trigger, indexed by (lemma, pos), and the clause words of negation, hedging and dates."""

    triggers: tuple[Trigger, ...]
    transparent: frozenset[str]
    member_nouns: frozenset[str]
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    by_lemma: dict[tuple[str, str], tuple[Trigger, ...]] = field(default_factory=dict)

    def lookup(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        """The triggers of ``lemma`` read as ``pos`` (``verb``, ``noun``, ``modifier`` or ``adverb``)."""
        return self.by_lemma.get((lemma, pos), ())

    def stems(self) -> frozenset[str]:
        """Every trigger lemma: a sentence holding none of them is not parsed."""
        return frozenset(lemma for t in self.triggers for lemma in t.lemmas)


def _role_list(value: Any, where: str) -> tuple[str, ...]:
    roles = tuple(value or ())
    for role in roles:
        if role not in ROLES and not role.startswith(ROLE_PREFIXES):
            raise InputError(f"{where}: unknown role {role!r}")
    return roles


def _trigger(raw: dict[str, Any], where: str) -> Trigger:
    try:
        pos = raw["pos"]
        type_ = RelationType(raw["type"])
        lemmas = frozenset(str(x).lower() for x in raw["lemmas"])
    except (KeyError, ValueError, TypeError) as exc:
        raise InputError(f"{where}: needs lemmas, pos and a relation type ({exc})") from None
    if pos not in POS:
        raise InputError(f"{where}: pos {pos!r} is not one of {sorted(POS)}")
    date = raw.get("date", "observed")
    if date not in DATE_ROLES:
        raise InputError(f"{where}: date {date!r} is not one of {sorted(DATE_ROLES)}")
    trigger = Trigger(
        lemmas=lemmas, pos=pos, type=type_,
        source=_role_list(raw.get("source"), where), target=_role_list(raw.get("target"), where),
        group=_role_list(raw.get("group"), where),
        pairwise=bool(raw.get("pairwise", False)), mutual=bool(raw.get("mutual", False)),
        ended=bool(raw.get("ended", False)), hedged=bool(raw.get("hedged", False)),
        confidence=float(raw.get("confidence", 0.75)), date=date,
        needs=frozenset(raw.get("needs") or ()), governors=frozenset(raw.get("governors") or ()),
        through=frozenset(raw.get("through") or ()), light_verbs=frozenset(raw.get("light_verbs") or ()),
        receivers=frozenset(raw.get("receivers") or ()),
        places=bool(raw.get("places", False)), comitative=bool(raw.get("comitative", False)),
        undertakings=bool(raw.get("undertakings", False)), every_target=bool(raw.get("every_target", False)),
        direct=bool(raw.get("direct", False)), bare=bool(raw.get("bare", False)),
        named_target=bool(raw.get("named_target", False)),
        target_kinds=frozenset(raw.get("target_kinds") or ()),
    )
    if not trigger.pairwise and not (trigger.source and trigger.target):
        raise InputError(f"{where}: a trigger needs source and target roles (or pairwise: true with a group)")
    return trigger


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read the trigger lexicon (the shipped ``data/triggers.yaml`` unless ``path`` is given)."""
    path = path or Path(str(files("actorgraph.data") / "triggers.yaml"))
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the trigger lexicon: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("triggers"), list):
        raise InputError(f"{path}: expected a mapping with a 'triggers' list")
    triggers = tuple(_trigger(t, f"{path}: triggers[{i}]") for i, t in enumerate(raw["triggers"]))
    by_lemma: dict[tuple[str, str], list[Trigger]] = {}
    for trigger in triggers:
        for lemma in trigger.lemmas:
            by_lemma.setdefault((lemma, trigger.pos), []).append(trigger)
    word_lists = ("negation", "denial_verbs", "hedge_adverbs", "hedge_auxiliaries", "hedge_verbs", "hedge_marks",
                  "start_verbs", "end_verbs", "founding_verbs", "founding_participles", "forms", "quantity_nouns",
                  "reporting_nouns",
                  "speech_verbs", "undoing_verbs", "places", "holding_verbs", "comitative_preps", "cooperation_verbs",
                  "giving_verbs", "leading_verbs", "undertakings", "kinds_of_actor",
                  "taking_part", "answering", "naming_verbs", "occurring_verbs", "sending_verbs", "sent_forces",
                  "counted_forces",
                  "forming", "admitting_verbs", "seizing_verbs", "breaking_verbs", "adjunct_verbs", "adjunct_preps",
                  "span_nouns", "materiel", "mediating_verbs", "lapsed", "failing_verbs", "countering_verbs")
    return Lexicon(
        triggers=triggers,
        transparent=frozenset(raw.get("transparent") or ()),
        member_nouns=frozenset(raw.get("member_nouns") or ()),
        words={name: frozenset(str(w).lower() for w in raw.get(name) or ()) for name in word_lists},
        by_lemma={k: tuple(v) for k, v in by_lemma.items()},
    )


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    return load_lexicon()
