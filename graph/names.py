"""Name normalisation shared by ids, search and mention resolution."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_APOSTROPHES = re.compile(r"[\u2019'`\u2018\u02bc\u02bf\u02be\u00b4]")
_SEPARATORS = re.compile(r"[\-\u2010-\u2015_.,;:()\[\]/\\\"!?&+]")
_ARTICLES = re.compile(r"\b(the|el|al|an|ad|as|ash|at|az)\b")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, apostrophes and punctuation; collapse spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    bare = _APOSTROPHES.sub("", bare)
    bare = _SEPARATORS.sub(" ", bare)
    return " ".join(bare.split())


def normalize(name: str) -> str:
    """The key two spellings of one name share.

    Folds case, accents and punctuation, and drops a leading "the" and Arabic article forms
    (al-, el-, an-, ...), so "Hay'at Tahrir al-Sham", "Hayat Tahrir Al Sham" and
    "HAYAT TAHRIR ALSHAM" differ only where the spelling really differs.

    Examples
    --------
    >>> normalize("The Al-Nusra Front")
    'nusra front'
    >>> normalize("Türkiye")
    'turkiye'
    """
    return " ".join(_ARTICLES.sub(" ", fold(name)).split())


ID_HASH_DIGITS = 12  # hex digits (48 bits) of a non-Latin name's hash: 1 chance in ~500 of any clash among 1M names
MAX_SLUG = 200  # an actor id's length (graph.model.ACTOR_ID): a longer slug is cut and hashed


def slugify(name: str) -> str:
    """A stable id from a canonical name: ``"Hay'at Tahrir al-Sham"`` -> ``hayat-tahrir-al-sham``.

    Names in the Latin script keep this form. A name with letters, digits or symbols of another
    script (Arabic, Chinese, Cyrillic, emoji...), which the form would drop, gets
    :data:`ID_HASH_DIGITS` hex digits of a hash of the whole name appended, so unrelated names
    never share an id in practice: ``"Хезболла"`` -> ``actor-`` and 12 hex digits, ``"ISIS 🏴"``
    -> ``isis-`` and 12 hex digits. So does a name of punctuation alone (``"???"``), and a name
    whose slug would pass :data:`MAX_SLUG` characters is cut to fit its hash. The hash reads the
    name case-folded, in NFC, with its spaces collapsed: the same name gives the same id in every run.

    Examples
    --------
    >>> slugify("Türkiye")
    'turkiye'
    >>> slugify("حزب الله") != slugify("هيئة تحرير الشام")
    True
    >>> len(slugify("Вагнер"))
    18
    """
    slug = "-".join(fold(name).split())
    dropped = set(re.findall(r"[^a-z0-9-]", slug))
    slug = re.sub(r"[^a-z0-9-]", "", slug)
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    if slug and len(slug) <= MAX_SLUG and not any(_foreign(c) for c in dropped):
        return slug
    spelt = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    digest = hashlib.sha1(spelt.encode()).hexdigest()[:ID_HASH_DIGITS]
    return f"{slug[:MAX_SLUG - ID_HASH_DIGITS - 1].rstrip('-') or 'actor'}-{digest}"


def _foreign(char: str) -> bool:
    """A letter or digit outside the Latin script, or a pictograph such as an emoji (what
    :func:`slugify` must not lose); punctuation and math signs are not."""
    category = unicodedata.category(char)
    if category == "So":  # pictographs and emoji, not the degree sign or (c)
        return ord(char) >= 0x2000
    if category[0] not in "LN" or category == "Lm":  # modifier letters (ʻ ʾ) mark Latin transliterations
        return False
    return not unicodedata.name(char, "").startswith("LATIN")
