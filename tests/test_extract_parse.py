"""The parse-based extractor: each construction of the trigger lexicon, negation, hedging and date roles.

Every sentence is written for these tests (about Myanmar, the DRC, the Sahel, Somalia, Yemen, Ukraine,
Colombia); the actors come from a small gazetteer of this file so the tests do not depend on the shipped one.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache
from pathlib import Path

import pytest

from actorgraph.errors import InputError
from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document, Extraction
from actorgraph.loaders.articles.lexicon import load_lexicon
from actorgraph.loaders.articles.parse import load_model
from actorgraph.loaders.articles.syntax_extract import ParseExtractor
from actorgraph.loaders.gazetteer import Gazetteer, Resolver

pytestmark = pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")

ACTORS = """
- {id: myanmar-junta, name: State Administration Council, kind: government, country: MMR,
   aliases: [junta, Tatmadaw, Myanmar military]}
- {id: arakan-army, name: Arakan Army, kind: armed_group, country: MMR, aliases: [AA]}
- {id: tnla, name: Ta'ang National Liberation Army, kind: armed_group, country: MMR, aliases: [TNLA]}
- {id: rwanda, name: Rwanda, kind: state, country: RWA, demonyms: [Rwandan], metonyms: [Kigali]}
- {id: m23, name: M23, kind: armed_group, country: COD, aliases: [March 23 Movement]}
- {id: cndp, name: National Congress for the Defence of the People, kind: armed_group, country: COD, aliases: [CNDP]}
- {id: drc-army, name: FARDC, kind: government, country: COD, aliases: [Congolese army]}
- {id: jnim, name: JNIM, kind: armed_group, country: MLI}
- {id: ansar-dine, name: Ansar Dine, kind: armed_group, country: MLI}
- {id: al-mourabitoun, name: al-Mourabitoun, kind: armed_group, country: MLI}
- {id: katiba-macina, name: Katiba Macina, kind: armed_group, country: MLI}
- {id: al-qaeda, name: al-Qaeda, kind: armed_group}
- {id: al-shabaab, name: al-Shabaab, kind: armed_group, country: SOM}
- {id: icu, name: Islamic Courts Union, kind: armed_group, country: SOM, aliases: [ICU]}
- {id: somalia, name: Somalia, kind: state, country: SOM, demonyms: [Somali]}
- {id: kenya, name: Kenya, kind: state, country: KEN, demonyms: [Kenyan]}
- {id: houthis, name: Houthis, kind: armed_group, country: YEM, aliases: [Ansar Allah]}
- {id: iran, name: Iran, kind: state, country: IRN, demonyms: [Iranian], metonyms: [Tehran]}
- {id: saudi-arabia, name: Saudi Arabia, kind: state, country: SAU, demonyms: [Saudi]}
- {id: russia, name: Russia, kind: state, country: RUS, demonyms: [Russian], metonyms: [Moscow]}
- {id: ukraine, name: Ukraine, kind: state, country: UKR, demonyms: [Ukrainian], metonyms: [Kyiv]}
- {id: eln, name: National Liberation Army, kind: armed_group, country: COL, aliases: [ELN]}
- {id: comuneros, name: Comuneros del Sur, kind: armed_group, country: COL}
"""


@lru_cache(maxsize=1)
def _extractor(path: str) -> ParseExtractor:
    return ParseExtractor(Resolver(Gazetteer.load([path], builtin=False)))


@pytest.fixture(scope="module")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("parse") / "actors.yaml"
    path.write_text(ACTORS, encoding="utf-8")
    return str(path)


def read(path: str, text: str, published: str = "2024-06-12", language: str | None = "en") -> Extraction:
    article = Article(id="p1", published=published, language=language)
    return _extractor(path).extract(Document(article, text))


def triples(result: Extraction) -> set[tuple[str, str, str]]:
    return {(c.subject, str(c.type), c.object) for c in result.claims}


def parse_triples(result: Extraction) -> set[tuple[str, str, str]]:
    return {(c.subject, str(c.type), c.object) for c in result.claims if c.extractor.startswith("parse:")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active and passive voice
        ("The Arakan Army overran junta outposts near the coast.", {("arakan-army", "ATTACKS", "myanmar-junta")}),
        ("Junta positions in the hills were shelled by the TNLA.", {("tnla", "ATTACKS", "myanmar-junta")}),
        # coordination on either side
        ("The Arakan Army and the TNLA pounded Tatmadaw bases.",
         {("arakan-army", "ATTACKS", "myanmar-junta"), ("tnla", "ATTACKS", "myanmar-junta")}),
        ("Al-Shabaab fighters ambushed Somali troops and Kenyan soldiers.",
         {("al-shabaab", "ATTACKS", "somalia"), ("al-shabaab", "ATTACKS", "kenya")}),
        # relative clause, purpose clause
        ("The M23, which receives support from Rwanda, tightened its grip on the province.",
         {("rwanda", "SUPPORTS", "m23")}),
        ("Kigali sent hundreds of soldiers to reinforce the M23 near the lake.", {("rwanda", "SUPPORTS", "m23")}),
        # nominalisations
        ("Russia's offensive against Ukraine dragged into a third winter.", {("russia", "ATTACKS", "ukraine")}),
        ("The Houthis' reliance on Iran's aid keeps growing.", {("iran", "SUPPORTS", "houthis")}),
        ("Moscow launched a wave of strikes on Ukraine overnight.", {("russia", "ATTACKS", "ukraine")}),
        # a state named after "at" or "toward" is aimed at; a demonym before a support noun is the giver
        ("The Houthis fired missiles at Saudi Arabia on Friday.", {("houthis", "ATTACKS", "saudi-arabia")}),
        ("Russia launched drones toward Ukraine overnight.", {("russia", "ATTACKS", "ukraine")}),
        ("Iranian funding for the Houthis grew.", {("iran", "SUPPORTS", "houthis")}),
        # a name or a capital after "to" receives ("aid to Kyiv"); a fight's parties on the verb it is subject of
        ("Saudi Arabia has provided $500 million in military aid to Somalia.",
         {("saudi-arabia", "SUPPORTS", "somalia")}),
        ("Saudi Arabia delivered artillery shells to Kyiv last year.", {("saudi-arabia", "SUPPORTS", "ukraine")}),
        ("Heavy fighting erupted between the junta and the Arakan Army on Sunday.",
         {("myanmar-junta", "ATTACKS", "arakan-army"), ("arakan-army", "ATTACKS", "myanmar-junta")}),
        ("Clashes raged between the Tatmadaw and the paramilitary Arakan Army (AA) near the coast.",
         {("myanmar-junta", "ATTACKS", "arakan-army")}),
        ("Separatist rebels of the Arakan Army said they had killed dozens of junta soldiers.",
         {("arakan-army", "ATTACKS", "myanmar-junta")}),
        # hyphenated modifiers and appositions
        ("The Rwanda-backed M23 took the mining town.", {("rwanda", "SUPPORTS", "m23")}),
        ("The al-Qaeda-affiliated JNIM blockaded the town.", {("jnim", "AFFILIATE_OF", "al-qaeda")}),
        ("The al-Qaeda affiliate in the Sahel, JNIM, blockaded the town.", {("jnim", "AFFILIATE_OF", "al-qaeda")}),
        ("JNIM, an al-Qaeda affiliate, blockaded the town.", {("jnim", "AFFILIATE_OF", "al-qaeda")}),
        ("Al-Shabaab is an affiliate of al-Qaeda.", {("al-shabaab", "AFFILIATE_OF", "al-qaeda")}),
        # lineage told with many words
        ("Al-Shabaab grew out of the Islamic Courts Union.", {("al-shabaab", "SUCCESSOR_OF", "icu")}),
        ("Ansar Dine and al-Mourabitoun merged to form JNIM.",
         {("jnim", "SUCCESSOR_OF", "ansar-dine"), ("jnim", "SUCCESSOR_OF", "al-mourabitoun")}),
        ("The CNDP was the forerunner of the M23.", {("m23", "SUCCESSOR_OF", "cndp")}),
        ("The M23 traces its origins to the CNDP.", {("m23", "SUCCESSOR_OF", "cndp")}),
        ("JNIM was formed by the leaders of Ansar Dine.", {("jnim", "SUCCESSOR_OF", "ansar-dine")}),
        ("The CNDP renamed itself the M23.", {("m23", "SUCCESSOR_OF", "cndp")}),
        ("Comuneros del Sur broke away from the ELN.", {("comuneros", "AFFILIATE_OF", "eln")}),
        ("Katiba Macina pledged allegiance to JNIM.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        # truces
        ("The Houthis and Saudi Arabia agreed a truce.", {("houthis", "CEASEFIRE_WITH", "saudi-arabia")}),
    ],
)
def test_constructions(gazetteer_path, text, expected):
    assert expected <= parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Arakan Army did not attack junta positions.",
        "Rwanda denied that it supported the M23.",
        "The TNLA never shelled Tatmadaw bases.",
        "Kigali has no longer backed the M23 since the talks.",
    ],
)
def test_negated_statements_give_nothing(gazetteer_path, text):
    assert not read(gazetteer_path, text).claims


@pytest.mark.parametrize(
    "text",
    ["Rwanda reportedly armed the M23.", "Rwanda could arm the M23.", "Kinshasa accused Rwanda of arming the M23."],
)
def test_hedged_statements_are_kept_and_marked(gazetteer_path, text):
    claims = [c for c in read(gazetteer_path, text).claims if c.subject == "rwanda" and c.object == "m23"]
    assert claims and all(c.hedged and c.confidence <= 0.6 for c in claims)


def test_each_claim_names_its_extractor(gazetteer_path):
    result = read(gazetteer_path, "The Houthis' reliance on Iran's aid keeps growing.")
    assert {c.extractor for c in result.claims} == {"parse:aid"}


# ---- dates with roles ------------------------------------------------------------------------------------
def _claim(result: Extraction, subject: str, type_: str, obj: str):
    found = [c for c in result.claims if (c.subject, str(c.type), c.object) == (subject, type_, obj)]
    assert found, triples(result)
    return found[0]


def test_attack_on_a_day_is_its_event_day(gazetteer_path):
    claim = _claim(read(gazetteer_path, "The Arakan Army attacked junta positions on 3 May 2024."),
                   "arakan-army", "ATTACKS", "myanmar-junta")
    assert claim.valid_from == dt.date(2024, 5, 3) and claim.observed is None


def test_since_starts_a_relation(gazetteer_path):
    claim = _claim(read(gazetteer_path, "Since 2021 Rwanda has backed the M23."), "rwanda", "SUPPORTS", "m23")
    assert claim.valid_from == dt.date(2021, 1, 1) and claim.valid_to is None


def test_a_past_progressive_with_a_year_is_observed_then(gazetteer_path):
    claim = _claim(read(gazetteer_path, "In 2015 Iran was arming the Houthis."), "iran", "SUPPORTS", "houthis")
    assert claim.observed == dt.date(2015, 1, 1) and claim.valid_from is None


def test_present_tense_without_a_date_is_observed_on_publication(gazetteer_path):
    claim = _claim(read(gazetteer_path, "Iran is arming the Houthis."), "iran", "SUPPORTS", "houthis")
    assert claim.observed == dt.date(2024, 6, 12) and claim.valid_from is None


def test_began_gives_a_start(gazetteer_path):
    claim = _claim(read(gazetteer_path, "Iran began arming the Houthis in 2014."), "iran", "SUPPORTS", "houthis")
    assert claim.valid_from == dt.date(2014, 1, 1)


def test_a_split_in_a_year_ends_the_affiliation(gazetteer_path):
    claim = _claim(read(gazetteer_path, "Comuneros del Sur split from the ELN in 2023."),
                   "comuneros", "AFFILIATE_OF", "eln")
    assert claim.ended and claim.valid_to == dt.date(2023, 12, 31) and claim.valid_from is None


def test_an_endpoints_founding_date_is_not_the_claims(gazetteer_path):
    result = read(gazetteer_path, "The M23, founded in 2012, attacked the Congolese army on Monday.")
    claim = _claim(result, "m23", "ATTACKS", "drc-army")
    assert claim.valid_from == dt.date(2024, 6, 10)  # the Monday before the article, not 2012
    claim = _claim(read(gazetteer_path, "JNIM, formed in 2017, is an affiliate of al-Qaeda."),
                   "jnim", "AFFILIATE_OF", "al-qaeda")
    assert claim.valid_from is None and claim.observed == dt.date(2024, 6, 12)


def test_merger_date_starts_the_succession(gazetteer_path):
    claim = _claim(read(gazetteer_path, "In March 2017 Ansar Dine and al-Mourabitoun merged to form JNIM."),
                   "jnim", "SUCCESSOR_OF", "ansar-dine")
    assert claim.valid_from == dt.date(2017, 3, 1)


def test_observed_is_in_the_jsonl_record(gazetteer_path):
    record = read(gazetteer_path, "Iran is arming the Houthis.").record()
    assert {(r["observed"], r["valid_from"], r["date_role"]) for r in record["relations"]} == {
        ("2024-06-12", "2024-06-12", "observed")}


def test_the_jsonl_record_says_what_its_valid_from_is(gazetteer_path):
    record = read(gazetteer_path, "Iran has armed the Houthis since 2015. On 3 June 2024 the Houthis shelled "
                                  "Saudi Arabia. JNIM, formed in 2017, is an affiliate of al-Qaeda.").record()
    roles = {(r["type"], r["valid_from"], r["date_role"], r["observed"]) for r in record["relations"]}
    assert roles == {("SUPPORTS", "2015", "start", None), ("ATTACKS", "2024-06-03", "event", None),
                     ("AFFILIATE_OF", "2024-06-12", "observed", "2024-06-12")}


# ---- languages, the model setting, the lexicon ----------------------------------------------------------
def test_spanish_articles_stay_on_the_rules(gazetteer_path):
    result = read(gazetteer_path, "El M23, respaldado por Ruanda, avanzó. Rwanda-backed M23 fighters advanced.",
                  language="es")
    assert all(c.extractor.startswith("rules:") for c in result.claims)


def test_a_missing_model_runs_the_rules_and_says_so_once(gazetteer_path, caplog):
    extractor = ParseExtractor(Resolver(Gazetteer.load([gazetteer_path], builtin=False)), model="no_such_model_xyz")
    text = "The Arakan Army attacked junta positions on Sunday."
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            result = extractor.extract(Document(Article(id="p2", published="2024-06-12"), text))
            assert ("arakan-army", "ATTACKS", "myanmar-junta") in triples(result)
    assert sum("no_such_model_xyz" in r.getMessage() for r in caplog.records) == 1
    assert all(c.extractor.startswith("rules:") for c in result.claims)


def test_a_bad_lexicon_names_the_file_and_entry(tmp_path: Path):
    path = tmp_path / "triggers.yaml"
    path.write_text("triggers:\n  - {lemmas: [attack], pos: verb, type: ATTACKS, source: [subject], target: [elbow]}\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"triggers\.yaml: triggers\[0\]: unknown role 'elbow'"):
        load_lexicon(path)
    path.write_text("triggers:\n  - {lemmas: [attack], pos: conjunction, type: ATTACKS}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"triggers\[0\]: pos 'conjunction'"):
        load_lexicon(path)


def test_a_month_alone_is_the_latest_such_month_before_the_article(gazetteer_path):
    result = read(gazetteer_path, "Al-Shabaab fighters killed 20 Kenyan soldiers in February.", published="2020-03-10")
    claim = _claim(result, "al-shabaab", "ATTACKS", "kenya")
    assert (claim.valid_from, str(claim.valid_from_precision)) == (dt.date(2020, 2, 1), "month")
    result = read(gazetteer_path, "Al-Shabaab fighters killed 20 Kenyan soldiers in November.", published="2020-03-10")
    assert _claim(result, "al-shabaab", "ATTACKS", "kenya").valid_from == dt.date(2019, 11, 1)


def test_a_reports_date_is_not_the_events(gazetteer_path):
    text = "According to reports on Friday (7 June), on Tuesday (4 June) the TNLA shelled junta bases."
    claim = _claim(read(gazetteer_path, text), "tnla", "ATTACKS", "myanmar-junta")
    assert claim.valid_from == dt.date(2024, 6, 4)


@pytest.mark.parametrize(("text", "expected"), [
    ("They may attack the town.", []), ("since March", [(dt.date(2020, 3, 1), "since")]),
    ("until April", [(dt.date(2019, 4, 1), "until")]), ("the march on the capital", []),
])
def test_month_names_alone(text, expected):
    from actorgraph.loaders.articles.dates import find_dates

    assert [(e.day, e.role) for e in find_dates(text, dt.date(2020, 3, 5))] == expected


def test_a_speakers_it_is_the_speaker(gazetteer_path):
    result = read(gazetteer_path, "The Arakan Army said on Tuesday it had overrun a junta battalion headquarters.")
    assert ("arakan-army", "ATTACKS", "myanmar-junta") in parse_triples(result)


def test_a_relative_clause_does_not_take_the_main_clauses_date(gazetteer_path):
    text = "The junta, which receives weapons from Russia, has bombed rebel towns since February."
    claim = _claim(read(gazetteer_path, text), "russia", "SUPPORTS", "myanmar-junta")
    assert claim.valid_from is None and claim.observed == dt.date(2024, 6, 12)


def test_the_dateline_is_not_parsed_with_the_first_sentence(gazetteer_path):
    text = "SITTWE, June 11 (Reuters) - The Arakan Army said it had overrun a junta garrison on Monday."
    claim = _claim(read(gazetteer_path, text), "arakan-army", "ATTACKS", "myanmar-junta")
    assert claim.extractor == "parse:overrun" and claim.valid_from == dt.date(2024, 6, 10)
    assert claim.evidence.start == 0  # the sentence as the rules see it: one claim, not two


def test_a_coordinated_noun_takes_its_first_conjuncts_place(gazetteer_path):
    text = "The M23 is gaining ground, receiving training, funding and weapons from Kigali."
    assert ("rwanda", "SUPPORTS", "m23") in parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize("text", [
    "The M23 lost the support of Rwanda after the talks.",
    "Russia sent troops to Ukraine in 2022.",
])
def test_no_support_where_the_words_undo_or_do_not_say_it(gazetteer_path, text):
    assert not {t for t in triples(read(gazetteer_path, text)) if t[1] == "SUPPORTS"}


def test_an_article_without_a_language_is_parsed_only_when_it_reads_as_english(gazetteer_path):
    spanish = "El M23 atacó a las fuerzas del ejército congoleño. Rwanda-backed M23 fighters advanced."
    assert all(c.extractor.startswith("rules:") for c in read(gazetteer_path, spanish, language=None).claims)
    english = "The Rwanda-backed M23 took the mining town and the road to the border."
    assert ("rwanda", "SUPPORTS", "m23") in parse_triples(read(gazetteer_path, english, language=None))


def test_square_brackets_read_as_parentheses_and_fighting_for_is_support(gazetteer_path):
    text = "The junta and the Arakan Army [AA] signed an agreement on a cessation of hostilities."
    assert ("arakan-army", "CEASEFIRE_WITH", "myanmar-junta") in parse_triples(read(gazetteer_path, text))
    text = "Moscow said Kigali had sent soldiers to fight for the M23."
    assert ("rwanda", "SUPPORTS", "m23") in parse_triples(read(gazetteer_path, text))


def test_a_group_called_x_is_x(gazetteer_path):
    text = "Ansar Dine merged with two smaller groups to form a new alliance called JNIM."
    assert ("jnim", "SUCCESSOR_OF", "ansar-dine") in parse_triples(read(gazetteer_path, text))


def test_claiming_responsibility_is_no_hedge(gazetteer_path):
    text = "Al-Shabaab claimed responsibility for the attack on Kenyan troops."
    claims = [c for c in read(gazetteer_path, text).claims if c.extractor.startswith("parse:")]
    assert {(c.subject, str(c.type), c.object, c.hedged) for c in claims} == {("al-shabaab", "ATTACKS", "kenya", False)}


# ---- constructions added for #10: support told by a phrase, joint attacks, holders of places, membership ----
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support in a "with" phrase, coordinated participles, "provided Y with Z"
        ("With Rwanda's support, the M23 seized the border post.", {("rwanda", "SUPPORTS", "m23")}),
        ("The Houthis, armed and financed by Tehran, fired missiles at Saudi Arabia.",
         {("iran", "SUPPORTS", "houthis")}),
        ("Kigali provided the M23 with drones and mortars.", {("rwanda", "SUPPORTS", "m23")}),
        # who acts with the subject attacks too; joining forces is an alliance
        ("The TNLA, together with the Arakan Army, shelled Tatmadaw outposts.",
         {("tnla", "ATTACKS", "myanmar-junta"), ("arakan-army", "ATTACKS", "myanmar-junta")}),
        ("The TNLA teamed up with the Arakan Army to storm junta bases.",
         {("tnla", "ATTACKS", "myanmar-junta"), ("arakan-army", "ATTACKS", "myanmar-junta"),
          ("arakan-army", "ALLIED_WITH", "tnla")}),
        ("The TNLA joined forces with the Arakan Army.", {("arakan-army", "ALLIED_WITH", "tnla")}),
        ("The TNLA allied with the Arakan Army.", {("arakan-army", "ALLIED_WITH", "tnla")}),
        # a coordinated subject that names no other party fights itself
        ("The Arakan Army and the TNLA clashed over a checkpoint.",
         {("arakan-army", "ATTACKS", "tnla"), ("tnla", "ATTACKS", "arakan-army")}),
        ("Ansar Dine and Katiba Macina have been fighting for control of the road.",
         {("ansar-dine", "ATTACKS", "katiba-macina"), ("katiba-macina", "ATTACKS", "ansar-dine")}),
        # a place named by its holder, a force named by its leader
        ("Tatmadaw jets bombed a village held by the Arakan Army.", {("myanmar-junta", "ATTACKS", "arakan-army")}),
        ("Junta artillery shelled the TNLA-held town of Namhsan.", {("myanmar-junta", "ATTACKS", "tnla")}),
        ("Junta drones struck areas under Arakan Army control.", {("myanmar-junta", "ATTACKS", "arakan-army")}),
        ("A coalition led by Saudi Arabia bombed the Houthis.", {("saudi-arabia", "ATTACKS", "houthis")}),
        # membership and umbrellas: the member is affiliated with the alliance
        ("Katiba Macina, a member of JNIM, ambushed the convoy.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        ("JNIM is an umbrella group for Ansar Dine and Katiba Macina.",
         {("ansar-dine", "AFFILIATE_OF", "jnim"), ("katiba-macina", "AFFILIATE_OF", "jnim")}),
        ("JNIM, a coalition of Ansar Dine and al-Mourabitoun, seized the town.",
         {("ansar-dine", "AFFILIATE_OF", "jnim"), ("al-mourabitoun", "AFFILIATE_OF", "jnim")}),
        ("JNIM incorporated Katiba Macina into its ranks.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        # lineage in an apposition
        ("JNIM (formerly Ansar Dine) blockaded the town.", {("jnim", "SUCCESSOR_OF", "ansar-dine")}),
        ("The ICU (now al-Shabaab) lost Mogadishu.", {("al-shabaab", "SUCCESSOR_OF", "icu")}),
        ("Al-Shabaab's predecessor, the ICU, controlled the capital.", {("al-shabaab", "SUCCESSOR_OF", "icu")}),
    ],
)
def test_more_constructions(gazetteer_path, text, expected):
    assert expected <= parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Members of Katiba Macina attacked JNIM fighters.", ("katiba-macina", "AFFILIATE_OF", "jnim")),
        ("The Arakan Army and the TNLA fought side by side against the junta.", ("arakan-army", "ATTACKS", "tnla")),
        ("The Arakan Army and the TNLA fought together in the north.", ("arakan-army", "ATTACKS", "tnla")),
        ("Russia fought for towns held by Ukraine.", ("russia", "SUPPORTS", "ukraine")),
        # the appositive owner is no attacker
        ("Al-Shabaab, the ICU's successor, ambushed Kenyan troops.", ("icu", "ATTACKS", "kenya")),
    ],
)
def test_constructions_that_do_not_say_it(gazetteer_path, text, unwanted):
    assert unwanted not in triples(read(gazetteer_path, text))


def test_ruled_out_is_a_denial_but_ruled_is_not(gazetteer_path):
    assert ("al-shabaab", "SUCCESSOR_OF", "icu") in triples(
        read(gazetteer_path, "Al-Shabaab's predecessor, the ICU, ruled the capital for a year."))
    assert not read(gazetteer_path, "Kigali has ruled out arming the M23.").claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda armed and trained the M23 for years.", {("rwanda", "SUPPORTS", "m23")}),
        ("Iran backed the Houthis' campaign against Saudi Arabia.", {("iran", "SUPPORTS", "houthis")}),
        ("The M23 relies on Rwanda for weapons.", {("rwanda", "SUPPORTS", "m23")}),
        ("Russia is the Tatmadaw's main arms supplier.", {("russia", "SUPPORTS", "myanmar-junta")}),
        ("Arms deliveries from Russia to the Arakan Army continued.", {("russia", "SUPPORTS", "arakan-army")}),
        ("Rwanda's backing of the M23 angered Kinshasa.", {("rwanda", "SUPPORTS", "m23")}),
        ("Russia propped up the junta.", {("russia", "SUPPORTS", "myanmar-junta")}),
        ("The junta recaptured the town from the Arakan Army.", {("myanmar-junta", "ATTACKS", "arakan-army")}),
        ("The Arakan Army expelled junta troops from the town.", {("arakan-army", "ATTACKS", "myanmar-junta")}),
        ("Kenyan troops came under fire from al-Shabaab.", {("al-shabaab", "ATTACKS", "kenya")}),
        ("Somali forces came under attack from al-Shabaab.", {("al-shabaab", "ATTACKS", "somalia")}),
        ("Al-Shabaab opened fire on Kenyan troops.", {("al-shabaab", "ATTACKS", "kenya")}),
        ("Russia has been at war with Ukraine since 2022.",
         {("russia", "ATTACKS", "ukraine"), ("ukraine", "ATTACKS", "russia")}),
        ("Katiba Macina teamed up with Ansar Dine to push the Congolese army out of the valley.",
         {("katiba-macina", "ATTACKS", "drc-army"), ("ansar-dine", "ATTACKS", "drc-army")}),
    ],
)
def test_support_and_attack_phrasings(gazetteer_path, text, expected):
    assert expected <= parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a modifier or an apposition describes its own noun, not the nouns coordinated with it
        ("The Rwanda-backed M23 and the CNDP attacked Goma.", ("rwanda", "SUPPORTS", "cndp")),
        ("The ICU and al-Shabaab, an affiliate of al-Qaeda, fought Kenyan troops.",
         ("icu", "AFFILIATE_OF", "al-qaeda")),
        # "to X and Y, Z's leader": Z is no party of the allegiance
        ("Katiba Macina pledged allegiance to JNIM and Iyad, Ansar Dine's leader.",
         ("katiba-macina", "AFFILIATE_OF", "ansar-dine")),
    ],
)
def test_a_description_stays_with_its_noun(gazetteer_path, text, unwanted):
    assert unwanted not in triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    ("text", "expected", "hedged"),
    [
        ("Al-Shabaab said Kenyan jets had bombed its camps.", ("kenya", "ATTACKS", "al-shabaab"), False),
        ("The M23 accused the Congolese army of shelling its positions.", ("drc-army", "ATTACKS", "m23"), True),
    ],
)
def test_its_in_a_told_attack_is_the_teller(gazetteer_path, text, expected, hedged):
    claim = _claim(read(gazetteer_path, text), *expected)
    assert claim.hedged is hedged


def test_its_in_a_told_support_is_not_the_teller(gazetteer_path):
    text = "Al-Shabaab said Kenyan troops had reinforced their positions."
    assert ("kenya", "SUPPORTS", "al-shabaab") not in triples(read(gazetteer_path, text))


@pytest.mark.parametrize("text", [
    "En 2023 los Comuneros del Sur decidieron desvincularse del ELN.",
    "Los Comuneros del Sur se escindieron del ELN en 2023.",
])
def test_spanish_splits_end_an_affiliation(gazetteer_path, text):
    claim = _claim(read(gazetteer_path, text, language="es"), "comuneros", "AFFILIATE_OF", "eln")
    assert claim.ended and claim.valid_to == dt.date(2023, 12, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junta's main backers, Russia and Iran, sent drones.",
         {("russia", "SUPPORTS", "myanmar-junta"), ("iran", "SUPPORTS", "myanmar-junta")}),
        ("Russia and Iran, the junta's main backers, sent drones.",
         {("russia", "SUPPORTS", "myanmar-junta"), ("iran", "SUPPORTS", "myanmar-junta")}),
        ("The war between the junta and the Arakan Army has displaced thousands.",
         {("myanmar-junta", "ATTACKS", "arakan-army"), ("arakan-army", "ATTACKS", "myanmar-junta")}),
        ("The Houthis declared war on Saudi Arabia.", {("houthis", "ATTACKS", "saudi-arabia")}),
        ("The junta's crackdown on the Arakan Army intensified.", {("myanmar-junta", "ATTACKS", "arakan-army")}),
        ("Al-Shabaab abducted two Kenyan soldiers.", {("al-shabaab", "ATTACKS", "kenya")}),
        ("Russia's fight against Ukraine continues.", {("russia", "ATTACKS", "ukraine")}),
    ],
)
def test_plural_appositions_wars_and_crackdowns(gazetteer_path, text, expected):
    assert expected <= parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arakan Army has been a major component of the US-led effort to defeat the junta.",
         {("arakan-army", "ATTACKS", "myanmar-junta")}),
        ("The TNLA, a pillar of the coalition fighting the junta, lost ground.",
         {("tnla", "ATTACKS", "myanmar-junta")}),
        ("Kenya is part of the mission against al-Shabaab.", {("kenya", "ATTACKS", "al-shabaab")}),
        ("Kenya carried out strikes on al-Shabaab in coordination with the Somali army.",
         {("kenya", "ATTACKS", "al-shabaab"), ("somalia", "ATTACKS", "al-shabaab")}),
        ("The Arakan Army joined the offensive against the junta.", {("arakan-army", "ATTACKS", "myanmar-junta")}),
        ("Nairobi, Kenya - The Kenyan army said on Friday it had struck al-Shabaab camps.",
         {("kenya", "ATTACKS", "al-shabaab")}),
        ("JNIM is an umbrella group for all the Sahel factions including Ansar Dine and Katiba Macina.",
         {("ansar-dine", "AFFILIATE_OF", "jnim"), ("katiba-macina", "AFFILIATE_OF", "jnim")}),
    ],
)
def test_efforts_partners_and_lists(gazetteer_path, text, expected):
    assert expected <= parse_triples(read(gazetteer_path, text))


def test_kenya_is_a_partner_of_somalia_is_no_attack(gazetteer_path):
    assert not {t for t in triples(read(gazetteer_path, "Kenya is a partner of Somalia.")) if t[1] == "ATTACKS"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kigali fought on behalf of the M23.", {("rwanda", "SUPPORTS", "m23")}),
        ("Rwanda came to the aid of the M23.", {("rwanda", "SUPPORTS", "m23")}),
        ("Rwanda came to the M23's rescue.", {("rwanda", "SUPPORTS", "m23")}),
        ("The M23, with backing from Kigali, took the town.", {("rwanda", "SUPPORTS", "m23")}),
        ("The M23, bolstered by Rwanda, took the town.", {("rwanda", "SUPPORTS", "m23")}),
        ("Russia sided with the junta.", {("russia", "SUPPORTS", "myanmar-junta")}),
        ("Rwanda intervened in support of the M23.", {("rwanda", "SUPPORTS", "m23")}),
        ("The TNLA was ordered by the Arakan Army to attack the junta.", {("tnla", "ATTACKS", "myanmar-junta")}),
        ("The Houthis and Saudi Arabia agreed to a truce.", {("houthis", "CEASEFIRE_WITH", "saudi-arabia")}),
    ],
)
def test_more_support_phrasings(gazetteer_path, text, expected):
    assert expected <= parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize("text", ["Rwanda has been accused of backing the M23.",
                                  "The M23 is widely believed to be backed by Rwanda."])
def test_accused_and_believed_support_is_hedged(gazetteer_path, text):
    claim = _claim(read(gazetteer_path, text), "rwanda", "SUPPORTS", "m23")
    assert claim.hedged


def test_ordered_to_attack_is_not_the_orderers_attack(gazetteer_path):
    text = "The TNLA was ordered by the Arakan Army to attack the junta."
    assert ("arakan-army", "ATTACKS", "myanmar-junta") not in parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Houthis and Saudi Arabia agreed to stop fighting.", {("houthis", "CEASEFIRE_WITH", "saudi-arabia")}),
        ("The Houthis and Saudi Arabia reached an agreement aimed at ending the fighting.",
         {("houthis", "CEASEFIRE_WITH", "saudi-arabia")}),
        ("Katiba Macina has remained loyal to JNIM.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        ("Katiba Macina, loyal to JNIM, seized the town.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        ("Katiba Macina's allegiance to JNIM is old.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        ("Katiba Macina operates under the umbrella of JNIM.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        ("Al-Shabaab emerged from the ashes of the ICU.", {("al-shabaab", "SUCCESSOR_OF", "icu")}),
        ("JNIM was formed from Ansar Dine.", {("jnim", "SUCCESSOR_OF", "ansar-dine")}),
    ],
)
def test_truces_loyalty_and_origins(gazetteer_path, text, expected):
    assert expected <= parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("The Houthis and Saudi Arabia agreed to stop fighting.", ("houthis", "ATTACKS", "saudi-arabia")),
        ("The Houthis and Saudi Arabia halted attacks on Kenya.", ("houthis", "CEASEFIRE_WITH", "saudi-arabia")),
        ("Katiba Macina renounced its allegiance to JNIM.", ("katiba-macina", "AFFILIATE_OF", "jnim")),
        ("Talks between the Houthis and Saudi Arabia were held under the auspices of Kenya.",
         ("houthis", "AFFILIATE_OF", "kenya")),
    ],
)
def test_stopping_and_renouncing_undo_the_relation(gazetteer_path, text, unwanted):
    assert unwanted not in parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arakan Army-junta fighting intensified.",
         {("arakan-army", "ATTACKS", "myanmar-junta"), ("myanmar-junta", "ATTACKS", "arakan-army")}),
        ("The M23 is battling the Congolese army.", {("m23", "ATTACKS", "drc-army")}),
        ("Kenyan troops repelled an attack by al-Shabaab.", {("al-shabaab", "ATTACKS", "kenya")}),
        ("Kenyan troops repelled an al-Shabaab attack.", {("al-shabaab", "ATTACKS", "kenya")}),
        ("The M23's backers include Rwanda.", {("rwanda", "SUPPORTS", "m23")}),
        ("Rwanda is among the M23's backers.", {("rwanda", "SUPPORTS", "m23")}),
        ("JNIM's members include Katiba Macina.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        ("Katiba Macina is part of JNIM.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        ("Katiba Macina, a unit of JNIM, seized the town.", {("katiba-macina", "AFFILIATE_OF", "jnim")}),
        ("The Russia-Ukraine ceasefire collapsed.", {("russia", "CEASEFIRE_WITH", "ukraine")}),
    ],
)
def test_compounds_receivers_and_inclusion(gazetteer_path, text, expected):
    assert expected <= parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("The M23 is battling the Congolese army.", ("drc-army", "ATTACKS", "m23")),  # one side's act
        ("Prices rose after the start of the Russia-Ukraine war.", ("russia", "ATTACKS", "ukraine")),  # a war's name
        ("Units of Katiba Macina attacked JNIM.", ("katiba-macina", "AFFILIATE_OF", "jnim")),
    ],
)
def test_names_of_wars_and_unit_words_say_nothing_more(gazetteer_path, text, unwanted):
    assert unwanted not in parse_triples(read(gazetteer_path, text))


def test_taking_a_name_and_succeeding(gazetteer_path):
    result = read(gazetteer_path, "In 2007 the ICU took the name al-Shabaab.")
    claim = _claim(result, "al-shabaab", "SUCCESSOR_OF", "icu")
    assert claim.valid_from == dt.date(2007, 1, 1)
    claim = _claim(read(gazetteer_path, "The CNDP was succeeded by the M23 in 2012."), "m23", "SUCCESSOR_OF", "cndp")
    assert claim.valid_from == dt.date(2012, 1, 1)
    assert not {t for t in triples(read(gazetteer_path, "Al-Shabaab succeeded in capturing the town from Kenya."))
                if t[1] == "SUCCESSOR_OF"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JNIM is said to be an umbrella group for Ansar Dine.", ("ansar-dine", "AFFILIATE_OF", "jnim")),
        ("Rwanda is thought to have armed the M23.", ("rwanda", "SUPPORTS", "m23")),
        ("Katiba Macina is believed to be a member of JNIM.", ("katiba-macina", "AFFILIATE_OF", "jnim")),
        ("Rwanda reportedly came to the aid of the M23.", ("rwanda", "SUPPORTS", "m23")),
        ("Junta jets allegedly bombed a village held by the Arakan Army.", ("myanmar-junta", "ATTACKS", "arakan-army")),
    ],
)
def test_new_constructions_keep_their_hedges(gazetteer_path, text, expected):
    assert _claim(read(gazetteer_path, text), *expected).hedged


@pytest.mark.parametrize("text", [
    "The Arakan Army and the TNLA did not clash.",
    "JNIM denied that Katiba Macina is a member of the group.",
    "Rwanda never came to the aid of the M23.",
])
def test_new_constructions_keep_their_negations(gazetteer_path, text):
    assert not parse_triples(read(gazetteer_path, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Houthis fired missiles at Saudi troops.", {("houthis", "ATTACKS", "saudi-arabia")}),
        ("The Houthis launched drones at Saudi troops.", {("houthis", "ATTACKS", "saudi-arabia")}),
        ("Al-Shabaab fighters fired on Kenyan troops.", {("al-shabaab", "ATTACKS", "kenya")}),
        ("Russian forces advanced on Ukrainian troops.", {("russia", "ATTACKS", "ukraine")}),
    ],
)
def test_firing_and_advancing(gazetteer_path, text, expected):
    assert expected <= parse_triples(read(gazetteer_path, text))


def test_firing_a_commander_is_no_attack(gazetteer_path):
    text = "Kigali fired its army chief after the M23 advanced."
    assert not {t for t in triples(read(gazetteer_path, text)) if t[1] == "ATTACKS"}


@pytest.mark.parametrize("text", [
    "The TNLA took part in the assault on junta bases.",
    "The TNLA participated in the offensive against the junta.",
    "The TNLA was involved in attacks on junta outposts.",
])
def test_taking_part_in_an_attack(gazetteer_path, text):
    assert ("tnla", "ATTACKS", "myanmar-junta") in parse_triples(read(gazetteer_path, text))


def test_fighting_side_by_side_for_a_cause_is_no_mutual_attack(gazetteer_path):
    text = "Ansar Dine and Katiba Macina fought for independence."
    assert ("ansar-dine", "ATTACKS", "katiba-macina") not in triples(read(gazetteer_path, text))
    text = "Ansar Dine and Katiba Macina fought each other."
    assert ("ansar-dine", "ATTACKS", "katiba-macina") in triples(read(gazetteer_path, text))


def test_an_ethnic_demonym_names_a_people_not_its_state(gazetteer_path):
    result = read(gazetteer_path, "Kenyan troops attacked ethnic Somali forces near the border on Monday.")
    assert ("kenya", "ATTACKS", "somalia") not in triples(result)


def test_a_ceasefire_begun_is_a_ceasefire(gazetteer_path):
    found = triples(read(gazetteer_path, "The ELN and the Comuneros del Sur began a ceasefire on Thursday."))
    assert found & {("eln", "CEASEFIRE_WITH", "comuneros"), ("comuneros", "CEASEFIRE_WITH", "eln")}
