"""Exports of the fixture graph on every store, read back the way other tools read them."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
import zipfile

import networkx as nx
import pytest

from actorgraph.diagrams.build import subgraph_for
from actorgraph.diagrams.exports import FORMATS, export, export_bytes
from actorgraph.errors import InputError
from actorgraph.graph.questions import whole_graph
from actorgraph.graph.results import Subgraph

RUSSIA_BACKS_ASSAD = "SUPPORTS:russia:syrian-government"


def test_whole_graph_holds_every_related_actor_and_relation(store):
    graph = whole_graph(store)
    ids = {n.id for n in graph.nodes}
    assert {"russia", "hayat-tahrir-al-sham", "al-qaeda", "islamic-state"} <= ids
    assert RUSSIA_BACKS_ASSAD in {r.id for r in graph.links}
    assert all(r.source in ids and r.target in ids for r in graph.links)
    earlier = whole_graph(store, as_of=dt.date(2014, 6, 1))
    assert "SUCCESSOR_OF:hayat-tahrir-al-sham:jabhat-fateh-al-sham" not in {r.id for r in earlier.links}


def test_graphml_reads_back_with_ids_names_kinds_dates_and_counts(store, tmp_path):
    data = export(whole_graph(store), "graphml")["graph.graphml"]
    (tmp_path / "g.graphml").write_bytes(data)
    graph = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert graph.nodes["russia"]["name"] == "Russia" and graph.nodes["russia"]["kind"] == "state"
    edge = next(d for _, _, key, d in graph.edges(keys=True, data=True) if key == RUSSIA_BACKS_ASSAD)
    assert edge["relation_type"] == "SUPPORTS" and edge["valid_from"] == "2015-01-01"
    assert edge["valid_to"] == "2024-12-08" and edge["claims"] == 2 and edge["sources"] == 2
    assert 0.8 < edge["confidence"] <= 1.0


def test_gexf_has_time_intervals_for_gephis_timeline(store, tmp_path):
    data = export(whole_graph(store), "gexf")["graph.gexf"]
    root = ET.fromstring(data)
    element = root.find("{http://www.gexf.net/1.2draft}graph")
    assert element.get("mode") == "dynamic" and element.get("timeformat") == "date"
    (tmp_path / "g.gexf").write_bytes(data)
    graph = nx.read_gexf(tmp_path / "g.gexf")
    edges = {d["id"]: d for _, _, d in graph.edges(data=True)}
    assert edges[RUSSIA_BACKS_ASSAD]["start"] == "2015-01-01" and edges[RUSSIA_BACKS_ASSAD]["end"] == "2024-12-08"
    assert edges[RUSSIA_BACKS_ASSAD]["claims"] == 2
    assert "end" not in edges["SUCCESSOR_OF:hayat-tahrir-al-sham:jabhat-fateh-al-sham"]  # still holds
    assert graph.nodes["hayat-tahrir-al-sham"]["label"] == "Hayat Tahrir al-Sham"


def test_cytoscape_json_elements(store):
    document = json.loads(export(subgraph_for(store, actor="HTS"), "cytoscape")["graph.cyjs.json"])
    nodes = {n["data"]["id"]: n["data"] for n in document["elements"]["nodes"]}
    assert nodes["hayat-tahrir-al-sham"]["kind"] == "armed_group"
    edges = {e["data"]["id"]: e["data"] for e in document["elements"]["edges"]}
    attack = edges["ATTACKS:hayat-tahrir-al-sham:syrian-government"]
    assert attack["source"] == "hayat-tahrir-al-sham" and attack["type"] == "ATTACKS"
    assert attack["valid_from"] == "2019-05-01" and attack["claims"] == 2
    assert all(e["data"]["source"] in nodes and e["data"]["target"] in nodes for e in document["elements"]["edges"])


def test_csv_node_and_edge_lists(store):
    files = export(subgraph_for(store, kind="lineage", actor="HTS"), "csv")
    nodes = list(csv.DictReader(io.StringIO(files["nodes.csv"].decode())))
    assert {"id": "al-qaeda", "name": "al-Qaeda", "kind": "armed_group"} in nodes
    edges = list(csv.DictReader(io.StringIO(files["edges.csv"].decode())))
    assert list(edges[0]) == ["id", "source", "target", "type", "valid_from", "valid_to", "ended",
                              "first_reported", "last_reported", "confidence", "claims", "sources"]
    branch = next(e for e in edges if e["id"] == "AFFILIATE_OF:jabhat-al-nusra:al-qaeda")
    assert branch["ended"] == "true" and branch["valid_to"] == "2016-07-28" and branch["sources"] == "2"


def test_neo4j_import_layout(store):
    files = export(whole_graph(store), "neo4j-csv")
    actors = list(csv.reader(io.StringIO(files["actors.csv"].decode())))
    assert actors[0] == ["id:ID", "name", "kind", ":LABEL"]
    assert ["russia", "Russia", "state", "Actor"] in actors
    relations = list(csv.DictReader(io.StringIO(files["relations.csv"].decode())))
    assert {":START_ID", ":END_ID", ":TYPE", "valid_from:date", "confidence:float", "claims:int"} <= set(relations[0])
    row = next(r for r in relations if r["id"] == RUSSIA_BACKS_ASSAD)
    assert (row[":START_ID"], row[":END_ID"], row[":TYPE"]) == ("russia", "syrian-government", "SUPPORTS")


@pytest.mark.parametrize("fmt", FORMATS)
def test_downloads_are_deterministic(store, fmt):
    graph = whole_graph(store)
    first, media_type, name = export_bytes(graph, fmt)
    again, _, _ = export_bytes(whole_graph(store), fmt)
    if fmt != "gexf":  # GEXF's header carries the day it was written (networkx)
        assert first == again
    if fmt in ("csv", "neo4j-csv"):
        assert media_type == "application/zip" and name.endswith(".zip")
        assert len(zipfile.ZipFile(io.BytesIO(first)).namelist()) == 2


def test_unknown_format():
    with pytest.raises(InputError, match="graphml"):
        export(Subgraph(), "xlsx")
