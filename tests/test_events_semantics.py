# ruff: noqa: E501  (CSV fixture rows are one line each)
"""Event rows mean what the model says: co-listed actors are episodic observations, placeholder
labels and unknown operation names are never actors, UCDP evidence is the event's own text.
The rows are written for these tests."""

from __future__ import annotations

import datetime as dt

from events_helpers import GAZETTEER, resolver

from actorgraph.loaders.base import LoadContext, Loaded
from actorgraph.loaders.events.acled import AcledFormat
from actorgraph.loaders.events.ucdp import UcdpFormat
from actorgraph.loaders.gazetteer import Gazetteer, Resolver

ACLED = """event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,notes
TST1,2020-02-10,Battles,Armed clash,Military Forces of Syria (2000-2024),Militia (Pro-Government); Hezbollah,1,HTS,,2,Clash west of a town.
TST2,2020-02-11,Explosions/Remote violence,Air/drone strike,Unidentified Armed Group (Syria),,3,HTS,,2,A drone hit a depot.
TST3,2019-10-12,Battles,Armed clash,Operation Peace Spring,,8,SDF,,2,Fighting near a border town.
TST4,2020-02-12,Battles,Armed clash,Operation Restoring Hope,,8,Houthis,,2,Coalition strikes and fighting.
"""

UCDP = """id,type_of_violence,side_a,side_b,date_start,date_end,source_headline,source_article,dyad_name,where_description,best
7001,2,"Ahrar al-Sham, IS",SDF,2013-01-26,2013-01-27,Volume I and II;Friday 4 May 2012,"A Book,2002-11-01,Volume I and II",Ahrar al-Sham - SDF,a village near a river,5
7002,2,Jabhat Fateh al-Sham,SDF,2012-05-01,2012-05-01,Rebels and Kurdish fighters clash near a town;Volume I and II,"Agency,2012-05-02,x",HTS - SDF,a town,2
"""

EXTRA = """
- name: Ahrar al-Sham
  kind: armed_group
- name: Jabhat Fateh al-Sham
  kind: armed_group
  founded: 2016-07-28
"""


def _load(fmt, tmp_path, name: str, text: str, res=None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    res = res or resolver(tmp_path)
    context = LoadContext(resolver=res)
    units = [u for u in fmt.load(path, context) if isinstance(u, Loaded)]
    return units, context.dropped


def test_placeholders_and_unknown_operations_are_never_actors_and_are_counted(tmp_path):
    units, dropped = _load(AcledFormat(), tmp_path, "acled.csv", ACLED)
    actors = {a.id for u in units for a in u.batch.actors}
    assert not any("unidentified" in a or "militia-pro" in a or "operation" in a for a in actors)
    assert dropped == {
        "placeholder label: Militia (Pro-Government)": 1,
        "placeholder label: Unidentified Armed Group (Syria)": 1,
        "operation name not in the gazetteer: Operation Peace Spring": 1,
    }
    # an operation the gazetteer knows resolves to its actor
    fourth = next(u for u in units if u.unit == "acled:TST4").batch
    assert {c.subject for c in fourth.claims} >= {"saudi-led-coalition"}
    assert not [c for u in units for c in u.batch.claims if u.unit == "acled:TST2"]


def test_co_listed_acled_actors_are_an_episodic_observation(tmp_path):
    units, _ = _load(AcledFormat(), tmp_path, "acled.csv", ACLED)
    (ally,) = [c for u in units for c in u.batch.claims if c.type == "ALLIED_WITH"]
    assert ally.episodic and ally.observed == dt.date(2020, 2, 10) and ally.valid_from is None


def test_ucdp_co_belligerents_evidence_and_lifetimes(tmp_path):
    gazetteer = tmp_path / "extra.yaml"
    gazetteer.write_text(GAZETTEER + EXTRA, encoding="utf-8")
    res = Resolver(Gazetteer.load([gazetteer], builtin=False))
    units, dropped = _load(UcdpFormat(), tmp_path, "ged.csv", UCDP, res)
    first = [c for u in units if u.unit == "ucdp:7001" for c in u.batch.claims]
    (ally,) = [c for c in first if c.type == "ALLIED_WITH"]
    assert ally.episodic and ally.observed == dt.date(2013, 1, 26) and ally.valid_from is None
    # no citation list and no bare date as evidence: the row's own fields instead
    assert "Volume" not in ally.evidence.sentence and "Book" not in ally.evidence.sentence
    assert "a village near a river" in ally.evidence.sentence and "2013-01-26" in ally.evidence.sentence
    second = next(c for u in units if u.unit == "ucdp:7002" for c in u.batch.claims)
    assert second.evidence.sentence == "Rebels and Kurdish fighters clash near a town"
    # a side named by a later name, on a date before that group existed: kept and flagged
    assert "lifetime of Jabhat Fateh al-Sham" in second.attributes["lifetime_conflict"]
    assert dropped == {"dated outside the lifetime of Jabhat Fateh al-Sham (kept, flagged)": 2}


def test_a_number_out_of_range_is_left_out_with_a_warning_and_the_row_kept(tmp_path):
    """Coordinates off the globe and negative counts are not facts: the claim keeps its relation
    without them, and a warning names the file, line and column."""
    header = "event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,latitude,longitude,fatalities,notes\n"
    rows = ("TSR1,2020-02-10,Battles,Armed clash,HTS,2,Military Forces of Syria (2000-2024),1,35.9,36.6,4,A clash.\n"
            "TSR2,2020-02-11,Battles,Armed clash,HTS,2,Military Forces of Syria (2000-2024),1,200,36.6,-3,A clash.\n")
    path = tmp_path / "acled.csv"
    path.write_text(header + rows, encoding="utf-8")
    units = list(AcledFormat().load(path, LoadContext(resolver=resolver(tmp_path))))
    good, bad = (u for u in units if isinstance(u, Loaded))
    assert good.batch.claims[0].attributes["coordinates"] == [35.9, 36.6] and not good.issues
    attributes = bad.batch.claims[0].attributes
    assert attributes["coordinates"] is None and attributes["fatalities"] is None
    assert [(i.level, i.where, i.message) for i in bad.issues] == [
        ("warning", f"{path}:3: fatalities", "-3 is out of range (fatalities must be at least 0); left out, the row is kept"),
        ("warning", f"{path}:3: latitude", "200 is out of range (latitude must be between -90 and 90); left out, the row is kept"),
    ]
