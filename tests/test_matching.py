"""Name matching that refuses rather than guesses: search, 404 suggestions and the loaders' resolver."""

from __future__ import annotations

import pytest

from actorgraph.errors import UnknownActorError
from actorgraph.graph import questions as q
from actorgraph.graph.matching import name_score, same_name
from actorgraph.graph.names import normalize
from actorgraph.loaders.gazetteer import Gazetteer, Resolver


@pytest.mark.parametrize("text", ["National Unity Government", "Northern Hills Brigade", "qwerty zxcv"])
def test_search_says_no_match_for_a_name_it_does_not_hold(store, text):
    assert q.search(store, text) == []
    with pytest.raises(UnknownActorError) as info:
        q.resolve(store, text)
    assert info.value.suggestions == []


def test_search_still_finds_parts_of_names_and_typos(store):
    assert q.search(store, "nusra")[0].id == "jabhat-al-nusra"
    assert q.search(store, "Hezbolah")[0].id == "hezbollah"


def test_sharing_words_is_no_match():
    query = normalize("National Unity Government")
    assert name_score(query, [normalize("Government of National Unity (Libya)")]) == 0
    assert name_score(query, [normalize("Iraqi National Alliance"), normalize("Fatah")]) == 0
    assert name_score(normalize("unity"), [normalize("Government of National Unity")]) > 0  # whole words


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Hayat Tahrir al-Shaam", "Hayat Tahrir al-Sham", True),
    ("Syrian Democratik Forces", "Syrian Democratic Forces", True),
    ("People's Defence Force", "People's Defence Forces", False),
    ("Islamic State Sahel Province", "Islamic State Sinai Province", False),
    ("8th Brigade", "9th Brigade", False),
    ("Arakan Army", "Karen Army", False),
    ("Sudan Liberation Army", "Sudan Liberation Movement", False),
    ("Actor ev-4f2a A", "Actor ev-4f2a B", False),
    ("Brigade 4f2a91 North", "Brigade 4f2a92 North", False),
])
def test_same_name_is_strict(a, b, same):
    assert same_name(normalize(a), normalize(b)) is same


def test_the_resolver_reads_a_misspelt_known_name_and_creates_a_different_one():
    resolver = Resolver(Gazetteer.load())
    assert resolver.resolve_or_create("Hayat Tahrir al-Shaam").id == "hayat-tahrir-al-sham"
    assert resolver.resolve_or_create("Islamic State Sinaii Province").id == "islamic-state-sinai-province"
    created = resolver.resolve_or_create("Northern Hills Brigade")
    assert created.id == "northern-hills-brigade"
    assert resolver.resolve_or_create("Northern Hils Brigade").id == "northern-hills-brigade"  # an earlier new name
    assert resolver.resolve_or_create("Southern Hills Brigade").id == "southern-hills-brigade"
    assert "Hayat Tahrir al-Shaam" not in resolver.unresolved
    assert resolver.unresolved == {"Northern Hills Brigade": 1, "Southern Hills Brigade": 1}
