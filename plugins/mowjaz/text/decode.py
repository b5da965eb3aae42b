"""Decode the raw bytes of an article into text, or say why they are not text.

Newsroom files arrive as UTF-8 (with or without a byte-order mark), UTF-16 or
UTF-32 with a BOM, and, from older Arabic desktop tools, Windows-1256.  This
module decides which, and never guesses: Windows-1256 is accepted only for bytes
that are not UTF-8 and decode to plainly Arabic text, and decoded text that is
mostly control characters is binary data.  Pure functions over bytes; the
importer (:mod:`mowjaz.importer.pipeline`) adds the file name to the reason.
"""

from __future__ import annotations

import codecs

from . import patterns

_SAMPLE_CHARS = 65536
# Decoded text with more control characters than this share is binary data.
_BINARY_CONTROL_SHARE = 0.1
# Windows-1256 is accepted only when at least this share of the letters is Arabic.
_CP1256_ARABIC_SHARE = 0.6
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
    """Accept Windows-1256 only for text that is plainly Arabic, never guess."""
    sample = raw[: _SAMPLE_CHARS * 2]
    as_utf8 = sample.decode("utf-8", "replace")
    broken = as_utf8.count("\ufffd")
    fine = sum(1 for char in as_utf8 if ord(char) > _ASCII_MAX) - broken
    if fine >= broken:
        raise DecodeError(
            f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); "
            "save the file as UTF-8"
        )
    text = raw.decode("cp1256", "replace")
    letters = [char for char in text[:_SAMPLE_CHARS] if char.isalpha()]
    arabic = sum(1 for char in letters if patterns.ARABIC_LETTER.match(char))
    if "\ufffd" in text or not letters or arabic / len(letters) < _CP1256_ARABIC_SHARE:
        raise DecodeError(
            "not UTF-8, UTF-16 or Arabic Windows-1256 text "
            "(binary data or an unknown encoding)"
        )
    return text


def _check_not_binary(text: str) -> str:
    sample = text[:_SAMPLE_CHARS]
    controls = len(patterns.CONTROL.findall(sample))
    if sample and controls / len(sample) > _BINARY_CONTROL_SHARE:
        raise DecodeError(
            "looks like binary data, not text (or UTF-16 without a byte-order mark)"
        )
    return text
