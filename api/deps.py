"""Dependencies of the routes: the store and settings of the app, dates, the write key."""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated

from fastapi import Depends, Query, Request

from actorgraph.api.errors import Forbidden, Unauthorized
from actorgraph.graph.params import date_bound
from actorgraph.graph.store import Store, open_store
from actorgraph.loaders.pipeline import Pipeline
from actorgraph.settings import Settings


def get_store(request: Request) -> Store:
    """The one store of this process, opened in the lifespan (or, if its server was down
    then, on the first request that finds it reachable: 503 until then)."""
    state = request.app.state
    if state.store is None:
        with state.store_lock:
            if state.store is None:
                state.store = open_store(state.settings)
    return state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_pipeline(request: Request) -> Pipeline:
    """The ingest pipeline of this process (gazetteer, extractor, mention index), built in the lifespan."""
    return request.app.state.pipeline


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]


def require_write_key(request: Request, settings: SettingsDep) -> None:
    """Refuse a write without ``Authorization: Bearer <ACTORGRAPH_API_KEY>`` when a key is set."""
    if settings.api_key is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    expected = settings.api_key.get_secret_value()
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise Unauthorized("writes and /cypher need the header `Authorization: Bearer <key>` with the server's API key")


WriteAllowed = Depends(require_write_key)


def require_cypher(request: Request, settings: SettingsDep) -> None:
    """Refuse ``/cypher`` when switched off (403), or without the API key when one is set (401)."""
    if not settings.cypher_enabled:
        raise Forbidden("POST /cypher is switched off on this server (ACTORGRAPH_CYPHER_ENABLED=false)")
    require_write_key(request, settings)


CypherAllowed = Depends(require_cypher)


# Ranges every engine and date computation handles (a window before year 1 overflows; years: graph/params.py).
MAX_WINDOW_DAYS = 36_500
WindowDays = Annotated[int, Query(ge=0, le=MAX_WINDOW_DAYS,
                                  description="Attacks count for this many days before `as_of`.")]


def date_param(value: str | None, field: str, *, end: bool = False) -> dt.date | None:
    """A query parameter as a date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, years
    :data:`MIN_YEAR`-:data:`MAX_YEAR`); 422 naming ``field``.

    With ``end``, a partial date is its last day (``to=2017`` is 2017-12-31); the meaning is
    :func:`actorgraph.graph.params.date_bound`'s, shared with the CLI.
    """
    return date_bound(value, field, end=end)
