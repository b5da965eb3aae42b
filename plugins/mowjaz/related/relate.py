"""Related stories: the briefs worth reading next, for every brief (pure functions).

Three sources, in order of trust (see the README, "Related stories"):

1. ``editor``: slugs or titles an editor wrote in the ``Related`` metadata;
2. ``hint``: the article's own "see also" titles (``RelatedHints``), matched to an
   existing brief by normalised title, tolerant of small differences
   (:mod:`.titles`);
3. ``similarity``: content similarity, filling the list up to ``top_k``: BM25
   weights (:mod:`.weights`), the same story first, and a link only on specific
   evidence (:mod:`.similarity`).

The settings (``top_k``, ``min_score``, ``duplicate_score``) come from
:class:`mowjaz.config.Config`, the one place their defaults live.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from .records import Document, Duplicate, Related, RelatedReport, Unmatched
from .similarity import parse_date, similar
from .titles import TitleIndex, named_links, title_key
from .weights import ChunkTerms, TermMatrix, term_matrix

__all__ = [
    "ChunkTerms",
    "Document",
    "Duplicate",
    "Related",
    "RelatedReport",
    "TermMatrix",
    "TitleIndex",
    "Unmatched",
    "find_related",
    "parse_date",
    "relate",
    "term_matrix",
    "title_key",
]

logger = logging.getLogger(__name__)


def find_related(
    documents: Sequence[Document],
    *,
    top_k: int,
    min_score: float,
    duplicate_score: float,
    explain: bool = False,
) -> dict[str, list[Related]]:
    """Return, for every document id, at most ``top_k`` related documents.

    Near-duplicates and links that name nothing are logged as warnings (with ids);
    call :func:`relate` to get them as data instead.  With ``explain``, each
    similarity link carries the shared words behind it.
    """
    report = relate(
        documents,
        top_k=top_k,
        min_score=min_score,
        duplicate_score=duplicate_score,
        explain=explain,
    )
    names = {doc.id: doc.source or doc.id for doc in documents}
    for duplicate in report.duplicates:
        logger.warning(
            "%s and %s look like the same story imported twice (similarity %.2f): "
            "not linked as related",
            names[duplicate.first],
            names[duplicate.second],
            duplicate.score,
        )
    for unmatched in report.unmatched:
        logger.warning(
            "%s: related %s %r matches no brief; no link made",
            names[unmatched.id],
            unmatched.source,
            unmatched.text,
        )
    return report.related


def relate(
    documents: Sequence[Document],
    *,
    top_k: int,
    min_score: float,
    duplicate_score: float,
    explain: bool = False,
) -> RelatedReport:
    """Find related stories from the three sources; see the module docstring.

    Editor links are always kept; hints, then similarity, fill the list up to
    ``top_k``.  Raises ValueError when two documents share an id.
    """
    docs = list(documents)
    _check_ids(docs)
    linked, unmatched = named_links(docs, TitleIndex(docs))
    limit = top_k + max((len(links) for links in linked), default=0)
    found, duplicates = similar(
        docs,
        min_score=min_score,
        duplicate_score=duplicate_score,
        limit=limit,
        explain=explain,
    )
    related = {
        doc.id: _merged(doc.id, linked[index], found[index], top_k)
        for index, doc in enumerate(docs)
    }
    return RelatedReport(related, tuple(duplicates), tuple(unmatched))


def _merged(
    own: str, named: list[Related], found: list[Related], top_k: int
) -> list[Related]:
    """Editor links (all of them), then hints and similar briefs up to ``top_k``."""
    links: list[Related] = []
    chosen = {own}
    for link in [*named, *found]:
        if link.id in chosen:
            continue
        if link.source != "editor" and len(links) >= top_k:
            break
        links.append(link)
        chosen.add(link.id)
    return links


def _check_ids(docs: Sequence[Document]) -> None:
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise ValueError(f"two documents share the id {doc.id!r}")
        seen.add(doc.id)
