"""The store protocol, and opening the configured store.

A store writes :class:`GraphBatch` objects and answers named queries (``cypher/``). Two
implementations: :class:`~actorgraph.graph.backends.embedded.EmbeddedStore` (LadybugDB on
disk, the default) and :class:`~actorgraph.graph.backends.neo4j.Neo4jStore`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from actorgraph.graph.model import GraphBatch
from actorgraph.graph.writing import WriteResult
from actorgraph.settings import Settings

if TYPE_CHECKING:  # readonly imports this module
    from actorgraph.graph.readonly import QueryPlan


class Store(Protocol):
    """What every backend provides."""

    backend: str

    def ensure_schema(self) -> None:
        """Create tables, constraints and indexes (idempotent)."""

    def write(self, batch: GraphBatch) -> WriteResult:
        """Write one batch atomically: all of it or, on error, none of it."""

    def retract(self, article_ids: Iterable[str]) -> WriteResult:
        """Remove these articles and their claims atomically; relations recomputed or removed."""

    def query(self, name: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run the read query ``name`` with ``params``; rows as dicts of plain Python values.

        A ``rel_type`` (:class:`RelationType`) fills the query's relationship-type slot, after the
        enum check; every other keyword is a ``$parameter``.
        """

    def explain(self, text: str, params: dict[str, Any]) -> QueryPlan:
        """The engine's plan of one user statement (nothing runs), for the read-only check."""

    def read_only(self, text: str, params: dict[str, Any], *, max_rows: int,
                  timeout: float) -> tuple[list[dict[str, Any]], bool]:
        """Run one user statement already checked read-only (``POST /cypher``) in a read-only
        transaction, at most ``max_rows`` rows within ``timeout`` seconds; the rows, and whether more existed."""

    def close(self) -> None:
        """Release the database or driver."""


def open_store(settings: Settings) -> Store:
    """The store ``settings`` select, with its schema ensured."""
    if settings.store == "neo4j":
        from actorgraph.graph.backends.neo4j import Neo4jStore

        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
        store: Store = Neo4jStore.connect(
            settings.neo4j_uri, user=settings.neo4j_user, password=password, database=settings.neo4j_database
        )
    else:
        from actorgraph.graph.backends.embedded import EmbeddedStore

        store = EmbeddedStore.open(settings.embedded_path)
    store.ensure_schema()
    return store


FAR_PAST = dt.date(1, 1, 1)
FAR_FUTURE = dt.date(9999, 12, 31)


def window(as_of: dt.date | None) -> dict[str, dt.date]:
    """``$since``/``$until`` of the active-on-date predicate: one day, or all time."""
    return {"since": as_of, "until": as_of} if as_of else {"since": FAR_PAST, "until": FAR_FUTURE}


Rows = list[dict[str, Any]]


def pages(
    store: Store, name: str, size: int, *, key: str = "id", run: Callable[[Callable[[], Rows]], Rows] | None = None
) -> Iterator[Rows]:
    """The rows of the keyset-paged query ``name`` (``cypher/export_*``), ``size`` at a time.

    Each page holds the rows whose ``key`` comes after the largest of the previous page (the
    query's ``$after``); a page with fewer than ``size`` keys is the last. ``run(read)`` reads one
    page: by default it just calls ``read()``; :mod:`actorgraph.graph.sync` passes one that retries.
    """
    after = ""
    while True:
        def read(after: str = after) -> Rows:
            return store.query(name, after=after, limit=size)

        rows = run(read) if run else read()
        if not rows:
            return
        yield rows
        keys = [r[key] for r in rows]
        after = max(keys)
        if len(set(keys)) < size:
            return
