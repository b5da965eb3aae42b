"""Quotation marks in news copy: pair them, per paragraph, into quoted spans.

The one pairing of the package: the quote sidebar reads these spans, and the
sentence splitter never ends a sentence inside a closed one.

“…”, «…» and "…" are paired per paragraph.  The straight mark is read as an
opening or a closing one from the characters around it (a space before and a
letter after opens); a nested opening inside an unclosed quotation starts a new
one (the outer one is dropped); ``″`` closes like ``”``; an opening mark never
closed, with no other mark after it, runs to the end of the paragraph.  Pure
functions over one paragraph's text; :mod:`mowjaz.quotes.extract` decides which spans
are speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {"\u201c": "curly", "\u00ab": "guillemet"}
_CLOSERS = {
    "\u201d": ("curly", "straight"),
    "\u2033": ("curly", "straight"),
    "\u00bb": ("guillemet",),
}
_STRAIGHT = '"'
_MARK = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + '"]')
# From a mark back over a one-letter prefix to the character before the prefix.
_PREFIX_REACH = 2


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A paired quotation: where its marks are and where its trimmed text is."""

    opening: int
    closing: int
    start: int
    end: int


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Pair the quotation marks of one paragraph; return the spans in text order."""
    stack: list[tuple[str, int]] = []
    spans: list[QuotedSpan] = []
    # Only quotation marks change the state: visit them alone (a paragraph has few).
    for match in _MARK.finditer(text):
        position, char = match.start(), match.group()
        if char in _OPENERS:
            stack.append((_OPENERS[char], position))
        elif char in _CLOSERS:
            _close(stack, spans, text, position, _CLOSERS[char])
        elif char == _STRAIGHT:
            _straight(stack, spans, text, position)
    if stack and not _has_mark_after(text, stack[-1][1]):
        spans.append(_span(text, stack[-1][1], len(text)))
    spans.sort(key=lambda span: span.opening)
    return [span for span in spans if span.end > span.start]


def _close(
    stack: list[tuple[str, int]],
    spans: list[QuotedSpan],
    text: str,
    position: int,
    kinds: tuple[str, ...],
) -> None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] in kinds:
            spans.append(_span(text, stack[depth][1], position))
            del stack[depth:]
            return


def _straight(
    stack: list[tuple[str, int]], spans: list[QuotedSpan], text: str, position: int
) -> None:
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    can_close = not after.isalnum()
    can_open = not after.isspace() and (
        not before.isalnum() or _after_prefix(text, position)
    )
    is_open = any(kind in ("straight", "curly") for kind, _ in stack)
    if is_open and (can_close or not can_open):
        if can_open and not text[stack[-1][1] + 1 : position].strip():
            stack[-1] = ("straight", position)  # ""text: a doubled opening mark
            return
        _close(stack, spans, text, position, ("straight", "curly"))
    elif can_open or (before.isspace() and after.isspace()) or not can_close:
        stack.append(("straight", position))


def _after_prefix(text: str, position: int) -> bool:
    """Tell whether a one-letter prefix (و، ب، ل) stands right before ``position``."""
    back = position - _PREFIX_REACH
    return back >= 0 and not text[back].isalnum()


def _has_mark_after(text: str, position: int) -> bool:
    rest = text[position + 1 :]
    return any(mark in rest for mark in ('"', *_OPENERS, *_CLOSERS))


def _span(text: str, opening: int, closing: int) -> QuotedSpan:
    start = opening + 1
    end = closing
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotedSpan(opening, closing, start, end)
