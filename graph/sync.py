"""Copy a graph from one store to another, and check that both hold the same ids.

``actorgraph push`` copies the embedded graph into Neo4j and ``actorgraph pull`` the other way;
both are :func:`copy_graph` followed by :func:`compare_graphs`.

The copy reads the source in pages (keyset pagination over indexed ids: ``cypher/export_*``)
and writes them through the destination's ordinary write procedure
(:meth:`Store.write`): actors, then articles, then claims, then mentions (the MENTIONS edges
of articles to the actors they name, in a relation or not). Relations are not copied: the write
procedure recomputes every relation that gains a claim from all its stored claims, so once
every claim is across, the relations are exactly the source's. Claims are merged by id, so a
rerun (after an interruption, or just twice) skips what is already there and duplicates
nothing.

The comparison counts the source's actors, articles, claims, mentions (``article>actor``) and
relations and hashes their ids
(an order-independent checksum), then looks up the same ids in the destination. A destination
may hold more than the source (a shared Neo4j); only the source's ids are checked there, and a
relation the destination holds with more claims than the source (its own data adds to it) is
counted as extended, not as different: every source claim is there (the claims' checksum says
so) and the relation is the fold of all of them.

Examples
--------
>>> from actorgraph.graph.backends.embedded import EmbeddedStore
>>> from actorgraph.graph.backends.neo4j import Neo4jStore
>>> source = EmbeddedStore.open("graph.lbug")                          # doctest: +SKIP
>>> target = Neo4jStore.connect("bolt://127.0.0.1:7687"); target.ensure_schema()  # doctest: +SKIP
>>> copy_graph(source, target)                                          # doctest: +SKIP
>>> compare_graphs(source, target).matches                              # doctest: +SKIP
True
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from actorgraph.errors import StoreError, StoreUnavailable
from actorgraph.graph.model import Actor, ActorMention, Article, Claim, Evidence, GraphBatch, Relation
from actorgraph.graph.questions import relation_from_row, relations_by_ids
from actorgraph.graph.store import Store, pages
from actorgraph.graph.writing import WriteResult

KINDS = ("actors", "articles", "claims", "mentions", "relations")
COPIED = KINDS[:4]  # relations are recomputed by the destination, not copied
EXPORTS = {
    "actors": "export_actors", "articles": "export_articles", "claims": "export_claims",
    "mentions": "export_mentions", "relations": "export_relations",
}
KEYS = {"mentions": "article", "relations": "actor"}  # the keyset column of a page, when not "id"

# on_progress(kind, rows done, rows in all or None)
Progress = Callable[[str, int, "int | None"], None]


@dataclass
class Tally:
    """How many ids, and an order-independent checksum of them (sum of hashes mod 2**64)."""

    count: int = 0
    total: int = 0

    def add(self, ids: list[str]) -> None:
        for id_ in ids:
            self.count += 1
            self.total = (self.total + int.from_bytes(hashlib.sha256(id_.encode()).digest()[:8], "big")) % 2**64

    @property
    def checksum(self) -> str:
        return f"{self.total:016x}"


@dataclass
class Comparison:
    """The source's ids per kind, the same ids found in the destination, and relation differences."""

    source: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    destination: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    destination_totals: dict[str, int] = field(default_factory=dict)
    relations_differing: list[str] = field(default_factory=list)  # ids whose properties differ (first 20)
    relations_extended: int = 0  # relations the destination holds with more claims (its own data too)

    @property
    def matches(self) -> bool:
        """Every source id is in the destination, and every relation has the same properties."""
        return not self.relations_differing and all(
            (self.source[k].count, self.source[k].checksum) == (self.destination[k].count, self.destination[k].checksum)
            for k in KINDS
        )

    def summary(self) -> str:
        """One line per kind: count and checksum of each side."""
        lines = []
        for kind in KINDS:
            s, d = self.source[kind], self.destination[kind]
            mark = "ok" if (s.count, s.checksum) == (d.count, d.checksum) else "DIFFERENT"
            lines.append(
                f"{kind:<10} source {s.count:>9,} {s.checksum}   destination {d.count:>9,} {d.checksum}  {mark}"
            )
        if self.relations_extended:
            lines.append(
                f"{self.relations_extended:,} relations hold more claims in the destination than in the source "
                "(the destination's own data); each is folded from all its claims there"
            )
        if self.relations_differing:
            lines.append(f"relations with other properties: {', '.join(self.relations_differing[:5])}")
        return "\n".join(lines)


@dataclass
class CopyResult:
    """What :func:`copy_graph` read and wrote."""

    read: dict[str, int] = field(default_factory=lambda: {k: 0 for k in COPIED})
    written: WriteResult = field(default_factory=WriteResult)
    seconds: float = 0.0

    @property
    def rows_per_second(self) -> float:
        return sum(self.read.values()) / self.seconds if self.seconds else 0.0


def _pages(
    store: Store, name: str, batch_size: int, *, key: str = "id", retry_for: float = 0.0
) -> Iterator[list[dict[str, Any]]]:
    """:func:`~actorgraph.graph.store.pages`, each page read retried for ``retry_for`` seconds."""
    return pages(store, name, batch_size, key=key, run=lambda read: _retrying(read, retry_for, "reading"))


def copy_graph(
    source: Store,
    destination: Store,
    *,
    batch_size: int = 5000,
    on_progress: Progress | None = None,
    retry_for: float = 30.0,
) -> CopyResult:
    """Copy every actor, article and claim of ``source`` into ``destination``, in batches.

    Parameters
    ----------
    source, destination
        Open stores; the destination's schema must be ensured.
    batch_size
        Rows read and written per transaction.
    on_progress
        Called after each batch with (kind, rows done, rows in all).
    retry_for
        Seconds to keep retrying a batch while a store is unreachable (on top of the Neo4j
        driver's own retries), before giving up with :class:`StoreUnavailable`.

    Raises
    ------
    StoreUnavailable
        when a store stays unreachable; the message says how far the copy got. Running the same
        copy again completes it: what is already in the destination is skipped.
    """
    started = time.perf_counter()
    result = CopyResult()
    totals = source.query("counts")[0]
    for kind, convert in _CONVERTERS.items():
        if on_progress:
            on_progress(kind, 0, totals.get(kind))
        for rows in _pages(source, EXPORTS[kind], batch_size, key=KEYS.get(kind, "id"), retry_for=retry_for):
            batch = convert(rows)
            where = f"after {result.read[kind]:,} of {totals.get(kind, 0):,} {kind}"
            result.written += _retrying(partial(destination.write, batch), retry_for, f"writing {where}")
            result.read[kind] += len(batch.mentions) if kind == "mentions" else len(rows)
            if on_progress:
                on_progress(kind, result.read[kind], totals.get(kind))
    result.seconds = time.perf_counter() - started
    return result


def compare_graphs(
    source: Store, destination: Store, *, batch_size: int = 5000, on_progress: Progress | None = None
) -> Comparison:
    """Count and checksum the source's ids, and the same ids as found in ``destination``."""
    comparison = Comparison()
    existing = {"actors": "actors_existing", "articles": "articles_existing", "claims": "claims_existing"}
    for kind, query in existing.items():
        for rows in _pages(source, EXPORTS[kind], batch_size):
            ids = [r["id"] for r in rows]
            comparison.source[kind].add(ids)
            comparison.destination[kind].add([r["id"] for r in destination.query(query, ids=ids)])
            if on_progress:
                on_progress(f"checking {kind}", comparison.source[kind].count, None)
    for rows in _pages(source, EXPORTS["mentions"], batch_size, key="article"):
        pairs = {_mention_id(r) for r in rows if r["actor"] is not None}
        comparison.source["mentions"].add(sorted(pairs))
        found = destination.query("mentions_of_articles", ids=sorted({r["article"] for r in rows}))
        comparison.destination["mentions"].add(sorted(pairs & {_mention_id(r) for r in found}))
        if on_progress:
            on_progress("checking mentions", comparison.source["mentions"].count, None)
    for rows in _pages(source, EXPORTS["relations"], batch_size, key="actor"):
        mine = {r["id"]: _comparable(relation_from_row(r)) for r in rows if r["id"] is not None}
        comparison.source["relations"].add(list(mine))
        theirs = {i: _comparable(r) for i, r in relations_by_ids(destination, mine).items()}
        comparison.destination["relations"].add([i for i in theirs if i in mine])
        differing = [i for i in mine if i in theirs and theirs[i] != mine[i]]
        # more claims there: the destination also holds other data on the relation (a shared server)
        extended = [i for i in differing if theirs[i].claims > mine[i].claims]
        comparison.relations_extended += len(extended)
        comparison.relations_differing += [i for i in differing if i not in set(extended)][:20]
        if on_progress:
            on_progress("checking relations", comparison.source["relations"].count, None)
    comparison.relations_differing = comparison.relations_differing[:20]
    comparison.destination_totals = destination.query("counts")[0]
    return comparison


def actor_from_row(row: dict[str, Any]) -> Actor:
    """An :class:`Actor` from an ``export_actors`` row (its lifetime included)."""
    return Actor(
        id=row["id"], name=row["name"], kind=row["kind"] or "other", aliases=tuple(row["aliases"] or ()),
        wikidata=row["wikidata"], country=row["country"], description=row["description"],
        founded=row.get("founded"), founded_precision=row.get("founded_precision"),
        dissolved=row.get("dissolved"), dissolved_precision=row.get("dissolved_precision"),
    )


def mentions_from_rows(rows: list[dict[str, Any]]) -> tuple[ActorMention, ...]:
    """The :class:`ActorMention` of ``export_mentions`` rows (an article naming nobody gives none)."""
    return tuple(
        ActorMention(article=r["article"], actor=r["actor"], count=r["count"] or 1, names=tuple(r["names"] or ()))
        for r in rows if r["actor"] is not None
    )


def _mention_id(row: dict[str, Any]) -> str:
    return f"{row['article']}>{row['actor']}"


def article_from_row(row: dict[str, Any]) -> Article:
    """An :class:`Article` from an ``export_articles`` row."""
    return Article(**{k: row.get(k) for k in ("id", "title", "url", "source", "published", "language", "revision")})


def claim_from_row(row: dict[str, Any]) -> Claim:
    """A :class:`Claim` from an ``export_claims`` row; its id must hash back to the stored one."""
    claim = Claim(
        article=row["article"], type=row["type"], subject=row["subject"], object=row["object"],
        valid_from=row["valid_from"], valid_from_precision=row["valid_from_precision"],
        valid_to=row["valid_to"], valid_to_precision=row["valid_to_precision"], ended=bool(row["ended"]),
        observed=row.get("observed"), observed_precision=row.get("observed_precision"),
        episodic=bool(row.get("episodic")),
        evidence=Evidence(sentence=row["sentence"] or "", start=row["span_start"] or 0, end=row["span_end"] or 0),
        extractor=row["extractor"], confidence=row["confidence"], hedged=bool(row["hedged"]),
        source=row["source"], reported=row["reported"], attributes=json.loads(row["attributes"] or "{}"),
    )
    if claim.id != row["id"]:
        raise StoreError(
            f"stored claim {row['id']} hashes to {claim.id} from its own properties; it was written by "
            "another version of actorgraph and cannot be copied as it is",
            detail={"claim": row["id"]},
        )
    return claim


_CONVERTERS: dict[str, Callable[[list[dict[str, Any]]], GraphBatch]] = {
    "actors": lambda rows: GraphBatch(actors=tuple(actor_from_row(r) for r in rows)),
    "articles": lambda rows: GraphBatch(articles=tuple(article_from_row(r) for r in rows)),
    "claims": lambda rows: GraphBatch(claims=tuple(claim_from_row(r) for r in rows)),
    "mentions": lambda rows: GraphBatch(mentions=mentions_from_rows(rows)),
}


def _comparable(relation: Relation) -> Relation:
    """``relation`` with its confidence rounded (the backends print doubles differently)."""
    return relation.model_copy(update={"confidence": round(relation.confidence, 9)})


def _retrying(work: Callable[[], Any], retry_for: float, doing: str) -> Any:
    """``work()``, retried with backoff while the store is unreachable, for at most ``retry_for`` s."""
    deadline = time.monotonic() + retry_for
    pause = 0.5
    while True:
        try:
            return work()
        except StoreUnavailable as exc:
            if time.monotonic() + pause > deadline:
                raise StoreUnavailable(
                    f"stopped {doing}: {exc.message}. Nothing is half-written (each batch is one transaction); "
                    "once the store is back, run the same command again: what was copied is skipped.",
                    detail=exc.detail,
                ) from None
            time.sleep(pause)
            pause = min(pause * 2, 5.0)
