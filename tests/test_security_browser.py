"""Browser safety over real HTTP: foreign ``Host`` headers (DNS rebinding), cross-site writes
and simple-request content types are refused; CORS is off unless configured."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_server import serve, settings_for

FACTS = "source,relation,target,valid_from,source_url\nIran,SUPPORTS,Hezbollah,1985,https://example.org/a\n"


@pytest.fixture(scope="module")
def open_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """The default setup: embedded store, loopback, no API key (writes open)."""
    folder: Path = tmp_path_factory.mktemp("browser")
    running = serve(settings_for("embedded", folder, cors_origins=["http://app.example"],
                                 allowed_hosts=["graph.example"]))
    with httpx.Client(base_url=next(running), timeout=30) as client:
        yield client
    running.close()


def _counts(client: httpx.Client) -> dict:
    return client.get("/health").json()["counts"]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil"])
def test_foreign_host_is_refused(open_server: httpx.Client, host: str):
    response = open_server.get("/health", headers={"Host": host})
    assert response.status_code == 400 and response.json()["error"]["code"] == "bad_host"


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1:1234", "[::1]:8000", "graph.example", "GRAPH.example:80"])
def test_own_hosts_are_served(open_server: httpx.Client, host: str):
    assert open_server.get("/health", headers={"Host": host}).status_code == 200


SIMPLE = ["text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x"]


@pytest.mark.parametrize("content_type", SIMPLE)
def test_simple_request_writes_are_refused(open_server: httpx.Client, content_type: str):
    before = _counts(open_server)
    response = open_server.post("/events", params={"name": "facts.csv"}, content=FACTS.encode(),
                                headers={"Content-Type": content_type})
    assert response.status_code == 415 and response.json()["error"]["code"] == "unsupported_media_type"
    assert _counts(open_server) == before


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1.evil.example"])
def test_writes_from_a_foreign_origin_are_refused(open_server: httpx.Client, origin: str):
    before = _counts(open_server)
    response = open_server.post("/events", params={"name": "facts.csv"}, content=FACTS.encode(),
                                headers={"Origin": origin, "Content-Type": "application/octet-stream"})
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"
    assert _counts(open_server) == before


def test_same_origin_and_configured_origin_writes_pass(open_server: httpx.Client):
    own = str(open_server.base_url).rstrip("/")
    for origin in (own, "http://app.example"):
        response = open_server.post("/articles", json={"id": f"browser-{len(origin)}", "text": "Iran backs Hezbollah."},
                                    headers={"Origin": origin})
        assert response.status_code == 200, response.text


def test_cors_answers_only_configured_origins(open_server: httpx.Client):
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    allowed = open_server.options("/articles", headers={"Origin": "http://app.example", **preflight})
    assert allowed.headers.get("access-control-allow-origin") == "http://app.example"
    foreign = open_server.options("/articles", headers={"Origin": "http://evil.example", **preflight})
    assert "access-control-allow-origin" not in foreign.headers
    read = open_server.get("/health", headers={"Origin": "http://evil.example"})
    assert read.status_code == 200 and "access-control-allow-origin" not in read.headers


def test_without_configured_origins_no_cors_headers_are_sent(tmp_path: Path):
    running = serve(settings_for("embedded", tmp_path))
    try:
        with httpx.Client(base_url=next(running)) as client:
            response = client.options("/articles", headers={"Origin": "http://app.example",
                                                            "Access-Control-Request-Method": "POST"})
            assert "access-control-allow-origin" not in response.headers
    finally:
        running.close()


def test_chunked_bodies_are_counted(tmp_path: Path):
    running = serve(settings_for("embedded", tmp_path, upload_max_bytes=1024))
    try:
        with httpx.Client(base_url=next(running)) as client:
            before = _counts(client)

            def chunks():
                for _ in range(64):
                    yield FACTS.encode()

            response = client.post("/events", params={"name": "facts.csv"}, content=chunks(),
                                   headers={"Content-Type": "application/octet-stream"})
            assert response.status_code == 413 and response.json()["error"]["code"] == "payload_too_large"
            big = {"text": "Iran backs Hezbollah. " * 100}
            encoded = json.dumps(big).encode()
            chunked = client.post("/articles", content=(encoded[i:i + 100] for i in range(0, len(encoded), 100)),
                                  headers={"Content-Type": "application/json"})
            assert chunked.status_code == 413, chunked.text
            query = client.post("/cypher", content=iter([b'{"query": "RETURN 1", "x": "' + b"a" * 2_000_000 + b'"}']),
                                headers={"Content-Type": "application/json"})
            assert query.status_code == 413, query.text
            assert _counts(client) == before
    finally:
        running.close()
