"""The ``credits`` step: bylines, datelines and agency credits where they stand.

At the top of the text (``CREDIT_TOP_LINES``), a credit line, a name or a town
alone under the headline, a labelled byline, a roundup of bureaus or a credit
opening the lead; at the bottom (``CREDIT_BOTTOM_LINES``), a byline, a writer's
signature or a source line.  A photographer credited in brackets and a photo
caption above the lead or glued to it are dropped with a warning.  The credits
read are gathered into the brief's Author and Dateline.  The readers of one line
live in :mod:`.credit_lines`, :mod:`.lead_credits` and their neighbours; this
module decides where on the page to look.  A step ``Draft -> Draft`` of
:mod:`.pipeline`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence

from ..text.normalize import normalize
from ..text.wordlists import read_word_list
from .credit_lines import read_credit, split_photo_credit, town_line, wire_town
from .credit_words import CREDIT_TOP_LINES, WORDS, is_agency, never_a_town
from .decisions import decide
from .glued_credits import split_glued_place_credit
from .headlines import caption_shaped, is_title_line, reads_as_sentence
from .labels import label_byline
from .lead_credits import (
    slashed_agency,
    source_line,
    split_glued_agency,
    split_lead_credit,
)
from .line_kinds import is_headline_like
from .lone_bylines import glued_lone_byline, glued_shape, lone_byline, named_elsewhere
from .records import Credit, Decision, Draft, Line
from .roundups import read_roundup, split_roundup_opening
from .staff_lines import labelled_byline, split_labelled_lead
from .summary import LEAD_MIN_WORDS

# Bylines are looked for in this many lines at the bottom (at the top:
# CREDIT_TOP_LINES, shared with the title step).
CREDIT_BOTTOM_LINES = 2
# A photo caption above the lead is dropped when it has at most this many words.
TOP_CAPTION_MAX_WORDS = 12
# "لـ«المرسى»", 'لـ"المرسى"': an outlet named as the one someone spoke to.
_SPOKEN_TO = re.compile(r"لـ\s*[\"«“]\s*([^\"«»“”\n]{2,30}?)\s*[\"»”]")
# A ta marbuta with a verb glued after it: a caption then the lead ("بالحديقةأقام").
_GLUED_AFTER_TA_MARBUTA = re.compile("(ة)((?!ال)[أإاتين][ء-يٱ-ۓ]{2,})")
_SENTENCE_INSIDE = re.compile(r"[.!?؟…](?=\s)|[،,؛;]")


def credits(draft: Draft) -> Draft:
    """Move bylines, datelines and agency credits at the top and bottom to metadata.

    At the top, a line read by :func:`read_credit`, a name alone under the headline
    (:func:`~mowjaz.importer.lone_bylines.lone_byline`) or a credit opening the
    lead; at the bottom, a byline or a writer's signature alone on its line.  An
    agency in slashes the noise step dropped as a wire mark (``//واس//`` on a
    line of its own or after the last sentence) is the author when none other is.
    """
    lines, found, decisions, photos = _photo_credits(list(draft.lines))
    for index in range(min(CREDIT_TOP_LINES, len(lines))):
        line = lines[index]
        # The last line is never a byline whole (the text would be gone), but a
        # credit opening it is split off: a story of one paragraph has its lead.
        last = index == len(lines) - 1
        # Under the headline and the credits read so far (a dateline line, then
        # the reporters' names), a name alone is a byline, unless the text names
        # the same family (a photograph's caption under the byline).
        after_credits = all(not previous.text for previous in lines[:index])
        alone = index == 0 or (
            after_credits
            and not named_elsewhere(
                line.text, "\n".join(other.text for other in lines[index + 1 :])
            )
        )
        # a town under the credits is the dateline though the story names it
        # (a family name named again is a caption's, a town's is the story's)
        credit = (
            None
            if last
            else read_roundup(line.text)
            or read_credit(line.text, alone=alone)
            or (_town_alone(lines, index, found) if after_credits else None)
        )
        headline = draft.title_line or draft.options.title
        if (
            credit is None
            and not last
            and headline
            and all(not previous.text for previous in lines[:index])
        ):
            credit = _lone_byline(headline, lines, index)
        if credit is not None:
            found.append(credit)
            decisions.append(_credit_decision(line, credit))
            lines[index] = Line(line.number, "")
            continue
        lead = (
            split_roundup_opening(line.text)
            or split_lead_credit(line.text)
            or split_labelled_lead(line.text)
        )
        if (
            lead is None
            and glued_shape(line.text)
            and all(not previous.text for previous in lines[:index])
        ):
            others = [other.text for other in lines if other is not line]
            lead = glued_lone_byline(line.text, "\n".join([headline or "", *others]))
        if all(not previous.text for previous in lines[:index]):
            # the longest credit opening wins: "جدة - المرسى - فلان الفلاني أعلن"
            others = [other.text for other in lines if other is not line]
            glued = split_glued_place_credit(
                line.text, "\n".join([headline or "", *others])
            )
            if glued is not None and (lead is None or len(glued[1]) < len(lead[1])):
                lead = glued
        if lead is not None:
            found.append(lead[0])
            decisions.append(_credit_decision(Line(line.number, line.text), lead[0]))
            lines[index] = Line(line.number, lead[1])
        if not (is_headline_like(line.text) or _deck(line.text)):
            break
    _byline_after_lead(lines, found, decisions)
    lines = [line for line in lines if line.text]
    _bottom_credits(lines, found, decisions)
    found += [
        Credit(author=agency)
        for decision in draft.decisions
        if decision.detail == "agency trailer"
        and (agency := slashed_agency(decision.text))
    ]
    credit = _credit(found, _outlets_spoken_to(line.text for line in lines))
    caption = _top_caption(lines, draft.title_line or draft.options.title or "")
    lines = lines[1:] if caption else lines
    if not caption:
        caption, lines = _glued_caption(lines)
    draft = dataclasses.replace(draft, lines=tuple(lines), credit=credit)
    dropped = [d for d in decisions if d.kind == "dropped"]
    draft = decide(draft, *(d for d in decisions if d.kind != "dropped"))
    return decide(draft, *photos, *dropped, *caption, warn=True)


def _byline_after_lead(
    lines: list[Line], found: list[Credit], decisions: list[Decision]
) -> None:
    """Read a labelled byline printed after the lead (``تقرير: فلان``).

    It is the byline when none was read above it; beside one, it is dropped with
    a warning (the byline above stays the author).  Never the last line: a
    signature closing the text is read with the bottom credits.
    """
    texts = [index for index, line in enumerate(lines) if line.text]
    if len(texts) < 3:  # noqa: PLR2004 (a lead, the byline, and more text)
        return
    line = lines[texts[1]]
    credit = labelled_byline(line.text)
    if credit is None and not found:
        credit = _standfirst_byline(lines, texts)
    if credit is None:
        return
    if any(known.author for known in found):
        decisions.append(Decision(line.number, "dropped", line.text, "second byline"))
    else:
        found.append(credit)
        decisions.append(_credit_decision(line, credit))
    lines[texts[1]] = Line(line.number, "")


def _standfirst_byline(lines: Sequence[Line], texts: Sequence[int]) -> Credit | None:
    """Read an agency's credit printed under a standfirst: the second text line.

    Only when nothing above was a credit, the line credits an agency (``(واس)``,
    ``جدة - أ ف ب``; a reporter's name there may be a caption's or a list's),
    and neither text line beside it reads as a credit too (a list of places and
    names is text).
    """
    credit = read_credit(lines[texts[1]].text)
    if credit is None or not credit.author or not is_agency(credit.author):
        return None
    beside = (lines[texts[0]].text, lines[texts[2]].text)
    if any(read_credit(text) is not None for text in beside):
        return None
    return credit


def _bottom_credits(
    lines: list[Line], found: list[Credit], decisions: list[Decision]
) -> None:
    """Move the credits closing the text to ``found`` (``lines`` lose them).

    An agency after the last sentence, a source line, then up to
    ``CREDIT_BOTTOM_LINES`` bylines alone on the last lines.
    """
    glued = split_glued_agency(lines[-1].text) if lines else None
    if glued is not None:
        found.append(glued[1])
        decisions.append(_credit_decision(lines[-1], glued[1]))
        lines[-1] = Line(lines[-1].number, glued[0])
    source = _source_credit(lines, found)
    if source is not None:
        lines.pop()
        decisions.append(source[0])
        found.extend(source[1:])
    for _ in range(CREDIT_BOTTOM_LINES):
        if len(lines) <= 1:  # the only paragraph is never a byline
            break
        credit = read_credit(lines[-1].text, alone=True) or labelled_byline(
            lines[-1].text
        )
        if credit is None:
            break
        found.append(credit)
        decisions.append(_credit_decision(lines.pop(), credit))


def _source_credit(
    lines: Sequence[Line], found: Sequence[Credit]
) -> tuple[Decision] | tuple[Decision, Credit] | None:
    """Read a source line closing the text (``المصدر: صحيفة المرسى``), or None.

    The outlet a story was taken from is its credit, as an agency's is: it is the
    ``Author`` when the page names no writer or agency above; beside one, the line
    is dropped with a warning (the writer stays the author).  Returns the line's
    decision and, when it is the author, its credit.
    """
    if len(lines) <= 1:  # the only paragraph is never a credit
        return None
    source = source_line(lines[-1].text)
    if source is None:
        return None
    if any(credit.author for credit in found):
        return (Decision(lines[-1].number, "dropped", lines[-1].text, "source credit"),)
    credit = Credit(author=source)
    return _credit_decision(lines[-1], credit), credit


def _photo_credits(
    lines: list[Line],
) -> tuple[list[Line], list[Credit], list[Decision], list[Decision]]:
    """Split a byline with a photographer in brackets off the top lines.

    Returns the lines (the credit's line gone, or only the lead glued after it
    left), the credit read, its decision and the dropped photographer's.
    """
    for index, line in enumerate(lines[:CREDIT_TOP_LINES]):
        photo = split_photo_credit(line.text)
        if photo is None:
            continue
        credit, photographer, rest = photo
        kept = [Line(line.number, rest)] if rest else []
        return (
            [*lines[:index], *kept, *lines[index + 1 :]],
            [credit],
            [_credit_decision(line, credit)],
            [Decision(line.number, "dropped", photographer, "photo credit")],
        )
    return lines, [], [], []


def _outlets_spoken_to(texts: Iterable[str]) -> frozenset[str]:
    """Return the outlets a story says someone spoke to: ``قال لـ«المرسى»``.

    A reporter writes that a source "told" his paper, its name in quotation marks
    after لـ; a town is never named so.  The names come back normalised.
    """
    return frozenset(
        normalize(match.group(1))
        for text in texts
        for match in _SPOKEN_TO.finditer(text)
    )


def _credit(found: Sequence[Credit], outlets: frozenset[str] = frozenset()) -> Credit:
    """Gather the credits read at the top and bottom into one.

    The first author and the first dateline win; a dateline that cannot be a town
    (:func:`~mowjaz.importer.credit_words.never_a_town`, ``عين اليوم``) or that the
    story names as the outlet someone spoke to (:func:`_outlets_spoken_to`) is the
    paper: the author when there is none, else left out.
    """
    author = next((c.author for c in found if c.author), None)
    datelines = [c.dateline for c in found if c.dateline]
    towns = [
        dateline
        for dateline in datelines
        if not never_a_town(dateline) and normalize(dateline) not in outlets
    ]
    if author is None and datelines and not towns:
        author = datelines[0]
    return Credit(author=author, dateline=towns[0] if towns else None)


def _top_caption(lines: Sequence[Line], headline: str = "") -> tuple[Decision, ...]:
    """Drop a photo caption printed above the lead (``جانب من الحفل``), or nothing.

    The first line of the text, shaped as a caption (:func:`caption_shaped`) and
    short, above a paragraph that reads as prose: the picture it described is
    gone, and the lead is the paragraph below.  A caption further down stays.
    A name alone from the headline (``الأمير فلان`` under ``الأمير فلان يفتتح …``)
    is the caption of that person's photograph.
    """
    if len(lines) < 2:  # noqa: PLR2004 (a caption and the lead below it)
        return ()
    first, following = lines[0], lines[1].text
    if (
        (caption_shaped(first.text) or _headline_name(first.text, headline))
        and len(first.text.split()) <= TOP_CAPTION_MAX_WORDS
        and len(following.split()) >= LEAD_MIN_WORDS
        and reads_as_sentence(following)
        and not caption_shaped(following)
    ):
        return (Decision(first.number, "dropped", first.text, "photo caption"),)
    return ()


def _headline_name(text: str, headline: str) -> bool:
    """Tell whether ``text`` is two or three words the headline opens with, alone.

    A photograph of the person a story is about is captioned with the name the
    headline gives him; a line of prose is never only the headline's first words.
    """
    words, heading = text.split(), headline.split()
    return (
        2 <= len(words) <= 3  # noqa: PLR2004 (a title and a name, or a full name)
        and not _SENTENCE_INSIDE.search(text)
        and [normalize(w) for w in words]
        == [normalize(w) for w in heading[: len(words)]]
    )


def _glued_caption(lines: list[Line]) -> tuple[tuple[Decision, ...], list[Line]]:
    """Cut a photo caption glued to the lead: ``… في الحديقةأقام النادي …``.

    Two words typed with no space: a ta marbuta (ة), which only ever ends a word,
    with a verb after it; or a verb a lead opens with (``data/lead_verbs.txt``)
    after a word the page uses on its own elsewhere (``الحفلأقامت``).  When that
    happens among the first words of the lead, what comes before is a caption the
    page printed with no break (short, no sentence end), and the lead starts at
    the verb.
    """
    if not lines:
        return (), lines
    first = lines[0]
    start = _glued_lead_start(first.text, " ".join(line.text for line in lines[1:]))
    if start is None:
        return (), lines
    caption, lead = first.text[:start].strip(), first.text[start:]
    if (
        len(caption.split()) > TOP_CAPTION_MAX_WORDS
        or _SENTENCE_INSIDE.search(caption)
        or len(lead.split()) < LEAD_MIN_WORDS
    ):
        return (), lines
    decision = Decision(first.number, "dropped", caption, "photo caption")
    return (decision,), [Line(first.number, lead), *lines[1:]]


def _glued_lead_start(text: str, rest: str) -> int | None:
    """Return where a lead glued to a caption starts in ``text``, or None."""
    match = _GLUED_AFTER_TA_MARBUTA.search(text)
    if match is not None:
        return match.start(2)
    verbs = _lead_verbs()
    page_words = {normalize(word) for word in WORDS.findall(f"{text} {rest}")}
    offset = 0
    for word in text.split()[: TOP_CAPTION_MAX_WORDS + 1]:
        offset = text.index(word, offset)
        for verb in verbs:
            head = word[: -len(verb)]
            if (
                word.endswith(verb)
                and len(head) >= 4  # noqa: PLR2004 (a word, not a prefix: الأقدم)
                and normalize(head) in page_words
            ):
                return offset + len(head)
        offset += len(word)
    return None


@functools.cache
def _lead_verbs() -> tuple[str, ...]:
    """Read the verbs a lead opens with (``data/lead_verbs.txt``), longest first."""
    words = read_word_list("lead_verbs.txt", __package__)
    return tuple(sorted(words, key=len, reverse=True))


def _deck(text: str) -> bool:
    """Tell whether a line under the headline is a deck: a second headline.

    A headline's shape (:func:`is_title_line`) and no sentence end or comma
    inside it (a lead typed without its final stop has them); a byline may follow
    it (``عنوان فرعي طويل …`` then ``فلان - القاهرة``).
    """
    return is_title_line(text) and not _SENTENCE_INSIDE.search(text)


def _town_alone(
    lines: Sequence[Line], index: int, found: Sequence[Credit] = ()
) -> Credit | None:
    """Read line ``index``, a known town alone among the credits, as the dateline.

    Not when the next line is a town too: that is a list (a gallery's captions).
    Beside an agency's line (``نخلان`` over or under ``أ ف ب``), a word or two
    with no article is the town even when no list knows it.
    """
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    if town_line(following) is not None:
        return None
    known = town_line(lines[index].text)
    if known is not None:
        return known
    beside = (found and _agency_only(found[-1])) or _agency_only(
        read_credit(following, alone=True)
    )
    return wire_town(lines[index].text) if beside else None


def _agency_only(credit: Credit | None) -> bool:
    return (
        credit is not None
        and credit.dateline is None
        and credit.author is not None
        and is_agency(credit.author)
    )


def _lone_byline(title: str, lines: Sequence[Line], index: int) -> Credit | None:
    """Read line ``index``, after the title and credits only, as a label or a name."""
    others = [line.text for number, line in enumerate(lines) if number != index]
    following = lines[index + 1].text if index + 1 < len(lines) else None
    return label_byline(lines[index].text, following) or lone_byline(
        lines[index].text, following, "\n".join([title, *others])
    )


def _credit_decision(line: Line, credit: Credit) -> Decision:
    parts = [f"Author: {credit.author}"] if credit.author else []
    if credit.dateline:
        parts.append(f"Dateline: {credit.dateline}")
    return Decision(line.number, "byline", line.text, "; ".join(parts) or "a date")
