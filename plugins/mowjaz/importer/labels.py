"""Labels under the headline that credit a desk or an office, not a reporter.

Some outlets print, where the reporter's name would stand, the name of the
section that wrote the piece, or who prepared it:

* a section's or desk's name, two words: a noun of ``data/section_nouns.txt``
  and a topic of ``data/section_topics.txt`` (``الملف السياسي``, ``القسم
  الرياضي``, ``الشؤون المحلية``); ``الملف النووي`` (a subject, not a desk) stays;
* a preparer's label (``data/preparer_labels.txt``), a colon and the office
  (``إعداد: إدارة العلاقات العامة بمستشفى المدينة``): at most
  ``OFFICE_MAX_WORDS`` words with no digit, no sentence mark and no word shaped
  as a verb.

Either is the credit (``Author``) only alone on its line right under the headline
and before a full paragraph; anywhere else it stays text.  Pure functions; the
importer's ``credits`` step calls them.
"""

from __future__ import annotations

import re

from .credit_words import fold_word, folded_list, verb_shaped
from .records import Credit

# An office after "إعداد:" has at most this many words.
OFFICE_MAX_WORDS = 12
# The paragraph after the label is a full one: at least this many words.
FOLLOWING_MIN_WORDS = 8
SECTION_WORDS = 2

_SENTENCE_MARK = re.compile('[.!?؟؛،,"«»()]')
_HAS_DIGIT = re.compile(r"\d")


def is_preparer_label(text: str) -> bool:
    """Tell whether ``text`` is a preparer's label (``إعداد``, ``ترجمة`` …)."""
    return fold_word(text) in folded_list("preparer_labels.txt")


def label_byline(text: str, following: str | None) -> Credit | None:
    """Return the credit a desk or office label under the headline is, or None."""
    if following is None or len(following.split()) < FOLLOWING_MIN_WORDS:
        return None
    core = text.strip()
    return _section(core) or _prepared_by(core)


def _section(core: str) -> Credit | None:
    words = [fold_word(word) for word in core.split()]
    if (
        len(words) == SECTION_WORDS
        and words[0] in folded_list("section_nouns.txt")
        and words[1] in folded_list("section_topics.txt")
    ):
        return Credit(author=core)
    return None


def _prepared_by(core: str) -> Credit | None:
    label, colon, office = core.partition(":")
    office = office.strip()
    words = office.split()
    if (
        not colon
        or not is_preparer_label(label)
        or not 1 < len(words) <= OFFICE_MAX_WORDS
        or _SENTENCE_MARK.search(office)
        or _HAS_DIGIT.search(office)
        or any(verb_shaped(fold_word(word)) for word in words[:1])
    ):
        return None
    return Credit(author=office)
