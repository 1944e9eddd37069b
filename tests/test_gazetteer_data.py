"""Consistency checks for the shipped gazetteer ``data/actors.yaml`` and ``data/states.yaml``.

The checks run over both files together (``states.yaml``'s ``extends`` records applied to their
actors), so a name shared across the files is held to the same rules as one shared inside a file.

The file is read with PyYAML directly, so a broken entry is reported with its id; the last tests
also load it through :mod:`actorgraph.loaders.gazetteer` to check that the loader accepts it and
that the main dataset and news name forms resolve to the intended actors.

Names are compared in the resolver's normalised form (:func:`actorgraph.graph.names.normalize`:
case, accents, apostrophes, hyphens, "the" and al-/el- folded away), since that is what decides
which actor a name resolves to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from actorgraph.graph.names import normalize

PATH = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"
STATES_PATH = PATH.with_name("states.yaml")

KINDS = {
    "state", "government", "armed_group", "militia", "coalition", "party", "ngo", "igo", "media", "person", "other",
}
FORMAT_KEYS = {
    "id", "name", "kind", "wikidata", "country", "description", "aliases", "metonyms", "demonyms", "roles",
    "ambiguous_aliases", "valid_from", "valid_to", "founded", "dissolved", "foreign_demonyms",
}
REFERENCE_KEYS = ("parent", "successor_of")  # optional links to other ids
LIST_KEYS = ("aliases", "metonyms", "demonyms", "foreign_demonyms", "roles", "ambiguous_aliases")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
QID = re.compile(r"^Q[0-9]+$")
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

# ISO 3166-1 alpha-3 (officially assigned codes).
_ISO3_CODES = """
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH
BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB
CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO
GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN
IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA
MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER
NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU
RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT
WLF WSM YEM ZAF ZMB ZWE
"""
ISO3 = frozenset(_ISO3_CODES.split()) | {"XKX"}  # Kosovo: the user-assigned code in common use

# Short forms that are also everyday words: as an alias they must be marked ambiguous, so the
# resolver can insist on an exact upper-case match ("IS", "US", "PA", "TIP").
_RISKY_WORDS = """
is us it am be by do go he if in me my no of on or so to up we pa ma
tip jan gnu car war man arm art bat cat dog pin pit sad sin son sun tan ton van was win won aid aim air all
and any are bar bed big box boy bus but can cap cut day did end eye far fat few fit fly for fun gas get god
gun had has her him his hit hot how ice ill its job key kid law lay led leg let lie lot low mad map may men
mix mob mud net new nor not now nut odd off oil old one our out own pan pay pen pet pop pot put ran raw red
rid row run saw say sea see set she sit six sky spy tax tea ten tie too top toy try two use via wet who why
yes yet you zip
"""
RISKY_WORDS = frozenset(_RISKY_WORDS.split())


def _load(path: Path = PATH) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list) and data, f"{path.name} is a non-empty YAML list"
    return data


def _merged() -> tuple[list[dict], list[dict]]:
    """Both files' actors in load order with ``extends`` records applied, and those records."""
    actors = [dict(a) for a in _load() + [r for r in _load(STATES_PATH) if "extends" not in r]]
    extensions = [r for r in _load(STATES_PATH) if "extends" in r]
    by_id = {a.get("id"): a for a in actors}
    for ext in extensions:
        target = by_id.get(ext["extends"])
        assert target is not None, f"extends {ext['extends']!r}: no such actor"
        for key, values in ext.items():
            if key != "extends":
                target[key] = list(dict.fromkeys([*(target.get(key) or []), *values]))
    return actors, extensions


ACTORS, EXTENSIONS = _merged()
BY_ID = {a.get("id"): a for a in ACTORS}
STATE_RECORDS = [r for r in _load(STATES_PATH) if "extends" not in r]


def _forms(actor: dict, *keys: str) -> list[str]:
    out: list[str] = []
    for key in keys:
        if key == "name":
            out.append(actor["name"])
        else:
            out.extend(actor.get(key) or [])
    return out


def _ambiguous(actor: dict) -> set[str]:
    return {normalize(a) for a in actor.get("ambiguous_aliases") or []}


def _period(value: str, end: bool) -> dt.date:
    match = PARTIAL_DATE.match(value)
    assert match, value
    year, month, day = match.groups()
    if day:
        return dt.date(int(year), int(month), int(day))
    if month:
        first = dt.date(int(year), int(month), 1)
        if not end:
            return first
        following = dt.date(int(year) + (int(month) == 12), int(month) % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(int(year), 12, 31) if end else dt.date(int(year), 1, 1)


# -- the shape of each entry ---------------------------------------------------------------------

def test_every_entry_is_a_mapping_with_known_keys():
    for i, actor in enumerate(ACTORS):
        assert isinstance(actor, dict), f"entry #{i + 1} is not a mapping"
        unknown = set(actor) - FORMAT_KEYS - set(REFERENCE_KEYS)
        assert not unknown, f"{actor.get('id')}: unknown keys {sorted(unknown)}"
        for key in ("id", "name", "kind", "description"):
            assert isinstance(actor.get(key), str) and actor[key].strip(), f"{actor.get('id')}: needs a {key}"


def test_ids_are_unique_slugs():
    ids = [a["id"] for a in ACTORS]  # across both files: states.yaml never redefines an actors.yaml id
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate ids: {duplicates}"
    bad = [i for i in ids if not SLUG.match(i)]
    assert not bad, f"ids that are not slugs: {bad}"


def test_kinds_are_in_the_allowed_set():
    bad = {a["id"]: a["kind"] for a in ACTORS if a["kind"] not in KINDS}
    assert not bad, f"unknown kinds: {bad}"


def test_country_is_iso_alpha3_or_absent():
    bad = {a["id"]: a["country"] for a in ACTORS if "country" in a and a["country"] not in ISO3}
    assert not bad, f"countries that are not ISO 3166-1 alpha-3 codes: {bad}"


def test_states_have_a_country():
    missing = [a["id"] for a in ACTORS if a["kind"] == "state" and not a.get("country")]
    assert not missing, f"states without a country: {missing}"


def test_wikidata_is_a_qid_or_absent():
    bad = {a["id"]: a["wikidata"] for a in ACTORS if "wikidata" in a and not QID.match(str(a["wikidata"]))}
    assert not bad, f"malformed wikidata ids: {bad}"
    qids = [a["wikidata"] for a in ACTORS if "wikidata" in a]
    assert len(qids) == len(set(qids)), "two actors share a wikidata id"


def test_name_lists_are_lists_of_non_empty_strings():
    for actor in ACTORS:
        for key in LIST_KEYS:
            values = actor.get(key)
            if values is None:
                continue
            assert isinstance(values, list), f"{actor['id']}: {key} must be a list"
            for value in values:
                assert isinstance(value, str) and value.strip(), f"{actor['id']}: empty or non-string in {key}"
                assert normalize(value), f"{actor['id']}: {value!r} normalises to nothing"


def test_no_alias_repeats_a_name_form_of_the_same_actor():
    # a short form in capitals matches its case only ("FARC"), so the same letters in other case ("Farc", as
    # Spanish and British papers write it) are another form
    for actor in ACTORS:
        seen: dict[str, str] = {}
        for form in _forms(actor, "name", "aliases"):
            compact = "".join(form.split())
            key = normalize(form) + ("" if not (compact.isupper() and len(compact) <= 5) else " (capitals)")
            assert key not in seen, f"{actor['id']}: {form!r} is the same name as {seen[key]!r}"
            seen[key] = form


def test_ambiguous_aliases_are_forms_of_their_actor():
    for actor in ACTORS:
        own = {normalize(f) for f in _forms(actor, "name", "aliases", "metonyms", "demonyms", "foreign_demonyms",
                                            "roles")}
        stray = [a for a in actor.get("ambiguous_aliases") or [] if normalize(a) not in own]
        assert not stray, f"{actor['id']}: ambiguous_aliases not among its names: {stray}"


def test_dates_are_partial_iso_dates_in_order():
    for actor in ACTORS:
        start, end = actor.get("valid_from"), actor.get("valid_to")
        for key, value in (("valid_from", start), ("valid_to", end)):
            if value is None:
                continue
            assert isinstance(value, str) and PARTIAL_DATE.match(value), f"{actor['id']}: {key} {value!r}"
            _period(value, end=False)  # a real calendar date
        if start and end:
            assert _period(start, end=False) <= _period(end, end=True), f"{actor['id']}: valid_to before valid_from"


def test_references_point_at_existing_ids():
    for actor in ACTORS:
        for key in REFERENCE_KEYS:
            targets = actor.get(key)
            if targets is None:
                continue
            for target in [targets] if isinstance(targets, str) else targets:
                assert target in BY_ID, f"{actor['id']}: {key} {target!r} is not an actor id"
                assert target != actor["id"], f"{actor['id']}: {key} points at itself"


# -- names shared between actors -------------------------------------------------------------

def _owners(keys: tuple[str, ...]) -> dict[str, list[dict]]:
    """Normalised name form -> the actors (in file order, once each) that carry it."""
    owners: dict[str, list[dict]] = defaultdict(list)
    for actor in ACTORS:
        for key in {normalize(f) for f in _forms(actor, *keys)}:
            owners[key].append(actor)
    return owners


def _check_shared(keys: tuple[str, ...]) -> None:
    problems = []
    for key, actors in _owners(keys).items():
        if len(actors) < 2:
            continue
        unmarked = [a["id"] for a in actors if key not in _ambiguous(a)]
        if len(unmarked) > 1:
            problems.append(f"{key!r} names {unmarked}: all but one must list it under ambiguous_aliases")
    assert not problems, "\n".join(problems)


def test_shared_names_are_marked_ambiguous():
    _check_shared(("name", "aliases", "metonyms", "roles"))


def test_shared_demonyms_are_marked_ambiguous():
    _check_shared(("demonyms",))
    _check_shared(("foreign_demonyms",))


def test_the_default_reading_of_a_shared_name_is_the_one_the_gazetteer_keeps():
    """The gazetteer keeps the first actor for a name (a canonical name always wins).

    So the actor that does not mark a shared name ambiguous must be that one.
    """
    problems = []
    for key, actors in _owners(("name", "aliases")).items():
        if len(actors) < 2:
            continue
        named = [a for a in actors if normalize(a["name"]) == key]
        kept = named[-1] if named else actors[0]
        if key in _ambiguous(kept) and any(key not in _ambiguous(a) for a in actors):
            default = next(a["id"] for a in actors if key not in _ambiguous(a))
            problems.append(f"{key!r} resolves to {kept['id']} but its default reading is {default}: move it first")
    assert not problems, "\n".join(problems)


def test_risky_short_aliases_are_marked_ambiguous():
    problems = []
    for actor in ACTORS:
        for alias in _forms(actor, "aliases", "metonyms", "demonyms", "foreign_demonyms"):
            if normalize(alias) in RISKY_WORDS and normalize(alias) not in _ambiguous(actor):
                problems.append(f"{actor['id']}: {alias!r}")
    assert not problems, f"aliases that are everyday words must be in ambiguous_aliases: {problems}"


def test_generic_phrases_are_not_aliases():
    generic = {normalize(g) for g in (
        "rebels", "the rebels", "government forces", "the regime", "regime forces", "insurgents", "militants",
        "opposition forces", "jihadists", "the government", "the army", "security forces", "armed groups",
    )}
    bad = [(a["id"], f) for a in ACTORS for f in _forms(a, "name", "aliases") if normalize(f) in generic]
    assert not bad, f"generic phrases listed as names: {bad}"


# -- through the project's loader ----------------------------------------------------------

def test_the_loader_accepts_the_files():
    from actorgraph.loaders.gazetteer import Extension, Gazetteer, read_entries

    entries = read_entries(PATH) + read_entries(STATES_PATH)
    assert [e.actor.id for e in entries if not isinstance(e, Extension)] == [a["id"] for a in ACTORS]
    loaded = Gazetteer.load()
    assert list(loaded.entries) == [a["id"] for a in ACTORS]
    for ext in EXTENSIONS:  # extends records reach their actor through the loader too
        entry = loaded.entries[ext["extends"]]
        assert set(ext.get("aliases") or ()) <= set(entry.actor.aliases)
        assert set(ext.get("foreign_demonyms") or ()) <= set(entry.foreign_demonyms)


@pytest.fixture(scope="module")
def gazetteer():
    from actorgraph.loaders.gazetteer import Gazetteer

    return Gazetteer.load([PATH, STATES_PATH], builtin=False)


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Military Forces of Syria (2000-2024)", "syrian-government-assad"),
        ("Military Forces of Syria (2000-)", "syrian-government-assad"),
        ("Government of Syria", "syrian-government-assad"),
        ("Military Forces of Syria (2024-)", "syrian-transitional-government"),
        ("HTS: Hayat Tahrir al Sham", "hayat-tahrir-al-sham"),
        ("Hay'at Tahrir al-Sham", "hayat-tahrir-al-sham"),
        ("the Al-Nusra Front", "jabhat-al-nusra"),
        ("Jabhat Fath al-Sham", "jabhat-fateh-al-sham"),
        ("Military Forces of Russia (2000-)", "russia"),
        ("Government of Russia (Soviet Union)", "russia"),
        ("Military Forces of Turkey (2016-)", "turkey"),
        ("Türkiye", "turkey"),
        ("Islamic State (Syria)", "islamic-state"),
        ("IS", "islamic-state"),
        ("Daesh", "islamic-state"),
        ("QSD: Syrian Democratic Forces", "syrian-democratic-forces"),
        ("JWS: Syrian National Army", "syrian-national-army"),
        ("SNA: Syrian National Army", "syrian-national-army"),
        ("SNA", "syrian-national-army"),
        ("Turkish-backed factions", "syrian-national-army"),
        ("Al-Qa`ida", "al-qaeda"),
        ("Taleban", "taliban"),
        ("Government of Afghanistan", "afghan-government-islamic-republic"),
        ("Government of Yemen (North Yemen)", "houthis"),
        ("Forces of the Presidential Leadership Council", "yemeni-government"),
        ("Military Forces of Yemen (2016-) Supreme Political Council", "houthis"),
        ("Military Forces of Sudan (2019-)", "sudan"),
        ("Rapid Support Forces", "rapid-support-forces"),
        ("Military Forces of Mali (2012-2013)", "mali"),
        ("Military Forces of France (2012-2017)", "france"),
        ("Operation Restoring Hope", "saudi-led-coalition"),
        ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "boko-haram"),
        ("ISI", "pakistan"),
        ("Global Coalition Against Daesh", "us-led-coalition"),
        ("Syrian rebels", "syrian-opposition"),
        ("Tuareg rebels", "csp-dpa"),
        ("Africa Corps", "africa-corps"),
        ("Wagner", "wagner-group"),
        # the wars beyond the Middle East: wings of one group, other-language and dataset names
        ("KNLA", "karen-national-union"),
        ("Kachin Independence Army", "kachin-independence-organisation"),
        ("People's Defense Forces", "peoples-defence-force-myanmar"),
        ("Ejército Gaitanista de Colombia", "clan-del-golfo"),
        ("Cártel de Jalisco Nueva Generación", "jalisco-new-generation-cartel"),
        ("Coopérative pour le développement du Congo", "codeco"),
        ("Macawisley", "maawisley"),
        ("G9 an Fanmi e Alye", "g9-family-and-allies"),
        ("Retour, Réclamation et Réhabilitation", "return-reclamation-rehabilitation"),
        ("Baloch Liberation Army", "balochistan-liberation-army"),
        ("CPP-NPA", "communist-party-of-the-philippines"),
        ("ADF", "allied-democratic-forces"),  # not the Ambazonian forces: the first listed keeps a shared form
        # data/states.yaml
        ("Tatmadaw", "myanmar-military-junta"),
        ("Burma", "myanmar-military-junta"),
        ("SAC", "myanmar-military-junta"),
        ("State Administration Council", "myanmar-military-junta"),
        ("SLORC", "state-peace-and-development-council"),
        ("Government of Colombia", "colombia"),
        ("Military Forces of Haiti", "haiti"),
        ("Republic of Kosovo", "kosovo"),
        ("Republic of China", "taiwan"),
        ("Sahrawi Republic", "sahrawi-republic"),
        ("Frente Polisario", "polisario-front"),
        ("Somaliland", "somaliland"),
        ("Congo-Brazzaville", "republic-of-the-congo"),
        ("Congolese army", "democratic-republic-of-the-congo"),
        ("Government of Afghanistan", "afghan-government-islamic-republic"),
        ("Afghan interim government", "afghan-government-islamic-emirate"),
        ("MPSR", "burkina-faso"),
        ("Holy See", "holy-see"),
    ],
)
def test_main_name_forms_resolve_to_the_intended_actor(gazetteer, name, actor_id):
    entry = gazetteer.lookup(name)
    assert entry is not None and entry.actor.id == actor_id, f"{name!r} -> {entry and entry.actor.id}"


# -- every state ---------------------------------------------------------------------------------

# The 193 UN member states and the two observer states, by ISO 3166-1 alpha-3 code.
_UN_CODES = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI
EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM
MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE VAT PSE
"""
UN_STATES = frozenset(_UN_CODES.split())
OTHER_STATES = frozenset({"XKX", "TWN", "ESH"})  # Kosovo, Taiwan, the Sahrawi Republic
STATE_KINDS = {"state", "government"}


def test_un_members_observers_and_others_each_have_a_state_or_government():
    covered = {a["country"] for a in ACTORS if a["kind"] in STATE_KINDS and a.get("country")}
    missing = sorted((UN_STATES | OTHER_STATES) - covered)
    assert not missing, f"countries without a state or government actor: {missing}"
    assert len(UN_STATES) == 195


def test_each_country_has_a_demonym_and_a_capital_on_a_state_or_government():
    problems = []
    for iso in sorted(UN_STATES | OTHER_STATES):
        actors = [a for a in ACTORS if a.get("country") == iso and a["kind"] in STATE_KINDS]
        if not any(a.get("demonyms") for a in actors):
            problems.append(f"{iso}: no demonym")
        if not any(a.get("metonyms") for a in actors) and iso not in {"DJI", "ISR", "LBY"}:
            problems.append(f"{iso}: no capital among the metonyms")  # Djibouti is its capital's name
    assert not problems, "\n".join(problems)


def test_each_new_state_names_its_government():
    """A state in states.yaml is also its government and forces: some form names its government."""
    problems = []
    for record in STATE_RECORDS:
        if record["kind"] != "state":
            continue
        keys = {normalize(a) for a in record.get("aliases") or []}
        if not any(w in k for k in keys for w in ("government", "authorities", "administration")):
            problems.append(f"{record['id']}: no form names its government")
    assert not problems, "\n".join(problems)


def test_foreign_demonyms_name_one_country_and_are_no_english_word():
    countries: dict[str, set[str]] = defaultdict(set)
    english = {normalize(d) for a in ACTORS for d in a.get("demonyms") or []}
    for actor in ACTORS:
        for form in actor.get("foreign_demonyms") or []:
            key = normalize(form)
            if key not in _ambiguous(actor):
                countries[key].add(actor.get("country") or actor["id"])
            assert key not in RISKY_WORDS, f"{actor['id']}: {form!r} is an everyday word"
            if key in english:  # "afghan" is French and English: it must be the same country's
                owners = {a.get("country") for a in ACTORS if key in {normalize(d) for d in a.get("demonyms") or []}}
                assert owners == {actor.get("country")}, f"{form!r} is another country's English demonym"
    shared = {k: sorted(v) for k, v in countries.items() if len(v) > 1}
    assert not shared, f"foreign demonyms read as several countries: {shared}"


def test_extends_records_only_add_name_lists():
    for ext in EXTENSIONS:
        assert set(ext) - {"extends"} <= set(LIST_KEYS), ext["extends"]


@pytest.mark.parametrize(
    ("text", "published", "actor_id"),
    [
        ("The Tatmadaw shelled the town.", "2023-05-01", "myanmar-military-junta"),
        ("The Tatmadaw shelled the town.", "2017-09-01", "myanmar-government-2011-2021"),
        ("The Tatmadaw shelled the town.", "2005-01-10", "state-peace-and-development-council"),
        ("Afghan forces shelled the town.", "2023-05-01", "afghan-government-islamic-emirate"),
        ("Afghan forces shelled the town.", "2019-05-01", "afghan-government-islamic-republic"),
        ("El ejército birmano bombardeó la aldea.", "2022-01-01", "myanmar-military-junta"),
        ("L'armée malienne a frappé.", "2022-01-01", "mali"),
        ("Las fuerzas colombianas atacaron.", "2022-01-01", "colombia"),
    ],
)
def test_state_mentions_take_the_government_valid_on_the_article_date(text, published, actor_id):
    from actorgraph.loaders.articles.mentions import Finder
    from actorgraph.loaders.gazetteer import Resolver
    from tests.articles_helpers import shipped

    gazetteer, index = shipped()
    finder = Finder(index, Resolver(gazetteer), text, dt.date.fromisoformat(published))
    assert [m.actor for m in finder.run()] == [actor_id]
