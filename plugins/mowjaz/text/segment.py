"""Sentence segmentation and tokenisation for Arabic news text.

Sentences end at ``.`` ``؟`` ``?`` ``!`` ``…`` ``؛`` and at line ends, except:

* inside a quotation (“…”, «…», "…") that is closed on the same line: a quoted speech
  of several sentences stays in the sentence that reports it, so that a key point
  never starts inside a quote.  An opening mark that is never closed protects
  nothing (copied text often loses a closing mark; one stray “ must not glue a
  whole paragraph into one sentence);
* between digits (``3.5``, ``1.200``);
* after an abbreviation: one Arabic letter and a dot (``د.`` for doctor, ``م.`` for
  engineer), dotted Arabic initials (an agency's ``د.ب.أ``), Latin initials
  (``U.S.``) or a listed Latin abbreviation (``data/abbreviations.txt``: Dr.,
  Inc. ...).  A year followed by ``م.`` or ``هـ.``
  (the calendar letter) does end a sentence.

A dot glued to the next Arabic word (``عام 1959.أتم``) still ends a sentence: Arabic
words never contain a dot, so this is a lost space, a frequent copy-paste accident.

A rule-based splitter is used rather than a trained model: news prose is regular,
the rules are inspectable and testable one by one, the splitter runs in linear time
on a 5 MB line, and there is no model to download at build time.

Tokens are runs of letters, digits and the combining marks inside Arabic words
(the ``re`` word class does not include harakat, so a vowelled word would otherwise fall
apart); a number keeps its decimal point.  Tokenisation is a regular expression for
the same reasons: Arabic clitics are split later, by the stemmer, where needed.
"""

from __future__ import annotations

import re
import string
from functools import cache

from . import patterns
from .quote_marks import quoted_spans as paired_marks
from .wordlists import read_word_list

# One Arabic letter (with an optional tatweel, as in the Hijri "هـ") or Latin
# initials, alone before the dot.
_SHORT_ABBREVIATION = re.compile(
    r"(?:^|[\s(\[])"
    r"(?:[ء-غف-ي]\N{ARABIC TATWEEL}?(?:\.[ء-غف-ي])*|[A-Za-z](?:\.[A-Za-z])*)$"
)
# A year followed by the calendar letter: Gregorian (meem) or Hijri (haa, tatweel).
_YEAR_CALENDAR = re.compile(r"[0-9٠-٩۰-۹]\s*(?:م|ه\N{ARABIC TATWEEL}?)$")
_LAST_WORD = re.compile(r"([A-Za-z]+)$")
# The characters a word must end with for the year and Latin rules to apply.
_CALENDAR_LETTERS = frozenset("مه\N{ARABIC TATWEEL}")
_LATIN_LETTERS = frozenset(string.ascii_letters)
_OPENERS = frozenset(patterns.QUOTE_CLOSERS)
_STRAIGHT_QUOTE = '"'
_OPENING_MARKS = (*sorted(_OPENERS), _STRAIGHT_QUOTE)
_CLOSING = "\u201d\u00bb\u2033\"')]}"


@cache
def _latin_abbreviations() -> frozenset[str]:
    """Return the lower-cased Latin abbreviations that do not end a sentence."""
    words = read_word_list("abbreviations.txt")
    return frozenset(word.lower().rstrip(".") for word in words)


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into trimmed sentences, in order; empty input gives ``[]``."""
    sentences: list[str] = []
    for line in text.splitlines():
        sentences.extend(_split_line(line))
    return sentences


def quoted_spans(line: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans, marks included, of the closed quotations.

    The pairing is :func:`mowjaz.text.quote_marks.quoted_spans` (the quote
    sidebar's); an opening mark never closed yields no span here.
    """
    # Most lines quote no one: without an opening mark there is no span.
    if not any(mark in line for mark in _OPENING_MARKS):
        return []
    return [
        (span.opening, span.closing + 1)
        for span in paired_marks(line)
        if span.closing < len(line)
    ]


def _split_line(line: str) -> list[str]:
    spans = quoted_spans(line)
    pieces: list[str] = []
    start = 0
    for match in patterns.SENTENCE_END.finditer(line):
        position = match.start()
        if _is_quoted(spans, position) or not _ends_sentence(line, match):
            continue
        pieces.append(line[start : match.end()])
        start = match.end()
    pieces.append(line[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _is_quoted(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start < position < end - 1 for start, end in spans)


def _ends_sentence(line: str, match: re.Match[str]) -> bool:
    """Tell whether the terminator run ``match`` ends a sentence."""
    end = match.end()
    after = line[end] if end < len(line) else ""
    if after and not (
        after.isspace() or after in _OPENERS or patterns.ARABIC_LETTER.match(after)
    ):
        return False
    if match.group().rstrip(_CLOSING) != ".":
        return True
    return not _is_inner_dot(line, match.start(), after)


def _is_inner_dot(line: str, index: int, after: str) -> bool:
    """Tell whether the single dot at ``line[index]`` is inside a number or a name."""
    before = line[:index]
    if before[-1:].isdigit() and after.isdigit():
        return True
    # The patterns below end at the dot (``$`` also allows one final newline).
    last = before.removesuffix("\n")[-1:]
    if last in _CALENDAR_LETTERS and _YEAR_CALENDAR.search(before):
        return False
    if last not in _LATIN_LETTERS:
        # Only the Arabic-letter forms can match: one letter, or dotted initials
        # such as an agency's ``د.ب.أ`` (at most four letters, so the match starts
        # at most eight characters before the dot): search there alone (this runs
        # at every dot).
        return _SHORT_ABBREVIATION.search(before, max(0, index - 8)) is not None
    if _SHORT_ABBREVIATION.search(before):
        return True
    word = _LAST_WORD.search(before)
    return word is not None and word.group(1).lower() in _latin_abbreviations()


def tokenize(text: str) -> list[str]:
    """Return the word and number tokens of ``text`` (punctuation dropped)."""
    # An underscore is no more part of a token than a space is: swapping it for one
    # lets the faster pattern find exactly TOKEN's tokens.
    return patterns.FAST_TOKEN.findall(text.replace("_", " "))


def tokenize_lines(text: str) -> list[list[str]]:
    """Return :func:`tokenize` of each line of ``text`` (split at line breaks)."""
    lines: list[list[str]] = [[]]
    for item in patterns.FAST_TOKEN_OR_BREAK.findall(text.replace("_", " ")):
        if item == "\n":
            lines.append([])
        else:
            lines[-1].append(item)
    return lines


def word_count(text: str) -> int:
    """Count the tokens of ``text``."""
    return len(tokenize(text))
