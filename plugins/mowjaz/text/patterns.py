"""Compiled regular expressions and character classes shared by the text core.

Code points are written as escapes so that the source stays readable in any editor.
"""

from __future__ import annotations

import re

# Harakat, tanwin, shadda, sukun, superscript alef and Quranic annotation marks: the
# combining marks that live inside Arabic words.
WORD_MARKS = (
    "\N{ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM}-\N{ARABIC SMALL KASRA}"
    "\N{ARABIC FATHATAN}-\N{ARABIC WAVY HAMZA BELOW}"
    "\N{ARABIC LETTER SUPERSCRIPT ALEF}"
    "\N{ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA}-"
    "\N{ARABIC SMALL HIGH SEEN}"
    "\N{ARABIC SMALL HIGH ROUNDED ZERO}-\N{ARABIC SMALL HIGH NOON}"
    "\N{ARABIC EMPTY CENTRE LOW STOP}-\N{ARABIC SMALL LOW MEEM}"
)
DIACRITICS = re.compile(f"[{WORD_MARKS}]")
TATWEEL = "\N{ARABIC TATWEEL}"
TATWEEL_RUN = re.compile("\N{ARABIC TATWEEL}+")

# Invisible characters that have no place in published text: C0/C1 controls (tab and
# newline excepted), bidi embeddings/overrides/isolates, the BOM, zero-width space,
# word joiner, soft hyphen and other format characters.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Controls that separate words or lines (vertical tab, form feed, the information
# separators FS GS RS US, next line): whitespace for Python's str.split and for
# Unicode (VT, FF, NEL), so they become a space, never nothing ("إنالحكومة").
SPACING_CONTROL = re.compile("[\x0b\x0c\x1c-\x1f\x85]")
BIDI_CONTROL = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200e\u200f\N{ARABIC LETTER MARK}]"
)
INVISIBLE = re.compile(
    "[\u00ad\u200b\u2060-\u2064\N{ZERO WIDTH NO-BREAK SPACE}\ufff9-\ufffb]"
)
# Zero-width (non-)joiners are legitimate between two letters (Persian/Urdu shaping,
# forcing a joining form); anywhere else they are copy-paste debris.
ZERO_WIDTH_JOINERS = re.compile("[\u200c\u200d]")
# Non-characters and lone surrogates break XML 1.0 and UTF-8 encoders.
NON_CHARACTER = re.compile("[\ud800-\udfff﷐-﷯\ufffe\uffff]")

# An HTML character reference, numeric or named (``&#x202E;``, ``&#8238;``, ``&rlm;``):
# in Markdown and in Pelican's metadata it reaches the page as the character.
CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});"
)

ARABIC_LETTER_RANGES = "ء-غف-يٱ-ۓۺ-ۼ"
ARABIC_LETTER = re.compile(f"[{ARABIC_LETTER_RANGES}]")
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

# A token: a run of letters, digits and word marks (marks are not "word characters"
# for ``re``, so they are added explicitly, else a vowelled word falls apart); a
# number keeps its decimal or thousands separator (3.5, 1,200, Arabic separators).
_NUMBER_TAIL = r"(?:[.,٫٬][0-9٠-٩۰-۹]+)*"
TOKEN = re.compile(rf"(?:[^\W_]|[{WORD_MARKS}])+{_NUMBER_TAIL}")
# TOKEN written with one character class, which ``re`` matches about twice as fast
# as an alternation per character; the class also takes the underscore, so this
# finds TOKEN's tokens only in text whose underscores were replaced by spaces (see
# :func:`mowjaz.text.segment.tokenize`).
FAST_TOKEN = re.compile(rf"[\w{WORD_MARKS}]+{_NUMBER_TAIL}")
# FAST_TOKEN, or a line break (which no token holds).
FAST_TOKEN_OR_BREAK = re.compile(rf"\n|{FAST_TOKEN.pattern}")

# Quotation marks: openers and their closers.  In copied text a double prime often
# closes a curly quotation ("10 of 10" + U+2033), so it is accepted as a closer too.
QUOTE_CLOSERS = {"\u201c": "\u201d\u2033", "\u00ab": "\u00bb"}

# The marks that end a sentence wherever they stand: full stop, Arabic and Latin
# question marks, exclamation mark (a token of its own to the quote tokenizer).
FULL_STOPS = frozenset(".؟?!")
# Sentence terminators for splitting text into sentences: the full stops, the
# ellipsis and the Arabic semicolon.  A run of them (?!, ...) ends one sentence,
# and closing marks or brackets right after it belong to that sentence.
SENTENCE_END_MARKS = FULL_STOPS | {"\u2026", "؛"}
SENTENCE_END = re.compile(
    "[" + re.escape("".join(sorted(SENTENCE_END_MARKS))) + "]+"
    "[\u201d\u00bb\u2033\"')\\]}]*"
)
WHITESPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
