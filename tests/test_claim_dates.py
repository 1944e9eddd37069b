"""Which date of a sentence is a claim's: the nearest clause above it, and never a modifier's sentence.
Every sentence is written for these tests; the actors are the shipped gazetteer's."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document, Extraction
from actorgraph.loaders.articles.parse import load_model
from tests.articles_helpers import extract, extractor, parse

PUBLISHED = dt.date(2024, 6, 12)


def _claims(result: Extraction, subject: str, type_: str, obj: str):
    found = [c for c in result.claims if (c.subject, str(c.type), c.object) == (subject, type_, obj)]
    assert found, [(c.subject, str(c.type), c.object) for c in result.claims]
    return found


def test_a_modifier_takes_no_date_from_its_sentence_on_the_rule_path():
    text = "The Iranian-backed Houthis have fired missiles at Saudi Arabia since Monday."
    result = extractor().extract(Document(Article(id="m1", published=PUBLISHED, language="en"), text))
    for claim in _claims(result, "iran", "SUPPORTS", "houthis"):
        assert claim.valid_from is None and claim.observed == PUBLISHED  # observed when reported, not begun Monday


@pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")
def test_a_clause_takes_the_date_of_the_nearest_clause_above_it():
    text = ("Saudi Arabia launched a campaign against the Houthis in March 2015 but scaled it back this year "
            "after Iran moved to arm the Houthis.")
    result = _parse(text)
    claims = [c for c in _claims(result, "iran", "SUPPORTS", "houthis") if c.extractor.startswith("parse:")]
    assert claims
    for claim in claims:
        dates = {claim.valid_from, claim.observed} - {None}
        assert dates == {dt.date(2024, 1, 1)}, claim  # "this year", not the campaign's March 2015


def _parse(text: str, published: dt.date = PUBLISHED) -> Extraction:
    return parse(text, published.isoformat(), article="d")


_NO_MODEL = pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")


@_NO_MODEL
def test_a_claim_without_a_date_of_its_own_takes_the_one_date_of_its_sentence():
    # a concession's date is another event's: the clashes and the backing are seen on the article date, not in
    # the truce's 2022
    text = ("Despite a truce brokered by Oman in 2022, tensions have persisted, with Saudi Arabia clashing often "
            "with the Houthis and competing with Iranian-backed militias in the region.")
    result = _parse(text)
    assert _claims(result, "saudi-arabia", "ATTACKS", "houthis")
    for claim in _claims(result, "saudi-arabia", "ATTACKS", "houthis"):
        assert claim.valid_from != dt.date(2022, 1, 1) and claim.observed != dt.date(2022, 1, 1)
    for claim in _claims(result, "iran", "SUPPORTS", "iranian-backed-militias"):
        assert claim.valid_from is None and claim.observed == PUBLISHED  # seen then, not begun
    conceded = _parse("Although the M23 and Kinshasa signed a ceasefire in 2024, the M23 attacked Congolese "
                      "troops near Goma.")
    [attack] = _claims(conceded, "march-23-movement", "ATTACKS", "democratic-republic-of-the-congo")
    assert attack.valid_from != dt.date(2024, 1, 1)
    truces = [c for c in conceded.claims if c.type.value == "CEASEFIRE_WITH"]
    assert truces and all(c.valid_from == dt.date(2024, 1, 1) for c in truces)  # the concession's own claim
    heading = ("First Raid March 2019: the Taliban coordinated with al-Qaeda to drive the Pakistani army out of "
               "a valley.")
    for claim in _claims(_parse(heading), "taliban", "ATTACKS", "pakistan"):
        assert (claim.valid_from, claim.valid_from_precision) == (dt.date(2019, 3, 1), "month")


@_NO_MODEL
def test_an_ended_relation_takes_no_date_from_another_clause():
    text = "On 4 May, Jund al-Aqsa and the Nusra Front, the two groups that splintered from the Islamic State, " \
           "announced a merger."
    for claim in _claims(_parse(text), "jund-al-aqsa", "AFFILIATE_OF", "islamic-state"):
        assert claim.valid_to is None and claim.valid_from is None  # the split came before the announcement


@_NO_MODEL
def test_at_that_time_dates_a_pledge_by_the_sentence_before_as_its_start():
    text = ("The Nusra Front appeared in Syria in April 2013. At that time, the Nusra Front split from the "
            "Islamic State and pledged allegiance to al-Qaeda.")
    result = _parse(text)
    for claim in _claims(result, "jabhat-al-nusra", "AFFILIATE_OF", "al-qaeda"):
        assert (claim.valid_from, claim.valid_to) == (dt.date(2013, 4, 1), None)  # the pledge starts, split or not
    for claim in _claims(result, "jabhat-al-nusra", "AFFILIATE_OF", "islamic-state"):
        assert claim.valid_to == dt.date(2013, 4, 30)


@_NO_MODEL
def test_a_sentence_opening_with_the_same_year_is_dated_by_the_one_before():
    text = "Hamas opened an office in Doha in 2012. In the same year, Qatar began funding Hamas."
    for claim in _claims(_parse(text), "qatar", "SUPPORTS", "hamas"):
        assert (claim.valid_from, claim.valid_from_precision) == (dt.date(2012, 1, 1), "year")


@_NO_MODEL
def test_a_noun_trigger_takes_the_date_of_its_own_phrase_before_its_clause_s():
    text = "The alliance, formed in March 2019 by Hezbollah and Iran, launched drones at Israel on 3 June."
    for claim in _claims(_parse(text), "hezbollah", "ALLIED_WITH", "iran"):
        assert (claim.valid_from, claim.valid_from_precision) == (dt.date(2019, 3, 1), "month")  # formed: a start


@_NO_MODEL
def test_claims_are_listed_in_reading_order_whichever_reader_found_them():
    text = ("Iran has been arming the Houthis since 2015. The Houthis fired missiles at Saudi Arabia on Monday. "
            "Hezbollah, which Iran funds, attacked Israel.")
    starts = [c.evidence.start for c in _parse(text).claims]
    assert len(set(starts)) == 3 and starts == sorted(starts)


def test_at_that_time_on_the_rule_path():
    text = ("The Nusra Front appeared in Syria in April 2013. At that time, the Nusra Front pledged allegiance "
            "to al-Qaeda.")
    result = extractor().extract(Document(Article(id="r", published=PUBLISHED, language="en"), text))
    for claim in _claims(result, "jabhat-al-nusra", "AFFILIATE_OF", "al-qaeda"):
        assert claim.valid_from == dt.date(2013, 4, 1)


@_NO_MODEL
def test_a_profile_dates_a_month_by_its_sentence_year_and_leaves_undated_attacks_observed():
    profile = ("The Taliban began raids in early 2019, the deadliest of which came in March when the Taliban "
               "ambushed Pakistani troops. The Taliban also ambushed Pakistani troops near the border.")
    result = _parse(profile)
    days = {(c.valid_from, c.observed) for c in _claims(result, "taliban", "ATTACKS", "pakistan")}
    assert days == {(dt.date(2019, 3, 1), None), (None, PUBLISHED)}  # no attack "on" the profile's day
    news = "KABUL: The Taliban ambushed Pakistani troops near the border."
    for claim in _claims(_parse(news), "taliban", "ATTACKS", "pakistan"):
        assert claim.valid_from == PUBLISHED  # news of the day


@_NO_MODEL
def test_a_clause_on_a_date_noun_takes_that_date():
    text = ("In 1994, the Houthis set up an armed wing, and the following year Saudi officials reported that Iran "
            "was training the Houthis.")
    for claim in _claims(_parse(text), "iran", "SUPPORTS", "houthis"):
        assert (claim.observed, claim.valid_from) == (dt.date(1995, 1, 1), None)  # not the wing's 1994


@_NO_MODEL
def test_a_date_after_which_a_relation_began_is_not_its_start():
    text = "KABUL: Iran began arming the Houthis after Saudi Arabia bombed the Houthis on Monday."
    result = _parse(text)
    for claim in _claims(result, "iran", "SUPPORTS", "houthis"):
        assert claim.valid_from is None and claim.observed is None  # it began after Monday, not on it
    for claim in _claims(result, "saudi-arabia", "ATTACKS", "houthis"):
        assert claim.valid_from == dt.date(2024, 6, 10)  # the bombing's own Monday


@_NO_MODEL
def test_a_war_of_years_is_observed_in_the_news_not_dated_to_its_day():
    for text in ("KABUL: The Taliban has been waging war against Pakistan for over a decade.",
                 "KABUL: The Taliban and the Pakistani army have been rivals for years, fighting for control of "
                 "the pass."):
        for claim in _claims(_parse(text), "taliban", "ATTACKS", "pakistan"):
            assert (claim.valid_from, claim.observed) == (None, PUBLISHED)


@_NO_MODEL
def test_a_period_between_two_years_starts_and_ends_the_relation():
    for text in ("Between 2012 and 2016, Iran armed the Houthis.", "Iran armed the Houthis from 2012 to 2016."):
        for claim in _claims(_parse(text), "iran", "SUPPORTS", "houthis"):
            assert (claim.valid_from, claim.valid_to) == (dt.date(2012, 1, 1), dt.date(2016, 12, 31))


@_NO_MODEL
def test_the_day_a_start_was_told_is_no_start():
    told = _claims(_parse("KABUL: The Pakistani Taliban said on Monday that it had pledged allegiance to al-Qaeda."),
                   "tehrik-i-taliban-pakistan", "AFFILIATE_OF", "al-qaeda")
    assert {(c.valid_from, c.observed) for c in told} == {(None, dt.date(2024, 6, 10))}
    done = _claims(_parse("KABUL: On Monday the Pakistani Taliban pledged allegiance to al-Qaeda."),
                   "tehrik-i-taliban-pakistan", "AFFILIATE_OF", "al-qaeda")
    assert {c.valid_from for c in done} == {dt.date(2024, 6, 10)}


@_NO_MODEL
def test_an_event_told_on_a_day_takes_the_day_the_next_sentence_gives_it():
    lead = "KABUL: The Pakistani army said on Tuesday it had carried out an airstrike against the Pakistani Taliban."
    then = " In a statement, officials said the strike was conducted on 9 June as part of a wider operation."
    for text, day in ((lead + then, dt.date(2024, 6, 9)), (lead, dt.date(2024, 6, 11))):
        for claim in _claims(_parse(text), "pakistan", "ATTACKS", "tehrik-i-taliban-pakistan"):
            assert claim.valid_from == day  # the strike's day, else the day it was told
    unrelated = lead + " The attack came a week after a truce signed on 3 May."
    for claim in _claims(_parse(unrelated), "pakistan", "ATTACKS", "tehrik-i-taliban-pakistan"):
        assert claim.valid_from == dt.date(2024, 6, 11)  # the truce's day is not the strike's


def test_an_undated_event_restating_the_one_before_takes_its_day_on_the_rule_path():
    text = ("Last Raid May 3, 2019: the Taliban drove the Pakistani army out of a valley. "
            "The attack began after the Taliban ambushed Pakistani troops.")
    result = extractor().extract(Document(Article(id="r2", published=PUBLISHED, language="en"), text))
    second = [c for c in _claims(result, "taliban", "ATTACKS", "pakistan") if c.evidence.start > 0]
    assert second and all(c.valid_from == dt.date(2019, 5, 3) for c in second)


@_NO_MODEL
def test_a_conjunct_told_as_later_takes_no_date_from_the_first():
    later = _claims(_parse("The Taliban was formed in 2012 and later attacked Pakistani troops."),
                    "taliban", "ATTACKS", "pakistan")
    assert {(c.valid_from, c.observed) for c in later} == {(None, PUBLISHED)}  # not 2012: "later"
    then = _claims(_parse("KABUL: The Taliban stormed a base on Monday and then ambushed Pakistani troops."),
                   "taliban", "ATTACKS", "pakistan")
    assert {c.valid_from for c in then} == {dt.date(2024, 6, 10)}


def test_on_the_rule_path_a_relation_takes_the_date_of_its_own_clause_first():
    text = "On 5 March 2014 the Taliban attacked Pakistani troops, and in 2015 the Houthis attacked Saudi Arabia."
    result = extractor().extract(Document(Article(id="r3", published=PUBLISHED, language="en"), text))
    assert {c.valid_from for c in _claims(result, "taliban", "ATTACKS", "pakistan")} == {dt.date(2014, 3, 5)}
    assert {c.valid_from for c in _claims(result, "houthis", "ATTACKS", "saudi-arabia")} == {dt.date(2015, 1, 1)}


@_NO_MODEL
def test_a_subject_s_own_date_is_not_the_sentence_s():
    text = "KABUL: Officials who visited the border in May said the Taliban had ambushed Pakistani troops."
    for claim in _claims(_parse(text), "taliban", "ATTACKS", "pakistan"):
        assert claim.valid_from == PUBLISHED  # the visit's May is not the ambush's


@_NO_MODEL
def test_a_date_of_another_noun_or_of_a_comparison_is_not_the_event_s():
    for text in ("KABUL: The Taliban ambushed Pakistani troops near a dam that was built in 1998.",
                 "KABUL: The Taliban ambushed Pakistani troops, killing twelve, in the deadliest attack since 2019."):
        for claim in _claims(_parse(text), "taliban", "ATTACKS", "pakistan"):
            assert claim.valid_from == PUBLISHED, text
    for claim in _claims(_parse("KABUL: The Taliban has attacked Pakistani troops since 2019."),
                         "taliban", "ATTACKS", "pakistan"):
        assert claim.valid_from == dt.date(2019, 1, 1)


@_NO_MODEL
def test_days_after_and_since_a_clause_move_and_start_the_date():
    text = "KABUL: On Monday, a day after the Taliban ambushed Pakistani troops, Pakistan bombed the Taliban."
    result = _parse(text)
    assert {c.valid_from for c in _claims(result, "taliban", "ATTACKS", "pakistan")} == {dt.date(2024, 6, 9)}
    assert {c.valid_from for c in _claims(result, "pakistan", "ATTACKS", "taliban")} == {dt.date(2024, 6, 10)}
    later = "KABUL: Pakistan bombed the Taliban two days after the Taliban ambushed Pakistani troops on Sunday."
    bombing = [c for c in _claims(_parse(later), "pakistan", "ATTACKS", "taliban") if c.extractor.startswith("parse:")]
    assert bombing and {c.valid_from for c in bombing} == {dt.date(2024, 6, 11)}
    since = "The Houthis have received weapons from Iran since the war began in 2015."
    for claim in _claims(_parse(since), "iran", "SUPPORTS", "houthis"):
        assert (claim.valid_from, claim.observed) == (dt.date(2015, 1, 1), None)  # a start, not an observation


@_NO_MODEL
def test_a_relation_told_inside_an_actors_clause_takes_that_clauses_date():
    text = "Iran, which has backed the Houthis since 2014, sent new drones in 2023."
    for claim in _claims(_parse(text), "iran", "SUPPORTS", "houthis"):
        assert (claim.valid_from, claim.observed) == (dt.date(2014, 1, 1), None)  # not the drones' 2023
    text = "Iran, a backer of the Houthis since 2015, denied the claim on Monday."
    for claim in _claims(_parse(text), "iran", "SUPPORTS", "houthis"):
        assert (claim.valid_from, claim.observed) == (dt.date(2015, 1, 1), None)
    text = "Hayat Tahrir al-Sham, which emerged from the Nusra Front in 2017, attacked the Syrian army last month."
    result = _parse(text)
    for claim in _claims(result, "hayat-tahrir-al-sham", "SUCCESSOR_OF", "jabhat-al-nusra"):
        assert claim.valid_from == dt.date(2017, 1, 1)
    for claim in _claims(result, "hayat-tahrir-al-sham", "ATTACKS", "syrian-government-assad"):
        assert claim.valid_from == dt.date(2024, 5, 1)  # the attack keeps its own date, not the emergence's


@_NO_MODEL
@pytest.mark.parametrize("text", [
    "The Syrian National Army was formed in 2017 and is backed by Turkey.",
    "The Syrian National Army, which was formed in 2017 and is backed by Turkey, attacked the SDF.",
    "Formed in 2017, the Syrian National Army is backed by Turkey.",
    "The Syrian National Army, formed in 2017, is backed by Turkey.",
])
def test_a_founding_beside_a_present_relation_does_not_date_it(text):
    for claim in _claims(_parse(text), "turkey", "SUPPORTS", "syrian-national-army"):
        assert claim.valid_from is None and claim.observed == PUBLISHED  # backed now, not since the founding


@_NO_MODEL
def test_a_start_verb_the_relation_depends_on_still_dates_it():
    for claim in _claims(_parse("Iran began arming the Houthis in 2014."), "iran", "SUPPORTS", "houthis"):
        assert claim.valid_from == dt.date(2014, 1, 1)


@_NO_MODEL
def test_a_counted_time_opening_a_sentence_dates_its_event():
    text = "Israel struck Hezbollah in 2006. Two years later, Hezbollah attacked Israel."
    for claim in _claims(_parse(text), "hezbollah", "ATTACKS", "israel"):
        assert (claim.valid_from, claim.valid_from_precision) == (dt.date(2008, 1, 1), "year")
    text = "Hezbollah attacked Israel in March 2020. The following month, Israel struck Hezbollah."
    for claim in _claims(_parse(text), "israel", "ATTACKS", "hezbollah"):
        assert (claim.valid_from, claim.valid_from_precision) == (dt.date(2020, 4, 1), "month")


def test_a_founding_after_a_name_does_not_date_the_rule_paths_relation():
    text = "Turkey has backed the Syrian National Army, created in 2017, in its fight against the SDF."
    result = extractor().extract(Document(Article(id="f1", published=PUBLISHED, language="en"), text))
    claims = [c for c in _claims(result, "syrian-national-army", "ATTACKS", "syrian-democratic-forces")]
    for claim in claims:
        assert claim.valid_from is None  # the army's founding year is not the fight's


@_NO_MODEL
def test_months_after_move_a_date_by_months_at_month_precision():
    text = "Israel bombed Hezbollah on 3 May, a month after Hezbollah attacked Israel."
    for claim in _claims(_parse(text), "hezbollah", "ATTACKS", "israel"):
        assert (claim.valid_from, claim.valid_from_precision) == (dt.date(2024, 4, 1), "month")
    text = "Israel struck Hezbollah in 2019, a year after Hezbollah attacked Israel."
    for claim in _claims(_parse(text), "hezbollah", "ATTACKS", "israel"):
        assert (claim.valid_from, claim.valid_from_precision) == (dt.date(2018, 1, 1), "year")


def test_a_second_verb_of_the_same_subject_dates_the_relation_it_tells():
    text = ("Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham in July 2016 and merged with other groups to "
            "form Hayat Tahrir al-Sham in January 2017.")
    result = extractor().extract(Document(Article(id="v1", published=PUBLISHED, language="en"), text))
    for claim in _claims(result, "hayat-tahrir-al-sham", "SUCCESSOR_OF", "jabhat-fateh-al-sham"):
        assert (claim.valid_from, claim.valid_from_precision) == (dt.date(2017, 1, 1), "month")
    for claim in _claims(result, "jabhat-fateh-al-sham", "SUCCESSOR_OF", "jabhat-al-nusra"):
        assert (claim.valid_from, claim.valid_from_precision) == (dt.date(2016, 7, 1), "month")


def test_the_rule_path_moves_a_day_across_days_after():
    text = ("Hayat Tahrir al-Sham fighters entered Aleppo on Friday, two days after launching an offensive against "
            "the Syrian army.")  # published on a Saturday: Friday is the 29th, the offensive the 27th
    result = extractor().extract(Document(Article(id="g1", published=dt.date(2024, 11, 30), language="en"), text))
    for claim in _claims(result, "hayat-tahrir-al-sham", "ATTACKS", "syrian-government-assad"):
        assert claim.valid_from == dt.date(2024, 11, 27)
    text = "Hayat Tahrir al-Sham attacked the Syrian army on Friday, two days after Turkey closed the border."
    result = extractor().extract(Document(Article(id="g2", published=dt.date(2024, 11, 30), language="en"), text))
    for claim in _claims(result, "hayat-tahrir-al-sham", "ATTACKS", "syrian-government-assad"):
        assert claim.valid_from == dt.date(2024, 11, 29)  # told before the gap: its own Friday


@pytest.mark.parametrize("second", [
    "Hezbollah had attacked Israel before the truce.",
    "Hezbollah previously attacked Israel in the north.",
])
def test_an_undated_event_told_as_earlier_is_not_the_news_day(second):
    text = f"BEIRUT: Israel struck Hezbollah on Tuesday. {second}"
    result = extractor().extract(Document(Article(id="e1", published=PUBLISHED, language="en"), text))
    claims = [c for c in result.claims if (c.subject, str(c.type), c.object) == ("hezbollah", "ATTACKS", "israel")]
    if load_model() is not None:
        claims += _claims(_parse(text), "hezbollah", "ATTACKS", "israel")
    assert claims
    for claim in claims:
        assert claim.valid_from is None and claim.observed == PUBLISHED  # seen by then, not on that day


@_NO_MODEL
def test_fighting_told_as_lasting_since_a_year_is_seen_holding_on_the_report_day():
    def attacks(text: str) -> list:
        return [c for c in _parse(text, dt.date(2024, 5, 4)).claims if str(c.type) == "ATTACKS"]

    [lasting] = attacks("The Kachin Independence Army has fought the Myanmar military since 2011.")
    assert (lasting.valid_from, lasting.observed) == (dt.date(2011, 1, 1), dt.date(2024, 5, 4))
    [once] = attacks("The Kachin Independence Army fought the Myanmar military in 2011.")
    assert (once.valid_from, once.observed) == (dt.date(2011, 1, 1), None)


def test_on_the_rules_a_relative_clause_after_the_match_keeps_its_date(tmp_path):
    text = "Iran arms and funds the Houthis, who struck a tanker in the Red Sea in January."
    [claim] = [c for c in extract(tmp_path, text, "2024-06-12").claims if c.subject == "iran"]
    assert claim.valid_from is None and claim.observed == PUBLISHED  # armed now, not since January
    own = "Since 2015 Iran has armed the Houthis, who struck a tanker in January."
    [claim] = [c for c in extract(tmp_path, own, "2024-06-12").claims if c.subject == "iran"]
    assert claim.valid_from == dt.date(2015, 1, 1)  # the match's own date stays


GOVERNMENTS = ("afghan-government-islamic-republic", "afghan-government-islamic-emirate")


@pytest.mark.parametrize("read", ["rules", "parse"])
def test_an_undated_event_in_a_since_clause_is_seen_not_dated_and_names_no_government_of_the_time(read):
    # "ever since X invaded Afghanistan": the invasion is past, at a time the sentence does not give, so it is no
    # event of the article's day, and which Afghan government it hit is unknown
    if read == "parse" and load_model() is None:
        pytest.skip("the spaCy model is not installed")
    text = ("Ever since the United States invaded Afghanistan, Pakistan has sheltered Taliban commanders. "
            "Since Russia invaded Ukraine, Iran has shipped drones to Moscow.")
    result = _parse(text) if read == "parse" else extractor().extract(
        Document(Article(id="s1", published=PUBLISHED, language="en"), text))
    assert not [c for c in result.claims if {c.subject, c.object} & set(GOVERNMENTS)]
    invasions = [c for c in result.claims if (c.subject, str(c.type), c.object) == ("russia", "ATTACKS", "ukraine")
                 and c.extractor.startswith(read)]
    assert invasions
    for claim in invasions:
        assert claim.valid_from is None and claim.observed == PUBLISHED, claim
    dated = _parse("Since Russia invaded Ukraine in February 2022, Iran has shipped drones to Moscow.")
    [invasion] = _claims(dated, "russia", "ATTACKS", "ukraine")
    assert invasion.valid_from == dt.date(2022, 2, 1)  # a since-clause with its own date keeps it
