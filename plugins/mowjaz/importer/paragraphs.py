"""Paragraph breaks as outlets type them: runs of spaces, and broken sentences.

Some sites separate paragraphs with runs of spaces or no-break spaces instead of
line breaks, so a whole article arrives as one line; others break a sentence in
the middle.  :func:`split_at_space_runs` cuts a line at a run of three or more
spaces (or a tab, or two no-break spaces) where a sentence ends; a run in the
middle of a sentence becomes one space.  :func:`continues` tells whether a line
stops in the middle of a sentence, so that the next line belongs to it.  Pure
functions over text; the importer's ``split_paragraphs`` and ``join_lines`` steps
use them.
"""

from __future__ import annotations

import re

from ..text import patterns
from ..text.normalize import normalize

# A piece this short before a run of spaces is a line of its own (a headline,
# a byline) even without final punctuation.
SHORT_PIECE_WORDS = 14

_SPACE_RUN = re.compile(
    "[^\\S\\r\\n]*(?:\\t|\u00a0[^\\S\\r\\n]*\u00a0|[^\\S\\r\\n]{3,})[^\\S\\r\\n]*"
)
# What ends a line that does not go on: a full stop, an ellipsis, a colon, a
# closing mark.
_SENTENCE_END = patterns.FULL_STOPS | frozenset('…:»”")')
# Words that cannot end a sentence: a line ending with one goes on on the next.
_DANGLING = frozenset(
    normalize(word)
    for word in (
        *("و", "في", "من", "على", "إلى", "عن", "أن", "إن", "التي", "الذي"),
        *("الذين", "بين", "مع", "أو", "ثم", "لكن", "حتى"),
    )
)


# The given name "علي" folds as the preposition "على" does; a line this short
# ending with it is a byline, not a sentence going on.
_ALI = "علي"
SHORT_LINE_WORDS = 8


def split_at_space_runs(text: str) -> list[str]:
    """Cut ``text`` into paragraphs at runs of spaces that follow a sentence end."""
    pieces: list[str] = []
    current = ""
    position = 0
    for match in _SPACE_RUN.finditer(text):
        current += text[position : match.start()]
        position = match.end()
        head = current.rstrip()
        if head and (
            head[-1] in _SENTENCE_END or len(head.split()) <= SHORT_PIECE_WORDS
        ):
            pieces.append(head)
            current = ""
        elif head:
            current = head + " "
    current += text[position:]
    pieces.append(current)
    return pieces


def continues(text: str) -> bool:
    """Tell whether a line stops mid-sentence: a final comma or a dangling word."""
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped[-1] in "،,":
        return True
    words = stripped.split()
    if words[-1] == _ALI and len(words) <= SHORT_LINE_WORDS:
        # "الدمام - سامي بن علي": a name, not "على" typed with a final yaa
        return False
    return normalize(words[-1]) in _DANGLING
