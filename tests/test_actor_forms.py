"""How an article names its actors beyond the gazetteer's forms (loaders/articles/mentions.py).

Each sentence is written for these tests: later mentions of a group the article introduced, names
given with "also known as" and "formerly", a branch after a dash, a state's titled forces, and
"X-backed Y from Z".
"""

from __future__ import annotations

from actorgraph.loaders.articles.mentions import Finder
from actorgraph.loaders.gazetteer import Resolver
from tests.articles_helpers import shipped


def _found(text: str) -> tuple[list[tuple[str, str, str]], Resolver]:
    gazetteer, index = shipped()
    resolver = Resolver(gazetteer)
    finder = Finder(index, resolver, text)
    out = []
    for m in finder.run():
        actor = finder.actor(m.actor)
        assert actor is not None
        out.append((m.text, actor.name, actor.kind.value))
    return out, resolver


def test_a_group_the_article_introduced_is_found_again_by_its_code_name():
    found, _ = _found("The K7 Alliance of Brothers, or simply the K7, holds the port. Police raided the K7 on Monday.")
    assert [(t, n) for t, n, _ in found] == [("K7 Alliance of Brothers", "K7 Alliance of Brothers"),
                                             ("K7", "K7 Alliance of Brothers"), ("K7", "K7 Alliance of Brothers")]


def test_also_known_as_gives_an_alias_and_later_mentions():
    found, resolver = _found("The Lake Shore Front, also known as the Shield of the Lake, shelled Uvira. "
                             "Shield of the Lake fighters then withdrew.")
    assert [t for t, n, _ in found if n == "Lake Shore Front"] == ["Lake Shore Front", "Shield of the Lake",
                                                                   "Shield of the Lake"]
    actor = resolver.resolve("Shield of the Lake")
    assert actor is not None and actor.name == "Lake Shore Front"


def test_a_created_name_inside_a_longer_name_is_not_found_there():
    found, _ = _found("The Mbuzi group raided a farm. Later the Mbuzi Valley Council met.")
    assert [t for t, n, _ in found if n == "Mbuzi"] == ["Mbuzi group"]  # the mention spans its marker


def test_a_former_name_is_another_actor():
    found, _ = _found("The Kivu Freedom Movement (formerly the Kivu People's Army) shelled Goma.")
    assert [(t, n) for t, n, _ in found] == [("Kivu Freedom Movement", "Kivu Freedom Movement"),
                                             ("Kivu People's Army", "Kivu People's Army")]
    # a generic word is no former name
    found, _ = _found("The Kivu Freedom Movement (formerly the Army) shelled Goma.")
    assert [n for _, n, _ in found] == ["Kivu Freedom Movement"]


def test_a_branch_after_a_dash_is_one_actor():
    found, _ = _found("The Islamic State – Lake Kivu Province claimed the raid.")
    assert found == [("Islamic State – Lake Kivu Province", "Islamic State – Lake Kivu Province", "armed_group")]
    # a branch the gazetteer knows, written with a dash, is that actor
    found, _ = _found("The Islamic State – Somalia Province claimed the raid.")
    assert [n for _, n, _ in found] == ["Islamic State Somalia Province"]


def test_a_states_titled_forces_are_that_state():
    found, _ = _found("The Ethiopian National Defense Forces and the Kenyan Defence Forces met in Moyale.")
    assert [(t, n) for t, n, _ in found] == [("Ethiopian National Defense Forces", "Ethiopia"),
                                             ("Kenyan Defence Forces", "Kenya")]


def test_backed_fighters_from_a_state_are_one_group():
    found, _ = _found("Rwandan-backed Islamists from Uganda attacked a camp.")
    assert ("Rwandan", "Rwanda", "state") in found
    assert ("Rwandan-backed Islamists from Uganda", "Rwandan-backed Islamists from Uganda", "armed_group") in found
    assert "Uganda" not in {n for _, n, _ in found}


def test_a_code_name_coordinated_with_a_group_is_another_group():
    found, _ = _found("The K7 Alliance of Brothers holds the port. K7 and ZPep have been rivals for years; "
                      "ZPep fighters raided the market.")
    assert [(t, n, k) for t, n, k in found if n == "ZPep"] == [("ZPep", "ZPep", "coalition")] * 2
    # a known acronym stays what it is
    found, _ = _found("The Kivu Freedom Movement and UNRWA met in Goma.")
    assert [k for t, _, k in found if t == "UNRWA"] == ["igo"]


def test_a_capital_after_a_place_noun_and_of_is_a_place():
    found, _ = _found("Gangs hold the outskirts of Port-au-Prince. Russian jets bombed the suburbs of Damascus.")
    assert [n for _, n, _ in found] == ["Russia"]


def test_a_government_phrase_named_by_its_place():
    found, _ = _found("Kyiv said Russian planes hit Kharkiv. The junta in Niamey expelled French troops.")
    assert ("The junta", "Niger", "state") in found
    assert [n for _, n, _ in found].count("Russia") == 1  # not the article's main country
