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

Folding happens in one ``str.translate`` table (C speed) after ``NFKC``, which also
turns Arabic presentation forms (the ligatures of old PDFs and fonts) into letters.
"""

from __future__ import annotations

import unicodedata

from . import patterns

_DIGITS = str.maketrans(
    patterns.ARABIC_INDIC_DIGITS + patterns.PERSIAN_DIGITS, "0123456789" * 2
)
_LETTER_FOLDS = str.maketrans(
    {
        "\u0623": "\u0627",  # alef with hamza above
        "\u0625": "\u0627",  # alef with hamza below
        "\u0622": "\u0627",  # alef with madda
        "\u0671": "\u0627",  # alef wasla
        "\u0649": "\u064a",  # alef maqsura -> yaa
        "\u0629": "\u0647",  # taa marbuta -> haa
        "\u06cc": "\u064a",  # Farsi yeh -> Arabic yaa
        "\u06a9": "\u0643",  # keheh -> kaf
    }
)
# Everything :func:`normalize` folds, in one table: ``str.translate`` costs one
# dictionary lookup per character, so one pass instead of four keeps the
# related-stories step fast on a large site.
_FOLDS = {
    **_LETTER_FOLDS,
    **_DIGITS,
    **{
        code: None
        for code in range(0x0600, 0x0700)
        if patterns.DIACRITICS.match(chr(code)) or chr(code) == patterns.TATWEEL
    },
}
_FOLDS_KEEP_TAA = {**_FOLDS, 0x0629: 0x0629}


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
    folds = _FOLDS_KEEP_TAA if keep_taa_marbuta else _FOLDS
    return unicodedata.normalize("NFKC", text).translate(folds).lower()


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

    Keeps diacritics, tatweel and zero-width joiners between letters; drops C0/C1
    controls (newline and tab kept), bidi overrides and isolates, byte-order marks,
    zero-width spaces, soft hyphens and Unicode non-characters.
    """
    text = patterns.CONTROL.sub("", text)
    text = patterns.BIDI_CONTROL.sub("", text)
    text = patterns.INVISIBLE.sub("", text)
    text = patterns.NON_CHARACTER.sub("", text)
    return patterns.ZERO_WIDTH_JOINERS.sub(_keep_joiner, text)


def has_arabic(text: str) -> bool:
    """Tell whether ``text`` holds at least one Arabic letter."""
    return patterns.ARABIC_LETTER.search(text) is not None
