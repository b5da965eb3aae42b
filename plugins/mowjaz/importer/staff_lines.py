"""Credit lines inside the text: staff who did not write the story, a late byline.

Arabic news pages print, beside the reporter's byline, lines that credit the rest
of the desk: ``مراجعة: فلان``, ``تدقيق لغوي: فلان``, ``تصوير - فلان``, ``تصميم:
فلان`` (labels in ``data/staff_labels.txt``).  Such a line is furniture: the
importer drops it with a warning, and the person is never the ``Author``.  A line
is one only when the label is followed by a colon or a dash and a short person's
name (no digit, no sentence mark, no function word): ``مراجعة: أداء الفريق في
الموسم`` stays text.

Some pages print the reporter's labelled byline (``تقرير: فلان``, ``كتب - فلان``)
after the lead instead of under the headline: :func:`labelled_byline` tells such
a line, which the ``credits`` step reads as the byline.  Pure functions over one
line.
"""

from __future__ import annotations

import re

from ..text.terms import stop_words
from .credit_lines import read_credit
from .credit_words import fold_word, folded_list, verb_shaped
from .records import Credit

# A staff member's name has at most this many words (two names: twice as many).
NAME_MAX_WORDS = 8
# Reporters glued to the lead after a label have at most this many words ...
GLUED_NAMES_MAX_WORDS = 12
# ... and the lead after them at least this many.
LEAD_MIN_WORDS = 8

_DASHES = "-\u2013\u2014"
_LABEL_END = re.compile(f"\\s*(?::|\\s[{_DASHES}]|[{_DASHES}]\\s)\\s*")
# Where the names glued to a lead end: a colon or a spaced dash.
_NAMES_END = re.compile(f"\\s*:\\s*|\\s[{_DASHES}]\\s")
_NOT_A_NAME = re.compile(r"[\d.!?؟:;؛«»\"“”()\[\]/]")
_NAME_JOINERS = frozenset({"و", "،", ","})
# A one-letter title before a name ("د.", "م.", "أ."): its dot ends no sentence.
_TITLE_DOT = re.compile(r"(?<!\S)([دمأ])\.")
# Labels after which only a writer's name can come ("كتب: …"); the others of
# byline_roles.txt ("تقرير", "متابعة") also head a kicker and need a clear name.
_WRITER_VERBS = frozenset({"كتب", "كتبت"})


def _label_and_rest(text: str) -> tuple[str, str] | None:
    """Split ``text`` at the colon or dash after its first words, or None."""
    match = _LABEL_END.search(text)
    if match is None or match.start() == 0:
        return None
    return text[: match.start()].strip(), text[match.end() :].strip()


def _person_shaped(text: str, most: int = NAME_MAX_WORDS) -> bool:
    text = _TITLE_DOT.sub(" ", text)  # "د. فلان", "م.فلان"
    words = text.replace("،", " ").replace(",", " ").split()
    if not 0 < len(words) <= most or _NOT_A_NAME.search(text):
        return False
    # a function word is text, unless it is also a given name (على / علي fold alike)
    function_words = stop_words() - folded_list("given_names.txt")
    folded = [fold_word(word) for word in words if word not in _NAME_JOINERS]
    return not verb_shaped(folded[0]) and not any(
        word in function_words for word in folded
    )


def staff_credit(text: str) -> str | None:
    """Return the label of a staff credit line (``مراجعة: فلان``), or None."""
    core = text.strip().strip("()[] ")
    split = _label_and_rest(core)
    if split is None:
        return None
    label, rest = split
    if fold_word(label) not in folded_list("staff_labels.txt"):
        return None
    return label if _person_shaped(rest) else None


def labelled_byline(text: str) -> Credit | None:
    """Return the credit of a reporter's labelled byline (``تقرير: فلان``), or None.

    The line opens with a byline label of ``data/byline_roles.txt``, a colon or a
    dash, and names a person: a name the byline reader reads, or after a label
    only a writer follows (``كتب``, ``بقلم``, ``إعداد`` …) any words shaped as a
    name.  A staff credit is not a byline.
    """
    split = _label_and_rest(text.strip())
    if split is None or not _writer_label(split[0]):
        return None
    label, rest = split
    if not _person_shaped(rest):
        return None
    credit = read_credit(text, alone=True)
    if credit is not None and credit.author:
        return credit
    return Credit(author=rest) if _only_writers_follow(label) else None


def _writer_label(label: str) -> bool:
    """Tell whether ``label`` labels a byline (``تقرير``), not the staff (``تصوير``)."""
    folded = fold_word(label)
    return folded in folded_list("byline_roles.txt") and folded not in folded_list(
        "staff_labels.txt"
    )


def _only_writers_follow(label: str) -> bool:
    folded = fold_word(label)
    return folded in _WRITER_VERBS or folded in folded_list("preparer_labels.txt")


def split_labelled_lead(text: str) -> tuple[Credit, str] | None:
    """Split a labelled byline glued to the lead: ``إعداد: فلان الفلاني - أعلنت …``.

    A writer's label (``data/byline_roles.txt``, not a staff label), a colon or a
    dash, words shaped as one or more names (at most ``GLUED_NAMES_MAX_WORDS``),
    then a colon or a spaced dash and a lead of at least ``LEAD_MIN_WORDS``
    words.  The names are read as a byline; after a label only a writer follows
    (``كتب``, ``إعداد``) their shape is enough, after one that also heads a
    kicker (``تقرير: الأسواق العالمية - …``) it is not.
    """
    split = _label_and_rest(text.strip())
    if split is None or not _writer_label(split[0]):
        return None
    label, rest = split
    end = _NAMES_END.search(rest)
    if end is None:
        return None
    names, lead = rest[: end.start()].strip(), rest[end.end() :].strip()
    if len(lead.split()) < LEAD_MIN_WORDS or not _person_shaped(
        names, GLUED_NAMES_MAX_WORDS
    ):
        return None
    credit = read_credit(names, alone=True)
    if credit is not None and credit.author:
        return credit, lead
    return (Credit(author=names), lead) if _only_writers_follow(label) else None
