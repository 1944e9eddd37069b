"""`actorgraph ingest` end to end on the embedded store: summary, failures, idempotence, kill -9 safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from actorgraph.graph.store import open_store
from actorgraph.settings import Settings
from tests.articles_helpers import gazetteer_file

TEMPLATE = ("DAMASCUS (AP) - Russian jets bombed HTS positions on Sunday, article {i}. "
            "Iranian-backed militias clashed with the SDF near the river. "
            "HTS, formerly known as the Nusra Front, launched an attack against government forces.\n")


def corpus(tmp_path, n):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(TEMPLATE.format(i=i))
    return folder


def run(tmp_path, *args, db="graph.lbug", **kw):
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(tmp_path / db), "ACTORGRAPH_BATCH_SIZE": "4"}
    cmd = [sys.executable, "-c", "from actorgraph.cli import main; main()", "ingest", *args,
           "--actors", str(gazetteer_file(tmp_path)), "--published", "2024-11-27"]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, **kw)


def counts(tmp_path, db):
    store = open_store(Settings(store="embedded", embedded_path=tmp_path / db))
    try:
        return store.query("counts")
    finally:
        store.close()


def claim_ids(tmp_path, db):
    import ladybug

    conn = ladybug.Connection(ladybug.Database(str(tmp_path / db)))
    result = conn.execute("MATCH (c:Claim) RETURN c.id")
    ids = set()
    while result.has_next():
        ids.add(result.get_next()[0])
    return ids


def test_ingest_summary_failures_and_rerun(tmp_path):
    folder = corpus(tmp_path, 3)
    (folder / "bad.jsonl").write_text('{"id": "x", "text": "Russia bombed HTS."}\n{oops\n')
    (folder / "empty.txt").write_text("")
    first = run(tmp_path, str(folder), "--json")
    assert first.returncode == 1, first.stderr
    report = json.loads(first.stdout)
    assert report["units"] == 4 and report["claims_new"] > 0
    assert any(f["where"].endswith("bad.jsonl:2") and f["level"] == "error" for f in report["failed"])
    assert any("empty" in f["message"] for f in report["failed"])
    second = json.loads(run(tmp_path, str(folder), "--json").stdout)
    assert second["claims_new"] == 0 and second["claims_existing"] == report["claims_new"]


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_kill_9_halfway_then_rerun_equals_an_uninterrupted_run(tmp_path):
    folder = corpus(tmp_path, 300)
    assert run(tmp_path, str(folder), db="clean.lbug").returncode == 0
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(tmp_path / "crash.lbug"), "ACTORGRAPH_BATCH_SIZE": "4"}
    cmd = [sys.executable, "-c", "from actorgraph.cli import main; main()", "ingest", str(folder),
           "--actors", str(gazetteer_file(tmp_path)), "--published", "2024-11-27"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not (tmp_path / "crash.lbug").exists():
        time.sleep(0.05)
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert run(tmp_path, str(folder), db="crash.lbug").returncode == 0
    assert counts(tmp_path, "crash.lbug") == counts(tmp_path, "clean.lbug")
    assert claim_ids(tmp_path, "crash.lbug") == claim_ids(tmp_path, "clean.lbug")
