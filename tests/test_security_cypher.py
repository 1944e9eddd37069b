"""``POST /cypher`` cannot read server files, fetch URLs or read the server's configuration, on
either store, through real HTTP; the engine's own plan decides, and each layer is proven alone.

The attack strings hide a clause behind a comment ended by every kind of line break an engine
may honour, nest comments, call procedures by odd spellings, and ask the server about itself.
"""

from __future__ import annotations

import pytest
from api_server import API_KEY, Api, serve, settings_for
from httpx import Client

from actorgraph.errors import QueryError
from actorgraph.graph.readonly import check_plan, check_read_only

pytest_plugins = ["api_server"]

PASSWD = "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"
ATTACKS = [
    *[f"WITH 1 AS x // hidden{end}{PASSWD}" for end in ("\r", "\n", "\r\n", "\u2028", "\u2029", "\x85", "\v", "\f")],
    PASSWD,
    "LOAD CSV FROM 'http://127.0.0.1:9/' AS line RETURN line",
    "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS line RETURN line",
    "load csv from 'file:///etc/hostname' as l return l",
    "WITH 'file:///etc/passwd' AS u LOAD CSV FROM u AS line RETURN line",
    "CALL dbms.listConfig() YIELD name, value RETURN name, value",
    "CALL dbms.listConnections()",
    "call DBMS.LISTCONFIG()",
    "CALL `dbms`.`listConfig`()",
    "CALL dbms . listConfig()",
    "CALL dbms.components() YIELD name RETURN name",
    "CALL dbms.procedures()",
    "CALL apoc.load.json('file:///etc/passwd')",
    "CALL apoc.cypher.run('MATCH (n) DETACH DELETE n', {})",
    "CALL apoc.util.sleep(100000)",
    "CALL db.labels() YIELD label CALL dbms.listConfig() YIELD name RETURN label, name",
    "MATCH (a:Actor) CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN name",
    f"/* /* */ {PASSWD}",
    f"RETURN 1 AS line /* a */ UNION {PASSWD}",
    f"/* a // */ {PASSWD}",
    f"// only a comment\r{PASSWD}",
    "SHOW SETTINGS",
    "SHOW PROCEDURES",
    "SHOW USERS",
    "SHOW DATABASES",
    "USE system SHOW USERS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    f"EXPLAIN {PASSWD}",
    f"PROFILE {PASSWD}",
    f"RETURN 1; {PASSWD}",
    "LOAD FROM '/etc/passwd' (file_format='csv') RETURN *",
    "COPY Actor FROM '/etc/passwd' (file_format='csv')",
    "INSTALL httpfs",
    "LOAD EXTENSION httpfs",
    "ATTACH '/etc/passwd' AS other (dbtype lbug)",
    "CALL threads=1",
    "CALL current_setting('home_directory') RETURN * UNION CALL show_attached_databases() RETURN *",
    "CALL show_functions() RETURN *",
    "RETURN 'a\\' // ' AS x\rLOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
]


def _refused(response) -> None:
    assert response.status_code in (400, 422), response.text
    assert response.json()["error"]["code"] in ("query_error", "invalid_input")
    assert "rows" not in response.json() and "root:" not in response.text


@pytest.mark.parametrize("query", ATTACKS, ids=range(len(ATTACKS)))
def test_attacks_are_refused_over_http(api: Api, query: str):
    _refused(api.post("/cypher", json={"query": query}))


def test_the_plan_alone_refuses_what_the_tokens_would_miss(store):
    """Bypass the token check: the engine's plan refuses file, URL and configuration access."""
    queries = {
        "neo4j": [PASSWD, "LOAD CSV FROM 'http://127.0.0.1:9/' AS l RETURN l",
                  "CALL dbms.listConfig() YIELD name RETURN name", "SHOW PROCEDURES",
                  "MATCH (a:Actor {id: 'russia'}) SET a.name = 'x'", "CREATE INDEX sneaky FOR (a:Actor) ON (a.kind)"],
        "embedded": ["INSTALL httpfs", "ATTACH '/tmp/x.lbug' AS o (dbtype lbug)", "CALL threads=1",
                     "MATCH (a:Actor {id: 'russia'}) SET a.name = 'x'", "CALL show_functions() RETURN *"],
    }[store.backend]
    for query in queries:
        with pytest.raises(QueryError):
            check_plan(store.explain(query, {}))
    check_plan(store.explain("MATCH (a:Actor) RETURN a.id ORDER BY a.id LIMIT 3", {}))


def test_comments_end_at_every_line_break():
    for end in ("\r", "\u2028", "\u2029", "\x85", "\v", "\f"):
        with pytest.raises(QueryError, match="LOAD"):
            check_read_only(f"RETURN 1 // c{end}LOAD CSV FROM 'x' AS l RETURN l")


def test_reads_still_work(api: Api):
    body = api.post("/cypher", json={"query": "MATCH (a:Actor {id: 'russia'}) RETURN a.name AS name "
                                              "// a comment\r"}).json()
    assert body["rows"] == [{"name": "Russia"}]
    assert api.post("/cypher", json={"query": "MATCH (a:Actor) RETURN a.id AS id ORDER BY id SKIP 2 LIMIT 1"}
                    ).json()["rows"]


def test_cypher_needs_the_key_when_one_is_set(api: Api):
    response = api.client.post("/cypher", json={"query": "RETURN 1 AS one"})
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
    assert api.post("/cypher", json={"query": "RETURN 1 AS one"}).json()["rows"] == [{"one": 1}]


def test_cypher_can_be_switched_off(tmp_path):
    running = serve(settings_for("embedded", tmp_path, cypher_enabled=False, api_key=API_KEY))
    url = next(running)
    try:
        with Client(base_url=url) as client:
            response = client.post("/cypher", json={"query": "RETURN 1 AS one"},
                                   headers={"Authorization": f"Bearer {API_KEY}"})
            assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"
    finally:
        running.close()
