"""The importer's records: what flows through the steps and what comes out.

Frozen, slotted dataclasses only, with no behaviour beyond a constructor: the
pipeline (:mod:`mowjaz.importer.pipeline`) fills them in step by step and the
writer (:mod:`mowjaz.importer.markdown_writer`) reads a :class:`Brief`.  Keeping them
here lets both modules import the records without importing each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..text.blocks import Block
from ..text.noise import SiteNoise


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
class Decision:
    """What the importer made of one source line, for ``mowjaz import --explain``.

    ``kind`` is one of ``title``, ``heading``, ``paragraph``, ``byline``, ``hint``
    or ``dropped``; ``detail`` says why (``agency trailer``, ``Author: …``).
    """

    number: int
    kind: str
    text: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the editor said about the article (the command-line options).

    ``timezone`` is the configured ``TIMEZONE`` (the CLI passes it from
    :class:`mowjaz.config.Config`); without one a date must carry its offset.
    """

    title: str | None = None
    date: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    author: str | None = None
    slug: str | None = None
    timezone: str | None = None
    # The cap on a slug (MOWJAZ_SLUG_MAX_CHARS, passed by the CLI); None: only the
    # file-name limit of mowjaz.text.slug.SLUG_MAX_CHARS.
    slug_max_chars: int | None = None
    # The lead image: its file name in the content folder's images/ (the CLI copies
    # it there), its alternative text and its credit.
    image: str | None = None
    image_alt: str | None = None
    image_credit: str | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    """A byline, dateline or agency credit found in the text."""

    author: str | None = None
    dateline: str | None = None


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
    dateline: str | None = None
    lang: str = "ar"
    # The permanent id (Uid): feed ids and the JSON-LD @id come from it.
    uid: str | None = None
    image: str | None = None
    image_alt: str | None = None
    image_credit: str | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """The state that flows through the steps; each step fills in its part."""

    source: str
    options: ImportOptions = ImportOptions()
    rules: SiteNoise | None = None
    raw: bytes = b""
    text: str = ""
    lines: tuple[Line, ...] = ()
    hints: tuple[Line, ...] = ()
    credit: Credit = Credit()
    title_line: str | None = None
    blocks: tuple[Block, ...] = ()
    block_lines: tuple[int, ...] = ()
    brief: Brief | None = None
    markdown: str = ""
    warnings: tuple[str, ...] = ()
    decisions: tuple[Decision, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one file gives: the brief, its Markdown and the warnings."""

    brief: Brief
    markdown: str
    warnings: tuple[str, ...]
    decisions: tuple[Decision, ...] = ()


@dataclass(frozen=True, slots=True)
class Outline:
    """A raw text's title, blocks and hints, without metadata: ``mowjaz analyze``."""

    title: str
    blocks: tuple[Block, ...]
    hints: tuple[str, ...]
