"""LadybugDB's bulk path: large row lists of a write go in through CSV files and ``LOAD FROM``.

``EmbeddedStore.run`` hands a write query here when its row list is long enough
(:data:`THRESHOLD`: every list); :func:`bulk_form` writes the rows to CSV files in the store's
bulk folder and names the ``cypher/embedded/bulk_*.cypher`` file that loads them, inside the same
transaction as the rest of the batch. The columns of each file are those its
``LOAD WITH HEADERS (...) FROM '__FILE_x__'`` clause declares (one list per file, in the query file).

Why ``LOAD FROM ... CREATE`` and not ``COPY`` (measured in ``bench/store.py``, LadybugDB 0.22):

- sending rows as a ``$rows`` parameter costs more than the write itself (the driver walks every
  value to type the statement); a CSV file read by ``LOAD FROM`` (a prepared statement, the file
  name fixed) is 3x cheaper, also for a few rows;
- ``COPY`` into a node table followed by ``ROLLBACK`` corrupts 0.22's primary-key index (the next
  ``COPY`` aborts the process: ``tests/test_bulk_writes.py`` keeps a probe), and an all-or-nothing
  batch is a promise;
- ``COPY`` into a non-empty relationship table costs ~0.7 s at commit, more than the whole batch.
"""

from __future__ import annotations

import operator
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from actorgraph import cypher
from actorgraph.graph.model import RelationType, parse_relation_id

# Rows from which a list is loaded through a CSV file rather than sent as a parameter. With the
# statements prepared once (EmbeddedStore), the file is cheaper at every size (LadybugDB 0.22,
# CPU time, a 23-column relation insert: 0.4 against 1.3 ms for 5 rows, 2.2 against 6.4 ms for
# 100): the driver converts and types every parameter value. So every row list takes the file.
THRESHOLD = 1

# (type, source) groups of relation ids from which clear_relations (and a retraction's
# delete_relations) joins the ids with the whole relation tables instead of running one
# statement per group (bench/store.py --threshold). A group's statement looks its source actor up
# by primary key and tests only that actor's edges of the type: ~0.1 ms, a hub's ~0.5 ms, whatever
# the store holds; the join scans every relation edge (~60 ms at 180k relations), so it pays only
# for batches touching thousands of stored relations. The states are read by primary key
# (embedded/claims_and_states.cypher).
JOIN_THRESHOLD = 200

_HASH_JOINS = {"delete_relations": "bulk_delete_relations", "clear_relations": "bulk_clear_relations"}
Step = tuple[str, dict[str, Path], dict[str, Any], RelationType | None]
_HEADERS = re.compile(r"LOAD WITH HEADERS \(([^)]*)\)\s*FROM '__FILE_([a-z]+)__'")


def bulk_form(name: str, params: dict[str, Any], folder: Path | None,
              rel_type: RelationType | None = None) -> list[Step] | None:
    """The statements to run instead of query ``name`` (query, files, parameters, type), or None to run it as it is.

    Relation deletes run per (type, source actor), or as one hash join when they are many; inside
    a write (``folder`` set) a long ``$rows`` list goes to CSV files.
    """
    if name in _HASH_JOINS:
        return _deletes(name, params["ids"], rel_type)
    rows: list[dict[str, Any]] | None
    if name == "write_relations":  # every edge created: clear_relations has deleted the stored ones
        rows = [*params["stored"], *params["new"]]
        if not rows:  # a type the batch does not touch: no statement
            return []
        if folder is None or len(rows) < THRESHOLD:
            return [(name, {}, {"rows": rows}, rel_type)]
    else:
        rows = params.get("rows")
    if (folder is None or name not in ("insert_claims", "write_relations")
            or rows is None or len(rows) < THRESHOLD):
        return None
    query = "bulk_insert_claims" if name == "insert_claims" else "bulk_write_relations"
    paths = {}
    for file, columns in load_columns(query).items():
        values = operator.itemgetter(*columns) if len(columns) > 1 else (lambda r, c=columns[0]: (r[c],))
        paths[file] = write_csv(folder / f"{name}_{file}.csv", columns, map(values, rows))
    return [(query, paths, {}, rel_type)]


def _deletes(name: str, ids: Sequence[str], rel_type: RelationType | None) -> list[Step]:
    """Steps deleting the relations ``ids`` (edges and states): ``delete_relations`` once per
    (type, source) group, or the hash join for many groups (``clear_relations`` names every type)."""
    groups: dict[tuple[RelationType, str], list[str]] = defaultdict(list)
    for id_ in ids:
        type_, source, _ = parse_relation_id(id_)
        groups[type_, source].append(id_)
    if len(groups) >= JOIN_THRESHOLD:
        return [(_HASH_JOINS[name], {}, {"ids": list(ids)}, rel_type)]
    return [("delete_relations", {}, {"source": source, "ids": group}, type_)
            for (type_, source), group in groups.items()]


@cache
def load_columns(name: str) -> dict[str, tuple[str, ...]]:
    """For each file embedded query ``name`` reads (``__FILE_x__``), the columns its ``LOAD WITH HEADERS`` declares."""
    found = {file: tuple(part.split()[0] for part in columns.split(","))
             for columns, file in _HEADERS.findall(cypher.load(name, "embedded"))}
    if not found:
        raise ValueError(f"cypher/embedded/{name}.cypher has no LOAD WITH HEADERS ... FROM '__FILE_x__' clause")
    return found


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """Write ``rows`` as tab-separated text that LadybugDB reads back exactly (``DELIM='\\t'``).

    Null is an empty field, an empty text ``""``; a text is quoted only when it must be (a tab, a
    line break, a leading quote, space around it): LadybugDB reads quoted fields several times slower, and JSON
    (relation states) never holds a raw tab or line break. Booleans are ``true``/``false``.

    Rows with a line break inside a field come first, and such a file is ``<stem>-lines.csv`` (the path
    returned): LadybugDB 0.22 reads a quoted line break only when one shows in the file's first few
    hundred lines *when the statement reading it is prepared*, and otherwise refuses the file ("expected
    23 values per row, but got 14"), failing the whole write. The store prepares each statement once,
    so a file that once held no line break must never be given one: files with line breaks have their
    own name, hence their own statement (the rows are created, so their order is no matter).
    """
    lines = list(map(_line, rows))
    broken = [line for line in lines if line.count("\n") > 1 or "\r" in line]
    if broken:
        path = path.with_name(f"{path.stem}-lines{path.suffix}")
    # Written over in place, then cut to length: the store reuses its files batch after batch, and
    # truncating one to zero first frees (and, with ``discard``, trims) all its blocks: 10x slower.
    with open(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600), "w", encoding="utf-8", newline="") as out:
        out.write("\t".join(header) + "\n")
        if broken:
            out.writelines(broken)
            out.writelines(line for line in lines if not (line.count("\n") > 1 or "\r" in line))
        else:
            out.writelines(lines)
        out.truncate()
    return path


def _line(row: Sequence[Any]) -> str:
    """One row of :func:`write_csv`; texts that need nothing (nearly all) are checked inline, as
    this runs for every value of every batch."""
    fields: list[str] = []
    add = fields.append
    for value in row:
        if type(value) is str:
            if (value and value[0] != '"' and not value[0].isspace() and not value[-1].isspace()
                    and "\t" not in value and "\n" not in value and "\r" not in value):
                add(value)
            else:
                add(_field(value))
        elif value is None:
            add("")
        else:
            add(_field(value))
    return "\t".join(fields) + "\n"


def _field(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if not text or text[0] == '"' or text != text.strip() or _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


_NEEDS_QUOTES = re.compile(r"[\t\n\r]")
