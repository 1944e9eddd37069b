"""The named queries: every override has its common twin, every file is used, and every Neo4j
query compiles on the real server (EXPLAIN)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from actorgraph import cypher
from actorgraph.graph.model import RelationType

ROOT = Path(cypher.__file__).parent
SOURCE = Path(cypher.__file__).parent.parent


def test_every_override_has_a_common_twin():
    for backend in cypher.BACKENDS:
        folder = ROOT / backend
        for override in folder.glob("*.cypher") if folder.is_dir() else []:
            # LadybugDB's bulk_X (CSV + LOAD FROM) is a form of the common X
            twin = override.name.removeprefix("bulk_") if backend == "embedded" else override.name
            assert (ROOT / twin).is_file(), f"{override} has no common {twin}"


def test_every_query_is_used_by_the_code():
    code = "\n".join(
        p.read_text() for p in SOURCE.rglob("*.py") if "tests" not in p.parts and ".venv" not in p.parts
    )
    for name in cypher.names():
        assert re.search(rf"[\"']{name}[\"']", code), f"cypher/{name}.cypher is not used"


def test_every_query_opens_with_a_header():
    for path in [*ROOT.glob("*.cypher"), *ROOT.glob("*/*.cypher")]:
        assert path.read_text().startswith(f"// {path.stem}:"), f"{path} lacks its header comment"


def test_type_placeholder_takes_only_the_enum():
    text = cypher.load("write_relations", "neo4j")
    assert ":SUPPORTS]" in cypher.statements(text, rel_type=RelationType.SUPPORTS)[0]
    with pytest.raises(Exception, match="relation type"):
        cypher.statements(text, rel_type="SUPPORTS]->() DELETE x //")  # type: ignore[arg-type]


SAMPLE = {
    "id": "x", "ids": ["x"], "q": "x", "limit": 1, "up": True, "down": True, "depth": 2,
    "since": dt.date(2020, 1, 1), "until": dt.date(2020, 1, 1), "source": "x", "target": "y",
    "types": ["SUPPORTS"], "type": "SUPPORTS", "rows": [], "keys": [], "near": "x", "other": "y", "far": ["y"],
}


def test_every_neo4j_query_compiles_on_the_server(neo4j_store):
    store = neo4j_store
    for name in cypher.names():
        if name == "schema" or name.startswith("bulk_"):  # bulk_*: LadybugDB only
            continue
        text = cypher.load(name, "neo4j")
        for statement in cypher.statements(text, rel_type=RelationType.SUPPORTS):
            store.run_read("EXPLAIN " + statement, SAMPLE)


def _properties_written(path: Path) -> set[str]:
    """The relation properties a write query sets (``e.x = r.x`` or ``x: r.x``)."""
    body = "\n".join(line for line in path.read_text().splitlines() if not line.lstrip().startswith("//"))
    return _properties_written_by(body)


def _properties_written_by(body: str) -> set[str]:
    return set(re.findall(r"\be\.(\w+)\s*=", body)) | set(re.findall(r"\b(\w+):\s*(?:date\()?r\.", body))


def test_creating_and_updating_a_relation_write_the_same_properties():
    """write_relations updates and creates with one property list repeated (as does LadybugDB's
    bulk form); a column added to one only (as the interval columns once were)
    would leave new or updated relations without it."""
    updating, creating = cypher.statements(cypher.load("write_relations", "neo4j"), rel_type=RelationType.SUPPORTS)
    updated, created = (_properties_written_by(text) for text in (updating, creating))
    assert {"active_from", "observed_from", "state", "confidence"} <= updated
    assert created == updated
    bulk = (ROOT / "embedded" / "bulk_write_relations.cypher").read_text()
    assert set(re.findall(r"\b(\w+):\s*\1\b", bulk)) == created  # ``x: x``, from the file's columns
