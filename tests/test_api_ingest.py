"""``POST /articles``, ``POST /events`` and ``actorgraph ingest --api`` through real HTTP on each store."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from api_server import API_KEY, Api

from actorgraph.api.client import ingest_via_api
from actorgraph.graph.writing import WriteResult

pytest_plugins = ["api_server"]  # the `api` fixture: a live server per backend
EXAMPLES = Path(__file__).parent.parent / "examples"
FACTS = """subject,relation,object,from,to,source,note
{a},SUPPORTS,{b},2019-05,,Test Desk,{a} backs {b}.
{b},ATTACKS,{c},2020-02-03,,Test Desk,{b} attacked {c}.
"""


def _facts(tag: str) -> tuple[str, list[str]]:
    names = [f"Actor {tag} {x}" for x in "ABC"]
    return FACTS.format(a=names[0], b=names[1], c=names[2]), names


def test_post_articles_extracts_and_writes(api: Api):
    from conftest import unique

    article = {
        "id": unique("api-article"), "title": "Test", "source": "API Test Wire", "published": "2021-06-01",
        "text": "Iran has supported Hezbollah since 2012.",
    }
    response = api.post("/articles", json=article)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["units"] == 1 and body["files"] == 1 and not body["failed"], body
    assert body["articles"] == 1 and body["claims_new"] == len(body["claims"]) >= 1
    supports = [c for c in body["claims"] if c["relation"] == "SUPPORTS:iran:hezbollah"]
    assert supports and supports[0]["article"] == article["id"]
    evidence = api.ok("/relations/SUPPORTS:iran:hezbollah/evidence")
    assert article["id"] in {c["article"] for c in evidence["claims"]}
    again = api.post("/articles", json=[article]).json()  # idempotent: nothing new the second time
    assert again["claims_new"] == 0 and again["claims_existing"] == body["claims_new"]


def test_post_articles_reports_bad_records(api: Api):
    response = api.post("/articles", json=[{"text": " "}])
    assert response.status_code == 200, response.text
    assert response.json()["failed"] and response.json()["units"] == 0
    assert api.post("/articles", json=[]).status_code == 422
    assert api.post("/articles", json={"title": "no text"}).json()["error"]["detail"]["field"].endswith("text")


def test_post_events_file_upload(api: Api):
    from conftest import unique

    text, names = _facts(unique("ev"))
    response = api.post("/events", params={"name": "facts.csv"}, content=text.encode())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["claims_new"] == 2 and not body["failed"], body
    first = api.ok("/actors", q=names[0])["actors"][0]
    relations = api.ok("/relations", source=first["id"])["relations"]
    assert [r["type"] for r in relations] == ["SUPPORTS"]


def test_post_events_checks_input(api: Api):
    assert api.post("/events", params={"name": "x.csv"}, content=b"").status_code == 422
    error = api.post("/events", params={"format": "nope"}, content=b"a,b\n").json()["error"]
    assert error["detail"]["field"] == "format"


def test_ingest_through_the_api_client(api: Api, tmp_path: Path):
    from conftest import unique

    text, names = _facts(unique("cli"))
    (tmp_path / "facts.csv").write_text(text)
    (tmp_path / "bad.csv").write_text("nothing,to,see\n1,2,3\n")
    seen = []
    report = ingest_via_api(api.url, sorted(tmp_path.iterdir()), api_key=API_KEY,
                            progress=lambda path, units: seen.append((path.name, units)))
    assert report.files == 2 and report.written.claims_new == 2
    assert ("facts.csv", 2) in seen
    assert not report.ok and any("bad.csv" in issue.where for issue in report.failed)  # reported, not fatal
    assert api.ok("/actors", q=names[1])["actors"]


def test_ingest_while_serve_holds_the_embedded_store(tmp_path: Path):
    """A second process cannot open the embedded store the server holds: `actorgraph ingest`
    says so, and `--api URL` sends the files through the server instead (a real uvicorn process)."""
    import os
    import subprocess
    import sys
    import time

    import httpx
    from api_server import free_port

    env = {**os.environ, "ACTORGRAPH_STORE": "embedded", "ACTORGRAPH_EMBEDDED_PATH": str(tmp_path / "g.lbug"),
           "ACTORGRAPH_API_KEY": API_KEY}
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "actorgraph.api.app:create_app", "--factory",
                               "--port", str(port), "--log-level", "warning"], env=env)
    url = f"http://127.0.0.1:{port}"
    cli = [sys.executable, "-c", "from actorgraph.cli import main; main()"]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/health").status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        text, names = _facts("serve")
        (tmp_path / "facts.csv").write_text(text)
        locked = subprocess.run([*cli, "ingest", str(tmp_path / "facts.csv")], env=env, capture_output=True,
                                text=True, timeout=120)
        assert locked.returncode == 4, locked.stderr
        assert "--api" in locked.stderr
        sent = subprocess.run([*cli, "ingest", "--api", url, str(tmp_path / "facts.csv")], env=env,
                              capture_output=True, text=True, timeout=120)
        assert sent.returncode == 0, sent.stderr
        assert "claims new 2" in sent.stdout
        assert httpx.get(url + "/actors", params={"q": names[0]}).json()["actors"]
    finally:
        server.terminate()
        server.wait(30)


def test_posted_records_are_read_as_a_file_of_them_would_be(api: Api, tmp_path: Path):
    """A body of records gives the claims `ingest` gives for a JSON Lines file of the same records,
    and problems come back as {where, message, level} objects naming the record."""
    from conftest import unique

    from actorgraph.loaders.pipeline import Pipeline

    records = [{"id": unique("same"), "source": "Parity Wire", "published": "2022-02-01",
                "text": "Turkey supports the Syrian National Army."}, {"text": " "}]
    body = api.post("/articles", json=records).json()
    assert body["failed"] == [{"where": "articles.jsonl:2", "message": "the article has no text", "level": "error"}]
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    written = []
    report = Pipeline.build().ingest([tmp_path / "articles.jsonl"], write=lambda b: written.append(b) or WriteResult())
    assert {c["relation"] for c in body["claims"]} == {c.relation_id for b in written for c in b.claims}
    assert [(i.where.rsplit("/", 1)[-1], i.message) for i in report.failed] == [("articles.jsonl:2",
                                                                               "the article has no text")]


def test_the_pipeline_is_built_once_per_process(tmp_path: Path, monkeypatch):
    """Requests share the lifespan's pipeline: the mention index is not rebuilt per request."""
    from api_server import serve, settings_for

    from actorgraph.loaders.articles import extract

    built = []

    class CountedIndex(extract.MentionIndex):
        def __init__(self, *args, **kwargs):
            built.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(extract, "MentionIndex", CountedIndex)
    running = serve(settings_for("embedded", tmp_path, api_key=API_KEY))
    url = next(running)
    try:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {API_KEY}"}) as client:
            for n in range(3):
                answer = client.post("/articles", json={"id": f"once-{n}", "text": "Iran supports Hezbollah."})
                assert answer.status_code == 200, answer.text
    finally:
        running.close()
    assert len(built) == 1
