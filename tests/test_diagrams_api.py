"""``/diagrams/{kind}`` and ``/export`` over HTTP, on every store."""

from __future__ import annotations

import io
import shutil
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from actorgraph.api.app import create_app
from actorgraph.settings import Settings

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` is not installed")


@pytest.fixture
def api(store) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(allowed_hosts=["testserver"]), store=store)) as client:
        yield client


@needs_dot
def test_svg_diagram_has_ids_and_links_for_the_explorer(api):
    response = api.get("/diagrams/alliances", params={"actor": "Russia", "as_of": "2020-03-05"})
    assert response.status_code == 200 and response.headers["content-type"] == "image/svg+xml"
    assert response.headers["content-disposition"].startswith("inline")
    root = ET.fromstring(response.content)
    groups = {g.get("id"): g for g in root.iter("{http://www.w3.org/2000/svg}g")}
    assert "a:russia" in groups and "r:SUPPORTS:russia:syrian-government" in groups
    links = {a.get("{http://www.w3.org/1999/xlink}href") for a in root.iter("{http://www.w3.org/2000/svg}a")}
    assert "/explore?actor=turkey" in links
    assert "/relations/SUPPORTS%3Arussia%3Asyrian-government/evidence" in links


@needs_dot
@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("pdf", b"%PDF")])
def test_binary_formats_download(api, fmt, magic):
    response = api.get("/diagrams/lineage", params={"actor": "HTS", "format": fmt, "download": "true"})
    assert response.status_code == 200 and response.content.startswith(magic)
    assert response.headers["content-disposition"] == f'attachment; filename="lineage-HTS.{fmt}"'


def test_file_names_keep_only_safe_characters(api):
    response = api.get("/diagrams/neighbours", params={"actor": "Türkiye", "format": "dot", "download": "true"})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="neighbours-T-rkiye.dot"'


def test_text_formats_and_their_media_types(api):
    dot = api.get("/diagrams/path", params={"actor": "HTS", "target": "Iran", "format": "dot"})
    assert dot.status_code == 200 and dot.text.startswith('digraph "actorgraph"')
    assert dot.headers["content-type"].startswith("text/vnd.graphviz")
    mermaid = api.get("/diagrams/neighbours", params={"actor": "Russia", "hops": 2, "format": "mermaid"})
    assert mermaid.status_code == 200 and "flowchart LR" in mermaid.text


def test_errors_use_the_one_shape(api, monkeypatch, tmp_path):
    unknown = api.get("/diagrams/lineage", params={"actor": "Nobody Known"})
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "unknown_actor"
    missing = api.get("/diagrams/path", params={"actor": "HTS", "format": "dot"})
    assert missing.status_code == 422 and missing.json()["error"]["detail"]["field"] == "target"
    bad = api.get("/diagrams/lineage", params={"actor": "HTS", "format": "jpeg"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_input"
    monkeypatch.setenv("PATH", str(tmp_path))  # no Graphviz
    no_dot = api.get("/diagrams/lineage", params={"actor": "HTS", "format": "svg"})
    assert no_dot.status_code == 501
    assert no_dot.json()["error"]["code"] == "render_error"
    assert "apt-get install graphviz" in no_dot.json()["error"]["message"]
    assert api.get("/diagrams/lineage", params={"actor": "HTS", "format": "dot"}).status_code == 200


def test_export_whole_graph_and_a_subgraph(api, tmp_path):
    gexf = api.get("/export", params={"format": "gexf"})
    assert gexf.status_code == 200 and gexf.headers["content-disposition"] == 'attachment; filename="graph.gexf"'
    (tmp_path / "g.gexf").write_bytes(gexf.content)
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() >= 17
    csv = api.get("/export", params={"format": "csv", "actor": "HTS", "as_of": "2020-03-05"})
    assert csv.status_code == 200 and csv.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(csv.content))
    assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
    edges = archive.read("edges.csv").decode()
    assert "SUCCESSOR_OF:hayat-tahrir-al-sham:jabhat-fateh-al-sham" in edges
    assert "ATTACKS:syrian-government:hayat-tahrir-al-sham" not in edges  # an attack of February, not that day
    lineage = api.get("/export", params={"format": "cytoscape", "of": "lineage", "actor": "HTS"}).json()
    assert {n["data"]["id"] for n in lineage["elements"]["nodes"]} >= {"al-qaeda", "jabhat-al-nusra"}
    assert api.get("/export", params={"format": "xlsx"}).status_code == 422


def test_explorer_page_and_its_files(api):
    page = api.get("/explore")
    assert page.status_code == 200 and "actorgraph explorer" in page.text
    assert 'src="/explore/static/explorer.js"' in page.text
    assert api.get("/explore/static/explorer.js").headers["content-type"].startswith("text/javascript")
    assert api.get("/explore/static/explorer.css").status_code == 200
    assert api.get("/explore/static/..%2Fapp.py").status_code == 404
    assert api.get("/", follow_redirects=False).headers["location"] == "/explore"
