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


def slugify(name: str) -> str:
    """A stable id from a canonical name: ``"Hay'at Tahrir al-Sham"`` -> ``hayat-tahrir-al-sham``.

    Names in the Latin script keep this form. A name with letters, digits or symbols of another
    script (Arabic, Chinese, Cyrillic, emoji...), which the form would drop, gets a short hash of
    the whole name appended, so unrelated names never share an id: ``"Хезболла"`` ->
    ``actor-`` and 8 hex digits, ``"ISIS 🏴"`` -> ``isis-`` and 8 hex digits.

    Examples
    --------
    >>> slugify("Türkiye")
    'turkiye'
    >>> slugify("حزب الله") != slugify("هيئة تحرير الشام")
    True
    """
    slug = "-".join(fold(name).split())
    dropped = set(re.findall(r"[^a-z0-9-]", slug))
    slug = re.sub(r"[^a-z0-9-]", "", slug)
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    if any(_foreign(c) for c in dropped):
        digest = hashlib.sha1(unicodedata.normalize("NFC", name.strip()).casefold().encode()).hexdigest()[:8]
        return f"{slug or 'actor'}-{digest}"
    return slug or "actor"


def _foreign(char: str) -> bool:
    """A letter or digit outside the Latin script, or a pictograph such as an emoji (what
    :func:`slugify` must not lose); punctuation and math signs are not."""
    category = unicodedata.category(char)
    if category == "So":  # pictographs and emoji, not the degree sign or (c)
        return ord(char) >= 0x2000
    if category[0] not in "LN" or category == "Lm":  # modifier letters (ʻ ʾ) mark Latin transliterations
        return False
    return not unicodedata.name(char, "").startswith("LATIN")
