"""The ``find_title`` step: the headline, and the title's repeats.

A first line shaped as a headline (or a short line followed by a byline) is the
title, a desk tag after it is removed, and the title repeated under it (alone, or
with a take mark or a tag such as ``(صور)`` after it) is dropped; a long title run
on into the lead on one of the top lines is cut off it.  A step ``Draft ->
Draft`` of :mod:`.pipeline`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .credit_lines import read_credit
from .credit_words import CREDIT_TOP_LINES, WORDS, is_agency
from .decisions import decide
from .furniture import split_desk_tag, trailer_kind
from .headlines import TITLE_MAX_WORDS, is_title_line, words_key
from .records import Decision, Draft, Line

# A title this long, repeated with a tag after it, is a repeat (see _title_repeat).
TITLE_REPEAT_MIN_WORDS = 4
# A title this long, run on into the lead on its first line, is cut off it.
TITLE_GLUE_MIN_WORDS = 6
# ... when at least this many words follow it (a deck or a lead).
TITLE_GLUE_REST_MIN_WORDS = 3
# One or two words in brackets or after a dash, printed after a headline ("(صور)").
_TITLE_TAG = re.compile(
    r"^(?:[(\[]\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*[)\]]"
    r"|[-\u2013\u2014]\s*[^\W\d_]+(?:\s[^\W\d_]+)?)$"
)
# Marks that close a headline, and how a lead may start (a word, a number, a quote).
_TITLE_CLOSERS = "»”\"')!?؟.…"
_LEAD_START = re.compile(r"[^\W_]|[«“\"(]")
_DIGIT = re.compile(r"\d")


def find_title(draft: Draft) -> Draft:
    """Take a headline first line as the title; drop a desk tag and repeats."""
    lines = list(draft.lines)
    wanted = draft.options.title
    title_line = None
    decisions: list[Decision] = []
    keys = {words_key(wanted)} if wanted is not None else set()
    if wanted is None and len(lines) > 1 and _headline_first(lines):
        first = lines.pop(0)
        title_line, tag = split_desk_tag(first.text)
        keys = {words_key(first.text), words_key(title_line)}
        decisions.append(Decision(first.number, "title", title_line))
        if tag:
            decisions.append(Decision(first.number, "removed", tag, "desk tag"))
    keys.discard("")
    if keys:
        repeats = [line for line in lines if _title_repeat(line.text, keys)]
        for line in repeats:
            lines.remove(line)
            decisions.append(
                Decision(line.number, "dropped", line.text, "title repeated")
            )
        _unglue_title(lines, keys, decisions)
    draft = dataclasses.replace(draft, lines=tuple(lines), title_line=title_line)
    for decision in decisions:
        warn = decision.kind == "removed" or (
            decision.kind == "dropped" and decision.number != 1
        )
        draft = decide(draft, decision, warn=warn)
    return draft


def _title_repeat(text: str, keys: set[str]) -> bool:
    """Tell whether a line repeats the title, alone or with a tag after it.

    The same words, or the same words and what a page prints after a headline:
    a wire's take mark (``… إضافة أولى``), or one or two words in brackets or
    after a dash (``… (صور)``, ``… - فيديو``).  A title of fewer than
    ``TITLE_REPEAT_MIN_WORDS`` words followed by more is no repeat: a lead may
    open with a short headline's words.
    """
    key = words_key(text)
    if key in keys:
        return True
    for title in keys:
        if len(title.split()) < TITLE_REPEAT_MIN_WORDS or not key.startswith(
            title + " "
        ):
            continue
        tail = _after_words(text, len(title.split()))
        if trailer_kind(tail) == "agency take mark" or _TITLE_TAG.match(tail):
            return True
    return False


def _unglue_title(lines: list[Line], keys: set[str], decisions: list[Decision]) -> None:
    """Cut the title off a top line when the lead was run on after it.

    ``وزير الصحة يفتتح مستشفى جديدا في المدينة الشرقية افتتح الوزير …``: a
    headline of at least ``TITLE_GLUE_MIN_WORDS`` words, word for word, then at
    least ``TITLE_GLUE_REST_MIN_WORDS`` words of a deck or a lead.  A lead opening
    with a short headline's words is left whole.
    """
    top = [index for index, line in enumerate(lines) if line.text]
    for index in top[:CREDIT_TOP_LINES]:  # the lead may come under a byline
        line = lines[index]
        key = words_key(line.text)
        for title in keys:
            count = len(title.split())
            if count < TITLE_GLUE_MIN_WORDS or not key.startswith(title + " "):
                continue
            # the title's own closing marks stay with it ("… «داعش»!")
            rest = _after_words(line.text, count).lstrip(_TITLE_CLOSERS + " ")
            if len(rest.split()) < TITLE_GLUE_REST_MIN_WORDS or not _LEAD_START.match(
                rest
            ):
                continue
            head = line.text[: len(line.text) - len(rest)].strip()
            lines[index] = Line(line.number, rest)
            decisions.append(Decision(line.number, "removed", head, "title repeated"))
            return


def _after_words(text: str, count: int) -> str:
    """Return what follows the first ``count`` words of ``text``."""
    matches = list(WORDS.finditer(text))
    return text[matches[count - 1].end() :].strip() if len(matches) >= count else ""


def _headline_first(lines: Sequence[Line]) -> bool:
    """Tell whether the first line is the headline.

    A headline line (:func:`is_title_line`), or any short line (a headline typed
    with a final full stop, or one shaped as a byline) followed by a byline.
    """
    first = lines[0].text
    if is_title_line(first):
        return True
    return (
        len(first.split()) <= TITLE_MAX_WORDS
        and _weak_credit(first)
        and read_credit(lines[1].text, alone=True) is not None
    )


def _weak_credit(text: str) -> bool:
    """Tell whether a line is not a byline, or only one by its shape.

    A headline may read as a byline (``الأهلي للشباب: فلان مقابل فلان``); under it,
    a second byline says which is which.  An agency or a date is never a headline.
    """
    credit = read_credit(text)
    return credit is None or not (
        _DIGIT.search(text) or (credit.author and is_agency(credit.author))
    )
