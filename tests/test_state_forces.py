"""States and their forces described rather than named (issue #10): places that tell the article's country,
"the junta", "the country's army", bare "soldiers", "the military" named with its state elsewhere, and "X
sent troops to help Y fight Z".

Every sentence is written for these tests, about wars in Myanmar, Burkina Faso, Somalia, Ukraine, Congo
and Mozambique, read with the shipped gazetteer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.loaders.articles.mentions import Finder
from actorgraph.loaders.articles.parse import load_model
from actorgraph.loaders.gazetteer import Resolver
from tests.articles_helpers import extract, parse, shipped, triples


def _finder(text: str, published: str = "2024-05-04") -> Finder:
    gazetteer, index = shipped()
    finder = Finder(index, Resolver(gazetteer), text, dt.date.fromisoformat(published))
    finder.run()
    return finder


def _read(text: str, published: str = "2024-05-04") -> dict[str, str]:
    """Mention text -> actor id."""
    return {m.text: m.actor for m in _finder(text, published).mentions}


RAKHINE = ("BANGKOK, 4 March 2024 - The junta shelled villages in Rakhine State on Sunday, residents said. Thailand "
           "and China urged restraint. Government troops later bombed a clinic near Sittwe.")


def test_places_tell_the_country_a_foreign_dateline_and_mediators_do_not():
    finder = _finder(RAKHINE)
    assert finder.main_country() == "MMR"
    found = {m.text: m.actor for m in finder.mentions}
    assert found["The junta"] == found["Government troops"] == "myanmar-military-junta"
    assert not any(m.text in {"Rakhine State", "Sittwe"} for m in finder.mentions)  # places are no actors


def test_a_capital_inside_a_longer_place_is_no_capital():
    finder = _finder("Al-Shabaab fighters attacked a base in Lower Juba on Monday, the Somali army said.")
    assert "south-sudan" not in {m.actor for m in finder.mentions}
    assert "SSD" not in finder.countries and finder.countries["SOM"] >= 2


def test_a_named_rebel_army_blocks_the_army_but_not_the_military():
    found = _read("The military bombed a camp of the Kachin Independence Army in Kachin State on Monday. The army "
                  "said it had lost a hill in Myanmar's north.")
    assert found["The military"] == "myanmar-military-junta"
    assert "The army" not in found  # it may be the Kachin Independence Army


@pytest.mark.parametrize("phrase", ["Junta troops", "The ruling junta", "The country's military"])
def test_junta_forces_and_the_countrys_military_are_the_main_countrys(phrase):
    found = _read(f"{phrase} shelled a village in Sagaing on Monday, killing nine people in Myanmar's north.")
    assert found[phrase] == "myanmar-military-junta"


def test_bare_soldiers_are_the_main_countrys_when_no_other_force_is_named():
    found = _read("Fighters of JNIM ambushed soldiers near Djibo in Burkina Faso on Sunday. Gunmen also killed "
                  "five policemen in Burkina Faso's east.")
    assert found["soldiers"] == found["policemen"] == "burkina-faso"


@pytest.mark.parametrize("text", [
    "JNIM ambushed soldiers near Djibo on Sunday, and French troops flew in from Niger to Burkina Faso.",
    "JNIM ambushed UN troops near Djibo in Burkina Faso on Sunday.",
    "JNIM ambushed rebel soldiers near Djibo in Burkina Faso on Sunday.",
    "JNIM recruited former soldiers near Djibo in Burkina Faso.",
    "JNIM ambushed soldiers loyal to a local chief near Djibo in Burkina Faso.",
])
def test_soldiers_someone_else_may_own_stay_unread(text):
    finder = _finder(text)
    assert not [m for m in finder.mentions if m.how == "generic" and m.text.split()[-1] in {"soldiers", "troops"}]


def test_the_military_is_the_state_named_with_that_word_when_the_counts_do_not_settle_it():
    found = _read("Russian forces shelled Kharkiv overnight, the Ukrainian military said. Moscow said its troops "
                  "took a village. The military said Russia had lost two tanks.")
    assert found["The military"] == "ukraine"


def test_the_military_stays_unread_when_two_states_have_one():
    found = _read("The Ukrainian military and the Russian military traded claims. The military said it had held.")
    assert "The military" not in found


def test_state_forces_read_in_relations(tmp_path):
    found = triples(extract(tmp_path, "MOGADISHU, 3 May 2024 - Al-Shabaab attacked troops at a base in Middle "
                                      "Shabelle on Tuesday, the government said.", "2024-05-04"))
    assert ("al-shabaab", "ATTACKS", "somalia") in found


def _parsed(text: str) -> set[tuple[str, str, str]]:
    return triples(parse(text, "2024-05-04"))


@pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")
def test_troops_sent_to_help_a_state_fight_support_it():
    found = _parsed("Burundi sent troops to eastern Congo to help the Congolese army fight the M23 in North Kivu.")
    assert ("burundi", "SUPPORTS", "democratic-republic-of-the-congo") in found
    assert ("democratic-republic-of-the-congo", "ATTACKS", "march-23-movement") in found
    sent = _parsed("Rwanda sent troops to Cabo Delgado in Mozambique.")
    assert not [t for t in sent if t[1] == "SUPPORTS"]  # troops sent to a country are no support of it


def test_spanish_and_french_words_for_the_national_forces():
    found = _read("El Ejército bombardeó un campamento en Arauca. Las Fuerzas Armadas y el Ejército de Liberación "
                  "Nacional (ELN) se enfrentan en el Catatumbo, en Colombia.")
    assert found["El Ejército"] == found["Las Fuerzas Armadas"] == "colombia"
    assert found.get("Ejército de Liberación Nacional") != "colombia"  # a name follows: the rebels
    french = _read("L'armée a repris le camp près de Kidal. Les forces armées ont visé des positions près de Gao, "
                   "au Mali.")
    assert french["L'armée"] == french["Les forces armées"] == "mali"
