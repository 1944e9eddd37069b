"""The shortcuts that keep extraction fast give what the plain scans they replace give."""

from __future__ import annotations

import random

import pytest

from actorgraph.loaders.articles import dates, extract
from actorgraph.loaders.articles.rules import PREP_BEFORE

SENTENCES = [
    "The Northern Shield militia shelled the harbour on 4 June 2021, two weeks after the truce collapsed.",
    "Since mid-March the Lakeside Front has attacked convoys, backed and armed by its neighbour.",
    "On Tuesday the river brigades said they had been fighting since 2019 alongside the hill clans.",
    "Desde el 3 de mayo de 2020 la milicia atacó posiciones del ejército, hace dos semanas otra vez.",
    "Le 12 avril, les rebelles ont repris la ville; l'an dernier, ils l'avaient perdue.",
    "A year later the successor group, re-branded as the Dawn Movement, split from its patron.",
    "Mayor Ahmed marched with 5th-grade pupils; the F-16 crashed in 2019x near x2019 and COVID19 wards.",
    "Aid to the rebels, said officials, never arrived: the ceasefire/cease-fire held till next Monday.",
]


def _texts() -> list[str]:
    rng = random.Random(3)
    words = " ".join(SENTENCES).split()
    return SENTENCES + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(300)]


def test_trigger_words_are_every_trigger_word_the_text_holds():
    for text in _texts():
        low = text.lower()
        assert extract._trigger_words(low) == frozenset(w for w in extract._TRIGGER_WORDS if w in low)


def test_rules_to_try_are_the_rules_whose_view_holds_one_of_their_words():
    from actorgraph.loaders.articles.rules import RULES, TRIGGERS

    for text in _texts():
        full, reduced = text.lower(), text.lower()[: len(text) // 2]
        views = {"full": full, "reduced": reduced}
        # a rule whose pattern requires no word (TRIGGERS empty) is always tried
        expected = [k for k, r in enumerate(RULES)
                    if not TRIGGERS[r.name] or any(w in views[r.view] for w in TRIGGERS[r.name])]
        assert extract._rules_to_try(views) == expected


def test_date_anchors_and_search_give_what_the_plain_patterns_give():
    for text in _texts():
        words = [m.span() for m in dates._WORD.finditer(text)]
        assert dates._anchors(text, words) == [m.span() for m in dates._ANCHOR.finditer(text)]
        for lo in range(0, len(text), 7):
            for hi in (lo + 20, lo + 90, len(text)):
                found, plain = dates._search(text, words, lo, min(hi, len(text))), dates._EXPR.search(
                    text, lo, min(hi, len(text)))
                assert (found and (found.span(), found.groupdict())) == (plain and (plain.span(), plain.groupdict()))


@pytest.mark.parametrize("view", ["attacks by  @0@", "the war against\n @1@", "@0@'s  @1@", "pro@0@", "bathe @0@",
                                  "fighting alongside @0@", "aid to@0@"])
def test_preposition_before_a_slot_is_read_as_before(view):
    end = view.index("@", 1) if view.startswith("@") else view.index("@")
    assert extract._prep_before(view, end) == bool(PREP_BEFORE.search(view[:end]))


def test_model_layers_multiply_with_numpy():
    pytest.importorskip("spacy")
    from thinc.api import NumpyOps

    from actorgraph.loaders.articles.parse import DEFAULT_MODEL, load_model

    nlp = load_model(DEFAULT_MODEL)
    if nlp is None:
        pytest.skip("no spaCy model installed")
    ops = [node.ops for _, pipe in nlp.pipeline if getattr(pipe, "model", None) is not None
           for node in pipe.model.walk()]
    assert ops and all(not isinstance(o, NumpyOps) or not o.use_blis for o in ops)


@pytest.mark.parametrize("raw", ["the", "The", "ISIS", "3rd", "G9", "5SM", "g9", "k7", "Ña", "ña", "É", "½", "²nd", ""])
def test_a_word_of_letters_is_namelike_by_its_capital_as_before(raw):
    from actorgraph.loaders.articles.mention_index import Tok
    from actorgraph.loaders.articles.organisations import _ORDINAL, _namelike

    plain = raw[:1].isupper() or (any(c.isdigit() for c in raw) and any(c.isupper() for c in raw)) \
        or _ORDINAL.fullmatch(raw) is not None
    assert _namelike(Tok(0, len(raw), raw, raw.lower())) == plain


def test_required_words_put_back_a_letter_the_parser_factored_out():
    import re

    from actorgraph.loaders.articles.rules import required_words

    # the parser reads "de|du|d'" as "d(?:e|u|')": one letter alone would give no word
    pattern = re.compile(r"@\d+@\s+(?:de\s+|du\s+|d')\s*@\d+@|@\d+@\s+ou\s+@\d+@")
    assert required_words(pattern) == ("d'", "de", "du", "ou")
    for view in ["@0@ de @1@", "@0@ du  @1@", "@0@ d'@1@", "@2@ ou @3@"]:
        assert pattern.search(view) and any(w in view for w in required_words(pattern))
    # a pattern whose words are found without it keeps them ("p(?:ore|are)": "ore", "are")
    assert required_words(re.compile(r"@\d+@\s+ya\s+(?:pore|pare)\s+@\d+@")) == ("are", "ore")


def test_tokens_with_remembered_folds_are_the_plain_scans():
    from actorgraph.loaders.articles.mention_index import TOKEN, Tok, fold_token, tokenize

    extra = ["Al-Qā'ida d'Orléans l’Armée Ḥizb O'Brien's men; ÉTAT état Etat", "the the THE The"]
    for text in [*_texts(), *extra, *extra]:  # each text twice: folds remembered from the first reading
        plain = [Tok(m.start(), m.end(), m.group(), fold_token(m.group())) for m in TOKEN.finditer(text)]
        assert tokenize(text) == plain
    assert [t.fold for t in tokenize(extra[0])][-3:] == ["etat", "etat", "etat"]
