"""``POST /cypher`` is bounded in time, memory and response bytes on both stores, over real HTTP:
a query that would run for minutes or build gigabytes answers a clear 4xx within its bound,
and the server answers the next request."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from api_server import API_KEY, serve, settings_for
from conftest import open_backend
from fixture_graph import fixture_batch

TIMEOUT = 2.0
DOUBLINGS = " ".join(["WITH l + l AS l"] * 12)

# (query, the statuses it may answer): each would run past minutes or use gigabytes unbounded.
HEAVY = [
    pytest.param("UNWIND range(1, 2000000000) AS x RETURN count(x)", {400, 408}, id="unwind-2e9"),
    pytest.param("UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*)", {408},
                 id="cross-product"),
    pytest.param("RETURN size(lpad('a', 2000000000, 'x'))", {400, 408}, id="one-huge-string"),
    pytest.param(f"WITH range(1, 1000000) AS l {DOUBLINGS} RETURN size(l)", {400, 408}, id="list-doubling"),
    pytest.param(f"WITH range(1, 1000000) AS l {DOUBLINGS} RETURN l[4000000000] AS x", {400, 408},
                 id="list-doubling-read"),
    pytest.param("UNWIND range(1, 1000000) AS a WITH collect(a) AS l UNWIND range(1, 1000) AS b "
                 "RETURN size(collect(l))", {400, 408}, id="collect-of-lists"),
]


# Neo4j concatenates lists lazily: size() of a doubled list answers at once, without the memory.
LAZY_ON_NEO4J = ("list-doubling", "list-doubling-read")


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def bounded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder = tmp_path_factory.mktemp(f"bounds-{request.param}")
    loader = open_backend(request.param, folder)  # skips Neo4j cases when no server runs
    loader.write(fixture_batch())
    loader.close()
    settings = settings_for(request.param, folder, api_key=API_KEY, cypher_timeout=TIMEOUT,
                            cypher_max_bytes=64 * 1024, cypher_max_memory_mb=512, cypher_max_rows=100_000)
    running = serve(settings)
    url = next(running)
    with httpx.Client(base_url=url, timeout=120, headers={"Authorization": f"Bearer {API_KEY}"}) as client:
        client.backend = request.param  # type: ignore[attr-defined]
        yield client
    running.close()


@pytest.mark.parametrize(("query", "statuses"), HEAVY)
def test_a_heavy_query_answers_a_clear_error_within_its_bound(bounded: httpx.Client, query: str,
                                                              statuses: set[int], request: pytest.FixtureRequest):
    if bounded.backend == "neo4j" and request.node.callspec.id.endswith(LAZY_ON_NEO4J):  # type: ignore[attr-defined]
        statuses = {*statuses, 200}
    started = time.monotonic()
    response = bounded.post("/cypher", json={"query": query})
    elapsed = time.monotonic() - started
    assert response.status_code in statuses, response.text
    if response.status_code != 200:
        error = response.json()["error"]
        assert error["code"] in ("query_error", "query_timeout")
        assert "Traceback" not in error["message"]
    # The bound is the timeout plus the child's start-up; without it these ran for minutes.
    assert elapsed < TIMEOUT + 30, elapsed
    assert bounded.get("/health").status_code == 200
    follow = bounded.post("/cypher", json={"query": "MATCH (a:Actor) RETURN count(a) AS n"})
    assert follow.status_code == 200 and follow.json()["rows"][0]["n"] > 0, follow.text


def test_a_timeout_is_408_and_names_the_setting(bounded: httpx.Client):
    response = bounded.post("/cypher", json={
        "query": "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*)"})
    assert response.status_code == 408, response.text
    assert response.json()["error"]["code"] == "query_timeout"
    assert "ACTORGRAPH_CYPHER_TIMEOUT" in response.json()["error"]["message"]


def test_responses_are_capped_in_bytes(bounded: httpx.Client):
    response = bounded.post("/cypher", json={"query": "UNWIND range(1, 5000) AS i RETURN i, 'some padding' AS p"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["truncated"] is True and 0 < len(body["rows"]) < 5000
    assert len(response.content) < 64 * 1024 + 4096


def test_one_row_over_the_byte_cap_is_a_clear_error(bounded: httpx.Client):
    response = bounded.post("/cypher", json={"query": "RETURN range(1, 100000) AS l"})
    assert response.status_code == 400, response.text
    assert "ACTORGRAPH_CYPHER_MAX_BYTES" in response.json()["error"]["message"]


def test_a_query_that_crashes_the_engine_is_a_clear_error(bounded: httpx.Client):
    # LadybugDB 0.22 dies of a segfault on a year past 9999; the child process takes it, the server does not
    response = bounded.post("/cypher", json={"query": "RETURN date('99999-01-01') AS d"})
    assert response.status_code == 400, response.text
    message = response.json()["error"]["message"]
    assert "exit status" not in message and "Traceback" not in message
    if bounded.backend == "embedded":  # type: ignore[attr-defined]
        assert "crashed on this query" in message
    assert bounded.get("/health").status_code == 200


def test_the_embedded_child_sees_the_latest_writes(tmp_path):
    """The bounded child opens the file read-only while the server holds it; it sees what was written."""
    store = open_backend("embedded", tmp_path)
    store.write(fixture_batch())
    settings = settings_for("embedded", tmp_path, cypher_timeout=TIMEOUT)
    store.close()
    running = serve(settings)
    url = next(running)
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            before = client.post("/cypher", json={"query": "MATCH (a:Actor) RETURN count(a) AS n"}).json()
            assert before["backend"] == "embedded"
            facts = ("id,subject,relation,object,from,source\n"
                     "late-1,Late Arrivals Front,SUPPORTS,Hezbollah,2024-01,Our own test note\n")
            added = client.post("/events", params={"name": "late.csv"}, content=facts.encode())
            assert added.status_code == 200, added.text
            after = client.post("/cypher", json={"query": "MATCH (a:Actor) RETURN count(a) AS n"}).json()
            assert after["rows"][0]["n"] == before["rows"][0]["n"] + 1, (before, after)
    finally:
        running.close()
