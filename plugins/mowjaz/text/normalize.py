"""Arabic normalisation: one function per purpose, all ``str -> str``.

Two kinds of normalisation live here and must not be confused:

* :func:`clean_text` is for text that will be *shown*: it removes characters that are
  invisible or dangerous (controls, bidi overrides that can make a headline read as
  something else, stray zero-width characters) and keeps everything a reader sees,
  diacritics included.
* :func:`normalize` is for text that will be *compared* (similarity, matching titles,
  search): it folds the spelling variants that Arabic writers use interchangeably.
  The folds are the classic information-retrieval ones (Larkey et al., "Light
  Stemming for Arabic Information Retrieval", 2007): diacritics and tatweel removed;
  alef with hamza or madda to bare alef; alef maqsura to yaa; taa marbuta to haa;
  Arabic-Indic and Persian digits to ASCII digits.  Hamza on waw/yaa is kept: folding
  it merges unrelated words more often than it helps.  Index terms keep taa marbuta
  (``keep_taa_marbuta=True``) because the Snowball stemmer reads it.

Folding happens after ``NFKC``, which also turns Arabic presentation forms (the
ligatures of old PDFs and fonts) into letters.  It is done with one regular
expression that deletes the marks and a few ``str.replace`` passes, one per folded
letter, all at C speed: ``str.translate`` would look up every character of the text
in a table, and most characters of a sentence are not folded.  Digits are folded
only in texts that have them.
"""

from __future__ import annotations

import html
import re
import unicodedata

from . import patterns

_DIGITS = str.maketrans(
    patterns.ARABIC_INDIC_DIGITS + patterns.PERSIAN_DIGITS, "0123456789" * 2
)
_TAA_MARBUTA = "ة"
# What no character reference may name: beyond Unicode, or a lone surrogate.
_MAX_CODE_POINT = 0x10FFFF
_SURROGATES = range(0xD800, 0xE000)
# The letter folds of :func:`normalize`, one ``str.replace`` pass each: no folded
# letter is the source of another fold, so the passes may run in any order.
_LETTER_FOLDS = (
    ("أ", "ا"),  # alef with hamza above
    ("إ", "ا"),  # alef with hamza below
    ("آ", "ا"),  # alef with madda
    ("ٱ", "ا"),  # alef wasla
    ("ى", "ي"),  # alef maqsura -> yaa
    (_TAA_MARBUTA, "ه"),  # taa marbuta -> haa
    ("ی", "ي"),  # Farsi yeh -> Arabic yaa
    ("ک", "ك"),  # keheh -> kaf
)
_LETTER_FOLDS_KEEP_TAA = tuple(
    fold for fold in _LETTER_FOLDS if fold[0] != _TAA_MARBUTA
)
# What :func:`normalize` deletes: the diacritics and the tatweel.
_DELETED = re.compile(f"[{patterns.WORD_MARKS}{patterns.TATWEEL}]+")
_FOLDED_DIGIT = re.compile(f"[{patterns.ARABIC_INDIC_DIGITS}{patterns.PERSIAN_DIGITS}]")
# What :func:`normalize` does not fold one character at a time into one character
# of the same kind: the deleted marks and tatweel, the dotted capital I (two
# characters in lower case) and the capital sigma (its lower case depends on the
# neighbours).  Every other character that NFKC keeps was checked one by one.
_NOT_PER_CHARACTER = re.compile(
    f"[{patterns.WORD_MARKS}{patterns.TATWEEL}\u0130\u03a3]"
)


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun and Quranic marks."""
    return patterns.DIACRITICS.sub("", text)


def strip_tatweel(text: str) -> str:
    """Remove the tatweel (kashida) used to stretch words."""
    return text.replace(patterns.TATWEEL, "")


def fold_digits(text: str) -> str:
    """Turn Arabic-Indic and Persian digits into ASCII digits."""
    return text.translate(_DIGITS)


def normalize(text: str, *, keep_taa_marbuta: bool = False) -> str:
    """Fold ``text`` for comparison: NFKC, no diacritics or tatweel, folded letters.

    ``keep_taa_marbuta=True`` leaves taa marbuta alone: the stemmer needs it to tell
    the feminine ending (removed) from the pronoun "his" (kept on short words).
    """
    text = _DELETED.sub("", unicodedata.normalize("NFKC", text))
    for source, target in _LETTER_FOLDS_KEEP_TAA if keep_taa_marbuta else _LETTER_FOLDS:
        text = text.replace(source, target)
    if _FOLDED_DIGIT.search(text):
        text = text.translate(_DIGITS)
    return text.lower()


def fold(text: str) -> str:
    """Return ``text`` folded to compare: :func:`normalize`, one space between words.

    The one fold used wherever two pieces of Arabic text are compared as equal
    (a quotation with a pinned one, a line with a boilerplate list, a bullet
    with the lead).
    """
    return " ".join(normalize(text).split())


def folds_per_character(text: str) -> bool:
    """Tell whether :func:`normalize` folds ``text`` one character at a time.

    When it does, every character becomes one character of the same kind for
    :func:`~mowjaz.text.segment.tokenize` (word character, digit, number separator
    or other), so the tokens of ``normalize(text)`` are the normalised tokens of
    ``text``.  True unless NFKC changes the text or it has a diacritic, a tatweel,
    a dotted capital I or a capital sigma.
    """
    return unicodedata.is_normalized("NFKC", text) and not _NOT_PER_CHARACTER.search(
        text
    )


def _keep_joiner(match: object) -> str:
    """Keep a ZWJ/ZWNJ only when it sits between two letters."""
    text: str = match.string  # type: ignore[attr-defined]
    start, end = match.span()  # type: ignore[attr-defined]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before.isalpha() and after.isalpha():
        return match.group()  # type: ignore[attr-defined]
    return ""


def clean_text(text: str) -> str:
    """Remove characters a reader cannot see or that can change how text reads.

    Keeps diacritics, tatweel and zero-width joiners between letters; turns the
    controls that separate words (vertical tab, form feed, next line, FS to US)
    into a space; drops the other C0/C1 controls (newline and tab kept), bidi
    overrides and isolates, byte-order marks, zero-width spaces, soft hyphens and
    Unicode non-characters.
    """
    text = patterns.SPACING_CONTROL.sub(" ", text)
    text = patterns.CONTROL.sub("", text)
    text = patterns.BIDI_CONTROL.sub("", text)
    text = patterns.INVISIBLE.sub("", text)
    text = patterns.NON_CHARACTER.sub("", text)
    return patterns.ZERO_WIDTH_JOINERS.sub(_keep_joiner, text)


def drop_invisible_references(text: str) -> str:
    """Remove character references to what :func:`clean_text` removes.

    ``&#x202E;``, ``&#8238;``, ``&#0;``, ``&#xFFFE;``, ``&#x1b;`` or ``&rlm;`` in
    Markdown or HTML text become the character only in the browser, after the
    cleaning: they are removed here, so they cannot bring back a bidi override
    or a control (a reference to NUL also breaks XML feeds).  References to
    visible characters (``&#1575;``, ``&amp;``) are kept as written.
    """
    if "&" not in text:
        return text
    return patterns.CHARACTER_REFERENCE.sub(_visible_reference, text)


def _visible_reference(match: re.Match[str]) -> str:
    reference = match.group()
    if reference[1] == "#":
        number = reference[2:-1]
        value = int(number[1:], 16) if number[:1] in {"x", "X"} else int(number)
        if (
            value == 0
            or value > _MAX_CODE_POINT
            or _SURROGATES[0] <= value <= _SURROGATES[1]
        ):
            return ""
    character = html.unescape(reference)
    if character == reference:  # not a name HTML knows: shown as typed
        return reference
    if not character or clean_text(character) != character:
        return ""
    return reference


def has_arabic(text: str) -> bool:
    """Tell whether ``text`` holds at least one Arabic letter."""
    return patterns.ARABIC_LETTER.search(text) is not None
