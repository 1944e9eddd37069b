"""What the benchmarks share: the synthetic graph's size arguments, timing calls and latency percentiles."""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterable


def add_graph_arguments(parser: argparse.ArgumentParser) -> None:
    """``--actors``, ``--claims`` (the synthetic graph's size) and ``--batch`` (claims per write)."""
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=20_000)


def timings(calls: Iterable[Callable[[], object]]) -> list[float]:
    """How long each call took, in milliseconds, calling them one after the other."""
    times = []
    for call in calls:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentiles(times: list[float]) -> dict[str, float]:
    """p50, p95 and p99 of ``times`` (milliseconds), rounded to 0.01.

    Examples
    --------
    >>> percentiles([float(i) for i in range(1, 101)])
    {'p50_ms': 50.5, 'p95_ms': 96.0, 'p99_ms': 100.0}
    """
    ordered = sorted(times)

    def at(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(len(ordered) * p))], 2)

    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": at(0.95), "p99_ms": at(0.99)}
