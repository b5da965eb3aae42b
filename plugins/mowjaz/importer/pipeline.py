"""Import raw article text as a Markdown brief, in an explicit list of named steps.

raw bytes -> ``decode`` -> ``split_lines`` -> ``split_paragraphs`` -> ``clean`` ->
``join_lines`` -> ``remove_noise`` -> ``typography`` -> ``find_title`` ->
``credits`` -> ``classify`` -> ``build_brief`` -> ``render``

Every step is a pure function ``Draft -> Draft`` listed by name in :data:`STEPS`, so
a test or a tool can run one step, or a slice of the pipeline, by name (the way
markdown-it-py keeps its rules).  A file that cannot become a brief raises
:class:`ImporterError` naming the file and the reason; content problems an editor
should look at (an empty quotation, a title built from the lead, a line dropped)
are returned as warnings, one line each, and every step records what it made of
each source line (:class:`~mowjaz.importer.records.Decision`, shown by
``mowjaz import --explain``).

This module holds the pipeline and the steps' own glue; the records live in
:mod:`mowjaz.importer.records` and the work of each step in a module of its own:
:mod:`mowjaz.text.decode` (encodings), :mod:`mowjaz.importer.paragraphs` (runs of
spaces, broken sentences), :mod:`mowjaz.importer.line_kinds` (noise, hints),
:mod:`mowjaz.importer.furniture` (trailers, captions, desk tags),
:mod:`mowjaz.text.typography` (quotation marks, punctuation),
:mod:`mowjaz.importer.headlines` (title, subheadings, Summary),
:mod:`mowjaz.importer.credits` (bylines, datelines, agencies),
:mod:`mowjaz.importer.lone_bylines` (a name alone under the headline),
:mod:`mowjaz.text.slug` (slugs as Pelican makes them) and
:mod:`mowjaz.importer.markdown_writer` (escaping raw text for Markdown and
metadata).  Writing (:mod:`mowjaz.importer.brief_files`) is atomic and never
leaves ``--out``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import html
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..text.blocks import Block
from ..text.dates import parse_datetime
from ..text.decode import DecodeError, decode_text
from ..text.noise import SiteNoise, default_noise
from ..text.normalize import clean_text, has_arabic, normalize
from ..text.slug import shorten_slug, slug_stop_words, slugify
from ..text.typography import balance_quotes, fix_typography
from ..text.wordlists import read_word_list
from .credits import (
    is_agency,
    never_a_town,
    read_credit,
    slashed_agency,
    source_line,
    split_glued_agency,
    split_lead_credit,
    split_photo_credit,
    town_line,
    wire_town,
)
from .furniture import (
    marked_control,
    marked_time,
    split_desk_tag,
    split_furniture_tail,
    split_image_address,
    split_takes,
    split_trailer_tail,
    split_trailing_codes,
    split_wire_tail,
    strip_buttons,
    syndication_credit,
    trailer_kind,
    wire_codes,
)
from .glued_credits import split_glued_place_credit
from .headlines import (
    SUMMARY_MAX_WORDS,
    TITLE_MAX_WORDS,
    caption_shaped,
    is_subheading,
    is_title_line,
    lead_summary,
    reads_as_sentence,
    title_from_lead,
    words_key,
)
from .labels import label_byline
from .line_kinds import has_word, is_headline_like
from .lone_bylines import (
    glued_lone_byline,
    glued_shape,
    lone_byline,
    named_elsewhere,
)
from .markdown_writer import render_markdown
from .paragraphs import continues, split_at_space_runs
from .records import (
    Brief,
    Credit,
    Decision,
    Draft,
    ImporterError,
    ImportOptions,
    ImportResult,
    Line,
    Outline,
)
from .roundups import read_roundup, split_roundup_opening
from .staff_lines import labelled_byline, split_labelled_lead, staff_credit
from .summary import LEAD_MIN_WORDS, choose_summary

__all__ = [
    "STEPS",
    "STEP_NAMES",
    "SUMMARY_MAX_WORDS",
    "Brief",
    "Decision",
    "Draft",
    "ImportOptions",
    "ImportResult",
    "ImporterError",
    "Line",
    "Outline",
    "analyze_text",
    "clean_line",
    "decode_bytes",
    "explain",
    "import_bytes",
    "lead_summary",
    "parse_date",
    "reads_as_sentence",
    "run",
    "run_step",
    "split_tags",
    "title_from_lead",
]

# Bigger files are refused before they are read: no newsroom article is 20 MB.
MAX_BYTES = 20 * 1024 * 1024
# Bylines are looked for in this many lines at the top and at the bottom.
CREDIT_TOP_LINES = 3
CREDIT_BOTTOM_LINES = 2
# Furniture glued after the last sentence is looked for in this many last lines.
TRAILER_TAIL_LINES = 2
# A wire's desk codes (ع ص / ح م) are looked for in this many last lines.
WIRE_CODE_LINES = 3
# A title this long, repeated with a tag after it, is a repeat (see _title_repeat).
TITLE_REPEAT_MIN_WORDS = 4
# A title this long, run on into the lead on its first line, is cut off it.
TITLE_GLUE_MIN_WORDS = 6
# ... when at least this many words follow it (a deck or a lead).
TITLE_GLUE_REST_MIN_WORDS = 3
# A photo caption above the lead is dropped when it has at most this many words.
TOP_CAPTION_MAX_WORDS = 12
# Warnings quote at most this many characters of a dropped line.
QUOTE_CHARS = 60

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Arabic presentation forms (text copied out of PDFs) fold to ordinary letters.
_PRESENTATION_FORMS = re.compile("[ﭐ-﷿ﹰ-﻾]+")
_TAG_SEPARATORS = re.compile("[,;،؛]")
_WORDS = re.compile(r"[^\W_]+")
# One or two words in brackets or after a dash, printed after a headline ("(صور)").
_TITLE_TAG = re.compile(
    r"^(?:[(\[]\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*[)\]]"
    r"|[-\u2013\u2014]\s*[^\W\d_]+(?:\s[^\W\d_]+)?)$"
)
_SINGLE_STOP = re.compile(r"(?<!\.)\.$")
# Marks that close a headline, and how a lead may start (a word, a number, a quote).
_TITLE_CLOSERS = "»”\"')!?؟.…"
_LEAD_START = re.compile(r"[^\W_]|[«“\"(]")
_DIGIT = re.compile(r"\d")
# "لـ«المرسى»", 'لـ"المرسى"': an outlet named as the one someone spoke to.
_SPOKEN_TO = re.compile(r"لـ\s*[\"«“]\s*([^\"«»“”\n]{2,30}?)\s*[\"»”]")
# A ta marbuta with a verb glued after it: a caption then the lead ("بالحديقةأقام").
_GLUED_AFTER_TA_MARBUTA = re.compile("(ة)((?!ال)[أإاتين][ء-يٱ-ۓ]{2,})")
_SENTENCE_INSIDE = re.compile(r"[.!?؟…](?=\s)|[،,؛;]")
# A marker opening an item of a column of items ("* سؤالي …", "• …").
_ITEM_MARKER = re.compile("^\\s*([*\u2022\u00b7]+)\\s*")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def _entity(match: re.Match[str]) -> str:
    """Return the character of a character reference, unless it is markup."""
    character = html.unescape(match.group())
    return match.group() if character in {"<", ">", "&"} else character


def _quoted(text: str) -> str:
    """Return a short, one-line quotation of ``text`` for a warning."""
    short = text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "\u2026"
    return f"\u201c{short}\u201d"


def _decide(draft: Draft, *decisions: Decision, warn: bool = False) -> Draft:
    """Record decisions on ``draft`` (and a warning for each when ``warn``)."""
    warnings = draft.warnings
    if warn:
        warnings += tuple(
            f"line {d.number}: {d.kind} {d.detail} {_quoted(d.text)}" for d in decisions
        )
    return dataclasses.replace(
        draft, decisions=draft.decisions + decisions, warnings=warnings
    )


# ---------------------------------------------------------------------------
# Step: decode


def decode(draft: Draft) -> Draft:
    """Decode the raw bytes: BOMs, strict UTF-8, then Arabic Windows-1256."""
    return dataclasses.replace(draft, text=decode_bytes(draft.raw, draft.source))


def decode_bytes(raw: bytes, source: str) -> str:
    """Return the text of ``raw`` or raise ImporterError saying why it is not text."""
    if not raw:
        raise ImporterError(source, "the file is empty")
    if len(raw) > MAX_BYTES:
        raise ImporterError(source, f"the file is larger than {MAX_BYTES} bytes")
    try:
        return decode_text(raw)
    except DecodeError as error:
        raise ImporterError(source, str(error)) from None


# ---------------------------------------------------------------------------
# Steps: split_lines, split_paragraphs, clean, join_lines


def split_lines(draft: Draft) -> Draft:
    """Split on CRLF, CR and LF, numbering the lines as an editor sees them."""
    lines = tuple(
        Line(number, text)
        for number, text in enumerate(_LINE_BREAK.split(draft.text), start=1)
    )
    return dataclasses.replace(draft, lines=lines)


def split_paragraphs(draft: Draft) -> Draft:
    """Cut lines at runs of spaces used as paragraph breaks (same line number).

    The first line is kept whole when it reads as a headline with a run of spaces
    inside (``وزير الإسكان يفتتح      المشروع الجديد``) and no piece after the
    run is a byline or page furniture.
    """
    first = next((line for line in draft.lines if line.text.strip()), None)
    lines = tuple(
        Line(line.number, piece)
        for line in draft.lines
        for piece in (
            [line.text]
            if line is first and _spaced_headline(line.text)
            else split_at_space_runs(line.text)
        )
    )
    return dataclasses.replace(draft, lines=lines)


def _spaced_headline(text: str) -> bool:
    """Tell whether a first line is one headline typed with runs of spaces."""
    pieces = split_at_space_runs(text)
    return (
        len(pieces) > 1
        and is_title_line(" ".join(text.split()))
        and not any(_SINGLE_STOP.search(piece.rstrip()) for piece in pieces[:-1])
        and not any(
            read_credit(piece.strip(), alone=True) is not None
            or trailer_kind(piece.strip())
            for piece in pieces[1:]
        )
    )


def clean(draft: Draft) -> Draft:
    """Drop invisible and dangerous characters, fold spaces, skip empty lines."""
    lines = []
    for line in draft.lines:
        text = clean_line(line.text)
        if text:
            lines.append(Line(line.number, text))
    return dataclasses.replace(draft, lines=tuple(lines))


def join_lines(draft: Draft) -> Draft:
    """Join a line that stops mid-sentence (final comma, dangling "في") to the next."""
    lines: list[Line] = []
    joined: list[Decision] = []
    for line in draft.lines:
        if lines and continues(lines[-1].text) and not is_headline_like(line.text):
            previous = lines.pop()
            lines.append(Line(previous.number, f"{previous.text} {line.text}"))
            joined.append(
                Decision(line.number, "joined", line.text, f"to line {previous.number}")
            )
        else:
            lines.append(line)
    return _decide(dataclasses.replace(draft, lines=tuple(lines)), *joined)


def clean_line(text: str) -> str:
    """Return ``text`` cleaned for display, on one line with single spaces.

    Character references copied with the text (``&#8220;``, ``&quot;``) become
    their characters, except those that would be markup (``<``, ``>``, ``&``).
    """
    text = clean_text(_ENTITY.sub(_entity, text))
    text = _PRESENTATION_FORMS.sub(
        lambda match: unicodedata.normalize("NFKC", match.group()), text
    )
    return " ".join(unicodedata.normalize("NFC", text).split())


# ---------------------------------------------------------------------------
# Step: remove_noise


def remove_noise(draft: Draft) -> Draft:
    """Drop boilerplate and trailers (warning for each); hints go to RelatedHints."""
    rules = draft.rules or default_noise()
    kept: list[Line] = []
    hints = list(draft.hints)
    decisions: list[Decision] = []
    waiting_for_hint = False
    headline = words_key(draft.lines[0].text) if draft.lines else ""
    for line in draft.lines:
        text, buttons = strip_buttons(line.text)
        if buttons:
            decisions.append(
                Decision(line.number, "removed", buttons, "slider buttons")
            )
        text = _strip_image_addresses(line.number, text, headline, decisions)
        if not text:
            continue  # buttons or a picture's address alone: nothing is left
        kind, value = rules.kind(text)
        trailer = "" if kind else trailer_kind(text) or _staff_kind(text)
        if kind == "hint":
            hints.append(Line(line.number, value))
            decisions.append(Decision(line.number, "hint", value, "RelatedHints"))
        elif kind == "hint_label":
            waiting_for_hint = True
            decisions.append(Decision(line.number, "dropped", text, "hint label"))
        elif kind == "boilerplate" or trailer:
            reason = trailer or "boilerplate"
            decisions.append(Decision(line.number, "dropped", text, reason))
        elif waiting_for_hint and is_headline_like(text):
            hints.append(Line(line.number, text))
            decisions.append(Decision(line.number, "hint", text, "RelatedHints"))
            waiting_for_hint = False
        else:
            kept.append(Line(line.number, text))
            waiting_for_hint = False
    kept = _split_takes(kept, decisions)
    # Furniture glued to the text's end, also before a last line (a signature);
    # agency trailers, link and read-more labels glued to any paragraph.
    last = len(kept) - TRAILER_TAIL_LINES
    for index, line in enumerate(kept):
        split = split_trailer_tail if index >= last else split_furniture_tail
        text, tail, kind = split(line.text)
        if tail:
            kept[index] = Line(kept[index].number, text)
            decisions.append(Decision(kept[index].number, "removed", tail, kind))
    kept = _drop_listed_titles(kept, decisions)
    kept = _drop_wire_codes(kept, decisions)
    if kept:  # a share prompt after the last sentence ("… تابعونا على …")
        text, prompt = rules.split_tail(kept[-1].text)
        if prompt:
            kept[-1] = Line(kept[-1].number, text)
            decisions.append(
                Decision(kept[-1].number, "removed", prompt, "boilerplate")
            )
    draft = dataclasses.replace(draft, lines=tuple(kept), hints=tuple(hints))
    return _record_drops(draft, sorted(decisions, key=lambda d: d.number))


def _staff_kind(text: str) -> str:
    """Return "staff credit" for a reviewer's or photographer's line, else ""."""
    return "staff credit" if staff_credit(text) else ""


def _drop_wire_codes(lines: list[Line], decisions: list[Decision]) -> list[Line]:
    """Drop a wire's desk codes in the last lines, alone or after the last sentence.

    ``ع ص / ح م``, ``/ يتبع /``, ``انتهى`` (:func:`wire_codes`) close an agency
    story, and ``* خدمة «…»`` a syndicated one (:func:`syndication_credit`); in
    the last ``WIRE_CODE_LINES`` lines they are never text.  An agency spelt with
    initials (``أ ف ب``) is left to the credits.
    """
    kept = list(lines)
    for index in range(len(kept) - 1, max(0, len(kept) - WIRE_CODE_LINES) - 1, -1):
        line = kept[index]
        if wire_codes(line.text) and not is_agency(line.text.strip(" ()[]-")):
            decisions.append(Decision(line.number, "dropped", line.text, "wire codes"))
            del kept[index]
            continue
        if syndication_credit(line.text):
            decisions.append(
                Decision(line.number, "dropped", line.text, "syndication credit")
            )
            del kept[index]
            continue
        head, tail = split_wire_tail(line.text)
        if not tail:  # an agency's credit, then the codes: "(واس) ع ص / ح م"
            head, tail = split_trailing_codes(line.text)
            # after an agency's credit, or a time with its mark or a control
            # word between marks after anything ("فلان الفلاني 15:06 ت م")
            cut = marked_time(tail) or marked_control(tail)
            tail = tail if cut or is_agency(head.strip(" ()[]-")) else ""
        if tail and not is_agency(tail.strip(" ()[]-")):
            kept[index] = Line(line.number, head)
            decisions.append(Decision(line.number, "removed", tail, "wire codes"))
    return kept


def _drop_listed_titles(lines: list[Line], decisions: list[Decision]) -> list[Line]:
    """Drop the titles a "more by this writer" box lists after its label.

    Only when every line after the label reads as a headline (short, no final
    punctuation): the box closes the page, and a paragraph after it is text.
    """
    starts = [
        d.number
        for d in decisions
        if d.detail == "read-more line" or trailer_kind(d.text) == "read-more line"
    ]
    if not starts:
        return lines
    after = [line for line in lines if line.number > min(starts)]
    if not after or not all(is_headline_like(line.text) for line in after):
        return lines
    decisions.extend(
        Decision(line.number, "dropped", line.text, "read-more line") for line in after
    )
    return [line for line in lines if line.number <= min(starts)]


def _split_takes(lines: Sequence[Line], decisions: list[Decision]) -> list[Line]:
    """Cut lines at a wire's control mark between two takes (``// يتبع //``)."""
    kept: list[Line] = []
    for line in lines:
        pieces, marks = split_takes(line.text)
        kept.extend(Line(line.number, piece) for piece in pieces)
        decisions.extend(
            Decision(line.number, "removed", mark, "agency trailer") for mark in marks
        )
    return kept


def _record_drops(draft: Draft, decisions: Sequence[Decision]) -> Draft:
    """Record decisions; warn for what was dropped or removed, not for hints."""
    for decision in decisions:
        draft = _decide(draft, decision, warn=decision.kind in {"dropped", "removed"})
    return draft


def _strip_image_addresses(
    number: int, text: str, headline: str, decisions: list[Decision]
) -> str:
    """Remove picture addresses from a line, and the headline glued before one.

    A scraped page may glue the headline, its picture's address and the first
    paragraph into one line; the headline is then dropped with the address.
    """
    kept: list[str] = []
    rest = text
    while rest:
        before, address, rest = split_image_address(rest)
        if not address:
            kept.append(before)
            break
        decisions.append(Decision(number, "removed", address, "picture address"))
        if not kept and before and headline and words_key(before) == headline:
            decisions.append(Decision(number, "removed", before, "title repeated"))
        elif before:
            kept.append(before)
    return " ".join(kept)


# ---------------------------------------------------------------------------
# Step: typography


def typography(draft: Draft) -> Draft:
    """Balance quotation marks, fix spaces around Arabic punctuation, warn."""
    warnings = list(draft.warnings)

    def fix(line: Line) -> Line:
        text, problems = fix_typography(line.text)
        warnings.extend(f"line {line.number}: {problem}" for problem in problems)
        return Line(line.number, text)

    lines = tuple(fix(line) for line in draft.lines)
    hints = tuple(fix(line) for line in draft.hints)
    return dataclasses.replace(
        draft, lines=lines, hints=hints, warnings=tuple(warnings)
    )


# ---------------------------------------------------------------------------
# Steps: find_title, credits, classify


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
        draft = _decide(draft, decision, warn=warn)
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
    matches = list(_WORDS.finditer(text))
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
        alone = index == 0 or (
            all(not previous.text for previous in lines[:index])
            and not named_elsewhere(
                line.text, "\n".join(other.text for other in lines[index + 1 :])
            )
        )
        credit = (
            None
            if last
            else read_roundup(line.text)
            or read_credit(line.text, alone=alone)
            or (_town_alone(lines, index, found) if alone else None)
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
    draft = _decide(draft, *(d for d in decisions if d.kind != "dropped"))
    return _decide(draft, *photos, *dropped, *caption, warn=True)


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
    if credit is None:
        return
    if any(known.author for known in found):
        decisions.append(Decision(line.number, "dropped", line.text, "second byline"))
    else:
        found.append(credit)
        decisions.append(_credit_decision(line, credit))
    lines[texts[1]] = Line(line.number, "")


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
    (:func:`~mowjaz.importer.credits.never_a_town`, ``عين اليوم``) or that the
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
    page_words = {normalize(word) for word in _WORDS.findall(f"{text} {rest}")}
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


def classify(draft: Draft) -> Draft:
    """Turn lines into paragraphs and ``##`` subheadings (section titles only)."""
    lines = draft.lines
    kinds = [
        "heading"
        if index > 0  # the lead comes first: a section title follows some text
        and is_subheading(
            line.text, lines[index + 1].text if index + 1 < len(lines) else None
        )
        else "paragraph"
        for index, line in enumerate(lines)
    ]
    if _first_item_title(lines, kinds):
        kinds[0] = "heading"
    blocks = tuple(
        Block(kind, line.text)  # type: ignore[arg-type]
        for kind, line in zip(kinds, lines, strict=True)
    )
    draft = dataclasses.replace(
        draft, blocks=blocks, block_lines=tuple(line.number for line in lines)
    )
    return _decide(
        draft,
        *(
            Decision(line.number, kind, line.text)
            for kind, line in zip(kinds, lines, strict=True)
        ),
    )


def _first_item_title(lines: Sequence[Line], kinds: Sequence[str]) -> bool:
    """Tell whether the first line titles the first item of a column of items.

    A question-and-answer column (or a roundup of briefs) prints each item as a
    short title over a paragraph opening with the same marker (``* سؤالي …``).
    The items further down are read as subheadings; the first title, with no
    text above it, is one too when its item opens with the marker they open with.
    """
    if len(lines) < 2 or not is_subheading(lines[0].text, lines[1].text):  # noqa: PLR2004
        return False
    marker = _item_marker(lines[1].text)
    return bool(marker) and any(
        kind == "heading"
        and index + 1 < len(lines)
        and _item_marker(lines[index + 1].text) == marker
        for index, kind in enumerate(kinds)
    )


def _item_marker(text: str) -> str:
    """Return the list marker opening ``text`` (``*``, ``•``), or ""."""
    match = _ITEM_MARKER.match(text)
    return match.group(1) if match else ""


# ---------------------------------------------------------------------------
# Step: build_brief


def build_brief(draft: Draft) -> Draft:
    """Gather metadata and body into a Brief; refuse an article with no text."""
    options = draft.options
    source = draft.source
    warnings = list(draft.warnings)
    paragraphs = [
        block.text
        for block in draft.blocks
        if block.kind == "paragraph" and has_word(block.text)
    ]
    if not paragraphs:
        raise ImporterError(
            source, "nothing to publish: no paragraph with a word in it"
        )
    if not any(has_arabic(block.text) for block in draft.blocks):
        warnings.append("no Arabic text in this brief")
    title = _title(draft, paragraphs[0], warnings)
    slug = _slug(options, title, draft.blocks, source, warnings)
    author = _single_line(options.author) or draft.credit.author or None
    summary = choose_summary(paragraphs, title, author, draft.credit.dateline)
    if not summary:
        warnings.append(
            "no paragraph reads as the lead (a sentence of the story, not the"
            " title, a byline or a caption): the Summary is empty, write one"
        )
    date = parse_date(options.date, options.timezone, source)
    if date > dt.datetime.now(dt.UTC):
        warnings.append(f"the date {date.isoformat()} is in the future")
    brief = Brief(
        title=title,
        date=date,
        slug=slug,
        summary=summary,
        blocks=draft.blocks,
        hints=tuple(dict.fromkeys(line.text for line in draft.hints)),
        category=_single_line(options.category) or None,
        tags=split_tags(options.tags),
        author=author,
        dateline=draft.credit.dateline,
        uid=permanent_id(slug, date, draft.blocks),
        image=_single_line(options.image) or None,
        image_alt=_single_line(options.image_alt) or None,
        image_credit=_single_line(options.image_credit) or None,
    )
    return dataclasses.replace(draft, brief=brief, warnings=tuple(warnings))


def permanent_id(slug: str, date: dt.datetime, blocks: Sequence[Block]) -> str:
    """Return the brief's permanent id (``Uid``), written once at import.

    A name-based UUID of the slug, the date and the text: importing the same
    article again gives the same id, and no edit after import (a headline, a
    slug) changes it, since it is read from the file from then on.
    """
    text = "\n".join(block.text for block in blocks)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    name = f"mowjaz:{slug}:{date.isoformat()}:{digest}"
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def _title(draft: Draft, lead: str, warnings: list[str]) -> str:
    if draft.options.title is not None:
        title = _single_line(draft.options.title)
        if not title or not has_word(title):
            raise ImporterError(draft.source, "--title has no words in it")
        return balance_quotes(title)[0]
    if draft.title_line:
        return draft.title_line
    warnings.append("no headline line: the title was built from the lead, check it")
    return title_from_lead(lead)


def _slug(
    options: ImportOptions,
    title: str,
    blocks: Sequence[Block],
    source: str,
    warnings: list[str],
) -> str:
    wanted = options.slug
    if wanted is not None:
        slug = slugify(wanted)
        if not slug:
            raise ImporterError(source, f"--slug {wanted!r} has no letters or digits")
        if slug != wanted:
            warnings.append(f"--slug {wanted!r} was changed to {slug!r}")
        return shorten_slug(slug)  # the editor's choice: only the file-name limit
    slug = shorten_slug(slugify(title), options.slug_max_chars, drop=slug_stop_words())
    if slug:
        return slug
    digest = hashlib.sha256("\n".join(block.text for block in blocks).encode())
    return f"brief-{digest.hexdigest()[:10]}"


def parse_date(value: str | None, timezone: str | None, source: str) -> dt.datetime:
    """Parse an ISO-8601 (or RFC 2822) date; one without offset is in ``timezone``.

    Without a time zone (the CLI always passes the configured one) a date needs its
    offset, and "now" is written in UTC.
    """
    zone: dt.tzinfo = dt.UTC
    if timezone is not None:
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ImporterError(source, f"unknown time zone {timezone!r}") from None
    if value is None:
        return dt.datetime.now(zone).replace(microsecond=0)
    date = parse_datetime(value, None)
    if date is None:
        raise ImporterError(
            source, f"--date {value!r} is not an ISO-8601 date (2025-08-16T09:00+01:00)"
        )
    if date.tzinfo:
        return date
    if timezone is None:
        raise ImporterError(source, f"--date {value!r} needs an offset (no time zone)")
    return date.replace(tzinfo=zone)


def split_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Return clean, distinct tags; commas (also ، and ;) separate tags."""
    found = (
        _single_line(tag) for value in tags for tag in _TAG_SEPARATORS.split(value)
    )
    return tuple(dict.fromkeys(tag for tag in found if tag))


def _single_line(value: str | None) -> str:
    return clean_line(value) if value else ""


# ---------------------------------------------------------------------------
# Step: render


def render(draft: Draft) -> Draft:
    """Write the Brief as Markdown with a Pelican metadata header."""
    if draft.brief is None:
        raise ImporterError(draft.source, "render needs build_brief first")
    return dataclasses.replace(draft, markdown=render_markdown(draft.brief))


# ---------------------------------------------------------------------------
# The pipeline

Step = Callable[[Draft], Draft]
STEPS: tuple[tuple[str, Step], ...] = (
    ("decode", decode),
    ("split_lines", split_lines),
    ("split_paragraphs", split_paragraphs),
    ("clean", clean),
    ("join_lines", join_lines),
    ("remove_noise", remove_noise),
    ("typography", typography),
    ("find_title", find_title),
    ("credits", credits),
    ("classify", classify),
    ("build_brief", build_brief),
    ("render", render),
)
STEP_NAMES = tuple(name for name, _ in STEPS)


def run_step(name: str, draft: Draft) -> Draft:
    """Run the step called ``name`` on ``draft``."""
    return dict(STEPS)[name](draft)


def run(draft: Draft, start: str = "decode", stop: str = "render") -> Draft:
    """Run the steps from ``start`` to ``stop`` (both included), in order."""
    first, last = STEP_NAMES.index(start), STEP_NAMES.index(stop)
    for _, step in STEPS[first : last + 1]:
        draft = step(draft)
    return draft


def import_bytes(
    raw: bytes,
    source: str,
    options: ImportOptions | None = None,
    rules: SiteNoise | None = None,
) -> ImportResult:
    """Import one raw article: return its Brief, Markdown and warnings."""
    draft = run(
        Draft(source=source, options=options or ImportOptions(), rules=rules, raw=raw)
    )
    if draft.brief is None:  # pragma: no cover - build_brief always sets it
        raise ImporterError(source, "no brief was built")
    return ImportResult(
        draft.brief,
        draft.markdown,
        draft.warnings,
        tuple(sorted(draft.decisions, key=lambda decision: decision.number)),
    )


def explain(decisions: Iterable[Decision]) -> list[str]:
    """Return one line per source line: what the importer made of it, and why.

    ``7: byline (Author: واس; Dateline: جدة): جدة - واس:``; a line that became
    several things (a credit opening the lead, then a paragraph) lists them all.
    """
    by_line: dict[int, list[Decision]] = {}
    for decision in decisions:
        by_line.setdefault(decision.number, []).append(decision)
    lines = []
    for number in sorted(by_line):
        found = by_line[number]
        main = next((d for d in found if d.kind != "removed"), found[0])
        parts = [_what(d) for d in found]
        what = "; ".join(
            f"{part} \u00d7{parts.count(part)}" if parts.count(part) > 1 else part
            for part in dict.fromkeys(parts)
        )
        lines.append(f"{number}: {what}: {_quoted(main.text)}")
    return lines


def _what(decision: Decision) -> str:
    if decision.kind == "removed":
        return f"removed {decision.detail} {_quoted(decision.text)}"
    return f"{decision.kind} ({decision.detail})" if decision.detail else decision.kind


def analyze_text(
    text: str, rules: SiteNoise | None = None, title: str | None = None
) -> Outline:
    """Return the title, blocks and hints of a raw text (no metadata, no errors)."""
    options = ImportOptions(title=title)
    draft = run(
        Draft(source="-", options=options, rules=rules, text=text),
        start="split_lines",
        stop="classify",
    )
    if title is not None:
        found = _single_line(title)
    elif draft.title_line:
        found = draft.title_line
    else:
        lead = next(
            (block.text for block in draft.blocks if block.kind == "paragraph"), ""
        )
        found = title_from_lead(lead) if lead else ""
    return Outline(found, draft.blocks, tuple(line.text for line in draft.hints))
