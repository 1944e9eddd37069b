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
# Two rows written for this test (Myanmar and the DRC), in ACLED's naming.
ROWS = (
    "MMR990001,2024-01-10,2024,1,Political violence,Battles,Armed clash,AA: Arakan Army,,Rebel group,"
    "Military Forces of Myanmar (2021-),,State forces,Rebel group-State forces,,104,Southeast Asia,Myanmar,Rakhine,"
    "Kyauktaw,,Kyauktaw,20.84,92.98,1,Local media,Subnational,Fighters of the armed group attacked a hilltop camp.,3,,"
    "1736000000\n"
    "COD990002,2024-02-03,2024,1,Political violence,Battles,Armed clash,Wazalendo,,Identity militia,"
    "M23: March 23 Movement,,Rebel group,Identity militia-Rebel group,,180,Middle Africa,Democratic Republic of Congo,"
    "Nord-Kivu,Masisi,,Sake,-1.57,29.04,1,Local media,Subnational,Local defence fighters ambushed a rebel convoy.,2,,"
    "1736000000\n"
)
ARTICLE = ("Wazalendo fighters ambushed a column near Sake on Monday. In Rakhine, the AA attacked a junta base "
           "and the Myanmar military shelled Kyauktaw.")


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
    assert not {"wazalendo", "aa-arakan-army"} & without
    combined = with_stored_actors(gazetteer, blank_store, page=7)  # a small page: several keyset pages
    found = _mentioned(combined, ARTICLE)
    assert {"wazalendo", "aa-arakan-army", "myanmar-military-junta"} <= found
    assert combined.lookup("Arakan Army").actor.id == "aa-arakan-army"  # the dataset's spelling without "AA: "
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
