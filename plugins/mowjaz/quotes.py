"""Quotes: direct quotations and their speakers (pure functions).

First version: quotations in typographic or guillemet marks of three words or more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .text.blocks import Block

_QUOTED = re.compile("[\u201c\u00ab]([^\u201c\u201d\u00ab\u00bb]+)[\u201d\u00bb\u2033]")
_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation as written in the article, without its marks."""

    text: str
    speaker: str | None


def extract_quotes(blocks: Sequence[Block]) -> list[Quote]:
    """Return the sidebar-worthy quotations of ``blocks`` in article order."""
    quotes = []
    for block in blocks:
        if block.kind != "paragraph":
            continue
        for match in _QUOTED.finditer(block.text):
            text = match.group(1).strip()
            if len(text.split()) >= _MIN_WORDS:
                quotes.append(Quote(text=text, speaker=None))
    return quotes
