"""How the rule extractor's cost grows with one article's length.

Run: ``python bench/extract_scaling.py [--text unknown|mixed] [--one-sentence] [KB ...]``
(default: unknown, 40 80 160 320). Prints seconds per size and the ratio of each size's time to
the previous one's size-for-size (1.0 is linear, 2.0 per doubling would be quadratic).

- ``unknown``: sentences full of organisations the gazetteer lacks (each created by the article,
  then looked for again);
- ``mixed``: the gazetteer's actors with the shapes the mention finder reads beyond names:
  acronyms defined and used again, "also known as", "X-backed militias", branches ("Islamic State –
  ... Province"), code names ("G5 and K7"), "government forces", "the rebels", "the group", "it";
- ``--one-sentence``: the same words run together as one "sentence" (no full stops), which the
  rules and the parser do not read past a length cap (the extraction notes say so).
"""

from __future__ import annotations

import argparse
import random
import time

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document, RuleExtractor
from actorgraph.loaders.gazetteer import Gazetteer, Resolver, builtin_path

HEADS = ["Liberation Front", "Defence Council", "Patriotic Movement", "People's Army", "Resistance Brigade"]
MIXED = [
    "The {org} ({acr}) clashed with {a} near the river crossing on Monday.",
    "Fighters of the {acr} later withdrew towards the hills, residents said.",
    "{a} launched an offensive against {b} positions, officials said.",
    "The {org}, also known as the {org2}, denied any role in the attack.",
    "Government forces shelled the rebels in the valley, and the group said it would respond.",
    "{a}-backed militias attacked a convoy of {b} on Tuesday.",
    "The {org} and G{n} said they had taken the pass.",
    "Islamic State – {place} Province claimed the bombing of the bridge.",
    "{a}, backed by {b}, has held the district since 2019.",
    "Aid workers said the roads remained closed after the rain.",
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("BCDFGKLMNPRSTVZ") + rng.choice("aeiou") for _ in range(3)).capitalize()


def unknown_text(size: int, rng: random.Random, sep: str) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(f"The {_word(rng)} {rng.choice(HEADS)} clashed with the {_word(rng)} {rng.choice(HEADS)} "
                     f"near the river crossing on Monday{sep}")
    return " ".join(parts)


def mixed_text(size: int, rng: random.Random, sep: str, names: list[str]) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        first, second = _word(rng), _word(rng)
        org = f"{first} {second} {rng.choice(HEADS)}"
        acr = "".join(w[0] for w in org.split() if w[0].isupper())
        a, b = rng.sample(names, 2)
        sentence = rng.choice(MIXED).format(org=org, org2=f"{_word(rng)} {rng.choice(HEADS)}", acr=acr, a=a, b=b,
                                            n=rng.randint(1, 99), place=_word(rng))
        parts.append(sentence[:-1] + sep)
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[40, 80, 160, 320], help="kB")
    parser.add_argument("--text", choices=["unknown", "mixed"], default="unknown")
    parser.add_argument("--one-sentence", action="store_true")
    args = parser.parse_args()
    gazetteer = Gazetteer.load([builtin_path()])
    names = [e.actor.name for e in list(gazetteer.entries.values())[:60]]
    sep = "," if args.one_sentence else "."
    previous = None
    for kb in args.sizes:
        extractor = RuleExtractor(Resolver(gazetteer))  # a fresh resolver: each size starts with no made actors
        rng = random.Random(kb)
        text = unknown_text(kb * 1000, rng, sep) if args.text == "unknown" else \
            mixed_text(kb * 1000, rng, sep, names)
        started = time.perf_counter()
        result = extractor.extract(Document(Article(id=f"scale-{kb}", published="2024-05-06"), text))
        seconds = time.perf_counter() - started
        ratio = f"  x{(seconds / kb) / (previous[1] / previous[0]):.2f} per kB" if previous else ""
        print(f"{kb:>6} kB  {seconds:7.2f} s  {kb / seconds:7.1f} kB/s  {len(result.actors):>6} actors  "
              f"{len(result.claims):>6} claims  {sum(result.mention_counts.values()):>7} mentions{ratio}", flush=True)
        for note in result.notes:
            print(f"        note: {note}")
        previous = (kb, seconds)


if __name__ == "__main__":
    main()
