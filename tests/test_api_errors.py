"""One error shape for every failure, with the right status, through real HTTP on each store."""

from __future__ import annotations

import httpx
import pytest
from api_server import Api, serve

from actorgraph.errors import InputError, SettingsError
from actorgraph.settings import Settings

pytest_plugins = ["api_server"]  # the `api` fixture: a live server per backend


def shape(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
    assert isinstance(body["error"]["message"], str) and isinstance(body["error"]["detail"], dict)
    assert "Traceback" not in response.text
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def test_unknown_actor_is_404_with_suggestions(api: Api):
    error = shape(api.get("/actors/Hayat Tahrir al-Shem/lineage"), 404, "unknown_actor")
    assert "Hayat Tahrir al-Sham" in error["detail"]["suggestions"]
    shape(api.get("/actors/Hezbolla"), 404, "unknown_actor")
    shape(api.get("/paths", **{"from": "HTS", "to": "nobody-at-all"}), 404, "unknown_actor")


def test_bad_dates_and_parameters_are_422_naming_the_field(api: Api):
    assert shape(api.get("/actors/HTS/lineage", as_of="2020-13-01"), 422)["detail"]["field"] == "as_of"
    assert shape(api.get("/changes", **{"from": "soon", "to": "2020"}), 422)["detail"]["field"] == "from"
    assert shape(api.get("/changes", **{"from": "2020"}), 422)["detail"]["field"] == "to"
    assert shape(api.get("/actors/HTS/lineage", depth=0), 422)["detail"]["field"] == "depth"
    assert shape(api.get("/actors/HTS/lineage", direction="sideways"), 422)["detail"]["field"] == "direction"
    assert shape(api.get("/relations", type="LOVES"), 422, "unknown_relation_type")["detail"]["field"] == "types"
    assert shape(api.get("/relations", min_confidence=2), 422)["detail"]["field"] == "min_confidence"
    error = shape(api.get("/changes", **{"from": "2020", "to": "2019"}), 422)
    assert error["detail"]["field"] == "to"
    shape(api.get("/relations/not-an-id/evidence"), 422)


def test_unknown_relation_is_404(api: Api):
    shape(api.get("/relations/SUPPORTS:iran:al-qaeda/evidence"), 404, "not_found")


def test_unknown_route_and_method(api: Api):
    shape(api.get("/no/such/route"), 404, "not_found")
    shape(api.client.delete("/actors/HTS"), 405, "method_not_allowed")


def test_writes_need_the_key(api: Api):
    error = shape(api.post("/articles", auth=False, json={"text": "Iran backs Hezbollah."}), 401, "unauthorized")
    assert "Bearer" in error["message"]
    shape(api.client.post("/events", content=b"x", headers={"Authorization": "Bearer wrong-key-0123456789"}),
          401, "unauthorized")


def test_malformed_json_body_is_422(api: Api):
    response = api.client.post("/cypher", content=b"{not json", headers={"Content-Type": "application/json"})
    shape(response, 422, "invalid_input")


def test_store_down_is_503_with_retry_after():
    """A Neo4j server that is not there: the server starts and answers 503 with a retry hint."""
    running = serve(Settings(_env_file=None, store="neo4j", neo4j_uri="bolt://127.0.0.1:9"))
    url = next(running)
    try:
        for path in ("/health", "/actors/HTS", "/relations"):
            response = httpx.get(url + path, timeout=30)
            error = shape(response, 503, "store_unavailable")
            assert response.headers["retry-after"].isdigit() and error["detail"]["retry_after"] > 0
            assert "127.0.0.1:9" in error["message"]
    finally:
        running.close()


def test_serve_refuses_open_writes_beyond_loopback():
    from actorgraph.cli.serve import check_bind

    check_bind(Settings(_env_file=None, host="127.0.0.1"))
    check_bind(Settings(_env_file=None, host="0.0.0.0", api_key="a-real-key-0123456789"))
    with pytest.raises(InputError, match="API key"):
        check_bind(Settings(_env_file=None, host="0.0.0.0"))
    with pytest.raises(SettingsError, match="placeholder"):
        check_bind(Settings(_env_file=None, api_key="changeme"))
