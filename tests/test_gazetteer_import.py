"""``actorgraph gazetteer import``: CSV, JSON and Wikidata SPARQL JSON actor lists, written for these tests."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import yaml
from click.testing import CliRunner

from actorgraph.cli import root
from actorgraph.graph import questions as q
from actorgraph.graph.model import GraphBatch
from actorgraph.loaders.actor_lists import read_actor_list
from actorgraph.loaders.gazetteer import Gazetteer

GAZETTEER = Gazetteer.load()


def _tag() -> str:
    return "Q" + uuid.uuid4().hex[:6].upper()


def _sparql(tag: str) -> dict:
    def lit(v: str) -> dict:
        return {"type": "literal", "value": v}

    item = {"type": "uri", "value": "http://www.wikidata.org/entity/Q990001"}
    return {"head": {"vars": ["item", "itemLabel", "aliases", "countryLabel", "inception", "dissolution"]},
            "results": {"bindings": [
                {"item": item, "itemLabel": lit(f"{tag} Delta Front"), "aliases": lit(f"{tag}DF|Delta Front {tag}"),
                 "countryLabel": lit("Myanmar"), "inception": {"datatype": "xsd:dateTime", "type": "literal",
                                                               "value": "2009-04-10T00:00:00Z"}},
                {"item": item, "itemLabel": lit(f"{tag} Delta Front"), "aliases": lit(f"The {tag} Deltas")},
                {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q990002"},
                 "itemLabel": lit(f"{tag} Coast Brigades"), "countryLabel": lit("Haiti"),
                 "inception": lit("2019-01-01T00:00:00Z"), "dissolution": lit("2024-03-01T00:00:00Z")},
                {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q990003"},
                 "itemLabel": lit("Arakan Army"), "inception": lit("not a date")},
                {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q28549221"},
                 "itemLabel": lit("Hayat Tahrir al-Sham")},
            ]}}


def test_wikidata_sparql_json_merges_rows_and_reads_country_and_dates(tmp_path: Path):
    tag = _tag()
    path = tmp_path / "armed.json"
    path.write_text(json.dumps(_sparql(tag)), encoding="utf-8")
    result = read_actor_list(path, GAZETTEER)
    by_name = {a.actor.name: a for a in result.actors}
    delta = by_name[f"{tag} Delta Front"]
    assert delta.actor.wikidata == "Q990001" and delta.actor.country == "MMR" and delta.actor.kind == "armed_group"
    assert delta.actor.aliases == (f"{tag}DF", f"Delta Front {tag}", f"The {tag} Deltas")
    assert delta.valid_from == "2009-04-10" and delta.valid_to is None
    coast = by_name[f"{tag} Coast Brigades"]
    assert (coast.actor.country, coast.valid_from, coast.valid_to) == ("HTI", "2019", "2024-03-01")
    assert result.known == [("Hayat Tahrir al-Sham", "hayat-tahrir-al-sham")]  # same Wikidata id: not duplicated
    assert len(result.issues) == 1 and "binding #4" in result.issues[0] and "valid_from" in result.issues[0]


def test_csv_reports_bad_lines_and_keeps_the_rest(tmp_path: Path):
    tag = _tag()
    path = tmp_path / "actors.csv"
    path.write_text("name,kind,aliases,country,description\n"
                    f"{tag} Hill Guards,militia,{tag}HG|Hill Guards {tag},COD,A village defence militia.\n"
                    ",armed_group,,,\n"
                    f"{tag} Lake Front,warlord,,,\n"
                    f"{tag} River Union,armed_group,,XXXX,\n"
                    "Rwanda,state,,RWA,\n", encoding="utf-8")
    result = read_actor_list(path, GAZETTEER)
    assert [a.actor.name for a in result.actors] == [f"{tag} Hill Guards"]
    guards = result.actors[0].actor
    assert guards.kind == "militia" and guards.aliases == (f"{tag}HG", f"Hill Guards {tag}")
    assert result.known == [("Rwanda", "rwanda")]
    assert [i.split(": ", 2)[1:] for i in result.issues] == [
        ["line 3", "name: needs a name"],
        ["line 4", result.issues[1].split(": ", 2)[2]],
        ["line 5", result.issues[2].split(": ", 2)[2]],
    ]
    assert "kind" in result.issues[1] and "warlord" in result.issues[1] and "country" in result.issues[2]


def test_imported_actors_are_stored_and_searchable(blank_store, tmp_path: Path):
    tag = _tag()
    path = tmp_path / "actors.json"
    path.write_text(json.dumps([{"name": f"{tag} Northern Alliance Army", "aliases": [f"{tag}NAA"], "country": "MMR"},
                                {"name": f"{tag} Northern Alliance Army", "aliases": f"NAA {tag}"}]), encoding="utf-8")
    result = read_actor_list(path, GAZETTEER)
    assert len(result.actors) == 1 and result.actors[0].actor.aliases == (f"{tag}NAA", f"NAA {tag}")
    blank_store.write(GraphBatch(actors=tuple(a.actor for a in result.actors)))
    blank_store.write(GraphBatch(actors=tuple(a.actor for a in result.actors)))  # again: nothing changes
    found = q.search(blank_store, f"{tag}NAA")
    assert [a.name for a in found] == [f"{tag} Northern Alliance Army"]


def test_the_command_writes_the_store_or_a_gazetteer_file(tmp_path: Path, monkeypatch):
    tag = _tag()
    source = tmp_path / "armed.json"
    source.write_text(json.dumps(_sparql(tag)), encoding="utf-8")
    monkeypatch.setenv("ACTORGRAPH_STORE", "embedded")
    monkeypatch.setenv("ACTORGRAPH_EMBEDDED_PATH", str(tmp_path / "store"))
    runner = CliRunner()
    out = tmp_path / "armed.yaml"
    done = runner.invoke(root, ["gazetteer", "import", str(source), "--yaml", str(out)])
    assert done.exit_code == 1 and "binding #4" in done.output  # the bad record; the others are written
    entries = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert {e["name"] for e in entries} == {f"{tag} Delta Front", f"{tag} Coast Brigades"}
    assert Gazetteer.load([out]).lookup(f"The {tag} Deltas").valid_from == "2009-04-10"
    stored = runner.invoke(root, ["gazetteer", "import", str(source)])
    assert "actors new 2 (to the store)" in stored.output
    found = runner.invoke(root, ["search", f"{tag}DF", "--json"])
    assert json.loads(found.output)["actors"][0]["name"] == f"{tag} Delta Front"
