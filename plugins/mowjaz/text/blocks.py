"""Blocks: the paragraphs and subheadings of a brief, from its HTML or Markdown.

Key points and quotes work on blocks, so they see the same structure whether they
are given a built article (HTML), a Markdown brief or raw imported text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

BlockKind = Literal["paragraph", "heading", "quote", "list_item"]

_BLOCK_TAGS = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "blockquote": "quote",
    "li": "list_item",
}
_SKIPPED_TAGS = frozenset({"script", "style", "pre", "code", "aside", "nav", "figure"})
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|:\"'])")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-level piece of a brief."""

    kind: BlockKind
    text: str


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._kind: BlockKind | None = None
        self._parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS and self._skip_depth == 0:
            self._flush()
            self._kind = _BLOCK_TAGS[tag]  # type: ignore[assignment]
        elif tag == "br":
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS and self._skip_depth == 0:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._kind is not None and self._skip_depth == 0:
            self._parts.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if self._kind is not None and text:
            self.blocks.append(Block(self._kind, text))
        self._kind = None
        self._parts = []

    def close(self) -> None:
        super().close()
        self._flush()


def blocks_from_html(markup: str) -> list[Block]:
    """Return the text blocks of an HTML fragment, skipping code, asides and navs."""
    parser = _BlockParser()
    parser.feed(markup)
    parser.close()
    return parser.blocks


def blocks_from_markdown(source: str) -> list[Block]:
    """Return the blocks of a Markdown body (no metadata header): one per paragraph.

    Lines of a paragraph are joined; ``#`` lines are headings; Markdown escapes are
    undone so that the text is what a reader sees.
    """
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", _unescape(" ".join(paragraph))))
            paragraph.clear()

    for raw_line in source.splitlines():
        line = raw_line.strip()
        heading = _MARKDOWN_HEADING.match(line)
        if not line:
            flush()
        elif heading:
            flush()
            blocks.append(Block("heading", _unescape(heading.group(1))))
        else:
            paragraph.append(line)
    flush()
    return [block for block in blocks if block.text]


def blocks_from_plain_text(text: str) -> list[Block]:
    """Return one paragraph block per non-empty line of plain text."""
    lines = (line.strip() for line in text.splitlines())
    return [Block("paragraph", line) for line in lines if line]


def _unescape(text: str) -> str:
    return html.unescape(_MARKDOWN_ESCAPE.sub(r"\1", text))
