"""Support, attacks and truces told in the many ways reports tell them: Spanish and French on the rules, English
on the parse path, with the shipped gazetteer.

Every sentence is written for these tests (about Yemen, Lebanon, the Great Lakes, the Sahel, Colombia, Libya,
Myanmar and Ukraine); none is taken from an article.
"""

from __future__ import annotations

import pytest

from actorgraph.graph.model import Claim
from actorgraph.loaders.articles.parse import load_model
from tests.articles_helpers import extract, parse, read_triples, triples

HOUTHIS, IRAN, SAUDI, ISRAEL, HAMAS, HEZBOLLAH = "houthis", "iran", "saudi-arabia", "israel", "hamas", "hezbollah"
M23, RWANDA, DRC = "march-23-movement", "rwanda", "democratic-republic-of-the-congo"
ELN, FARC, COLOMBIA = "ejercito-de-liberacion-nacional", "farc", "colombia"
JNIM, MALI = "jamaat-nusrat-al-islam-wal-muslimin", "mali"


def both(x: str, y: str) -> set[tuple[str, str, str]]:
    return {(x, "ATTACKS", y), (y, "ATTACKS", x)}


def truce(x: str, y: str) -> tuple[str, str, str]:
    a, b = sorted((x, y))
    return (a, "CEASEFIRE_WITH", b)


def found(triple_set: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The triples with a symmetric relation's endpoints in one order (the claims' order is not the tests' concern)."""
    out = set()
    for s, t, o in triple_set:
        if t in {"CEASEFIRE_WITH", "ALLIED_WITH"}:
            s, o = sorted((s, o))
        out.add((s, t, o))
    return out


# ---- the rules: Spanish -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los hutíes, con el apoyo de Irán, atacaron Arabia Saudí.", {(IRAN, "SUPPORTS", HOUTHIS),
                                                                     (HOUTHIS, "ATTACKS", SAUDI)}),
        ("Irán arma a los hutíes.", {(IRAN, "SUPPORTS", HOUTHIS)}),
        ("Irán envió armas a los hutíes.", {(IRAN, "SUPPORTS", HOUTHIS)}),
        ("El ELN atacó a las FARC.", {(ELN, "ATTACKS", FARC)}),
        # a time phrase between the verb and its object, and a coordinated object after "y al"
        ("El ELN atacó el martes a las FARC y al Ejército colombiano.", {(ELN, "ATTACKS", FARC),
                                                                        (ELN, "ATTACKS", COLOMBIA)}),
        ("El ELN se enfrentó con las FARC en Arauca.", both(ELN, FARC)),
        ("El ELN y las FARC se enfrentaron en Arauca.", both(ELN, FARC)),
        ("Hamás lanzó cohetes contra Israel.", {(HAMAS, "ATTACKS", ISRAEL)}),
        ("El ELN firmó un alto el fuego con el Gobierno colombiano.", {truce(ELN, COLOMBIA)}),
        ("La tregua firmada por Israel y Hamás se mantiene.", {truce(ISRAEL, HAMAS)}),
    ],
)
def test_spanish_phrasings(tmp_path, text, expected):
    assert expected <= found(triples(extract(tmp_path, text)))


# ---- the rules: French --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le M23, soutenu par le Rwanda, a pris Goma.", {(RWANDA, "SUPPORTS", M23)}),
        ("Le M23, armé par le Rwanda, a pris Goma.", {(RWANDA, "SUPPORTS", M23)}),
        ("Le M23 avance avec le soutien du Rwanda.", {(RWANDA, "SUPPORTS", M23)}),
        ("Le Rwanda arme le M23.", {(RWANDA, "SUPPORTS", M23)}),
        ("Le JNIM a attaqué l'armée malienne.", {(JNIM, "ATTACKS", MALI)}),
        ("Les jihadistes du JNIM ont attaqué des soldats maliens.", {(JNIM, "ATTACKS", MALI)}),
        ("Israël a bombardé des positions du Hezbollah.", {(ISRAEL, "ATTACKS", HEZBOLLAH)}),
        ("Le Hezbollah a tiré des roquettes sur Israël.", {(HEZBOLLAH, "ATTACKS", ISRAEL)}),
        ("Des combats entre le M23 et l'armée congolaise ont éclaté.", both(M23, DRC)),
        ("De violents affrontements entre le JNIM et l'armée malienne ont eu lieu.", both(JNIM, MALI)),
        ("Le JNIM et l'armée malienne se sont affrontés près de Mopti.", both(JNIM, MALI)),
        ("Le cessez-le-feu entre Israël et le Hezbollah est entré en vigueur.", {truce(ISRAEL, HEZBOLLAH)}),
        ("Le Hamas et Israël ont conclu une trêve.", {truce(ISRAEL, HAMAS)}),
    ],
)
def test_french_phrasings(tmp_path, text, expected):
    assert expected <= found(triples(extract(tmp_path, text)))


@pytest.mark.parametrize(
    "text",
    [
        "El ELN no atacó a las FARC.",
        "Irán niega armar a los hutíes.",
        "Hamás rechazó una tregua con Israel.",
        "Le M23 n'a pas attaqué l'armée congolaise.",
        "Le Rwanda nie soutenir le M23.",
        "Le JNIM n'a jamais attaqué l'armée malienne.",
        "Irán no envió armas a los hutíes.",
    ],
)
def test_negated_spanish_and_french_give_nothing(tmp_path, text):
    assert triples(extract(tmp_path, text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Irán supuestamente arma a los hutíes.", (IRAN, "SUPPORTS", HOUTHIS)),
        ("Le Rwanda aurait armé le M23.", (RWANDA, "SUPPORTS", M23)),
        ("El ELN supuestamente atacó el martes a las FARC.", (ELN, "ATTACKS", FARC)),
        ("Le JNIM aurait attaqué l'armée malienne.", (JNIM, "ATTACKS", MALI)),
    ],
)
def test_hedged_spanish_and_french_are_kept_hedged(tmp_path, text, expected):
    claims = {(c.subject, str(c.type), c.object): c for c in extract(tmp_path, text).claims}
    assert claims[expected].hedged


# ---- the rules: English --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire agreed by Israel and Hamas held.", {truce(ISRAEL, HAMAS)}),
        ("The Ethiopian government and the TPLF agreed a cessation of hostilities.",
         {truce("ethiopia", "tigray-peoples-liberation-front")}),
        ("Egypt and the UAE back the LNA.", {("egypt", "SUPPORTS", "libyan-national-army"),
                                             ("united-arab-emirates", "SUPPORTS", "libyan-national-army")}),
    ],
)
def test_english_rule_phrasings(tmp_path, text, expected):
    assert expected <= found(triples(extract(tmp_path, text)))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # the experts tell the backing, they are no party of it
        ("The M23 rebels are backed by Rwanda, UN experts say.", ("united-nations", "SUPPORTS", M23)),
        ("The M23 is accused by UN experts of being backed by Rwanda.", (RWANDA, "SUPPORTS", "united-nations")),
        # a verb before "back" makes it a particle: "pushed back" is no backing
        ("Somali troops and Kenyan soldiers pushed back al-Shabaab.", ("kenya", "SUPPORTS", "al-shabaab")),
    ],
)
def test_tellers_and_particles_are_no_parties(tmp_path, text, unwanted):
    assert unwanted not in triples(extract(tmp_path, text))


# ---- the parse path: English ----------------------------------------------------------------------------
needs_model = pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")


def parsed(text: str) -> dict[tuple[str, str, str], Claim]:
    return {(c.subject, str(c.type), c.object): c for c in parse(text).claims}


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish-trained Somali army fought al-Shabaab.", {("turkey", "SUPPORTS", "somalia"),
                                                                ("somalia", "ATTACKS", "al-shabaab")}),
        ("The Houthis shelled Saudi positions.", {(HOUTHIS, "ATTACKS", SAUDI)}),
        ("Al-Shabaab militants attacked a Kenyan convoy.", {("al-shabaab", "ATTACKS", "kenya")}),
        ("Israel retaliated against Hezbollah with airstrikes.", {(ISRAEL, "ATTACKS", HEZBOLLAH)}),
        ("Russia struck at Ukraine with missiles.", {("russia", "ATTACKS", "ukraine")}),
        ("The junta agreed to a China-brokered truce with the Arakan Army.",
         {truce("myanmar-military-junta", "arakan-army")}),
        ("The United States provides Ukraine with air defence systems.", {("united-states", "SUPPORTS", "ukraine")}),
        ("The United States is Ukraine's largest military donor.", {("united-states", "SUPPORTS", "ukraine")}),
        ("The junta lost the town to the Arakan Army.", {("arakan-army", "ATTACKS", "myanmar-military-junta")}),
        ("Hamas lost control of Rafah to Israel.", {(ISRAEL, "ATTACKS", HAMAS)}),
        ("Al-Shabaab claimed the killing of four Somali soldiers.", {("al-shabaab", "ATTACKS", "somalia")}),
        ("The truce that Israel and Hamas signed in January collapsed.", {truce(ISRAEL, HAMAS)}),
        ("The Taliban raided a Pakistani border post.", {("taliban", "ATTACKS", "pakistan")}),
        ("The Arakan Army seized a junta base.", {("arakan-army", "ATTACKS", "myanmar-military-junta")}),
        # a coordinated subject at war fights itself
        ("The RSF and the Sudanese army have been at war since April 2023.",
         both("rapid-support-forces", "sudan")),
        ("Israel and Hezbollah are in conflict.", both(ISRAEL, HEZBOLLAH)),
    ],
)
def test_parse_phrasings(text, expected):
    assert expected <= found(set(parsed(text)))


@needs_model
@pytest.mark.parametrize(
    "text", ["The Wagner Group fights alongside the Malian army.", "Wagner fighters fought beside Malian troops."]
)
def test_fighting_side_by_side_is_an_alliance_not_an_attack(text):
    read = found(set(parsed(text)))
    assert ("mali", "ALLIED_WITH", "wagner-group") in read
    assert not any(t == "ATTACKS" for _, t, _ in read)


@needs_model
def test_an_attack_claimed_in_the_passive_is_an_admission():
    claim = parsed("The attack on the Taliban was claimed by the Islamic State.")[("islamic-state", "ATTACKS",
                                                                                   "taliban")]
    assert not claim.hedged


@needs_model
def test_a_parse_that_hangs_an_actor_across_a_verb_gives_no_edge():
    # the parser reads "the Houthis" as a modifier of "Riyadh" and "worried" as an adjective
    assert (IRAN, "SUPPORTS", SAUDI) not in parsed("Iran's backing of the Houthis worried Riyadh.")


@needs_model
def test_a_donor_of_aid_alone_is_no_backer():
    assert parsed("Saudi Arabia is the largest donor of humanitarian aid to Yemen.") == {}


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "The government did not lose the city to the rebels.",
        "The junta lost the support of China to the Arakan Army.",  # no place lost: nothing taken
    ],
)
def test_losing_without_a_place_or_negated_gives_no_attack(text):
    assert not any(t == "ATTACKS" for _, t, _ in parsed(text))


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Israel hit out at Hamas over the talks.",  # words, not blows
        "Iran lashed out at Israel in a speech.",
        "Russia retaliated against Ukraine with sanctions on grain.",
    ],
)
def test_words_and_sanctions_are_no_attacks(text):
    assert not any(t == "ATTACKS" for _, t, _ in parsed(text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # who tells the backing is not backed; a relative clause is no subject of the main verb
        ("Le M23, que Kinshasa accuse d'être soutenu par le Rwanda, avance.", (RWANDA, "SUPPORTS", DRC)),
        ("El ELN, que según el Gobierno es apoyado por Venezuela, atacó a las FARC.", ("venezuela", "ATTACKS", FARC)),
        # a singular participle describes the nearest member only
        ("Los combates entre el ELN y el Ejército colombiano, apoyado por Estados Unidos, continúan.",
         ("united-states", "SUPPORTS", ELN)),
    ],
)
def test_spanish_and_french_clauses_keep_their_own_parties(tmp_path, text, unwanted):
    assert unwanted not in triples(extract(tmp_path, text))


@needs_model
def test_the_backed_government_is_the_main_countrys():
    text = ("ADEN, March 3 - Yemen's Houthis shelled Marib on Monday. The Saudi-backed government said its forces "
            "repelled the assault.")
    assert (SAUDI, "SUPPORTS", "yemeni-government") in parsed(text)


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Russia and Iran are in a war against Ukraine.",  # side by side, not against each other
        "Russia and Iran were at peace.",
        "The French ambassador left his post in Niamey.",
    ],
)
def test_a_coordinated_subject_at_war_with_a_third_party_is_not_mutual(text):
    found = set(parsed(text))
    assert ("russia", "ATTACKS", "iran") not in found and ("iran", "ATTACKS", "russia") not in found
    assert not any(t == "ATTACKS" and "france" in (s, o) for s, t, o in found)


@needs_model
@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Israel and Hamas could be at war again.", True),
        ("The junta allegedly lost the town to the Arakan Army.", True),
        ("Israel and Hezbollah are no longer at war.", None),  # nothing
    ],
)
def test_new_parse_phrasings_are_negated_and_hedged_like_the_others(text, hedged):
    attacks = [c for c in parsed(text).values() if str(c.type) == "ATTACKS"]
    if hedged is None:
        assert attacks == []
    else:
        assert attacks and all(c.hedged for c in attacks)


# ---- forces given to a coalition or a mission --------------------------------------------------------
MJTF, ATMIS = "multinational-joint-task-force", "atmis"


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad pledged 3,000 soldiers to the Multinational Joint Task Force.", ("chad", MJTF)),
        ("Uganda contributed 6,000 troops to ATMIS in 2022.", ("uganda", ATMIS)),
        ("Burundi deployed a new contingent to ATMIS.", ("burundi", ATMIS)),
        # "the mission" names the one mission just named
        ("ATMIS began its work in Somalia in April 2022. Burundi sent 500 soldiers to the mission.",
         ("burundi", ATMIS)),
        # the existing purpose clauses stay support
        ("Rwanda dispatched soldiers to bolster the M23.", (RWANDA, M23)),
    ],
)
def test_forces_given_to_a_coalition_or_mission_back_it(text, expected):
    backer, backed = expected
    assert (backer, "SUPPORTS", backed) in parsed(text)


@needs_model
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Chad sent 3,000 soldiers to Nigeria.", ("chad", "nigeria")),  # a country alone: no support
        ("Chad sent a delegation to the Multinational Joint Task Force.", ("chad", MJTF)),  # no forces
        ("Chad did not send soldiers to the Multinational Joint Task Force.", ("chad", MJTF)),
        ("Rwanda sent troops to fight the M23.", (RWANDA, M23)),  # fighting Y is no support of Y
        # two missions named before: "the mission" is neither
        ("ATMIS replaced AMISOM in 2022. Burundi sent 500 soldiers to the mission.", ("burundi", ATMIS)),
    ],
)
def test_forces_sent_elsewhere_or_to_fight_are_no_support(text, unwanted):
    backer, other = unwanted
    assert (backer, "SUPPORTS", other) not in parsed(text)


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "The M23 seized the lakeside town on Friday after days of fighting with the Congolese army.",
        "The M23 took the hill following heavy clashes with Congolese troops.",
        "The M23 withdrew from the border post amid skirmishes with the Congolese army.",
    ],
)
def test_a_fight_in_a_time_phrase_on_the_subjects_deed_is_mutual_fighting(text):
    assert both(M23, DRC) <= set(parsed(text))


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        # the subject judges, reports or asks: it did not fight
        "The United Nations condemned the looting after clashes with the M23.",
        "The African Union called for calm after days of fighting with the M23.",
    ],
)
def test_a_fight_in_a_time_phrase_of_someone_elses_deed_names_no_fighter(text):
    triples_found = read_triples(text)  # rules and parse together
    assert not {t for t in triples_found if t[1] == "ATTACKS"}


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads the receiver as a compound of the goods ("Bolivia Mirage jets")
        ("Peru offered Bolivia Mirage jets in 1979.", ("peru", "bolivia")),
        ("Iran gave the Houthis Quds cruise missiles.", (IRAN, HOUTHIS)),
        ("Turkey sold Ukraine armed drones in 2019.", ("turkey", "ukraine")),
    ],
)
def test_goods_given_straight_after_the_receiver_support_it(expected, text):
    giver, receiver = expected
    assert (giver, "SUPPORTS", receiver) in read_triples(text)


@needs_model
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a state's weapons named like its forces are the goods, not the receiver
        ("Iran supplied Russian tanks to the Houthis.", (IRAN, "russia")),
        ("Egypt delivered French warplanes to the Libyan National Army.", ("egypt", "france")),
        ("Russia supplied Syrian tanks with spare engines.", ("russia", "syrian-government-assad")),
    ],
)
def test_a_states_weapons_given_away_are_no_receiver(text, unwanted):
    giver, other = unwanted
    assert (giver, "SUPPORTS", other) not in read_triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and Egypt, with the support of the United States, brokered a truce between Hamas and Israel.",
        "With the backing of the United States, Qatar mediated talks between Hamas and Israel.",
        "Kenya, with help from Ethiopia, hosted talks between the Sudanese army and the RSF.",
    ],
)
def test_a_mediators_backer_backs_no_side(text):
    assert not {t for t in read_triples(text) if t[1] == "SUPPORTS"}


def test_support_for_a_side_on_a_deed_of_war_stays():
    assert ("russia", "SUPPORTS", "syrian-government-assad") in read_triples(
        "The Syrian army, with the support of Russian aircraft, retook Palmyra in March 2016.", "2016-03-28")


@pytest.mark.parametrize(
    "text",
    [
        "Former members of the FARC ambushed Colombian soldiers in Cauca.",
        "Ex-fighters of the M23 attacked Congolese troops near Rutshuru.",
        "Former FARC fighters attacked Colombian troops.",
        "Colombian troops attacked former FARC fighters in Narino.",
    ],
)
def test_people_who_left_a_group_do_not_act_for_it(text):
    assert not {t for t in read_triples(text) if "farc" in t or "march-23-movement" in t}


def test_people_who_left_a_group_still_make_its_lineage():
    text = "The Kivu Patriots Movement was formed in 2019 by former members of the M23."
    assert ("kivu-patriots-movement", "SUCCESSOR_OF", "march-23-movement") in read_triples(text)
    assert ("march-23-movement", "ATTACKS", "democratic-republic-of-the-congo") in read_triples(
        "M23 fighters attacked Congolese troops.")  # the group's own fighters act for it
