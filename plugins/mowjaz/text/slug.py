"""Arabic slugs: the file and URL name of a brief, as Pelican would make it.

The importer names a brief's file after its slug and checks that no other brief
uses it, so its slugs must be exactly those Pelican derives from a title with
pelicanconf.py's ``SLUG_REGEX_SUBSTITUTIONS`` (diacritics and tatweel dropped,
letters kept, spaces to ``-``).  This module reproduces those rules without
importing Pelican; a test compares the two on any text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from .wordlists import read_word_list

# Slugs become file names: whatever the configured cap, never past this one, well
# under the 255-byte limit of a file name (an Arabic letter is 2 bytes in UTF-8).
SLUG_MAX_CHARS = 80

# The slug rules of pelicanconf.py's SLUG_REGEX_SUBSTITUTIONS, applied the way
# pelican.utils.slugify applies them (NFKC first, IGNORECASE, lower-case at the end).
_SLUG_RULES = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (
            "[\N{ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM}-\N{ARABIC SMALL KASRA}"
            "\N{ARABIC FATHATAN}-\N{ARABIC WAVY HAMZA BELOW}"
            "\N{ARABIC LETTER SUPERSCRIPT ALEF}"
            "\N{ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA}-"
            "\N{ARABIC SMALL LOW MEEM}\N{ARABIC TATWEEL}]",
            "",
        ),
        (r"[^\w\s-]", ""),
        (r"(?u)\A\s*", ""),
        (r"(?u)\s*\Z", ""),
        (r"[-\s]+", "-"),
    )
)


def slugify(text: str) -> str:
    """Return the Arabic slug of ``text``: what pelicanconf.py's rules produce.

    Same result as ``pelican.utils.slugify`` with ``SLUG_REGEX_SUBSTITUTIONS`` and
    ``SLUGIFY_USE_UNICODE`` from pelicanconf.py (diacritics and tatweel dropped,
    letters kept, spaces to ``-``), without importing Pelican.
    """
    value = unicodedata.normalize("NFKC", " ".join(text.split()))
    for pattern, replacement in _SLUG_RULES:
        value = pattern.sub(replacement, value)
    return value.lower().strip()


def shorten_slug(
    slug: str, max_chars: int | None = None, drop: Iterable[str] = ()
) -> str:
    """Cap ``slug`` at ``max_chars`` (and :data:`SLUG_MAX_CHARS`), whole words kept.

    Only a slug over the cap loses its ``drop`` words (see :func:`slug_stop_words`);
    then it is cut after its last whole word that fits.  A first word longer than
    the cap is cut where the cap falls.
    """
    limit = SLUG_MAX_CHARS if max_chars is None else min(max_chars, SLUG_MAX_CHARS)
    if len(slug) <= limit:
        return slug
    words = [word for word in slug.split("-") if word]
    dropped = set(drop)
    words = [word for word in words if word not in dropped] or words
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > limit:
            break
        kept.append(word)
    return "-".join(kept) if kept else words[0][:limit]


@cache
def slug_stop_words() -> frozenset[str]:
    """Return the words a slug over its cap drops first (``slug_stopwords.txt``)."""
    return frozenset(slugify(word) for word in read_word_list("slug_stopwords.txt"))
