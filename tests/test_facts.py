"""Curated facts (YAML and CSV): detection, loading, per-fact errors, the shipped lineage file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from events_helpers import EXAMPLES, claims, load, merged, open_store, resolver

from actorgraph.graph.questions import lineage
from actorgraph.loaders.events.facts import FactsFormat
from actorgraph.loaders.formats import detect

LINEAGE = Path(__file__).resolve().parent.parent / "data" / "lineage.yaml"


def _head(path: Path) -> bytes:
    return path.read_bytes()[:4096]


def test_detects_yaml_and_csv_facts():
    for path in (EXAMPLES / "facts.yaml", EXAMPLES / "facts.csv", LINEAGE):
        assert detect(path, _head(path)).name == "facts"


def test_yaml_facts_resolve_through_the_gazetteer(tmp_path):
    res = resolver(tmp_path)
    units, issues = load(FactsFormat(), EXAMPLES / "facts.yaml", res)
    assert issues == []
    facts = {c.article.removeprefix("facts:facts:"): c for c in claims(units)}
    support = facts["russia-supports-assad"]
    assert (support.type, support.subject, support.object) == ("SUPPORTS", "russia", "syrian-government-assad")
    assert support.valid_from == dt.date(2015, 9, 30) and support.valid_to == dt.date(2024, 12, 8)
    assert support.extractor == "facts" and support.confidence == 0.95
    assert support.source.startswith("Federation Council of Russia")
    assert units[0].batch.articles[0].id == "facts:facts:russia-supports-assad"
    ceasefire = facts["idlib-ceasefire"]
    assert (ceasefire.type, ceasefire.subject, ceasefire.object) == ("CEASEFIRE_WITH", "russia", "turkiye")
    assert ceasefire.valid_from == dt.date(2020, 3, 5) and ceasefire.valid_to is None and not ceasefire.ended
    truce = facts["jeddah-ceasefire"]
    assert (truce.subject, truce.object) == ("sudan", "rapid-support-forces")  # "Sudanese Armed Forces" is Sudan
    assert truce.ended and truce.valid_from_precision == "month" and truce.valid_to == dt.date(2023, 6, 30)
    hezbollah = facts["hezbollah-supports-assad"]
    assert hezbollah.source.startswith("UN Independent International Commission")  # the file's default source
    assert all(c.source and c.attributes.get("notes") for c in claims(units))
    # names the gazetteer does not know become actors of the kind the fact gives
    assert res.unresolved == {"Iran": 1, "Hezbollah": 1, "United States": 1}
    kinds = {a.id: a.kind for u in units for a in u.batch.actors}
    assert kinds["iran"] == "state" and kinds["hezbollah"] == "armed_group" and kinds["united-states"] == "state"


def test_csv_facts(tmp_path):
    units, issues = load(FactsFormat(), EXAMPLES / "facts.csv", resolver(tmp_path))
    assert issues == []
    alliance, branch, strikes = claims(units)
    assert (alliance.subject, alliance.object) == ("jabhat-al-nusra", "ahrar-al-sham")
    assert alliance.type == "ALLIED_WITH" and alliance.confidence == 0.9 and alliance.ended
    assert alliance.valid_from == dt.date(2015, 3, 1) and alliance.valid_to == dt.date(2016, 7, 31)
    assert branch.type == "AFFILIATE_OF" and branch.valid_to is None and not branch.ended
    assert (branch.subject, branch.object) == ("manbij-military-council", "syrian-democratic-forces")
    assert strikes.type == "ATTACKS" and strikes.valid_from == dt.date(2024, 1, 12)
    assert strikes.source.startswith("Joint statement on strikes against Houthi targets")


def test_bad_facts_are_reported_with_their_line_and_the_rest_loads(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "facts:\n"
        "  - subject: A Front\n    relation: FRIEND_OF\n    object: B Front\n"
        "  - subject: A Front\n    relation: ATTACKS\n    object: B Front\n    from: 2020-13\n"
        "  - subject: A Front\n    relation: ATTACKS\n    object: A Front\n"
        "  - subject: A Front\n    relation: ATTACKS\n    object: B Front\n    colour: red\n"
        "  - relation: ATTACKS\n    object: B Front\n"
        "  - subject: A Front\n    relation: attacks\n    object: B Front\n    from: 2020\n",
        encoding="utf-8",
    )
    units, issues = load(FactsFormat(), path, resolver(tmp_path))
    assert len(units) == 1 and claims(units)[0].valid_from == dt.date(2020, 1, 1)
    wheres = [i.where for i in issues]
    assert wheres == [
        f"{path}:2: relation", f"{path}:5: valid_from", f"{path}:9", f"{path}:12: colour", f"{path}:16: subject",
    ]
    assert "FRIEND_OF" in issues[0].message and "2020-13" in issues[1].message


def test_lineage_file_loads_and_reloading_changes_nothing(tmp_path):
    res = resolver(tmp_path)
    units, issues = load(FactsFormat(), LINEAGE, res)
    assert issues == []
    assert all(c.source and c.attributes.get("notes") for c in claims(units))
    found = {(c.subject, c.type, c.object) for c in claims(units)}
    assert ("jabhat-fath-al-sham", "SUCCESSOR_OF", "jabhat-al-nusra") in found
    assert ("hayat-tahrir-al-sham", "SUCCESSOR_OF", "jabhat-fath-al-sham") in found
    assert ("hayat-tahrir-al-sham", "SUCCESSOR_OF", "nour-al-din-al-zenki-movement") in found
    store = open_store(tmp_path)
    first = store.write(merged(units))
    assert first.claims_new == len(units)
    again, _ = load(FactsFormat(), LINEAGE, res)
    assert store.write(merged(again)).claims_new == 0
    reached = {node.id for node in lineage(store, "hayat-tahrir-al-sham", direction="up").nodes}
    assert {"jabhat-al-nusra", "al-qaeda", "jaysh-al-sunna"} <= reached
