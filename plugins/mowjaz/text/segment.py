"""Sentence segmentation and tokenisation for Arabic news text.

Sentences end at ``.`` ``؟`` ``?`` ``!`` ``…`` ``؛`` and at line ends, except:

* inside a quotation (“…”, «…», "…"): a quoted speech of several sentences stays in
  the sentence that reports it, so that a key point never starts inside a quote;
* between digits (``3.5``, ``1.200``) and after an abbreviation (one Arabic letter
  followed by a dot such as ``د.`` for doctor, or Latin initials like ``U.S.``).

A rule-based splitter is used rather than a trained model: news prose is regular,
the rules are inspectable, and there is no model to download at build time.
"""

from __future__ import annotations

import re

from . import patterns

_TERMINATORS = frozenset(".\u061f?!\u2026\u061b")
_CLOSERS = {closer for closer in patterns.QUOTE_PAIRS.values() if closer != '"'}
_OPENERS = {opener for opener in patterns.QUOTE_PAIRS if opener != '"'}
# After a terminator, trailing closing marks and brackets belong to the sentence.
_TRAILING = frozenset("\u201d\u00bb\"')]}\u2033")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[\u0621-\u064a]|[A-Za-z](?:\.[A-Za-z])*)$")


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into trimmed sentences, in order; empty input gives ``[]``."""
    sentences: list[str] = []
    for line in text.splitlines():
        sentences.extend(_split_line(line))
    return sentences


def _split_line(line: str) -> list[str]:
    pieces: list[str] = []
    depth = 0
    straight_open = False
    start = 0
    index = 0
    length = len(line)
    while index < length:
        char = line[index]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS or char == "\u2033":
            depth = max(0, depth - 1)
        elif char == '"':
            straight_open = not straight_open
        elif char in _TERMINATORS and depth == 0 and not straight_open:
            end = _sentence_end(line, index)
            if end is not None:
                pieces.append(line[start:end])
                start = index = end
                continue
        index += 1
    pieces.append(line[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _sentence_end(line: str, index: int) -> int | None:
    """Return where the sentence ending at ``line[index]`` stops, or None if not."""
    char = line[index]
    if char == "." and _is_inner_dot(line, index):
        return None
    end = index + 1
    while end < len(line) and (line[end] in _TERMINATORS or line[end] in _TRAILING):
        end += 1
    if end < len(line) and not line[end].isspace():
        return None
    return end


def _is_inner_dot(line: str, index: int) -> bool:
    before = line[index - 1] if index else ""
    after = line[index + 1] if index + 1 < len(line) else ""
    if before.isdigit() and after.isdigit():
        return True
    return _ABBREVIATION.search(line[:index]) is not None


def tokenize(text: str) -> list[str]:
    """Return the word and number tokens of ``text`` (punctuation dropped)."""
    return patterns.TOKEN.findall(text)


def word_count(text: str) -> int:
    """Count the tokens of ``text``."""
    return len(tokenize(text))
