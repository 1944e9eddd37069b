"""Embedded store: batches of a few to thousands of claims on small-batch and on large-batch plans.

    python bench/plans.py --actors 100000 --claims 200000 --batch 5000 --sizes 30,100,300,1000,3000

LadybugDB keeps the plan a prepared statement got on its first run, so after a bulk load in the
same process a statement's plan is the one made for the load's thousands of rows.
``EmbeddedStore`` keeps two plans of each write statement, one for batches of at most
``LARGE_ROWS`` rows and one for larger ones. This loads a graph in ``--batch``-claim batches
(the large plans), writes one 30-claim batch on small plans, then for each ``--sizes`` n writes
batches of n new claims alternately on the large plans (``LARGE_ROWS = 0``) and on the small ones
(``LARGE_ROWS`` above n), same store, back to back, and prints per size and plan the median ms per
batch (wall and this process's CPU, LadybugDB's threads included) and claims/s by CPU. The
threshold belongs where the small plans stop winning.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import add_graph_arguments
from synthetic import actors, batches

from actorgraph.graph.backends import embedded
from actorgraph.graph.model import GraphBatch

PLANS = {"large": 0, "small": 10**9}  # LARGE_ROWS that puts every batch on that plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_graph_arguments(parser)
    parser.add_argument("--sizes", default="30,100,300,1000,3000", help="claims per batch, comma-separated")
    parser.add_argument("--rounds", type=int, default=20, help="batches per size and plan")
    args = parser.parse_args()
    kept = embedded.LARGE_ROWS
    with tempfile.TemporaryDirectory() as scratch:
        store = embedded.EmbeddedStore.open(Path(scratch) / "plans.lbug")
        store.ensure_schema()
        people = actors(args.actors)
        for i in range(0, len(people), args.batch):
            store.write(GraphBatch(actors=tuple(people[i : i + args.batch])))
        for batch in batches(args.actors, args.claims, batch_size=args.batch):
            store.write(batch)
        embedded.LARGE_ROWS = PLANS["small"]
        store.write(next(batches(args.actors, 30, batch_size=30, seed=5, doc_prefix="warm")))
        figures: dict[str, dict[str, float]] = {}
        for n in (int(s) for s in args.sizes.split(",")):
            made = batches(args.actors, n * args.rounds * 2, batch_size=n, seed=n, doc_prefix=f"s{n}")
            times: dict[str, list[tuple[float, float]]] = {plan: [] for plan in PLANS}
            for k, batch in enumerate(made):
                plan = ("large", "small")[k % 2] if (k // 2) % 2 else ("small", "large")[k % 2]  # ABBA
                embedded.LARGE_ROWS = PLANS[plan]
                began, began_cpu = time.perf_counter(), time.process_time()
                store.write(batch)
                times[plan].append((time.perf_counter() - began, time.process_time() - began_cpu))
            for plan, pairs in times.items():
                wall = statistics.median(w for w, _ in pairs)
                cpu = statistics.median(c for _, c in pairs)
                figures[f"{plan}_{n}"] = {"ms": round(wall * 1000, 1), "cpu_ms": round(cpu * 1000, 1),
                                          "claims_per_cpu_s": round(n / cpu)}
        embedded.LARGE_ROWS = kept
        store.close()
    print(json.dumps({"load": os.getloadavg()[0], **figures}))


if __name__ == "__main__":
    main()
