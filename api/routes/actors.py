"""``/actors``: search, profile, lineage, neighbourhood, timeline and articles of one actor."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from actorgraph.api.deps import StoreDep, date_param
from actorgraph.api.errors import ERROR_RESPONSES
from actorgraph.graph import analysis, overview, params
from actorgraph.graph import questions as q
from actorgraph.graph.mentions import ActorArticles, articles_mentioning
from actorgraph.graph.params import ActorPage
from actorgraph.graph.results import Lineage, Subgraph, TimelineItem

router = APIRouter(prefix="/actors", tags=["actors"], responses=ERROR_RESPONSES)

ActorParam = Annotated[str, Path(description="Actor id, name or alias.", examples=["HTS"])]
AsOf = Annotated[str | None, Query(description="Only what held on this date (YYYY[-MM[-DD]]).",
                                   examples=["2020-01-01"])]



@router.get("", response_model=ActorPage)
def search_actors(
    store: StoreDep,
    q_: Annotated[str, Query(alias="q", min_length=1, max_length=200, description="Name or alias; accents, case "
                             "and small typos do not matter.", examples=["nusra"])],
    limit: Annotated[int, Query(ge=1, le=params.SEARCH_MAX)] = params.SEARCH_LIMIT,
    offset: Annotated[int, Query(ge=0, le=params.SEARCH_MAX_OFFSET)] = 0,
) -> ActorPage:
    """Actors whose name or alias matches `q`, best first."""
    return params.search_page(store, q_, offset=offset, limit=limit)


@router.get("/most-connected", response_model=list[overview.ConnectedActor])
def most_connected(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=overview.MOST_CONNECTED_MAX)] = overview.MOST_CONNECTED_LIMIT,
) -> list[overview.ConnectedActor]:
    """The actors with the most relations, most first (the explorer's start page)."""
    return overview.most_connected(store, limit=limit)


@router.get("/{id}", response_model=analysis.ActorDetail)
def actor(store: StoreDep, id: ActorParam) -> analysis.ActorDetail:
    """Profile: aliases, kind, Wikidata QID, counts, and its relations grouped by type."""
    return analysis.actor_detail(store, id)


@router.get("/{id}/lineage", response_model=Lineage)
def lineage(
    store: StoreDep,
    id: ActorParam,
    direction: Literal["up", "down", "both"] = "both",
    as_of: AsOf = None,
    depth: Annotated[int, Query(ge=1, le=q.MAX_DEPTH)] = q.MAX_DEPTH,
) -> Lineage:
    """Predecessors and parents (up), successors and branches (down), as a DAG of dated links."""
    return q.lineage(store, id, direction=direction, as_of=date_param(as_of, "as_of"), depth=depth)


@router.get("/{id}/neighbours", response_model=Subgraph)
def neighbours(
    store: StoreDep,
    id: ActorParam,
    hops: Annotated[int, Query(ge=1, le=3)] = 1,
    types: Annotated[list[str] | None, Query(description="Relation types to follow.", examples=[["SUPPORTS"]])] = None,
    as_of: AsOf = None,
    max_nodes: Annotated[int, Query(ge=1, le=2000)] = 200,
) -> Subgraph:
    """The actors within `hops` relations, and the relations among them."""
    return q.neighbourhood(store, id, hops=hops, types=types, as_of=date_param(as_of, "as_of"), max_nodes=max_nodes)


@router.get("/{id}/articles", response_model=ActorArticles)
def articles(store: StoreDep, id: ActorParam,
             limit: Annotated[int, Query(ge=1, le=5000)] = 100) -> ActorArticles:
    """The articles that mention the actor (in a relation or not), newest first."""
    return articles_mentioning(store, id, limit=limit)


@router.get("/{id}/timeline", response_model=list[TimelineItem])
def timeline(store: StoreDep, id: ActorParam, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[TimelineItem]:
    """The dated claims about the actor, oldest first."""
    return q.timeline(store, id, limit=limit)
