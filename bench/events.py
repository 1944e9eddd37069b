"""Benchmark: load a generated ACLED-shaped CSV into the embedded store (and Neo4j with --neo4j).

Usage::

    python bench/events.py                 # 1,000,000 rows into a temporary embedded store
    python bench/events.py --rows 100000 --neo4j
    python bench/events.py --parse-only    # the loader alone, no store

Prints rows/s for parsing alone and for parse + write, the time split between them, and the
peak resident memory (the file is streamed, batches are bounded, so memory stays flat).
The generated rows are synthetic: made-up actor names, dates and places.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from actorgraph.graph.model import GraphBatch
from actorgraph.loaders.base import LoadContext, Loaded
from actorgraph.loaders.events.acled import AcledFormat
from actorgraph.loaders.events.report import unresolved_report
from actorgraph.loaders.gazetteer import Gazetteer, Resolver

HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
EVENTS = [  # (event type, sub-event type, weight)
    ("Battles", "Armed clash", 30), ("Explosions/Remote violence", "Shelling/artillery/missile attack", 20),
    ("Explosions/Remote violence", "Air/drone strike", 10), ("Violence against civilians", "Attack", 12),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 6), ("Protests", "Peaceful protest", 12),
    ("Strategic developments", "Change to group/activity", 8), ("Battles", "Government regains territory", 2),
]


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Write ``rows`` synthetic ACLED rows to ``path`` (streamed)."""
    rng = random.Random(seed)
    countries = [f"Country{i}" for i in range(20)]
    armed = [(f"Example Armed Group {i} ({countries[i % 20]})", str(rng.choice((2, 3, 4)))) for i in range(400)]
    forces = [(f"Military Forces of {c} (2000-)", "1") for c in countries]
    parties = armed + forces
    types = [(e, s) for e, s, w in EVENTS for _ in range(w)]
    start = dt.date(2015, 1, 1)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for n in range(rows):
            event, sub = rng.choice(types)
            (a1, i1), (a2, i2) = rng.sample(parties, 2)
            if event == "Violence against civilians":
                a2, i2 = "Civilians (Country1)", "7"
            elif event == "Protests":
                a1, i1, a2, i2 = "Protesters (Country2)", "6", "", ""
            assoc = rng.choice(parties)[0] if rng.random() < 0.2 else ""
            day = start + dt.timedelta(days=rng.randrange(3650))
            out.writerow([
                f"XBN{n}", day.isoformat(), day.year, 1, "Political violence", event, sub, a1, assoc, i1, a2, "",
                i2, "", "", 0, "Region", rng.choice(countries), f"Province{rng.randrange(50)}", "", "",
                f"Place{rng.randrange(5000)}", f"{rng.uniform(-30, 40):.4f}", f"{rng.uniform(-20, 60):.4f}", 1,
                "Example Monitor", "Local partner", f"Synthetic event {n}.", rng.choice((0, 0, 0, 1, 2, 5)), "", 0,
            ])


def units(path: Path, resolver: Resolver):
    for item in AcledFormat().load(path, LoadContext(resolver=resolver)):
        if isinstance(item, Loaded):
            yield item


def batches(path: Path, resolver: Resolver, size: int):
    """``GraphBatch`` objects of ``size`` rows each (memory bounded by ``size``)."""
    group: list[Loaded] = []
    for item in units(path, resolver):
        group.append(item)
        if len(group) == size:
            yield len(group), _merge(group)
            group = []
    if group:
        yield len(group), _merge(group)


def _merge(group: list[Loaded]) -> GraphBatch:
    return GraphBatch(
        actors=tuple({a.id: a for u in group for a in u.batch.actors}.values()),
        articles=tuple(a for u in group for a in u.batch.articles),
        claims=tuple(c for u in group for c in u.batch.claims),
    )


def run_store(name: str, store, path: Path, size: int, rows: int) -> None:
    store.ensure_schema()
    parse = write = 0.0
    done = claims = 0
    clock = time.perf_counter()
    stream = batches(path, Resolver(Gazetteer.load([], builtin=False)), size)
    while True:
        t0 = time.perf_counter()
        try:
            count, batch = next(stream)
        except StopIteration:
            break
        t1 = time.perf_counter()
        store.write(batch)
        t2 = time.perf_counter()
        parse += t1 - t0
        write += t2 - t1
        done += count
        claims += len(batch.claims)
        if done % (size * 20) == 0:
            rate = done / (t2 - clock)
            print(f"  {name}: {done:,} rows, {rate:,.0f} rows/s so far", file=sys.stderr, flush=True)
    total = time.perf_counter() - clock
    print(f"{name}: {done:,} rows ({claims:,} claims) in {total:.1f}s = {done / total:,.0f} rows/s "
          f"(parse {parse:.1f}s, write {write:.1f}s; write alone {done / max(write, 1e-9):,.0f} rows/s)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=5000, help="rows per write transaction")
    parser.add_argument("--neo4j", action="store_true", help="also load into Neo4j at bolt://127.0.0.1:7687")
    parser.add_argument("--parse-only", action="store_true", help="time the loader only")
    parser.add_argument("--skip-embedded", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-") as tmp:
        path = Path(tmp) / "acled.csv"
        t0 = time.perf_counter()
        generate(path, args.rows)
        print(f"generated {args.rows:,} rows ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f}s")

        resolver = Resolver(Gazetteer.load([], builtin=False))
        t0 = time.perf_counter()
        parsed = sum(1 for _ in units(path, resolver))
        elapsed = time.perf_counter() - t0
        print(f"parse only: {parsed:,} rows in {elapsed:.1f}s = {parsed / elapsed:,.0f} rows/s; "
              f"top unresolved: {unresolved_report(resolver, 3)}")

        if not args.parse_only and not args.skip_embedded:
            from actorgraph.graph.backends.embedded import EmbeddedStore

            store = EmbeddedStore.open(Path(tmp) / "bench.lbug")
            try:
                run_store("embedded", store, path, args.batch, args.rows)
            finally:
                store.close()
        if args.neo4j and not args.parse_only:
            from actorgraph.graph.backends.neo4j import Neo4jStore

            store = Neo4jStore.connect("bolt://127.0.0.1:7687")
            try:
                run_store("neo4j", store, path, args.batch, args.rows)
            finally:
                store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
