"""Organisations the gazetteer does not list, recognised from the words of their names.

Three shapes, their word lists in ``data/mention_words.yaml``:

- a capitalised span ending in an organisational head ("the Arakan Army", "the National Unity
  Government", "the Democratic Forces for the Liberation of Rwanda", with an "of"/"for" tail), or
  starting with a Spanish or French one ("el Clan del Golfo", "le Mouvement pour ...");
- a capitalised span followed by a lower-case marker ("the Viv Ansanm gang", "the G9 federation",
  "the Sinaloa cartel");
- "NGO X", "the group X".

Spans stop at punctuation and split at "and" after a head ("the Arakan Army and the Ta'ang
National Liberation Army" are two names) but keep one name whole ("State Administration Council",
"Authenticity and Development Front"). A span that begins with a state's name ("Myanmar National
Democratic Alliance Army") replaces that state's mention; a state's own forces ("Kenyan Defence
Forces") stay the state's. The last head decides the kind (:func:`guess_kind`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from actorgraph.graph.model import ActorKind
from actorgraph.loaders.articles.mention_index import (
    PARTICLES,
    STATE_KINDS,
    TOKEN,
    Tok,
    fold_token,
    mention_words,
    name_key,
)

if TYPE_CHECKING:
    from actorgraph.loaders.articles.mentions import Finder, Mention

_WORDS = mention_words()
HEADS: dict[str, str] = dict(_WORDS.get("heads") or {})
HEADS_FIRST: dict[str, str] = dict(_WORDS.get("head_first") or {})
CONNECTORS = frozenset(_WORDS.get("connectors") or ())
MARKERS: dict[str, dict[str, object]] = dict(_WORDS.get("markers") or {})
GENERIC = frozenset(_WORDS.get("generic") or ())
STOP = frozenset(_WORDS.get("stop") or ())
MEMBERS_OF = frozenset(_WORDS.get("members_of") or ())
STATE_UNITS = frozenset(_WORDS.get("state_units") or ())
OF_COMPLEMENTS = frozenset(_WORDS.get("of_complements") or ())
_SETS = {k: frozenset(_WORDS.get(k) or ()) for k in ("government_words", "armed_words", "igo_words", "ngo_words")}
_HYPHEN_LINKS = frozenset({"in", "en"})  # "-in-Opposition", "-in-Exile"
_OF_TAIL = frozenset({"of", "for", "de", "del", "du", "des", "pour"})
_ARTICLES = frozenset(_WORDS.get("definite_articles") or ())
# "(HTS)", "[ENDF]", "(IS-GS)", "(... o ELN)": an acronym in brackets after a name
ACRONYM_DEF = re.compile(
    r"[(\[]\s*(?:[^()\[\]]{0,60}?\bo\s+)?((?:[A-Z][A-Za-z]{1,6}|[A-Z]{2,7})(?:-[A-Z][A-Za-z]{0,4})?)\s*"
    r"(?:,[^()\[\]]{0,30})?[)\]]"
)
_IN_NAME = re.compile(
    r"((?:[A-Z][\w'’\-]*)(?:\s+(?:[A-Z][\w'’\-]*|of|for|the|and|al|wa|ul|de|del|la))*)"
    r"\s+in\s+(?:the\s+)?([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})$"
)
_NAMED_ORG = re.compile(
    r"\b(?:NGO|[Gg]roup|[Oo]rgani[sz]ation|[Mm]ilitia|[Mm]ovement|ONG)\s+((?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+){0,4})"
)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "the 3rd Separate Assault Brigade"


def _namelike(tok: Tok) -> bool:
    raw = tok.raw
    if raw.isalpha():  # the common case: a word of letters only is namelike by its capital (no digit, no ordinal)
        return raw[:1].isupper()
    return raw[:1].isupper() or (any(c.isdigit() for c in raw) and any(c.isupper() for c in raw)) \
        or _ORDINAL.fullmatch(raw) is not None


def _chunks(text: str, toks: list[Tok], ends: set[int]) -> list[tuple[int, int, int | None]]:
    """Runs of capitalised tokens (with connectors and possessives between them), as token ranges
    with the index of the marker word that follows them (``None`` when no marker does).

    ``ends`` are the end offsets of the mentions found so far (a name ends there before "and").
    A run before a plural marker, or coordinating code names, is several names sharing the marker:
    "the Baz Pilate and Kraze Barye gangs", "the K7 and Zo-Pep federations".
    """
    out: list[tuple[int, int, int | None]] = []
    i, n = 0, len(toks)
    while i < n:
        if _joined_particle(text, toks, i):
            j = i + 2  # "the al-Baraa bin Malik Battalion": a name may open with a joined Arabic article
        elif not _namelike(toks[i]) or (i and text[toks[i - 1].end:toks[i].start] == "-" and toks[i - 1].raw.islower()):
            i += 1  # "Port-au-Prince" is no name's start
            continue
        else:
            j = i + 1
        while j < n:
            gap = text[toks[j - 1].end:toks[j].start]
            tok = toks[j]
            if gap in {" ", "-"} and _namelike(tok):
                j += 1
                continue
            if gap in {" ", "-"} and tok.fold in PARTICLES and tok.raw.islower() and j + 1 < n and \
                    text[tok.end:toks[j + 1].start] == "-" and _namelike(toks[j + 1]):
                j += 2  # "Ansar al-Wadi": an Arabic article joined to the next word is inside the name
                continue
            if gap == "-" and tok.fold in _HYPHEN_LINKS and tok.raw.islower() and j + 1 < n and \
                    text[tok.end:toks[j + 1].start] == "-" and _namelike(toks[j + 1]):
                j += 2  # "the X Movement-in-Opposition": a hyphenated suffix is inside the name
                continue
            if gap == " " and _unit_number(tok) and toks[j - 1].fold in HEADS and toks[j - 1].raw[:1].isupper():
                j += 1  # "Brigade 313": a number after a head is its name
                break
            possessive = tok.fold == "s" and gap in {"'", "’"}
            if (gap == " " and tok.fold in CONNECTORS and tok.raw.islower() and tok.fold not in _ARTICLES) \
                    or possessive:
                k = j + 1  # a run of connectors must reach a capitalised word
                while k < n and text[toks[k - 1].end:toks[k].start] == " " and toks[k].fold in CONNECTORS \
                        and toks[k].raw.islower():
                    k += 1
                if k < n and text[toks[k - 1].end:toks[k].start] == " " and _namelike(toks[k]):
                    j = k
                    continue
            if gap == " " and tok.fold in _ROMANCE_TAIL and tok.raw.islower() and \
                    any(t.raw[:1].isupper() and (t.fold in HEADS or t.fold in HEADS_FIRST) for t in toks[i:j]):
                closed = _sentence_case_end(text, toks, j)
                if closed is not None:
                    j = closed
                    continue
            break
        marker = j if j < n and text[toks[j - 1].end:toks[j].start] == " " and toks[j].fold in MARKERS else None
        if marker is None and j + 1 < n and text[toks[j - 1].end:toks[j].start] == " (" and toks[j].raw.isupper() \
                and text[toks[j].end:toks[j + 1].start] == ") " and toks[j + 1].fold in MARKERS:
            marker = j + 1  # "the Cooperative for the Development of Congo (CODECO) militia"
        if marker is not None and _coordinated(toks, i, j, marker):
            out.extend((a, b, marker) for a, b in _split_at(toks, i, j, lambda k: True))
        else:  # only the last part stands before the marker: "attacked Bocaranga and the G9 federation"
            out.extend((a, b, marker if b == j else None) for a, b in _split_and(toks, i, j, ends))
        i = j
    return out


_ROMANCE_TAIL = frozenset({"de", "du", "des", "del", "pour", "para"})
_ROMANCE_LINKS = _ROMANCE_TAIL | {"la", "le", "les", "los", "las", "l", "d", "et", "y"}


def _sentence_case_end(text: str, toks: list[Tok], j: int) -> int | None:
    """The end of a French or Spanish name written in sentence case after its head ("Front de libération
    du Macina", "Frente de liberación del Catatumbo"): up to four lower-case words from ``j``, then a
    capitalised one right after a linking word ("du", "de l'"); None when no capital closes it so."""
    for k in range(j + 1, min(j + 6, len(toks))):
        gap = text[toks[k - 1].end:toks[k].start]
        if gap not in {" ", ""} or (gap == "" and toks[k - 1].fold not in {"l", "d"}):
            return None
        if _namelike(toks[k]):
            return k + 1 if toks[k - 1].fold in _ROMANCE_LINKS and toks[k - 1].raw.islower() else None
        if not toks[k].raw.isalpha() or not toks[k].raw.islower():
            return None
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def _unit_number(tok: Tok) -> bool:
    """A unit's number ("313" of "Brigade 313"): up to four digits, no year."""
    return tok.raw.isdigit() and len(tok.raw) <= 4 and not _YEAR.fullmatch(tok.raw)


def _joined_particle(text: str, toks: list[Tok], i: int) -> bool:
    """Whether token ``i`` is a lower-case Arabic article joined by a hyphen to a capitalised word ("al-Baraa",
    "ash-Sham"), not itself joined to the word before it ("Jaysh al-Fatah" is read from "Jaysh")."""
    tok = toks[i]
    return tok.fold in PARTICLES and tok.raw.islower() and i + 1 < len(toks) and \
        text[tok.end:toks[i + 1].start] == "-" and _namelike(toks[i + 1]) and \
        not (i and text[toks[i - 1].end:tok.start] == "-")


_PLURAL_MARKERS = frozenset(f for f in MARKERS if f.endswith("s") and f[:-1] in MARKERS)


def _code_name(tok: Tok) -> bool:
    """A code name such as "G9", "5SM", "G-Pep" (digits or inner capitals)."""
    raw = tok.raw
    return any(c.isdigit() for c in raw) or any(c.isupper() for c in raw[1:])


def _coordinated(toks: list[Tok], i: int, j: int, marker: int) -> bool:
    """Whether a run before a marker coordinates several names: a plural marker, or a code name by "and"."""
    ands = [k for k in range(i + 1, j - 1) if toks[k].fold in {"and", "or", "et", "y"} and toks[k].raw.islower()]
    if not ands:
        return False
    last = marker
    while last + 1 < len(toks) and toks[last + 1].fold in MARKERS:
        last += 1  # "gang federations"
    return toks[last].fold in _PLURAL_MARKERS or any(_code_name(toks[k - 1]) or _code_name(toks[k + 1])
                                                     for k in ands)


def _split_and(toks: list[Tok], i: int, j: int, ends: set[int]) -> list[tuple[int, int]]:
    """Split a run at "and" when what precedes it is already a name ("X Army and (the) Y Front", "FARDC and Y")."""
    return _split_at(toks, i, j, lambda k: toks[k - 1].fold in HEADS or toks[k + 1].fold in _ARTICLES or
                     toks[k - 1].end in ends)


def _split_at(toks: list[Tok], i: int, j: int, where: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The parts of run ``i..j`` between the lower-case "and"s (or "or"s) at which ``where`` holds."""
    parts, start = [], i
    for k in range(i + 1, j - 1):
        if toks[k].fold in {"and", "or", "et", "y"} and toks[k].raw.islower() and where(k):
            parts.append((start, k))
            start = k + 1
    parts.append((start, j))
    return parts


def guess_kind(name: str, head: str | None = None) -> ActorKind:
    """A kind for an unknown organisation, from its head word (default: its last head) and other words."""
    words = {fold_token(t) for t in TOKEN.findall(name)}
    if head is None:
        folds = [fold_token(t) for t in TOKEN.findall(name)]
        head = next((f for f in reversed(folds) if f in HEADS), None) or \
            next((f for f in folds if f in HEADS_FIRST), None)
    kind = HEADS.get(head or "") or HEADS_FIRST.get(head or "") or "other"
    if words & _SETS["ngo_words"] and kind in {"other", "ngo", "organisation", "council"}:
        return ActorKind.NGO
    if kind == "council":
        if words & _SETS["government_words"]:
            return ActorKind.GOVERNMENT
        return ActorKind.ARMED_GROUP if words & _SETS["armed_words"] else ActorKind.OTHER
    if kind in {"organisation", "union"}:
        if words & _SETS["armed_words"] or (kind == "union" and "national" in words):
            return ActorKind.ARMED_GROUP
        return ActorKind.IGO if kind == "union" and words & _SETS["igo_words"] else ActorKind.OTHER
    if kind == "mission":
        return ActorKind.IGO if words & _SETS["igo_words"] else ActorKind.OTHER
    if kind == "other" and words & _SETS["armed_words"]:
        return ActorKind.ARMED_GROUP
    if kind == "other" and words & _SETS["igo_words"] and "community" in words | {head}:
        return ActorKind.IGO  # "Southern African Development Community"
    return ActorKind(kind) if kind in {k.value for k in ActorKind} else ActorKind.OTHER


def acronym_fits(acronym: str, name: str) -> bool:
    """Whether ``acronym`` reads as the initials of ``name``: its first letter, and all letters but one in order."""
    return _initials_spelt(acronym, name) > 0


def _initials_spelt(acronym: str, name: str) -> int:
    """How many of ``acronym``'s letters ``name``'s initials spell in order, when the acronym fits (else 0)."""
    initials = [w[0] for w in TOKEN.findall(name) if w[:1].isupper() and fold_token(w) not in _ARTICLES]
    letters = [c for c in acronym.upper() if c.isalpha()]
    if not initials or not letters or initials[0] != letters[0]:
        return 0
    row = [0] * (len(initials) + 1)  # longest common subsequence of letters and initials
    for c in letters:
        prev = row[:]
        for j, d in enumerate(initials, 1):
            row[j] = prev[j - 1] + 1 if c == d else max(prev[j], row[j - 1])
    common = row[-1]
    return common if common >= 2 and common >= len(letters) - 1 and common >= len(initials) - 2 else 0


def _defined_in_names(finder: Finder) -> None:
    """"The Movement for Unity and Jihad in West Africa (MUJAO)": a name with a place after "in" is one
    name when an acronym in brackets follows it and spells the whole, not the place alone.

    It replaces whatever was found inside it (the gazetteer's shorter "Islamic Front", a state).
    """
    text = finder.text
    for m in ACRONYM_DEF.finditer(text):
        before = text[:m.start()].rstrip()
        offset = max(0, len(before) - 160)
        found = _IN_NAME.search(before, offset)
        if found is None:
            continue
        start, end = found.start(1), len(before)
        while (word := re.match(r"(\S+)\s+", text[start:end])) and fold_token(word.group(1)) in STOP | _ARTICLES:
            start += word.end()
        name = " ".join(text[start:end].split())
        heads = [f for f in (fold_token(t) for t in TOKEN.findall(found.group(1))) if f in HEADS]
        acronym = m.group(1)
        if not heads and _branch_in_place(finder, found, acronym, end):
            continue
        whole = _initials_spelt(acronym, name)  # "... Democracy in Kourouba (UPDK)": the place's K is spelt too
        if not heads or not whole or acronym_fits(acronym, found.group(2)) or \
                _initials_spelt(acronym, found.group(1)) >= whole:
            continue
        overlapping = finder.overlapping(start, end)
        if any(x.start < start or x.end > end for x in overlapping):
            continue
        for x in overlapping:
            finder.mentions.remove(x)
        actor = finder.resolver.resolve(name) or finder.create(name, guess_kind(name))
        finder.add(start, end, name, actor.id, "organisation")


def _branch_in_place(finder: Finder, found: re.Match[str], acronym: str, end: int) -> bool:
    """"an al Qaida in the Maghreb (AQIM) affiliate": a group's name, "in" and a place, then the acronym
    of the gazetteer's branch whose name holds the group's (al-Qaeda in the Islamic Maghreb; "the Taliban in
    Pakistan (TTP)": Tehrik-i-Taliban Pakistan, which holds the place), is that branch, not the group.
    Whether it was read so."""
    form = finder.index.forms.get(name_key(acronym)[0])
    branch = finder.actor(form.actor) if form and form.exact in (None, (acronym,)) else None
    inside = [x for x in finder.mentions if x.start < found.end(1) and found.start(1) - 4 < x.end]
    if branch is None or len(inside) != 1 or inside[0].end > found.end(1) or inside[0].actor == branch.id:
        return False
    group = finder.actor(inside[0].actor)
    if group is None or group.kind in STATE_KINDS or branch.kind in STATE_KINDS:
        return False
    words = set(name_key(branch.name)[0])
    place = set(name_key(found.group(2))[0])
    # the branch is named "<group> in <place>" (al-Qaeda in the Islamic Maghreb), or holds the place's words too
    # ("the Taliban in Pakistan (TTP)": Tehrik-i-Taliban Pakistan)
    if not ("in" in words or (place and place < words)) or not set(name_key(group.name)[0]) < words:
        return False
    finder.mentions.remove(inside[0])
    finder.add(inside[0].start, end, finder.text[inside[0].start:end], branch.id, "organisation")
    return True


_INDEFINITE = frozenset(_WORDS.get("indefinite_articles") or ())

def find_organisations(finder: Finder) -> None:
    """Add a mention for every organisation name the gazetteer pass left unclaimed."""
    text, toks = finder.text, finder.toks
    _defined_in_names(finder)
    for i, j, marker in _chunks(text, toks, {m.end for m in finder.mentions}):
        found = _name(finder, i, j, marker)
        if found:
            start, end, kind, headed, span = found
            owner = _state_owner(finder, start)
            if owner is not None and fold_token(text[start:end].split()[-1]) in STATE_UNITS:
                finder.add(start, end, text[start:end], owner.actor, "alias")  # "the junta's Western Command"
                continue
            _add(finder, start, end, kind, headed, span)
    for m in _NAMED_ORG.finditer(text):
        start, end = m.start(1), m.end(1)
        if not finder.taken(start, end) and len(m.group(1)) >= 5:
            _add(finder, start, end, guess_kind(m.group(0)), False)


def _name(finder: Finder, i: int, j: int, nxt: int | None) -> tuple[int, int, ActorKind, bool, int] | None:
    """The organisation name in token range ``i..j``: start and end offsets, kind, whether a head names it,
    and the end of its mention (after the marker words that follow the name).

    ``nxt`` is the marker word after the run (the name's own, or one its coordinated names share)."""
    toks, text = finder.toks, finder.text
    while i < j and (toks[i].fold in _ARTICLES or (toks[i].fold in STOP and i + 1 < j)):
        i += 1
    # "Fighters of the Arakan Army", "Members of the X Front": the people are not in the name
    while j - i > 2 and toks[i].fold in MEMBERS_OF and toks[i + 1].fold in _OF_TAIL:
        i += 2
        while i < j and toks[i].fold in _ARTICLES:
            i += 1
    for k in range(i, j - 1):  # "Colombia's National Liberation Army": the possessor is not in the name
        if toks[k + 1].fold == "s" and text[toks[k].end:toks[k + 1].start] in {"'", "’"} and \
                _state_at(finder, toks[i].start, toks[k].end):
            i = k + 2
    for k in range(i + 1, j - 2):  # "the Kourouba Army's 5th Brigade": a group's own unit names the group
        if toks[k].fold in HEADS and toks[k].raw[:1].isupper() and toks[k + 1].fold == "s" and \
                text[toks[k].end:toks[k + 1].start] in {"'", "’"} and toks[j - 1].fold in STATE_UNITS:
            j, nxt = k + 1, None
            break
    while j > i and toks[j - 1].fold in CONNECTORS and toks[j - 1].raw.islower():
        j -= 1
    if j <= i:
        return None
    folds = [t.fold for t in toks[i:j]]
    last = max((k for k, f in enumerate(folds) if f in HEADS and toks[i + k].raw[:1].isupper()), default=-1)
    kind: ActorKind | None = None
    marker = None
    if folds[0] in HEADS_FIRST and len(folds) > 1 and toks[i].raw[:1].isupper():
        end = j
        of = next((k for k in range(i + 1, j - 1) if toks[k].fold in _OF_TAIL), None)
        place = toks[of + 1 if toks[of + 1].fold not in _ARTICLES else of + 2].start if of is not None else -1
        if of is not None and all(f in GENERIC for f in folds[1:of - i]) and _state_at(finder, place, toks[j - 1].end):
            state = next(m for m in finder.mentions if (m.start, m.end) == (place, toks[j - 1].end))
            finder.mentions.remove(state)  # "el Ejército de Colombia", "las Fuerzas Militares de Colombia": the state
            finder.add(toks[i].start, state.end, text[toks[i].start:state.end], state.actor, "alias")
            return None
        kind = guess_kind(text[toks[i].start:toks[j - 1].end], folds[0])
    elif last > 0 or (last == 0 and j - i > 2 and folds[1] in _OF_TAIL) or \
            (last == j - i - 2 and _unit_number(toks[j - 1])):  # "Alliance of Patriots for ...", "Brigade 313"
        if last == 0:
            k = i + 2
            while k < j and toks[k].fold in _ARTICLES:
                k += 1
            if _state_at(finder, toks[k].start, toks[j - 1].end):
                return None  # "the Army of Kenya" is Kenya's, no new actor
        end = i + last + 1
        if end == j - 1 and _unit_number(toks[end]):
            end = j  # "Brigade 313"
        while end < j and text[toks[end - 1].end:toks[end].start] == "-":
            end += 1  # "Movement-North", "Front-in-Exile", "Army-IO": a suffix joined to the head is the name's
        if end < j and folds[end - i] in _OF_TAIL and not _possessed_after(finder, j):
            end = j  # not "the Central Committee of the North's ruling party": that "of" is the party's
        name_folds = folds[:end - i]
        if len(name_folds) <= 2 and all(f in GENERIC or f in HEADS for f in name_folds):
            if end != j or (tail := _of_complement(finder, j)) is None:
                return None
            end = tail  # "the Joint Force of armed movements": the complement says whose
        if _state_forces(finder, i, end):
            if toks[i].fold in finder.index.demonyms and not finder.taken(toks[i].start, toks[end - 1].end):
                finder.demonym_phrase(i, end, toks[i].fold, folds[last])  # "the Kenyan Defence Forces": Kenya
            return None
        kind = guess_kind(text[toks[i].start:toks[end - 1].end], folds[last])
    else:
        marker = MARKERS.get(toks[nxt].fold) if nxt is not None else None
        if not marker or all(f in STOP or f in GENERIC or _ORDINAL.fullmatch(f) for f in folds):
            return None  # "the rival group", "the 2nd group"
        end = j + 1 if marker.get("keep") and nxt == j else j
        kind = ActorKind(str(marker["kind"]))
        if j - i == 1 and toks[i].fold in finder.index.demonyms:
            return None  # "the Russian group" is no name
        if j - i == 1 and i > 0 and toks[i - 1].fold in _INDEFINITE:
            return None  # "a Hutu militia", "an Ijaw gang": a description, not a name

    span = end
    if marker is not None and nxt == j:  # "the Gran Grif gang": the mention takes the marker, the name does not
        span = j + 1
        while span < len(toks) and toks[span].fold in MARKERS and text[toks[span - 1].end:toks[span].start] == " ":
            span += 1  # "gang federations"
    # a name its acronym attests ("... of Congo (CODECO) militia") is a name as a head's is: a state inside gives way
    attested = marker is not None and nxt == j + 1 and text[toks[j - 1].end:toks[j].start] == " ("
    return toks[i].start, toks[end - 1].end, kind, marker is None or attested, toks[span - 1].end


def _of_complement(finder: Finder, j: int) -> int | None:
    """The end (a token index) of "of" and up to three lower-case words ending in one of ``of_complements``
    right after token ``j - 1`` ("[Joint Force] of armed movements"), or None."""
    toks, text = finder.toks, finder.text
    if j + 1 >= len(toks) or toks[j].raw != "of" or text[toks[j - 1].end:toks[j].start] != " ":
        return None
    for k in range(j + 1, min(j + 4, len(toks))):
        if text[toks[k - 1].end:toks[k].start] != " " or not toks[k].raw.isalpha() or not toks[k].raw.islower():
            return None
        if toks[k].fold in OF_COMPLEMENTS:
            return k + 1
    return None


def _possessed_after(finder: Finder, j: int) -> bool:
    """Whether the run ending before token ``j`` owns what follows ("... of the North's ruling party")."""
    toks = finder.toks
    return j < len(toks) and toks[j].fold == "s" and finder.text[toks[j - 1].end:toks[j].start] in {"'", "’"}


def _state_owner(finder: Finder, start: int) -> Mention | None:
    """The state or government mention whose possessive ("'s") stands right before ``start``."""
    before = finder.text[max(0, start - 3):start]
    if before not in {"'s ", "’s "}:
        return None
    return next((m for m in finder.mentions if m.end == start - 3 and _is_state(finder, m.actor)), None)


def _state_at(finder: Finder, start: int, end: int) -> bool:
    """Whether a state or government mention covers exactly ``[start, end)``."""
    return any(m.end == end and _is_state(finder, m.actor) for m in finder.starting_at(start))


def _is_state(finder: Finder, actor_id: str) -> bool:
    actor = finder.actor(actor_id)
    return actor is not None and actor.kind in STATE_KINDS


def _state_forces(finder: Finder, i: int, end: int) -> bool:
    """"Kenyan Defence Forces", "Uganda People's Defence Force": a state's name or demonym, then generic words."""
    toks = finder.toks
    first = toks[i].fold
    at = finder.starting_at(toks[i].start)
    if not (first in finder.index.demonyms or any(_is_state(finder, m.actor) for m in at)):
        return False
    state_end = at[0].end if at else toks[i].end
    if state_end >= toks[end - 1].end:  # the state's mention is the whole phrase already
        return True
    rest = [t.fold for t in toks[i + 1:end] if t.start >= state_end]
    return bool(rest) and all(f in GENERIC for f in rest)


def _longer_name(finder: Finder, overlapping: list[Mention], start: int, end: int) -> bool:
    """Whether a known group's name is inside a longer name with a head ("the Wollo Fano People's
    Movement", the gazetteer knowing "Fano"): two capitalised words or more after it, the last a head, or
    a head first and capitalised words after it ("Katiba Ansar al-Din Sahel").

    A known name with a head may also close a longer one: "the Kivu Islamic Front" is not the Islamic
    Front, whose name is inside it (capitalised words before it, none a demonym: "the Syrian Islamic
    Front" stays the known group).

    The longer name is another organisation (unless the gazetteer lists it, when it matched whole);
    a state's name, a demonym, or a name after "of" ("the Southern Front of the X") are not read so."""
    known = overlapping[0]
    if len(overlapping) != 1 or known.how not in {"name", "alias"} or known.start < start or known.end > end \
            or (known.start, known.end) == (start, end) or _is_state(finder, known.actor):
        return False
    toks = finder.toks
    lo, hi = bisect_left(toks, start, key=lambda t: t.start), bisect_left(toks, end, key=lambda t: t.start)
    tail = [t for t in toks[lo:hi] if known.end <= t.start and t.end <= end and t.fold != "s"]  # "People's"
    first = toks[lo]
    if first.start < known.start and first.fold in HEADS_FIRST and tail and all(t.raw[:1].isupper() for t in tail):
        return True  # "Katiba Ansar al-Din Sahel" is not the Ansar al-Din inside it
    lead = [t for t in toks[lo:hi] if t.end <= known.start]
    inside = [t for t in toks[lo:hi] if known.start <= t.start]
    if lead and not tail and len(inside) >= 2 and inside[-1].fold in HEADS and \
            all(t.raw[:1].isupper() and t.fold not in finder.index.demonyms for t in lead):
        return True  # "the Kivu Islamic Front" is not the Islamic Front
    return len(tail) >= 2 and all(t.raw[:1].isupper() for t in tail) and tail[-1].fold in HEADS


def _add(finder: Finder, start: int, end: int, kind: ActorKind, headed: bool, span: int | None = None) -> None:
    """A mention of the organisation named by ``[start, end)``, covering ``[start, span)`` (its marker).

    A state's mention inside a name with a head ("Myanmar National Democratic Alliance Army",
    "Autodefensas Gaitanistas de Colombia") gives way, and so does a known group's name that opens a
    longer one (:func:`_longer_name`); any other overlap keeps the earlier mention.
    """
    span = span or end
    overlapping = finder.overlapping(start, span)
    if overlapping and (not headed or any(m.start < start or m.end > end or not _is_state(finder, m.actor)
                                          for m in overlapping)) and not _longer_name(finder, overlapping, start, end):
        return
    name = " ".join(finder.text[start:end].split())
    if len(name) < 3 and not ((len(name) == 2 and name.isupper()) or any(c.isdigit() for c in name)):
        return
    form = finder.index.forms.get(name_key(name)[0])
    if form is not None and form.risky:
        return  # an ambiguous alias the article does not support was dropped: not read again here
    for m in overlapping:
        finder.mentions.remove(m)
    actor = finder.resolver.resolve(name) or finder.create(name, kind)
    finder.add(start, span, finder.text[start:span], actor.id, "organisation")
