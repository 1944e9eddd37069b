"""Read neo4j-admin import files by neo4j-admin's rules, and load them into Neo4j through the driver.

neo4j-admin itself cannot run here (the local server is the Maven test harness, with no
``neo4j-admin``), so the tests check the files against its documented format instead:

- a header is one line of comma-separated fields, each ``name``, ``name:type``, ``name:type[]``
  (an array, elements split on the array delimiter), ``name:ID(space)`` / ``:ID(space)``,
  ``:LABEL`` (labels split on the array delimiter), ``:START_ID(space)``, ``:END_ID(space)``,
  ``:TYPE``; types from neo4j-admin's list;
- a data row has as many fields as its header; ``"`` quotes a field (``""`` inside is one
  quote; a quoted field may span lines); an empty unquoted field is no property, a quoted
  empty one an empty string, or for an array column an empty array (not verified with
  neo4j-admin here);
- every node id is unique in its ID space, and every relationship's ends are ids of that space.

:func:`load` then creates the same nodes and relationships with ``CREATE`` statements.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "date", "localtime",
         "time", "localdatetime", "datetime", "duration", "point"}
_FIELD = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)?(?::(?P<kind>[A-Za-z_]+)(?:\((?P<space>[A-Za-z]+)\))?"
                    r"(?P<array>\[\])?)?$")
SPACES = {"Actor", "Article", "Claim"}  # the ID spaces (and labels) actorgraph writes


@dataclass
class Column:
    name: str | None
    kind: str  # "ID", "LABEL", "START_ID", "END_ID", "TYPE", or a property type
    space: str | None = None
    array: bool = False


def parse_header(line: str) -> list[Column]:
    columns = []
    for text in line.rstrip("\n").split(","):
        match = _FIELD.match(text)
        assert match, f"header field {text!r} is not name[:type]"
        name, kind, space, array = match["name"], match["kind"] or "string", match["space"], bool(match["array"])
        if kind in ("ID", "START_ID", "END_ID"):
            assert space in SPACES and not array, f"{text}: an ID field names its ID space"
            assert kind == "ID" or name is None, f"{text}: relationship ends carry no property name"
        elif kind in ("LABEL", "TYPE"):
            assert name is None and space is None and not array, text
        else:
            assert kind in TYPES and name and space is None, f"{text}: unknown type {kind!r}"
        columns.append(Column(name, kind, space, array))
    kinds = [c.kind for c in columns]
    assert kinds.count("ID") == 1 or {"START_ID", "END_ID"} <= set(kinds), f"no ID or START/END_ID in {line!r}"
    return columns


def split_rows(text: str) -> list[list[tuple[str, bool]]]:
    """CSV rows of (field, was quoted), by neo4j-admin's quoting rules."""
    rows: list[list[tuple[str, bool]]] = []
    row: list[tuple[str, bool]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == '"':
            j, parts = i + 1, []
            while True:
                k = text.index('"', j)
                parts.append(text[j:k])
                if text.startswith('""', k):
                    parts.append('"')
                    j = k + 2
                    continue
                i = k + 1
                break
            row.append(("".join(parts), True))
        else:
            k = i
            while k < n and text[k] not in ",\n":
                k += 1
            assert '"' not in text[i:k], f"a quote inside an unquoted field: {text[i:k]!r}"
            row.append((text[i:k], False))
            i = k
        if i < n and text[i] == ",":
            i += 1
            if i == n or text[i] == "\n":
                row.append(("", False))
        if i < n and text[i] == "\n":
            rows.append(row)
            row, i = [], i + 1
    if row:
        rows.append(row)
    return rows


def _value(column: Column, text: str, quoted: bool, delimiter: str) -> Any:
    if text == "" and not quoted:
        return None
    if column.array:  # a quoted empty field is an empty array
        return [_scalar(column.kind, part) for part in text.split(delimiter)] if text else []
    return _scalar(column.kind, text)


def _scalar(kind: str, text: str) -> Any:
    if kind in ("int", "long", "short", "byte"):
        return int(text)
    if kind in ("float", "double"):
        return float(text)
    if kind == "boolean":
        assert text in ("true", "false"), f"boolean {text!r}"
        return text == "true"
    if kind == "date":
        return dt.date.fromisoformat(text)
    assert kind in ("string", "ID", "START_ID", "END_ID", "LABEL", "TYPE"), kind
    return text


@dataclass
class ImportFile:
    name: str
    columns: list[Column]
    rows: list[dict[str, Any]]  # property -> value, plus ":ID", ":LABEL", ":START_ID", ":END_ID", ":TYPE"


def read(folder: Path, name: str, delimiter: str = ";") -> ImportFile:
    columns = parse_header((folder / f"{name}-header.csv").read_text(encoding="utf-8"))
    rows = []
    for fields in split_rows((folder / f"{name}.csv").read_text(encoding="utf-8")):
        assert len(fields) == len(columns), f"{name}: {len(fields)} fields for {len(columns)} columns: {fields}"
        row: dict[str, Any] = {}
        for column, (text, quoted) in zip(columns, fields, strict=True):
            value = _value(column, text, quoted, delimiter)
            if column.kind in ("ID", "START_ID", "END_ID"):
                assert value, f"{name}: empty {column.kind}"
                row[f":{column.kind}"] = value
                if column.name:
                    row[column.name] = value
            elif column.kind == "LABEL":
                row[":LABEL"] = value.split(delimiter)
            elif column.kind == "TYPE":
                row[":TYPE"] = value
            elif value is not None:
                row[str(column.name)] = value
        rows.append(row)
    return ImportFile(name, columns, rows)


def check(folder: Path, nodes: list[str], relationships: list[str]) -> dict[str, ImportFile]:
    """Every file read and checked: ids unique per space, every relationship end an id of its space."""
    files = {n: read(folder, n) for n in [*nodes, *relationships]}
    ids: dict[str, set[str]] = {s: set() for s in SPACES}
    for name in nodes:
        space = next(c.space for c in files[name].columns if c.kind == "ID")
        for row in files[name].rows:
            assert row[":ID"] not in ids[str(space)], f"{name}: duplicate id {row[':ID']}"
            ids[str(space)].add(row[":ID"])
    for name in relationships:
        start = next(c.space for c in files[name].columns if c.kind == "START_ID")
        end = next(c.space for c in files[name].columns if c.kind == "END_ID")
        for row in files[name].rows:
            assert row[":START_ID"] in ids[str(start)], f"{name}: unknown start {row[':START_ID']}"
            assert row[":END_ID"] in ids[str(end)], f"{name}: unknown end {row[':END_ID']}"
    return files


def load(driver: Any, files: dict[str, ImportFile], nodes: list[str], relationships: list[str]) -> None:
    """CREATE the files' nodes, then relationships (what neo4j-admin would write), in one transaction."""
    def work(tx: Any) -> None:
        for name in nodes:
            rows = [{"labels": r[":LABEL"], "props": {k: v for k, v in r.items() if not k.startswith(":")}}
                    for r in files[name].rows]
            tx.run("UNWIND $rows AS r CREATE (n) SET n = r.props SET n:$(r.labels)", rows=rows).consume()
        for name in relationships:
            columns = files[name].columns
            start = next(c.space for c in columns if c.kind == "START_ID")
            end = next(c.space for c in columns if c.kind == "END_ID")
            assert start in SPACES and end in SPACES
            rows = [{"start": r[":START_ID"], "end": r[":END_ID"], "type": r[":TYPE"],
                     "props": {k: v for k, v in r.items() if not k.startswith(":")}} for r in files[name].rows]
            tx.run(f"UNWIND $rows AS r MATCH (a:{start} {{id: r.start}}) MATCH (b:{end} {{id: r.end}}) "
                   "CREATE (a)-[e:$(r.type)]->(b) SET e = r.props", rows=rows).consume()

    with driver.session() as session:
        session.execute_write(work)
