"""Headlines: the title line, a title from the lead, the Summary, subheadings.

A news headline can be long (up to about twenty-five words) and hold ``:``,
``..`` or ``؟!``; what it is not is a sentence that ends with a single full stop.
A subheading is a short line that reads as a section title: no reporter's name,
no place followed by a colon, no date, and a next paragraph that does not carry on
its sentence.  Pure functions over text; the importer's ``find_title``,
``classify`` and ``build_brief`` steps use them.
"""

from __future__ import annotations

import re
from functools import cache

from ..text import patterns
from ..text.normalize import normalize
from ..text.terms import stop_words
from ..text.wordlists import read_word_list
from .credit_lines import read_credit
from .line_kinds import has_word, is_headline_like
from .paragraphs import continues

# A title line has at most this many words ...
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 250
# A first clause this long can stand as a title built from the lead.
CLAUSE_MIN_WORDS = 4
# ... and the Summary (the lead) is cut to this many words when it is longer.
SUMMARY_MAX_WORDS = 60
SUMMARY_MIN_WORDS = 10
# A paragraph this long is prose, whatever its words.
PROSE_MIN_WORDS = 20
# A photo caption on its own line has at most this many words.
CAPTION_MAX_WORDS = 20

# A full stop or an ellipsis (the Arabic semicolon ends a clause, not a summary).
_SENTENCE_END = re.compile(
    "[" + re.escape("".join(sorted(patterns.FULL_STOPS | {"\u2026"}))) + "]+(?=\\s|$)"
)
_CLAUSE_END = re.compile("[،,:؛;]")
_SINGLE_STOP = re.compile(r"(?<!\.)\.$")
_TRAILING_MARKS = "\u201d\u201c\"'\u2019\u00bb)]\u2033 "
_DATE = re.compile(
    r"\d{1,4}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,4}|\d{4}\s*(?:هـ|م)(?!\w)|\d{1,2}:\d{2}"
)
_WORD = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W_]+")
# One Arabic letter before a stop, not after a number ("2015 م."): an initial.
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[^\d\s])\s|[(\[])[ء-ي]ـ?$")
_PLACE_COLON = re.compile(r"^[^\s:]+(?:\s[^\s:]+)?\s*:")
# "(24 - …)", "(3/5)": the number of a column's instalment, in brackets (a
# footnote's "(3) …" is not one).
_INSTALMENT = re.compile(r"^\(\s*\d{1,3}\s*[-\u2013\u2014/]")


def words_key(text: str) -> str:
    """Return the normalised words of ``text``: a title and its repeat compare so.

    Quotation marks, dots and dashes typed differently (``“…”`` and ``«…»``) do
    not make a repeated headline a new line.
    """
    return " ".join(_WORDS.findall(normalize(text)))


def is_title_line(text: str) -> bool:
    """Tell whether a first line reads as a headline (long ones included)."""
    words = text.split()
    if not words or len(words) > TITLE_MAX_WORDS or len(text) > TITLE_MAX_CHARS:
        return False
    if not has_word(text) or read_credit(text) is not None:
        return False
    core = text.rstrip(_TRAILING_MARKS)
    return bool(core) and not _SINGLE_STOP.search(core) and core[-1] not in "،,؛;"


def title_from_lead(lead: str) -> str:
    """Return a title from the lead: its first sentence, or its first clause.

    The first sentence ends at the first stop after ``CLAUSE_MIN_WORDS`` words.

    A title is never cut with "…": a long first sentence gives its first clause
    (up to a comma or a colon) when that clause is short enough, else its first
    ``TITLE_MAX_WORDS`` words.
    """
    head = lead[: TITLE_MAX_WORDS * 40]
    # A stop after fewer words than a clause ends no title: a tag ("بالصور.. …")
    # or an abbreviation ("د. فلان …").
    end = next(
        (
            match
            for match in _SENTENCE_END.finditer(head)
            if len(head[: match.start()].split()) >= CLAUSE_MIN_WORDS
        ),
        None,
    )
    sentence = (head[: end.start()] if end else head).strip()
    words = sentence.split()
    if len(words) <= TITLE_MAX_WORDS:
        return " ".join(words).rstrip("،؛,;:") or lead[:TITLE_MAX_CHARS]
    clauses = [
        match.start()
        for match in _CLAUSE_END.finditer(sentence)
        if len(sentence[: match.start()].split()) <= TITLE_MAX_WORDS
    ]
    if clauses and len(sentence[: clauses[-1]].split()) >= CLAUSE_MIN_WORDS:
        return sentence[: clauses[-1]].strip()
    return " ".join(words[:TITLE_MAX_WORDS]).rstrip("،؛,;:")


def lead_summary(lead: str) -> str:
    """Return the lead, cut after whole sentences when it is long.

    A full stop within the first ``SUMMARY_MIN_WORDS`` words ("عبر د. …"), or
    after one letter that is not a year's calendar letter (``م. فلان``), is
    an abbreviation, not the end of the Summary.
    """
    head = lead[: SUMMARY_MAX_WORDS * 40]
    words = head.split()
    if len(words) <= SUMMARY_MAX_WORDS and len(head) == len(lead):
        return lead
    limit = len(" ".join(words[:SUMMARY_MAX_WORDS]))
    ends = [
        match.end()
        for match in _SENTENCE_END.finditer(head, 0, limit)
        if len(head[: match.end()].split()) >= SUMMARY_MIN_WORDS
        and not _INITIAL_BEFORE.search(head, 0, match.start())
    ]
    if ends:
        return head[: ends[-1]]
    return " ".join(words[:SUMMARY_MAX_WORDS]) + "\u2026"


def reads_as_sentence(text: str) -> bool:
    """Tell whether a paragraph reads as prose: a sentence end or a function word.

    A lead has a full stop or at least one of the little words prose is made of
    (``في``, ``على``, ``أن`` …, ``text/data/stopwords.txt``), or introduces what
    follows with a colon, or is long; a list of names or places left by a byline
    (``فلان الفلاني وفلان الفلاني …``) is none of these.
    """
    if (
        _SENTENCE_END.search(text)
        or text.rstrip().endswith(":")
        or len(text.split()) > PROSE_MIN_WORDS
    ):
        return True
    stop = stop_words()
    return any(normalize(word) in stop for word in _WORD.findall(text))


@cache
def _caption_openers() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(normalize(line).split())
        for line in read_word_list("caption_openers.txt", __package__)
    )


def caption_shaped(text: str) -> bool:
    """Tell whether a paragraph is a photo caption printed as a line of its own.

    It opens with a caption's words (``جانب من``, ``لقطة جماعية``,
    ``data/caption_openers.txt``), has at most ``CAPTION_MAX_WORDS`` words and no
    sentence end: ``جانب من الحفل الذي أقيم في مقر الجامعة`` describes a picture,
    while ``جانب من المشروع اكتمل أمس.`` is a sentence.
    """
    words = normalize(text).split()
    if len(words) > CAPTION_MAX_WORDS or _SENTENCE_END.search(text):
        return False
    return any(tuple(words[: len(opener)]) == opener for opener in _caption_openers())


def instalment_header(text: str) -> bool:
    """Tell whether a line heads one instalment of a series: ``(24 - عنوان الحلقة)``.

    It opens with the instalment's number in brackets and is short (no more words
    than a title): a header, never the lead, though it stays in the body.
    """
    return (
        bool(_INSTALMENT.match(text.strip())) and len(text.split()) <= TITLE_MAX_WORDS
    )


def is_subheading(text: str, following: str | None) -> bool:
    """Tell whether a line is a section title before the paragraph ``following``."""
    if following is None or not is_headline_like(text) or is_headline_like(following):
        return False
    if continues(text) or text.lstrip()[:1] in "-\u2013*\u2022\u00b7":
        return False
    if _DATE.search(text) or _PLACE_COLON.match(text):
        return False
    return read_credit(text, alone=True) is None
