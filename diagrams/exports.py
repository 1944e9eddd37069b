"""Files other tools open: GraphML, GEXF (with time intervals), Cytoscape.js JSON, CSV, Neo4j import CSV.

Every format carries, for actors, the id, name and kind, and for relations the id, type,
endpoints, dates (``valid_from``, ``valid_to``, ``ended``, first and last reported), confidence
and evidence counts (``claims``, ``sources``). Formats of several files (``csv``, ``neo4j-csv``)
come as a ZIP archive from :func:`export_bytes`. Outputs are deterministic.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable
from typing import Any

from actorgraph.errors import InputError
from actorgraph.graph.model import Relation
from actorgraph.graph.results import Subgraph

FORMATS: tuple[str, ...] = ("graphml", "gexf", "cytoscape", "csv", "neo4j-csv")
SINGLE_FILE = {
    "graphml": ("graph.graphml", "application/graphml+xml"),
    "gexf": ("graph.gexf", "application/gexf+xml"),
    "cytoscape": ("graph.cyjs.json", "application/json"),
}
ZIP_MEDIA_TYPE = "application/zip"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same graph gives the same archive


def _day(value: Any) -> str:
    return value.isoformat() if value else ""


def relation_fields(link: Relation) -> dict[str, Any]:
    """The exported properties of a relation, dates as ISO text ("" when unknown)."""
    return {
        "id": link.id, "type": str(link.type), "source": link.source, "target": link.target,
        "valid_from": _day(link.valid_from), "valid_to": _day(link.valid_to), "ended": link.ended,
        "first_reported": _day(link.first_reported), "last_reported": _day(link.last_reported),
        "confidence": float(link.confidence), "claims": int(link.claims), "sources": int(link.sources),
        "symmetric": link.type.symmetric,
    }


def to_networkx(graph: Subgraph, *, spells: bool = False) -> Any:
    """A ``networkx.MultiDiGraph``: nodes by actor id, one edge per relation keyed by its id.

    With ``spells`` each edge also gets ``start``/``end`` (its validity) for GEXF's timeline.
    """
    import networkx as nx

    result = nx.MultiDiGraph(name="actorgraph")
    for node in sorted(graph.nodes, key=lambda n: n.id):
        result.add_node(node.id, label=node.name, name=node.name, kind=node.kind)
    for link in sorted(graph.links, key=lambda r: r.id):
        fields = relation_fields(link)
        data = {k: v for k, v in fields.items() if k not in ("id", "source", "target", "type")}
        data["relation_type"] = fields["type"]
        data["label"] = fields["type"]
        if spells:
            data["id"] = link.id  # GEXF takes the edge id from here
            if link.valid_from:
                data["start"] = link.valid_from.isoformat()
            if link.valid_to:
                data["end"] = link.valid_to.isoformat()
        for endpoint in (link.source, link.target):
            if endpoint not in result:
                result.add_node(endpoint, label=endpoint, name=endpoint, kind="other")
        result.add_edge(link.source, link.target, key=link.id, **data)
    return result


def to_graphml(graph: Subgraph) -> bytes:
    import networkx as nx

    return ("\n".join(nx.generate_graphml(to_networkx(graph), named_key_ids=True)) + "\n").encode()


def to_gexf(graph: Subgraph) -> bytes:
    """GEXF 1.2 with each edge's validity as its ``start``/``end``: Gephi's timeline plays it."""
    import networkx as nx

    return ("\n".join(nx.generate_gexf(to_networkx(graph, spells=True), version="1.2draft")) + "\n").encode()


def to_cytoscape(graph: Subgraph) -> bytes:
    """Cytoscape.js elements JSON (``cy.add(json.elements)``), also read by Cytoscape desktop."""
    nodes = [{"data": {"id": n.id, "name": n.name, "label": n.name, "kind": n.kind}}
             for n in sorted(graph.nodes, key=lambda n: n.id)]
    edges = [{"data": {**relation_fields(link), "label": str(link.type)}}
             for link in sorted(graph.links, key=lambda r: r.id)]
    document = {"format_version": "1.0", "generated_by": "actorgraph", "data": {"name": "actorgraph"},
                "elements": {"nodes": nodes, "edges": edges}}
    return (json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()


def _csv(header: list[str], rows: Iterable[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["true" if v is True else "false" if v is False else v for v in row])
    return buffer.getvalue().encode()


_EDGE_COLUMNS = ["valid_from", "valid_to", "ended", "first_reported", "last_reported", "confidence", "claims",
                 "sources"]


def to_csv(graph: Subgraph) -> dict[str, bytes]:
    """``nodes.csv`` (id, name, kind) and ``edges.csv`` (id, source, target, type, dates, counts)."""
    nodes = _csv(["id", "name", "kind"], ([n.id, n.name, n.kind] for n in sorted(graph.nodes, key=lambda n: n.id)))
    header = ["id", "source", "target", "type", *_EDGE_COLUMNS]
    edges = _csv(header, ([relation_fields(r)[k] for k in header] for r in sorted(graph.links, key=lambda r: r.id)))
    return {"nodes.csv": nodes, "edges.csv": edges}


def to_neo4j_csv(graph: Subgraph) -> dict[str, bytes]:
    """The ``neo4j-admin database import`` layout, with the store's labels and property names.

    ``neo4j-admin database import full --nodes=actors.csv --relationships=relations.csv``
    """
    actors = _csv(["id:ID", "name", "kind", ":LABEL"],
                  ([n.id, n.name, n.kind, "Actor"] for n in sorted(graph.nodes, key=lambda n: n.id)))
    typed = {"valid_from": "valid_from:date", "valid_to": "valid_to:date", "ended": "ended:boolean",
             "first_reported": "first_reported:date", "last_reported": "last_reported:date",
             "confidence": "confidence:float", "claims": "claims:int", "sources": "sources:int"}
    header = [":START_ID", ":END_ID", ":TYPE", "id", "type", "source", "target", *typed.values()]
    rows = []
    for link in sorted(graph.links, key=lambda r: r.id):
        fields = relation_fields(link)
        rows.append([link.source, link.target, str(link.type), link.id, str(link.type), link.source, link.target,
                     *(fields[k] for k in typed)])
    return {"actors.csv": actors, "relations.csv": _csv(header, rows)}


def export(graph: Subgraph, fmt: str) -> dict[str, bytes]:
    """The files of ``graph`` in ``fmt``: file name -> contents.

    Examples
    --------
    >>> sorted(export(Subgraph(), "csv"))
    ['edges.csv', 'nodes.csv']
    """
    if fmt == "csv":
        return to_csv(graph)
    if fmt == "neo4j-csv":
        return to_neo4j_csv(graph)
    writers = {"graphml": to_graphml, "gexf": to_gexf, "cytoscape": to_cytoscape}
    if fmt not in writers:
        raise InputError(f"{fmt!r} is not an export format ({', '.join(FORMATS)})", where="format")
    return {SINGLE_FILE[fmt][0]: writers[fmt](graph)}


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    return buffer.getvalue()


def export_bytes(graph: Subgraph, fmt: str) -> tuple[bytes, str, str]:
    """(contents, media type, file name) of one download: several files come zipped."""
    files = export(graph, fmt)
    if len(files) == 1 and fmt in SINGLE_FILE:
        name, media_type = SINGLE_FILE[fmt]
        return files[name], media_type, name
    return zipped(files), ZIP_MEDIA_TYPE, f"actorgraph-{fmt}.zip"
