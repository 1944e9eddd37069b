"""Every shipped favourite query and documentation example names ids the shipped data holds.

The store here is what the README's quick start builds (examples/ and data/lineage.yaml read
with the shipped gazetteer), not the test fixture graph: an example that only works on the
fixture (``syrian-government`` instead of ``syrian-government-assad``) fails here.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from api_server import serve, settings_for

from actorgraph.graph.backends.embedded import EmbeddedStore
from actorgraph.graph.model import RelationType
from actorgraph.loaders.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
QUERIES = sorted((ROOT / "neo4j" / "queries").glob("*.cypher"))
ROUTES = sorted((ROOT / "api" / "routes").glob("*.py"))
RELATION_ID = re.compile(rf"\b(?:{'|'.join(t.value for t in RelationType)}):[a-z0-9-]+:[a-z0-9-]+")
ACTOR_PARAM = re.compile(r"^:param (?:id|actor|from_actor|to_actor) => '([^']+)';", re.M)
CURL_GET = re.compile(r"curl '?(http://(?:127\.0\.0\.1|localhost):8000/[^\s']+)'?")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> httpx.Client:
    folder = tmp_path_factory.mktemp("shipped")
    store = EmbeddedStore.open(folder / "graph.lbug")
    store.ensure_schema()
    report = Pipeline.build(write=store.write).ingest([ROOT / "examples", ROOT / "data" / "lineage.yaml"])
    store.close()
    assert report.ok, report.failed
    running = serve(settings_for("embedded", folder))
    with httpx.Client(base_url=next(running), timeout=60) as client:
        yield client
    running.close()


def _mentioned(pattern: re.Pattern[str], files: list[Path]) -> set[str]:
    return {m if isinstance(m, str) else m[0] for f in files for m in pattern.findall(f.read_text())}


def test_every_relation_id_in_docs_queries_and_api_examples_has_evidence(shipped: httpx.Client):
    ids = _mentioned(RELATION_ID, [*DOCS, *QUERIES, *ROUTES])
    assert "SUPPORTS:russia:syrian-government-assad" in ids
    for relation in sorted(ids):
        answer = shipped.get(f"/relations/{relation}/evidence")
        assert answer.status_code == 200 and answer.json()["claims"], f"{relation}: {answer.text[:200]}"


def test_every_actor_a_favourite_query_names_is_in_the_shipped_data(shipped: httpx.Client):
    ids = _mentioned(ACTOR_PARAM, QUERIES)
    assert ids
    for actor in sorted(ids):
        answer = shipped.get(f"/actors/{actor}")
        assert answer.status_code == 200 and answer.json()["id"] == actor, f"{actor}: {answer.text[:200]}"


def test_the_backers_favourite_finds_backers(shipped: httpx.Client):
    text = (ROOT / "neo4j" / "queries" / "2-backers-as-of.cypher").read_text()
    actor = re.search(r":param actor => '([^']+)'", text)[1]
    day = re.search(r":param day => date\('([^']+)'\)", text)[1]
    entries = shipped.get(f"/actors/{actor}/alliances", params={"as_of": day}).json()["entries"]
    assert any(e["role"] == "backers" for e in entries), entries


def test_every_documented_get_answers_something(shipped: httpx.Client):
    urls = _mentioned(CURL_GET, DOCS)
    assert any("/lineage" in u for u in urls)
    for url in sorted(urls):
        parts = urlsplit(url)
        answer = shipped.get(parts.path + (f"?{parts.query}" if parts.query else ""))
        assert answer.status_code == 200, f"{url}: {answer.text[:200]}"
        body = answer.json()
        assert any(isinstance(v, list) and v for v in body.values()) or body.get("found"), f"{url}: empty"


def test_the_documented_cypher_example_returns_rows(shipped: httpx.Client):
    text = (ROOT / "docs" / "api.md").read_text()
    query = re.search(r'"query": "([^"]+)"', text)[1]
    param = re.search(r'"params": \{"id": "([^"]+)"\}', text)[1]
    answer = shipped.post("/cypher", json={"query": query, "params": {"id": param}})
    assert answer.status_code == 200 and answer.json()["rows"], answer.text[:300]
