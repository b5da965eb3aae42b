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

# Slugs become file names: keep them well under the 255-byte limit (Arabic: 2 bytes).
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


def shorten_slug(slug: str) -> str:
    """Cut ``slug`` to :data:`SLUG_MAX_CHARS` characters, at a ``-`` if it has one."""
    if len(slug) <= SLUG_MAX_CHARS:
        return slug
    cut = slug[:SLUG_MAX_CHARS]
    return (cut.rsplit("-", 1)[0] if "-" in cut else cut).strip("-")
