"""Whole files that are odd or hostile, beside good files, into a fresh embedded store: every odd file is
read or refused with a message naming it, never a traceback, and the good files are always stored.

Complements tests/test_bad_input.py (one bad row among good rows of a well-formed file). Sentences and
facts are our own (a war around Lake Chad).
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from api_server import Api

from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch, RelationType
from actorgraph.graph.store import open_store
from actorgraph.settings import Settings

pytest_plugins = ["api_server"]
SENT = "Chad attacked Boko Haram positions on Tuesday. Algeria backed Mali against the rebels.\n"


def _store(path: Path):
    return open_store(Settings(_env_file=None, store="embedded", embedded_path=path))


def test_a_line_break_late_in_a_long_batch_is_written(tmp_path: Path):
    """LadybugDB reads a quoted line break in a bulk file only when one shows near its top: a batch of
    hundreds of claims whose only multi-line sentence comes late used to fail whole."""
    store = _store(tmp_path / "graph.lbug")
    lines = {700: "Chad attacked\nBoko Haram near Bol.", 900: "Mali backed\rNiger against the rebels."}
    actors = (Actor(id="chad-x", name="Chad X"), Actor(id="boko-x", name="Boko X"))
    article = Article(id="lake-chad-batch", published="2021-03-04")
    claims = tuple(Claim(article=article.id, type=RelationType.ATTACKS, subject="chad-x", object="boko-x",
                         evidence=Evidence(sentence=lines.get(k, f"Raid number {k} near Baga."), start=k, end=k + 1))
                   for k in range(1000))
    try:
        store.write(GraphBatch(actors=actors, articles=(article,), claims=claims))
        rows = store.query("export_claims", after="", limit=5000)
    finally:
        store.close()
    assert len(rows) == 1000
    assert set(lines.values()) <= {r["sentence"] for r in rows}


def test_a_line_break_after_batches_without_one_is_written(tmp_path: Path):
    """The store prepares each bulk statement once, and LadybugDB decides then whether its file holds
    quoted line breaks: a batch with one, after batches without, used to fail whole (found by
    scripts/probe_bad_input.py after the prepared statements came in)."""
    store = _store(tmp_path / "graph.lbug")
    actors = (Actor(id="chad-x", name="Chad X"), Actor(id="boko-x", name="Boko X"))

    def batch(article_id: str, sentences: dict[int, str]) -> GraphBatch:
        claims = tuple(Claim(article=article_id, type=RelationType.ATTACKS, subject="chad-x", object="boko-x",
                             evidence=Evidence(sentence=sentences.get(k, f"Raid {article_id} {k} near Baga."),
                                               start=k, end=k + 1)) for k in range(20))
        return GraphBatch(actors=actors, articles=(Article(id=article_id, published="2021-03-04"),), claims=claims)

    try:
        store.write(batch("plain-1", {}))
        store.write(batch("broken-1", {5: "Chad attacked\nBoko Haram near Bol."}))
        store.write(batch("plain-2", {}))
        store.write(batch("broken-2", {3: "Mali backed\rNiger.", 9: "Niger backed\nMali."}))
        rows = store.query("export_claims", after="", limit=5000)
    finally:
        store.close()
    assert len(rows) == 80
    assert {"Chad attacked\nBoko Haram near Bol.", "Mali backed\rNiger.", "Niger backed\nMali."} <= {
        r["sentence"] for r in rows}


def _json(record: dict) -> bytes:
    return json.dumps(record).encode()


# (file name, bytes or a special file, what an issue naming it must say; None: read without an error)
FILES: list[tuple[str, object, str | None]] = [
    ("utf16.txt", codecs.BOM_UTF16_LE + SENT.encode("utf-16-le"), None),
    ("utf16be.txt", codecs.BOM_UTF16_BE + SENT.encode("utf-16-be"), None),
    ("bom.txt", codecs.BOM_UTF8 + SENT.encode(), None),
    ("cr-only.txt", SENT.replace(". ", ".\r").replace("\n", "\r").encode(), None),
    ("latin1.txt", "Le Tchad a attaqué Boko Haram près de Bol.".encode("latin-1"), None),
    ("empty.txt", b"", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file"),
    ("script.html", b"<html><script>var chad = 1;</script></html>", "no text"),
    ("deep.html", b"<div>" * 20_000 + SENT.encode() + b"</div>" * 20_000, None),
    ("not.json", b"{ this is not json", "invalid JSON"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deep"),
    ("bigint.json", b'{"id": "lc-big", "text": "Chad attacked Boko Haram.", "published": ' + b"9" * 5000 + b"}",
     "a number of 5000 digits"),
    ("month13.json", _json({"id": "lc-m13", "text": SENT, "published": "2023-13-01"}), None),
    ("bigline.jsonl", _json({"id": "lc-before", "text": SENT}) + b"\n" + b'{"id": "lc-huge", "n": ' + b"1" * 5000 +
     b"}\n" + _json({"id": "lc-after", "text": SENT}) + b"\n", "a number of 5000 digits"),
    ("cr.jsonl", _json({"id": "lc-cr1", "text": SENT}) + b"\r" + _json({"id": "lc-cr2", "text": SENT}) + b"\r", None),
    ("bigint_facts.yaml", b"source: own notes\nfacts:\n  - id: lc-f\n    subject: Chad\n    relation: ATTACKS\n"
     b"    object: Boko Haram\n    confidence: " + b"9" * 5000 + b"\n", "a number of 5000 digits"),
    ("tabs_facts.yaml", b"source: own notes\nfacts:\n\t- id: lc-t\n", "cannot read the facts file: found character"),
    ("report.pdf", b"%PDF-1.4 " + SENT.encode(), "cannot tell the format"),
    ("pipe.txt", "fifo", "not a regular file"),  # never read (a FIFO would hang), but named, in a folder too
    ("zero.txt", "/dev/zero", "not a regular file"),
    ("broken.txt", "/nonexistent/lake-chad.txt", "no such file"),
]
KEPT = ["lc-before", "lc-after", "lc-cr1", "lc-cr2", "lc-m13", "facts:good_facts:lc-good"]


def _lay(folder: Path) -> None:
    folder.mkdir()
    for name, content, _ in FILES:
        path = folder / name
        if content == "fifo":
            os.mkfifo(path)
        elif isinstance(content, str):
            os.symlink(content, path)
        else:
            path.write_bytes(content)
    (folder / "good.txt").write_text("Niger backed Mali against the rebels in 2021.\n")
    (folder / "good_facts.yaml").write_text("source: own notes\nfacts:\n  - id: lc-good\n    subject: Niger\n"
                                            "    relation: SUPPORTS\n    object: Mali\n    from: 2021\n")


def _ingest(db: Path, *paths: Path) -> tuple[subprocess.CompletedProcess[str], dict]:
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(db)}
    done = subprocess.run([sys.executable, "-c", "from actorgraph.cli import main; main()", "ingest", *map(str, paths),
                           "--json"], env=env, capture_output=True, text=True, timeout=600)
    return done, json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("odd-files")
    _lay(folder / "corpus")
    done, report = _ingest(folder / "graph.lbug", folder / "corpus")
    store = _store(folder / "graph.lbug")
    try:
        stored = {r["id"] for r in store.query("export_articles", after="", limit=10_000)}
    finally:
        store.close()
    return {"done": done, "report": report, "stored": stored, "corpus": folder / "corpus"}


def test_odd_files_leave_no_traceback_and_the_good_files_are_stored(run: dict):
    assert run["done"].returncode == 1 and "Traceback" not in run["done"].stderr, run["done"].stderr[-2000:]
    assert set(KEPT) <= run["stored"], sorted(set(KEPT) - run["stored"])
    assert any(a.startswith("good-") for a in run["stored"]) and any(a.startswith("utf16-") for a in run["stored"])
    assert "lc-huge" not in run["stored"]


@pytest.mark.parametrize(("name", "words"), [(n, w) for n, _, w in FILES], ids=[n for n, _, _ in FILES])
def test_each_odd_file_is_read_or_named_in_a_plain_message(run: dict, name: str, words: str | None):
    where = str(run["corpus"] / name)
    issues = [i for i in run["report"]["failed"] + run["report"]["warnings"] if i["where"].startswith(where)]
    errors = [i["message"] for i in issues if i["level"] == "error"]
    assert not any(w in m for m in errors for w in ("Traceback", "ValueError", "set_int_max_str_digits")), errors
    assert all("\n" not in i["message"] for i in issues), issues  # one line each (YAML's own errors span three)
    if words is None:
        assert errors == [], errors
    else:
        assert any(words in m for m in errors), issues


def test_special_files_named_on_the_command_line_are_refused_beside_a_good_file(run: dict, tmp_path: Path):
    corpus = run["corpus"]
    done, report = _ingest(tmp_path / "graph.lbug", corpus / "pipe.txt", corpus / "zero.txt", corpus / "good.txt")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert sorted(i["where"] for i in report["failed"]) == [str(corpus / "pipe.txt"), str(corpus / "zero.txt")]
    assert all("not a regular file" in i["message"] for i in report["failed"])
    assert report["articles"] == 1


@pytest.mark.parametrize(("name", "words"), [(n, w) for n, c, w in FILES if isinstance(c, bytes) and c],
                         ids=[n for n, c, _ in FILES if isinstance(c, bytes) and c])
def test_the_same_odd_files_uploaded_to_the_api(api: Api, name: str, words: str | None):
    content = next(c for n, c, _ in FILES if n == name)
    assert isinstance(content, bytes)
    response = api.post("/events", params={"name": name}, content=content)
    assert response.status_code == 200, response.text  # the upload is read; what it holds is reported
    failed = response.json()["failed"]
    assert all("Traceback" not in i["message"] and "\n" not in i["message"] for i in failed), failed
    assert (failed == []) if words is None else any(words in i["message"] for i in failed), failed
    good = api.post("/events", params={"name": "after.txt"}, content=b"Niger backed Mali against the rebels.\n")
    assert good.status_code == 200 and good.json()["failed"] == []  # the server still reads and writes


def test_an_upload_with_a_huge_number_line_keeps_the_lines_around_it(api: Api):
    body = _json({"id": "lc-api-1", "text": SENT}) + b'\n{"id": "lc-api-2", "n": ' + b"5" * 6000 + b"}\n" + \
        _json({"id": "lc-api-3", "text": SENT}) + b"\n"
    report = api.post("/events", params={"name": "upload.jsonl"}, content=body).json()
    assert [i["message"] for i in report["failed"]] == ["a number of 6000 digits: at most 4300 are read"]
    assert report["failed"][0]["where"].endswith(":2") and report["articles"] == 2
