"""What a first look at the graph shows: the most connected actors (the explorer's start page)."""

from __future__ import annotations

from actorgraph.errors import InputError
from actorgraph.graph.results import ActorRef
from actorgraph.graph.store import Store

MOST_CONNECTED_LIMIT = 12
MOST_CONNECTED_MAX = 100


class ConnectedActor(ActorRef):
    """An actor and how many relations it takes part in."""

    relations: int


def most_connected(store: Store, *, limit: int = MOST_CONNECTED_LIMIT) -> list[ConnectedActor]:
    """The ``limit`` actors with the most relations (any type, either direction), most first, then by id."""
    if not 1 <= limit <= MOST_CONNECTED_MAX:
        raise InputError(f"limit must be between 1 and {MOST_CONNECTED_MAX}", where="limit")
    return [ConnectedActor(id=r["id"], name=r["name"], kind=r["kind"], relations=r["relations"])
            for r in store.query("most_connected", limit=limit)]
