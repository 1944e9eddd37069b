"""Store benchmark: write rate and query latency on a synthetic graph.

    python bench/store.py                       # embedded, 100k actors, 1M claims
    python bench/store.py --actors 10000 --claims 100000 --backend embedded --backend neo4j

Prints one JSON object per backend: claims/s of ``store.write`` (overall, first and last tenth of
the load; the synthetic batches are made outside the timed calls, ``with_generation_per_s`` counts
them too), the rate of article-sized batches (``--article-claims`` claims each) on the loaded
graph, and p50/p95/p99 (ms) of each question over random calls (``cpu_*``: this process's CPU time,
LadybugDB's threads included; on a shared machine the figures to compare). ``--raw`` also times, for the
embedded store, a raw ``COPY`` of the same claim rows (Python row building and CSV writing
included, batch generation not) into a fresh database in the same process, and prints
store.write's rate against it. Rates are given by wall time and by CPU time (``*_per_cpu_s``,
this process's CPU, LadybugDB's threads included): on a machine other jobs share, the CPU figures
and the ratios are the ones to compare. ``--threshold`` times small inserts through parameters and
through the CSV file (the embedded bulk path's ``THRESHOLD``). ``--large-rows N`` sets the embedded
store's ``LARGE_ROWS`` (``1000000000``: every statement one plan, whatever the batch's size, as
before the store kept two; ``bench/plans.py`` compares the two plans batch by batch).
Neo4j: a server at --neo4j-uri (``scripts/neo4j-local start``); its data is
not wiped, so run it on a scratch server. ``--neo4j-pid PID`` (the server's process, on this
machine) adds the server's CPU time to the write figures (``server_cpu_s``, and
``claims_per_total_cpu_s``: client and server together), since the client's CPU leaves out most
of a Neo4j write.

Why the last tenth is slower (embedded, 10k actors, 200k claims, 5k-claim batches, LadybugDB 0.22,
load average ~0; issue #13): the growth is LadybugDB's COMMIT. The same claim rows inserted with the
store's own prepared ``LOAD FROM ... CREATE`` (claim node and its three edges) in one transaction per
batch, nothing else, ran 27,900 claims/s over the first tenth and 8,300/s over the last (3.4x slower):
the statement stays ~120 ms a batch while COMMIT grows from ~45 to ~520 ms. Claim nodes alone (no
edges) do not slow down (14 against 16 ms at commit), so it is the edges' commit, an engine limit.
In ``store.write`` COMMIT went from 0.12 to 0.34 s a batch, and the one statement of ours that grows
with what is stored is ``bulk_clear_relations`` (0 to ~100 ms: it joins every stored relation edge,
chosen once a batch touches ``JOIN_THRESHOLD`` source actors); keyed forms (``UNWIND`` rows, both
actors by id) are planned by 0.22 as scans of the Actor and relation tables too, and measured slower
(350 against 200-240 ms for 913 stored relations, load average 3.6). Checkpoints (every 256 MiB of log)
add 1-3 s to the batch they fall in, wherever it is.

``--keep DIR`` keeps the embedded store in DIR (a 1M-claim load takes minutes): the first run loads
it, later runs with the same DIR find it there and only time the questions (``--actors`` must
match the load; nothing is written, so the figures stay comparable). With Neo4j, ``--keep`` (any
DIR) skips the load when the server already holds actors.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import add_graph_arguments, percentiles, timings
from synthetic import actor_id, actors, batches

from actorgraph.graph import questions as q
from actorgraph.graph.model import GraphBatch
from actorgraph.graph.store import Store


def open_backend(name: str, args: argparse.Namespace, folder: Path) -> Store:
    """The store to bench: Neo4j at ``--neo4j-uri``, or an embedded store in ``folder``."""
    if name == "neo4j":
        from actorgraph.graph.backends.neo4j import Neo4jStore

        store: Store = Neo4jStore.connect(args.neo4j_uri)
    else:
        from actorgraph.graph.backends.embedded import EmbeddedStore

        store = EmbeddedStore.open(folder / "bench.lbug")
    store.ensure_schema()
    return store


def server_cpu(pid: int | None) -> float:
    """CPU seconds (user and system) process ``pid`` has used so far (0 without a pid)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def with_server(figures: dict, written: int, cpu: float, server: float, pid: int | None) -> dict:
    """``figures`` and, with a server pid, its CPU seconds and the claims per client+server CPU second."""
    if pid is None:
        return figures
    return {**figures, "server_cpu_s": round(server, 2), "claims_per_total_cpu_s": round(written / (cpu + server))}


def load(store: Store, args: argparse.Namespace) -> dict:
    people = actors(args.actors)
    started = time.perf_counter()
    for i in range(0, len(people), args.batch):
        store.write(GraphBatch(actors=tuple(people[i : i + args.batch])))
    actor_seconds = time.perf_counter() - started
    started, written, marks, seconds, cpu = time.perf_counter(), 0, [(0, 0.0)], 0.0, 0.0
    server_began = server_cpu(args.neo4j_pid)
    for batch in batches(args.actors, args.claims, batch_size=args.batch):
        began, began_cpu = time.perf_counter(), time.process_time()
        store.write(batch)
        seconds += time.perf_counter() - began
        cpu += time.process_time() - began_cpu
        written += len(batch.claims)
        marks.append((written, seconds))
        print(f"\r  {written:,} claims, {written / seconds:,.0f}/s", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    wall = time.perf_counter() - started
    first, last = tenth_rates(marks)
    server = server_cpu(args.neo4j_pid) - server_began  # batch generation runs in this process only
    return with_server({"actors_per_s": round(args.actors / actor_seconds), "claims_per_s": round(written / seconds),
            "claims_per_cpu_s": round(written / cpu),
            "with_generation_per_s": round(written / wall),
            "claims": written, "batch": args.batch, "load_seconds": round(seconds, 1),
            "first_tenth_per_s": first, "last_tenth_per_s": last,
            "last_tenth_slowdown": round(first / last, 2) if last else None}, written, cpu, server, args.neo4j_pid)


def article_batches(store: Store, args: argparse.Namespace) -> dict:
    """Claims/s of one-article batches (``--article-claims`` claims each) written into the loaded graph."""
    seconds, written, cpu, server = 0.0, 0, 0.0, 0.0
    for k, batch in enumerate(batches(args.actors, args.article_claims * args.articles, batch_size=args.article_claims,
                                      seed=11, doc_prefix="article")):
        if k == args.articles:
            break
        began, began_cpu, began_server = time.perf_counter(), time.process_time(), server_cpu(args.neo4j_pid)
        store.write(batch)
        seconds += time.perf_counter() - began
        cpu += time.process_time() - began_cpu
        server += server_cpu(args.neo4j_pid) - began_server
        written += len(batch.claims)
    return with_server({"article_claims": args.article_claims, "articles": args.articles,
                        "claims_per_s": round(written / seconds), "claims_per_cpu_s": round(written / cpu),
                        "ms_per_article": round(seconds / args.articles * 1000, 1)}, written, cpu, server,
                       args.neo4j_pid)


def threshold(args: argparse.Namespace, folder: Path) -> dict:
    """ms per insert of n claims into a loaded embedded store, through parameters and through the file."""
    from actorgraph.graph.backends import embedded_bulk
    from actorgraph.graph.backends.embedded import EmbeddedStore

    store = EmbeddedStore.open(folder / "threshold.lbug")
    store.ensure_schema()
    store.write(GraphBatch(actors=tuple(actors(args.actors))))
    for batch in batches(args.actors, min(args.claims, 50_000), batch_size=5000):
        store.write(batch)
    kept, figures = embedded_bulk.THRESHOLD, {}
    for n in (5, 10, 20, 50, 100, 200, 500):
        for form, limit in (("params", 10**9), ("file", 0)):
            embedded_bulk.THRESHOLD = limit
            made = batches(args.actors, n * 20, batch_size=n, seed=n + limit % 7, doc_prefix=f"t{n}{form}")
            figures[f"{form}_{n}_ms"] = round(statistics.median(timings(
                (lambda b=b: store.write(b)) for b in made)), 2)
    embedded_bulk.THRESHOLD = kept
    store.close()
    return figures


def tenth_rates(marks: list[tuple[int, float]]) -> tuple[int, int]:
    """Claims/s over the first and the last tenth of the load, from (claims written, seconds) marks."""
    total = marks[-1][0]
    head = next(m for m in marks if m[0] >= total / 10)
    tail_start = max((m for m in marks if m[0] <= total - total / 10), key=lambda m: m[0])
    last = (total - tail_start[0]) / (marks[-1][1] - tail_start[1])
    return round(head[0] / head[1]), round(last)


def raw_copy(args: argparse.Namespace, folder: Path) -> dict:
    """Claims/s of COPYing the same claim rows (plus their provenance edges) into an empty store."""
    from actorgraph.graph.backends.embedded import EmbeddedStore
    from actorgraph.graph.backends.embedded_bulk import write_csv
    from actorgraph.graph.writing import article_row, claim_row

    store = EmbeddedStore.open(folder / "raw.lbug")
    store.ensure_schema()
    store.write(GraphBatch(actors=tuple(actors(args.actors))))
    connection = store._connection()
    written, seconds, cpu = 0, 0.0, 0.0
    found = connection.execute("CALL table_info('Claim') RETURN name")
    claim_columns = []
    while found.has_next():  # COPY reads columns in table order
        claim_columns.append(found.get_next()[0])
    for k, batch in enumerate(batches(args.actors, args.claims, batch_size=args.batch)):
        began, began_cpu = time.perf_counter(), time.process_time()
        sources = {a.id: a.source for a in batch.articles}
        rows = [claim_row(c, sources.get(c.article)) for c in batch.claims]
        articles = [article_row(a) for a in batch.articles]
        columns = ("id", "title", "url", "source", "published", "language", "revision")
        files = {
            "Article": write_csv(folder / f"a{k}.csv", columns, ([r[c] for c in columns] for r in articles)),
            "Claim": write_csv(folder / f"c{k}.csv", claim_columns, ([r[c] for c in claim_columns] for r in rows)),
            "REPORTS": write_csv(folder / f"r{k}.csv", ("from", "to"), ([r["article"], r["id"]] for r in rows)),
            "SUBJECT": write_csv(folder / f"s{k}.csv", ("from", "to"), ([r["id"], r["subject"]] for r in rows)),
            "OBJECT": write_csv(folder / f"o{k}.csv", ("from", "to"), ([r["id"], r["object"]] for r in rows)),
        }
        for table, path in files.items():
            connection.execute(f"COPY {table} FROM '{path}' (HEADER=true, DELIM='\\t', PARALLEL=false)")
        written += len(rows)
        seconds += time.perf_counter() - began
        cpu += time.process_time() - began_cpu
    store.close()
    return {"raw_copy_claims_per_s": round(written / seconds), "raw_copy_claims_per_cpu_s": round(written / cpu),
            "raw_copy_seconds": round(seconds, 1)}


def latency(store: Store, args: argparse.Namespace) -> dict:
    rng = random.Random(3)
    hub = lambda: actor_id(rng.randrange(min(args.actors, 2000)))  # noqa: E731
    anyone = lambda: actor_id(rng.randrange(args.actors))  # noqa: E731
    day = lambda: q.window(None)["since"].replace(year=rng.randrange(1995, 2025))  # noqa: E731
    questions = {
        "lineage": lambda: q.lineage(store, anyone(), as_of=day() if rng.random() < 0.5 else None),
        "alliances": lambda: q.alliances(store, hub(), as_of=day()),
        "path": lambda: q.path(store, anyone(), hub()),
        "neighbourhood": lambda: q.neighbourhood(store, anyone(), hops=1),
        "timeline": lambda: q.timeline(store, anyone(), limit=100),
        "search": lambda: q.search(store, f"Actor {rng.randrange(args.actors)}", limit=10),
    }
    figures = {}
    for name, ask in questions.items():
        if args.only and name not in args.only:
            continue
        rng.seed(f"{name}-3")  # each question its own calls, with or without --only
        walls, cpus = [], []
        for _ in range(args.calls):
            began, began_cpu = time.perf_counter(), time.process_time()
            ask()
            walls.append((time.perf_counter() - began) * 1000)
            cpus.append((time.process_time() - began_cpu) * 1000)
        cpu = percentiles(cpus)
        figures[name] = {**percentiles(walls), "cpu_p50_ms": cpu["p50_ms"], "cpu_p95_ms": cpu["p95_ms"]}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_graph_arguments(parser)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--backend", action="append", choices=["embedded", "neo4j"])
    parser.add_argument("--neo4j-uri", default="bolt://127.0.0.1:7687")
    parser.add_argument("--neo4j-pid", type=int, help="the Neo4j server's process id: count its CPU time too")
    parser.add_argument("--raw", action="store_true", help="also time a raw COPY of the same rows (embedded)")
    parser.add_argument("--no-latency", action="store_true", help="only the write figures")
    parser.add_argument("--article-claims", type=int, default=30, help="claims per article-sized batch")
    parser.add_argument("--articles", type=int, default=200, help="article-sized batches written after the load")
    parser.add_argument("--threshold", action="store_true", help="time small inserts by parameter and by file")
    parser.add_argument("--keep", metavar="DIR", help="keep the embedded store in DIR; rerun on it: latency only")
    parser.add_argument("--only", action="append", help="time only these questions (lineage, alliances...)")
    parser.add_argument("--large-rows", type=int, help="embedded: rows above which a write statement has a plan "
                        "of its own (LARGE_ROWS); 1000000000: one plan for all sizes, as before it")
    args = parser.parse_args()
    if args.large_rows is not None:
        from actorgraph.graph.backends import embedded

        embedded.LARGE_ROWS = args.large_rows
    for backend in args.backend or ["embedded"]:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(args.keep) if args.keep else Path(scratch)
            folder.mkdir(parents=True, exist_ok=True)
            store = open_backend(backend, args, folder)
            figures = {"backend": backend}
            if args.keep and q.counts(store)["actors"]:
                print(f"{backend}: reusing the store kept in {folder}", file=sys.stderr)
                figures["kept"] = q.counts(store)
            else:
                print(f"{backend}: loading {args.actors:,} actors and {args.claims:,} claims", file=sys.stderr)
                figures["write"] = load(store, args)
                if args.articles:
                    figures["article_batches"] = article_batches(store, args)
            if not args.no_latency:
                figures["latency"] = latency(store, args)
            store.close()
            if args.raw and backend == "embedded" and not args.keep:
                figures["raw"] = raw_copy(args, Path(scratch))
                figures["raw"]["write_vs_raw"] = round(
                    figures["raw"]["raw_copy_claims_per_s"] / figures["write"]["claims_per_s"], 2)
                figures["raw"]["write_vs_raw_cpu"] = round(
                    figures["raw"]["raw_copy_claims_per_cpu_s"] / figures["write"]["claims_per_cpu_s"], 2)
            if args.threshold and backend == "embedded":
                figures["threshold"] = threshold(args, Path(scratch))
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
