"""Write a brief as Markdown with a Pelican metadata header, never as markup.

Raw text is never trusted: it can not become HTML, Markdown syntax or metadata.
Body text is escaped for Markdown (:func:`escape_markdown`), metadata values are
single lines written as HTML text (:func:`metadata_text`: Pelican treats
``Title`` as HTML), and the header always ends with a blank line.  Pure functions;
the importer's ``render`` step calls :func:`render_markdown`.
"""

from __future__ import annotations

import html
import re

from .records import Brief

_HTML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]|#])")
_LEADING_ORDERED = re.compile(r"\A(\d+)\.")
_LEADING_ENTITY = {":": "&#58;", "~": "&#126;", "=": "&#61;"}


def render_markdown(brief: Brief) -> str:
    """Return the Markdown of ``brief``: header, blank line, escaped body."""
    return "\n".join(_header(brief)) + "\n\n" + _body(brief) + "\n"


def _header(brief: Brief) -> list[str]:
    """Return the metadata lines of ``brief``, one ``Key: value`` each."""
    header = [f"Title: {metadata_text(brief.title)}", f"Date: {brief.date.isoformat()}"]
    # Category, Tags, Author and Dateline are plain text to Pelican (the theme
    # escapes them): written as they are, on one line, never HTML-escaped twice.
    if brief.category:
        header.append(f"Category: {plain_metadata(brief.category)}")
    if brief.tags:
        header.append("Tags: " + ", ".join(plain_metadata(tag) for tag in brief.tags))
    if brief.author:
        header.append(f"Author: {plain_metadata(brief.author)}")
    if brief.dateline:
        header.append(f"Dateline: {plain_metadata(brief.dateline)}")
    header.append(f"Slug: {brief.slug}")
    if brief.uid:
        header.append(f"Uid: {brief.uid}")
    if brief.image:
        header.append(f"Image: {metadata_text(brief.image)}")
        if brief.image_alt:
            header.append(f"ImageAlt: {plain_metadata(brief.image_alt)}")
        if brief.image_credit:
            header.append(f"ImageCredit: {plain_metadata(brief.image_credit)}")
    header.append(f"Lang: {brief.lang}")
    header.append(f"Summary: {escape_markdown(brief.summary)}")
    if brief.hints:
        first, *rest = (metadata_text(hint) for hint in brief.hints)
        header.append(f"RelatedHints: {first}")
        header.extend(f"    {hint}" for hint in rest)
    return header


def _body(brief: Brief) -> str:
    """Return the blocks of ``brief``: escaped paragraphs and ``##`` subheadings."""
    return "\n\n".join(
        f"## {escape_markdown(block.text)}"
        if block.kind == "heading"
        else escape_markdown(block.text)
        for block in brief.blocks
    )


def metadata_text(value: str) -> str:
    """Return a metadata value as one line of HTML text (Pelican's Title is HTML)."""
    return html.escape(" ".join(value.split()), quote=True)


def plain_metadata(value: str) -> str:
    """Return a plain-text metadata value on one line (``,`` and ``;`` split lists).

    Pelican splits Tags and Authors at ``;`` (else at ``,``): a value keeps its
    commas as Arabic commas and its semicolons as Arabic semicolons, so one name
    stays one name.
    """
    return " ".join(value.split()).replace(",", "،").replace(";", "؛")


def escape_markdown(text: str) -> str:
    """Escape one line of text so that Markdown shows it as it is, never as markup."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text.translate(_HTML_TEXT))
    if not text:
        return text
    if text[0] in "-+":
        return "\\" + text
    if text[0] in _LEADING_ENTITY:
        return _LEADING_ENTITY[text[0]] + text[1:]
    return _LEADING_ORDERED.sub(r"\1\\.", text, count=1)
