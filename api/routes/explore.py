"""The explorer page: ``GET /explore`` (and ``GET /`` sends browsers there), with its own JS and CSS.

The page draws the server's Graphviz SVG (``/diagrams/{kind}``), whose nodes and edges carry
ids, and asks ``/actors?q=`` and ``/relations/{id}/evidence`` for the rest. Its script and
stylesheet are files of this package (``actorgraph/api/static``), served here: no CDN, it works
offline.
"""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from actorgraph.errors import NotFoundError

router = APIRouter(tags=["explorer"])

# The only files served, with their media types.
STATIC = {
    "explorer.js": "text/javascript; charset=utf-8",
    "explorer.css": "text/css; charset=utf-8",
}
NO_STORE = {"Cache-Control": "no-cache"}


def _asset(name: str) -> bytes:
    return resources.files("actorgraph.api").joinpath("static", name).read_bytes()


@router.get("/", include_in_schema=False)
def home(request: Request) -> RedirectResponse:
    base = request.scope.get("root_path", "").rstrip("/")
    return RedirectResponse(f"{base}/explore", status_code=307)


@router.get("/explore", response_class=HTMLResponse, summary="The explorer page")
def explore(request: Request) -> HTMLResponse:
    """Search an actor, see its neighbourhood, lineage or alliances as of a date, read the evidence of
    an edge, download the view as SVG or PNG. Parameters in the address: `actor`, `view`, `hops`, `as_of`."""
    base = request.scope.get("root_path", "").rstrip("/")
    page = _asset("explorer.html").decode().replace("__BASE__", base.replace('"', ""))
    return HTMLResponse(page, headers=NO_STORE)


@router.get("/explore/static/{name}", include_in_schema=False)
def static(name: str) -> Response:
    if name not in STATIC:
        raise NotFoundError(f"no explorer file {name!r}", detail={"file": name})
    return Response(_asset(name), media_type=STATIC[name], headers=NO_STORE)
