"""Ad-hoc read-only Cypher for power users (``POST /cypher``), refused if it could write or
reach outside the graph (files, URLs, server configuration).

Four lines of defence, in order:

1. **Bounds** before any engine sees the text (:func:`check_bounds`, :func:`check_params`):
   statement length, bracket nesting (deep nesting crashes LadybugDB's parser), and
   parameters the engines can hold (64-bit integers, finite floats, lists of one kind,
   bounded depth and size).
2. **Tokens** (:func:`check_read_only`): the statement read with string literals, quoted names
   and comments removed; write clauses, file and network access (``LOAD``, ``COPY``...),
   transaction control, several statements and ``CALL`` of a procedure outside
   :data:`READ_PROCEDURES` are refused. A comment ends at *any* line break (``\\r``, ``\\n``,
   U+2028...), the earliest point an engine may end it, so no clause hides behind one.
3. **The engine's own plan** (:func:`check_plan`): the store ``EXPLAIN``\\ s the statement and
   the plan decides. Neo4j must call it a read query (type ``r``) with no ``LoadCSV``,
   ``Show...`` or updating operator and no procedure outside the allow-list; on LadybugDB
   every operator must be a known read operator (:data:`EMBEDDED_READ_OPERATORS`) and every
   table function one of :data:`EMBEDDED_READ_FUNCTIONS`.
4. **A read-only transaction**: READ access mode on Neo4j, ``READ ONLY`` on LadybugDB; a
   write that slipped past the lines above is refused by the database.

The Neo4j server is also configured to refuse ``file://`` URLs and to fetch no address (see
docs/neo4j.md): that closes file and URL access even for a client that bypasses this module.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from actorgraph.errors import InputError, QueryError, QueryTimeout, StoreError

MAX_QUERY_CHARS = 20_000
MAX_NESTING = 40  # brackets of any kind; LadybugDB's parser crashes somewhere past 2,000
MAX_PARAM_DEPTH = 8
MAX_PARAM_ITEMS = 100_000
INT64 = (-(2**63), 2**63 - 1)

if TYPE_CHECKING:
    from actorgraph.graph.store import Store

WRITE_WORDS = frozenset({
    "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "ALTER", "RENAME", "FOREACH",
    "LOAD", "COPY", "EXPORT", "IMPORT", "INSTALL", "ATTACH", "USE", "CHECKPOINT", "BEGIN",
    "COMMIT", "ROLLBACK", "GRANT", "REVOKE", "DENY", "TERMINATE", "START", "STOP", "ENABLE", "DISABLE",
    "INSERT", "UPDATE", "UPSERT", "TRANSACTIONS", "PERIODIC", "MACRO", "SHOW", "PROFILE", "EXPLAIN",
})
# Procedures (Neo4j) and table functions (LadybugDB) known to only read the catalogue.
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "show_tables", "table_info",
    "db_version", "current_setting",
})
# Neo4j plan operators refused whatever the query type says (prefixes, without "@neo4j").
NEO4J_REFUSED_OPERATORS = (
    "LoadCSV", "Show", "Terminate", "Create", "Drop", "Alter", "Grant", "Revoke", "Deny", "Merge",
    "Set", "Delete", "DetachDelete", "Remove", "Foreach", "Transaction", "LockNodes", "Assert",
)
# LadybugDB physical operators of read queries; any other operator is refused.
EMBEDDED_READ_OPERATORS = frozenset({
    "AGGREGATE", "AGGREGATE_FINALIZE", "AGGREGATE_SCAN", "CROSS_PRODUCT", "DUMMY_SINK", "EMPTY_RESULT",
    "FILTER", "FLATTEN", "HASH_JOIN_BUILD", "HASH_JOIN_PROBE", "INDEX_LOOKUP", "INTERSECT",
    "INTERSECT_BUILD", "LIMIT", "MULTIPLICITY_REDUCER", "PATH_PROPERTY_PROBE",
    "PRIMARY_KEY_SCAN_NODE_TABLE", "PROJECTION", "QUERY_PRIMARY_KEY_LOOKUP", "RECURSIVE_EXTEND",
    "RESULT_COLLECTOR", "SCAN_NODE_TABLE", "SCAN_REL_TABLE", "SEMI_MASKER", "SKIP", "ORDER_BY",
    "ORDER_BY_MERGE", "ORDER_BY_SCAN", "TABLE_FUNCTION_CALL", "TOP_K", "TOP_K_SCAN", "UNION_ALL_SCAN",
    "UNWIND", "EXTEND", "COUNT_REL_TABLE", "MARK_ACCUMULATE",
})
EMBEDDED_READ_FUNCTIONS = frozenset({"READ_FTABLE", "TABLE_INFO", "SHOW_TABLES", "CURRENT_SETTING", "DB_VERSION"})

# Every character an engine may take as the end of a line (and so of a `//` comment).
_LINE_END = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_TOKEN = re.compile(
    rf"""(?P<comment>//[^{_LINE_END}]*|/\*.*?\*/)
      |(?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      |(?P<quoted>`(?:[^`]|``)*`)
      |(?P<number>0[xXoO][0-9A-Fa-f_]+|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?)
      |(?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
      |(?P<other>\S)""",
    re.VERBOSE | re.DOTALL,
)
_OPENERS, _CLOSERS = "([{", ")]}"


@dataclass
class QueryPlan:
    """What an engine's ``EXPLAIN`` says of a statement.

    ``query_type`` is Neo4j's (``r``, ``w``, ``rw``, ``s``; ``None`` on LadybugDB);
    ``operators`` are (operator, details) pairs, ``functions`` LadybugDB's table functions.
    """

    backend: str
    query_type: str | None = None
    operators: list[tuple[str, str]] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)


def _tokens(text: str) -> list[str]:
    out = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "comment":
            continue
        out.append("''" if kind == "string" else "`x`" if kind == "quoted" else match.group())
    return out


def check_bounds(text: str) -> None:
    """:class:`QueryError` if ``text`` is too long or nests brackets too deep for the engines."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query has {len(text)} characters; at most {MAX_QUERY_CHARS} are accepted",
                         detail={"field": "query"})
    depth = 0
    for token in _tokens(text):
        if token in _OPENERS:
            depth += 1
            if depth > MAX_NESTING:
                raise QueryError(f"the query nests brackets more than {MAX_NESTING} deep",
                                 detail={"field": "query"})
        elif token in _CLOSERS:
            depth = max(0, depth - 1)


def check_params(params: dict[str, Any]) -> None:
    """:class:`InputError` naming the parameter the engines cannot hold.

    Integers must fit 64 bits, floats be finite, a list hold one kind of value (numbers,
    strings, booleans, lists or maps; nulls anywhere), nesting stay within
    :data:`MAX_PARAM_DEPTH` and all values within :data:`MAX_PARAM_ITEMS`.
    """
    count = 0

    def walk(value: Any, where: str, depth: int) -> None:
        nonlocal count
        count += 1
        if count > MAX_PARAM_ITEMS:
            raise InputError(f"the parameters hold more than {MAX_PARAM_ITEMS} values", where="params")
        if depth > MAX_PARAM_DEPTH:
            raise InputError(f"nested more than {MAX_PARAM_DEPTH} deep", where=where)
        if isinstance(value, bool) or value is None or isinstance(value, str):
            return
        if isinstance(value, int):
            if not INT64[0] <= value <= INT64[1]:
                raise InputError("integer outside the 64-bit range", where=where)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise InputError("number is not finite", where=where)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{where}.{key}", depth + 1)
        elif isinstance(value, list):
            kinds = {_kind(item) for item in value} - {"null"}
            if len(kinds) > 1:
                raise InputError(f"a list must hold one kind of value, not {' and '.join(sorted(kinds))}",
                                 where=where)
            if not value:
                raise InputError("an empty list has no type the embedded engine accepts; leave it out",
                                 where=where)
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]", depth + 1)
        else:
            raise InputError(f"unsupported value of type {type(value).__name__}", where=where)

    for name, value in params.items():
        walk(value, f"params.{name}", 1)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "list" if isinstance(value, list) else "map"


def check_read_only(text: str) -> str:
    """The statement stripped of a trailing ``;``, or :class:`QueryError` saying why it may write.

    Examples
    --------
    >>> check_read_only("MATCH (a:Actor) RETURN a.id LIMIT 3;")
    'MATCH (a:Actor) RETURN a.id LIMIT 3'
    """
    statement = text.strip().rstrip(";").strip()
    if not statement:
        raise QueryError("the query is empty", detail={"field": "query"})
    check_bounds(statement)
    tokens = _tokens(statement)
    if ";" in tokens:
        raise QueryError("send one statement at a time", detail={"field": "query"})
    for i, token in enumerate(tokens):
        word = token.upper()
        if word in WRITE_WORDS:
            raise QueryError(f"read-only queries may not use {word}", detail={"field": "query", "clause": word})
        if word == "CALL":
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if following in ("{", "("):  # a subquery; its clauses are checked as the rest are
                continue
            if following.lower() not in READ_PROCEDURES:
                raise _procedure_refused(following)
    return statement


EMBEDDED_MAX_SKIP = 5_000  # LadybugDB 0.22 segfaults on ORDER BY ... SKIP n LIMIT m for n past ~10,000
_AFTER_SKIP = frozenset({"LIMIT", "RETURN", "WITH", "UNION", "MATCH", "OPTIONAL", "UNWIND", "CALL", "WHERE", ")", "}"})


EMBEDDED_MAX_RANGE = 1_000_000  # LadybugDB builds range() whole, past its timeout: 2e9 values exhaust memory
_RANGE_FUNCTIONS = frozenset({"RANGE", "LIST_RANGE", "GENERATE_SERIES", "REPEAT", "LIST_REPEAT"})


def check_embedded_lists(statement: str) -> None:
    """:class:`QueryError` unless every ``range()`` has literal integer arguments spanning at
    most :data:`EMBEDDED_MAX_RANGE` values (LadybugDB's timeout cannot stop a huge one)."""
    tokens = _tokens(statement)
    for i, token in enumerate(tokens):
        if token.upper() not in _RANGE_FUNCTIONS or tokens[i + 1:i + 2] != ["("]:
            continue
        args, j, sign = [], i + 2, 1
        while j < len(tokens) and tokens[j] != ")":
            if tokens[j] == "-":
                sign = -1
            elif tokens[j].isdigit():
                args.append(sign * int(tokens[j]))
                sign = 1
            elif tokens[j] != ",":
                args = []
                break
            j += 1
        step = abs(args[2]) if len(args) == 3 else 1
        if token.upper() != "RANGE" or len(args) not in (2, 3) or step == 0 \
                or abs(args[1] - args[0]) // step > EMBEDDED_MAX_RANGE:
            raise QueryError(f"on the embedded store range() needs whole-number literal bounds spanning at most "
                             f"{EMBEDDED_MAX_RANGE} values", detail={"field": "query", "function": token})


def check_embedded_skip(statement: str) -> None:
    """:class:`QueryError` unless every ``SKIP``/``OFFSET`` is a literal of at most
    :data:`EMBEDDED_MAX_SKIP` (a larger one kills the embedded engine)."""
    tokens = _tokens(statement)
    for i, token in enumerate(tokens):
        if token.upper() not in ("SKIP", "OFFSET"):
            continue
        value = tokens[i + 1] if i + 1 < len(tokens) else ""
        after = tokens[i + 2].upper() if i + 2 < len(tokens) else ")"
        if not (value.isdigit() and int(value) <= EMBEDDED_MAX_SKIP and after in _AFTER_SKIP):
            raise QueryError(f"on the embedded store SKIP must be a whole number of at most {EMBEDDED_MAX_SKIP}",
                             detail={"field": "query", "clause": "SKIP"})


def _procedure_refused(name: str) -> QueryError:
    return QueryError(f"read-only queries may only call the procedures {', '.join(sorted(READ_PROCEDURES))}",
                      detail={"field": "query", "procedure": name})


def check_plan(plan: QueryPlan) -> None:
    """:class:`QueryError` unless the engine's plan only reads the graph."""
    if plan.backend == "neo4j":
        if plan.query_type != "r":
            raise QueryError(f"the server plans this as a {_QUERY_TYPES.get(plan.query_type or '', 'non-read')} "
                             "query; only reads are allowed", detail={"field": "query", "query_type": plan.query_type})
        for operator, details in plan.operators:
            if operator == "ProcedureCall":
                name = details.split("(", 1)[0].strip().lower()
                if name not in READ_PROCEDURES:
                    raise _procedure_refused(name)
            elif operator.startswith(NEO4J_REFUSED_OPERATORS):
                raise QueryError(f"read-only queries may not use the operator {operator}",
                                 detail={"field": "query", "operator": operator})
        return
    for operator, _details in plan.operators:
        if operator not in EMBEDDED_READ_OPERATORS:
            raise QueryError(f"read-only queries may not use the operator {operator}",
                             detail={"field": "query", "operator": operator})
    for function in plan.functions:
        if function not in EMBEDDED_READ_FUNCTIONS:
            raise _procedure_refused(function.lower())


_QUERY_TYPES = {"w": "write", "rw": "read-write", "s": "schema"}

_EMBEDDED_OPERATOR = re.compile(r"([A-Z][A-Z0-9_]+)\[\d+\]")
_EMBEDDED_FUNCTION = re.compile(r"Function: ([A-Za-z0-9_]+)")


def embedded_plan(text: str) -> QueryPlan:
    """A :class:`QueryPlan` from LadybugDB's drawn ``EXPLAIN`` output."""
    return QueryPlan("embedded", operators=[(name, "") for name in _EMBEDDED_OPERATOR.findall(text)],
                     functions=_EMBEDDED_FUNCTION.findall(text))


def neo4j_plan(query_type: str | None, plan: dict[str, Any] | None) -> QueryPlan:
    """A :class:`QueryPlan` from a Neo4j result summary's ``query_type`` and ``plan``."""
    operators: list[tuple[str, str]] = []
    stack = [plan] if plan else []
    while stack:
        step = stack.pop()
        name = str(step.get("operatorType", "")).split("@", 1)[0]
        operators.append((name, str(step.get("args", {}).get("Details", ""))))
        stack.extend(step.get("children", []))
    return QueryPlan("neo4j", query_type=query_type, operators=operators)


def run_read_only(store: Store, text: str, params: dict[str, Any], *, max_rows: int, timeout: float,
                  max_bytes: int = 5 << 20, memory_mb: int = 1024) -> tuple[list[dict[str, Any]], bool]:
    """Check ``text`` and ``params``, have the engine plan it, and run it read-only: (rows, truncated).

    On the embedded store the plan and the run happen in a child process bounded in time and
    memory (:mod:`actorgraph.graph.readonly_process`): LadybugDB cannot stop one huge expression.
    Neo4j stops the transaction at ``timeout`` and bounds its memory itself.
    """
    statement = check_read_only(text)
    check_params(params)
    if store.backend == "embedded":
        from actorgraph.graph.backends.embedded import EmbeddedStore
        from actorgraph.graph.readonly_process import run_bounded

        assert isinstance(store, EmbeddedStore)
        check_embedded_skip(statement)
        check_embedded_lists(statement)
        return run_bounded(store.path, statement, params, max_rows=max_rows, max_bytes=max_bytes,
                           timeout=timeout, memory_mb=memory_mb)
    check_plan(store.explain(statement, params))
    try:
        return store.read_only(statement, params, max_rows=max_rows, timeout=timeout)
    except QueryError as exc:
        if any(sign in exc.message for sign in _NEO4J_TIMED_OUT):
            raise QueryTimeout(f"the query ran longer than {timeout:g} s (ACTORGRAPH_CYPHER_TIMEOUT) and was "
                               "stopped", detail={"field": "query", "timeout": timeout}) from None
        raise
    except StoreError as exc:
        if "db.memory.transaction.max" in exc.message:
            raise QueryError("the query needs more memory than the Neo4j server allows a transaction "
                             "(db.memory.transaction.max) and was stopped", detail={"field": "query"}) from None
        raise


# How the driver's message reads when the server stopped a transaction at its timeout.
_NEO4J_TIMED_OUT = ("not completed within the timeout", "TransactionTimedOut")
