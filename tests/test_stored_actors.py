"""The store as a gazetteer: actors stored from an event file are found in a later article."""

from __future__ import annotations

from pathlib import Path

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document, RuleExtractor
from actorgraph.loaders.base import LoadContext
from actorgraph.loaders.gazetteer import Gazetteer, Resolver
from actorgraph.loaders.ingest import ingest
from actorgraph.loaders.stored_actors import with_stored_actors

HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
          "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
          "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n")
# Two rows written for this test (Myanmar and the DRC), in ACLED's naming; both groups are invented, so the
# shipped gazetteer cannot know them.
ROWS = (
    "MMR990001,2024-01-10,2024,1,Political violence,Battles,Armed clash,KHA: Karenni Hills Army,,Rebel group,"
    "Military Forces of Myanmar (2021-),,State forces,Rebel group-State forces,,104,Southeast Asia,Myanmar,Rakhine,"
    "Kyauktaw,,Kyauktaw,20.84,92.98,1,Local media,Subnational,Fighters of the armed group attacked a hilltop camp.,3,,"
    "1736000000\n"
    "COD990002,2024-02-03,2024,1,Political violence,Battles,Armed clash,Mbuzi Kali,,Identity militia,"
    "M23: March 23 Movement,,Rebel group,Identity militia-Rebel group,,180,Middle Africa,Democratic Republic of Congo,"
    "Nord-Kivu,Masisi,,Sake,-1.57,29.04,1,Local media,Subnational,Local defence fighters ambushed a rebel convoy.,2,,"
    "1736000000\n"
)
ARTICLE = ("Mbuzi Kali fighters ambushed a column near Sake on Monday. In Kayah, the KHA attacked a junta base "
           "and the Myanmar military shelled Loikaw.")


def _mentioned(gazetteer: Gazetteer, text: str) -> set[str]:
    extractor = RuleExtractor(Resolver(gazetteer))
    article = Article(id="test-stored-actors", title="t", published=None)
    return set(extractor.extract(Document(article=article, text=text)).names)


def test_an_event_file_teaches_the_article_extractor(blank_store, tmp_path: Path):
    path = tmp_path / "acled_myanmar_drc.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    gazetteer = Gazetteer.load()
    report = ingest([path], blank_store.write, LoadContext(resolver=Resolver(gazetteer)))
    assert report.ok and report.units == 2

    without = _mentioned(gazetteer, ARTICLE)  # `actorgraph extract`: the gazetteer files only
    assert not {"mbuzi-kali", "kha-karenni-hills-army"} & without
    combined = with_stored_actors(gazetteer, blank_store, page=7)  # a small page: several keyset pages
    found = _mentioned(combined, ARTICLE)
    assert {"mbuzi-kali", "kha-karenni-hills-army", "myanmar-military-junta"} <= found
    assert combined.lookup("Karenni Hills Army").actor.id == "kha-karenni-hills-army"  # the spelling without "KHA: "
    assert len(gazetteer.entries) < len(combined.entries)


def test_stored_names_never_take_a_gazetteer_form(blank_store):
    from actorgraph.graph.model import Actor, GraphBatch

    blank_store.write(GraphBatch(actors=(Actor(id="stored-copy-of-hts", name="Hayat Tahrir al-Sham", aliases=("HTS",)),
                                         Actor(id="civilians-myanmar", name="Civilians (Myanmar)"))))
    gazetteer = Gazetteer.load()
    combined = with_stored_actors(gazetteer, blank_store)
    assert combined.lookup("HTS").actor.id == "hayat-tahrir-al-sham"
    assert "stored-copy-of-hts" not in combined.entries  # nothing left to read it by
    assert combined.lookup("Civilians") is None


def _doc(n: int, text: str) -> Document:
    return Document(article=Article(id=f"test-run-{n}", title="t", published=None), text=text)


def test_an_actor_one_article_made_is_found_in_the_next_article_of_the_run():
    extractor = RuleExtractor(Resolver(Gazetteer.load()))
    first = extractor.extract(_doc(1, "The Mbuzi gang, also known as the Red Hill Boys, raided Cité Verte."))
    made = {a.name for a in first.actors.values()}
    assert "Mbuzi" in made
    # no marker ("gang") now: only the run's growing gazetteer knows the name and its alias
    second = extractor.extract(_doc(2, "Police said Mbuzi attacked a school while Red Hill Boys looted a market."))
    assert {a.name: n for a, n in ((second.actors[k], v) for k, v in second.names.items())} == {
        "Mbuzi": ["Mbuzi", "Red Hill Boys"]}


def test_a_learnt_short_form_needs_the_article_to_name_its_actor():
    extractor = RuleExtractor(Resolver(Gazetteer.load()))
    extractor.extract(_doc(1, "The Kivu Freedom Movement (KFM) shelled Goma."))
    alone = extractor.extract(_doc(2, "The KFM shelled Goma again."))
    assert alone.names == {}
    named = extractor.extract(_doc(3, "The Kivu Freedom Movement struck; the KFM shelled Goma again."))
    assert list(named.names.values()) == [["Kivu Freedom Movement", "KFM"]]


def test_a_learnt_form_never_takes_a_gazetteer_form():
    extractor = RuleExtractor(Resolver(Gazetteer.load()))
    extractor.extract(_doc(1, "The Hamas Youth Front, also known as the Hamas, marched."))
    later = extractor.extract(_doc(2, "Hamas fired rockets."))
    assert [a.id for a in later.actors.values()] == ["hamas"]


def test_an_actor_stored_under_an_id_of_an_earlier_version_keeps_it(blank_store, tmp_path: Path):
    """Non-Latin names once had 8 hex digits of hash in their id, now 12: a store made then is read
    by name, so re-ingesting the name writes no second actor."""
    from actorgraph.graph.model import Actor, ActorKind, GraphBatch
    from actorgraph.graph.names import slugify
    from actorgraph.loaders.pipeline import Pipeline

    name = "Фронт Северных Гор"  # a made-up group
    old = slugify(name)[:-4]  # the id an earlier version gave it
    blank_store.write(GraphBatch(actors=(Actor(id=old, name=name, kind=ActorKind.ARMED_GROUP),)))
    facts = tmp_path / "facts.yaml"
    facts.write_text(f"source: test\nfacts:\n  - id: f1\n    subject: {name}\n    relation: ATTACKS\n"
                     "    object: Georgia\n    from: 2024-01-05\n", encoding="utf-8")
    report = Pipeline.build(store=blank_store, write=blank_store.write).ingest([facts])
    assert report.ok and report.written.claims_new + report.written.claims_existing == 1  # Neo4j's server is shared
    stored = [row["id"] for row in blank_store.query("export_actors", after="", limit=1000)]
    assert old in stored and slugify(name) not in stored
