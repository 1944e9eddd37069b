"""Coreference over found mentions (loaders/articles/coreference.py), with sentences written for these tests.

The groups are made up (organisations the gazetteer does not list), so what links a description
or a pronoun to them is the coreference step, not a gazetteer alias.
"""

from __future__ import annotations

from actorgraph.loaders.articles.coreference import resolve_coreference
from actorgraph.loaders.articles.extract import split_sentences
from actorgraph.loaders.articles.mentions import Finder
from actorgraph.loaders.gazetteer import Resolver
from tests.articles_helpers import shipped


def _links(text: str) -> list[tuple[str, str]]:
    """(surface, actor name) of every coreference mention in ``text``."""
    gazetteer, index = shipped()
    finder = Finder(index, Resolver(gazetteer), text)
    finder.run()
    resolve_coreference(finder, split_sentences(text))
    out = []
    for m in finder.mentions:
        if m.how == "coref":
            actor = finder.actor(m.actor)
            assert actor is not None
            out.append((m.text, actor.name))
    return out


def test_a_description_names_the_one_actor_of_its_kind():
    text = "The Union of Eastern Farmers Party backs the Kivu Freedom Movement. The party held a rally in Goma."
    assert _links(text) == [("The party", "Union of Eastern Farmers Party")]
    text = "The Kivu Freedom Movement shelled Goma on Friday. The militia later withdrew to the hills."
    assert _links(text) == [("The militia", "Kivu Freedom Movement")]


def test_an_ambiguous_description_names_nobody():
    text = "The Kivu Freedom Movement fought the Lake Shore Front near Uvira. The group withdrew at dusk."
    assert _links(text) == []


def test_an_alliance_is_only_a_coalition():
    text = "The Kivu Freedom Movement joined talks in Nairobi. The alliance rejected the offer."
    assert _links(text) == []


def test_a_spanish_description_with_an_accent():
    text = "La Coordinadora Patriótica del Sur atacó un cuartel. Esta agrupación negó los hechos."
    assert _links(text) == [("Esta agrupación", "Coordinadora Patriótica del Sur")]


def test_a_reported_it_is_the_speaker():
    text = "The Kenyan military said on Monday it had shelled a camp of the Kivu Freedom Movement."
    assert _links(text) == [("it", "Kenya")]
    text = "The Kivu Freedom Movement confirmed for the first time that it holds the airport."
    assert _links(text) == [("it", "Kivu Freedom Movement")]


def test_a_reported_it_that_is_no_subject_or_a_denial_is_left():
    assert _links("The Kivu Freedom Movement denied that it shelled the market.") == []
    assert _links("The Lake Shore Front said it was unclear who fired first.") == []
    assert _links("The Lake Shore Front confirmed it to reporters in Bukavu.") == []


def test_the_rebels_are_the_one_armed_group_named_just_before():
    gazetteer, index = shipped()
    text = ("Myanmar's junta bombed a market. The Karenni Hills Army took a hill on Monday. The rebels then "
            "held it. Far to the west, the Chin Valley Army took a port. Later the rebels shelled an airfield.")
    finder = Finder(index, Resolver(gazetteer), text)
    rebels = [(m.text, finder.actor(m.actor).name) for m in finder.run() if m.how == "generic"]
    # the first "rebels" follow one group; the second follow two, so they are no one (no guess)
    assert rebels == [("The rebels", "Karenni Hills Army")]
    # with no armed group named, they are the country's opposition
    finder = Finder(index, Resolver(gazetteer), "Myanmar's junta bombed a market. Later the rebels shelled a base.")
    rebels = [(m.text, finder.actor(m.actor).name) for m in finder.run() if m.how == "generic"]
    assert rebels == [("the rebels", "Burmese opposition")]


def test_they_after_an_opening_phrase_with_no_actor():
    text = "Kenya and Somalia reached a deal on Monday. After talks in Nairobi on Tuesday, they announced a truce."
    assert _links(text) == [("they", "Kenya"), ("they", "Somalia")]
    # an actor in the opening phrase is the subject, not the pronoun's antecedent
    assert _links("Kenya and Somalia met. In Nairobi, Kenya said they would wait.") == []


def test_the_two_sides_name_the_two_actors_of_the_sentence_before():
    text = "The Kivu Freedom Movement fought the Lake Shore Front near Uvira for a month. " \
           "The two sides agreed a truce on Friday."
    assert sorted(_links(text)) == [("The two sides", "Kivu Freedom Movement"), ("The two sides", "Lake Shore Front")]


def test_the_two_sides_name_nobody_after_three_actors():
    # the sentence before names a go-between and only one side by name: which two is unclear
    text = "The Lake Shore Front shelled Uvira. Burundi brokered talks between the Kivu Freedom Movement and " \
           "the front. Both sides agreed a truce on Friday."
    assert not [link for link in _links(text) if link[0] == "Both sides"]
