"""Tried as a user: short paragraphs of our own about wars the shipped gazetteer lacks, read the way
``actorgraph extract`` reads them (the shipped gazetteer, the parse extractor when the spaCy model is
installed), checking the actors a reader would name, their kinds and aliases, the names the
unresolved report lists, and the relations a reader sees.

Every group named here is unknown to the gazetteer these tests read: the shipped one less the real
groups named here that it lists (the first test checks), so what is found comes from reading the
names, not from a list.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from actorgraph.loaders.articles.format import build_extractor
from actorgraph.loaders.gazetteer import Gazetteer, Resolver
from actorgraph.loaders.pipeline import Pipeline
from tests.articles_helpers import shipped_without

KIVU = ("GOMA, 13 February 2025 - Congolese troops and Burundian soldiers shelled M23 positions in the hills, "
        "while Rwandan-backed fighters from Uganda crossed the border, a local official said. The Alliance of "
        "Patriots for a Free Kivu (APLK), formerly known as the Kivu Patriotic Front, signed a ceasefire with the "
        "Congolese army in January. The APLK later accused the army of breaking it.")
HAITI = ("Gangs of the Lakou Fanmi coalition, or simply Lakou, raided a police station in Mirebalais on Tuesday. "
         "The coalition is allied with the Kraze Baryè gang. Lakou fighters later clashed with the Kraze Baryè "
         "gang near Kenscoff.")
SHAN = ("LASHIO, 9 March 2025 - Myanmar's junta lost another town. The Kachin Independence Army (KIA), a member "
        "of the Northern Alliance, took a jade town. The National Unity Government (NUG) said its People's Defence "
        "Force (PDF) units fought beside the KIA. The Ta'ang National Liberation Army, a member of the Three "
        "Brotherhood Alliance, signed a ceasefire with the junta in January.")
UNKNOWN = ("Alliance of Patriots for a Free Kivu", "Kivu Patriotic Front", "Lakou Fanmi", "Kraze Baryè",
           "Kachin Independence Army", "Northern Alliance", "National Unity Government", "People's Defence Force",
           "Three Brotherhood Alliance")


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    resolver = Resolver(shipped_without(UNKNOWN)[0])
    return Pipeline(resolver=resolver, extractor=build_extractor(resolver))


def _read(tmp_path: Path, text: str, published: str) -> tuple[dict[str, Any], Pipeline]:
    path = tmp_path / "own.json"
    path.write_text(json.dumps({"id": "own", "title": "t", "published": published, "text": text}), encoding="utf-8")
    pipeline = _pipeline()
    records = [r for r in pipeline.extract([path]) if isinstance(r, dict)]
    assert len(records) == 1
    return records[0], pipeline


def _relations(record: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(r["source"], r["type"], r["target"]) for r in record["relations"]}


def test_the_groups_of_these_texts_are_not_in_the_gazetteer_the_tests_read():
    gazetteer = shipped_without(UNKNOWN)[0]
    assert [name for name in UNKNOWN if gazetteer.lookup(name)] == []
    assert Gazetteer.load().lookup("Kachin Independence Army") is not None  # the shipped one lists some


def test_kivu_a_new_alliance_its_former_name_and_backed_fighters(tmp_path):
    record, pipeline = _read(tmp_path, KIVU, "2025-02-14")
    actors = {a["id"]: a for a in record["actors"]}
    alliance = actors["alliance-of-patriots-for-a-free-kivu"]
    assert alliance["kind"] == "coalition" and "APLK" in alliance["aliases"]
    assert actors["kivu-patriotic-front"]["kind"] == "armed_group"
    assert actors["rwandan-backed-fighters-from-uganda"]["kind"] == "armed_group"
    found = _relations(record)
    assert ("alliance-of-patriots-for-a-free-kivu", "CEASEFIRE_WITH", "democratic-republic-of-the-congo") in found
    assert ("democratic-republic-of-the-congo", "ATTACKS", "march-23-movement") in found
    assert ("rwanda", "SUPPORTS", "rwandan-backed-fighters-from-uganda") in found
    assert "uganda" not in actors  # where the fighters come from is part of their name
    unresolved = dict(pipeline.unresolved(top=50))
    assert "Alliance of Patriots for a Free Kivu" in unresolved and "Kivu Patriotic Front" in unresolved


def test_haiti_a_coalition_named_again_by_its_short_name(tmp_path):
    record, pipeline = _read(tmp_path, HAITI, "2025-04-02")
    actors = {a["id"]: a for a in record["actors"]}
    assert actors["lakou-fanmi"]["kind"] == "coalition" and "Lakou" in actors["lakou-fanmi"]["aliases"]
    assert actors["kraze-barye"]["kind"] == "armed_group"
    found = _relations(record)
    assert {("lakou-fanmi", "ALLIED_WITH", "kraze-barye"), ("kraze-barye", "ALLIED_WITH", "lakou-fanmi")} & found
    assert ("lakou-fanmi", "ATTACKS", "kraze-barye") in found
    # the people before "of" are no part of the coalition's name, in the report either
    assert not any(name.startswith("Gangs") for name, _ in pipeline.unresolved(top=50))


def test_shan_whole_alliance_names_and_defined_acronyms(tmp_path):
    record, pipeline = _read(tmp_path, SHAN, "2025-03-10")
    # "the junta" is Myanmar's because the article says so ("Myanmar's junta"); with no country it is nobody
    # a ceasefire is symmetric: stored once, its endpoints in id order
    assert ("myanmar-military-junta", "CEASEFIRE_WITH", "taang-national-liberation-army") in _relations(record)
    unresolved = dict(pipeline.unresolved(top=50))
    for name in ("Three Brotherhood Alliance", "Northern Alliance", "Kachin Independence Army",
                 "National Unity Government", "People's Defence Force"):
        assert name in unresolved
    resolver = pipeline.resolver
    for acronym, name in (("KIA", "Kachin Independence Army"), ("NUG", "National Unity Government"),
                          ("PDF", "People's Defence Force")):
        actor = resolver.resolve(acronym)
        assert actor is not None and actor.name == name
