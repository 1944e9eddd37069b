"""Mentions are kept: ``(:Article)-[:MENTIONS]->(:Actor)`` for every actor an article names, on each store."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from api_server import Api

from actorgraph.errors import InputError, UnknownActorError
from actorgraph.graph.mentions import articles_mentioning
from actorgraph.graph.model import ActorMention, Article, GraphBatch
from actorgraph.loaders.base import LoadContext
from actorgraph.loaders.gazetteer import Gazetteer, Resolver
from actorgraph.loaders.ingest import ingest

pytest_plugins = ["api_server"]


def _tag() -> str:
    return "X" + uuid.uuid4().hex[:8].upper()  # a capitalised word no other test uses


def _article(tmp_path: Path, tag: str, day: str, text: str) -> Path:
    path = tmp_path / f"{tag}-{day}.json"
    record = {"id": f"{tag.lower()}-{day}", "title": f"Report {day}", "source": "Test Wire", "published": day,
              "text": text}
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_every_named_actor_is_kept_and_found_by_name(blank_store, tmp_path: Path):
    tag = _tag()
    brigade = f"{tag} Hills Brigade"
    first = _article(tmp_path, tag, "2024-03-01",
                     f"The {brigade} said on Friday that it controls three villages in North Kivu.")
    second = _article(tmp_path, tag, "2024-04-02",
                      f"Rwanda denied any contact with the {brigade}. The {brigade} did not answer.")
    context = LoadContext(resolver=Resolver(Gazetteer.load()))
    report = ingest([first, second], blank_store.write, context)
    assert report.ok and report.written.claims_new == 0  # no relation: the actor is kept all the same

    found = articles_mentioning(blank_store, brigade)
    assert found.actor.name == brigade and found.total == 2
    assert [a.id for a in found.articles] == [f"{tag.lower()}-2024-04-02", f"{tag.lower()}-2024-03-01"]  # newest first
    assert found.articles[0].count == 2 and found.articles[0].names == [brigade]
    assert str(found.articles[1].published) == "2024-03-01" and found.articles[1].source == "Test Wire"
    rwanda = {a.id for a in articles_mentioning(blank_store, "Rwanda").articles}
    assert f"{tag.lower()}-2024-04-02" in rwanda and f"{tag.lower()}-2024-03-01" not in rwanda

    again = ingest([first, second], blank_store.write, LoadContext(resolver=Resolver(Gazetteer.load())))
    assert again.ok
    assert articles_mentioning(blank_store, brigade).model_dump() == found.model_dump()  # a rerun changes nothing


def test_a_mention_of_an_unknown_article_or_actor_is_refused_and_nothing_is_written(blank_store):
    tag = _tag().lower()
    article = Article(id=f"{tag}-a", title="t")
    batch = GraphBatch(articles=(article,), mentions=(ActorMention(article=article.id, actor=f"{tag}-nobody"),))
    with pytest.raises(InputError, match="unknown"):
        blank_store.write(batch)
    with pytest.raises(UnknownActorError):
        articles_mentioning(blank_store, f"{tag}-nobody")


def test_articles_of_an_actor_over_http(api: Api):
    tag = _tag()
    article = {"id": f"api-{tag.lower()}", "title": "Test", "source": "API Test Wire", "published": "2024-05-01",
               "text": f"The {tag} River Front said its fighters had left the port."}
    response = api.post("/articles", json=article)
    assert response.status_code == 200, response.text
    found = api.ok(f"/actors/{tag} River Front/articles")
    assert found["actor"]["name"] == f"{tag} River Front" and found["actor"]["kind"] == "armed_group"
    assert [a["id"] for a in found["articles"]] == [article["id"]]
    assert api.get("/actors/No Such Group Anywhere/articles").status_code == 404
