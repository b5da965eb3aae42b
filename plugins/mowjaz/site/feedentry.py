"""The HTML of one feed entry, as feed readers show it (pure: no Pelican).

Feed readers drop the page's stylesheet and most of its markup, so an entry is plain
HTML in reading order: the key points first, then the body (the whole brief or its
summary), then the quotations and the related stories as plain lists.  Everything
sits in one ``<div dir="rtl" lang="ar">`` so that readers lay Arabic out right to
left, and nothing XML 1.0 forbids survives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from babel import Locale, UnknownLocaleError

from .xmltext import xml_safe_html


@dataclass(frozen=True, slots=True)
class EntryLink:
    """A related story in a feed entry: its title and absolute URL."""

    title: str
    url: str


@dataclass(frozen=True, slots=True)
class EntryQuote:
    """A quotation in a feed entry, with its speaker when known."""

    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class EntryLabels:
    """Headings of the boxes around the body (the theme's UI strings)."""

    key_points: str
    quotes: str
    related: str


@dataclass(frozen=True, slots=True)
class EntryParts:
    """Everything one feed entry shows, as plain data."""

    body_html: str
    lang: str = "ar"
    key_points: Sequence[str] = ()
    quotes: Sequence[EntryQuote] = ()
    related: Sequence[EntryLink] = ()


def text_direction(lang: str) -> str:
    """Return ``"rtl"`` for a right-to-left language tag, else ``"ltr"``."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return "ltr"
    return "rtl" if locale.character_order == "right-to-left" else "ltr"


def entry_html(parts: EntryParts, labels: EntryLabels) -> str:
    """Return the entry's HTML: key points, body, quotes, related stories."""
    lang = escape(parts.lang or "ar")
    sections = [
        _list_section(labels.key_points, [escape(point) for point in parts.key_points]),
        parts.body_html.strip(),
        _list_section(labels.quotes, [_quote_item(quote) for quote in parts.quotes]),
        _list_section(labels.related, [_link_item(link) for link in parts.related]),
    ]
    inner = "\n".join(section for section in sections if section)
    direction = text_direction(parts.lang or "ar")
    return xml_safe_html(f'<div dir="{direction}" lang="{lang}">\n{inner}\n</div>')


def _list_section(heading: str, items: Sequence[str]) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<h2>{escape(heading)}</h2>\n<ul>{rows}</ul>"


def _quote_item(quote: EntryQuote) -> str:
    text = f"\u201c{escape(quote.text)}\u201d"
    if quote.speaker:
        return f"{text} \u2014 <cite>{escape(quote.speaker)}</cite>"
    return text


def _link_item(link: EntryLink) -> str:
    return f'<a href="{escape(link.url)}">{escape(link.title)}</a>'
