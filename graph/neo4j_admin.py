"""Files for ``neo4j-admin database import full``: a first load of a large graph into Neo4j.

:func:`write_import_files` reads a store (either backend) in keyset pages and writes, for each
node label and relationship type, a header file and a data file in neo4j-admin's CSV format,
plus ``import.sh`` with the command that loads them into an empty database:

- nodes: ``actors`` (``:Actor`` plus the kind's label, as a write sets them), ``articles``,
  ``claims``, each keyed by ``id:ID(<Label>)`` (one ID space per label, the id also stored as
  the ``id`` property);
- relationships: ``relations`` (the aggregated typed edges with every property a write sets,
  their ``state`` included, so later writes fold into them incrementally), ``reports``,
  ``subjects``, ``objects`` (a claim's provenance) and ``mentions``.

Every property is written as the store's normal write procedure would set it (the rows come
from the same ``actor_row``/``claim_row`` of :mod:`actorgraph.graph.writing`), typed in the
header (``published:date``, ``confidence:double``, ``claims:long``, ``episodic:boolean``,
``aliases:string[]`` with ``;`` between elements). A null is an empty field (neo4j-admin leaves
the property out, as a write does); every string, even an empty one, is quoted.

After the import, start the server and open the store once with actorgraph (any command): it
creates the constraints and indexes of ``cypher/schema.cypher``.

Examples
--------
>>> from actorgraph.graph.backends.embedded import EmbeddedStore
>>> written = write_import_files(EmbeddedStore.open("graph.lbug"), Path("import"))  # doctest: +SKIP
>>> print((Path("import") / "import.sh").read_text())                            # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from actorgraph.errors import InputError
from actorgraph.graph.store import Store, pages
from actorgraph.graph.sync import actor_from_row, article_from_row, claim_from_row, mentions_from_rows
from actorgraph.graph.writing import actor_row, article_row, claim_row

ARRAY_DELIMITER = ";"

# name -> header columns. A column is "property:type", or a neo4j-admin field (":LABEL", ...).
ACTOR_COLUMNS = (
    "id:ID(Actor)", "name", "kind", "aliases:string[]", "wikidata", "country", "description", "founded:date",
    "founded_precision", "dissolved:date", "dissolved_precision", "search", ":LABEL",
)
ARTICLE_COLUMNS = ("id:ID(Article)", "title", "url", "source", "published:date", "language", "revision", ":LABEL")
CLAIM_COLUMNS = (
    "id:ID(Claim)", "relation", "type", "subject", "object", "valid_from:date", "valid_from_precision",
    "valid_to:date", "valid_to_precision", "observed:date", "observed_precision", "episodic:boolean",
    "ended:boolean", "sentence", "span_start:long", "span_end:long", "article", "source", "extractor",
    "confidence:double", "hedged:boolean", "reported:date", "attributes", ":LABEL",
)
RELATION_COLUMNS = (
    ":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "id", "type", "source", "target", "valid_from:date",
    "valid_to:date", "valid_from_precision", "valid_to_precision", "active_from:date", "active_until:date",
    "ended:boolean", "observed_from:date", "observed_to:date", "observed_from_precision", "observed_to_precision",
    "episodic:boolean", "disputed", "first_reported:date", "last_reported:date", "confidence:double",
    "claims:long", "sources:long", "state",
)
REPORTS_COLUMNS = (":START_ID(Article)", ":END_ID(Claim)", ":TYPE")
SUBJECT_COLUMNS = (":START_ID(Claim)", ":END_ID(Actor)", ":TYPE")
MENTION_COLUMNS = (":START_ID(Article)", ":END_ID(Actor)", ":TYPE", "count:long", "names:string[]")

NODE_FILES = {"actors": ACTOR_COLUMNS, "articles": ARTICLE_COLUMNS, "claims": CLAIM_COLUMNS}
RELATIONSHIP_FILES = {
    "relations": RELATION_COLUMNS, "reports": REPORTS_COLUMNS, "subjects": SUBJECT_COLUMNS,
    "objects": SUBJECT_COLUMNS, "mentions": MENTION_COLUMNS,
}


@dataclass
class ImportFiles:
    """What :func:`write_import_files` wrote: rows per file (without headers) and the command."""

    folder: Path
    rows: dict[str, int] = field(default_factory=dict)
    command: list[str] = field(default_factory=list)

    def summary(self) -> str:
        counts = ", ".join(f"{n:,} {name}" for name, n in self.rows.items())
        return f"wrote {counts} to {self.folder}; load them with {self.folder / 'import.sh'}"


def header_name(name: str) -> str:
    return f"{name}-header.csv"


def data_name(name: str) -> str:
    return f"{name}.csv"


def import_command(folder: Path, database: str = "neo4j") -> list[str]:
    """``neo4j-admin database import full`` over the files of ``folder``, into an empty ``database``."""
    args = ["neo4j-admin", "database", "import", "full", database]
    for option, names in (("--nodes", NODE_FILES), ("--relationships", RELATIONSHIP_FILES)):
        args += [f"{option}={folder / header_name(n)},{folder / data_name(n)}" for n in names]
    return [*args, f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true", "--id-type=string",
            "--overwrite-destination=false"]


def field_text(value: Any, column: str, where: str) -> str:
    """One CSV field: empty for null; text (strings, ids, labels) quoted with ``"`` doubled;
    arrays joined by ``;``; dates, numbers and booleans bare."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if column.endswith((":date", ":long", ":double", ":boolean")):
        return str(value)  # an ISO date from actor_row/claim_row
    if isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
        for item in items:
            if ARRAY_DELIMITER in item:
                raise InputError(f"{where}: an element of {column.split(':')[0]} contains {ARRAY_DELIMITER!r}, "
                                 "neo4j-admin's array delimiter; it cannot be exported as it is",
                                 where=f"{where}.{column.split(':')[0]}")
        value = ARRAY_DELIMITER.join(items)
    return '"' + str(value).replace('"', '""') + '"'


class _Writer:
    """The data files of one export, open for appending rows."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.rows: dict[str, int] = {}
        self._files: dict[str, IO[str]] = {}

    def __enter__(self) -> _Writer:
        for name, columns in {**NODE_FILES, **RELATIONSHIP_FILES}.items():
            (self.folder / header_name(name)).write_text(",".join(columns) + "\n", encoding="utf-8")
            self._files[name] = (self.folder / data_name(name)).open("w", encoding="utf-8", newline="")
            self.rows[name] = 0
        return self

    def __exit__(self, *_exc: object) -> None:
        for handle in self._files.values():
            handle.close()

    def add(self, name: str, values: Iterable[list[Any]], where: str) -> None:
        columns = {**NODE_FILES, **RELATIONSHIP_FILES}[name]
        handle = self._files[name]
        for row in values:
            handle.write(",".join(field_text(v, c, where) for v, c in zip(row, columns, strict=True)) + "\n")
            self.rows[name] += 1


def _property(column: str) -> str:
    return column.split(":")[0]


def _node_values(row: dict[str, Any], columns: tuple[str, ...], labels: list[str]) -> list[Any]:
    return [labels if c == ":LABEL" else row[_property(c)] for c in columns]


def write_import_files(store: Store, folder: Path, *, page_size: int = 10_000) -> ImportFiles:
    """Write the whole graph of ``store`` as neo4j-admin import files in ``folder``.

    Parameters
    ----------
    store
        The graph to export (either backend), read in pages of ``page_size`` rows.
    folder
        Created if needed; the files in it are replaced.

    Raises
    ------
    InputError
        when an array element (an alias, a mention's name) contains ``;``, neo4j-admin's
        array delimiter.
    """
    folder.mkdir(parents=True, exist_ok=True)
    with _Writer(folder) as out:
        for rows in pages(store, "export_actors", page_size):
            actors = [actor_row(actor_from_row(r)) for r in rows]
            out.add("actors", (_node_values(a, ACTOR_COLUMNS, ["Actor", a["label"]]) for a in actors), "actor")
        for rows in pages(store, "export_articles", page_size):
            articles = [article_row(article_from_row(r)) for r in rows]
            out.add("articles", (_node_values(a, ARTICLE_COLUMNS, ["Article"]) for a in articles), "article")
        for rows in pages(store, "export_claims", page_size):
            claims = [claim_row(claim_from_row(r), None) for r in rows]
            out.add("claims", (_node_values(c, CLAIM_COLUMNS, ["Claim"]) for c in claims), "claim")
            out.add("reports", ([c["article"], c["id"], "REPORTS"] for c in claims), "claim")
            out.add("subjects", ([c["id"], c["subject"], "SUBJECT"] for c in claims), "claim")
            out.add("objects", ([c["id"], c["object"], "OBJECT"] for c in claims), "claim")
        for rows in pages(store, "export_mentions", page_size, key="article"):
            out.add("mentions", ([m.article, m.actor, "MENTIONS", m.count, list(m.names)]
                                 for m in mentions_from_rows(rows)), "mention")
        for rows in pages(store, "export_relations", page_size, key="actor"):
            out.add("relations", _relation_values(r for r in rows if r["id"] is not None), "relation")
    command = import_command(folder)
    script = "#!/bin/sh\n# Load these files into an EMPTY Neo4j database (the server stopped).\n"
    (folder / "import.sh").write_text(script + " \\\n    ".join(shlex.quote(a) for a in command) + "\n")
    return ImportFiles(folder=folder, rows=dict(out.rows), command=command)


def _relation_values(rows: Iterator[dict[str, Any]]) -> Iterator[list[Any]]:
    for row in rows:
        yield [row["source"], row["target"], row["type"],
               *(row.get(_property(c)) for c in RELATION_COLUMNS[3:])]
