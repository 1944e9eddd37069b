"""The HTTP service: ``create_app(settings)`` builds it; uvicorn runs it (``actorgraph serve``).

One store per process, opened in the lifespan and reached by routes through ``StoreDep``; one
ingest pipeline (gazetteer, extractor), built there too and reached through ``PipelineDep``.
Routers are listed in :data:`ROUTERS`, one per resource; add yours with one line.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import AsyncIterator
from importlib import import_module

from fastapi import FastAPI

from actorgraph import __version__
from actorgraph.api import errors, security
from actorgraph.errors import StoreUnavailable
from actorgraph.graph.store import Store, open_store
from actorgraph.settings import Settings

log = logging.getLogger("actorgraph.api")

# Modules under actorgraph.api.routes, each exposing `router`; mounted in this order.
ROUTERS = [
    "health",
    "actors",
    "alliances",
    "paths",
    "relations",
    "changes",
    "ingest",
    "articles",
    "cypher",
    "diagrams",
    "explore",
]

DESCRIPTION = """\
Questions over a dated, sourced graph of conflict actors: lineage, alliances, blocs, paths,
relations and the evidence behind them, what changed between two dates, and ingest.

Names are accepted wherever actor ids are (`HTS`, `Hay'at Tahrir al-Sham`, `hayat-tahrir-al-sham`).
Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Every error answers
`{"error": {"code", "message", "detail"}}`.
"""


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """The FastAPI application for ``settings``.

    Parameters
    ----------
    settings
        built by the caller (the CLI, a test); ``Settings()`` from the environment if omitted.
    store
        an already open store to serve (benchmarks, embedding); it is then not closed on
        shutdown. By default the lifespan opens the store ``settings`` select and closes it.
    """
    settings = settings or Settings.load()
    settings.check_api_key()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from actorgraph.loaders.pipeline import Pipeline

        app.state.store = store
        app.state.store_lock = threading.Lock()
        if store is None:
            try:
                app.state.store = open_store(settings)
            except StoreUnavailable as exc:  # a server that is down: answer 503 until it is back
                log.warning("%s; requests get 503 until it is reachable", exc.message)
        # the store is a gazetteer too (actors stored when the server starts; restart to add later ones)
        app.state.pipeline = Pipeline.build(batch_size=settings.batch_size, max_bytes=settings.upload_max_bytes,
                                            model=settings.spacy_model, store=app.state.store)
        try:
            yield
        finally:
            if store is None and app.state.store is not None:
                app.state.store.close()

    app = FastAPI(title="actorgraph", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    errors.install(app)
    security.install(app, settings)
    for name in ROUTERS:
        app.include_router(import_module(f"actorgraph.api.routes.{name}").router,
                           responses=errors.router_responses(name))
    return app
