"""``GET /diagrams/{kind}`` (SVG, PNG, PDF, DOT, Mermaid) and ``GET /export`` (files for other tools)."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from actorgraph.api.deps import StoreDep, WindowDays, date_param
from actorgraph.api.errors import ERROR_RESPONSES
from actorgraph.diagrams import exports
from actorgraph.diagrams.build import scene_for, subgraph_for
from actorgraph.diagrams.dot import Links
from actorgraph.diagrams.render import EXTENSIONS, MEDIA_TYPES, render
from actorgraph.graph import questions as q

router = APIRouter(tags=["diagrams"])

DiagramKind = Literal["lineage", "alliances", "path", "neighbours", "blocs"]
DiagramFormat = Literal["svg", "png", "pdf", "dot", "mermaid"]
ExportFormat = Literal["graphml", "gexf", "cytoscape", "csv", "neo4j-csv"]
ExportOf = Literal["whole", "neighbours", "lineage", "alliances", "path"]

ActorParam = Annotated[str | None, Query(description="Actor id or name (lineage, alliances, neighbours; path: from).")]
AsOfParam = Annotated[str | None, Query(description="Only what held on this date (YYYY[-MM[-DD]]).")]
TypesParam = Annotated[list[str] | None, Query(alias="type", description="Relation types to follow (repeatable).")]
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")  # what a suggested file name keeps of the actor parameter
_RESPONSES = {**ERROR_RESPONSES, 501: {"description": "Graphviz `dot` is not installed on the server"}}


def links_for(request: Request) -> Links:
    """Links on SVG nodes (to the explorer) and edges (to their evidence), under the app's root path."""
    base = request.scope.get("root_path", "").rstrip("/")
    return Links(actor=f"{base}/explore?actor={{id}}", relation=f"{base}/relations/{{id}}/evidence")


def _disposition(download: bool, name: str) -> dict[str, str]:
    return {"Content-Disposition": f'{"attachment" if download else "inline"}; filename="{name}"'}


@router.get(
    "/diagrams/{kind}",
    responses={**_RESPONSES, 200: {"content": {t: {} for t in MEDIA_TYPES.values()},
                                   "description": "The diagram in the asked format"}},
    response_class=Response,
)
def diagram(
    request: Request,
    store: StoreDep,
    kind: Annotated[DiagramKind, Path(description="What to draw.")],
    actor: ActorParam = None,
    target: Annotated[str | None, Query(description="The other end of a path.")] = None,
    as_of: AsOfParam = None,
    hops: Annotated[int, Query(ge=1, le=3)] = 1,
    types: TypesParam = None,
    direction: Literal["up", "down", "both"] = "both",
    depth: Annotated[int, Query(ge=1, le=q.MAX_DEPTH)] = q.MAX_DEPTH,
    window_days: WindowDays = 365,
    max_nodes: Annotated[int, Query(ge=1, le=500)] = 200,
    format: DiagramFormat = "svg",
    download: Annotated[bool, Query(description="Ask the browser to save the file.")] = False,
) -> Response:
    """A diagram of lineage, alliances, a path, a neighbourhood or the blocs.

    SVG, PNG and PDF are drawn by Graphviz (501 when it is not installed); DOT and Mermaid are
    text. SVG nodes and edges carry ids (`a:<actor id>`, `r:<relation id>`) and links to the
    explorer and to the evidence of each relation.
    """
    scene = scene_for(
        store, kind, actor=actor, target=target, as_of=date_param(as_of, "as_of"), hops=hops, types=types,
        direction=direction, depth=depth, window_days=window_days, max_nodes=max_nodes,
    )
    data = render(scene, format, links=links_for(request) if format == "svg" else None)
    name = f"{kind}{'-' + _SAFE.sub('-', actor) if actor else ''}.{EXTENSIONS[format]}"
    return Response(data, media_type=MEDIA_TYPES[format], headers=_disposition(download, name))


@router.get(
    "/export",
    responses={**ERROR_RESPONSES, 200: {"content": {"application/graphml+xml": {}, "application/gexf+xml": {},
                                                    "application/json": {}, "application/zip": {}},
                                        "description": "The file (csv and neo4j-csv: a ZIP of two files)"}},
    response_class=Response,
)
def export(
    store: StoreDep,
    format: ExportFormat,
    of: Annotated[ExportOf | None, Query(description="Which subgraph: default neighbours with `actor`, "
                                                     "else the whole graph.")] = None,
    actor: ActorParam = None,
    target: Annotated[str | None, Query(description="The other end, for of=path.")] = None,
    hops: Annotated[int, Query(ge=1, le=3)] = 1,
    types: TypesParam = None,
    as_of: AsOfParam = None,
) -> Response:
    """The graph, or one question's subgraph, as GraphML, GEXF (with time intervals), Cytoscape.js JSON,
    CSV node/edge lists or the Neo4j import CSV layout."""
    graph = subgraph_for(store, kind=of or ("neighbours" if actor else "whole"), actor=actor, target=target,
                         hops=hops, types=types, as_of=date_param(as_of, "as_of"))
    data, media_type, name = exports.export_bytes(graph, format)
    return Response(data, media_type=media_type, headers=_disposition(True, name))
