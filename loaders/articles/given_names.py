"""Names an article gives its actors beyond the gazetteer's forms, read after the gazetteer and
organisation passes of a :class:`~actorgraph.loaders.articles.mentions.Finder`.

- acronyms defined in brackets, when the name's initials spell them ("the Karenni Hills Defence
  Force (KHDF)", "the Harakat-ul-Mizan (HuM)", "IS-GS"), then every later use;
- "X, also known as Y", "X, or simply the Y" (Y an alias of X) and "X (formerly known as Y)" (Y
  another actor, X's predecessor);
- "Islamic State – Lake Kivu Province", "the Islamic State's Central Africa Province": a group, a dash or
  a possessive, and a branch head (``branch_heads`` in ``data/mention_words.yaml``) is one branch;
  "al-Qaeda's Yemen branch" (``branch_nouns``) is the group's branch in that state;
- later mentions of a group the article made: its name, aliases, leading code name ("the G9");
- a code name coordinated with a group ("G9 and GPep"): another group of its kind.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import ActorKind
from actorgraph.graph.names import normalize
from actorgraph.loaders.articles.mention_index import (
    GROUP_KINDS,
    STATE_KINDS,
    TOKEN,
    fold_token,
    mention_words,
    name_key,
)
from actorgraph.loaders.articles.organisations import (
    ACRONYM_DEF,
    GENERIC,
    HEADS,
    MARKERS,
    STOP,
    acronym_fits,
    guess_kind,
)

if TYPE_CHECKING:
    from actorgraph.loaders.articles.mentions import Finder

_CAP = r"[A-Z][\w'’\-]*"
_LONG_FORM = re.compile(rf"(?:\b[Tt]he\s+)?((?:{_CAP})(?:\s+(?:{_CAP}|of|for|the|al|wa|ul|de|del|la)){{1,7}})$")
_ONE_WORD_FORM = re.compile(r"(?:\b[Tt]he\s+)?\b([A-Z][a-z]+(?:-[A-Za-z][a-z]*){1,4})$")  # "the Jamaat-ul-Ahrar"


def _initials(word: str) -> str:
    """The initials of a hyphenated word ("Jamaat-ul-Ahrar": "JuA")."""
    return "".join(part[:1] for part in word.split("-") if part)


_BRANCH = re.compile(r"(?:\s+[–—-]\s+|(?P<poss>['’]s\s+))((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*)")
_BRANCH_HEADS = frozenset(mention_words().get("branch_heads", ()))
_NO_TRAILING = r"(?<!\sof)(?<!\sfor)(?<!\sthe)(?<!\sal)(?<!\sde)(?<!\sdel)(?<!\sla)"  # no name ends in "of"
_WORD = r"(?:[A-Z][\w'’\-]*|[a-z]{1,3}-[A-Z][\w'’\-]*)"  # "Ahrar", "al-Quds"
_FORMERLY = re.compile(
    r"\s*\)?\s*,?\s*\(?\s*(?:formerly|previously)(?:\s+(?:known\s+as|called|named))?\s+(?:the\s+)?[\"“‘']?"
    rf"((?:{_WORD})(?:\s+(?:{_WORD}|of|for|the|al|de|del|la)){{0,5}}{_NO_TRAILING})"
)
_KNOWN_AS = re.compile(
    r"\s*,?\s*\(?\s*(?:or\s+simply|also\s+known\s+as|also\s+called|better\s+known\s+as|known\s+(?:locally\s+)?as|"
    r"a\.k\.a\.?|aka)\s+(?:the\s+)?[\"“‘']?"
    rf"((?:{_WORD})(?:\s+(?:{_WORD}|of|for|the|al|de|del|la)){{0,5}}{_NO_TRAILING})"
)


_LONG_FORM_REACH = 1000  # characters before an acronym its name is looked for in


def _long_form(text: str, stop: int, acronym: str) -> tuple[int, str] | None:
    """The name an acronym in brackets defines, ending at ``stop`` of ``text``: its start and text, or ``None``.

    Capitalised words (with of/for/al ... between them) whose initials the acronym spells
    (:func:`.organisations.acronym_fits`), less leading words that start sentences ("May the
    Hezb-ul-Mulk (HuM)") or are no part of it; a single word only when hyphenated and its
    initials are the acronym.
    """
    reach = max(0, stop - _LONG_FORM_REACH)
    words = _LONG_FORM.search(text, reach, stop)
    if words:
        start, name = words.start(1), words.group(1)
        while (first := re.match(r"(\S+)\s+", name)) and (fold_token(first.group(1)) in STOP or
                                                          first.group(1).islower() or
                                                          not acronym_fits(acronym, name)):
            start, name = start + first.end(), name[first.end():]
        if " " in name and acronym_fits(acronym, name):
            return start, name
    one = _ONE_WORD_FORM.search(text, reach, stop)
    if one is None or _initials(one.group(1)) != acronym.replace("-", ""):
        return None
    return one.start(1), one.group(1)



def branches(finder: Finder) -> None:
    """"Islamic State – Khorasan Province", "the Islamic State's Central Africa Province": a group's name, a
    dash or a possessive, and a branch is the branch.

    The branch is the gazetteer's actor named by any of the group's names with the tail
    ("Islamic State Khorasan Province"), else a new actor of the group's kind.
    """
    for m in list(finder.mentions):
        actor = finder.actor(m.actor)
        if actor is None or actor.kind in STATE_KINDS or m.how == "demonym":
            continue
        tail = _BRANCH.match(finder.text, m.end)
        if tail is None or fold_token(tail.group(2).split()[-1]) not in _BRANCH_HEADS:
            continue
        end = tail.end()
        if any(m.end <= x.start and x.end > end for x in finder.overlapping(m.end, end)):
            continue
        words = tail.group(2)
        known = next((found for n in (actor.name, *actor.aliases)
                      if (found := finder.resolver.resolve(f"{n} {words}")) is not None), None)
        name = " ".join(finder.text[m.start:end].split()) if not tail.group("poss") else f"{m.text} {words}"
        branch = known or finder.resolver.resolve(name) or finder.create(name, actor.kind)
        for x in finder.overlapping(m.start, end):
            if m.start <= x.start and x.end <= end:
                finder.mentions.remove(x)
        finder.add(m.start, end, finder.text[m.start:end], branch.id, "branch")

_POSSESSIVE = re.compile(r"['’]s\s+(?:the\s+)?")
_BRANCH_NOUNS = frozenset(mention_words().get("branch_nouns", ()))
# what comes before a phrase that describes another actor: a copula, "as", an apposition's comma or bracket
_DESCRIBES = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|becomes?|became|remains?|remained|as)\s+|[,(–—]\s*)"
                        r"(?:the\s+)?$", re.IGNORECASE)


def country_branches(finder: Finder) -> None:
    """"al-Qaeda's Yemen branch", "the Islamic State's Somali affiliate": the group's branch in that state.

    The branch is the one gazetteer actor of that country whose name starts with one of the group's names
    ("al-Qaeda in the Arabian Peninsula"), else a new actor named as written; the state is no mention. A phrase
    that describes another actor ("Y is al-Qaeda's Yemen branch", "Y, al-Qaeda's Yemen branch,") is left to the
    relation rules."""
    toks = finder.toks
    for m in list(finder.mentions):
        actor = finder.actor(m.actor)
        if actor is None or actor.kind in STATE_KINDS or m.how in {"demonym", "backer", "generic"}:
            continue
        poss = _POSSESSIVE.match(finder.text, m.end)
        if poss is None:
            continue
        k = finder.token_at(poss.end())
        if k is None:
            continue
        state = next((x for x in finder.starting_at(poss.end()) if (a := finder.actor(x.actor)) is not None
                      and a.kind in STATE_KINDS), None)
        iso = finder.index.demonyms.get(toks[k].fold) if toks[k].raw[:1].isupper() else None
        last = k
        if state is not None:
            iso = (a.country if (a := finder.actor(state.actor)) is not None else None)
            last = finder.token_at(state.end - 1) or k
        if not iso or last + 1 >= len(toks) or toks[last + 1].fold not in _BRANCH_NOUNS or \
                finder.text[toks[last].end:toks[last + 1].start] != " ":
            continue
        end = toks[last + 1].end
        if _DESCRIBES.search(finder.text, max(0, m.start - 30), m.start):
            if state is not None:  # "Y is the PKK's Syrian offshoot", "Y, al-Qaeda's Yemen branch": Y's relation
                finder.mentions.remove(state)  # is the rules' to read; the state is only a place
            continue
        prefixes = {normalize(n) for n in (actor.name, *actor.aliases) if len(normalize(n)) > 3}
        found = {e.actor.id: e.actor for e in finder.index.gazetteer.entries.values()
                 if e.actor.country == iso and e.actor.kind not in STATE_KINDS and e.actor.id != actor.id and any(
                     normalize(n).startswith(f"{p} ") for p in prefixes for n in (e.actor.name, *e.actor.aliases))}
        name = " ".join(finder.text[m.start:end].split())
        branch = next(iter(found.values())) if len(found) == 1 else finder.resolver.resolve(name) or finder.create(
            name, actor.kind)
        for x in finder.overlapping(m.start, end):
            finder.mentions.remove(x)
        finder.add(m.start, end, finder.text[m.start:end], branch.id, "branch")


def known_as(finder: Finder) -> None:
    """"X, also known as Y", "X, or simply the Y": Y names X's actor (an alias of an actor made here).

    "X (formerly known as Y)", "X, previously Y": Y is another actor, X's predecessor, of X's kind.
    """
    for owner in list(finder.mentions):
        if owner.how in {"demonym", "backer", "generic"}:
            continue
        before = _FORMERLY.match(finder.text, owner.end)
        if before and not finder.taken(before.start(1), before.end(1)) and _namelike(before.group(1)) and \
                fold_token(before.group(1).split()[0]) not in finder.index.demonyms:  # "formerly the Syrian branch"
            actor = finder.actor(owner.actor)
            if actor is not None and actor.kind not in STATE_KINDS:
                name = " ".join(before.group(1).split())
                old = finder.resolver.resolve(name) or finder.create(name, actor.kind)
                if old.id != owner.actor:
                    finder.add(before.start(1), before.end(1), name, old.id, "organisation")
            continue
        marker = re.match(r"\s+([a-z]+)\b", finder.text[owner.end:owner.end + 20])
        after = owner.end + marker.end() if marker and marker.group(1) in MARKERS else owner.end  # "the X gang,"
        m = _KNOWN_AS.match(finder.text, after)
        if m is None or not _namelike(m.group(1)):
            continue
        name = m.group(1)
        if finder.taken(m.start(1), m.end(1)) or finder.resolver.resolve(name) not in (None, finder.actor(owner.actor)):
            actor = finder.actor(owner.actor)
            if owner.actor in finder.created and actor is not None and actor.kind not in STATE_KINDS:
                # "Ahlu Sunnah Wal Jamaa, known locally as al-Shabaab": here the name is this new
                # group's, not the other group's it also names (never an edge to that one)
                for x in finder.overlapping(m.start(1), m.end(1)):
                    finder.mentions.remove(x)
                finder.add(m.start(1), m.end(1), name, owner.actor, "alias")
            continue  # "Y" is another actor's name: not made an alias
        if owner.actor in finder.created:
            renamed = finder.resolver.add_alias(owner.actor, name)
            if renamed is not None:
                finder.created[owner.actor] = renamed
        finder.add(m.start(1), m.end(1), name, owner.actor, "alias")

_CALLED = re.compile(
    r"\b(?P<noun>militias?|gangs?|groups?|rebels|insurgents|fighters|movement|coalition|alliance|faction)\s*,?\s+"
    r"(?:(?:also\s+|locally\s+|widely\s+)?known(?:\s+locally)?\s+as|called|calling\s+(?:itself|themselves)|"
    r"dubbed|named)\s+(?:the\s+)?[\"“‘']?"
    rf"(?P<name>(?:{_WORD})(?:\s+(?:{_WORD}|of|for|the|al|de|del|la)){{0,5}}{_NO_TRAILING})"
)
_CALLED_KINDS = {"militia": ActorKind.MILITIA, "militias": ActorKind.MILITIA, "coalition": ActorKind.COALITION,
                 "alliance": ActorKind.COALITION}


def called(finder: Finder) -> None:
    """"clan militias known as Ma'awisley", "a new group calling itself Liwa al-Nasr": the name is a group
    (of the noun's kind) the gazetteer lacks, found again everywhere in the article."""
    for m in _CALLED.finditer(finder.text):
        name = " ".join(m.group("name").split())
        if finder.taken(m.start("name"), m.end("name")) or not _namelike(name) or \
                fold_token(name.split()[0]) in finder.index.demonyms:
            continue
        kind = _CALLED_KINDS.get(m.group("noun").lower(), ActorKind.ARMED_GROUP)
        actor = finder.resolver.resolve(name) or finder.create(name, kind)
        finder.add(m.start("name"), m.end("name"), name, actor.id, "organisation")


# "The Red Hand, an armed group of herders, ...": a capitalised name, a comma, and an indefinite noun phrase whose
# head is a group marker (``markers`` in ``data/mention_words.yaml``) ending there ("a rebel group", not "a group
# leader": ``apposition_followers`` are the words that may come after the marker)
_APPOSED = re.compile(
    r"(?:(?P<the>\b[Tt]he\s+)|(?P<open>^|[.!?]\s+)|\b)"
    rf"(?P<name>(?:{_WORD})(?:\s+(?:{_WORD}|of|for|the|al|de|del|la)){{0,5}}{_NO_TRAILING})"
    r",\s+an?\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    rf"(?P<noun>{'|'.join(sorted(map(re.escape, MARKERS), key=len, reverse=True))})"
    r"\b(?=\s*[,.;:)]|\s+(?P<next>[a-z]+)\b)"
)
_FOLLOWERS = frozenset(mention_words().get("apposition_followers") or ())


def described(finder: Finder) -> None:
    """"The White Army, a militia of Nuer youths, ...", "... by Red Hand, an armed group based in ...": a name the
    gazetteer lacks, described by an apposition headed by a group marker, is a group of the marker's kind.

    One capitalised word opening its sentence needs "the" ("Meanwhile, a militia ..." names nobody)."""
    for m in _APPOSED.finditer(finder.text):
        marker = MARKERS.get(m.group("noun"))
        if marker is None or (m.group("next") and m.group("next") not in _FOLLOWERS):
            continue
        name = " ".join(m.group("name").split())
        words = name.split()
        if m.group("open") is not None and len(words) == 1 and not m.group("the"):
            continue
        if finder.taken(m.start("name"), m.end("name")) or not _namelike(name) or \
                fold_token(words[0]) in finder.index.demonyms or _inside_name(finder.text, m.start("name"),
                                                                               m.end("name")):
            continue
        form = finder.index.forms.get(name_key(name)[0])
        if form is not None and form.risky:
            continue  # an ambiguous alias the article does not support stays dropped ("the White Army" of 1919)
        kind = ActorKind(str(marker["kind"]))
        actor = finder.resolver.resolve(name) or finder.create(name, kind)
        finder.add(m.start("name"), m.end("name"), name, actor.id, "organisation")


def _initialism(name: str) -> str | None:
    """The capitals a headed name of capitalised words is abbreviated to ("Kachin Independence Army": "KIA"),
    or ``None`` (a name of one word, a lower-case word other than "of"/"for"/"the", or no head)."""
    words = TOKEN.findall(name)
    caps = [w for w in words if fold_token(w) not in {"of", "for", "the", "and", "s"}]
    if len(caps) < 2 or not all(w[:1].isupper() for w in caps) or fold_token(words[-1]) not in HEADS:
        return None
    return "".join(w[0] for w in caps)


def repeats(finder: Finder) -> None:
    """Every other mention of an actor this article made: its name or an alias again, the code name
    its name starts with ("the G9 Alliance of Families" ... "the G9"), or the initials of a headed name
    ("the Kachin Independence Army" ... "KIA fighters"); and the initials of a headed name the article
    gives a listed group ("the Arakan Army" ... "AA fighters") when they are no listed form.

    One pass over the article's tokens, the forms looked up by their first token (the longest first),
    so the cost grows with the text, not with the text times the actors it creates."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for mention in list(finder.mentions):
        listed = finder.index.actor(mention.actor)
        if listed is None or listed.kind not in GROUP_KINDS or mention.actor in finder.created or \
                mention.how not in {"name", "alias"}:
            continue
        initials = _initialism(mention.text)
        if initials and (fold_token(initials),) not in finder.index.forms and fold_token(initials) not in STOP:
            by_first.setdefault(initials, []).append((initials, mention.actor))
    for actor in list(finder.created.values()):
        forms = {actor.name, *actor.aliases}
        first = actor.name.split()[0]
        if " " in actor.name and _code(first) and (fold_token(first),) not in finder.index.forms:
            forms.add(first)
        initials = _initialism(actor.name)
        if initials and (fold_token(initials),) not in finder.index.forms and fold_token(initials) not in STOP:
            forms.add(initials)  # "the Balochistan Liberation Army ... BLA fighters"
        for form in forms:
            head = TOKEN.match(form)
            if head is not None:
                by_first.setdefault(head.group(), []).append((form, actor.id))
    for candidates in by_first.values():
        candidates.sort(key=lambda c: -len(c[0]))
    text = finder.text
    for tok in finder.toks:
        for form, actor_id in by_first.get(tok.raw, ()):
            start, end = tok.start, tok.start + len(form)
            if text.startswith(form, start) and _ALONE.match(text, end) and \
                    (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")) and \
                    not finder.taken(start, end) and not _inside_name(text, start, end):
                finder.add(start, end, form, actor_id, "repeat")
                break


_ALONE = re.compile(r"(?!\w|-\w)")  # nothing of a longer word follows a form


_PAIRED_CODE = re.compile(r"\s+(?:and|or|y|et)\s+([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*)\b(?![\w-]|\s+[A-Z])")
_GROUPS = frozenset({ActorKind.ARMED_GROUP, ActorKind.MILITIA, ActorKind.COALITION})


def paired_codes(finder: Finder) -> None:
    """"G9 and GPep": a code name ("GPep", "K7", "5SM") coordinated after a non-state group, and
    unknown, names a group of the same kind (found again everywhere in the article)."""
    words: dict[str, list[tuple[int, int]]] | None = None  # the text's words, read once when a code is found
    for owner in list(finder.mentions):
        actor = finder.actor(owner.actor)
        if actor is None or actor.kind not in _GROUPS:
            continue
        m = _PAIRED_CODE.match(finder.text, owner.end)
        if m is None or not _code(m.group(1)) or finder.taken(m.start(1), m.end(1)) or \
                fold_token(m.group(1)) in STOP or (fold_token(m.group(1)),) in finder.index.forms:
            continue
        paired = finder.resolver.resolve(m.group(1)) or finder.create(m.group(1), actor.kind)
        if words is None:
            words = _occurrences(_WHOLE_WORD, finder.text)
        for start, end in words.get(m.group(1), ()):
            if not finder.taken(start, end):
                finder.add(start, end, m.group(1), paired.id, "organisation")


# "rebels of the FLNK", "combatientes del MRTA": fighters of an unknown code of capitals
_MEMBERS_CODE = re.compile(r"\b(\w+)\s+(?:of|of\s+the|del|de\s+la|du|de\s+l['’]|des)\s+([A-Z]{3,7})\b(?![\w'’-])")
_ARMED_MEMBERS = frozenset(mention_words().get("armed_members", ()))


def member_codes(finder: Finder) -> None:
    """"the rebels of the FLNK": an unknown code of three to seven capitals after fighters and "of" names an
    armed group (found again everywhere in the article). A known code keeps its actor."""
    words: dict[str, list[tuple[int, int]]] | None = None
    for m in _MEMBERS_CODE.finditer(finder.text):
        code = m.group(2)
        if fold_token(m.group(1)) not in _ARMED_MEMBERS or finder.taken(*m.span(2)) or \
                (fold_token(code),) in finder.index.forms or fold_token(code) in STOP:
            continue
        actor = finder.resolver.resolve(code) or finder.create(code, ActorKind.ARMED_GROUP)
        if words is None:
            words = _occurrences(_WHOLE_WORD, finder.text)
        for start, end in words.get(code, ()):
            if not finder.taken(start, end):
                finder.add(start, end, code, actor.id, "organisation")


# a word and what a hyphen joins to it ("IS-GS"), not inside another: an acronym used again is one of these
_JOINED_WORD = re.compile(r"(?<![\w-])\w+(?:-[A-Za-z]\w*)*")
_WHOLE_WORD = re.compile(r"(?<![\w-])\w+(?![\w-])")  # a word with no hyphen at either side ("G9" in "G9 and K7")


def _occurrences(pattern: re.Pattern[str], text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each match of ``pattern`` occurs in ``text``, by its text: one pass, then looked up per name."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in pattern.finditer(text):
        found.setdefault(m.group(), []).append(m.span())
    return found


def acronyms(finder: Finder) -> None:
    """Acronyms defined in brackets, then every later use; one the article defines as another actor's
    than the gazetteer's ("the Ambazonia Defence Forces (ADF)", not the Allied Democratic Forces) is that
    actor's throughout the article."""
    text = finder.text
    defined: dict[str, str] = {}
    own: set[str] = set()  # acronyms of a gazetteer actor that the article defines as another's
    for m in ACRONYM_DEF.finditer(text):
        acronym = m.group(1)
        stop = m.start()
        while stop and text[stop - 1].isspace():
            stop -= 1
        owner = next((x for x in finder.ending_at(stop) if x.how != "demonym" or _titled(x.text, acronym)), None)
        if owner is None:
            found = _long_form(text, stop, acronym)
            if found is None:
                continue
            start, name = found
            known = finder.index.forms.get(name_key(acronym)[0])
            actor_id = known.actor if known else finder.create(name, guess_kind(name)).id
            if not finder.taken(start, stop):
                finder.add(start, stop, name, actor_id, "defined")
            defined[acronym] = actor_id
        else:
            defined[acronym] = owner.actor
            known = finder.index.forms.get(name_key(acronym)[0])
            if known and known.actor != owner.actor and _branch_named(finder, owner.actor, known.actor):
                # "the Yemeni al-Qaeda (AQAP)": the acronym names the group's listed branch, so the name does too
                finder.mentions.remove(owner)
                finder.add(owner.start, owner.end, owner.text, known.actor, "acronym")
                defined[acronym] = known.actor
            elif known and known.actor != owner.actor and acronym_fits(acronym, owner.text):
                own.add(acronym)  # "the Ambazonia Defence Forces (ADF)": here ADF is not the gazetteer's ADF
    uses: dict[str, list[tuple[int, int]]] | None = None  # every word of the text, read once
    for acronym, actor_id in defined.items():
        if actor_id in finder.created:  # a new actor's acronym becomes its alias (searchable once stored)
            renamed = finder.resolver.add_alias(actor_id, acronym)
            if renamed is not None:
                finder.created[actor_id] = renamed
        if uses is None:
            uses = _occurrences(_JOINED_WORD, text)
        for start, end in uses.get(acronym, ()):
            # "IS-GS" once defined is one name, not the "IS" inside it
            if acronym in own:  # here the acronym is not the gazetteer's: drop that reading
                for x in finder.overlapping(start, end):
                    if (x.start, x.end) == (start, end) and x.actor != actor_id:
                        finder.mentions.remove(x)
            over = finder.overlapping(start, end)
            inside = [x for x in over if start <= x.start and x.end <= end]
            if over and (not inside or any(x not in inside for x in over)
                         or any((x.start, x.end) == (start, end) for x in inside)):
                continue
            for x in inside:
                finder.mentions.remove(x)
            finder.add(start, end, acronym, actor_id, "acronym")
    _spelt_by_a_name_given(finder)


def _branch_named(finder: Finder, group: str, branch: str) -> bool:
    """Whether the listed actor ``branch`` is named by one of ``group``'s names and more words ("al-Qaeda in the
    Arabian Peninsula" for al-Qaeda), so is one of its branches."""
    parent, child = finder.actor(group), finder.actor(branch)
    if parent is None or child is None or parent.kind in STATE_KINDS:
        return False
    prefixes = {normalize(n) for n in (parent.name, *parent.aliases) if len(normalize(n)) > 3}
    return any(normalize(n).startswith(f"{p} ") for p in prefixes for n in (child.name, *child.aliases))


_UNSPELT = frozenset({"of", "the", "for", "and", "in"})


def _spelt(name: str) -> str:
    """The exact initials of a name's capitalised words ("Ambazonia Defence Forces": "ADF")."""
    words = [w for w in TOKEN.findall(name) if fold_token(w) not in _UNSPELT]
    return "".join(w[0] for w in words) if len(words) >= 2 and all(w[:1].isupper() for w in words) else ""


def _spelt_by_a_name_given(finder: Finder) -> None:
    """An acronym the gazetteer knows, used without brackets in an article that names, before it, one
    other actor whose name it spells exactly ("the Ambazonia Defence Forces attacked ... The ADF has
    fought ..."): that actor's, unless the article names the gazetteer's actor in full too (then the
    acronym stays the gazetteer's)."""
    mentions = list(finder.mentions)
    uses = [m for m in mentions if 2 <= len(m.text) <= 8 and m.text.isalpha() and m.text.isupper()]
    if not uses:
        return
    named = {m.actor for m in mentions if not m.text.isupper()}
    spelt: dict[str, dict[str, int]] = {}  # initials -> actor -> where the article first names it
    for m in mentions:
        initials = _spelt(m.text)
        if initials:
            spelt.setdefault(initials, {}).setdefault(m.actor, m.start)
    for m in uses:
        owners = {a for a, first in spelt.get(m.text, {}).items() if a != m.actor and first < m.start}
        if len(owners) != 1 or m.actor in named:
            continue
        finder.mentions.remove(m)
        finder.add(m.start, m.end, m.text, owners.pop(), "acronym")


def _titled(name: str, acronym: str) -> bool:
    """Whether a demonym phrase is a state body's title that ``acronym`` spells ("the Haitian National
    Police (HNP)"): the acronym then names that state, as the phrase does, not a new actor."""
    words = name.split()
    return len(words) > 2 and all(w[:1].isupper() or fold_token(w) in {"of", "the"} for w in words) and \
        acronym_fits(acronym, name)


def _namelike(name: str) -> bool:
    """Whether a capitalised span can be a name: not a sentence word first, not generic words only ("Army")."""
    folds = [fold_token(t) for t in name.split()]
    return bool(folds) and folds[0] not in STOP and not all(f in GENERIC or f in HEADS for f in folds)


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a longer capitalised name ("Khorasan" in "Khorasan Province")."""
    after = re.match(r" ([A-Z][\w'’\-]*)", text[end:end + 40])
    before = re.search(r"([A-Z][\w'’\-]*) $", text[max(0, start - 40):start])
    return bool(after and fold_token(after.group(1)) not in STOP) or \
        bool(before and fold_token(before.group(1)) not in STOP)


def _code(word: str) -> bool:
    """Whether a word is a code name ("G9", "M23", "GPep"): capitals with digits or inner capitals."""
    return len(word) >= 2 and word[:1].isupper() and (any(c.isdigit() for c in word) or
                                                     any(c.isupper() for c in word[1:]))
