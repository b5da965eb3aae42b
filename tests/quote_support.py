"""Helpers for the quote tests: the quotes of a few paragraphs, as pairs."""

from __future__ import annotations

from mowjaz.quotes.extract import attributed_quotes, extract_quotes
from mowjaz.text.blocks import Block


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Return the quotes as listed: a speaker only when the attribution is certain."""
    blocks = [Block("paragraph", text) for text in paragraphs]
    return [(quote.text, quote.speaker) for quote in extract_quotes(blocks)]


def guesses_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Return the quotes with the speaker the rules guess, certain or not."""
    blocks = [Block("paragraph", text) for text in paragraphs]
    return [
        (found.quote.text, found.quote.speaker) for found in attributed_quotes(blocks)
    ]
