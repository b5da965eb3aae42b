"""Import raw article text as a Markdown brief, in an explicit list of named steps.

raw bytes -> ``decode`` -> ``split_lines`` -> ``clean`` -> ``remove_noise`` ->
``typography`` -> ``classify`` -> ``build_brief`` -> ``render``

Every step is a pure function ``Draft -> Draft`` listed by name in :data:`STEPS`, so
a test or a tool can run one step, or a slice of the pipeline, by name (the way
markdown-it-py keeps its rules).  A file that cannot become a brief raises
:class:`ImporterError` naming the file and the reason; content problems an editor
should look at (an empty quotation, a title built from the lead) are returned as
warnings, one line each.

This module holds the pipeline, its records and the steps' own glue; the work of
each step lives in a module of its own: :mod:`mowjaz.text.decode` (encodings),
:mod:`mowjaz.importer.line_kinds` (noise, hints, headlines),
:mod:`mowjaz.text.typography`
(quotation marks, punctuation), :mod:`mowjaz.text.slug` (slugs as Pelican makes
them) and :mod:`mowjaz.importer.markdown_writer` (escaping raw text for Markdown and
metadata).  Writing (:func:`write_brief`) is atomic and never leaves ``--out``;
it refuses a slug another brief uses (:mod:`mowjaz.importer.brief_files`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..text.blocks import Block
from ..text.decode import DecodeError, decode_text
from ..text.normalize import clean_text, has_arabic
from ..text.slug import shorten_slug, slugify
from ..text.typography import balance_quotes, fix_typography
from .brief_files import slug_owner
from .line_kinds import (
    HEADLINE_MAX_CHARS,
    NoiseRules,
    default_rules,
    has_word,
    is_headline_like,
    noise_key,
    noise_kind,
)
from .markdown_writer import render_markdown

# Bigger files are refused before they are read: no newsroom article is 20 MB.
MAX_BYTES = 20 * 1024 * 1024
# A title built from the lead has at most this many words ...
TITLE_MAX_WORDS = 12
# ... and the Summary (the lead) is cut to this many words when it is longer.
SUMMARY_MAX_WORDS = 60
# Briefs are ordinary files: readable by the web server and by other editors.
BRIEF_MODE = 0o644

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Arabic presentation forms (text copied out of PDFs) fold to ordinary letters.
_PRESENTATION_FORMS = re.compile("[ﭐ-﷿ﹰ-﻾]+")
_SENTENCE_END = re.compile("[.!?؟\u2026]+(?=\\s|$)")
_TAG_SEPARATORS = re.compile("[,;،؛]")


class ImporterError(ValueError):
    """A file cannot become a brief; the message names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty source line and its number in the file (for messages)."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the editor said about the article (the command-line options)."""

    title: str | None = None
    date: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    author: str | None = None
    slug: str | None = None
    timezone: str = "Africa/Algiers"


@dataclass(frozen=True, slots=True)
class Brief:
    """A brief ready to be written: clean text and single-line metadata."""

    title: str
    date: dt.datetime
    slug: str
    summary: str
    blocks: tuple[Block, ...]
    hints: tuple[str, ...] = ()
    category: str | None = None
    tags: tuple[str, ...] = ()
    author: str | None = None
    lang: str = "ar"


@dataclass(frozen=True, slots=True)
class Draft:
    """The state that flows through the steps; each step fills in its part."""

    source: str
    options: ImportOptions = ImportOptions()
    rules: NoiseRules | None = None
    raw: bytes = b""
    text: str = ""
    lines: tuple[Line, ...] = ()
    hints: tuple[Line, ...] = ()
    title_line: str | None = None
    blocks: tuple[Block, ...] = ()
    brief: Brief | None = None
    markdown: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one file gives: the brief, its Markdown and the warnings."""

    brief: Brief
    markdown: str
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """The structure of a raw text without metadata: for ``mowjaz analyze``."""

    title: str
    blocks: tuple[Block, ...]
    hints: tuple[str, ...]


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
# Steps: split_lines, clean


def split_lines(draft: Draft) -> Draft:
    """Split on CRLF, CR and LF, numbering the lines as an editor sees them."""
    lines = tuple(
        Line(number, text)
        for number, text in enumerate(_LINE_BREAK.split(draft.text), start=1)
    )
    return dataclasses.replace(draft, lines=lines)


def clean(draft: Draft) -> Draft:
    """Drop invisible and dangerous characters, fold spaces, skip empty lines."""
    lines = []
    for line in draft.lines:
        text = clean_line(line.text)
        if text:
            lines.append(Line(line.number, text))
    return dataclasses.replace(draft, lines=tuple(lines))


def clean_line(text: str) -> str:
    """Return ``text`` cleaned for display, on one line with single spaces."""
    text = clean_text(text)
    text = _PRESENTATION_FORMS.sub(
        lambda match: unicodedata.normalize("NFKC", match.group()), text
    )
    return " ".join(unicodedata.normalize("NFC", text).split())


# ---------------------------------------------------------------------------
# Step: remove_noise


def remove_noise(draft: Draft) -> Draft:
    """Drop boilerplate lines; move related-story lines into the hints."""
    rules = draft.rules or default_rules()
    kept: list[Line] = []
    hints = list(draft.hints)
    waiting_for_hint = False
    for line in draft.lines:
        kind, value = noise_kind(line.text, rules)
        if kind == "hint":
            hints.append(Line(line.number, value))
        elif kind == "hint_label":
            waiting_for_hint = True
        elif kind == "boilerplate":
            continue
        elif waiting_for_hint and is_headline_like(line.text):
            hints.append(line)
            waiting_for_hint = False
        else:
            kept.append(line)
            waiting_for_hint = False
    return dataclasses.replace(draft, lines=tuple(kept), hints=tuple(hints))


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
# Step: classify


def classify(draft: Draft) -> Draft:
    """Turn lines into paragraphs and ``##`` subheadings; find the headline."""
    lines = [line.text for line in draft.lines]
    title_line = None
    if lines and is_headline_like(lines[0]):
        wanted = draft.options.title
        if wanted is None and len(lines) > 1:
            title_line = lines.pop(0)
        elif wanted is not None and noise_key(lines[0]) == noise_key(wanted):
            lines.pop(0)
    headline = [is_headline_like(text) for text in lines]
    blocks = tuple(
        Block(
            "heading"
            if headline[index] and index + 1 < len(lines) and not headline[index + 1]
            else "paragraph",
            text,
        )
        for index, text in enumerate(lines)
    )
    return dataclasses.replace(draft, blocks=blocks, title_line=title_line)


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
    slug = _slug(options.slug, title, draft.blocks, source, warnings)
    date = parse_date(options.date, options.timezone, source)
    if date > dt.datetime.now(dt.UTC):
        warnings.append(f"the date {date.isoformat()} is in the future")
    brief = Brief(
        title=title,
        date=date,
        slug=slug,
        summary=lead_summary(paragraphs[0]),
        blocks=draft.blocks,
        hints=tuple(dict.fromkeys(line.text for line in draft.hints)),
        category=_single_line(options.category) or None,
        tags=split_tags(options.tags),
        author=_single_line(options.author) or None,
    )
    return dataclasses.replace(draft, brief=brief, warnings=tuple(warnings))


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


def title_from_lead(lead: str) -> str:
    """Return a short title from the lead: its first sentence, or its first words."""
    head = lead[: TITLE_MAX_WORDS * 40]
    end = _SENTENCE_END.search(head)
    sentence = head[: end.start()] if end else head
    words = sentence.split()
    if len(words) > TITLE_MAX_WORDS:
        return " ".join(words[:TITLE_MAX_WORDS]) + "\u2026"
    return " ".join(words).rstrip("،؛,;:") or lead[:HEADLINE_MAX_CHARS]


def lead_summary(lead: str) -> str:
    """Return the lead, cut after whole sentences when it is long."""
    head = lead[: SUMMARY_MAX_WORDS * 40]
    words = head.split()
    if len(words) <= SUMMARY_MAX_WORDS and len(head) == len(lead):
        return lead
    limit = len(" ".join(words[:SUMMARY_MAX_WORDS]))
    ends = [match.end() for match in _SENTENCE_END.finditer(head, 0, limit)]
    if ends:
        return head[: ends[-1]]
    return " ".join(words[:SUMMARY_MAX_WORDS]) + "\u2026"


def _slug(
    wanted: str | None,
    title: str,
    blocks: Sequence[Block],
    source: str,
    warnings: list[str],
) -> str:
    if wanted is not None:
        slug = slugify(wanted)
        if not slug:
            raise ImporterError(source, f"--slug {wanted!r} has no letters or digits")
        if slug != wanted:
            warnings.append(f"--slug {wanted!r} was changed to {slug!r}")
        return shorten_slug(slug)
    slug = shorten_slug(slugify(title))
    if slug:
        return slug
    digest = hashlib.sha256("\n".join(block.text for block in blocks).encode())
    return f"brief-{digest.hexdigest()[:10]}"


def parse_date(value: str | None, timezone: str, source: str) -> dt.datetime:
    """Parse an ISO-8601 date; a date without offset is in ``timezone``."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImporterError(source, f"unknown time zone {timezone!r}") from None
    if value is None:
        return dt.datetime.now(zone).replace(microsecond=0)
    try:
        date = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise ImporterError(
            source, f"--date {value!r} is not an ISO-8601 date (2025-08-16T09:00+01:00)"
        ) from None
    return date if date.tzinfo else date.replace(tzinfo=zone)


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
    ("clean", clean),
    ("remove_noise", remove_noise),
    ("typography", typography),
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
    rules: NoiseRules | None = None,
) -> ImportResult:
    """Import one raw article: return its Brief, Markdown and warnings."""
    draft = run(
        Draft(source=source, options=options or ImportOptions(), rules=rules, raw=raw)
    )
    if draft.brief is None:  # pragma: no cover - build_brief always sets it
        raise ImporterError(source, "no brief was built")
    return ImportResult(draft.brief, draft.markdown, draft.warnings)


def analyze_text(
    text: str, rules: NoiseRules | None = None, title: str | None = None
) -> Analysis:
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
    return Analysis(found, draft.blocks, tuple(line.text for line in draft.hints))


# ---------------------------------------------------------------------------
# Writing


def write_brief(
    markdown: str, out_dir: Path, slug: str, *, force: bool = False, source: str = "-"
) -> Path:
    """Write ``markdown`` to ``out_dir/<slug>.md`` atomically; return the path.

    Never writes outside ``out_dir``; never replaces a brief without ``force``; a
    slug another brief already uses (its ``Slug`` or the slug of its ``Title``) is
    refused.  The text goes to a temporary file in ``out_dir`` that is linked or
    renamed into place, so a reader never sees half a brief.
    """
    target = out_dir / f"{slug}.md"
    if slugify(slug) != slug or not slug or target.parent != out_dir:
        raise ImporterError(source, f"slug {slug!r} is not a safe file name")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ImporterError(
            source, f"cannot create {out_dir}: {error.strerror}"
        ) from None
    owner = slug_owner(out_dir, slug, ignore=target)
    if owner is not None:
        raise ImporterError(
            source, f"slug {slug!r} is already used by {owner}; choose one with --slug"
        )
    if target.exists() and not force:
        raise ImporterError(source, f"{target} already exists (--force replaces it)")
    _atomic_write(markdown.encode("utf-8"), target, force=force, source=source)
    return target


def _atomic_write(data: bytes, target: Path, *, force: bool, source: str) -> None:
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=".mowjaz-", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), BRIEF_MODE)
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if force:
            os.replace(temporary, target)
        else:
            _link_without_replacing(temporary, target)
    except FileExistsError:
        raise ImporterError(
            source, f"{target} already exists (--force replaces it)"
        ) from None
    except OSError as error:
        raise ImporterError(
            source, f"cannot write {target}: {error.strerror}"
        ) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _link_without_replacing(temporary: str, target: Path) -> None:
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:
        # No hard links on this file system: rename, after checking once more.
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(temporary, target)
