"""LadybugDB's bulk path: large row lists of a write go in through CSV files and ``LOAD FROM``.

``EmbeddedStore.run`` hands a write query here when its row list is long enough
(:data:`THRESHOLD`); :func:`bulk_form` writes the rows to a CSV file in the batch's temporary
folder and names the ``cypher/embedded/bulk_*.cypher`` file that loads it, inside the same
transaction as the rest of the batch. The columns of each file are those its
``LOAD WITH HEADERS (...)`` clause declares (one list, in the query file).

Why ``LOAD FROM ... CREATE`` and not ``COPY`` (measured in ``bench/store.py``, LadybugDB 0.22):

- sending rows as a ``$rows`` parameter costs more than the write itself (the driver walks every
  value to type the statement); a CSV file read by ``LOAD FROM`` is 3x cheaper;
- ``COPY`` into a node table followed by ``ROLLBACK`` corrupts 0.22's primary-key index (the next
  ``COPY`` aborts the process: ``tests/test_bulk_writes.py`` keeps a probe), and an all-or-nothing
  batch is a promise;
- ``COPY`` into a non-empty relationship table costs ~0.7 s at commit, more than the whole batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from actorgraph import cypher

# Rows from which a list is loaded through a CSV file rather than sent as a parameter. Measured
# (bench/store.py --threshold and a 1.7k-row relation insert, LadybugDB 0.22, a loaded machine):
# below ~500 rows the two cost the same within the noise (the statement's fixed cost dominates);
# at 1.7k rows the file is 3.4x faster (the driver types every parameter value). 20 keeps
# article-sized batches on the file path too, so one path is exercised everywhere.
THRESHOLD = 20

# Relation ids from which relation_states and an update's delete join the ids with the whole
# table instead of testing the sources' edges against the list (bench/store.py --threshold).
STATES_THRESHOLD = 500

_HASH_JOINS = {"relation_states": "bulk_relation_states", "delete_relations": "bulk_delete_relations"}
Step = tuple[str, dict[str, Path], dict[str, Any]]
_HEADERS = re.compile(r"LOAD WITH HEADERS \(([^)]*)\)")


def bulk_form(name: str, params: dict[str, Any], folder: Path) -> list[Step] | None:
    """The statements to run instead of query ``name`` (query, files, parameters), or None to run it as it is.

    A long ``$rows`` list goes to a CSV file; many relation ids take the hash-join forms.
    """
    ids = params.get("ids", ())
    if name in ("relation_states", "delete_relations") and len(ids) >= STATES_THRESHOLD:
        return [(_HASH_JOINS[name], {}, {"ids": ids})]
    rows = params.get("rows")
    if name not in ("insert_claims", "insert_relations", "upsert_relations") or rows is None or len(rows) < THRESHOLD:
        return None
    if name == "upsert_relations":  # LadybugDB: delete the stored edges, create them again
        delete = {"ids": params["ids"], "sources": params["sources"]}
        return [*(bulk_form("delete_relations", delete, folder) or [("delete_relations", {}, delete)]),
                *(bulk_form("insert_relations", params, folder) or [])]
    query = "bulk_insert_claims" if name == "insert_claims" else "bulk_insert_relations"
    path = folder / f"{name}.csv"
    columns = load_columns(query)
    write_csv(path, columns, ([r[c] for c in columns] for r in rows))
    return [(query, {"rows": path}, {})]


@cache
def load_columns(name: str) -> tuple[str, ...]:
    """The column names the ``LOAD WITH HEADERS`` clause of embedded query ``name`` declares."""
    found = _HEADERS.search(cypher.load(name, "embedded"))
    if not found:
        raise ValueError(f"cypher/embedded/{name}.cypher has no LOAD WITH HEADERS clause")
    return tuple(part.split()[0] for part in found.group(1).split(","))


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """Write ``rows`` as tab-separated text that LadybugDB reads back exactly (``DELIM='\\t'``).

    Null is an empty field, an empty text ``""``; a text is quoted only when it must be (a tab, a
    line break, a leading quote, space around it): LadybugDB reads quoted fields several times slower, and JSON
    (relation states) never holds a raw tab or line break. Booleans are ``true``/``false``.

    Rows with a line break inside a field come first: LadybugDB 0.22 reads a quoted line break
    only when one shows in the file's first few hundred lines, and otherwise refuses the file ("expected
    23 values per row, but got 14"), failing the whole write (the rows are created, so order is no matter).
    """
    lines = ["\t".join(map(_field, row)) + "\n" for row in rows]
    broken = [line for line in lines if "\n" in line[:-1] or "\r" in line]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("\t".join(header) + "\n")
        if broken:
            out.writelines(broken)
            out.writelines(line for line in lines if not ("\n" in line[:-1] or "\r" in line))
        else:
            out.writelines(lines)
    return path


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
