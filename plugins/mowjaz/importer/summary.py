"""The Summary: the first paragraph that reads as the lead of the story, or none.

The Summary is the meta description, the feed summary and the home-page card, so
it must never be the headline again or the byline.  That holds by construction,
for reasons of news writing rather than of any outlet: the Summary is the first
paragraph of the body that reads as a prose sentence, and a paragraph is refused
when it is

* **the title or a near copy of it**: once the title's words are set aside, it
  adds fewer than ``NEAR_COPY_NEW_WORDS`` words (``العنوان (صور)``, a headline
  the page printed again with a tag, a short headline's first words);
* **a credit**: read as a byline (:func:`~mowjaz.importer.credit_lines.read_credit`)
  or shaped as one (short pieces between dashes or commas, a place or a name
  among them), or opening with what the importer put in ``Author`` (after the
  dateline and byline that may open a lead are cut off);
* **no prose**: shaped as a headline (short, no final punctuation), or with no
  sentence end, no function word and no colon (a list of names, places, dates
  or agency codes), a photo caption (``جانب من …``), a series instalment's header
  (``(24 - …)``) or a deck that only asks a question;
* **too short**: fewer than ``LEAD_MIN_WORDS`` words.  A short story whose every
  paragraph is shorter is looked at again with ``SHORT_LEAD_MIN_WORDS``.

A list or question-and-answer marker opening the lead (``* سؤالي …``, the
reader's mark in a clinic column, ``- …`` the answer's) is typography, not text:
the Summary starts after it.

When no paragraph passes, the Summary is empty and the importer warns: the
theme then shows no card text and the site's subtitle as the description, which
is better than a name or the headline twice.  Pure functions; the importer's
``build_brief`` step calls :func:`choose_summary`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.normalize import normalize
from .credit_lines import read_credit
from .credit_openings import credit_shaped, strip_credit_opening
from .headlines import (
    caption_shaped,
    instalment_header,
    lead_summary,
    reads_as_sentence,
    words_key,
)
from .line_kinds import is_headline_like

# A lead (the Summary) has at least this many words when the text has one ...
LEAD_MIN_WORDS = 8
# ... and a short story's lead at least this many.
SHORT_LEAD_MIN_WORDS = 4
# An opening sentence on its own line joins the Summary from this many words.
OPENING_MIN_WORDS = 4
# A paragraph that adds fewer words than this to the title is the title again.
NEAR_COPY_NEW_WORDS = 3
# A deck under the headline that only asks a question has at most this many words.
DECK_MAX_WORDS = 15

_WORDS = re.compile(r"[^\W_]+")
# One full stop (not "..", not a colon) closing an opening sentence.
_OPENING_END = re.compile(r"(?<![.:])\.$")
# A question mark closing a paragraph, closing quotation marks or brackets after it.
_QUESTION_END = re.compile('[؟?][\u201d"\u00bb)\\s]*$')
# Any other sentence end inside the paragraph.
_SENTENCE_INSIDE = re.compile(r"[.!?؟…](?=\s)")
# What may stand between a credit the importer read and the lead's first word.
_SEPARATOR = re.compile(r"^[\s\-\u2013\u2014_:|/ـ]+")
# A list or question-and-answer marker opening a paragraph ("* سؤالي …", "- …").
_ITEM_MARKER = re.compile("^\\s*(?:[*\u2022\u00b7]+|[-\u2013\u2014](?=\\s))\\s*")


def choose_summary(
    paragraphs: Sequence[str],
    title: str,
    author: str | None = None,
    dateline: str | None = None,
) -> str:
    """Return the brief's Summary, or "" when no paragraph reads as the lead.

    ``author`` and ``dateline`` are what the importer put in the metadata: the
    Summary never opens with them.
    """
    credits = tuple(value for value in (author, dateline) if value)
    lead = _lead(paragraphs, title, author, credits, LEAD_MIN_WORDS)
    if lead is None:
        lead = _lead(paragraphs, title, author, credits, SHORT_LEAD_MIN_WORDS)
        if lead is None:
            return ""
    index, text = lead
    return lead_summary(
        _with_opening(paragraphs, index, _ITEM_MARKER.sub("", text), title)
    )


def lead_problem(
    text: str,
    title: str,
    author: str | None = None,
    min_words: int = LEAD_MIN_WORDS,
) -> str:
    """Return why a paragraph cannot be the Summary, or "" when it can.

    ``text`` is the paragraph after :func:`without_credit`; the checks are those
    of this module's description, in order.
    """
    problem = ""
    if len(text.split()) < min_words:
        problem = "too short"
    elif near_copy(text, title):
        problem = "the title"
    elif read_credit(text, alone=True) is not None or credit_shaped(text):
        problem = "a byline"
    elif author and _opens_with(text, author):
        problem = "the Author"
    elif is_headline_like(text) or not reads_as_sentence(text):
        problem = "no prose"
    elif caption_shaped(text):
        problem = "a photo caption"
    elif instalment_header(text):
        problem = "an instalment header"
    elif question_deck(text):
        problem = "a question deck"
    return problem


def near_copy(text: str, title: str) -> bool:
    """Tell whether ``text`` is the title again: it adds fewer than three words.

    Words are compared normalised, so marks, dashes and hamza forms typed
    differently do not make a repeated headline new.
    """
    title_words = set(words_key(title).split())
    if not title_words:
        return False
    new = [word for word in words_key(text).split() if word not in title_words]
    return len(new) < NEAR_COPY_NEW_WORDS


def question_deck(text: str) -> bool:
    """Tell whether a paragraph is one short question (a deck, not a lead).

    A lead tells what happened; a line under the headline that only asks
    (``هل تنجح الخطة الجديدة في خفض الأسعار؟``) announces the story.  A column
    opening with a long question, or with several sentences, is a lead.
    """
    core = text.strip()
    return (
        bool(_QUESTION_END.search(core))
        and len(core.split()) <= DECK_MAX_WORDS
        and not _SENTENCE_INSIDE.search(_QUESTION_END.sub("", core))
    )


def without_credit(text: str, credits: Sequence[str] = ()) -> str:
    """Return a lead without the dateline or byline that opens it.

    What :func:`~mowjaz.importer.credit_openings.strip_credit_opening` cuts, and the
    Author or Dateline the importer read (``credits``) when the lead repeats it
    before a dash or a colon.
    """
    text = strip_credit_opening(text)
    cut = True
    while cut:
        cut = False
        for credit in credits:
            rest = _after_prefix(text, credit)
            if rest is not None and rest != text:
                text, cut = rest, True
    return text


def _after_prefix(text: str, prefix: str) -> str | None:
    """Return ``text`` after ``prefix`` and a separator, or None when not so.

    The prefix is compared word by word, normalised; a separator (a dash, a
    colon, a bar) must follow it, or it is the subject of the lead.
    """
    wanted = _WORDS.findall(normalize(prefix))
    if not wanted:
        return None
    matches = list(_WORDS.finditer(text))
    if len(matches) <= len(wanted):
        return None
    got = [normalize(match.group()) for match in matches[: len(wanted)]]
    if got != wanted:
        return None
    rest = text[matches[len(wanted) - 1].end() :]
    separator = _SEPARATOR.match(rest)
    if separator is None or not separator.group().strip():
        return None
    return rest[separator.end() :]


def _opens_with(text: str, credit: str) -> bool:
    """Tell whether ``text`` opens with the words of ``credit``."""
    wanted = _WORDS.findall(normalize(credit))
    got = _WORDS.findall(normalize(" ".join(text.split()[: len(wanted) + 2])))
    return bool(wanted) and got[: len(wanted)] == wanted


def _lead(
    paragraphs: Sequence[str],
    title: str,
    author: str | None,
    credits: Sequence[str],
    min_words: int,
) -> tuple[int, str] | None:
    """Return the first paragraph that can be the Summary, and its index."""
    for index, paragraph in enumerate(paragraphs):
        if read_credit(paragraph, alone=True) is not None or credit_shaped(paragraph):
            continue
        if len(paragraph.split()) < min_words:
            continue
        text = without_credit(paragraph, credits)
        if not lead_problem(text, title, author, min(min_words, SHORT_LEAD_MIN_WORDS)):
            return index, text
    return None


def _with_opening(paragraphs: Sequence[str], index: int, lead: str, title: str) -> str:
    """Return the lead, with the column's short opening sentence before it.

    A column may open with one short sentence on a line of its own (``الصبر
    مفتاح الفرج.``) and go on in the next paragraph (``وهذا ما …``): the lead
    skips the short line, but the Summary starts where the writer started.  Only
    a first line skipped for its length alone (``OPENING_MIN_WORDS`` words or
    more, fewer than ``LEAD_MIN_WORDS``), closed by a full stop and reading as
    prose, neither a byline, a caption nor the title again, is kept.
    """
    if index != 1:
        return lead
    opening = paragraphs[0]
    if (
        OPENING_MIN_WORDS <= len(opening.split()) < LEAD_MIN_WORDS
        and _OPENING_END.search(opening)
        and reads_as_sentence(opening)
        and not is_headline_like(opening)
        and not caption_shaped(opening)
        and read_credit(opening, alone=True) is None
        and not credit_shaped(opening)
        and not near_copy(opening, title)
    ):
        return f"{opening} {lead}"
    return lead
