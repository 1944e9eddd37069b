"""The store as a gazetteer: actors already stored are recognised in later articles.

An ingest run against a store reads every stored actor (``cypher/export_actors.cypher``, keyset
pages) and adds those the gazetteer files do not hold to a copy of the gazetteer, with their name,
aliases and the dataset spellings of them (``"AA: Arakan Army"`` also reads as ``"Arakan Army"`` and
``"AA"``). So an ACLED export of Myanmar teaches the article extractor the Arakan Army, and an actor
first met in one article is found in the next run's articles. Forms the gazetteer files already
give another actor are left to that actor; names of non-actors datasets list (``"Civilians
(Myanmar)"``, ``"Unidentified Armed Group"``) are not read; short capital forms are ambiguous
(kept only when the article supports them). ``actorgraph extract`` (no store) uses the files only.

Within one run the gazetteer grows too: :func:`learn_created` teaches the mention index the actors
that earlier articles (or event files) of the run made, before each article is read.
"""

from __future__ import annotations

import weakref

from actorgraph.graph.model import Actor, ActorKind
from actorgraph.graph.names import normalize
from actorgraph.graph.store import Store, pages
from actorgraph.loaders.articles.mention_index import MentionIndex, fold_token, mention_words
from actorgraph.loaders.events.common import name_candidates
from actorgraph.loaders.gazetteer import Entry, Gazetteer, Resolver

PAGE = 5000
_SKIP = frozenset(mention_words().get("stored_skip") or ())


def _forms(names: list[str]) -> list[str]:
    out: dict[str, str] = {}
    for name in names:
        for form in name_candidates(name):
            first = form.split()[0] if form.split() else ""
            if fold_token(first.strip("()")) in _SKIP:
                continue
            out.setdefault(normalize(form), form)
    return [f for k, f in out.items() if k]


def with_stored_actors(gazetteer: Gazetteer, store: Store, *, page: int = PAGE) -> Gazetteer:
    """A copy of ``gazetteer`` that also holds the stored actors it lacks (read ``page`` at a time)."""
    combined = Gazetteer(entries=dict(gazetteer.entries), by_name=dict(gazetteer.by_name))
    for rows in pages(store, "export_actors", page):
        for row in rows:
            if row["id"] in gazetteer.entries:
                continue
            forms = [f for f in _forms([row["name"], *(row.get("aliases") or [])])
                     if normalize(f) not in gazetteer.by_name]
            if not forms:
                continue
            try:
                kind = ActorKind(row.get("kind") or "other")
            except ValueError:
                kind = ActorKind.OTHER
            actor = Actor(id=row["id"], name=row["name"], kind=kind, country=row.get("country"),
                          aliases=tuple(f for f in forms if normalize(f) != normalize(row["name"])))
            short = frozenset(normalize(f) for f in forms if f.isupper() and len(f.replace(".", "")) <= 5)
            combined.add(Entry(actor=actor, ambiguous=short))
    return combined


def learn_created(index: MentionIndex, resolver: Resolver) -> None:
    """Teach ``index`` the actors ``resolver`` made since the last call (earlier articles and event
    files of the run), so a later article finds them: the run's gazetteer grows as it reads.

    Called before each article is read. Their forms are chosen as the store's are (names of
    non-actors skipped, short capital forms risky); a form the gazetteer gives another actor stays
    that actor's. Cheap: only the names made since the last call are read. An index taught by
    another resolver before forgets what that one taught (tests share one index across resolvers).
    """
    if index.teacher is None or index.teacher() is not resolver:  # one resolver teaches an index at a time
        index.forget_learned()
        index.teacher = weakref.ref(resolver)
    created = list(resolver.created.values())  # a snapshot: another thread may be adding
    start, index.read_created = index.read_created, len(created)
    for actor in created[start:]:
        if actor.id in index.gazetteer.entries:
            continue
        forms = [f for f in _forms([actor.name, *actor.aliases]) if normalize(f) not in index.gazetteer.by_name]
        if forms:
            index.learn(actor, forms)
