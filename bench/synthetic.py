"""A synthetic actor graph of any size, for benchmarks (deterministic for a seed).

Actors get a heavy-tailed degree (a few hubs, many small groups), lineage chains, and claims
of every type spread over 1990-2025 from a handful of sources.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from actorgraph.graph.model import Actor, ActorKind, Article, Claim, Evidence, GraphBatch, RelationType

KINDS = list(ActorKind)
WEIGHTS = {  # share of claims per type
    RelationType.ATTACKS: 0.45, RelationType.SUPPORTS: 0.2, RelationType.ALLIED_WITH: 0.1,
    RelationType.AFFILIATE_OF: 0.1, RelationType.SUCCESSOR_OF: 0.05, RelationType.CEASEFIRE_WITH: 0.1,
}
SOURCES = [f"Source {i}" for i in range(12)]
START = dt.date(1990, 1, 1)


def actor_id(i: int) -> str:
    return f"actor-{i:07d}"


def actors(n: int) -> list[Actor]:
    rng = random.Random(1)
    return [
        Actor(id=actor_id(i), name=f"Actor {i} {rng.choice(['Front', 'Brigade', 'Army', 'Council', 'State'])}",
              kind=rng.choice(KINDS), aliases=(f"A{i}",))
        for i in range(n)
    ]


def _pick(rng: random.Random, n: int) -> int:
    """Heavy-tailed: low ids are hubs."""
    return min(int(rng.paretovariate(1.2)) - 1, n - 1) if rng.random() < 0.3 else rng.randrange(n)


def batches(n_actors: int, n_claims: int, *, batch_size: int = 10_000, seed: int = 7,
            doc_prefix: str = "synthetic") -> Iterator[GraphBatch]:
    """The claims, ``batch_size`` at a time, each batch with its articles (actors written first).

    ``doc_prefix`` names the articles (50 claims each), so another call's claims are new ones.
    """
    rng = random.Random(seed)
    types, weights = zip(*WEIGHTS.items(), strict=True)
    made = 0
    while made < n_claims:
        size = min(batch_size, n_claims - made)
        articles: dict[str, Article] = {}
        claims = []
        for k in range(size):
            number = made + k
            doc = f"{doc_prefix}-{number // 50:07d}"
            if doc not in articles:
                articles[doc] = Article(id=doc, source=rng.choice(SOURCES),
                                        published=START + dt.timedelta(days=rng.randrange(13000)))
            type_ = rng.choices(types, weights)[0]
            subject = _pick(rng, n_actors)
            if type_ in (RelationType.SUCCESSOR_OF, RelationType.AFFILIATE_OF):
                object_ = min(n_actors - 1, subject + 1 + rng.randrange(3))  # lineage chains
            else:
                object_ = _pick(rng, n_actors)
            if object_ == subject:
                object_ = (subject + 1) % n_actors
            day = START + dt.timedelta(days=rng.randrange(13000))
            end = day + dt.timedelta(days=rng.randrange(4000)) if rng.random() < 0.3 else None
            claims.append(Claim(
                article=doc, type=type_, subject=actor_id(subject), object=actor_id(object_), valid_from=day,
                valid_from_precision="day", valid_to=end if not type_.event_like else None,
                valid_to_precision="day" if end and not type_.event_like else None,
                evidence=Evidence(sentence=f"Sentence {number}.", start=number, end=number + 12),
                extractor="synthetic", confidence=round(rng.uniform(0.4, 0.95), 2),
                source=articles[doc].source, reported=articles[doc].published,
            ))
        made += size
        yield GraphBatch(articles=tuple(articles.values()), claims=tuple(claims))
