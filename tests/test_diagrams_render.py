"""Diagrams of the fixture graph on every store: what they show, that they parse, that they are stable."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from actorgraph.diagrams.build import scene_for
from actorgraph.diagrams.dot import Links, to_dot
from actorgraph.diagrams.render import format_for, render
from actorgraph.errors import InputError, RenderError

D = dt.date
SVG = "{http://www.w3.org/2000/svg}"

# (kind, parameters): the main diagrams of the fixture graph
DIAGRAMS = {
    "lineage": {"actor": "HTS"},
    "alliances": {"actor": "Russia", "as_of": D(2020, 3, 5)},
    "path": {"actor": "HTS", "target": "Iran"},
    "neighbours": {"actor": "Russia", "hops": 2},
}
needs_dot = pytest.mark.skipif(
    not os.environ.get("CI") and shutil.which("dot") is None,
    reason="Graphviz `dot` is not installed (apt-get install graphviz); CI installs it",
)


def _blocs_available() -> bool:
    try:
        from actorgraph.graph import analysis  # noqa: F401
    except ImportError:
        return False
    return True


def kinds() -> list[str]:
    return [*DIAGRAMS, *(["blocs"] if _blocs_available() else [])]


def test_lineage_is_a_top_down_tree_with_older_actors_above(store):
    scene = scene_for(store, "lineage", actor="HTS")
    assert scene.rankdir == "TB"
    edges = {e.id: e for e in scene.edges}
    rename = edges["SUCCESSOR_OF:jabhat-fateh-al-sham:jabhat-al-nusra"]
    assert (rename.tail, rename.head) == ("jabhat-al-nusra", "jabhat-fateh-al-sham")  # older on top
    assert rename.direction == "forward"  # the lineage arrow points to the newer name
    branch = edges["AFFILIATE_OF:jabhat-al-nusra:al-qaeda"]
    assert (branch.tail, branch.head) == ("al-qaeda", "jabhat-al-nusra")  # parent on top ...
    assert branch.direction == "back"  # ... and the arrow still points branch -> parent
    assert [n.id for n in scene.nodes if n.focus] == ["hayat-tahrir-al-sham"]


def test_alliances_put_friends_and_adversaries_in_two_camps(store):
    scene = scene_for(store, "alliances", actor="Russia", as_of=D(2020, 3, 5))
    camps = {n.id: n.cluster for n in scene.nodes}
    assert camps == {"russia": None, "syrian-government": "with", "hayat-tahrir-al-sham": "against",
                     "turkey": "truce"}  # a ceasefire partner that did not attack Russia: its own column
    assert scene.title == "Alliances of Russia" and scene.subtitle == "as of 2020-03-05"
    dot = to_dot(scene)
    assert 'subgraph "cluster_with"' in dot and 'subgraph "cluster_against"' in dot
    assert 'subgraph "cluster_truce"' in dot and "Ceasefire with Russia" in dot
    assert "since 2020" in dot  # the ceasefire's date on its edge label
    assert '"#1f5fa8:invis:#1f5fa8"' in dot  # ceasefire as a double line
    assert "Fixture Daily" in dot  # the sources footnote


def test_dot_is_byte_identical_for_the_same_input(store):
    for kind, params in DIAGRAMS.items():
        first = render(scene_for(store, kind, **params), "dot")
        again = render(scene_for(store, kind, **params), "dot")
        assert first == again, kind
        assert render(scene_for(store, kind, **params), "mermaid") == render(scene_for(store, kind, **params),
                                                                             "mermaid")


def test_mermaid_carries_the_palette_and_dates(store):
    text = render(scene_for(store, "neighbours", actor="Russia"), "mermaid").decode()
    assert text.startswith("---\ntitle: \"Around Russia (all dates)\"\n---\nflowchart LR\n")
    assert "linkStyle" in text and "#c62828" in text  # attacks in red
    assert "classDef kind_state" in text
    assert '-->|"supports<br/>2015 – 2024-12-08"|' in text  # a year-precision start shown as the year


@needs_dot
@pytest.mark.parametrize("kind", kinds())
def test_every_kind_renders_to_parseable_svg_png_and_pdf(store, kind, tmp_path):
    scene = scene_for(store, kind, **DIAGRAMS.get(kind, {}))
    svg = render(scene, "svg", links=Links(actor="/explore?actor={id}", relation="/relations/{id}/evidence"))
    tree = ET.fromstring(svg)
    ids = {g.get("id") for g in tree.iter(f"{SVG}g")}
    assert {f"a:{n.id}" for n in scene.nodes} <= ids
    assert {f"r:{e.id}" for e in scene.edges} <= ids
    assert "legend" in ids
    text = " ".join(t.text or "" for t in tree.iter(f"{SVG}text"))
    assert scene.title in text.replace("\xa0", " ") and "Legend" in text
    png = render(scene, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width > 300 and height > 200 and len(png) > 5_000
    pdf = render(scene, "pdf")
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-1024:] and len(pdf) > 2_000
    (tmp_path / f"{kind}.png").write_bytes(png)


def test_format_comes_from_the_suffix_or_the_flag():
    assert format_for("hts.svg") == "svg" and format_for("x.PNG") == "png" and format_for("x.gv") == "dot"
    assert format_for("x.mmd") == "mermaid" and format_for(None) == "dot"
    assert format_for("x.svg", "pdf") == "pdf"
    with pytest.raises(InputError, match="--format"):
        format_for("x.jpeg")


def test_without_dot_text_formats_work_and_images_name_the_package(store, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no `dot` on it
    scene = scene_for(store, "lineage", actor="HTS")
    assert render(scene, "dot").startswith(b'digraph "actorgraph"')
    assert render(scene, "mermaid").startswith(b"---")
    for fmt in ("svg", "png", "pdf"):
        with pytest.raises(RenderError, match="apt-get install graphviz"):
            render(scene, fmt)


def test_cli_without_dot_exits_with_the_install_hint(tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    from fixture_graph import fixture_batch

    from actorgraph.graph.backends.embedded import EmbeddedStore

    database = tmp_path / "graph.lbug"
    store = EmbeddedStore.open(database)
    store.ensure_schema()
    store.write(fixture_batch())
    store.close()
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {**os.environ, "PATH": str(empty), "ACTORGRAPH_STORE": "embedded", "ACTORGRAPH_EMBEDDED_PATH": str(database)}
    command = [sys.executable, "-c", "from actorgraph.cli import main; main()", "diagram", "lineage", "HTS"]
    done = subprocess.run([*command, "-o", str(tmp_path / "hts.svg")], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1, done.stderr
    assert "apt-get install graphviz" in done.stderr
    assert not (tmp_path / "hts.svg").exists()
    done = subprocess.run([*command, "-o", str(tmp_path / "hts.dot")], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "hts.dot").read_text().startswith('digraph "actorgraph"')


def test_the_legend_draws_each_kind_in_its_shape_and_names_no_graphviz_shape(store):
    from actorgraph.diagrams.dot import FOOTNOTE_WRAP, legend
    from actorgraph.diagrams.style import KINDS

    scene = scene_for(store, "neighbours", actor="Russia", hops=2)
    dot = to_dot(scene)
    for kind in {n.kind for n in scene.nodes}:
        sample = next(line for line in dot.splitlines() if f'"__legend_kind_{kind}"' in line and "shape=" in line)
        assert f'shape="{KINDS[kind].shape}"' in sample or f"shape={KINDS[kind].shape}" in sample, sample
    import re

    shown = re.sub(r"<[^>]+>", " ", str(legend(scene)))  # the legend's visible text
    shapes = {k.shape for k in KINDS.values()} - {"box", "note"}  # also plain English words
    assert not any(re.search(rf"\b{shape}\b", shown) for shape in shapes), shown
    lines = scene.footnote
    assert all(len(line) <= FOOTNOTE_WRAP for line in __import__("textwrap").wrap(lines, FOOTNOTE_WRAP))


def test_the_footnote_names_few_sources_by_short_titles():
    from actorgraph.diagrams.scene import FOOTNOTE_SOURCES, SHORT_TITLE, Scene

    names = [f"A Very Long Publisher Name Number {i} of the Region" for i in range(9)]
    footnote = Scene(kind="neighbours", title="t", source_names=names).footnote
    listed = footnote.split("Sources: ")[1].split(" · ")[0]
    assert listed.endswith(f"and {9 - FOOTNOTE_SOURCES} more")
    shown = listed.rsplit(" and ", 1)[0].split(", ")
    assert len(shown) == FOOTNOTE_SOURCES and all(len(s) <= SHORT_TITLE and s.endswith("…") for s in shown)
