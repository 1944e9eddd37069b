"""What each read parameter means, in one place: the CLI and the API both take it from here.

- A lower date bound (``from``, ``--from``) is the first day of a partial date (``2017`` is
  2017-01-01); an upper bound (``to``, ``--to``) is its last day (``2017`` is 2017-12-31);
  ``as_of`` is the first day (what held on 2017-01-01).
- Paging is ``offset`` + ``limit`` with the defaults and maxima below; a page says where the
  next one starts (``next_offset``) or ``None`` at the end.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from actorgraph.errors import InvalidDate
from actorgraph.graph.dates import parse_partial, period_end
from actorgraph.graph.questions import search
from actorgraph.graph.results import ActorRef
from actorgraph.graph.store import Store

SEARCH_LIMIT = 20
SEARCH_MAX = 100
SEARCH_MAX_OFFSET = 1000
RELATIONS_LIMIT = 100
EVIDENCE_LIMIT = 100
TIMELINE_LIMIT = 500
TIMELINE_MAX = 5000
CHANGES_LIMIT = 1000
CHANGES_MAX = 10_000
NEIGHBOURS_MAX_NODES = 200
WINDOW_DAYS = 365


# Years every engine and date computation handles (a window before year 1 overflows).
MIN_YEAR, MAX_YEAR = 1000, 9999


def date_bound(value: str | dt.date | None, field: str, *, end: bool = False) -> dt.date | None:
    """A date parameter (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``); ``end``: a partial date's last day.

    Examples
    --------
    >>> date_bound("2017", "to", end=True), date_bound("2017", "from")
    (datetime.date(2017, 12, 31), datetime.date(2017, 1, 1))
    """
    if value is None or value == "":
        return None
    day, precision = parse_partial(value, field=field)
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise InvalidDate(f"{value!r} is outside the years {MIN_YEAR}-{MAX_YEAR}", where=field)
    return period_end(day, precision) if end else day


class ActorPage(BaseModel):
    """One page of an actor search, best match first."""

    actors: list[ActorRef]
    offset: int
    limit: int
    next_offset: int | None = None


def search_page(store: Store, text: str, *, offset: int = 0, limit: int = SEARCH_LIMIT) -> ActorPage:
    """Actors matching ``text`` from ``offset``, ``limit`` of them, and where the next page starts."""
    found = search(store, text, limit=offset + limit + 1)
    more = len(found) > offset + limit
    return ActorPage(actors=found[offset:offset + limit], offset=offset, limit=limit,
                     next_offset=offset + limit if more else None)
