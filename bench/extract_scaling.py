"""How the rule extractor's cost grows with one article's length when it is full of organisations
the gazetteer lacks (each one created by the article, then looked for again).

Run: ``python bench/extract_scaling.py [KB ...]`` (default 40 80 160 320). Prints seconds per size
and the ratio of each size's time to the previous one: 2.0 is linear, 4.0 quadratic.
"""

from __future__ import annotations

import random
import sys
import time

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document, RuleExtractor
from actorgraph.loaders.gazetteer import Gazetteer, Resolver, builtin_path

HEADS = ["Liberation Front", "Defence Council", "Patriotic Movement", "People's Army", "Resistance Brigade"]


def article(size: int, rng: random.Random) -> str:
    def name() -> str:
        return "".join(rng.choice("BCDFGKLMNPRSTVZ") + rng.choice("aeiou") for _ in range(3)).capitalize() + \
            " " + rng.choice(HEADS)
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(f"The {name()} clashed with the {name()} near the river crossing on Monday.")
    return " ".join(parts)


def main(sizes: list[int]) -> None:
    extractor = RuleExtractor(Resolver(Gazetteer.load([builtin_path()])))
    previous = None
    for kb in sizes:
        text = article(kb * 1000, random.Random(kb))
        started = time.perf_counter()
        result = extractor.extract(Document(Article(id=f"scale-{kb}", published="2024-05-06"), text))
        seconds = time.perf_counter() - started
        ratio = f"  x{seconds / previous:.1f}" if previous else ""
        print(f"{kb:>5} kB  {seconds:7.2f} s  {len(result.actors):>6} actors  {len(result.claims):>6} claims{ratio}")
        previous = seconds


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [40, 80, 160, 320])
