"""The fixture graph every store is tested on: a small, dated slice of the Syrian war.

Written for these tests (not taken from any corpus). Dates follow public chronology:
Nusra -> Jabhat Fateh al-Sham (28 Jul 2016) -> HTS (28 Jan 2017, with Nour al-Din al-Zenki),
Russia's intervention for Assad (30 Sep 2015), the Russia-Türkiye Idlib ceasefire
(5 Mar 2020), the HTS offensive of 27 Nov 2024.
"""

from __future__ import annotations

from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch

ACTORS = [
    Actor(id="al-qaeda", name="al-Qaeda", kind="armed_group", aliases=("Al Qaida", "AQ")),
    Actor(id="jabhat-al-nusra", name="Jabhat al-Nusra", kind="armed_group", aliases=("Al-Nusra Front", "Nusra")),
    Actor(id="jabhat-fateh-al-sham", name="Jabhat Fateh al-Sham", kind="armed_group", aliases=("JFS",)),
    Actor(id="hayat-tahrir-al-sham", name="Hayat Tahrir al-Sham", kind="armed_group",
          aliases=("HTS", "Hay'at Tahrir al-Sham"), wikidata="Q28549221", country="SYR"),
    Actor(id="nour-al-din-al-zenki", name="Nour al-Din al-Zenki Movement", kind="armed_group"),
    Actor(id="ahrar-al-sham", name="Ahrar al-Sham", kind="armed_group"),
    Actor(id="al-qaeda-in-iraq", name="al-Qaeda in Iraq", kind="armed_group", aliases=("AQI",)),
    Actor(id="islamic-state", name="Islamic State", kind="armed_group", aliases=("ISIS", "ISIL", "Daesh")),
    Actor(id="russia", name="Russia", kind="state", aliases=("Russian Federation", "Moscow"), country="RUS"),
    Actor(id="iran", name="Iran", kind="state", aliases=("Tehran",), country="IRN"),
    Actor(id="turkey", name="Türkiye", kind="state", aliases=("Turkey", "Ankara"), country="TUR"),
    Actor(id="syrian-government", name="Syrian government (Assad)", kind="government",
          aliases=("Assad regime", "Syrian Arab Army"), country="SYR"),
    Actor(id="hezbollah", name="Hezbollah", kind="armed_group", aliases=("Hizballah",), country="LBN"),
    Actor(id="syrian-national-army", name="Syrian National Army", kind="armed_group", aliases=("SNA",)),
    Actor(id="united-states", name="United States", kind="state", aliases=("US", "Washington"), country="USA"),
    Actor(id="syrian-democratic-forces", name="Syrian Democratic Forces", kind="armed_group", aliases=("SDF",)),
    Actor(id="ypg", name="People's Protection Units", kind="armed_group", aliases=("YPG",)),
]

ARTICLES = [
    Article(id="fx-wire-2024-11-27", title="Rebels launch offensive in north-west Syria", source="Fixture Wire",
            published="2024-11-27", language="en"),
    Article(id="fx-daily-2020-03-06", title="Moscow and Ankara agree Idlib truce", source="Fixture Daily",
            published="2020-03-06", language="en"),
    Article(id="fx-review-2017-02-01", title="A new jihadist alliance in Idlib", source="Fixture Review",
            published="2017-02-01", language="en"),
    Article(id="fx-daily-2015-10-01", title="Russian jets strike in Syria", source="Fixture Daily",
            published="2015-10-01", language="en"),
]


def _claim(article: str, type_: str, subject: str, object_: str, sentence: str, **fields) -> Claim:
    published = next(a.published for a in ARTICLES if a.id == article)
    return Claim(article=article, type=type_, subject=subject, object=object_,
                 evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
                 reported=published, extractor="fixture", **fields)


CLAIMS = [
    _claim("fx-review-2017-02-01", "SUCCESSOR_OF", "jabhat-fateh-al-sham", "jabhat-al-nusra",
           "Jabhat Fateh al-Sham is the name Nusra took in July 2016.", valid_from="2016-07-28", confidence=0.9),
    _claim("fx-review-2017-02-01", "SUCCESSOR_OF", "hayat-tahrir-al-sham", "jabhat-fateh-al-sham",
           "HTS was formed on 28 January 2017 from Jabhat Fateh al-Sham.", valid_from="2017-01-28",
           confidence=0.9),
    _claim("fx-review-2017-02-01", "SUCCESSOR_OF", "hayat-tahrir-al-sham", "nour-al-din-al-zenki",
           "The Zenki movement merged into HTS.", valid_from="2017-01-28", confidence=0.8),
    _claim("fx-review-2017-02-01", "AFFILIATE_OF", "jabhat-al-nusra", "al-qaeda",
           "Nusra was al-Qaeda's Syrian branch until July 2016.", valid_from="2013-04",
           valid_to="2016-07-28", confidence=0.9),
    _claim("fx-wire-2024-11-27", "AFFILIATE_OF", "jabhat-al-nusra", "al-qaeda",
           "HTS grew out of Nusra, a former al-Qaeda affiliate.", ended=True, confidence=0.8),
    _claim("fx-review-2017-02-01", "ALLIED_WITH", "ahrar-al-sham", "jabhat-al-nusra",
           "Ahrar al-Sham fought beside Nusra in the Army of Conquest.", valid_from="2015-03",
           valid_to="2016-12", confidence=0.7),
    _claim("fx-review-2017-02-01", "AFFILIATE_OF", "al-qaeda-in-iraq", "al-qaeda",
           "AQI pledged allegiance to al-Qaeda in 2004.", valid_from="2004-10", valid_to="2014-02",
           confidence=0.9),
    _claim("fx-review-2017-02-01", "SUCCESSOR_OF", "islamic-state", "al-qaeda-in-iraq",
           "The Islamic State descends from al-Qaeda in Iraq.", valid_from="2006-10", confidence=0.8),
    _claim("fx-daily-2015-10-01", "SUPPORTS", "russia", "syrian-government",
           "Moscow began air strikes in support of Assad on 30 September 2015.", valid_from="2015-09-30",
           valid_to="2024-12-08", confidence=0.8),
    _claim("fx-wire-2024-11-27", "SUPPORTS", "russia", "syrian-government",
           "Russia is one of the main backers of the Syrian government.", valid_from="2015", confidence=0.7),
    _claim("fx-wire-2024-11-27", "SUPPORTS", "iran", "syrian-government",
           "Iran has backed Damascus since 2011.", valid_from="2011", valid_to="2024-12-08", confidence=0.8),
    _claim("fx-wire-2024-11-27", "SUPPORTS", "hezbollah", "syrian-government",
           "Hezbollah fighters have fought for Assad since 2012.", valid_from="2012", valid_to="2024-12-08",
           confidence=0.7),
    _claim("fx-daily-2020-03-06", "SUPPORTS", "turkey", "syrian-national-army",
           "The Turkish-backed Syrian National Army joined the fighting.", valid_from="2017-12", confidence=0.8),
    _claim("fx-daily-2015-10-01", "SUPPORTS", "united-states", "syrian-democratic-forces",
           "Washington arms the SDF.", valid_from="2015-10", confidence=0.8),
    _claim("fx-daily-2015-10-01", "AFFILIATE_OF", "ypg", "syrian-democratic-forces",
           "The YPG forms the backbone of the SDF.", valid_from="2015-10", confidence=0.7),
    _claim("fx-wire-2024-11-27", "ATTACKS", "hayat-tahrir-al-sham", "syrian-government",
           "HTS launched an offensive against government forces on Wednesday.", valid_from="2024-11-27",
           confidence=0.9),
    _claim("fx-daily-2020-03-06", "ATTACKS", "hayat-tahrir-al-sham", "syrian-government",
           "HTS fighters attacked army positions in May 2019.", valid_from="2019-05", confidence=0.7),
    _claim("fx-daily-2020-03-06", "ATTACKS", "syrian-government", "hayat-tahrir-al-sham",
           "Government troops shelled HTS positions on 10 February.", valid_from="2020-02-10", confidence=0.8),
    _claim("fx-daily-2020-03-06", "ATTACKS", "russia", "hayat-tahrir-al-sham",
           "Russian planes bombed HTS positions in February.", valid_from="2020-02", confidence=0.8),
    _claim("fx-wire-2024-11-27", "ATTACKS", "russia", "hayat-tahrir-al-sham",
           "Russian aircraft struck HTS positions on Thursday.", valid_from="2024-11-28", confidence=0.8),
    _claim("fx-daily-2020-03-06", "ATTACKS", "turkey", "syrian-government",
           "Turkish drones hit Syrian army positions on 28 February.", valid_from="2020-02-28", confidence=0.8),
    _claim("fx-daily-2020-03-06", "CEASEFIRE_WITH", "turkey", "russia",
           "Ankara and Moscow agreed a ceasefire in Idlib on 5 March.", valid_from="2020-03-05", confidence=0.9),
    _claim("fx-wire-2024-11-27", "CEASEFIRE_WITH", "russia", "turkey",
           "Russia and Türkiye agreed a ceasefire in Idlib in 2020.", valid_from="2020", confidence=0.8),
    _claim("fx-wire-2024-11-27", "ATTACKS", "syrian-national-army", "syrian-democratic-forces",
           "SNA factions attacked SDF positions near Manbij.", valid_from="2024-11-30", confidence=0.7),
]


def fixture_batch() -> GraphBatch:
    return GraphBatch(actors=tuple(ACTORS), articles=tuple(ARTICLES), claims=tuple(CLAIMS))
