"""Decode the raw bytes of an article into text, or say why they are not text.

Newsroom files arrive as UTF-8 (with or without a byte-order mark), UTF-16 or
UTF-32 with a BOM, and, from older Arabic desktop tools, Windows-1256, ISO-8859-6
or MacArabic.  This module decides which, and never guesses: a legacy encoding is
accepted only for bytes that are not UTF-8 and that exactly one of them reads as
plainly Arabic text; a legacy file with a UTF-8 line in it is refused (one
reading would garble the other part), and decoded text that is mostly control
characters is binary data.  Pure functions over bytes; the
importer (:mod:`mowjaz.importer.pipeline`) adds the file name to the reason.
"""

from __future__ import annotations

import codecs
import re

from . import patterns

_SAMPLE_CHARS = 65536
# Decoded text with more control characters than this share is binary data.
_BINARY_CONTROL_SHARE = 0.1
# A legacy reading is Arabic when at least this share of the letters is Arabic ...
_ARABIC_SHARE = 0.6
# ... and at least this share of its Arabic words starts with the article "ال"
# (about a quarter of the words of news text; a wrong code page gives almost none).
_DEFINITE_SHARE = 0.05
_DEFINITE_ARTICLE = "ال"
# The legacy Arabic encodings tried, in this order, and their names in messages.
_LEGACY = (
    ("cp1256", "Windows-1256"),
    ("iso8859_6", "ISO-8859-6"),
    ("mac_arabic", "MacArabic"),
)
# A run of letters (and Arabic word marks), and a Latin letter.
_WORD = re.compile(rf"(?:[^\W\d_]|[{patterns.WORD_MARKS}])+")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
# The last code point of ASCII: characters above it are multi-byte in UTF-8.
_ASCII_MAX = 0x7F
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


class DecodeError(ValueError):
    """Bytes that are not text in an encoding Mowjaz accepts; the message says why."""


def decode_text(raw: bytes) -> str:
    """Return the text of ``raw``: BOMs, strict UTF-8, then Arabic Windows-1256.

    Raises :class:`DecodeError` saying why ``raw`` is not text.  Empty bytes are
    the empty text.
    """
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                return _check_not_binary(raw.decode(codec))
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"not valid {name}: {error.reason} at byte {error.start}"
                ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        text = _decode_legacy(raw, error)
    return _check_not_binary(text)


def _decode_legacy(raw: bytes, error: UnicodeDecodeError) -> str:
    """Accept a legacy Arabic encoding only for text that is plainly Arabic.

    Windows-1256, ISO-8859-6 and MacArabic all decode most bytes to some letter,
    so each decoding that works is read as Arabic would be written: mostly
    Arabic letters, no word mixing Arabic and Latin letters (``انêèه``), and the
    article ``ال`` starting words.  Exactly one reading must pass (ISO-8859-6 and
    MacArabic agree on Arabic letters); none, or two that differ, is refused.
    """
    sample = raw[: _SAMPLE_CHARS * 2]
    as_utf8 = sample.decode("utf-8", "replace")
    broken = as_utf8.count("\ufffd")
    fine = sum(1 for char in as_utf8 if ord(char) > _ASCII_MAX) - broken
    if fine >= broken:
        raise DecodeError(
            f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); "
            "save the file as UTF-8"
        )
    _refuse_mixed_lines(raw)
    readings = []
    for codec, name in _LEGACY:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(text[:_SAMPLE_CHARS]):
            readings.append((name, text))
    # Readings that differ only in spaces are one (MacArabic has a right-to-left
    # space where ISO-8859-6 has a no-break space); the first name is kept.
    distinct = {
        " ".join(text.split()): (name, text) for name, text in reversed(readings)
    }
    if len(distinct) == 1:
        return next(iter(distinct.values()))[1]
    if distinct:
        names = " or ".join(name for name, _ in reversed(distinct.values()))
        raise DecodeError(
            f"could be {names} text, which read differently; save the file as UTF-8"
        )
    raise DecodeError(
        "not UTF-8, UTF-16 or Arabic Windows-1256, ISO-8859-6 or MacArabic text "
        "(binary data, another encoding, or too little Arabic to tell)"
    )


def _refuse_mixed_lines(raw: bytes) -> None:
    """Refuse a legacy file holding a UTF-8 line: one reading would garble it."""
    utf8_line = legacy_line = 0
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy_line = legacy_line or number
        else:
            utf8_line = utf8_line or number
        if utf8_line and legacy_line:
            raise DecodeError(
                f"mixed encodings: line {utf8_line} is UTF-8 but line {legacy_line} "
                "is not; save the whole file as UTF-8"
            )


def _reads_as_arabic(text: str) -> bool:
    """Tell whether ``text`` reads as Arabic rather than as a wrong code page."""
    words = _WORD.findall(text)
    arabic = [word for word in words if patterns.ARABIC_LETTER.match(word)]
    letters = sum(len(word) for word in words)
    if not arabic or sum(len(word) for word in arabic) < letters * _ARABIC_SHARE:
        return False
    if any(_LATIN_LETTER.search(word) for word in arabic):
        return False  # a word mixing Arabic and Latin letters: the wrong code page
    definite = sum(1 for word in arabic if word.startswith(_DEFINITE_ARTICLE))
    return definite >= max(1, len(arabic) * _DEFINITE_SHARE)


def _check_not_binary(text: str) -> str:
    sample = text[:_SAMPLE_CHARS]
    controls = len(patterns.CONTROL.findall(sample))
    if sample and controls / len(sample) > _BINARY_CONTROL_SHARE:
        raise DecodeError(
            "looks like binary data, not text (or UTF-16 without a byte-order mark)"
        )
    return text
