"""LadybugDB's bulk path (a CSV file + LOAD FROM inside the batch's transaction) stores exactly
what the row-by-row path stores, and ROLLBACK undoes it; COPY into a node table is not safe to
roll back on the installed LadybugDB (a probe in a child process says when that changes)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import unique

from actorgraph.graph.backends import embedded_bulk
from actorgraph.graph.backends.embedded import EmbeddedStore
from actorgraph.graph.backends.embedded_bulk import THRESHOLD
from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch
from actorgraph.graph.store import pages
from actorgraph.graph.writing import claim_row

AWKWARD = ['He said "no", then left.', "two\nlines, and a comma", "", "back\\slash ; é ✓", "'single'",
           '"Quoted" first', "a\ttab", "inner  \t spaces", "cr\r\nlf", '""']


def batch(tag: str, n: int) -> GraphBatch:
    actors = tuple(Actor(id=f"{tag}-{i}", name=f"Group {i}") for i in range(5))
    article = Article(id=f"{tag}-doc", title='A "quoted" title', source=None, published="2021-02-03")
    claims = tuple(
        Claim(article=article.id, type=["SUPPORTS", "ATTACKS", "ALLIED_WITH"][k % 3], subject=actors[k % 5].id,
              object=actors[(k + 1 + (k // 5) % 4) % 5].id, valid_from="2020-05" if k % 2 else None,
              valid_to="2022" if k % 7 == 0 else None, ended=k % 11 == 0, hedged=k % 4 == 0,
              evidence=Evidence(sentence=AWKWARD[k % len(AWKWARD)], start=k, end=k + 3),
              confidence=0.5 + (k % 5) / 10, attributes={"k": k, "note": 'x"y'} if k % 3 else {})
        for k in range(n)
    )
    return GraphBatch(actors=actors, articles=(article,), claims=claims)


def everything(store: EmbeddedStore) -> dict[str, list]:
    out = {}
    for kind in ("claims", "relations"):
        rows = [r for page in pages(store, f"export_{kind}", 1000, key="actor" if kind == "relations" else "id")
                for r in page]
        out[kind] = sorted((r for r in rows if r.get("id")), key=lambda r: r["id"])
    return out


def test_bulk_and_row_paths_store_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every bulk form (files, hash joins) against every parameter form, creating and then updating."""
    tag = unique("bulk")
    big = batch(tag, 80)
    halves = (GraphBatch(actors=big.actors, articles=big.articles, claims=big.claims[:40]),
              GraphBatch(claims=big.claims[40:]))
    stores = {}
    for form, limit in (("bulk", 1), ("rows", 10**9)):
        monkeypatch.setattr(embedded_bulk, "THRESHOLD", limit)
        monkeypatch.setattr(embedded_bulk, "JOIN_THRESHOLD", limit)
        store = stores[form] = EmbeddedStore.open(tmp_path / f"{form}.lbug")
        store.ensure_schema()
        for half in halves:
            store.write(half)
    got, want = everything(stores["bulk"]), everything(stores["rows"])
    assert len(got["claims"]) == 80 and got == want
    assert any(r["claims"] > 1 for r in got["relations"])  # the second half updated relations
    sentences = {r["sentence"] for r in got["claims"]}
    assert set(AWKWARD) <= sentences  # quotes, tabs, newlines, empty text survive the file
    for store in stores.values():
        store.close()


def test_rollback_undoes_a_bulk_insert_and_the_store_stays_usable(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "graph.lbug")
    store.ensure_schema()
    tag = unique("rollback")
    big = batch(tag, THRESHOLD * 2)
    store.write(GraphBatch(actors=big.actors, articles=big.articles))
    rows = [claim_row(c, None) for c in big.claims]
    connection = store._connection()
    with tempfile.TemporaryDirectory() as folder:
        store._local.bulk_folder = folder
        connection.execute("BEGIN TRANSACTION")
        store.run("insert_claims", {"rows": rows})
        assert len(store.run("claims_existing", {"ids": [r["id"] for r in rows]})) == len(rows)
        connection.execute("ROLLBACK")
        store._local.bulk_folder = None
    assert store.query("claims_existing", ids=[r["id"] for r in rows]) == []
    assert store.write(big).claims_new == len(rows)  # the same ids go in afterwards
    store.close()
    reopened = EmbeddedStore.open(tmp_path / "graph.lbug")
    assert len(reopened.query("claims_existing", ids=[r["id"] for r in rows])) == len(rows)
    reopened.close()


COPY_PROBE = """
import ladybug, sys
path = sys.argv[1]
db = ladybug.Database(path + "/probe.lbug"); c = ladybug.Connection(db)
c.execute("CREATE NODE TABLE N(id STRING PRIMARY KEY, v INT64)")
c.execute("UNWIND range(0, 99) AS i CREATE (:N {id: 'a' + string(i), v: i})")
with open(path + "/n.csv", "w") as f:
    f.write("id,v\\n" + "".join(f"b{i},{i}\\n" for i in range(50)))
c.execute("BEGIN TRANSACTION")
c.execute(f"COPY N FROM '{path}/n.csv' (HEADER=true)")
c.execute("ROLLBACK")
c.execute(f"COPY N FROM '{path}/n.csv' (HEADER=true)")
c.execute("CHECKPOINT")
db.close()
db = ladybug.Database(path + "/probe.lbug"); c = ladybug.Connection(db)
assert c.execute("MATCH (x:N) RETURN count(*)").get_next() == [150]
assert c.execute("MATCH (x:N {id: 'b7'}) RETURN x.v").get_next() == [7]
print("intact")
"""


@pytest.mark.xfail(strict=True, reason="LadybugDB 0.22: ROLLBACK after COPY into a node table corrupts its "
                   "primary-key index (the next COPY aborts the process), so claims go in by LOAD FROM + CREATE. "
                   "When this passes, COPY inside the batch's transaction is safe: switch and drop the mark.")
def test_copy_into_a_node_table_can_be_rolled_back(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", COPY_PROBE, str(tmp_path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and "intact" in done.stdout, done.stderr[-500:]


def test_a_bulk_file_written_again_shorter_holds_only_the_new_rows(tmp_path: Path) -> None:
    """The store reuses its bulk files (written over in place, then cut to length)."""
    path = tmp_path / "rows.csv"
    embedded_bulk.write_csv(path, ("id", "note"), [(f"long-{i}", "x" * 50) for i in range(100)])
    embedded_bulk.write_csv(path, ("id", "note"), [("short", None), ("", True), (" padded ", 2.5)])
    assert path.read_text(encoding="utf-8") == 'id\tnote\nshort\t\n""\ttrue\n" padded "\t2.5\n'


def test_a_store_from_before_the_state_table_gets_its_states_from_the_edges(tmp_path: Path) -> None:
    """A store written when states lived on the edges: opening it fills RelationState from them,
    and the next write folds into those states exactly as into states written now."""
    from actorgraph.graph.model import RelationType

    tag = unique("backfill")
    big = batch(tag, 60)
    first = GraphBatch(actors=big.actors, articles=big.articles, claims=big.claims[:30])
    rest = GraphBatch(claims=big.claims[30:])
    old = EmbeddedStore.open(tmp_path / "old.lbug")
    old.ensure_schema()
    old.write(first)
    connection = old._connection()
    for type_ in RelationType:  # as the older version stored them: on the edge, no RelationState node
        connection.execute(f"MATCH (:Actor)-[e:{type_.value}]->(:Actor) MATCH (x:RelationState {{id: e.id}}) "
                           "SET e.state = x.state")
    states = {r[0]: r[1] for r in connection.execute("MATCH (x:RelationState) RETURN x.id, x.state").get_all()}
    connection.execute("MATCH (x:RelationState) DELETE x")
    old.close()
    reopened = EmbeddedStore.open(tmp_path / "old.lbug")
    reopened.ensure_schema()
    found = reopened._connection().execute("MATCH (x:RelationState) RETURN x.id, x.state").get_all()
    assert states and {r[0]: r[1] for r in found} == states
    reopened.ensure_schema()  # a second open adds nothing
    assert len(reopened._connection().execute("MATCH (x:RelationState) RETURN x.id").get_all()) == len(states)
    reopened.write(rest)
    fresh = EmbeddedStore.open(tmp_path / "fresh.lbug")
    fresh.ensure_schema()
    fresh.write(first)
    fresh.write(rest)
    assert everything(reopened) == everything(fresh)
    for store in (reopened, fresh):
        store.close()


def test_the_store_keeps_one_bulk_folder_and_removes_it_on_close(tmp_path: Path) -> None:
    store = EmbeddedStore.open(tmp_path / "graph.lbug")
    store.ensure_schema()
    tag = unique("folder")
    store.write(batch(tag, 10))
    folder = store._bulk_folder
    assert folder is not None and any(folder.iterdir())
    store.write(GraphBatch(claims=batch(tag, 20).claims[10:]))
    assert store._bulk_folder == folder  # the same files, so the same prepared statements
    store.close()
    assert not folder.exists()
