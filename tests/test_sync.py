"""push/pull (graph/sync.py, cli/sync.py) against real Neo4j servers.

The shared local server (conftest's NEO4J_URI) gets a graph of ids of our own, so other tests'
data does not matter. Whole-database counts, pull, and stopping Neo4j in the middle of a push run
on a second server of our own (scripts/neo4j-local with other ports and its own state folder),
never on the shared one.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import NEO4J_URI, unique

from actorgraph.errors import StoreUnavailable
from actorgraph.graph import questions as q
from actorgraph.graph.backends.embedded import EmbeddedStore
from actorgraph.graph.model import Actor, ActorKind, ActorMention, Article, Claim, Evidence, GraphBatch, RelationType
from actorgraph.graph.store import Store
from actorgraph.graph.sync import compare_graphs, copy_graph

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = os.environ.get("ACTORGRAPH_REQUIRE_NEO4J") == "1"


def make_graph(tag: str, actors: int = 40, claims: int = 300, seed: int = 7) -> GraphBatch:
    """A random graph with ids of its own: every kind, every type, partial dates, attributes,
    lifetimes, observed and episodic claims, and mentions (two actors named by each article, one
    of them maybe in no claim)."""
    rng = random.Random(seed)
    kinds, types = list(ActorKind), list(RelationType)
    people = [Actor(id=f"{tag}-a{i}", name=f"{tag} actor {i}", kind=kinds[i % len(kinds)],
                    aliases=(f"A{i}",) if i % 3 else (), founded=f"{1960 + i}" if i % 4 == 0 else None,
                    dissolved=f"{2020 + i % 5}-06" if i % 8 == 0 else None) for i in range(actors)]
    papers = [Article(id=f"{tag}-d{i}", title=f"Report {i}", source=f"Source {i % 5}",
                      published=dt.date(2020, 1, 1) + dt.timedelta(days=i)) for i in range(claims // 10 + 1)]
    found: dict[str, Claim] = {}
    while len(found) < claims:
        s, o = rng.sample(range(actors), 2)
        start = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(10_000))
        claim = Claim(
            article=papers[rng.randrange(len(papers))].id, type=rng.choice(types),
            subject=people[s].id, object=people[o].id,
            valid_from=rng.choice([start.isoformat(), start.isoformat()[:7], start.isoformat()[:4], None]),
            valid_to=(start + dt.timedelta(days=400)).isoformat() if rng.random() < 0.3 else None,
            ended=rng.random() < 0.1, evidence=Evidence(sentence=f"sentence {len(found)}", start=len(found), end=9),
            extractor="sync-test", confidence=round(rng.uniform(0.3, 1.0), 3), hedged=rng.random() < 0.2,
            reported=start, attributes={"fatalities": rng.randrange(5)} if rng.random() < 0.5 else {},
            observed=start.isoformat()[:7] if rng.random() < 0.2 else None, episodic=rng.random() < 0.05,
        )
        found[claim.id] = claim
    mentions = tuple(
        ActorMention(article=paper.id, actor=people[(i * 7 + k) % actors].id, count=1 + k,
                     names=(f"{tag} actor {(i * 7 + k) % actors}", f"A{(i * 7 + k) % actors}")[: 1 + k])
        for i, paper in enumerate(papers) for k in range(2)
    )
    return GraphBatch(actors=tuple(people), articles=tuple(papers), claims=tuple(found.values()), mentions=mentions)


def embedded_with(path: Path, batch: GraphBatch) -> EmbeddedStore:
    store = EmbeddedStore.open(path)
    store.ensure_schema()
    store.write(batch)
    return store


def connect(uri: str) -> Store:
    from actorgraph.graph.backends.neo4j import Neo4jStore

    try:
        store = Neo4jStore.connect(uri)
    except StoreUnavailable as exc:
        if REQUIRED:
            pytest.fail(f"ACTORGRAPH_REQUIRE_NEO4J=1 but {exc.message}", pytrace=False)
        pytest.skip(f"no Neo4j server ({exc.message}); start one with scripts/neo4j-local start")
    store.ensure_schema()
    return store


def assert_same(comparison) -> None:
    assert comparison.matches, comparison.summary()
    assert comparison.source["claims"].count > 0


# ---------------------------------------------------------------- the shared server


def test_push_into_the_shared_server_is_complete_and_idempotent(tmp_path):
    tag = unique("sync")
    batch = make_graph(tag)
    source = embedded_with(tmp_path / "graph.lbug", batch)
    target = connect(NEO4J_URI)
    try:
        first = copy_graph(source, target, batch_size=37)
        assert first.read == {"actors": 40, "articles": 31, "claims": 300, "mentions": 62}
        assert first.written.claims_new == 300
        assert_same(compare_graphs(source, target, batch_size=37))

        again = copy_graph(source, target, batch_size=100)
        assert (again.written.claims_new, again.written.claims_existing) == (0, 300)
        comparison = compare_graphs(source, target)
        assert_same(comparison)
        # relations were recomputed from the claims, not copied, and came out identical
        assert comparison.source["relations"].count == len({c.relation_id for c in batch.claims})
        labels = target.run_read("MATCH (a:Actor {id: $id}) RETURN labels(a) AS labels", {"id": f"{tag}-a2"})
        assert sorted(labels[0]["labels"]) == ["Actor", "ArmedGroup"]
    finally:
        source.close()
        target.close()


def test_push_over_overlapping_data_converges(tmp_path):
    """Neo4j already holds part of the graph plus claims of its own on the same relations (say the
    examples, then a larger graph is pushed): the push completes, reruns match, exit 0."""
    tag = unique("overlap")
    batch = make_graph(tag)
    small = GraphBatch(actors=batch.actors, articles=batch.articles, claims=batch.claims[:120])
    other = Article(id=f"{tag}-theirs", source="Their own wire")
    theirs = tuple(c.model_copy(update={"article": other.id, "source": other.source}) for c in batch.claims[:40])
    target = connect(NEO4J_URI)
    target.write(small)
    target.write(GraphBatch(articles=(other,), claims=theirs))
    source = embedded_with(tmp_path / "graph.lbug", batch)
    try:
        copy_graph(source, target, batch_size=50)
        first = compare_graphs(source, target)
        assert_same(first)
        assert first.relations_extended == len({c.relation_id for c in theirs})
        copy_graph(source, target, batch_size=50)
        assert_same(compare_graphs(source, target))
        relation = q.relations_by_ids(target, [theirs[0].relation_id])[theirs[0].relation_id]
        mine = q.relations_by_ids(source, [theirs[0].relation_id])[theirs[0].relation_id]
        assert relation.claims == mine.claims + sum(c.relation_id == theirs[0].relation_id for c in theirs)
    finally:
        source.close()
        target.close()


def test_push_copies_mentions_lifetimes_and_observed_dates(tmp_path):
    """MENTIONS edges (with their count and names), actors' lifetimes and claims' observed dates
    come across as they are, and a missing mention makes the comparison fail."""
    tag = unique("mentions")
    batch = make_graph(tag, actors=12, claims=40)
    source = embedded_with(tmp_path / "graph.lbug", batch)
    target = connect(NEO4J_URI)
    try:
        copy_graph(source, target, batch_size=7)
        comparison = compare_graphs(source, target, batch_size=7)
        assert_same(comparison)
        assert comparison.source["mentions"].count == len(batch.mentions) == 10
        query = "MATCH (d:Article)-[m:MENTIONS]->(x:Actor) WHERE d.id STARTS WITH $tag " \
                "RETURN d.id AS article, x.id AS actor, m.count AS count, m.names AS names"
        copied = {(r["article"], r["actor"]): (r["count"], tuple(r["names"]))
                  for r in target.run_read(query, {"tag": tag})}
        assert copied == {(m.article, m.actor): (m.count, m.names) for m in batch.mentions}
        lifetimes = target.run_read("MATCH (a:Actor {id: $id}) RETURN a.founded AS f, a.dissolved AS d",
                                    {"id": f"{tag}-a0"})
        assert (lifetimes[0]["f"], lifetimes[0]["d"]) == (dt.date(1960, 1, 1), dt.date(2020, 6, 30))
        observed = {c.id: c.observed for c in batch.claims if c.observed}
        rows = target.run_read("MATCH (c:Claim) WHERE c.id IN $ids RETURN c.id AS id, c.observed AS observed",
                               {"ids": list(observed)})
        assert observed and {r["id"]: r["observed"] for r in rows} == observed

        gone = batch.mentions[0]
        target.run_read("MATCH (:Article {id: $d})-[m:MENTIONS]->(:Actor {id: $a}) DELETE m",
                        {"d": gone.article, "a": gone.actor})
        broken = compare_graphs(source, target)
        assert not broken.matches
        assert broken.destination["mentions"].count == len(batch.mentions) - 1
    finally:
        source.close()
        target.close()


def test_a_kind_change_relabels_the_node():
    target = connect(NEO4J_URI)
    actor = Actor(id=unique("relabel"), name="Relabelled", kind="militia")
    try:
        target.write(GraphBatch(actors=(actor,)))
        target.write(GraphBatch(actors=(actor.model_copy(update={"kind": ActorKind.PARTY}),)))
        rows = target.run_read("MATCH (a:Actor {id: $id}) RETURN labels(a) AS labels", {"id": actor.id})
        assert sorted(rows[0]["labels"]) == ["Actor", "Party"]
    finally:
        target.close()


# ---------------------------------------------------------------- a server of our own


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OwnServer:
    """A second scripts/neo4j-local server: fresh and empty at every start."""

    def __init__(self, home: Path) -> None:
        self.bolt, self.http = _free_port(), _free_port()
        self.env = {**os.environ, "ACTORGRAPH_NEO4J_HOME": str(home), "NEO4J_BOLT_PORT": str(self.bolt),
                    "NEO4J_HTTP_PORT": str(self.http), "NEO4J_HEAP": "512m", "NEO4J_PAGECACHE_MB": "64"}
        self.uri = f"bolt://127.0.0.1:{self.bolt}"

    def __call__(self, action: str) -> None:
        done = subprocess.run([str(ROOT / "scripts/neo4j-local"), action], env=self.env, capture_output=True,
                              text=True, timeout=300)
        if done.returncode:
            raise RuntimeError(f"neo4j-local {action} failed:\n{done.stdout}\n{done.stderr}")


@pytest.fixture(scope="module")
def own_server(tmp_path_factory) -> Iterator[OwnServer]:
    server = OwnServer(tmp_path_factory.mktemp("neo4j-own"))
    try:
        server("start")
    except (RuntimeError, OSError) as exc:
        if REQUIRED or os.environ.get("CI") == "true":
            pytest.fail(f"cannot start a second Neo4j: {exc}", pytrace=False)
        pytest.skip(f"cannot start a second Neo4j: {exc}")
    yield server
    server("stop")


def run_cli(cwd: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """``actorgraph ARGS`` in a process of its own, in ``cwd`` (away from any ``.env`` file)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTORGRAPH_")} | {"COLUMNS": "120"}
    code = "from actorgraph.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=cwd)


def test_push_and_pull_round_trip_on_an_empty_server(own_server, tmp_path):
    batch = make_graph("rt", actors=60, claims=500)
    source = embedded_with(tmp_path / "source.lbug", batch)
    source.close()

    pushed = run_cli(tmp_path, "push", "--to", own_server.uri, "--embedded", str(tmp_path / "source.lbug"),
                     "--batch-size", "64")
    assert pushed.returncode == 0, pushed.stderr
    assert "claims     source       500" in pushed.stdout
    assert "DIFFERENT" not in pushed.stdout
    assert "destination holds 60 actors, 51 articles, 500 claims" in pushed.stdout

    pulled = run_cli(tmp_path, "pull", "--from", own_server.uri, "--embedded", str(tmp_path / "copy.lbug"))
    assert pulled.returncode == 0, pulled.stderr
    assert "destination holds 60 actors, 51 articles, 500 claims" in pulled.stdout

    again = run_cli(tmp_path, "push", "--to", own_server.uri, "--embedded", str(tmp_path / "copy.lbug"))
    assert again.returncode == 0, again.stderr
    assert "0 new claims, 500 already there" in again.stdout
    assert "destination holds 60 actors, 51 articles, 500 claims" in again.stdout

    original, copy = EmbeddedStore.open(tmp_path / "source.lbug"), EmbeddedStore.open(tmp_path / "copy.lbug")
    try:
        assert_same(compare_graphs(original, copy))  # embedded -> Neo4j -> embedded: the same graph
        assert original.query("counts") == copy.query("counts")
    finally:
        original.close()
        copy.close()


def test_push_survives_neo4j_stopping_midway(own_server, tmp_path):
    own_server("restart")  # empty again
    batch = make_graph("stop", actors=50, claims=600)
    source = embedded_with(tmp_path / "graph.lbug", batch)
    target = connect(own_server.uri)
    stopped = []

    def stop_after_first_claims(kind: str, done: int, total: int | None) -> None:
        if kind == "claims" and done >= 100 and not stopped:
            own_server("stop")
            stopped.append(done)

    try:
        with pytest.raises(StoreUnavailable) as failure:
            copy_graph(source, target, batch_size=50, on_progress=stop_after_first_claims, retry_for=1)
    finally:
        source.close()
        target.close()
    assert stopped == [100]
    assert "run the same command again" in failure.value.message
    assert "after 100 of 600 claims" in failure.value.message

    own_server("start")  # the harness starts empty: the rerun has to copy everything again
    rerun = run_cli(tmp_path, "push", "--to", own_server.uri, "--embedded", str(tmp_path / "graph.lbug"),
                    "--batch-size", "50")
    assert rerun.returncode == 0, rerun.stderr
    assert "destination holds 50 actors, 61 articles, 600 claims" in rerun.stdout
    twice = run_cli(tmp_path, "push", "--to", own_server.uri, "--embedded", str(tmp_path / "graph.lbug"))
    assert twice.returncode == 0, twice.stderr
    assert "0 new claims, 600 already there" in twice.stdout
    assert "destination holds 50 actors, 61 articles, 600 claims" in twice.stdout


def test_push_stops_with_a_clear_message_when_neo4j_is_down(tmp_path):
    embedded_with(tmp_path / "graph.lbug", make_graph("down", actors=3, claims=2)).close()
    nobody = f"bolt://127.0.0.1:{_free_port()}"
    done = run_cli(tmp_path, "push", "--to", nobody, "--embedded", str(tmp_path / "graph.lbug"))
    assert done.returncode == 5
    assert "is not reachable" in done.stderr


def test_push_without_an_embedded_graph_names_the_path(tmp_path):
    done = run_cli(tmp_path, "push", "--to", "bolt://127.0.0.1:1", "--embedded", str(tmp_path / "none.lbug"))
    assert done.returncode == 2
    assert "no embedded graph at" in done.stderr
