"""The bad-input corpus (tests/bad_input_cases.py) through the real CLI, into a fresh store.

All case files sit in one folder beside a good file and are ingested in one run: every case
must be refused with ``file:line[: field]: message`` (no traceback), the good rows of each
case and the good file must be stored, and the exit code must say "partial" (1, see
``actorgraph ingest --help``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from bad_input_cases import CASES, EXAMPLES, Case

from actorgraph.graph.store import open_store
from actorgraph.settings import Settings


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("bad-input")
    corpus = folder / "corpus"
    corpus.mkdir()
    for case in CASES:
        (corpus / case.name).write_bytes(case.content)
    (corpus / "good-facts.yaml").write_bytes((EXAMPLES / "facts.yaml").read_bytes())
    db = folder / "graph.lbug"
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(db)}
    done = subprocess.run([sys.executable, "-c", "from actorgraph.cli import main; main()", "ingest", str(corpus),
                           "--json"], env=env, capture_output=True, text=True, timeout=600)
    store = open_store(Settings(_env_file=None, store="embedded", embedded_path=db))
    try:
        wanted = [a for case in CASES for a in case.kept] + ["facts:good-facts:russia-supports-assad"]
        stored = {row["id"] for row in store.query("articles_existing", ids=wanted)}
    finally:
        store.close()
    report = json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}
    return {"done": done, "report": report, "stored": stored, "corpus": corpus}


def test_the_run_is_partial_without_a_traceback(run: dict):
    done = run["done"]
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "facts:good-facts:russia-supports-assad" in run["stored"]


def _issues(run: dict, case: Case) -> list[str]:
    """The case's issues of its own level: a refused row is "failed", a cell left out a warning."""
    prefix = str(run["corpus"] / case.name)
    issues = [f"{i['where']}: {i['message']}" for i in run["report"]["failed" if case.level == "error" else "warnings"]]
    return [i for i in issues if i.startswith(prefix)]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_names_where_and_what(run: dict, case: Case):
    where = str(run["corpus"] / case.name)
    if case.line is not None:
        where += f":{case.line}"
    if case.field:
        where += f": {case.field}"
    issues = _issues(run, case)
    assert any(i.startswith(where + ":") and case.words.lower() in i.lower() for i in issues), issues


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_keeps_its_good_rows(run: dict, case: Case):
    assert set(case.kept) <= run["stored"], sorted(set(case.kept) - run["stored"])
