"""API benchmark: latency (p50/p95/p99) and requests/s of the main endpoints, against a real
uvicorn process serving a synthetic graph, and the overhead over calling the store directly.

    python bench/api.py                                   # embedded, 100k actors, 1M claims
    python bench/api.py --actors 10000 --claims 100000 --requests 300 --concurrency 8
    python bench/api.py --graph /tmp/bench.lbug --keep    # reuse a graph loaded by a previous run

Steps: load the graph with ``bench/store.py``'s loader (skipped when ``--graph`` exists), start
``uvicorn actorgraph.api.app:create_app --factory`` on a free port in its own process, then per
endpoint (a) ``--requests`` sequential requests for latency, (b) the same number from
``--concurrency`` threads for requests/s. Finally the server stops (it holds the embedded store)
and the same questions are asked in-process for the direct latency. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from common import add_graph_arguments, percentiles, timings
from store import load
from synthetic import actor_id

from actorgraph.graph import analysis
from actorgraph.graph import questions as q
from actorgraph.graph.backends.embedded import EmbeddedStore
from actorgraph.graph.dates import as_date


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def workload(args: argparse.Namespace, relation_ids: list[str]) -> dict[str, Callable[[random.Random], tuple]]:
    """Per endpoint: a function of a random generator giving (path, params) and the direct call."""
    hub = lambda rng: actor_id(rng.randrange(min(args.actors, 2000)))  # noqa: E731
    anyone = lambda rng: actor_id(rng.randrange(args.actors))  # noqa: E731
    year = lambda rng: f"{rng.randrange(1995, 2025)}-06-01"  # noqa: E731

    def search(rng):
        text = f"Actor {rng.randrange(args.actors)}"
        return "/actors", {"q": text, "limit": 10}, lambda s: q.search(s, text, limit=11)

    def profile(rng):
        a = anyone(rng)
        return f"/actors/{a}", {}, lambda s: analysis.actor_detail(s, a)

    def lineage(rng):
        a = anyone(rng)
        return f"/actors/{a}/lineage", {}, lambda s: q.lineage(s, a)

    def alliances(rng):
        a, day = hub(rng), year(rng)
        return f"/actors/{a}/alliances", {"as_of": day}, lambda s: q.alliances(s, a, as_of=as_date(day, field="as_of"))

    def path(rng):
        a, b = anyone(rng), hub(rng)
        return "/paths", {"from": a, "to": b, "evidence_per_step": 0}, lambda s: q.path(s, a, b)

    def relations(rng):
        a = hub(rng)
        return "/relations", {"source": a, "limit": 100}, lambda s: analysis.relations(s, source=a, limit=100)

    def evidence(rng):
        rid = rng.choice(relation_ids)
        return f"/relations/{rid}/evidence", {}, lambda s: q.evidence(s, rid)

    def timeline(rng):
        a = anyone(rng)
        return f"/actors/{a}/timeline", {"limit": 100}, lambda s: q.timeline(s, a, limit=100)

    def health(_rng):
        return "/health", {}, lambda s: q.counts(s)

    return {f.__name__: f for f in (search, profile, lineage, alliances, path, relations, evidence, timeline,
                                    health)}


def start_server(graph: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "ACTORGRAPH_STORE": "embedded", "ACTORGRAPH_EMBEDDED_PATH": str(graph)}
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "actorgraph.api.app:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning", "--no-access-log"], env=env,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=60).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the API server did not start")


def measure_api(url: str, work: dict, args: argparse.Namespace) -> dict:
    figures = {}
    local = threading.local()

    def client() -> httpx.Client:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=url, timeout=120)
        return local.client

    def one(path: str, params: dict) -> float:
        started = time.perf_counter()
        response = client().get(path, params=params)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{path} {params}: HTTP {response.status_code} {response.text[:300]}")
        return elapsed

    for name, make in work.items():
        rng = random.Random(11)
        calls = [make(rng)[:2] for _ in range(args.requests)]
        for path, params in calls[: max(3, args.requests // 20)]:  # warm up
            one(path, params)
        latency = [one(path, params) for path, params in calls]
        started = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            list(pool.map(lambda c: one(*c), calls))
        rate = len(calls) / (time.perf_counter() - started)
        figures[name] = {**percentiles(latency), "req_per_s": round(rate, 1), "concurrency": args.concurrency}
        print(f"  api {name}: {figures[name]}", file=sys.stderr)
    return figures


def measure_direct(graph: Path, work: dict, args: argparse.Namespace) -> dict:
    store = EmbeddedStore.open(graph)
    figures = {}
    try:
        for name, make in work.items():
            rng = random.Random(11)
            calls = [make(rng)[2] for _ in range(args.requests)]
            for call in calls[: max(3, args.requests // 20)]:
                call(store)
            figures[name] = percentiles(timings(lambda call=call: call(store) for call in calls))
    finally:
        store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_graph_arguments(parser)
    parser.add_argument("--requests", type=int, default=300, help="requests per endpoint (each phase)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--graph", type=Path, help="embedded database to use (loaded if it does not exist)")
    parser.add_argument("--keep", action="store_true", help="keep the database of this run")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="actorgraph-bench-api-"))
    graph = args.graph or folder / "bench.lbug"
    result: dict = {"backend": "embedded", "actors": args.actors, "claims": args.claims}
    if not graph.exists():
        store = EmbeddedStore.open(graph)
        store.ensure_schema()
        print(f"loading {args.actors:,} actors and {args.claims:,} claims into {graph}", file=sys.stderr)
        result["write"] = load(store, args)
        store.close()
    store = EmbeddedStore.open(graph)
    rng = random.Random(5)
    relation_ids = [r.id for i in range(40) for r in analysis.relations(
        store, source=actor_id(rng.randrange(min(args.actors, 2000))), limit=20).relations]
    store.close()
    work = workload(args, relation_ids)
    port = free_port()
    server = start_server(graph, port)
    try:
        result["api"] = measure_api(f"http://127.0.0.1:{port}", work, args)
    finally:
        server.terminate()
        server.wait(60)
    result["direct"] = measure_direct(graph, work, args)
    result["overhead_p50_ms"] = {
        name: round(result["api"][name]["p50_ms"] - result["direct"][name]["p50_ms"], 2) for name in work
    }
    if not args.keep and not args.graph:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
