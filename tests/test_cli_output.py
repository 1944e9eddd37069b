"""What the read commands print for people: names, copyable ids, no emoji, right plurals."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import open_backend
from fixture_graph import fixture_batch

from actorgraph.cli import query, root


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder: Path = tmp_path_factory.mktemp("cli-output")
    store = open_backend("embedded", folder)
    store.write(fixture_batch())
    store.close()
    return {"ACTORGRAPH_STORE": "embedded", "ACTORGRAPH_EMBEDDED_PATH": str(folder / "graph.lbug")}


def run(env: dict[str, str], monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.setattr(query.console, "width", 400)
    done = CliRunner().invoke(root, list(args), env=env, catch_exceptions=False)
    assert done.exit_code == 0, done.output
    return done.stdout


def test_relation_ids_print_as_text_not_emoji(env, monkeypatch):
    out = run(env, monkeypatch, "relations", "--source", "Russia")
    assert "SUPPORTS:russia:syrian-government" in out  # :russia: would otherwise print as a flag
    assert "\U0001f1f7" not in out  # regional indicator R: the first half of the Russian flag


def test_the_relations_table_shows_names_and_an_id_column(env, monkeypatch):
    out = run(env, monkeypatch, "relations", "--source", "Russia")
    header = next(line for line in out.splitlines() if "source" in line and "target" in line)
    assert header.split("┃")[-2].strip() == "id"
    row = next(line for line in out.splitlines() if "SUPPORTS:russia:syrian-government" in line)
    assert "Russia" in row and "Syrian government (Assad)" in row


def test_evidence_counts_are_plural_only_when_more_than_one(env, monkeypatch):
    single = run(env, monkeypatch, "evidence", "ALLIED_WITH:ahrar-al-sham:jabhat-al-nusra")
    assert "1 claim from 1 source" in single and "1 claims" not in single
    several = run(env, monkeypatch, "evidence", "SUPPORTS:russia:syrian-government")
    assert "2 claims from 2 sources" in several
