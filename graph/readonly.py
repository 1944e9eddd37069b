"""Ad-hoc read-only Cypher for power users (``POST /cypher``), refused if it could write.

Two lines of defence:

1. :func:`check_read_only` reads the statement as tokens (string literals, quoted names and
   comments removed) and refuses write clauses, file and network access (``LOAD CSV``,
   ``COPY``, ``EXPORT``...), transaction control, several statements, and ``CALL`` of any
   procedure not on a short list of read-only ones. It is a first line, not the guarantee.
2. The store runs what passes in a transaction the database itself keeps read-only: a READ
   access-mode transaction on Neo4j, a ``READ ONLY`` transaction on LadybugDB. A write that
   slipped past the first line is refused by the engine.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from actorgraph.errors import QueryError

if TYPE_CHECKING:
    from actorgraph.graph.store import Store

WRITE_WORDS = frozenset({
    "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "ALTER", "RENAME", "FOREACH",
    "LOAD", "COPY", "EXPORT", "IMPORT", "INSTALL", "ATTACH", "USE", "CHECKPOINT", "BEGIN", "COMMIT",
    "ROLLBACK", "GRANT", "REVOKE", "DENY", "TERMINATE", "START", "STOP", "ENABLE", "DISABLE", "INSERT",
    "UPDATE", "UPSERT", "TRANSACTIONS", "PERIODIC", "MACRO", "SHOW",
})
# Procedures (Neo4j) and table functions (LadybugDB) known to only read the catalogue.
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "show_tables", "table_info",
    "db_version", "current_setting",
})

_TOKEN = re.compile(
    r"""(?P<comment>//[^\n]*|/\*.*?\*/)
      |(?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      |(?P<quoted>`(?:[^`]|``)*`)
      |(?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
      |(?P<other>\S)""",
    re.VERBOSE | re.DOTALL,
)


def _tokens(text: str) -> list[str]:
    out = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "comment":
            continue
        out.append("''" if kind == "string" else "`x`" if kind == "quoted" else match.group())
    return out


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
                raise QueryError(
                    f"read-only queries may only call the procedures {', '.join(sorted(READ_PROCEDURES))}",
                    detail={"field": "query", "procedure": following},
                )
    return statement


def run_read_only(store: Store, text: str, params: dict[str, Any], *, max_rows: int,
                  timeout: float) -> tuple[list[dict[str, Any]], bool]:
    """Check ``text`` and run it read-only on ``store``: (rows, truncated)."""
    statement = check_read_only(text)
    return store.read_only(statement, params, max_rows=max_rows, timeout=timeout)
