"""``actorgraph export --format neo4j-admin``: files neo4j-admin's import reads, giving the same graph.

neo4j-admin is not run here (the Maven harness has none): the files are checked against its
header and quoting rules (tests/neo4j_admin_files.py), then loaded into the real Neo4j with
``CREATE`` statements, and the loaded graph is compared, node by node and edge by edge and by
the questions' answers, with the graph a normal ``store.write`` of the same batch makes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import neo4j_admin_files as files
import pytest
from conftest import NEO4J_URI, unique
from test_sync import make_graph

from actorgraph.errors import InputError
from actorgraph.graph import questions as q
from actorgraph.graph.backends.embedded import EmbeddedStore
from actorgraph.graph.backends.neo4j import Neo4jStore
from actorgraph.graph.model import Actor, ActorKind, Article, Claim, Evidence, GraphBatch
from actorgraph.graph.neo4j_admin import NODE_FILES, RELATIONSHIP_FILES, write_import_files

NODES, RELATIONSHIPS = list(NODE_FILES), list(RELATIONSHIP_FILES)


def _tricky(tag: str) -> GraphBatch:
    """Text that CSV must quote: commas, quotes, a line break, an empty title, non-ASCII."""
    a = Actor(id=f"{tag}-x", name='The "Free", Army', aliases=("Al-Jaysh, al-Hurr", "ÉAL"), description="two\nlines")
    b = Actor(id=f"{tag}-y", name="Other")
    doc = Article(id=f"{tag}-quoted", title="", url="https://example.org/a?b=1,2", source='Wire "A"')
    claim = Claim(article=doc.id, type="ATTACKS", subject=a.id, object=b.id, valid_from="2019-03",
                  evidence=Evidence(sentence='He said: "they attacked, again".\nThen left.', start=0, end=5),
                  attributes={"note": "a,b"})
    return GraphBatch(actors=(a, b), articles=(doc,), claims=(claim,))


def _export(tmp_path: Path, batch: GraphBatch) -> Path:
    store = EmbeddedStore.open(tmp_path / "graph.lbug")
    store.ensure_schema()
    store.write(batch)
    try:
        write_import_files(store, tmp_path / "import", page_size=13)
    finally:
        store.close()
    return tmp_path / "import"


def test_the_files_follow_neo4j_admins_format(tmp_path):
    tag = unique("admin")
    batch = make_graph(tag, actors=15, claims=60).merged(_tricky(tag))
    folder = _export(tmp_path, batch)
    read = files.check(folder, NODES, RELATIONSHIPS)
    assert len(read["actors"].rows) == len(batch.actors)
    assert len(read["claims"].rows) == len(read["reports"].rows) == len(read["subjects"].rows) == len(batch.claims)
    assert len(read["mentions"].rows) == len(batch.mentions)
    assert len(read["relations"].rows) == len({c.relation_id for c in batch.claims})
    header = (folder / "relations-header.csv").read_text()
    assert header.startswith(":START_ID(Actor),:END_ID(Actor),:TYPE,") and "claims:long" in header
    tricky = next(r for r in read["actors"].rows if r["id"] == f"{tag}-x")
    assert tricky["name"] == 'The "Free", Army' and tricky["aliases"] == ["Al-Jaysh, al-Hurr", "ÉAL"]
    assert tricky[":LABEL"] == ["Actor", ActorKind.OTHER.label]
    assert tricky["description"] == "two\nlines"
    article = next(r for r in read["articles"].rows if r["id"] == f"{tag}-quoted")
    assert article["title"] == "" and "published" not in article  # "" is a string, an empty field no property
    script = (folder / "import.sh").read_text()
    assert "neo4j-admin database import full" in script.replace("\\\n    ", "")
    for name in [*NODES, *RELATIONSHIPS]:
        assert f"{folder / name}-header.csv,{folder / name}.csv" in script


def test_an_array_element_with_the_delimiter_is_refused_by_name(tmp_path):
    actor = Actor(id=unique("semi"), name="Semi", aliases=("one;two",))
    with pytest.raises(InputError, match=r"aliases.*';'"):
        _export(tmp_path, GraphBatch(actors=(actor,)))


def _dump(store: Neo4jStore, tag: str) -> dict[str, Any]:
    """Every node and edge of the tagged graph (articles and actors by id, claims by their article)."""
    nodes = store.run_read(
        "MATCH (n) WHERE (n:Actor OR n:Article) AND n.id STARTS WITH $tag "
        "   OR n:Claim AND EXISTS { (d:Article)-[:REPORTS]->(n) WHERE d.id STARTS WITH $tag } "
        "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props", {"tag": tag})
    edges = store.run_read(
        "MATCH (a)-[e]->(b) WHERE a.id STARTS WITH $tag OR b.id STARTS WITH $tag "
        "RETURN a.id AS a, type(e) AS type, b.id AS b, properties(e) AS props", {"tag": tag})
    return {
        "nodes": {r["id"]: (sorted(r["labels"]), r["props"]) for r in nodes},
        "edges": sorted((r["a"], r["type"], r["b"], sorted(r["props"].items())) for r in edges),
    }


def _answers(store: Neo4jStore, batch: GraphBatch) -> list[Any]:
    ids = [a.id for a in batch.actors]
    relations = sorted({c.relation_id for c in batch.claims})
    return [
        q.relations_by_ids(store, relations),
        *(q.lineage(store, i) for i in ids[:4]),
        *(q.alliances(store, i, as_of=dt.date(2010, 1, 1)) for i in ids[:4]),
        q.path(store, ids[0], ids[-1]),
        *(q.neighbourhood(store, i, hops=1) for i in ids[:3]),
        *(q.timeline(store, i, limit=50) for i in ids[:3]),
    ]


def _delete(store: Neo4jStore, tag: str) -> None:
    store.run_read("MATCH (d:Article)-[:REPORTS]->(c:Claim) WHERE d.id STARTS WITH $tag DETACH DELETE c",
                   {"tag": tag})
    store.run_read("MATCH (n) WHERE (n:Actor OR n:Article) AND n.id STARTS WITH $tag DETACH DELETE n",
                   {"tag": tag})


def test_loading_the_files_gives_the_graph_a_write_gives(tmp_path, neo4j_store):
    tag = unique("admin")
    batch = make_graph(tag, actors=20, claims=150).merged(_tricky(tag))
    written = Neo4jStore.connect(NEO4J_URI)
    try:
        written.write(batch)
        expected, answers = _dump(written, tag), _answers(written, batch)
        _delete(written, tag)
        assert _dump(written, tag)["nodes"] == {}

        folder = _export(tmp_path, batch)
        files.load(written._driver, files.check(folder, NODES, RELATIONSHIPS), NODES, RELATIONSHIPS)
        loaded = _dump(written, tag)
        assert loaded["nodes"] == expected["nodes"]
        assert loaded["edges"] == expected["edges"]
        assert _answers(written, batch) == answers

        # the relations carry their state: a later write folds into them as into written ones
        more = Claim(article=batch.articles[0].id, type=batch.claims[0].type, subject=batch.claims[0].subject,
                     object=batch.claims[0].object, confidence=0.9, valid_from="1990",
                     evidence=Evidence(sentence="Again.", start=900, end=906))
        written.write(GraphBatch(claims=(more,)))
        reference = EmbeddedStore.open(tmp_path / "reference.lbug")
        reference.ensure_schema()
        reference.write(batch)
        reference.write(GraphBatch(claims=(more,)))
        got = q.relations_by_ids(written, [more.relation_id])[more.relation_id]
        want = q.relations_by_ids(reference, [more.relation_id])[more.relation_id]
        reference.close()
        assert got.model_copy(update={"confidence": round(got.confidence, 9)}) == \
            want.model_copy(update={"confidence": round(want.confidence, 9)})
    finally:
        written.close()
