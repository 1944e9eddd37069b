"""The Neo4j store, through the official ``neo4j`` driver.

Managed transactions (``execute_read``/``execute_write``, retried by the driver on transient
errors), ``neo4j://`` routing URIs so clusters and Aura work, and a database name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase, NotificationDisabledCategory
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable, SessionExpired

from actorgraph import cypher
from actorgraph.errors import ActorGraphError, QueryError, StoreError, StoreUnavailable
from actorgraph.graph.model import GraphBatch, RelationType
from actorgraph.graph.readonly import QueryPlan, neo4j_plan
from actorgraph.graph.writing import Runner, WriteResult, retract_articles, write_batch

T = TypeVar("T")


def _row(record: neo4j.Record) -> dict[str, Any]:
    """A record as a plain dict (temporal values as Python ones)."""
    return {k: _plain(v) for k, v in zip(record.keys(), record.values(), strict=True)}  # a Record iterates values


def _plain(value: Any) -> Any:
    """Neo4j temporal values to Python ones, recursively."""
    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _memory_refusal(exc: Neo4jError) -> StoreError | None:
    """The error for a transaction over the server's ``db.memory.transaction.max`` (else None)."""
    if "db.memory.transaction.max" not in (exc.message or ""):
        return None
    return StoreError(
        f"Neo4j refused the transaction: {exc.message}. One batch is one transaction (all or "
        "nothing): write smaller batches (a 10,000-claim batch needs more than 256 MiB; "
        "docs/neo4j.md), or raise db.memory.transaction.max on the server",
        detail={"setting": "db.memory.transaction.max"},
    )


_RETURNS = re.compile(r"\bRETURN\b", re.IGNORECASE)
_PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")


class _Deferring:
    """A write transaction whose statements without results ride along with the next one.

    Each statement costs a Bolt round trip (and, on a busy machine, a wake-up of the server's
    thread): a statement without ``RETURN`` (the write procedure's writes, whose rows it never
    reads) waits, then goes to the server as a ``CALL () { ... }`` subquery in front of the next
    statement that answers rows (which sees its writes, as Cypher runs clauses in order), or at
    the end (:meth:`flush`). An error there fails the same transaction: all or
    nothing still. Only the parameters a statement names are sent.

    A waiting statement's parameters go as one map (``$rows`` becomes ``$w0.rows``): the server
    caches a plan by the text and the types of its parameters, a list's type counting its size's
    bucket (0, 1, 2-10, 11-100, ...), so the joined writes' dozen lists (``write_relations``'
    ``stored`` and ``new`` of every type) made a new cache key for nearly every article batch, and
    the joined text took 1 to 6 s to plan each time (docs/neo4j.md). A map's entries do not count:
    one plan serves every batch.
    """

    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self._tx = tx
        self._pending: list[tuple[str, dict[str, Any]]] = []

    def run(self, statement: str, params: dict[str, Any]) -> Iterable[neo4j.Record]:
        if not _RETURNS.search(statement):
            self._pending.append((statement, params))
            return ()
        return self._tx.run(*self._joined(statement, params))

    def flush(self) -> None:
        """Run the waiting statements, all of them in one query.

        The write procedure makes the joined text the same from batch to batch (it writes every
        relation type, a type it does not touch with empty lists: ``write_relations``), so the
        server plans it once and takes it from its cache afterwards; texts that varied with the
        batch's types were planned afresh each time (0.6 s for a batch's relation writes).
        """
        if self._pending:
            text, params = self._joined("", {})
            self._tx.run(text, params).consume()

    def _joined(self, statement: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        parts, joined = [], _named(statement, params)
        for i, (text, values) in enumerate(self._pending):
            name = f"w{i}"
            parts.append(_call(_PARAMETER.sub("$" + name + r".\1", text)))
            joined[name] = _named(text, values)
        self._pending.clear()
        return "\n".join([*parts, statement]).strip(), joined


def _call(statement: str) -> str:
    """``statement`` as a unit subquery (it returns nothing)."""
    return "CALL () {\n" + statement + "\n}"


def _named(statement: str, params: dict[str, Any]) -> dict[str, Any]:
    """The parameters ``statement`` refers to."""
    names = set(_PARAMETER.findall(statement))
    return {k: v for k, v in params.items() if k in names}


class Neo4jStore:
    backend = "neo4j"

    def __init__(self, driver: neo4j.Driver, database: str | None = None) -> None:
        self._driver = driver
        self._database = database

    @classmethod
    def connect(
        cls, uri: str, *, user: str = "neo4j", password: str | None = None, database: str | None = None
    ) -> Neo4jStore:
        """Connect to ``uri`` and check the server answers."""
        auth = (user, password) if password else None
        # Optional properties (description, wikidata...) are absent on many actors: Neo4j's
        # "unrecognized property" notices about them would only be noise in the logs.
        driver = GraphDatabase.driver(
            uri, auth=auth, notifications_disabled_categories=[NotificationDisabledCategory.UNRECOGNIZED]
        )
        try:
            driver.verify_connectivity()
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            driver.close()
            raise StoreUnavailable(f"Neo4j at {uri} is not reachable: {exc}", detail={"uri": uri}) from None
        except AuthError as exc:
            driver.close()
            raise StoreError(f"Neo4j at {uri} refused the credentials: {exc.message}") from None
        return cls(driver, database)

    def _session(self) -> neo4j.Session:
        return self._driver.session(database=self._database)

    @staticmethod
    def _run_in(
        tx: neo4j.ManagedTransaction | _Deferring, name: str, params: dict[str, Any], rel_type: RelationType | None
    ) -> list[dict[str, Any]]:
        """The rows of query ``name`` (its last statement) in ``tx``.

        A query answering one record whose only column is ``_rows`` (a list of maps) answers
        those maps as its rows: the Neo4j forms of the write procedure's lookups
        (``cypher/neo4j/*_existing``, ``stored_references``, ``claims_and_states``) collect their
        rows so, since the driver pays per record.
        """
        rows: list[dict[str, Any]] = []
        for statement in cypher.statements(cypher.load(name, "neo4j"), rel_type=rel_type):
            result = tx.run(statement, params)
            rows = [_row(record) for record in result]
        if len(rows) == 1 and rows[0].keys() == {"_rows"}:  # all rows in one record (cypher/neo4j/*)
            return list(rows[0]["_rows"])
        return rows

    def _guard(self, work: Callable[[], T]) -> T:
        try:
            return work()
        except ActorGraphError:
            raise
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreUnavailable(f"Neo4j is not reachable: {exc}") from None
        except ClientError as exc:
            raise QueryError(f"Neo4j refused the query: {exc.message}") from None
        except Neo4jError as exc:
            raise _memory_refusal(exc) or StoreError(f"Neo4j failed: {exc.message}") from None

    def ensure_schema(self) -> None:
        def work() -> None:
            with self._session() as session:
                for statement in cypher.statements(cypher.load("schema", "neo4j")):
                    session.run(statement).consume()

        self._guard(work)

    def write(self, batch: GraphBatch) -> WriteResult:
        return self._transaction(lambda run: write_batch(run, batch))

    def retract(self, article_ids: Iterable[str]) -> WriteResult:
        """Remove these articles and their claims; their relations are recomputed or removed."""
        ids = list(article_ids)
        return self._transaction(lambda run: retract_articles(run, ids))

    def _transaction(self, procedure: Callable[[Runner], WriteResult]) -> WriteResult:
        """``procedure(run)`` in one managed write transaction (retried by the driver on transient errors)."""
        def transaction(tx: neo4j.ManagedTransaction) -> WriteResult:
            deferring = _Deferring(tx)
            try:
                result = procedure(lambda n, p, rel_type=None: self._run_in(deferring, n, p, rel_type))
                deferring.flush()
                return result
            except Neo4jError as exc:  # the driver would retry a batch over the memory limit for 30 s
                refusal = _memory_refusal(exc)
                if refusal is None:
                    raise
                raise refusal from None

        def work() -> WriteResult:
            with self._session() as session:
                return session.execute_write(transaction)

        return self._guard(work)

    def query(self, name: str, /, rel_type: RelationType | None = None, **params: Any) -> list[dict[str, Any]]:
        def work() -> list[dict[str, Any]]:
            with self._session() as session:
                return session.execute_read(self._run_in, name, params, rel_type)

        return self._guard(work)

    def run_read(self, text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Run an ad-hoc read statement (EXPLAIN checks, read-only power-user queries)."""
        def work() -> list[dict[str, Any]]:
            with self._session() as session:
                result = session.run(text, params)
                return [_row(r) for r in result]

        return self._guard(work)

    def explain(self, text: str, params: dict[str, Any]) -> QueryPlan:
        """The server's plan of ``text`` (``EXPLAIN``: nothing runs), for :func:`check_plan`."""
        def work() -> QueryPlan:
            with self._driver.session(database=self._database, default_access_mode=neo4j.READ_ACCESS) as session:
                summary = session.run("EXPLAIN " + text, params).consume()
                return neo4j_plan(summary.query_type, summary.plan)

        return self._guard(work)

    def read_only(
        self, text: str, params: dict[str, Any], *, max_rows: int, timeout: float
    ) -> tuple[list[dict[str, Any]], bool]:
        """Run one ad-hoc statement in a READ access-mode transaction: the server refuses writes.

        At most ``max_rows`` rows come back (and whether more were cut off); the server stops it
        after ``timeout`` seconds.
        """
        def transaction(tx: neo4j.Transaction) -> tuple[list[dict[str, Any]], bool]:
            result = tx.run(text, params)
            rows: list[dict[str, Any]] = []
            for record in result:
                if len(rows) == max_rows:
                    return rows, True
                rows.append(_row(record))
            return rows, False

        def work() -> tuple[list[dict[str, Any]], bool]:
            # Not execute_read: the driver would retry a query that hit the memory limit for 30 s.
            with self._driver.session(database=self._database, default_access_mode=neo4j.READ_ACCESS) as session, \
                    session.begin_transaction(timeout=timeout) as tx:
                return transaction(tx)

        return self._guard(work)

    def close(self) -> None:
        self._driver.close()
