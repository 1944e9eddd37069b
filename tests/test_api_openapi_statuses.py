"""The OpenAPI document lists each route's error statuses, taken from the one status table."""

from __future__ import annotations

from api_server import Api

from actorgraph.api.errors import STATUSES

pytest_plugins = ["api_server"]


def _errors(schema: dict, path: str, method: str = "get") -> set[int]:
    return {int(s) for s in schema["paths"][path][method]["responses"] if s.isdigit() and int(s) >= 400}


def test_listed_statuses_come_from_the_table_and_fit_the_route(api: Api):
    schema = api.ok("/openapi.json")
    table = {status for _, status in STATUSES}
    for path, methods in schema["paths"].items():
        for method in methods:
            listed = _errors(schema, path, method)
            assert listed <= table, (path, method, listed - table)
            assert {422, 500} <= listed, (path, method)
    assert 404 not in _errors(schema, "/health") and 503 in _errors(schema, "/health")
    assert {400, 401, 403} <= _errors(schema, "/cypher", "post")  # refused, key missing, switched off
    assert {401, 413} <= _errors(schema, "/articles", "post")
    assert 501 in _errors(schema, "/diagrams/{kind}")


def test_the_statuses_routes_answer_are_listed(api: Api):
    """Real failures answer a status their route documents."""
    schema = api.ok("/openapi.json")
    unknown = api.get("/actors/no-such-actor-anywhere/lineage")
    assert unknown.status_code == 404 and 404 in _errors(schema, "/actors/{id}/lineage")
    refused = api.post("/cypher", json={"query": "CREATE (n:Actor {id: 'x'}) RETURN n"})
    assert refused.status_code == 400 and 400 in _errors(schema, "/cypher", "post")
    anonymous = api.post("/articles", auth=False, json={"text": "Iran supports Hezbollah."})
    assert anonymous.status_code == 401 and 401 in _errors(schema, "/articles", "post")
    missing = api.get("/relations/SUPPORTS:nobody:noone/evidence")
    assert missing.status_code in _errors(schema, "/relations/{id}/evidence"), missing.text
