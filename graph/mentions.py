"""Which articles mention an actor: the ``(:Article)-[:MENTIONS]->(:Actor)`` edges, read back.

Every actor an article names is kept (``GraphBatch.mentions``, written by ``graph.writing``), not
only those in a relation, so an actor met once in the news, before any relation is found, is
still reachable from its articles.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel

from actorgraph.graph import questions as q
from actorgraph.graph.results import ActorRef
from actorgraph.graph.store import Store

PAGE = 1000


class MentioningArticle(BaseModel):
    """One article that names the actor, how often and by which names."""

    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    count: int = 1
    names: list[str] = []


class ActorArticles(BaseModel):
    """The articles that mention one actor, newest first (undated last), at most ``limit``."""

    actor: ActorRef
    total: int
    articles: list[MentioningArticle]


def articles_mentioning(store: Store, name_or_id: str, *, limit: int = 100) -> ActorArticles:
    """The articles that mention the actor ``name_or_id`` denotes (:func:`questions.resolve`), newest first.

    Raises
    ------
    UnknownActorError
        when no actor has that id, name or alias (with suggestions).
    """
    actor = q.resolve(store, name_or_id)
    rows: list[dict[str, Any]] = []
    after = ""
    while True:  # keyset pages in article id order
        page = store.query("articles_mentioning", actor=actor.id, after=after, limit=PAGE)
        rows += page
        if len(page) < PAGE:
            break
        after = page[-1]["id"]
    found = [MentioningArticle(**{**r, "published": _day(r["published"]), "count": r["count"] or 1,
                                  "names": r["names"] or []}) for r in rows]
    found.sort(key=lambda a: (a.published is None, -(a.published or dt.date.min).toordinal(), a.id))
    return ActorArticles(actor=actor, total=len(found), articles=found[:limit])


def _day(value: object) -> dt.date | None:
    """A stored date as a ``datetime.date`` (the drivers return their own date types)."""
    if value is None:
        return None
    native = getattr(value, "to_native", None)
    value = native() if native else value
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
