"""Extraction whose cost follows the text's length: the mention finder's offset index, new names found
again without comparing them with every earlier one, and sentences too long to read said so."""

from __future__ import annotations

import random
import time

from articles_helpers import extractor

from actorgraph.graph.model import ActorKind, Article
from actorgraph.loaders.articles.extract import Document
from actorgraph.loaders.articles.mention_index import SpanList
from actorgraph.loaders.articles.mentions import Mention
from actorgraph.loaders.gazetteer import Gazetteer, Resolver

HEADS = ["Liberation Front", "Salvation Council", "Mountain Brigade", "National Movement"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice("BDGKLMNRSTVZ") + rng.choice("aeiou") for _ in range(3)).capitalize()


def _text(size: int, rng: random.Random, stop: str = ".") -> str:
    """Own sentences about made-up groups of a made-up war in the Sahel, with the shapes the finder reads."""
    shapes = [
        "The {o} ({a}) ambushed an army convoy near Gao on Friday{s}",
        "Fighters of the {a} then withdrew towards the dunes, a herder said{s}",
        "Chad-backed militias raided a market held by the {o}{s}",
        "Government forces shelled the rebels near the oasis, and the group said it would retaliate{s}",
        "The {o}, also known as the {p}, denied it had laid the mines{s}",
        "Mali accused Burkina Faso of sheltering the {o}{s}",
    ]
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        org = f"{_name(rng)} {_name(rng)} {rng.choice(HEADS)}"
        acronym = "".join(w[0] for w in org.split())
        parts.append(rng.choice(shapes).format(o=org, a=acronym, p=f"{_name(rng)} {rng.choice(HEADS)}", s=stop))
    return " ".join(parts)


def _cpu_seconds(text: str) -> float:
    rules = extractor()
    started = time.process_time()
    rules.extract(Document(Article(id="sahel-scale", published="2023-02-10"), text))
    return time.process_time() - started


def test_extraction_time_grows_linearly_with_the_text():
    small, large = _text(60_000, random.Random(3)), _text(480_000, random.Random(4))
    per_kb_small = _cpu_seconds(small) / len(small)
    per_kb_large = _cpu_seconds(large) / len(large)
    # eight times the text: linear costs about the same per kB, the former quadratic finder cost ~8x more
    assert per_kb_large < 2.5 * per_kb_small, (per_kb_small, per_kb_large)


def test_a_sentence_too_long_to_read_is_skipped_with_a_note():
    run_on = _text(200_000, random.Random(5), stop=",").rstrip(",")  # 200 kB without a full stop
    text = f"Chad attacked Boko Haram positions on Tuesday. {run_on}. Algeria backed Mali against the rebels."
    started = time.process_time()
    result = extractor().extract(Document(Article(id="sahel-run-on", published="2023-02-10"), text))
    assert time.process_time() - started < 30
    assert any("over 1500 characters" in note and "not read" in note for note in result.notes), result.notes
    assert all(len(c.evidence.sentence) <= 1500 for c in result.claims)
    assert {c.evidence.sentence for c in result.claims} == {  # the short sentences around it are still read
        "Chad attacked Boko Haram positions on Tuesday.", "Algeria backed Mali against the rebels."}


def _mentions(rng: random.Random, n: int) -> list[Mention]:
    out = []
    for k in range(n):
        start = rng.randrange(0, 5000)
        length = rng.choice([2, 5, 12, 40, 70, 700])  # some longer than SpanList.LONG
        out.append(Mention(start, start + length, "x", f"actor-{k % 7}", "name"))
    return out


def test_span_list_answers_as_a_scan_of_the_list_would():
    rng = random.Random(11)
    spans = SpanList()
    plain: list[Mention] = []
    for step, m in enumerate(_mentions(rng, 1500)):
        spans.append(m)
        plain.append(m)
        if step % 5 == 0:  # remove one, sometimes through an equal copy
            gone = rng.choice(plain)
            spans.remove(Mention(gone.start, gone.end, gone.text, gone.actor, gone.how))
            plain.remove(gone)
        if step % 97 == 0:  # a change the index does not follow: rebuilt at the next query
            spans.sort(key=lambda x: (x.start, -x.end))
            plain.sort(key=lambda x: (x.start, -x.end))
        a = rng.randrange(0, 5800)
        b = a + rng.choice([1, 3, 30, 900])
        assert list(spans) == plain
        assert spans.overlapping(a, b) == [x for x in plain if x.start < b and a < x.end]
        assert spans.starting_at(a) == [x for x in plain if x.start == a]
        assert spans.ending_at(b) == [x for x in plain if x.end == b]
    spans += _mentions(rng, 10)  # "+=" indexes what it adds
    assert spans.overlapping(0, 6000) == list(spans)


def test_a_new_name_one_letter_off_is_the_same_new_actor_two_letters_off_is_not():
    resolver = Resolver(Gazetteer.load([], builtin=False))
    first = resolver.resolve_or_create("Tessalit Salvation Council", ActorKind.ARMED_GROUP)
    for k in range(3000):  # many other new names before the misspelling
        resolver.resolve_or_create(f"Unit {k} of the Dune Brigade", ActorKind.ARMED_GROUP)
    assert resolver.resolve_or_create("Tesalit Salvation Council").id == first.id  # a letter dropped
    assert resolver.resolve_or_create("Tessalit Salvatoin Council").id == first.id  # two letters swapped
    niger = resolver.resolve_or_create("Niger-backed militias", ActorKind.ARMED_GROUP)
    assert resolver.resolve_or_create("Nigeria-backed militias").id != niger.id  # another country's proxies
