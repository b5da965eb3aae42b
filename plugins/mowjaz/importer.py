"""Import raw article text as a Markdown brief, in an explicit list of named steps.

raw bytes -> ``decode`` -> ``split_lines`` -> ``clean`` -> ``remove_noise`` ->
``typography`` -> ``classify`` -> ``build_brief`` -> ``render``

Every step is a pure function ``Draft -> Draft`` listed by name in :data:`STEPS`, so
a test or a tool can run one step, or a slice of the pipeline, by name (the way
markdown-it-py keeps its rules).  A file that cannot become a brief raises
:class:`ImporterError` naming the file and the reason; content problems an editor
should look at (an empty quotation, a title built from the lead) are returned as
warnings, one line each.

Raw text is never trusted: it can not become HTML, Markdown syntax or metadata.
Body text is escaped for Markdown, metadata values are single lines written as HTML
text (Pelican treats ``Title`` as HTML), and the header always ends with a blank
line.  Writing (:func:`write_brief`) is atomic and never leaves ``--out``.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import hashlib
import html
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .text import patterns
from .text.blocks import Block
from .text.normalize import clean_text, has_arabic, normalize

# Bigger files are refused before they are read: no newsroom article is 20 MB.
MAX_BYTES = 20 * 1024 * 1024
# A line is headline-like (a title or a subheading) when it is this short ...
HEADLINE_MAX_WORDS = 10
HEADLINE_MAX_CHARS = 100
# ... a title built from the lead has at most this many words ...
TITLE_MAX_WORDS = 12
# ... and the Summary (the lead) is cut to this many words when it is longer.
SUMMARY_MAX_WORDS = 60
# Slugs become file names: keep them well under the 255-byte limit (Arabic: 2 bytes).
SLUG_MAX_CHARS = 80
# Briefs are ordinary files: readable by the web server and by other editors.
BRIEF_MODE = 0o644
# Share/follow prompts are short: a longer line starting the same way is text.
PROMPT_MAX_WORDS = 12

_SAMPLE_CHARS = 65536
# Decoded text with more control characters than this share is binary data.
_BINARY_CONTROL_SHARE = 0.1
# Windows-1256 is accepted only when at least this share of the letters is Arabic.
_CP1256_ARABIC_SHARE = 0.6
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Arabic presentation forms (text copied out of PDFs) fold to ordinary letters.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")

_OPEN, _CLOSE, _PRIME = "\u201c", "\u201d", "\u2033"
_DOUBLE_QUOTES = re.compile('["\u201c\u201d\u201e\u201f\u2033]')
_OPENING_ONLY = frozenset("\u201c\u201e\u201f")
# Characters after which a quotation mark opens, and before which it closes.
_OPEN_CONTEXT = frozenset("([{\u00ab\u2014\u2013-:/" + patterns.TATWEEL)
_CLOSE_CONTEXT = frozenset(".,;:!?)]}\u00bb\u2026\u060c\u061b\u061f\u2014\u2013-")
_EMPTY_QUOTATION = re.compile("\u201c\\s*\u201d")
_SPACE_BEFORE_MARK = re.compile("\\s+([\u060c\u061b\u061f])")
_SPACE_BEFORE_END = re.compile("(?<=[^\\W\\d_]|[\u201d\u00bb)])\\s+([.!:])(?=\\s|$)")
_NO_SPACE_AFTER_MARK = re.compile("([\u060c\u061b\u061f])(?=[^\\W\\d_])")

_FINAL_PUNCTUATION = frozenset(".!?:;,\u2026\u060c\u061b\u061f")
_TRAILING_MARKS = "\u201d\u201c\"'\u2019\u00bb)]\u2033 "
_WORD = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile("[.!?\u061f\u2026]+(?=\\s|$)")

_HTML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]|#])")
_LEADING_ORDERED = re.compile(r"\A(\d+)\.")
_LEADING_ENTITY = {":": "&#58;", "~": "&#126;", "=": "&#61;"}

# The slug rules of pelicanconf.py's SLUG_REGEX_SUBSTITUTIONS, applied the way
# pelican.utils.slugify applies them (NFKC first, IGNORECASE, lower-case at the end).
_SLUG_RULES = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        ("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]", ""),
        (r"[^\w\s-]", ""),
        (r"(?u)\A\s*", ""),
        (r"(?u)\s*\Z", ""),
        (r"[-\s]+", "-"),
    )
)
_TAG = re.compile(r"<[^>]*>")
_META_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_TAG_SEPARATORS = re.compile("[,;\u060c\u061b]")


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
class NoiseRules:
    """Site noise to drop and related-story labels to keep, as normalised keys."""

    hint_prefixes: frozenset[str]
    boilerplate_lines: frozenset[str]
    boilerplate_prefixes: tuple[str, ...]

    @classmethod
    def load(
        cls,
        extra_boilerplate_lines: Iterable[str] = (),
        extra_hint_prefixes: Iterable[str] = (),
    ) -> NoiseRules:
        """Read the packaged lists and add a newsroom's own entries to them."""
        return cls(
            hint_prefixes=frozenset(
                noise_key(entry)
                for entry in (
                    *read_list("related_hint_prefixes.txt"),
                    *extra_hint_prefixes,
                )
                if noise_key(entry)
            ),
            boilerplate_lines=frozenset(
                noise_key(entry)
                for entry in (
                    *read_list("boilerplate_lines.txt"),
                    *extra_boilerplate_lines,
                )
                if noise_key(entry)
            ),
            boilerplate_prefixes=tuple(
                key
                for key in map(noise_key, read_list("boilerplate_prefixes.txt"))
                if key
            ),
        )


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
# Data files


@cache
def read_list(name: str) -> tuple[str, ...]:
    """Read a list from ``mowjaz/data``: one entry per line, ``#`` comments."""
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


def noise_key(text: str) -> str:
    """Fold a line for noise matching: normalised, one space, no final colon."""
    return " ".join(normalize(text).split()).rstrip(" :.\u2026\uff1a")


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
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                return _check_not_binary(raw.decode(codec), source)
            except UnicodeDecodeError as error:
                raise ImporterError(
                    source, f"not valid {name}: {error.reason} at byte {error.start}"
                ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        text = _decode_legacy(raw, source, error)
    return _check_not_binary(text, source)


def _decode_legacy(raw: bytes, source: str, error: UnicodeDecodeError) -> str:
    """Accept Windows-1256 only for text that is plainly Arabic, never guess."""
    sample = raw[: _SAMPLE_CHARS * 2]
    as_utf8 = sample.decode("utf-8", "replace")
    broken = as_utf8.count("\ufffd")
    fine = sum(1 for char in as_utf8 if ord(char) > 0x7F) - broken  # noqa: PLR2004
    if fine >= broken:
        raise ImporterError(
            source,
            f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); "
            "save the file as UTF-8",
        )
    text = raw.decode("cp1256", "replace")
    letters = [char for char in text[:_SAMPLE_CHARS] if char.isalpha()]
    arabic = sum(1 for char in letters if patterns.ARABIC_LETTER.match(char))
    if "\ufffd" in text or not letters or arabic / len(letters) < _CP1256_ARABIC_SHARE:
        raise ImporterError(
            source,
            "not UTF-8, UTF-16 or Arabic Windows-1256 text "
            "(binary data or an unknown encoding)",
        )
    return text


def _check_not_binary(text: str, source: str) -> str:
    sample = text[:_SAMPLE_CHARS]
    controls = len(patterns.CONTROL.findall(sample))
    if sample and controls / len(sample) > _BINARY_CONTROL_SHARE:
        raise ImporterError(
            source,
            "looks like binary data, not text (or UTF-16 without a byte-order mark)",
        )
    return text


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


def noise_kind(text: str, rules: NoiseRules) -> tuple[str, str]:
    """Tell whether a line is a hint, a hint label, boilerplate, or text ("")."""
    head, colon, rest = text[:HEADLINE_MAX_CHARS].partition(":")
    if colon and noise_key(head) in rules.hint_prefixes:
        hint = (rest + text[HEADLINE_MAX_CHARS:]).strip()
        return ("hint", hint) if hint else ("hint_label", "")
    if len(text) > HEADLINE_MAX_CHARS:
        return "", ""
    key = noise_key(text)
    if key in rules.hint_prefixes:
        return "hint_label", ""
    if key in rules.boilerplate_lines:
        return "boilerplate", ""
    if len(key.split()) <= PROMPT_MAX_WORDS and any(
        key == prefix or key.startswith(prefix + " ")
        for prefix in rules.boilerplate_prefixes
    ):
        return "boilerplate", ""
    return "", ""


@cache
def default_rules() -> NoiseRules:
    """Return the packaged noise lists without additions."""
    return NoiseRules.load()


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


def fix_typography(text: str) -> tuple[str, list[str]]:
    """Return ``text`` with balanced “…” pairs and tidy punctuation, and problems."""
    text, problems = balance_quotes(text)
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _SPACE_BEFORE_END.sub(r"\1", text)
    text = _NO_SPACE_AFTER_MARK.sub(r"\1 ", text)
    if _EMPTY_QUOTATION.search(text):
        problems.append(
            "empty quotation \u201c\u201d (a name was probably lost in copying)"
        )
    return text, problems


def balance_quotes(text: str) -> tuple[str, list[str]]:
    """Turn every double quotation mark into a balanced “ ” pair.

    Straight quotes, reversed marks (”…“, common in right-to-left copy-paste) and a
    double prime closing a quotation (“10 من 10″) become “…”.  A double prime that
    closes nothing (5″) stays.  The context decides: a mark after a space or an
    opening bracket (or a tatweel, as in بـ“) opens, a mark before a space or
    punctuation closes.  What is still open at the end of the line is closed there,
    and a closing mark with no opener gets one at the start of the line.
    """
    pieces: list[str] = []
    depth = 0
    strays = 0
    position = 0
    for match in _DOUBLE_QUOTES.finditer(text):
        index = match.start()
        mark = match.group()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        opens = before.isspace() or before in _OPEN_CONTEXT
        closes = after.isspace() or after in _CLOSE_CONTEXT
        if mark == _PRIME and depth == 0:
            continue
        if opens and not closes:
            is_opening = True
        elif closes and not opens:
            is_opening = False
        else:
            is_opening = depth == 0 or (mark in _OPENING_ONLY and not closes)
        if is_opening:
            depth += 1
        elif depth:
            depth -= 1
        else:
            strays += 1
        pieces.append(text[position:index])
        pieces.append(_OPEN if is_opening else _CLOSE)
        position = index + 1
    pieces.append(text[position:])
    problems = []
    if depth:
        pieces.append(_CLOSE * depth)
        problems.append("quotation mark never closed: closed at the end of the line")
    if strays:
        pieces.insert(0, _OPEN * strays)
        problems.append("closing quotation mark without an opening one: opened it")
    return "".join(pieces), problems


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


def is_headline_like(text: str) -> bool:
    """Tell whether a line reads like a headline: short, no final punctuation."""
    if len(text) > HEADLINE_MAX_CHARS or not _WORD.search(text):
        return False
    core = text.rstrip(_TRAILING_MARKS)
    if not core or core[-1] in _FINAL_PUNCTUATION:
        return False
    return len(text.split()) <= HEADLINE_MAX_WORDS


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
        if block.kind == "paragraph" and _WORD.search(block.text)
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
        if not title or not _WORD.search(title):
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
    return " ".join(words).rstrip("\u060c\u061b,;:") or lead[:HEADLINE_MAX_CHARS]


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
        return _shorten_slug(slug)
    slug = _shorten_slug(slugify(title))
    if slug:
        return slug
    digest = hashlib.sha256("\n".join(block.text for block in blocks).encode())
    return f"brief-{digest.hexdigest()[:10]}"


def _shorten_slug(slug: str) -> str:
    if len(slug) <= SLUG_MAX_CHARS:
        return slug
    cut = slug[:SLUG_MAX_CHARS]
    return (cut.rsplit("-", 1)[0] if "-" in cut else cut).strip("-")


def slugify(text: str) -> str:
    """Return the Arabic slug of ``text``: what pelicanconf.py's rules produce.

    Same result as ``pelican.utils.slugify`` with ``SLUG_REGEX_SUBSTITUTIONS`` and
    ``SLUGIFY_USE_UNICODE`` from pelicanconf.py (diacritics and tatweel dropped,
    letters kept, spaces to ``-``), without importing Pelican.
    """
    value = unicodedata.normalize("NFKC", " ".join(text.split()))
    for pattern, replacement in _SLUG_RULES:
        value = pattern.sub(replacement, value)
    return value.lower().strip()


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


def render_markdown(brief: Brief) -> str:
    """Return the Markdown of ``brief``: header, blank line, escaped body."""
    header = [f"Title: {metadata_text(brief.title)}", f"Date: {brief.date.isoformat()}"]
    if brief.category:
        header.append(f"Category: {metadata_text(brief.category)}")
    if brief.tags:
        header.append("Tags: " + ", ".join(metadata_text(tag) for tag in brief.tags))
    if brief.author:
        header.append(f"Author: {metadata_text(brief.author)}")
    header.append(f"Slug: {brief.slug}")
    header.append(f"Lang: {brief.lang}")
    header.append(f"Summary: {escape_markdown(brief.summary)}")
    if brief.hints:
        first, *rest = (metadata_text(hint) for hint in brief.hints)
        header.append(f"RelatedHints: {first}")
        header.extend(f"    {hint}" for hint in rest)
    body = "\n\n".join(
        f"## {escape_markdown(block.text)}"
        if block.kind == "heading"
        else escape_markdown(block.text)
        for block in brief.blocks
    )
    return "\n".join(header) + "\n\n" + body + "\n"


def metadata_text(value: str) -> str:
    """Return a metadata value as one line of HTML text (Pelican's Title is HTML)."""
    return html.escape(" ".join(value.split()), quote=True)


def escape_markdown(text: str) -> str:
    """Escape one line of text so that Markdown shows it as it is, never as markup."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text.translate(_HTML_TEXT))
    if not text:
        return text
    if text[0] in "-+":
        return "\\" + text
    if text[0] in _LEADING_ENTITY:
        return _LEADING_ENTITY[text[0]] + text[1:]
    return _LEADING_ORDERED.sub(r"\1\\.", text, count=1)


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


def slug_owner(out_dir: Path, slug: str, ignore: Path | None = None) -> Path | None:
    """Return the brief under ``out_dir`` whose slug is ``slug``, if there is one."""
    for path in sorted(out_dir.rglob("*.md")):
        if path == ignore:
            continue
        metadata = read_header(path)
        if "slug" in metadata:
            existing = metadata["slug"]
        elif "title" in metadata:
            existing = slugify(html.unescape(_TAG.sub("", metadata["title"])))
        else:
            existing = path.stem
        if existing == slug:
            return path
    return None


def read_header(path: Path) -> dict[str, str]:
    """Return the lower-cased single-line metadata of a Markdown brief file."""
    try:
        with path.open("rb") as stream:
            head = stream.read(65536).decode("utf-8-sig", "replace")
    except OSError:
        return {}
    return parse_header(head)


def parse_header(text: str) -> dict[str, str]:
    """Return the ``Key: value`` metadata at the top of a Markdown brief's text.

    Keys are lower-cased (as Pelican does); the header ends at the first blank
    line; continuation lines of a multi-line value are skipped.
    """
    metadata: dict[str, str] = {}
    for line in text.splitlines():
        match = _META_LINE.match(line)
        if not line.strip() or (match is None and not line.startswith("    ")):
            break
        if match:
            metadata.setdefault(match["key"].lower(), match["value"].strip())
    return metadata
