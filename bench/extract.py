"""Articles per second per core of the article extractor on generated ~500-word articles.

Run: ``python bench/extract.py [N]`` (default 400 articles). Prints the rule path alone, then the
parse-based extractor (rules plus the spaCy parse of candidate sentences) and the memory its model
takes. The articles are generated from sentence templates and the shipped gazetteer's first actors,
so the figures need no corpus. Bars: >= 250 articles/s on the rules, >= 50 with the parser.
"""

from __future__ import annotations

import os
import random
import resource
import sys
import time

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document, Extractor, RuleExtractor
from actorgraph.loaders.articles.parse import DEFAULT_MODEL, load_model
from actorgraph.loaders.articles.syntax_extract import ParseExtractor
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
    "{a}, which receives weapons from {b}, has expanded its control of the border crossings since March.",
    "Officials said {a} had sent advisers to support {b} before the talks.",
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


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(label: str, extractor: Extractor, docs: list[Document]) -> None:
    extractor.extract(docs[0])  # warm caches
    start, cpu = time.perf_counter(), time.process_time()
    claims = sum(len(extractor.extract(d).claims) for d in docs)
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    # per core = per CPU second of this process: on a shared machine wall time also counts other processes
    print(f"{label}: {len(docs)} articles of ~500 words, {claims} claims, {used:.2f}s CPU ({elapsed:.2f}s wall): "
          f"{len(docs) / used:.0f} articles/s per core")


def main() -> None:
    # per core: one BLAS thread (numpy is first imported when spaCy loads, below)
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    extra = sys.argv[2:] if len(sys.argv) > 2 else []
    gazetteer = Gazetteer.load(extra, builtin=builtin_path().exists())
    names = [e.actor.name for e in list(gazetteer.entries.values())[:40]] or ["Russia", "Turkey"]
    docs = articles(names, n)
    resolver = Resolver(gazetteer)
    rules = RuleExtractor(resolver)
    _run("rules", rules, docs)
    before = _rss_mb()
    nlp = load_model(DEFAULT_MODEL)
    if nlp is None:
        print(f"parser: the spaCy model {DEFAULT_MODEL!r} is not installed")
        return
    pipes = ", ".join("attribute_ruler (as TokenRules)" if name == "attribute_ruler" else name
                      for name in nlp.pipe_names)
    _run(f"rules + parse ({DEFAULT_MODEL}, pipes {pipes})",
         ParseExtractor(resolver, rules.index), docs)
    print(f"model memory: about {_rss_mb() - before:.0f} MB (peak RSS growth after loading and parsing)")


if __name__ == "__main__":
    main()
