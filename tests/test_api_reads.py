"""Every read endpoint through real HTTP, on each store, with the fixture graph: same answers."""

from __future__ import annotations

from api_server import Api
from fixture_graph import ACTORS

pytest_plugins = ["api_server"]  # the `api` fixture: a live server per backend


def test_health(api: Api):
    body = api.ok("/health")
    assert body["status"] == "ok" and body["backend"] == api.backend
    assert body["counts"]["actors"] >= 17 and body["counts"]["claims"] >= 24


def test_search_ranks_and_paginates(api: Api):
    assert api.ok("/actors", q="nusra")["actors"][0]["id"] == "jabhat-al-nusra"
    assert api.ok("/actors", q="Hayat Tahrir al Sham")["actors"][0]["id"] == "hayat-tahrir-al-sham"
    assert api.ok("/actors", q="Hezbolah")["actors"][0]["id"] == "hezbollah"  # typo
    assert api.ok("/actors", q="turkiye")["actors"][0]["id"] == "turkey"  # accents
    first = api.ok("/actors", q="syrian", limit=1)
    assert len(first["actors"]) == 1 and first["next_offset"] == 1
    second = api.ok("/actors", q="syrian", limit=1, offset=1)
    assert second["actors"][0]["id"] != first["actors"][0]["id"]


def test_profile_groups_relations_by_type(api: Api):
    body = api.ok("/actors/HTS")
    assert body["id"] == "hayat-tahrir-al-sham" and body["wikidata"] == "Q28549221"
    assert "HTS" in body["aliases"]
    assert set(body["relations"]) == {"ATTACKS", "SUCCESSOR_OF"}
    assert body["counts"]["SUCCESSOR_OF"] == 2 and body["counts"]["relations"] == 5
    assert {r["target"] for r in body["relations"]["SUCCESSOR_OF"]} == {"jabhat-fateh-al-sham",
                                                                        "nour-al-din-al-zenki"}


def test_lineage_up_from_hts(api: Api):
    body = api.ok("/actors/hayat-tahrir-al-sham/lineage", direction="up")
    longest = max(body["paths"], key=lambda p: len(p["nodes"]))
    assert longest["nodes"] == ["hayat-tahrir-al-sham", "jabhat-fateh-al-sham", "jabhat-al-nusra", "al-qaeda"]
    links = {link["id"]: link for link in body["links"]}
    assert links["SUCCESSOR_OF:hayat-tahrir-al-sham:jabhat-fateh-al-sham"]["valid_from"] == "2017-01-28"


def test_lineage_as_of_drops_links_not_yet_or_no_longer_active(api: Api):
    body = api.ok("/actors/Nusra/lineage", as_of="2015-06-01")
    ids = {link["id"] for link in body["links"]}
    assert "AFFILIATE_OF:jabhat-al-nusra:al-qaeda" in ids
    assert not any(i.startswith("SUCCESSOR_OF:jabhat-fateh") for i in ids)
    later = api.ok("/actors/Nusra/lineage", as_of="2020", direction="up")
    assert "AFFILIATE_OF:jabhat-al-nusra:al-qaeda" not in {link["id"] for link in later["links"]}


def test_alliances_of_russia_in_march_2020(api: Api):
    body = api.ok("/actors/Russia/alliances", as_of="2020-03-10", window_days=365)
    roles = {(e["role"], e["actor"]["id"]) for e in body["entries"]}
    assert ("backed", "syrian-government") in roles
    assert ("ceasefires", "turkey") in roles
    assert ("attacks", "hayat-tahrir-al-sham") in roles
    backed = next(e for e in body["entries"] if e["role"] == "backed")
    assert backed["claims"] == 2 and backed["sources"] == 2 and backed["confidence"] > 0.9


def test_blocs_split_the_camps(api: Api):
    body = api.ok("/alliances/blocs", as_of="2020-03-01")
    camps = [{m["id"] for m in bloc["members"]} for bloc in body["blocs"]]
    assert any({"russia", "iran", "hezbollah", "syrian-government"} <= camp for camp in camps)
    assert any({"turkey", "syrian-national-army"} <= camp for camp in camps)
    government = next(c for c in camps if "syrian-government" in c)
    assert "hayat-tahrir-al-sham" not in government and "turkey" not in government
    assert "ATTACKS:turkey:syrian-government" in {r["id"] for r in body["across"]}
    bloc = next(b for b in body["blocs"] if "russia" in {m["id"] for m in b["members"]})
    assert "SUPPORTS:russia:syrian-government" in {r["id"] for r in bloc["relations"]}


def test_path_with_evidence_per_step(api: Api):
    body = api.ok("/paths", **{"from": "HTS", "to": "al-Qaeda"})
    assert body["found"] is True
    assert [n["id"] for n in body["nodes"]] == ["hayat-tahrir-al-sham", "jabhat-fateh-al-sham", "jabhat-al-nusra",
                                               "al-qaeda"]
    assert len(body["evidence"]) == 3
    assert body["evidence"][0]["claims"][0]["sentence"].startswith("HTS was formed")
    none = api.ok("/paths", **{"from": "HTS", "to": "al-Qaeda", "types": "SUPPORTS"})
    assert none["found"] is False and none["links"] == []


def test_relations_filters_and_pages(api: Api):
    body = api.ok("/relations", source="Russia", type="SUPPORTS")
    assert [r["id"] for r in body["relations"]] == ["SUPPORTS:russia:syrian-government"]
    into = api.ok("/relations", target="syrian-government", type="SUPPORTS", min_confidence=0.75)
    assert {r["source"] for r in into["relations"]} == {"russia", "iran"}
    dated = api.ok("/relations", type="SUPPORTS", limit=1000, **{"from": "2011-06", "to": "2011-06"})
    fixture = {a.id for a in ACTORS}  # the shared Neo4j also holds other tests' actors
    assert [r["id"] for r in dated["relations"] if {r["source"], r["target"]} <= fixture] == [
        "SUPPORTS:iran:syrian-government"]
    seen, offset = [], 0
    while offset is not None:
        page = api.ok("/relations", limit=4, offset=offset)
        seen += [r["id"] for r in page["relations"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) >= 19 and seen == sorted(seen)


def test_evidence_of_a_relation(api: Api):
    body = api.ok("/relations/SUPPORTS:russia:syrian-government/evidence")
    assert body["relation"]["claims"] == 2
    assert {c["source"] for c in body["claims"]} == {"Fixture Daily", "Fixture Wire"}
    assert all(c["sentence"] and c["article"] for c in body["claims"])
    symmetric = api.ok("/relations/CEASEFIRE_WITH:turkey:russia/evidence")
    assert symmetric["relation"]["id"] == "CEASEFIRE_WITH:russia:turkey"


def test_timeline_is_in_date_order(api: Api):
    body = api.ok("/actors/HTS/timeline")
    dates = [i["valid_from"] or i["reported"] for i in body]
    assert dates == sorted(dates) and len(body) == 7


def test_changes_between_two_dates(api: Api):
    body = api.ok("/changes", **{"from": "2016", "to": "2017"})
    kinds = {(c["kind"], c["relation"]["id"]) for c in body["changes"]}
    assert ("began", "SUCCESSOR_OF:jabhat-fateh-al-sham:jabhat-al-nusra") in kinds
    assert ("ended", "AFFILIATE_OF:jabhat-al-nusra:al-qaeda") in kinds
    assert ("began", "SUPPORTS:turkey:syrian-national-army") in kinds
    assert [c["date"] for c in body["changes"]] == sorted(c["date"] for c in body["changes"])
    attacks = api.ok("/changes", **{"from": "2019", "to": "2019", "actor": "HTS"})
    assert [(c["kind"], c["relation"]["id"]) for c in attacks["changes"]] == [
        ("first_attack", "ATTACKS:hayat-tahrir-al-sham:syrian-government")]


def test_neighbours(api: Api):
    body = api.ok("/actors/SDF/neighbours")
    assert {n["id"] for n in body["nodes"]} == {"syrian-democratic-forces", "united-states", "ypg",
                                                "syrian-national-army"}


def test_openapi_and_docs(api: Api):
    schema = api.ok("/openapi.json")
    for path in ("/actors", "/actors/{id}", "/actors/{id}/lineage", "/actors/{id}/alliances", "/alliances/blocs",
                 "/paths", "/relations", "/relations/{id}/evidence", "/actors/{id}/timeline", "/changes",
                 "/articles", "/events", "/cypher", "/health"):
        assert path in schema["paths"], path
    assert api.get("/docs").status_code == 200


def test_evidence_explains_why_a_relation_is_or_is_not_active(api: Api):
    link = "/relations/SUCCESSOR_OF:hayat-tahrir-al-sham:jabhat-fateh-al-sham/evidence"
    before = api.ok(link, as_of="2016-12-01")
    assert before["active"] is False and before["as_of"] == "2016-12-01"
    assert any("began" in line and "2017-01-28" in line for line in before["explanation"])
    assert "sets the start" in before["claims"][0]["notes"]
    after = api.ok(link, as_of="2018")
    assert after["active"] is True and after["explanation"][-1] == "on 2018-01-01: active"
    assert api.get(link, as_of="not-a-date").status_code == 422
