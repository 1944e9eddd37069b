"""``POST /cypher`` reads, caps rows, and refuses every write on both stores.

Two layers are proven separately: the statement check (HTTP 400 before the database is
touched), and the database's own read-only transaction, by sending writes straight to the
store's ``read_only`` with the check bypassed.
"""

from __future__ import annotations

import pytest
from api_server import Api

from actorgraph.errors import QueryError
from actorgraph.graph.readonly import check_read_only

WRITES = [
    "CREATE (a:Actor {id: 'cypher-test-x'}) RETURN a",
    "MERGE (a:Actor {id: 'cypher-test-x'}) RETURN a.id",
    "MATCH (a:Actor {id: 'russia'}) DETACH DELETE a",
    "MATCH (a:Actor {id: 'russia'}) DELETE a",
    "MATCH (a:Actor {id: 'russia'}) SET a.name = 'Muscovy' RETURN a.name",
    "MATCH (a:Actor {id: 'russia'}) REMOVE a.country RETURN a.id",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS row CREATE (:Actor {id: row.id})",
    "LOAD FROM '/etc/passwd' RETURN *",
    "COPY (MATCH (a:Actor) RETURN a.id) TO '/tmp/cypher-test-out.csv'",
    "COPY Actor FROM '/tmp/actors.csv'",
    "CALL db.createLabel('Sneaky')",
    "CALL db.createProperty('sneaky')",
    "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
    "CALL threads=1",
    "MATCH (a:Actor) WITH a LIMIT 1 CALL { WITH a SET a.x = 1 } RETURN a.id",
    "MATCH (a:Actor) RETURN a.id; CREATE (:Actor {id: 'cypher-test-y'})",
    "COMMIT",
    "BEGIN TRANSACTION",
    "DROP TABLE Actor",
    "CREATE NODE TABLE Sneaky(id STRING PRIMARY KEY)",
    "FOREACH (x IN [1] | CREATE (:Actor {id: 'cypher-test-z'}))",
    "EXPORT DATABASE '/tmp/cypher-test-export'",
    "INSTALL httpfs",
    "ATTACH '/tmp/other.lbug' AS other (dbtype lbug)",
    "match (a:Actor {id: 'russia'}) /* sneaky */ set a.name = 'x'",
]

# Writes the database itself refuses inside its read-only transaction (the check bypassed).
ENGINE_WRITES = {
    "embedded": [
        "CREATE (a:Actor {id: 'cypher-test-x'})",
        "MERGE (a:Actor {id: 'cypher-test-x'})",
        "MATCH (a:Actor {id: 'russia'}) DETACH DELETE a",
        "MATCH (a:Actor {id: 'russia'}) SET a.name = 'Muscovy'",
        "MATCH (a:Actor {id: 'russia'}) REMOVE a.country",
        "CREATE NODE TABLE Sneaky(id STRING PRIMARY KEY)",
        "DROP TABLE Claim",
        "COPY Actor FROM '/nonexistent/actors.csv'",
    ],
    "neo4j": [
        "CREATE (a:Actor {id: 'cypher-test-x'})",
        "MERGE (a:Actor {id: 'cypher-test-x'})",
        "MATCH (a:Actor {id: 'russia'}) DETACH DELETE a",
        "MATCH (a:Actor {id: 'russia'}) SET a.name = 'Muscovy'",
        "MATCH (a:Actor {id: 'russia'}) REMOVE a.country",
        "LOAD CSV FROM 'file:///nonexistent.csv' AS row CREATE (:Actor {id: row[0]})",
        "CALL db.createLabel('Sneaky')",
        "CALL db.createProperty('sneaky')",
        "CREATE INDEX sneaky IF NOT EXISTS FOR (a:Actor) ON (a.country)",
    ],
}

pytest_plugins = ["api_server"]  # the `api` fixture: a live server per backend


def test_reads_answer_with_columns_and_rows(api: Api):
    response = api.post("/cypher", json={
        "query": "MATCH (a:Actor {id: $id})-[r:SUPPORTS]->(b:Actor) RETURN r.type AS type, b.id AS target",
        "params": {"id": "russia"},
    })
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["type", "target"]
    assert body["rows"] == [{"type": "SUPPORTS", "target": "syrian-government"}]
    assert body["truncated"] is False and body["backend"] == api.backend


def test_row_cap(api: Api):
    body = api.post("/cypher", json={"query": "MATCH (a:Actor) RETURN a.id AS id"}).json()
    assert len(body["rows"]) == 5 and body["truncated"] is True and body["max_rows"] == 5  # the test server's cap
    fewer = api.post("/cypher", json={"query": "MATCH (a:Actor) RETURN a.id AS id", "max_rows": 2}).json()
    assert len(fewer["rows"]) == 2


def test_read_only_procedures_are_allowed(api: Api):
    query = "CALL db.labels() YIELD label RETURN label" if api.backend == "neo4j" else \
        "CALL table_info('Actor') RETURN name AS label"
    response = api.post("/cypher", json={"query": query})
    assert response.status_code == 200, response.text
    expected = "Actor" if api.backend == "neo4j" else "id"
    assert expected in {row["label"] for row in response.json()["rows"]}


@pytest.mark.parametrize("query", WRITES)
def test_writes_are_refused_over_http(api: Api, query: str):
    before = api.ok("/health")["counts"]
    response = api.post("/cypher", json={"query": query})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "query_error"
    assert api.ok("/health")["counts"] == before
    assert api.ok("/actors/russia")["name"] == "Russia"


def test_the_check_is_not_fooled_by_strings_and_comments():
    assert check_read_only("MATCH (a:Actor) WHERE a.name = 'CREATE; DELETE' RETURN a // SET x")
    assert check_read_only("MATCH (a:Actor) RETURN a.`set` AS `delete`")
    with pytest.raises(QueryError):
        check_read_only("MATCH (a) /* RETURN */ DETACH /* x */ DELETE a")


def test_the_database_itself_refuses_writes(store):
    """Bypass the statement check: the read-only transaction alone must refuse each write."""
    for query in ENGINE_WRITES[store.backend]:
        with pytest.raises(QueryError):
            store.read_only(query, {}, max_rows=10, timeout=5)
    assert store.query("actor", id="russia")[0]["name"] == "Russia"
    assert not store.query("actor", id="cypher-test-x")
