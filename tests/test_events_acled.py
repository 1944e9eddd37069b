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
    'XSY1007,not a date,2021,1,Political violence,Battles,Armed clash,Example Rebel Brigade,,2,'
    'Islamic State (Syria),,2,22,,760,Middle East,Syria,Homs,,,Example Desert,34.5,38.2,1,Example Monitor,'
    'Local partner,"Example: a clash with a bad date.",0,,1700000000\n'
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
    assert (rus, "ATTACKS", hts) in edges and (hts, "ATTACKS", rus) not in edges  # air strike: one-sided
    assert {(gov, "ATTACKS", hts), (hts, "ATTACKS", gov)} <= edges  # armed clash: mutual
    assert (gov, "ATTACKS", isis) in edges and (isis, "ATTACKS", gov) not in edges  # regains territory
    # associated actors fight alongside their main actor (ALLIED_WITH is symmetric: ids in order)
    allied = {frozenset((s, o)) for s, t, o in edges if t == "ALLIED_WITH"}
    assert {frozenset((gov, "example-militia-pro-government")), frozenset((hts, "example-rebel-brigade")),
            frozenset((gov, rus))} <= allied
    assert not any("civilians" in s + o or "protesters" in s + o for s, _, o in edges)
    assert (rus, "CEASEFIRE_WITH", tur) in edges or (tur, "CEASEFIRE_WITH", rus) in edges
    left = next(c for c in claims(units) if c.type == "AFFILIATE_OF")
    assert left.ended and left.valid_to == dt.date(2021, 3, 7) and left.object == "example-operations-room"

    strike = next(c for c in claims(units) if c.article == "acled:XSY1001")
    assert strike.valid_from == dt.date(2021, 3, 2) and strike.extractor == "acled" and strike.source == "ACLED"
    assert strike.attributes["fatalities"] == 2 and strike.attributes["admin1"] == "Idleb"
    assert strike.attributes["coordinates"] == [35.8, 36.6] and strike.attributes["country"] == "Syria"
    assert strike.evidence.sentence.startswith("Example: warplanes")
    clash = [c for c in claims(units) if c.article == "acled:XSY1002" and c.type == "ATTACKS"]
    assert all(c.attributes["mutual"] for c in clash) and len({c.id for c in clash}) == 2
    # unknown names became actors of the kind their inter code gives, and are reported
    kinds = {a.id: a.kind for u in units for a in u.batch.actors}
    assert kinds["unidentified-armed-group-syria"] == "militia"
    assert ("Unidentified Armed Group (Syria)", 1) in unresolved_report(res)


def test_2020_and_legacy_layouts(tmp_path):
    units, issues = load(AcledFormat(), EXAMPLES / "acled_2020.csv", resolver(tmp_path))
    assert issues == []
    edges = _edges(units)
    assert ("example-houthi-forces", "ATTACKS", "example-coalition-forces") in edges
    assert ("example-tribal-militia", "ALLIED_WITH", "example-coalition-forces") in edges
    assert not any("farmers" in s + o for s, _, o in edges)  # a social group is no ally
    assert claims(units)[0].valid_from == dt.date(2020, 5, 9)

    units, issues = load(AcledFormat(), EXAMPLES / "acled_legacy.csv", resolver(tmp_path))
    assert issues == []
    counts = Counter(str(c.type) for c in claims(units))
    assert counts == {"ATTACKS": 3, "ALLIED_WITH": 1}
    assert claims(units)[0].valid_from == dt.date(2013, 1, 15)


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
