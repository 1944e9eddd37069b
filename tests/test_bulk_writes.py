"""LadybugDB's bulk path (CSV + LOAD FROM inside the batch's transaction) stores exactly what the
row-by-row path stores, and ROLLBACK undoes it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from conftest import unique

from actorgraph.graph.backends.embedded import EmbeddedStore
from actorgraph.graph.backends.embedded_bulk import THRESHOLD
from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch
from actorgraph.graph.store import pages
from actorgraph.graph.writing import claim_row

AWKWARD = ['He said "no", then left.', "two\nlines, and a comma", "", "back\\slash ; é ✓", "'single'"]


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


def test_bulk_and_row_paths_store_the_same(tmp_path: Path) -> None:
    tag = unique("bulk")
    big = batch(tag, THRESHOLD * 2)
    bulk, rows = EmbeddedStore.open(tmp_path / "bulk.lbug"), EmbeddedStore.open(tmp_path / "rows.lbug")
    for store in (bulk, rows):
        store.ensure_schema()
    bulk.write(big)
    rows.write(GraphBatch(actors=big.actors, articles=big.articles))
    for i in range(0, len(big.claims), THRESHOLD // 4):
        rows.write(GraphBatch(claims=big.claims[i: i + THRESHOLD // 4]))
    got, want = everything(bulk), everything(rows)
    assert len(got["claims"]) == THRESHOLD * 2 and got == want
    sentences = {r["sentence"] for r in got["claims"]}
    assert set(AWKWARD) <= sentences  # quotes, newlines, empty text survive the CSV
    bulk.close()
    rows.close()


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
