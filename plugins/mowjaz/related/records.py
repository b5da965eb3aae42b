"""Records of the related-stories step: its input and everything it finds."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Document:
    """What the related-stories step knows of one brief."""

    id: str
    title: str
    text: str
    tags: tuple[str, ...] = ()
    category: str | None = None
    date: str | None = None
    hints: tuple[str, ...] = field(default=())
    # Editor-written links (slugs or titles): the most trusted source.
    editor: tuple[str, ...] = field(default=())
    # Where the brief comes from (its file), named in warnings; the id if None.
    source: str | None = None
    # The index terms of the body (:meth:`ChunkTerms.terms`) when already known (a
    # worker process found them while Pelican was reading, or the cache kept
    # them): they then stand for ``text``, which is not read.
    terms: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Related:
    """One related story for a brief: its id, a score and the source that chose it.

    ``shared`` holds, when asked for (``explain``), the words the two briefs share
    that weigh most in the score, the most telling first.
    """

    id: str
    score: float
    source: str
    shared: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Two briefs so alike that they are the same story imported twice."""

    first: str
    second: str
    score: float


@dataclass(frozen=True, slots=True)
class Unmatched:
    """An editor link or a hint of brief ``id`` that names no existing brief."""

    id: str
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class RelatedReport:
    """Everything the step found: links per brief, duplicates and unmatched names."""

    related: dict[str, list[Related]]
    duplicates: tuple[Duplicate, ...] = ()
    unmatched: tuple[Unmatched, ...] = ()
