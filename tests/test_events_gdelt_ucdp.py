"""GDELT (1.0, 2.0) and UCDP GED loaders, the CAMEO table and its documentation."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from events_helpers import EXAMPLES, claims, load, merged, open_store, resolver

from actorgraph.graph.model import RelationType
from actorgraph.loaders.events.cameo import EVENT_TYPES, event_type
from actorgraph.loaders.events.gdelt import GdeltFormat, confidence
from actorgraph.loaders.events.ucdp import UcdpFormat
from actorgraph.loaders.formats import detect

SHARED = Path("/work/shared/corpus/structured")
DOCS = Path(__file__).resolve().parent.parent / "docs" / "event-data.md"


def _detect(path: Path) -> str:
    return detect(path, path.read_bytes()[:4096]).name


def test_detection():
    assert _detect(EXAMPLES / "gdelt2.export.CSV") == "gdelt"
    assert _detect(EXAMPLES / "gdelt1.export.CSV") == "gdelt"
    assert _detect(EXAMPLES / "ucdp_ged.csv") == "ucdp"
    assert not GdeltFormat().sniff(EXAMPLES / "acled.csv", (EXAMPLES / "acled.csv").read_bytes()[:4096])


def test_cameo_codes():
    assert event_type("1951") is RelationType.ATTACKS and event_type("196") is RelationType.ATTACKS
    assert event_type("0871") is RelationType.CEASEFIRE_WITH and event_type("0872") is None
    assert event_type("062") is RelationType.SUPPORTS and event_type("061") is None
    assert event_type("043") is None and event_type("173") is None
    assert confidence(1, 1, False) == 0.3 and confidence(10, 100, True) == 0.85


def test_gdelt2(tmp_path):
    res = resolver(tmp_path)
    path = tmp_path / "events.CSV"
    lines = (EXAMPLES / "gdelt2.export.CSV").read_text(encoding="utf-8").splitlines(keepends=True)
    bad_date = lines[0].replace("\t20200220\t", "\t20201340\t", 1)
    path.write_text("".join([*lines, bad_date, "123\tshort row\n"]), encoding="utf-8")
    units, issues = load(GdeltFormat(), path, res)
    errors = [i for i in issues if i.level == "error"]
    assert [i.where for i in errors] == [f"{path}:10: SQLDATE", f"{path}:11: fields"]
    warning = next(i for i in issues if i.level == "warning")
    assert "'PRESIDENT' (1)" in warning.message
    edges = {(c.subject, str(c.type), c.object, c.attributes["cameo"]) for c in claims(units)}
    assert edges == {
        ("russia", "ATTACKS", "hayat-tahrir-al-sham", "195"),
        ("russia", "SUPPORTS", "syrian-government-assad", "072"),
        ("russia", "CEASEFIRE_WITH", "turkiye", "0871"),
        ("turkiye", "ATTACKS", "syrian-government-assad", "195"),
        ("turkiye", "ATTACKS", "hezbollah", "195"),  # a CAMEO known-group code names the group
        ("saudi-arabia", "ATTACKS", "houthis", "195"),
    }  # civilians (SYRCVL), a bare role (PRESIDENT) and a visit (042) give no claim
    strike = claims(units)[0]
    assert strike.valid_from == dt.date(2020, 2, 20) and strike.extractor == "gdelt:cameo"
    assert strike.attributes["num_sources"] == 3 and strike.confidence == confidence(3, 6, True)
    assert strike.attributes["location"] == "Idlib, Syria" and strike.attributes["admin1"] == "SY12"
    assert units[0].batch.articles[0].url == "https://news.example.org/20200220/910000101"
    kinds = {a.id: a.kind for u in units for a in u.batch.actors}
    assert kinds["hezbollah"] == "armed_group" and kinds["houthis"] == "armed_group"
    store = open_store(tmp_path)
    assert store.write(merged(units)).claims_new == 6
    assert store.write(merged(load(GdeltFormat(), EXAMPLES / "gdelt2.export.CSV", res)[0])).claims_new == 0


def test_gdelt1(tmp_path):
    units, issues = load(GdeltFormat(), EXAMPLES / "gdelt1.export.CSV", resolver(tmp_path))
    assert issues == []
    (claim,) = claims(units)
    assert (claim.subject, claim.object, claim.attributes["gdelt_version"]) == ("france", "ansar-dine", "1.0")
    assert claim.attributes["location"] == "Mopti, Mali" and claim.valid_from == dt.date(2013, 1, 11)


def test_ucdp(tmp_path):
    res = resolver(tmp_path)
    path = tmp_path / "ged.csv"
    lines = (EXAMPLES / "ucdp_ged.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    bad = lines[1].replace("910001,", "910009,", 1).replace("2017-03-02,2017-03-02,4", "2017-13-02,2017-13-02,4")
    path.write_text("".join([*lines, bad]), encoding="utf-8")
    units, issues = load(UcdpFormat(), path, res)
    assert [(i.where, "2017-13-02" in i.message) for i in issues] == [(f"{path}:8: date_start", True)]
    edges = {(c.subject, c.object) for c in claims(units)}
    gov, isis, sdf, sna = "syrian-government-assad", "islamic-state", "syrian-democratic-forces", "syrian-national-army"
    assert {(gov, isis), (isis, gov), (isis, sdf), (sdf, isis), (sna, sdf), (sdf, sna)} <= edges
    assert {("sudan", "rapid-support-forces"), ("rapid-support-forces", "sudan")} <= edges
    assert not any("civilians" in s + o for s, o in edges)  # one-sided violence (As-Suwayda, 2018): no claim
    baghuz = next(c for c in claims(units) if c.subject == isis and c.object == sdf)
    assert baghuz.valid_from == dt.date(2019, 3, 1) and baghuz.valid_to == dt.date(2019, 3, 3)
    assert baghuz.confidence == 0.5 and baghuz.attributes["mutual"] and baghuz.attributes["deaths_b"] == 2
    assert "Baghuz" in baghuz.attributes["source_article"]
    store = open_store(tmp_path)
    assert store.write(merged(units)).claims_new == 10


def test_docs_list_every_cameo_code():
    if not DOCS.exists():
        pytest.skip("docs/event-data.md not written")
    text = DOCS.read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\d{3,4})` \|", text, re.MULTILINE))
    assert documented == set(EVENT_TYPES)


def test_shared_samples(tmp_path):
    if not SHARED.is_dir():
        pytest.skip("the shared samples are not on this machine")
    res = resolver(tmp_path)
    store = open_store(tmp_path)
    found = Counter()
    for path, fmt in [(SHARED / "gdelt" / "aamend_spark-gdelt_events.csv", GdeltFormat()),
                      (SHARED / "ucdp" / "uncertainUCDP_ucdpged_sample_1000.csv", UcdpFormat())]:
        assert _detect(path) == fmt.name
        units, issues = load(fmt, path, res)
        assert [i for i in issues if i.level == "error"] == []
        store.write(merged(units))
        found[fmt.name] = len(units)
    assert found["ucdp"] == 1000
