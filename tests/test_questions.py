"""The behavioural suite: every question on the fixture graph, on every store."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.errors import InputError, NotFoundError, UnknownActorError
from actorgraph.graph import questions as q

D = dt.date


def ids(refs) -> set[str]:
    return {r.id for r in refs}


def test_lineage_up_follows_renames_mergers_and_affiliation(store):
    result = q.lineage(store, "HTS", direction="up")
    assert result.actor.id == "hayat-tahrir-al-sham"
    assert ids(result.nodes) == {
        "hayat-tahrir-al-sham", "jabhat-fateh-al-sham", "jabhat-al-nusra", "al-qaeda", "nour-al-din-al-zenki",
    }
    chains = {tuple(p.nodes) for p in result.paths}
    assert ("hayat-tahrir-al-sham", "jabhat-fateh-al-sham", "jabhat-al-nusra", "al-qaeda") in chains
    link = next(x for x in result.links if x.id == "SUCCESSOR_OF:hayat-tahrir-al-sham:jabhat-fateh-al-sham")
    assert link.valid_from == D(2017, 1, 28)
    assert all(p.direction == "up" for p in result.paths)


def test_lineage_as_of_drops_links_not_yet_or_no_longer_valid(store):
    before = q.lineage(store, "hayat-tahrir-al-sham", direction="up", as_of=D(2016, 12, 1))
    assert ids(before.nodes) == {"hayat-tahrir-al-sham"}  # HTS did not exist yet
    later = q.lineage(store, "jabhat-fateh-al-sham", direction="up", as_of=D(2018, 1, 1))
    assert ids(later.nodes) == {"jabhat-fateh-al-sham", "jabhat-al-nusra"}  # al-Qaeda tie ended 2016
    during = q.lineage(store, "jabhat-al-nusra", direction="up", as_of=D(2014, 6, 1))
    assert ids(during.nodes) == {"jabhat-al-nusra", "al-qaeda"}


def test_lineage_down_and_depth(store):
    down = q.lineage(store, "al-Qaeda", direction="down")
    assert {"jabhat-al-nusra", "jabhat-fateh-al-sham", "hayat-tahrir-al-sham", "al-qaeda-in-iraq",
            "islamic-state"} <= ids(down.nodes)
    shallow = q.lineage(store, "al-qaeda", direction="down", depth=1)
    assert ids(shallow.nodes) == {"al-qaeda", "jabhat-al-nusra", "al-qaeda-in-iraq"}
    with pytest.raises(InputError, match="depth"):
        q.lineage(store, "al-qaeda", depth=9)


def test_alliances_as_of_2020(store):
    result = q.alliances(store, "Assad regime", as_of=D(2020, 3, 1))
    assert ids(e.actor for e in result.by_role("backers")) == {"russia", "iran", "hezbollah"}
    assert ids(e.actor for e in result.by_role("attacked_by")) == {"hayat-tahrir-al-sham", "turkey"}
    assert ids(e.actor for e in result.by_role("attacks")) == {"hayat-tahrir-al-sham"}
    russia = next(e for e in result.by_role("backers") if e.actor.id == "russia")
    assert russia.sources == 2 and russia.claims == 2
    assert russia.confidence > 0.8  # two independent sources corroborate
    assert russia.valid_from == D(2015, 1, 1) and russia.valid_to == D(2024, 12, 8)
    assert (russia.valid_from_precision, russia.valid_to_precision) == ("year", "day")  # "since 2015"


def test_alliances_end_and_start(store):
    after_fall = q.alliances(store, "syrian-government", as_of=D(2025, 6, 1))
    assert after_fall.by_role("backers") == []
    russia_2019 = q.alliances(store, "russia", as_of=D(2019, 1, 1))
    assert russia_2019.by_role("ceasefires") == []
    russia_2020 = q.alliances(store, "russia", as_of=D(2020, 6, 1))
    assert ids(e.actor for e in russia_2020.by_role("ceasefires")) == {"turkey"}
    assert ids(e.actor for e in russia_2020.by_role("backed")) == {"syrian-government"}
    assert ids(e.actor for e in russia_2020.by_role("attacks")) == {"hayat-tahrir-al-sham"}


def test_alliances_window_and_affiliation(store):
    narrow = q.alliances(store, "syrian-government", as_of=D(2020, 3, 1), window_days=10)
    assert ids(e.actor for e in narrow.by_role("attacked_by")) == {"turkey"}
    nusra = q.alliances(store, "jabhat-al-nusra", as_of=D(2015, 6, 1))
    assert ids(e.actor for e in nusra.by_role("parents")) == {"al-qaeda"}
    assert ids(e.actor for e in nusra.by_role("allies")) == {"ahrar-al-sham"}
    assert ids(e.actor for e in nusra.by_role("successors")) == set()  # JFS came in 2016
    ever = q.alliances(store, "jabhat-al-nusra")
    assert ids(e.actor for e in ever.by_role("successors")) == {"jabhat-fateh-al-sham"}


def test_former_affiliation_without_date_ends_at_report(store):
    # "a former al-Qaeda affiliate" (reported 2024-11-27) plus the dated end in 2016
    relation = q.evidence(store, "AFFILIATE_OF:jabhat-al-nusra:al-qaeda").relation
    assert relation.ended and relation.valid_to == D(2016, 7, 28)


def test_symmetric_relation_is_stored_once(store):
    result = q.evidence(store, "CEASEFIRE_WITH:turkey:russia")  # any order finds it
    assert result.relation.id == "CEASEFIRE_WITH:russia:turkey"
    assert result.relation.claims == 2 and result.relation.sources == 2
    assert result.relation.valid_from == D(2020, 1, 1)


def test_path_between_two_actors(store):
    found = q.path(store, "HTS", "Moscow")
    assert found.found and [n.id for n in found.nodes] == ["hayat-tahrir-al-sham", "russia"]
    via_lineage = q.path(store, "HTS", "al-Qaeda", types=["SUCCESSOR_OF", "AFFILIATE_OF"])
    assert [n.id for n in via_lineage.nodes] == [
        "hayat-tahrir-al-sham", "jabhat-fateh-al-sham", "jabhat-al-nusra", "al-qaeda"]
    assert [link.type for link in via_lineage.links] == ["SUCCESSOR_OF", "SUCCESSOR_OF", "AFFILIATE_OF"]
    none = q.path(store, "HTS", "al-Qaeda", types=["SUCCESSOR_OF"])
    assert not none.found and none.nodes == []
    dated = q.path(store, "HTS", "al-Qaeda", types=["SUCCESSOR_OF", "AFFILIATE_OF"], as_of=D(2018, 1, 1))
    assert not dated.found  # the affiliation had ended


def test_neighbourhood(store):
    one = q.neighbourhood(store, "russia")
    assert ids(one.nodes) == {"russia", "syrian-government", "turkey", "hayat-tahrir-al-sham"}
    supports = q.neighbourhood(store, "russia", hops=2, types=["SUPPORTS"])
    assert ids(supports.nodes) == {"russia", "syrian-government", "iran", "hezbollah"}
    assert {link.type for link in supports.links} == {"SUPPORTS"}


def test_evidence_lists_sentences_and_sources(store):
    result = q.evidence(store, "SUPPORTS:russia:syrian-government")
    assert {c.source for c in result.claims} == {"Fixture Daily", "Fixture Wire"}
    first = result.claims[0]
    assert first.valid_from == D(2015, 1, 1) and first.valid_from_precision == "year"
    assert "backers" in first.sentence
    with pytest.raises(NotFoundError):
        q.evidence(store, "SUPPORTS:russia:al-qaeda")
    with pytest.raises(InputError):
        q.evidence(store, "not-a-relation")


def test_timeline_is_in_date_order(store):
    items = q.timeline(store, "HTS")
    dates = [i.valid_from or i.reported for i in items]
    assert dates == sorted(dates)
    assert items[0].type == "SUCCESSOR_OF" and items[-1].valid_from == D(2024, 11, 28)


def test_search_and_resolve(store):
    assert q.search(store, "hayat tahrir al sham")[0].id == "hayat-tahrir-al-sham"
    assert q.search(store, "HAY'AT TAHRIR")[0].id == "hayat-tahrir-al-sham"
    assert q.search(store, "turkiye")[0].id == "turkey"
    assert q.search(store, "Hezbolah")[0].id == "hezbollah"  # a typo
    assert q.resolve(store, "Moscow").id == "russia"
    assert q.resolve(store, "the Al-Nusra Front").id == "jabhat-al-nusra"
    with pytest.raises(UnknownActorError) as info:
        q.resolve(store, "Hezbolla")
    assert "Hezbollah" in info.value.suggestions


def test_profile(store):
    hts = q.profile(store, "hts")
    assert hts.wikidata == "Q28549221" and "HTS" in hts.aliases and hts.country == "SYR"


def test_path_is_the_brute_force_answer_on_the_fixture_graph(store):
    """The fixed-length queries and the search from both ends: the shortest walkable chain, first by ids."""
    from fixture_graph import ACTORS
    from test_path_search import brute_force

    everyone = sorted(a.id for a in ACTORS)
    rows = store.query("neighbours", ids=everyone, types=q.relation_types(None), **q.window(None))
    relations = list({r["id"]: q.relation_from_row(r) for r in rows}.values())
    actors = q.actors_by_ids(store, everyone)
    for as_of in (None, D(2018, 1, 1)):
        span = q.window(as_of)
        for source in everyone[:12]:
            for target in everyone[-12:]:
                if source != target:
                    expected = brute_force(relations, actors, source, target, q.relation_types(None), **span)
                    found = q.path(store, source, target, as_of=as_of)
                    assert [link.id for link in found.links] == (expected or []), (source, target, as_of)
                    assert found.found == (expected is not None)


def test_walk_reads_the_actors_of_a_chain_in_either_direction():
    assert q._walk("b", ["SUPPORTS:a:b", "ALLIED_WITH:a:c", "ATTACKS:d:c"]) == ["b", "a", "c", "d"]
