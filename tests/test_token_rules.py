"""The attribute ruler's table lookup (``parse.TokenRules``) annotates exactly as spaCy's ruler does.

Sentences written for this test: conflict news, plus the ruler's odd cases (contractions, "there is",
pronouns as subject and object, "but" as an adverb, runs of spaces).
"""

from __future__ import annotations

import pytest

from actorgraph.loaders.articles.parse import load_model, pipe_docs

pytestmark = pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")

SENTENCES = [
    "The Arakan Army said on Monday it had overrun a junta garrison near the coast.",
    "Rebels, backed by Rwanda, have held the town since 2012 and did not withdraw.",
    "There were clashes overnight; it is unclear who fired first, but the truce held.",
    "I told you it was them, and you gave it to me anyway.",
    "They ain't gonna stop, y'all, so let's go.",
    "Do  the  militias have   enough fuel?\n\nNo, they don't.",
    "Which group got the weapons, and whose fighters gets paid?",
    "That is what the envoy said: those who fight will lose.",
]


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_token_rules_annotate_as_the_attribute_ruler_does():
    nlp = load_model()
    assert nlp is not None
    expected = [_annotations(doc) for doc in nlp.pipe(SENTENCES)]
    assert [_annotations(doc) for doc in pipe_docs(nlp, SENTENCES)] == expected


def test_remembered_lemmas_are_the_lemmatizers_on_every_reading():
    # the same words as verb, noun and adjective, read twice so the second reading takes remembered lemmas
    sentences = [
        "The rebels attack the convoys; the attack on the convoy failed and the attacks stopped.",
        "Militias that were attacking had attacked before, and the attacked post shelled them.",
        "A lead fighter leads, the leaders led, and they are leading the lead units still.",
    ]
    nlp = load_model()
    assert nlp is not None
    expected = [_annotations(doc) for doc in nlp.pipe(sentences)]
    lemmas = {t[4] for doc in expected for t in doc}
    assert {"attack", "lead"} <= lemmas and "attacked" not in lemmas  # the lemmatizer did work on these
    for _ in range(2):
        assert [_annotations(doc) for doc in pipe_docs(nlp, sentences)] == expected
