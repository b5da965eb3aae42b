"""What a raw line of an article is: site noise, a related-story hint, a headline.

Text copied from a news site brings the site with it: share and follow prompts,
copyright lines (boilerplate, dropped) and related-story links (``اقرأ أيضا: …``,
kept as ``RelatedHints``): :mod:`mowjaz.text.noise` tells them, with its lists in
``text/data`` (key points use the same).  A line that is short and has no
final punctuation reads like a headline: the title, a subheading, or the story
title after a hint label.  Pure functions over one line; the importer's
``remove_noise`` and ``classify`` steps use them.
"""

from __future__ import annotations

import re

# A line is headline-like (a title or a subheading) when it is this short.
HEADLINE_MAX_WORDS = 10
HEADLINE_MAX_CHARS = 100

_FINAL_PUNCTUATION = frozenset(".!?:;,\u2026،؛؟")
_TRAILING_MARKS = "\u201d\u201c\"'\u2019\u00bb)]\u2033 "
_WORD = re.compile(r"[^\W_]")


def is_headline_like(text: str) -> bool:
    """Tell whether a line reads like a headline: short, no final punctuation."""
    if len(text) > HEADLINE_MAX_CHARS or not has_word(text):
        return False
    core = text.rstrip(_TRAILING_MARKS)
    if not core or core[-1] in _FINAL_PUNCTUATION:
        return False
    return len(text.split()) <= HEADLINE_MAX_WORDS


def has_word(text: str) -> bool:
    """Tell whether ``text`` has a letter or a digit (a word to read)."""
    return _WORD.search(text) is not None
