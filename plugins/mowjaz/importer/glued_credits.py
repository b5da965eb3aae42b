"""A place, a dash and the credit glued to the lead with no colon after them.

When a page loses the line break after its dateline, the lead reads
``جدة - واس افتتح وزير …`` or ``جدة - خالد العتيبي افتتح وزير …``: nothing marks
where the credit ends.  Two credits end in a way a reader can see:

* an agency of the list (``data/agencies.txt``): the list says where it ends;
* a reporter whose name opens with a common given name (``data/given_names.txt``,
  a title such as ``د.`` allowed before it) and ends with its family name, the
  first word with "ال" (``خالد العتيبي``, ``خالد عبد الله العتيبي``; the "ال" of
  ``عبد الله`` or ``صلاح الدين`` does not end it), up to ``NAME_MAX_WORDS``
  words, and a second such name joined by "و".  The family name must be nowhere
  else in the article: the subject of a story opening ``جدة - خالد الفلاني
  أمير المنطقة افتتح …`` comes back in the text, a reporter does not.

A preparer's label (``إعداد: خالد العتيبي افتتح …``,
``data/preparer_labels.txt``) may stand instead of the place.  The paper may
stand between the place and the credit (``جدة - المرسى - خالد
العتيبي افتتح …``): the reporter is the author.  The place is a listed one
(``data/places.txt``) and the lead after the credit has
at least ``LEAD_MIN_WORDS`` words and starts with no separator (those forms are
read by :func:`mowjaz.importer.lead_credits.split_lead_credit`).  When unsure, the line
stays as it is.  Pure functions; the importer's ``credits`` step calls them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .credit_words import (
    CLITICS,
    COMPOUND_HALVES,
    CreditRules,
    credit_rules,
    fold_word,
    is_agency,
    known_place,
    verb_shaped,
)
from .labels import is_preparer_label
from .lone_bylines import article_words
from .records import Credit

# The lead after the credit has at least this many words.
LEAD_MIN_WORDS = 8
# A reporter's name has at most this many words (a title not counted).
NAME_MAX_WORDS = 4
# An agency's name has at most this many words ("أ ف ب").
AGENCY_MAX_WORDS = 3

_ARTICLE = "ال"
_OPENING = re.compile(
    "^(?P<place>[^\\s\\-\u2013\u2014:]+(?:\\s[^\\s\\-\u2013\u2014:]+)?)"
    "\\s*[-\u2013\u2014]\\s*(?P<rest>\\S.*)$"
)
# A paper's name (one or two words) and a dash between the place and the credit.
_PAPER = re.compile(
    "^(?P<paper>[^\\W\\d_]+(?:\\s[^\\W\\d_]+)?)\\s*[-\u2013\u2014]\\s*(?P<rest>\\S.*)$"
)
# "إعداد: فلان الفلاني …": a preparer's label and a colon or a dash.
_LABELLED = re.compile("^(?P<label>\\S+)\\s*[:\\-\u2013\u2014]\\s*(?P<rest>\\S.*)$")
_SEPARATOR_START = re.compile('^[-\u2013\u2014:،,(«"/|]')


def split_glued_place_credit(
    text: str, elsewhere: str, rules: CreditRules | None = None
) -> tuple[Credit, str] | None:
    """Split "جدة - واس افتتح …" or "جدة - خالد العتيبي افتتح …" from its lead.

    ``elsewhere`` is the rest of the article (the title included), where a
    reporter's family name must not come up.
    """
    match = _OPENING.match(text)
    rules = rules or credit_rules()
    labelled = _LABELLED.match(text)
    if labelled is not None and is_preparer_label(labelled["label"]):
        return _credit_and_lead(labelled["rest"], None, elsewhere, rules)
    if match is None or not known_place(match["place"], rules):
        return None
    tries = [match["rest"]]
    paper = _PAPER.match(match["rest"])
    if paper is not None and not known_place(paper["paper"], rules):
        tries.append(paper["rest"])  # "جدة - المرسى - فلان الفلاني": the reporter
    for credit_and_lead in tries:
        split = _credit_and_lead(credit_and_lead, match["place"], elsewhere, rules)
        if split is not None:
            return split
    return None


def _credit_and_lead(
    text: str, place: str | None, elsewhere: str, rules: CreditRules
) -> tuple[Credit, str] | None:
    """Read an agency or a reporter's name at the start of ``text``, then the lead."""
    words = text.split()
    found = _agency(words, rules) or _names(words, elsewhere, rules)
    if found is None:
        return None
    author, width = found
    rest = " ".join(words[width:])
    if len(words) - width < LEAD_MIN_WORDS or _SEPARATOR_START.match(rest):
        return None
    return Credit(author=author, dateline=place), rest


def _agency(words: Sequence[str], rules: CreditRules) -> tuple[str, int] | None:
    for width in range(AGENCY_MAX_WORDS, 0, -1):
        name = " ".join(words[:width])
        if len(words) > width and is_agency(name, rules):
            return name, width
    return None


def _names(
    words: Sequence[str], elsewhere: str, rules: CreditRules
) -> tuple[str, int] | None:
    """Read one name, or two joined by "و", from the start of ``words``."""
    first = _name_width(words, rules)
    if first is None:
        return None
    widths = [(0, first)]
    second = words[first:]
    if second and second[0].startswith("و") and len(second[0]) > 1:
        joined = [second[0][1:], *second[1:]]
        width = _name_width(joined, rules)
        if width is not None:
            widths.append((first, first + width))
    names = [list(words[start:end]) for start, end in widths]
    if len(names) > 1:
        names[1][0] = names[1][0][1:]  # "وسالم" -> "سالم"
    seen = article_words(elsewhere)
    if any(_found(fold_word(name[-1]), seen) for name in names):
        return None
    return "، ".join(" ".join(name) for name in names), widths[-1][1]


def _name_width(words: Sequence[str], rules: CreditRules) -> int | None:
    """Return how many words a name at the start of ``words`` takes, or None."""
    start = 1 if words and fold_word(words[0]) in rules.honorifics else 0
    if len(words) <= start or fold_word(words[start]) not in rules.given_names:
        return None
    for index in range(start + 1, min(len(words), start + NAME_MAX_WORDS)):
        word = fold_word(words[index])
        if not word or (verb_shaped(word) and word not in rules.given_names):
            return None
        if word.startswith(_ARTICLE) and word not in COMPOUND_HALVES:
            return index + 1
    return None


def _found(family: str, seen: frozenset[str]) -> bool:
    forms = [family, "ل" + family[1:]] if family.startswith(_ARTICLE) else [family]
    return any(clitic + form in seen for form in forms for clitic in CLITICS)
