"""The Neo4j Browser queries (neo4j/queries/*.cypher) run as the Browser runs them, on the fixture graph.

Each file is what a user drags into Browser's favourites: ``:param name => expression`` lines
(the expression is evaluated by the server, as Browser does) and one Cypher query. Here they run
through the driver against the real local Neo4j holding the fixture graph. Other tests share
that server, so rows are compared after keeping those about fixture actors only.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import neo4j
from fixture_graph import ACTORS

from actorgraph import cypher

QUERIES = Path(__file__).resolve().parent.parent / "neo4j" / "queries"
FIXTURE_IDS = {a.id for a in ACTORS}
_PARAM = re.compile(r"^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+)$", re.DOTALL)


def plain(value):
    """Paths as the ids of their nodes, nodes and relationships as their ids, dates as dates."""
    if isinstance(value, neo4j.graph.Path):
        return tuple(n["id"] for n in value.nodes)
    if isinstance(value, neo4j.graph.Node | neo4j.graph.Relationship):
        return value["id"]
    return value.to_native() if hasattr(value, "to_native") else value


def run_browser_file(store, path: Path, **fixture_params) -> list[dict]:
    """Run one favourites file: its :param lines, then its query; rows with plain values.

    The files ship ids of the shipped gazetteer (tests/test_shipped_examples.py checks them
    against the shipped data); ``fixture_params`` replace them with the fixture graph's.
    """
    params: dict = {}
    rows: list[dict] = []
    for statement in cypher.statements(path.read_text()):
        if statement.startswith(":"):
            match = _PARAM.match(statement)
            assert match, f"{path.name}: only ':param name => expression' commands are used, not {statement!r}"
            params[match[1]] = store.run_read(f"RETURN {match[2]} AS value", {})[0]["value"]
            params.update(fixture_params)
        else:
            rows = [{k: plain(v) for k, v in r.items()} for r in store.run_read(statement, params)]
    return rows




def test_every_file_opens_with_a_title_and_sets_its_parameters():
    files = sorted(QUERIES.glob("*.cypher"))
    assert [f.name for f in files] == [
        "1-lineage.cypher", "2-backers-as-of.cypher", "3-attacks-in-month.cypher", "4-evidence.cypher",
        "5-path.cypher",
    ]
    for path in files:
        text = path.read_text()
        assert text.startswith("// "), f"{path.name}: Browser names a favourite after its first comment line"
        used = set(re.findall(r"\$([A-Za-z_]\w*)", text))
        set_ = set(re.findall(r"^:param\s+(\w+)", text, re.MULTILINE))
        assert used == set_, f"{path.name}: parameters used {used} but set {set_}"


def test_lineage(neo4j_store):
    rows = run_browser_file(neo4j_store, QUERIES / "1-lineage.cypher")
    assert sorted(r["p"] for r in rows) == [
        ("hayat-tahrir-al-sham", "jabhat-fateh-al-sham"),
        ("hayat-tahrir-al-sham", "jabhat-fateh-al-sham", "jabhat-al-nusra"),
        ("hayat-tahrir-al-sham", "jabhat-fateh-al-sham", "jabhat-al-nusra", "al-qaeda"),
        ("hayat-tahrir-al-sham", "nour-al-din-al-zenki"),
    ]


def test_backers_as_of_a_date(neo4j_store):
    rows = run_browser_file(neo4j_store, QUERIES / "2-backers-as-of.cypher", actor="syrian-government")
    assert {(r["backer"], r["r"], r["backed"]) for r in rows if r["backer"] in FIXTURE_IDS} == {
        ("russia", "SUPPORTS:russia:syrian-government", "syrian-government"),
        ("iran", "SUPPORTS:iran:syrian-government", "syrian-government"),
        ("hezbollah", "SUPPORTS:hezbollah:syrian-government", "syrian-government"),
    }


def test_who_attacked_whom_in_a_month(neo4j_store):
    rows = run_browser_file(neo4j_store, QUERIES / "3-attacks-in-month.cypher")
    mine = [r for r in rows if r["attacker"] in FIXTURE_IDS]
    assert sorted((r["attacker"], r["target"], r["reports"], r["first"], r["last"]) for r in mine) == [
        ("russia", "hayat-tahrir-al-sham", 1, dt.date(2020, 2, 1), dt.date(2020, 2, 1)),
        ("syrian-government", "hayat-tahrir-al-sham", 1, dt.date(2020, 2, 10), dt.date(2020, 2, 10)),
        ("turkey", "syrian-government", 1, dt.date(2020, 2, 28), dt.date(2020, 2, 28)),
    ]


def test_evidence_of_an_edge(neo4j_store):
    rows = run_browser_file(neo4j_store, QUERIES / "4-evidence.cypher",
                            relation="SUPPORTS:russia:syrian-government")
    assert [(r["source"], r["published"], r["sentence"][:30]) for r in rows] == [
        ("Fixture Wire", dt.date(2024, 11, 27), "Russia is one of the main backe"[:30]),
        ("Fixture Daily", dt.date(2015, 10, 1), "Moscow began air strikes in su"),
    ]


def test_path_between_two_actors(neo4j_store):
    rows = run_browser_file(neo4j_store, QUERIES / "5-path.cypher")
    assert [r["p"] for r in rows] == [("hezbollah", "syrian-government", "turkey")]
