"""The date rules of the relation fold: roles, authority, observations and episodes (docs/model.md)."""

from __future__ import annotations

import datetime as dt

from actorgraph.graph.aggregate import aggregate, authority
from actorgraph.graph.model import RelationType

D = dt.date
SUCCESSOR = RelationType.SUCCESSOR_OF


def test_curated_start_outranks_an_earlier_start_from_text_and_the_dispute_is_kept() -> None:
    rows = [
        {"valid_from": "2011-01-01", "valid_from_precision": "year", "extractor": "rules:formed", "source": "wire"},
        {"valid_from": "2017-01-28", "valid_from_precision": "day", "extractor": "facts", "source": "UN list"},
    ]
    props = aggregate(SUCCESSOR, "hts", "nusra", rows)
    assert props["valid_from"] == D(2017, 1, 28) and props["active_from"] == D(2017, 1, 28)
    assert props["disputed"] == "start 2017-01-28 (curated facts) vs 2011 (text)"


def test_dates_that_agree_at_the_coarser_precision_are_not_disputed() -> None:
    rows = [
        {"valid_from": "2017-01-01", "valid_from_precision": "year", "extractor": "rules:x"},
        {"valid_from": "2017-01-28", "valid_from_precision": "day", "extractor": "facts"},
    ]
    assert aggregate(SUCCESSOR, "a", "b", rows)["disputed"] is None


def test_authority_of_extractors() -> None:
    assert authority("facts") > authority("ucdp") == authority("acled") > authority("rules:supports")


def test_undated_claim_is_observed_on_its_report_day_not_at_every_date() -> None:
    props = aggregate(RelationType.AFFILIATE_OF, "nusra", "fsa", [{"reported": "2024-11-27", "source": "blog"}])
    assert props["valid_from"] is None and props["active_from"] == D(2024, 11, 27)
    assert props["observed_from"] == props["observed_to"] == D(2024, 11, 27)
    assert props["active_until"] is None  # still holding, as far as anyone said


def test_observation_without_start_is_active_from_the_first_observation() -> None:
    rows = [
        {"observed": "2013-01-01", "observed_precision": "year", "reported": "2019-05-01", "source": "a"},
        {"observed": "2024-03-01", "observed_precision": "day", "reported": "2024-03-01", "source": "b"},
    ]
    props = aggregate(RelationType.SUPPORTS, "iran", "syria", rows)
    assert props["active_from"] == D(2013, 1, 1) and props["valid_from"] is None
    assert (props["observed_from_precision"], props["observed_to"]) == ("year", D(2024, 3, 1))


def test_a_start_outranks_an_earlier_observation() -> None:
    rows = [{"observed": "2014-01-01", "source": "a"}, {"valid_from": "2015-09-30", "source": "b"}]
    assert aggregate(RelationType.SUPPORTS, "russia", "syria", rows)["active_from"] == D(2015, 9, 30)


def test_episodic_observations_hold_only_from_first_to_last_event() -> None:
    rows = [{"observed": "2013-01-26", "episodic": True, "extractor": "ucdp", "source": "UCDP GED"}]
    props = aggregate(RelationType.ALLIED_WITH, "ahrar", "is", rows)
    assert props["episodic"] and props["active_from"] == props["active_until"] == D(2013, 1, 26)
    assert not props["ended"] and props["valid_from"] is None
    lasting = aggregate(RelationType.ALLIED_WITH, "ahrar", "is", [*rows, {"valid_from": "2012-01-01", "source": "x"}])
    assert not lasting["episodic"] and lasting["active_from"] == D(2012, 1, 1) and lasting["active_until"] is None


def test_attack_without_event_date_counts_on_its_report_day() -> None:
    rows = [{"valid_from": "2020-02-27", "source": "a"}, {"reported": "2020-03-05", "source": "b"}]
    props = aggregate(RelationType.ATTACKS, "syria", "turkey", rows)
    assert (props["valid_from"], props["valid_to"]) == (D(2020, 2, 27), D(2020, 2, 27))
    assert (props["active_from"], props["active_until"]) == (D(2020, 2, 27), D(2020, 3, 5))


def test_former_without_date_ends_the_day_before_its_report() -> None:
    rows = [{"valid_from": "2012-01-01", "source": "a"}, {"ended": True, "reported": "2024-11-27", "source": "b"}]
    props = aggregate(RelationType.AFFILIATE_OF, "nusra", "aq", rows)
    assert props["ended"] and props["active_until"] == D(2024, 11, 26)


def test_fighting_told_as_lasting_since_a_year_holds_until_the_report_that_says_so() -> None:
    rows = [{"valid_from": "2011-01-01", "valid_from_precision": "year", "observed": "2024-05-04",
             "observed_precision": "day", "reported": "2024-05-04", "source": "wire"}]
    props = aggregate(RelationType.ATTACKS, "kia", "myanmar", rows)
    assert (props["active_from"], props["active_until"]) == (D(2011, 1, 1), D(2024, 5, 4))
    one_day = aggregate(RelationType.ATTACKS, "kia", "myanmar", [{**rows[0], "observed": None}])
    assert one_day["active_until"] == D(2011, 1, 1)  # an attack in 2011, told as such, is that year's
