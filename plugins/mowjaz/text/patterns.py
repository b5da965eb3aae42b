"""Compiled regular expressions and character classes shared by the text core.

Code points are written as escapes so that the source stays readable in any editor.
"""

from __future__ import annotations

import re

# Harakat, tanwin, shadda, sukun, superscript alef and Quranic annotation marks: the
# combining marks that live inside Arabic words.
WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
DIACRITICS = re.compile(f"[{WORD_MARKS}]")
TATWEEL = "\u0640"
TATWEEL_RUN = re.compile("\u0640+")

# Invisible characters that have no place in published text: C0/C1 controls (tab and
# newline excepted), bidi embeddings/overrides/isolates, the BOM, zero-width space,
# word joiner, soft hyphen and other format characters.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
INVISIBLE = re.compile("[\u00ad\u200b\u2060-\u2064\ufeff\ufff9-\ufffb]")
# Zero-width (non-)joiners are legitimate between two letters (Persian/Urdu shaping,
# forcing a joining form); anywhere else they are copy-paste debris.
ZERO_WIDTH_JOINERS = re.compile("[\u200c\u200d]")
# Non-characters and lone surrogates break XML 1.0 and UTF-8 encoders.
NON_CHARACTER = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")

ARABIC_LETTER_RANGES = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc"
ARABIC_LETTER = re.compile(f"[{ARABIC_LETTER_RANGES}]")
ARABIC_INDIC_DIGITS = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
PERSIAN_DIGITS = "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"

# A token: a run of letters, digits and word marks (marks are not "word characters"
# for ``re``, so they are added explicitly, else a vowelled word falls apart); a
# number keeps its decimal or thousands separator (3.5, 1,200, Arabic separators).
_NUMBER_TAIL = r"(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
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
QUOTE_PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"'}
QUOTE_CLOSERS = {"\u201c": "\u201d\u2033", "\u00ab": "\u00bb"}

# Sentence terminators: full stop, Arabic and Latin question marks, exclamation mark,
# ellipsis and the Arabic semicolon.  A run of them (?!, ...) ends one sentence, and
# closing marks or brackets right after it belong to that sentence.
SENTENCE_END = re.compile("[.\u061f?!\u2026\u061b]+[\u201d\u00bb\u2033\"')\\]}]*")
WHITESPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
