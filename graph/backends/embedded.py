"""The embedded store: a LadybugDB database on disk, no server.

One process may open it read-write; a second one gets :class:`StoreLocked` naming the process
that holds it. Inside a process LadybugDB runs one write transaction at a time, so writes are
serialised here with a lock; reads run on per-thread connections.

Every statement of a write is prepared once per connection and then only executed: binding
and planning a statement costs more than running it on an article-sized batch (~1.5 ms for the
23-column relation insert). The bulk files live in one folder per store, so their statements'
texts (which name the files) stay the same from batch to batch.
"""

from __future__ import annotations

import contextlib
import functools
import re
import shutil
import tempfile
import threading
import warnings
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import ladybug

from actorgraph import cypher
from actorgraph.errors import QueryError, StoreError, StoreLocked
from actorgraph.graph.backends.embedded_bulk import bulk_form
from actorgraph.graph.model import GraphBatch, RelationType
from actorgraph.graph.readonly import QueryPlan, embedded_plan
from actorgraph.graph.writing import Runner, WriteResult, retract_articles, write_batch

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_LOCK_HOLDER = re.compile(r"Lock is held by PID (\d+)")
# Write-ahead log size that triggers a checkpoint. LadybugDB's default (a few MB) checkpoints
# every other 5,000-claim batch, each checkpoint rewriting the touched node groups (2 s at 20k
# claims); 256 MiB amortises that over a bulk load. The log is replayed on open after a crash.
CHECKPOINT_BYTES = 256 << 20
# Upserts whose stored ids are looked up first (the query doing it, the one creating the others):
# LadybugDB finds the missing ones no cheaper (an OPTIONAL MATCH is planned as a join costing ~2 ms
# for one row, MERGE slows down as the table grows).
_UPSERTS = {"upsert_actors": ("actors_existing", "bulk_upsert_actors"),
            "upsert_articles": ("articles_existing", "bulk_upsert_articles")}
# Rows (the longest list a statement is given: $rows, $ids, or the file's rows) above which a write
# statement runs on a plan of its own (EmbeddedStore._prepared). LadybugDB keeps the plan a
# prepared statement got on its first run; after a bulk load, article batches would run on plans
# made for thousands of rows (hash joins over whole tables). Measured in bench/plans.py.
LARGE_ROWS = 500
# relations_by_ids for at most this many source actors runs relations_from once per source (each
# found by primary key): `s.id IN $sources` reads every actor, 12 ms at 100k actors.
PER_SOURCE = 32
# The path search's frontier queries (graph/paths.py) and neighbours, for at most PER_SOURCE actors,
# run once per actor (``<name>_from``, the actor found by primary key), for the same reason:
# `x.id IN $ids` costs the scan however small the frontier.
_PER_ACTOR = {"path_step": "path_step_from", "path_meet": "path_meet_from", "frontier_degree": "frontier_degree_from",
              "neighbours": "neighbours_from"}


@functools.cache
def _statements(name: str, rel_type: RelationType | None, files: tuple[tuple[str, Path], ...]) -> list[str]:
    """The statements of embedded query ``name`` (a closed set: each is split once)."""
    return cypher.statements(cypher.load(name, EmbeddedStore.backend), rel_type=rel_type, files=dict(files))


def _rows(params: dict[str, Any]) -> int:
    """The length of the longest list among ``params`` (``rows``, ``ids``, ``keys``...; write_relations'
    ``stored`` and ``new`` together)."""
    if "new" in params and "stored" in params:
        return len(params["stored"]) + len(params["new"])
    return max((len(v) for v in params.values() if isinstance(v, list)), default=0)


@functools.cache
def _parameters(statement: str) -> frozenset[str]:
    return frozenset(_PARAM.findall(statement))


class EmbeddedStore:
    backend = "embedded"

    def __init__(self, database: ladybug.Database, path: Path) -> None:
        self.path = path
        self._database = database
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._bulk_folder: Path | None = None

    @classmethod
    def open(cls, path: Path | str) -> EmbeddedStore:
        """Open (or create) the database at ``path``."""
        path = Path(path).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            database = ladybug.Database(str(path), checkpoint_threshold=CHECKPOINT_BYTES)
        except RuntimeError as exc:
            holder = _LOCK_HOLDER.search(str(exc))
            if holder or "lock" in str(exc).lower():
                pid = holder.group(1) if holder else "another process"
                raise StoreLocked(
                    f"the embedded database {path} is open in process {pid} (only one process may "
                    "write it): stop that process, send your files through its API with "
                    "`actorgraph ingest --api URL`, or point ACTORGRAPH_EMBEDDED_PATH elsewhere",
                    detail={"path": str(path), "pid": pid},
                ) from None
            raise StoreError(f"cannot open the embedded database {path}: {exc}") from None
        return cls(database, path)

    def _connection(self) -> ladybug.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._local.connection = ladybug.Connection(self._database)
        return connection

    def _prepared(self, statement: str, large: bool) -> ladybug.PreparedStatement | str:
        """``statement`` prepared on this thread's connection, once for small batches and once for
        large ones (``large``: more than :data:`LARGE_ROWS` rows; the write procedure's statements are
        a closed set); the text itself when LadybugDB needs the parameters' values to bind it (a
        ``$parameter`` inside a recursive pattern's filter).

        LadybugDB keeps the plan a statement got on its first run: planned for a 20,000-row load
        (hash joins over whole tables), an article's 30 rows cost up to 25x more (27 against 1 ms for
        ``claims_and_states`` on 200k claims), so the two sizes keep plans of their own.
        """
        cache: dict[tuple[str, bool], ladybug.PreparedStatement | str] | None = getattr(self._local, "prepared", None)
        if cache is None:
            cache = self._local.prepared = {}
        prepared = cache.get((statement, large))
        if prepared is None:
            with warnings.catch_warnings():  # 0.22 calls prepare + execute deprecated, not gone: it saves the binding
                warnings.simplefilter("ignore", DeprecationWarning)
                made = self._connection().prepare(statement)
            prepared = cache[statement, large] = made if made.is_success() else statement
        return prepared

    def _execute(self, statement: str, params: dict[str, Any], large: bool = False) -> list[dict[str, Any]]:
        used = {k: v for k, v in params.items() if k in _parameters(statement)}
        # inside a write (its bulk folder set): prepared; reads bind with their values, as before
        writing = getattr(self._local, "bulk_folder", None) is not None
        try:
            result = self._connection().execute(self._prepared(statement, large) if writing else statement, used)
        except RuntimeError as exc:
            raise QueryError(f"embedded query failed: {exc}") from None
        if isinstance(result, list):  # several statements in one text: never sent by the named queries
            raise QueryError("one statement at a time")
        if not result.has_next():
            return []
        columns = result.get_column_names()
        rows: list[dict[str, Any]] = []
        while result.has_next():
            rows.append(dict(zip(columns, result.get_next(), strict=True)))
        return rows

    def run(self, name: str, params: dict[str, Any], rel_type: RelationType | None = None) -> list[dict[str, Any]]:
        """Run every statement of query ``name``; the rows of the last one.

        Relation deletes run per (type, source actor), and inside :meth:`write` a long row list
        goes through a CSV file and ``LOAD FROM`` instead
        (:mod:`~actorgraph.graph.backends.embedded_bulk`), in the same transaction. A query file
        may hold no statement (``lock_actors``): no row. ``relations_by_ids`` with few source
        actors runs ``relations_from`` per source (``PER_SOURCE``), and the path search's frontier
        queries run per actor (:meth:`_per_actor`).
        """
        if name in _UPSERTS and params.get("rows"):
            return self._upsert(name, params["rows"], params.get("stored"))
        if name == "relations_by_ids" and len(params.get("sources", ())) <= PER_SOURCE:
            return [row for source in params["sources"]
                    for row in self.run("relations_from", {"source": source, "ids": params["ids"]})]
        if name in _PER_ACTOR and min(len(params["ids"]), len(params.get("far", params["ids"]))) <= PER_SOURCE:
            return self._per_actor(name, params)
        folder = getattr(self._local, "bulk_folder", None)
        steps = bulk_form(name, params, Path(folder) if folder else None, rel_type)
        rows: list[dict[str, Any]] = []
        for query, files, values, type_ in steps if steps is not None else [(name, {}, params, rel_type)]:
            # a step reading files has the rows of the query's parameters; one per group, its own
            large = _rows(params if files else values) > LARGE_ROWS
            for statement in _statements(query, type_, tuple(sorted(files.items()))):
                rows = self._execute(statement, values, large)
        return rows

    def _per_actor(self, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """``path_step``, ``path_meet``, ``frontier_degree`` or ``neighbours`` as ``<name>_from`` once
        per actor of ``ids`` (``neighbours``: a relation between two of them once); ``path_meet`` per
        actor of the smaller frontier (its filter is the same on both ends: from ``far``, near and far
        swapped back)."""
        ids, rest = params["ids"], {k: v for k, v in params.items() if k != "ids"}
        if name == "path_meet" and len(params["far"]) < len(ids):
            rest["far"] = ids
            return [{"near": r["far"], "far": r["near"], "id": r["id"]}
                    for one in params["far"] for r in self.run(_PER_ACTOR[name], {**rest, "id": one})]
        rows = [r for one in ids for r in self.run(_PER_ACTOR[name], {**rest, "id": one})]
        if name == "neighbours":
            return list({r["id"]: r for r in rows}.values())
        return [{"degree": sum(r["degree"] for r in rows)}] if name == "frontier_degree" else rows

    def _upsert(self, name: str, rows: list[dict[str, Any]], known: list[str] | None) -> list[dict[str, Any]]:
        """``upsert_actors``/``upsert_articles``: the stored ids looked up by primary key (or ``known``:
        the caller's ``stored`` parameter, read in the same transaction), the others created
        (``bulk_<name>``: CREATE), the stored ones updated (``<name>``: SET)."""
        lookup, create = _UPSERTS[name]
        stored = set(known) if known is not None else {
            r["id"] for r in self.run(lookup, {"ids": [r["id"] for r in rows]})}
        new = [r for r in rows if r["id"] not in stored]
        for query, part in ((create, new), (name, [r for r in rows if r["id"] in stored])):
            if part:
                for statement in _statements(query, None, ()):
                    self._execute(statement, {"rows": part}, len(part) > LARGE_ROWS)
        return []

    def ensure_schema(self) -> None:
        with self._write_lock:
            self.run("schema", {})

    def write(self, batch: GraphBatch) -> WriteResult:
        return self._transaction(lambda run: write_batch(run, batch))

    def retract(self, article_ids: Iterable[str]) -> WriteResult:
        """Remove these articles and their claims; their relations are recomputed or removed."""
        ids = list(article_ids)
        return self._transaction(lambda run: retract_articles(run, ids))

    def _transaction(self, work: Callable[[Runner], WriteResult]) -> WriteResult:
        """``work(self.run)`` in one write transaction: committed whole, or rolled back."""
        with self._write_lock:
            connection = self._connection()
            if self._bulk_folder is None:  # removed by close(), or at exit for a store never closed
                self._bulk_folder = Path(tempfile.mkdtemp(prefix="actorgraph-bulk-"))
                weakref.finalize(self, shutil.rmtree, self._bulk_folder, ignore_errors=True)
            self._local.bulk_folder = self._bulk_folder
            connection.execute("BEGIN TRANSACTION")
            try:
                result = work(self.run)
            except BaseException:
                with contextlib.suppress(RuntimeError):  # LadybugDB rolls back on its own errors
                    connection.execute("ROLLBACK")
                raise
            finally:
                self._local.bulk_folder = None
            connection.execute("COMMIT")
            return result

    def query(self, name: str, /, rel_type: RelationType | None = None, **params: Any) -> list[dict[str, Any]]:
        return self.run(name, params, rel_type)

    def explain(self, text: str, params: dict[str, Any]) -> QueryPlan:
        """LadybugDB's plan of ``text`` (``EXPLAIN`` in a READ ONLY transaction), for :func:`check_plan`."""
        rows, _ = self.read_only("EXPLAIN " + text, params, max_rows=1, timeout=10)
        return embedded_plan(str(next(iter(rows[0].values()))) if rows else "")

    def read_only(
        self, text: str, params: dict[str, Any], *, max_rows: int, timeout: float
    ) -> tuple[list[dict[str, Any]], bool]:
        """Run one ad-hoc statement in a READ ONLY transaction: LadybugDB itself refuses writes.

        At most ``max_rows`` rows come back (and whether more were cut off); it is interrupted
        after ``timeout`` seconds. Runs on a connection of its own, never shared with named queries.
        """
        connection = getattr(self._local, "reader", None)
        if connection is None:
            connection = self._local.reader = ladybug.Connection(self._database)
        connection.set_query_timeout(max(1, int(timeout * 1000)))
        connection.execute("BEGIN TRANSACTION READ ONLY")
        try:
            result = connection.execute(text, params)
            if isinstance(result, list):
                raise QueryError("send one statement at a time")
            columns = result.get_column_names()
            rows: list[dict[str, Any]] = []
            while result.has_next() and len(rows) <= max_rows:
                rows.append(dict(zip(columns, result.get_next(), strict=True)))
        except RuntimeError as exc:
            raise QueryError(f"embedded query failed: {exc}") from None
        finally:
            with contextlib.suppress(RuntimeError):  # a failed query has already rolled back
                connection.execute("ROLLBACK")
        return rows[:max_rows], len(rows) > max_rows

    def close(self) -> None:
        self._local = threading.local()
        self._database.close()
        if self._bulk_folder is not None:
            shutil.rmtree(self._bulk_folder, ignore_errors=True)
            self._bulk_folder = None
