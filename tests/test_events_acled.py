"""ACLED exports: detection, direction rules, provenance, per-row errors, idempotent writes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from events_helpers import EXAMPLES, claims, load, merged, open_store, resolver

from actorgraph.loaders.events.acled import AcledFormat, direction, inter_code
from actorgraph.loaders.events.report import unresolved_report
from actorgraph.loaders.formats import detect

SHARED = Path("/work/shared/corpus/structured/acled")


def _edges(units):
    return {(c.subject, str(c.type), c.object) for c in claims(units)}


@pytest.mark.parametrize("name", ["acled.csv", "acled_2020.csv", "acled_legacy.csv"])
def test_detects_every_acled_layout(name):
    path = EXAMPLES / name
    assert detect(path, path.read_bytes()[:4096]).name == "acled"


def test_direction_rules():
    assert direction("Explosions/Remote violence", "Air/drone strike") == "one-sided"
    assert direction("Battles", "Armed clash") == "mutual"
    assert direction("Battles", "Non-state actor overtakes territory") == "one-sided"
    assert direction("Battle-No change of territory", "") == "mutual"
    assert direction("Protests", "Excessive force against protesters") == "none"
    assert direction("Strategic developments", "Agreement") == "strategic"
    assert inter_code("Rebel group") == 2 and inter_code("7") == 7 and inter_code("") is None


BAD_ROW = (
    'SYR900199,not a date,2020,1,Political violence,Battles,Armed clash,HTS: Hayat Tahrir al Sham,,2,'
    'Military Forces of Syria (2000-2024),,1,12,,760,Middle East,Syria,Idleb,Idleb,,Saraqab,35.8623,36.8006,1,SOHR,'
    'Other,"Fighting on the edge of Saraqeb, with a date that is not one.",0,,1736000000\n'
)


def test_a_bad_row_names_its_line_and_field_and_the_rest_loads(tmp_path):
    path = tmp_path / "acled.csv"
    lines = (EXAMPLES / "acled.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines[:3], BAD_ROW, *lines[3:]]), encoding="utf-8")
    units, issues = load(AcledFormat(), path, resolver(tmp_path))
    assert [i.where for i in issues] == [f"{path}:4: event_date"]
    assert "not a date" in issues[0].message
    assert len(units) == len(lines) - 1


def test_current_export(tmp_path):
    res = resolver(tmp_path)
    units, issues = load(AcledFormat(), EXAMPLES / "acled.csv", res)
    assert issues == []
    edges = _edges(units)
    gov, hts, rus, tur, isis = "syrian-government-assad", "hayat-tahrir-al-sham", "russia", "turkiye", "islamic-state"
    sna, sdf = "syrian-national-army", "syrian-democratic-forces"
    assert (rus, "ATTACKS", hts) in edges and (hts, "ATTACKS", rus) not in edges  # air strike: one-sided
    assert (tur, "ATTACKS", gov) in edges and (gov, "ATTACKS", tur) in edges  # Spring Shield; Balyun (two rows)
    assert {(gov, "ATTACKS", hts), (hts, "ATTACKS", gov)} <= edges  # armed clash: mutual
    assert {(sna, "ATTACKS", sdf), (sdf, "ATTACKS", sna)} <= edges  # Tishreen dam: mutual
    assert (gov, "ATTACKS", isis) in edges and (isis, "ATTACKS", gov) not in edges  # regains territory
    assert (sdf, "ATTACKS", isis) in edges and (isis, "ATTACKS", sdf) not in edges  # overtakes territory
    # associated actors fight alongside their main actor (ALLIED_WITH is symmetric: ids in order)
    allied = {frozenset((s, o)) for s, t, o in edges if t == "ALLIED_WITH"}
    assert {frozenset((gov, rus)), frozenset((gov, "hezbollah")),
            frozenset((hts, "aas-ahrar-al-sham")), frozenset((sna, tur)),
            frozenset((sdf, "manbij-military-council"))} <= allied
    # ...as an observation on the event's day only, never a lasting alliance
    together = [c for c in claims(units) if c.type == "ALLIED_WITH"]
    assert all(c.episodic and c.valid_from is None and c.observed == c.reported for c in together)
    # placeholder labels are never actors
    named = {a.id for u in units for a in u.batch.actors}
    assert not named & {"militia-pro-government", "unidentified-armed-group-syria"}
    assert not any("civilians" in s + o or "protesters" in s + o for s, _, o in edges)
    assert (rus, "CEASEFIRE_WITH", tur) in edges or (tur, "CEASEFIRE_WITH", rus) in edges
    left = next(c for c in claims(units) if c.type == "AFFILIATE_OF")
    assert left.ended and left.valid_to == dt.date(2017, 9, 13)
    assert (left.subject, left.object) == ("jaish-al-ahrar", hts)

    strike = next(c for c in claims(units) if c.article == "acled:SYR900101")
    assert strike.valid_from == dt.date(2019, 5, 9) and strike.extractor == "acled" and strike.source == "ACLED"
    assert strike.attributes["fatalities"] == 4 and strike.attributes["admin1"] == "Hama"
    assert strike.attributes["coordinates"] == [35.463, 36.4985] and strike.attributes["country"] == "Syria"
    assert strike.evidence.sentence.startswith("Russian aircraft struck HTS positions")
    clash = [c for c in claims(units) if c.article == "acled:SYR900104" and c.type == "ATTACKS"]
    assert all(c.attributes["mutual"] for c in clash) and len({c.id for c in clash}) == 2
    # word inter codes ("State forces", "Rebel group") read like numbers
    retaken = next(c for c in claims(units) if c.article == "acled:SYR900109" and c.type == "ATTACKS")
    assert (retaken.attributes["inter1"], retaken.attributes["inter2"]) == (1, 2)
    # unknown names became actors of the kind their inter code gives, and are reported
    kinds = {a.id: a.kind for u in units for a in u.batch.actors}
    assert kinds["jaish-al-ahrar"] == "armed_group"
    report = unresolved_report(res)
    assert ("Jaish al Ahrar", 1) in report and not any(n.startswith("Unidentified") for n, _ in report)
    assert not any(c.article == "acled:SYR900114" and c.type == "ATTACKS" for c in claims(units))  # no attacker


def test_2020_and_legacy_layouts(tmp_path):
    units, issues = load(AcledFormat(), EXAMPLES / "acled_2020.csv", resolver(tmp_path))
    assert issues == []
    edges = _edges(units)
    houthis, coalition, yemen = "houthis", "saudi-led-coalition", "yemeni-government"
    assert (houthis, "ATTACKS", yemen) in edges and (houthis, "ATTACKS", "saudi-arabia") in edges
    assert (coalition, "ATTACKS", houthis) in edges and (houthis, "ATTACKS", coalition) not in edges
    assert ("murad-tribal-militia-yemen", "ALLIED_WITH", yemen) in edges
    assert (coalition, "ALLIED_WITH", yemen) in edges
    assert not any("civilians" in s + o for s, _, o in edges)  # neither a target nor an ally
    assert claims(units)[0].valid_from == dt.date(2020, 1, 18)  # "18-Jan-20"

    units, issues = load(AcledFormat(), EXAMPLES / "acled_legacy.csv", resolver(tmp_path))
    assert issues == []
    counts = Counter(str(c.type) for c in claims(units))
    assert counts == {"ATTACKS": 5, "ALLIED_WITH": 3}
    assert claims(units)[0].valid_from == dt.date(2013, 1, 10)  # "10/01/2013": day first
    edges = _edges(units)
    mujao = "mujao-movement-for-unity-and-jihad-in-west-africa"  # not in the gazetteer: its full ACLED name
    assert {("ansar-dine", "ATTACKS", "mali"), ("france", "ATTACKS", mujao), ("france", "ALLIED_WITH", "mali")} <= edges


def test_writes_are_idempotent(tmp_path):
    store = open_store(tmp_path)
    res = resolver(tmp_path)
    units, _ = load(AcledFormat(), EXAMPLES / "acled.csv", res)
    first = store.write(merged(units))
    assert first.claims_new == len(claims(units)) > 0
    units, _ = load(AcledFormat(), EXAMPLES / "acled.csv", res)
    assert store.write(merged(units)).claims_new == 0


def test_shared_samples_load_without_errors(tmp_path):
    if not SHARED.is_dir():
        pytest.skip("the shared ACLED samples are not on this machine")
    store = open_store(tmp_path)
    res = resolver(tmp_path)
    for path in sorted(SHARED.glob("*.csv")):
        assert detect(path, path.read_bytes()[:4096]).name == "acled"
        units, issues = load(AcledFormat(), path, res)
        assert issues == [], issues[:3]
        store.write(merged(units))
