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

This module holds the pipeline, its entry points and the smaller steps; the
records live in :mod:`mowjaz.importer.records`, three larger steps in modules of
their own (:mod:`mowjaz.importer.noise_step`, :mod:`mowjaz.importer.title_step`,
:mod:`mowjaz.importer.credit_step`), what a step records and warns about in
:mod:`mowjaz.importer.decisions`, and the work of each step in a module of its own:
:mod:`mowjaz.text.decode` (encodings), :mod:`mowjaz.importer.paragraphs` (runs of
spaces, broken sentences), :mod:`mowjaz.importer.line_kinds` (noise, hints),
:mod:`mowjaz.importer.furniture` (trailers, captions, desk tags),
:mod:`mowjaz.text.typography` (quotation marks, punctuation),
:mod:`mowjaz.importer.headlines` (title, subheadings, Summary),
:mod:`mowjaz.importer.credit_lines` (bylines, datelines, agencies),
:mod:`mowjaz.importer.lead_credits` (credits glued to the lead or its end),
:mod:`mowjaz.importer.lone_bylines` (a name alone under the headline),
:mod:`mowjaz.text.slug` (slugs as Pelican makes them) and
:mod:`mowjaz.importer.markdown_writer` (escaping raw text for Markdown and
metadata).  Writing (:mod:`mowjaz.importer.brief_files`) is atomic and never
leaves ``--out``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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
from ..text.noise import SiteNoise
from ..text.normalize import clean_text, has_arabic
from ..text.slug import shorten_slug, slug_stop_words, slugify
from ..text.typography import balance_quotes, fix_typography
from .credit_lines import read_credit
from .credit_step import credits
from .decisions import decide, quoted
from .furniture import (
    trailer_kind,
)
from .headlines import (
    SUMMARY_MAX_WORDS,
    is_subheading,
    is_title_line,
    lead_summary,
    reads_as_sentence,
    title_from_lead,
)
from .line_kinds import has_word, is_headline_like
from .markdown_writer import render_markdown
from .noise_step import remove_noise
from .paragraphs import continues, split_at_space_runs
from .records import (
    Brief,
    Decision,
    Draft,
    ImporterError,
    ImportOptions,
    ImportResult,
    Line,
    Outline,
)
from .summary import choose_summary
from .title_step import find_title

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

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Arabic presentation forms (text copied out of PDFs) fold to ordinary letters.
_PRESENTATION_FORMS = re.compile("[ﭐ-﷿ﹰ-﻾]+")
_TAG_SEPARATORS = re.compile("[,;،؛]")
_SINGLE_STOP = re.compile(r"(?<!\.)\.$")
# A marker opening an item of a column of items ("* سؤالي …", "• …").
_ITEM_MARKER = re.compile("^\\s*([*\u2022\u00b7]+)\\s*")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def _entity(match: re.Match[str]) -> str:
    """Return the character of a character reference, unless it is markup."""
    character = html.unescape(match.group())
    return match.group() if character in {"<", ">", "&"} else character


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
    return decide(dataclasses.replace(draft, lines=tuple(lines)), *joined)


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
# Step: classify (remove_noise, find_title and credits have modules of their
# own: noise_step.py, title_step.py, credit_step.py)


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
    return decide(
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
        lines.append(f"{number}: {what}: {quoted(main.text)}")
    return lines


def _what(decision: Decision) -> str:
    if decision.kind == "removed":
        return f"removed {decision.detail} {quoted(decision.text)}"
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
