"""The path question against a brute-force search, on random graphs, on both stores.

The answer is defined independently of the code: among the chains of at most ``MAX_DEPTH`` links
whose every link held in the window with its actors alive (``intervals.active``), the shortest,
then the first by relation ids walked from the source. The graphs are random (seeded) small
worlds of invented actors, with dated, undated and ended relations, actors founded late or
dissolved early, and long chains past the 6-link limit.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from conftest import unique

from actorgraph.graph import paths
from actorgraph.graph import questions as q
from actorgraph.graph.backends import embedded
from actorgraph.graph.intervals import active
from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch, Relation, RelationType
from actorgraph.graph.results import ActorRef

TYPES = [str(t) for t in RelationType]
DAYS = [dt.date(2000, 1, 1) + dt.timedelta(days=365 * k + 40 * k) for k in range(20)]


def _day(rng: random.Random) -> dt.date:
    return rng.choice(DAYS)


def random_graph(rng: random.Random, prefix: str, n_actors: int, n_claims: int) -> GraphBatch:
    """A random graph of invented actors: a long chain through all of them (so paths of 4 to 8
    links exist) and random shortcuts, with lifetimes and dates of every kind."""
    people = []
    for i in range(n_actors):
        founded = _day(rng) if rng.random() < 0.2 else None
        dissolved = rng.choice([d for d in DAYS if founded is None or d >= founded]) if rng.random() < 0.2 else None
        people.append(Actor(id=f"{prefix}-{i:02d}", name=f"Invented Group {prefix} {i}", kind="armed_group",
                            founded=founded, dissolved=dissolved))
    article = Article(id=f"{prefix}-report", title="An invented report", source="Test Wire",
                      published=dt.date(2024, 1, 1))
    pairs = [(i, i + 1) for i in range(n_actors - 1)]
    pairs += [tuple(rng.sample(range(n_actors), 2)) for _ in range(n_claims - len(pairs))]
    claims = []
    for k, (s, o) in enumerate(pairs):
        type_ = rng.choice(TYPES)
        start = rng.choice(DAYS[:12]) if rng.random() < 0.85 else None  # undated: walked only when all time is asked
        end = rng.choice([d for d in DAYS if start is None or d >= start]) if rng.random() < 0.2 else None
        sentence = f"Invented group {s} and invented group {o} were linked in report {k}."
        claims.append(Claim(
            article=article.id, type=type_, subject=people[s].id, object=people[o].id,
            valid_from=start, valid_to=None if RelationType(type_).event_like else end,
            evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
            reported=article.published, extractor="fixture", confidence=0.8,
        ))
    return GraphBatch(actors=tuple(people), articles=(article,), claims=tuple(claims))


def brute_force(relations: list[Relation], actors: dict[str, ActorRef], source: str, target: str,
                types: list[str], since: dt.date, until: dt.date) -> list[str] | None:
    """Every simple chain of up to 6 walkable links, by depth-first enumeration: the shortest, then
    the first by ids."""
    walkable: dict[str, list[tuple[str, str]]] = {}
    for r in relations:
        if str(r.type) in types and active(r, since, until, actors.get(r.source), actors.get(r.target)):
            walkable.setdefault(r.source, []).append((r.id, r.target))
            walkable.setdefault(r.target, []).append((r.id, r.source))
    best: list[str] | None = None

    def walk(node: str, chain: list[str], seen: set[str]) -> None:
        nonlocal best
        if node == target:
            if best is None or (len(chain), chain) < (len(best), best):
                best = list(chain)
            return
        if len(chain) == q.MAX_DEPTH:
            return
        for link, other in walkable.get(node, ()):
            if other not in seen:
                walk(other, [*chain, link], seen | {other})

    walk(source, [], {source})
    return best


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("per_actor", [True, False], ids=["per-actor", "in-list"])
def test_path_is_the_brute_force_answer_on_random_graphs(blank_store, seed, per_actor, monkeypatch):
    """Embedded: the frontier queries per actor (frontiers this small) and, with ``PER_SOURCE`` 0,
    as one `x.id IN $ids` query each (Neo4j has one form: both runs ask it the same)."""
    if not per_actor:
        monkeypatch.setattr(embedded, "PER_SOURCE", 0)
    rng = random.Random(seed)
    prefix = unique(f"ps{seed}")
    batch = random_graph(rng, prefix, n_actors=12, n_claims=19)
    blank_store.write(batch)
    ids = [a.id for a in batch.actors]
    rows = blank_store.query("neighbours", ids=ids, types=TYPES, **q.window(None))
    relations = list({r["id"]: q.relation_from_row(r) for r in rows}.values())
    actors = q.actors_by_ids(blank_store, ids)
    asked, lengths = 0, []
    for as_of in [None, *rng.sample(DAYS[6:], 3)]:
        span = q.window(as_of)
        for types in [None, rng.sample(TYPES, 3)]:
            wanted = q.relation_types(types)
            for _ in range(8):
                source, target = rng.sample(ids, 2)
                expected = brute_force(relations, actors, source, target, wanted, span["since"], span["until"])
                found = q.path(blank_store, source, target, types=types, as_of=as_of)
                assert found.found == (expected is not None), (source, target, as_of, types)
                assert [link.id for link in found.links] == (expected or []), (source, target, as_of, types)
                if expected:
                    assert [n.id for n in found.nodes] == q._walk(source, expected)
                asked += 1
                lengths.append(len(expected) if expected else 0)
    assert asked == 64, lengths
    assert min(lengths) == 0 and max(lengths) >= 3, sorted(lengths)  # no path, and the search past path_2


def test_the_six_link_limit_and_dead_actors(blank_store):
    """A chain of 7 links is beyond the limit; 6 is found; a dissolved middle actor cuts a chain on a
    later date, but not a succession through it, and an actor founded later cuts it before."""
    prefix = unique("chain")
    people = [Actor(id=f"{prefix}-{i}", name=f"Invented Chain Group {prefix} {i}", kind="armed_group",
                    dissolved=dt.date(2010, 12, 31) if i == 3 else None,
                    founded=dt.date(2015, 1, 1) if i == 5 else None) for i in range(8)]
    article = Article(id=f"{prefix}-report", title="An invented chain", source="Test Wire",
                      published=dt.date(2024, 1, 1))
    claims = []
    for i in range(7):
        type_ = "SUCCESSOR_OF" if i == 2 else "ALLIED_WITH"
        sentence = f"Invented chain group {i} stood beside invented chain group {i + 1}."
        claims.append(Claim(article=article.id, type=type_, subject=people[i + 1].id, object=people[i].id,
                            valid_from=dt.date(2005, 1, 1), reported=article.published, extractor="fixture",
                            evidence=Evidence(sentence=sentence, start=0, end=len(sentence)), confidence=0.8))
    blank_store.write(GraphBatch(actors=tuple(people), articles=(article,), claims=tuple(claims)))
    six = q.path(blank_store, people[0].id, people[6].id)
    assert six.found and len(six.links) == 6
    assert not q.path(blank_store, people[0].id, people[7].id).found  # 7 links
    # actor 3 was dissolved in 2010: its succession of 2 still holds in 2012, its alliance with 4 not
    assert q.path(blank_store, people[2].id, people[3].id, as_of=dt.date(2012, 1, 1)).found
    assert not q.path(blank_store, people[2].id, people[4].id, as_of=dt.date(2012, 1, 1)).found
    assert q.path(blank_store, people[2].id, people[4].id, as_of=dt.date(2008, 1, 1)).found
    assert not q.path(blank_store, people[4].id, people[6].id, as_of=dt.date(2012, 1, 1)).found  # 5 founded 2015
    assert q.path(blank_store, people[4].id, people[6].id, as_of=dt.date(2016, 1, 1)).found


def test_search_stops_at_the_first_meeting_and_takes_the_first_chain_by_ids():
    """Two shortest chains of 4 links and a longer one: the first by ids, and no level read past it."""
    edges = [("s", "a", "r5"), ("a", "b", "r1"), ("b", "c", "r1b"), ("c", "t", "r2"),
             ("s", "x", "r4"), ("x", "y", "r9"), ("y", "z", "r0"), ("z", "t", "r3"),
             ("s", "p", "r0"), ("p", "q", "r0a"), ("q", "u", "r0b"), ("u", "v", "r0c"), ("v", "t", "r0d")]
    calls = []

    def step(ids, far):
        calls.append((ids, far))
        rows = [(x, y, r) for a, b, r in edges for x, y in ((a, b), (b, a)) if x in ids]
        return [row for row in rows if far is None or row[1] in far]

    assert paths.shortest_chain(step, "s", "t", 6) == ["r4", "r9", "r0", "r3"]
    assert len(calls) == 7  # 4 meeting checks, 3 levels read; the 5-link chain was never walked
    assert paths.shortest_chain(step, "s", "t", 3) is None
