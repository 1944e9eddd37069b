"""A real uvicorn server per backend, holding the fixture graph, for the API tests.

Each server runs ``create_app(settings)`` in a background thread on a free loopback port, so
requests go through real HTTP, the real lifespan and the real store.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from conftest import NEO4J_URI, open_backend
from fixture_graph import fixture_batch

from actorgraph.api.app import create_app
from actorgraph.settings import Settings

API_KEY = "test-key-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Api:
    backend: str
    url: str
    client: httpx.Client
    settings: Settings

    def get(self, path: str, **params) -> httpx.Response:
        return self.client.get(path, params=params)

    def ok(self, path: str, **params) -> dict | list:
        response = self.get(path, **params)
        assert response.status_code == 200, response.text
        return response.json()

    def post(self, path: str, *, auth: bool = True, **kwargs) -> httpx.Response:
        headers = {"Authorization": f"Bearer {API_KEY}"} if auth else {}
        return self.client.post(path, headers=headers, **kwargs)


def serve(settings: Settings, **app_options) -> Iterator[str]:
    """Run the app for ``settings`` until the generator is closed; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, **app_options), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the API server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def settings_for(backend: str, folder: Path, **extra) -> Settings:
    return Settings(_env_file=None, store=backend, embedded_path=folder / "graph.lbug", neo4j_uri=NEO4J_URI,
                    **extra)


@pytest.fixture(scope="session", params=["embedded", "neo4j"])
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """A running API server per backend over the fixture graph; writes need :data:`API_KEY`."""
    folder = tmp_path_factory.mktemp(f"api-{request.param}")
    loader = open_backend(request.param, folder)  # skips Neo4j cases when no server runs
    loader.write(fixture_batch())
    loader.close()
    settings = settings_for(request.param, folder, api_key=API_KEY, cypher_max_rows=5, cypher_timeout=5)
    running = serve(settings)
    url = next(running)
    with httpx.Client(base_url=url, timeout=60) as client:
        yield Api(request.param, url, client, settings)
    running.close()
