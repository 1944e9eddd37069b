"""Attack entries of an alliance count the distinct sources of the attacks they count."""

from __future__ import annotations

import datetime as dt

from actorgraph.graph import questions as q


def test_attack_entries_report_their_sources(store):
    ever = q.alliances(store, "syrian-government")
    by_hts = next(e for e in ever.by_role("attacked_by") if e.actor.id == "hayat-tahrir-al-sham")
    evidence = q.evidence(store, by_hts.relation_id)
    publishers = {c.source or c.article for c in evidence.claims}
    assert by_hts.sources == len(publishers) >= 1
    assert by_hts.claims == len(evidence.claims)


def test_attack_sources_follow_the_window(store):
    """Only the sources of the attacks inside the window count, as the claims do."""
    ever = q.alliances(store, "syrian-government")
    window = q.alliances(store, "syrian-government", as_of=dt.date(2020, 3, 10), window_days=30)
    for entry in window.by_role("attacked_by"):
        assert 1 <= entry.sources <= entry.claims
        whole = next(e for e in ever.by_role("attacked_by") if e.relation_id == entry.relation_id)
        assert entry.sources <= whole.sources
