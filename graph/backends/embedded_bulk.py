"""LadybugDB's bulk path: large row lists of a write go in through CSV files and COPY.

``EmbeddedStore.run`` hands a write query here when its row list is long enough
(:data:`THRESHOLD`); :func:`bulk_form` writes the rows to CSV files in the batch's temporary
folder and names the ``cypher/embedded/bulk_*.cypher`` file that loads them, inside the same
transaction as the rest of the batch. Relationship tables take ``COPY`` (ROLLBACK undoes it);
Claim nodes take ``LOAD FROM ... CREATE``, a plain write, because ROLLBACK after a ``COPY``
into a node table corrupts LadybugDB 0.22's primary-key index (the process crashes later), and
an all-or-nothing batch is a promise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

# Rows from which a list is loaded through CSV rather than sent as a parameter (measured in
# bench/store.py --threshold: below it the fixed cost of files and COPY dominates).
THRESHOLD = 200

CLAIM_COLUMNS = (
    "id", "relation", "type", "subject", "object", "valid_from", "valid_from_precision", "valid_to",
    "valid_to_precision", "ended", "observed", "observed_precision", "episodic",
    "sentence", "span_start", "span_end", "article", "source", "extractor",
    "confidence", "hedged", "reported", "attributes",
)

Bulk = tuple[str, dict[str, Path], dict[str, Any]]


def bulk_form(
    name: str, params: dict[str, Any], folder: Path, relation_columns: Callable[[], Sequence[str]]
) -> Bulk | None:
    """The bulk query, its files and parameters for query ``name``, or None to run it as it is.

    ``relation_columns()`` gives the relationship tables' property columns in table order.
    """
    rows = params.get("rows")
    if name not in _FORMS or rows is None or len(rows) < THRESHOLD:
        return None
    return _FORMS[name](rows, folder, relation_columns)


def _claims(rows: list[dict], folder: Path, _: Callable[[], Sequence[str]]) -> Bulk:
    path = write_csv(folder / "claims.csv", CLAIM_COLUMNS, ([r[c] for c in CLAIM_COLUMNS] for r in rows))
    links = [{k: r[k] for k in ("id", "article", "subject", "object")} for r in rows]
    return "bulk_insert_claims", {"claims": path}, {"links": links}


_FORMS = {
    "insert_claims": _claims,
}


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """Write ``rows`` as CSV that LadybugDB reads back exactly: null unquoted and empty, text
    quoted (so an empty text stays empty, not null), booleans ``true``/``false``."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        out.writelines(",".join(map(_field, row)) + "\n" for row in rows)
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
    return '"' + str(value).replace('"', '""') + '"'
