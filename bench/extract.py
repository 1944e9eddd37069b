"""Articles per second per core of the rule extractor on generated ~500-word articles.

Run: ``python bench/extract.py [N]`` (default 400 articles). The articles are generated from
sentence templates and the shipped gazetteer's first actors, so the figure needs no corpus.
"""

from __future__ import annotations

import random
import sys
import time

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document, RuleExtractor
from actorgraph.loaders.gazetteer import Gazetteer, Resolver, builtin_path

SENTENCES = [
    "{a} launched an offensive against {b} positions on Wednesday, officials said.",
    "Warplanes from {a} and {b} struck villages near the front line last week.",
    "{a}, backed by {b}, has held the area since 2019.",
    "Clashes between {a} and {b} left dozens dead in the province.",
    "Residents said the market had reopened and prices of bread and fuel were falling again.",
    "Aid workers warned that roads remained closed after the heavy rain of the previous days.",
    "{a} denied that it had attacked {b}.",
    "The group, formerly known as {b}, said it would keep fighting.",
    "Talks on a ceasefire between {a} and {b} were expected to resume in the capital.",
    "Local councils asked for more ambulances, generators and medicine for the winter months.",
]


def articles(names: list[str], n: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        words, parts = 0, []
        while words < 500:
            a, b = rng.sample(names, 2)
            sentence = rng.choice(SENTENCES).format(a=a, b=b)
            parts.append(sentence)
            words += len(sentence.split())
        docs.append(Document(Article(id=f"bench-{i}", published="2024-11-27"), " ".join(parts)))
    return docs


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    extra = sys.argv[2:] if len(sys.argv) > 2 else []
    gazetteer = Gazetteer.load(extra, builtin=builtin_path().exists())
    names = [e.actor.name for e in list(gazetteer.entries.values())[:40]] or ["Russia", "Turkey"]
    docs = articles(names, n)
    extractor = RuleExtractor(Resolver(gazetteer))
    extractor.extract(docs[0])  # warm caches
    start = time.perf_counter()
    claims = sum(len(extractor.extract(d).claims) for d in docs)
    elapsed = time.perf_counter() - start
    print(f"{n} articles of ~500 words, {claims} claims, {elapsed:.2f}s: {n / elapsed:.0f} articles/s per core")


if __name__ == "__main__":
    main()
