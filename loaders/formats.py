"""The registry of input formats, and format detection.

Each entry names the class implementing :class:`~actorgraph.loaders.base.Format`; classes are
imported when first used, so a format's dependencies load only when its files are read.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from pathlib import Path

from actorgraph.errors import InputError
from actorgraph.loaders.base import Format

# Order matters: the first format whose sniff() accepts a file reads it; articles come last
# because any text file is an article.
FORMATS: dict[str, str] = {
    "facts": "actorgraph.loaders.events.facts:FactsFormat",
    "acled": "actorgraph.loaders.events.acled:AcledFormat",
    "ucdp": "actorgraph.loaders.events.ucdp:UcdpFormat",
    "gdelt": "actorgraph.loaders.events.gdelt:GdeltFormat",
    "gdelt-mentions": "actorgraph.loaders.events.gdelt_mentions:GdeltMentionsFormat",
    "gdelt-header": "actorgraph.loaders.events.gdelt_mentions:GdeltHeaderFormat",
    "article": "actorgraph.loaders.articles.format:ArticleFormat",
}


@cache
def get_format(name: str) -> Format:
    """The format called ``name`` (``--format``)."""
    if name not in FORMATS:
        raise InputError(f"unknown format {name!r} (one of: {', '.join(FORMATS)})", where="--format")
    module, _, attr = FORMATS[name].partition(":")
    return getattr(import_module(module), attr)()


def detect(path: Path, head: bytes) -> Format:
    """The format of ``path``, from its name and first bytes."""
    for name in FORMATS:
        try:
            fmt = get_format(name)
        except ImportError:  # a format not installed in this build
            continue
        if fmt.sniff(path, head):
            return fmt
    raise InputError("cannot tell the format of this file; pass --format", where=str(path))
