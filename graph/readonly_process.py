"""Ad-hoc read-only Cypher on the embedded store, run in a child process with hard bounds.

LadybugDB's query timeout stops a query only between operators: one expression that builds a
huge value (``lpad('a', 2000000000, 'x')``, a list doubled in twenty ``WITH`` clauses) runs on,
and even ``EXPLAIN`` folds such constants while planning. So the server never plans or runs an
ad-hoc statement itself: a child process opens the database file read-only, plans the statement
(:func:`~actorgraph.graph.readonly.check_plan`), runs it and prints the rows as JSON. The child has
an address-space limit (``RLIMIT_AS``), is killed at the deadline, and stops reading rows at the
row and byte caps. A read-only open sees every committed write, also those still in the WAL.

``python -m actorgraph.graph.readonly_process`` reads one request (JSON) on stdin and writes
``{"rows": [...], "truncated": bool}`` or ``{"error": {"message": ..., "detail": {...}}}``.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from actorgraph.errors import QueryError, QueryTimeout

STARTUP_SECONDS = 5.0  # Python and the database opening, on a loaded machine (measured: ~0.3 s)
_BASE_ADDRESS_SPACE = 768 << 20  # the interpreter, the native module and thread stacks
_MIN_DB_SPACE = 256 << 20
CONCURRENT = 2  # child processes at once per server; more requests wait (up to their timeout)
_slots = threading.BoundedSemaphore(CONCURRENT)


def database_space(path: Path) -> int:
    """Address space to reserve for the database (LadybugDB maps ``max_db_size``; a power of two)."""
    size = path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    space = _MIN_DB_SPACE
    while space < 4 * size:
        space *= 2
    return space


def run_bounded(path: Path, statement: str, params: dict[str, Any], *, max_rows: int, max_bytes: int,
                timeout: float, memory_mb: int) -> tuple[list[dict[str, Any]], bool]:
    """Plan and run ``statement`` on the embedded database at ``path`` in a bounded child process.

    Returns (rows as plain JSON values, truncated). Raises :class:`QueryTimeout` past ``timeout``
    seconds of running, :class:`QueryError` if it is refused, fails or needs more than
    ``memory_mb`` MiB.
    """
    db_space = database_space(path)
    limit = _BASE_ADDRESS_SPACE + db_space + (memory_mb << 20)
    request = {"path": str(path), "statement": statement, "params": params, "max_rows": max_rows,
               "max_bytes": max_bytes, "timeout": timeout, "buffer_pool": (memory_mb << 20) // 2,
               "max_db_size": db_space}

    def bound() -> None:  # runs in the child before it executes Python
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    if not _slots.acquire(timeout=timeout):
        raise QueryTimeout(f"{CONCURRENT} queries were running for {timeout:g} s; retry later",
                           detail={"field": "query", "timeout": timeout})
    try:
        done = subprocess.run([sys.executable, "-m", "actorgraph.graph.readonly_process"],
                              input=json.dumps(request).encode(), capture_output=True,
                              timeout=timeout + STARTUP_SECONDS, preexec_fn=bound, check=False)
    except subprocess.TimeoutExpired:
        raise QueryTimeout(f"the query ran longer than {timeout:g} s (ACTORGRAPH_CYPHER_TIMEOUT) and was stopped",
                           detail={"field": "query", "timeout": timeout}) from None
    finally:
        _slots.release()
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        stderr = done.stderr.decode(errors="replace")
        if "bad_alloc" in stderr or "MemoryError" in stderr or "Cannot allocate" in stderr:
            raise _too_big(memory_mb)
        if done.returncode < 0:  # killed by a signal: the engine crashed on this query (the server did not)
            raise QueryError(f"the embedded engine crashed on this query (signal {-done.returncode}); values "
                             "out of its range (a year past 9999, a huge number) are a known cause: change the "
                             "query", detail={"field": "query"})
        raise QueryError(f"the query process failed (exit status {done.returncode})", detail={"field": "query"})
    if "error" in answer:
        error = answer["error"]
        kind = QueryTimeout if error.get("timeout") else QueryError
        if error.get("memory"):
            raise _too_big(memory_mb)
        raise kind(str(error["message"]), detail=dict(error.get("detail") or {}))
    return list(answer["rows"]), bool(answer["truncated"])


def _too_big(memory_mb: int) -> QueryError:
    return QueryError(f"the query needs more than {memory_mb} MiB (ACTORGRAPH_CYPHER_MAX_MEMORY_MB) and was stopped",
                      detail={"field": "query", "max_memory_mb": memory_mb})


def plain(value: Any) -> Any:
    """Engine values (nodes, relationships, dates, ids) of either store as plain JSON values."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "items"):  # a Neo4j node or relationship
        return {str(k): plain(v) for k, v in value.items()}
    return str(value)


def _child(request: dict[str, Any]) -> dict[str, Any]:
    import ladybug

    from actorgraph.graph.readonly import check_plan, embedded_plan

    database = ladybug.Database(request["path"], read_only=True, buffer_pool_size=request["buffer_pool"],
                                max_db_size=request["max_db_size"])
    connection = ladybug.Connection(database)
    connection.set_query_timeout(max(1, int(request["timeout"] * 1000)))
    statement, params = request["statement"], request["params"]
    explained = connection.execute("EXPLAIN " + statement, params)
    if isinstance(explained, list):
        raise QueryError("send one statement at a time", detail={"field": "query"})
    drawn: Any = explained.get_next() if explained.has_next() else [""]
    check_plan(embedded_plan(str(drawn[0])))
    result = connection.execute(statement, params)
    if isinstance(result, list):
        raise QueryError("send one statement at a time", detail={"field": "query"})
    columns = result.get_column_names()
    rows: list[dict[str, Any]] = []
    size = 0
    while result.has_next():
        if len(rows) == request["max_rows"]:
            return {"rows": rows, "truncated": True}
        row = plain(dict(zip(columns, result.get_next(), strict=True)))
        size += len(json.dumps(row, ensure_ascii=False))
        if size > request["max_bytes"]:
            if not rows:
                raise QueryError(f"one row of the result is larger than {request['max_bytes']} bytes "
                                 "(ACTORGRAPH_CYPHER_MAX_BYTES)", detail={"field": "query"})
            return {"rows": rows, "truncated": True}
        rows.append(row)
    return {"rows": rows, "truncated": False}


def main() -> None:
    request = json.loads(sys.stdin.buffer.read())
    try:
        answer = _child(request)
    except QueryError as exc:
        answer = {"error": {"message": exc.message, "detail": exc.detail}}
    except MemoryError:
        answer = {"error": {"message": "out of memory", "memory": True}}
    except RuntimeError as exc:
        text = str(exc)
        if "bad_alloc" in text or "buffer pool is full" in text or "allocate memory" in text:
            answer = {"error": {"message": text, "memory": True}}
        elif "Interrupted" in text:
            answer = {"error": {"message": f"the query ran longer than {request['timeout']:g} s "
                                "(ACTORGRAPH_CYPHER_TIMEOUT) and was stopped", "timeout": True,
                                "detail": {"field": "query", "timeout": request["timeout"]}}}
        else:
            answer = {"error": {"message": f"embedded query failed: {text}", "detail": {"field": "query"}}}
    sys.stdout.write(json.dumps(answer, ensure_ascii=False))


if __name__ == "__main__":
    main()
