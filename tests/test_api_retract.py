"""``DELETE /articles/{id}`` through real HTTP on each store, and ``actorgraph retract``."""

from __future__ import annotations

import os
import subprocess
import sys

from api_server import API_KEY, Api
from conftest import unique

pytest_plugins = ["api_server"]


def test_delete_article_needs_the_key_and_removes_its_claims(api: Api):
    article = {"id": unique("api-retract"), "source": "Retract Wire", "published": "2022-03-04",
               "text": "Iran supports Hezbollah."}
    body = api.post("/articles", json=article).json()
    assert body["claims_new"] >= 1, body
    before = api.ok("/relations/SUPPORTS:iran:hezbollah/evidence")
    assert article["id"] in {c["article"] for c in before["claims"]}
    assert api.client.delete(f"/articles/{article['id']}").status_code == 401
    response = api.client.delete(f"/articles/{article['id']}", headers={"Authorization": f"Bearer {API_KEY}"})
    assert response.status_code == 200, response.text
    assert response.json()["claims_retracted"] == body["claims_new"]
    after = api.get("/relations/SUPPORTS:iran:hezbollah/evidence")
    if before["relation"]["claims"] == 1:  # its last claim went: so did the relation
        assert after.status_code == 404, after.text
    else:  # other articles' claims remain (another test's, on the shared Neo4j)
        assert article["id"] not in {c["article"] for c in after.json()["claims"]}
        assert after.json()["relation"]["claims"] == before["relation"]["claims"] - 1
    missing = api.client.delete(f"/articles/{article['id']}", headers={"Authorization": f"Bearer {API_KEY}"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_cli_retract_events_file(tmp_path):
    from actorgraph.graph.backends.embedded import EmbeddedStore
    from actorgraph.graph.model import Actor, Article, Claim, GraphBatch

    path = tmp_path / "graph.lbug"
    store = EmbeddedStore.open(path)
    store.ensure_schema()
    a, b = Actor(id="ret-a", name="Alpha"), Actor(id="ret-b", name="Beta")
    events = [Article(id=f"acled:SYR{i}", source="ACLED") for i in range(3)]
    claims = [Claim(article=e.id, type="ATTACKS", subject=a.id, object=b.id) for e in events]
    store.write(GraphBatch(actors=(a, b), articles=tuple(events), claims=tuple(claims)))
    store.close()
    deleted = tmp_path / "deleted.csv"
    deleted.write_text("event_id_cnty,deleted_timestamp\nSYR0,1700000000\nSYR1,1700000001\n")
    result = _cli(path, "retract", "--events", str(deleted))
    assert result.returncode == 0, result.stderr
    assert "retracted 2 claims of 2 documents" in result.stdout
    store = EmbeddedStore.open(path)
    assert [r["id"] for r in store.query("articles_existing", ids=[e.id for e in events])] == ["acled:SYR2"]
    store.close()
    bad = tmp_path / "bad.csv"
    bad.write_text("id\nSYR2\n")
    result = _cli(path, "retract", "--events", str(bad))
    assert result.returncode == 2 and f"{bad}: no event_id_cnty column" in result.stderr


def _cli(path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ACTORGRAPH_STORE": "embedded", "ACTORGRAPH_EMBEDDED_PATH": str(path)}
    return subprocess.run([sys.executable, "-m", "actorgraph.cli", *args], env=env, capture_output=True,
                          text=True, timeout=120)
