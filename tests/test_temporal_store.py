"""As-of truth on every store: date roles, actor lifetimes, source authority, episodic event
alliances (docs/model.md). Fixture sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import unique

from actorgraph.graph import analysis
from actorgraph.graph import questions as q
from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch

D = dt.date
LINEAGE = Path(__file__).resolve().parent.parent / "data" / "lineage.yaml"


def _claim(article: Article, type_: str, subject: str, object_: str, sentence: str, **fields) -> Claim:
    return Claim(article=article.id, type=type_, subject=subject, object=object_, reported=article.published,
                 evidence=Evidence(sentence=sentence, start=0, end=len(sentence)), **fields)


@pytest.fixture
def world(blank_store):
    """A jihadist lineage with lifetimes, state backers of a government, a truce, and one event row."""
    t = unique("tt")
    ids = {k: f"{t}-{k}" for k in ("front", "renamed", "merged", "core", "gov", "ru", "ir", "tr", "us", "a", "b")}
    actors = [
        Actor(id=ids["front"], name=f"Victory Front {t}", kind="armed_group", founded="2012-01",
              dissolved="2016-07-28"),
        Actor(id=ids["renamed"], name=f"Conquest Front {t}", kind="armed_group", founded="2016-07-28",
              dissolved="2017-01-28"),
        Actor(id=ids["merged"], name=f"Liberation Board {t}", kind="armed_group", founded="2017-01-28"),
        Actor(id=ids["core"], name=f"Base {t}", kind="armed_group"),
        *(Actor(id=ids[k], name=f"{k} {t}", kind="state") for k in ("gov", "ru", "ir", "tr", "us", "a", "b")),
    ]
    wire = Article(id=f"{t}-wire-2019", source=f"Wire {t}", published="2019-03-02")
    blog = Article(id=f"{t}-blog-2024", source=f"Blog {t}", published="2024-11-27")
    facts = Article(id=f"facts:{t}:1", source=f"List {t}")
    event = Article(id=f"ucdp:{t}-1", source="UCDP GED", published="2013-01-26")
    daily = Article(id=f"{t}-daily-2020", source=f"Daily {t}", published="2020-03-06")
    claims = [
        # text dates the succession by the predecessor's founding year; curated facts know better
        _claim(wire, "SUCCESSOR_OF", ids["merged"], ids["front"], "The Board was set up as the Front in 2012.",
               valid_from="2012", extractor="rules:formed"),
        _claim(facts, "SUCCESSOR_OF", ids["merged"], ids["renamed"], "Merger of January 2017.",
               valid_from="2017-01-28", extractor="facts", confidence=0.95),
        _claim(facts, "SUCCESSOR_OF", ids["renamed"], ids["front"], "Rename of July 2016.",
               valid_from="2016-07-28", extractor="facts", confidence=0.95),
        _claim(facts, "AFFILIATE_OF", ids["front"], ids["core"], "Branch until the split.",
               valid_from="2012-01", valid_to="2016-07-28", extractor="facts", confidence=0.95),
        # an affiliation of the Board "until 2016", before it existed: kept, shown, flagged
        _claim(wire, "AFFILIATE_OF", ids["merged"], ids["core"], "The Board was tied to the Base until 2016.",
               valid_to="2016", extractor="rules:until"),
        # an undated comment: observed on its report day, not active at every date
        _claim(blog, "AFFILIATE_OF", ids["front"], ids["us"], "A commentator calls the Front an arm of us.",
               extractor="rules:arm"),
        # backers: Russia from a start, Iran only observed (present tense in 2013)
        _claim(wire, "SUPPORTS", ids["ru"], ids["gov"], "Russia intervened on 30 September 2015.",
               valid_from="2015-09-30", extractor="rules:since"),
        _claim(wire, "SUPPORTS", ids["ir"], ids["gov"], "In 2013 Iran was arming the government.",
               observed="2013", extractor="rules:observed"),
        # "Iranian-backed forces fought since Wednesday" is no start of Iran's support
        _claim(blog, "SUPPORTS", ids["ir"], ids["gov"], "Iranian-backed forces have fought since Wednesday.",
               observed="2024-11-27", extractor="rules:observed"),
        _claim(daily, "CEASEFIRE_WITH", ids["ru"], ids["tr"], "Moscow and Ankara agreed a truce on 5 March.",
               valid_from="2020-03-05", extractor="rules:truce"),
        # two groups co-listed on one side of one event row
        _claim(event, "ALLIED_WITH", ids["a"], ids["b"], "Fighting near a town.", observed="2013-01-26",
               episodic=True, extractor="ucdp", confidence=0.3),
        _claim(event, "ATTACKS", ids["a"], ids["gov"], "Fighting near a town.", valid_from="2013-01-26",
               extractor="ucdp"),
    ]
    blank_store.write(GraphBatch(actors=tuple(actors), articles=(wire, blog, facts, event, daily),
                                 claims=tuple(claims)))
    return blank_store, ids


def _roles(result, role: str) -> set[str]:
    return {e.actor.id for e in result.by_role(role)}


def test_no_relation_of_a_group_before_it_was_formed(world):
    store, ids = world
    early = q.lineage(store, ids["merged"], as_of=D(2014, 1, 1))
    assert not early.existed and early.paths == [] and early.links == []
    later = q.lineage(store, ids["merged"], direction="up", as_of=D(2018, 1, 1))
    assert {n.id for n in later.nodes} == {ids["merged"], ids["renamed"], ids["front"]}
    assert q.alliances(store, ids["merged"], as_of=D(2014, 1, 1)).entries == []


def test_lineage_is_right_at_its_dates(world):
    store, ids = world
    on_rename = q.lineage(store, ids["front"], direction="down", as_of=D(2016, 7, 28))
    assert {n.id for n in on_rename.nodes} == {ids["front"], ids["renamed"]}
    after = q.lineage(store, ids["front"], direction="down", as_of=D(2020, 1, 1))
    assert not after.existed  # dissolved, but what came of it is still its lineage
    assert {n.id for n in after.nodes} == {ids["front"], ids["renamed"], ids["merged"]}


def test_curated_dates_outrank_text_and_the_dispute_stays_visible(world):
    store, ids = world
    result = q.evidence(store, f"SUCCESSOR_OF:{ids['merged']}:{ids['front']}", as_of=D(2014, 1, 1))
    assert result.relation.valid_from == D(2012, 1, 1)  # only text dates this link...
    assert result.active is False  # ...but the Board did not exist in 2014
    assert any("did not exist yet" in line for line in result.explanation)
    assert any("conflicts: dated before" in note for c in result.claims for note in c.notes)


def test_no_affiliation_after_a_split_nor_before_the_affiliate_existed(world):
    store, ids = world
    assert ids["core"] not in _roles(q.alliances(store, ids["front"], as_of=D(2016, 8, 1)), "parents")
    assert ids["core"] in _roles(q.alliances(store, ids["front"], as_of=D(2015, 1, 1)), "parents")
    stale = f"AFFILIATE_OF:{ids['merged']}:{ids['core']}"
    flagged = q.evidence(store, stale, as_of=D(2016, 6, 1))
    assert flagged.active is False
    assert any(n.startswith("conflicts: dated before") for c in flagged.claims for n in c.notes)
    assert all(ids["core"] not in _roles(q.alliances(store, ids["merged"], as_of=D(y, 6, 1)), "parents")
               for y in (2015, 2016, 2017, 2020))


def test_undated_claim_is_not_active_before_its_report(world):
    store, ids = world
    assert ids["us"] not in _roles(q.alliances(store, ids["front"], as_of=D(2015, 1, 1)), "parents")
    relation = q.evidence(store, f"AFFILIATE_OF:{ids['front']}:{ids['us']}").relation
    assert relation.active_from == D(2024, 11, 27) and relation.valid_from is None


def test_backers_in_2016_and_observation_is_no_start(world):
    store, ids = world
    assert _roles(q.alliances(store, ids["gov"], as_of=D(2016, 6, 1)), "backers") == {ids["ru"], ids["ir"]}
    assert _roles(q.alliances(store, ids["gov"], as_of=D(2014, 6, 1)), "backers") == {ids["ir"]}
    began = analysis.changes(store, D(2024, 11, 1), D(2024, 12, 31), actor=ids["gov"])
    assert [c for c in began.changes if c.kind == "began" and c.relation.source == ids["ir"]] == []
    iran = q.evidence(store, f"SUPPORTS:{ids['ir']}:{ids['gov']}").relation
    assert (iran.observed_from, iran.observed_to) == (D(2013, 1, 1), D(2024, 11, 27))


def test_truce_of_2020(world):
    store, ids = world
    assert _roles(q.alliances(store, ids["ru"], as_of=D(2020, 5, 15)), "ceasefires") == {ids["tr"]}
    assert _roles(q.alliances(store, ids["ru"], as_of=D(2020, 3, 1)), "ceasefires") == set()


def test_one_co_listed_event_row_is_no_lasting_alliance(world):
    store, ids = world
    relation = q.evidence(store, f"ALLIED_WITH:{ids['a']}:{ids['b']}").relation
    assert relation.episodic and relation.active_until == D(2013, 1, 26)
    assert ids["b"] in _roles(q.alliances(store, ids["a"], as_of=D(2013, 6, 1)), "allies")  # in the window
    assert ids["b"] not in _roles(q.alliances(store, ids["a"], as_of=D(2015, 6, 1)), "allies")
    late = analysis.blocs(store, as_of=D(2015, 6, 1))
    assert not any({ids["a"], ids["b"]} <= {m.id for m in bloc.members} for bloc in late.blocs)
    page = analysis.relations(store, source=ids["a"], types=["ALLIED_WITH"], since=D(2016, 1, 1), until=D(2016, 1, 1))
    assert page.relations == []


def test_shipped_lineage_is_right_at_its_dates(tmp_path):
    from events_helpers import load, merged, open_store, resolver

    from actorgraph.loaders.events.facts import FactsFormat

    units, issues = load(FactsFormat(), LINEAGE, resolver(tmp_path))
    assert issues == []
    store = open_store(tmp_path)
    store.write(merged(units))
    hts = q.lineage(store, "hayat-tahrir-al-sham", as_of=D(2014, 1, 1))
    assert not hts.existed and hts.links == [] and hts.actor.founded == D(2017, 1, 28)
    nusra = q.lineage(store, "jabhat-al-nusra", direction="down", as_of=D(2016, 7, 28))
    assert {n.id for n in nusra.nodes} == {"jabhat-al-nusra", "jabhat-fath-al-sham"}
    up = q.lineage(store, "hayat-tahrir-al-sham", direction="up", as_of=D(2018, 1, 1))
    assert {"jabhat-fath-al-sham", "jabhat-al-nusra"} <= {n.id for n in up.nodes}
    assert "al-qaeda" not in {n.id for n in up.nodes}  # the tie was cut in July 2016
    split = q.alliances(store, "jabhat-al-nusra", as_of=D(2016, 8, 1))
    assert "al-qaeda" not in _roles(split, "parents")

