"""What Mowjaz derives from one brief: the one recipe for each result.

Pelican-free.  Every derived result of a brief comes from here, whoever computes
it: the worker processes (:mod:`mowjaz.derive.workers`) and Pelican's own process
(:class:`mowjaz.derive.derivations.Derivations`) call these functions and no
others, so a result never depends on where it was computed.

* :func:`key_points_of`: the extracted key points (:mod:`mowjaz.keypoints`);
* :func:`quotes_of`: every quotation (:mod:`mowjaz.quotes`);
* :func:`terms_of`: the index terms of its plain text (:mod:`mowjaz.related`);
* :func:`analyse_brief`: all three at once, as a :class:`BriefAnalysis`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..keypoints import extract_key_points
from ..quotes.extract import Quote, extract_quotes
from ..related.relate import ChunkTerms
from ..text.blocks import Block, blocks_from_html
from ..text.memo import WordMemo


@dataclass(frozen=True, slots=True)
class BriefAnalysis:
    """What Mowjaz derives from one brief's HTML.

    Key points, every quotation and, when asked for, the index terms of its plain
    text (:func:`terms_of`).
    """

    key_points: list[str]
    quotes: list[Quote]
    terms: tuple[str, ...] | None = None


def plain_text(blocks: Sequence[Block]) -> str:
    """Return a brief's plain text: one block a line."""
    return "\n".join(block.text for block in blocks)


def key_points_of(
    blocks: Sequence[Block],
    count: int,
    memo: WordMemo | None = None,
    *,
    title: str | None = None,
) -> list[str]:
    """Return the extracted key points (at most ``count``) of a brief's blocks.

    With its ``title`` (the headline), no bullet repeats it.
    """
    return extract_key_points(blocks, count=count, memo=memo, title=title)


def quotes_of(blocks: Sequence[Block], memo: WordMemo | None = None) -> list[Quote]:
    """Return every quotation of a brief's blocks (before pins, drops and caps)."""
    return extract_quotes(blocks, memo=memo)


def terms_of(blocks: Sequence[Block], reader: ChunkTerms) -> tuple[str, ...]:
    """Return the index terms of a brief's plain text, for related stories."""
    return tuple(reader.terms(plain_text(blocks)))


def analyse_brief(
    html: str,
    count: int,
    memo: WordMemo | None = None,
    terms: ChunkTerms | None = None,
    *,
    blocks: Sequence[Block] | None = None,
    title: str | None = None,
) -> BriefAnalysis:
    """Return the key points (``count``) and quotations of one brief's HTML.

    With ``terms``, the index terms of its text are found too.  ``blocks`` are
    ``blocks_from_html(html)``, for a caller that has them already; ``title`` is
    its headline (no key point repeats it).
    """
    memo = memo or WordMemo()
    blocks = blocks_from_html(html) if blocks is None else blocks
    return BriefAnalysis(
        key_points=key_points_of(blocks, count, memo, title=title or None),
        quotes=quotes_of(blocks, memo),
        terms=None if terms is None else terms_of(blocks, terms),
    )
