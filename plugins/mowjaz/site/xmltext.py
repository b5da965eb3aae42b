"""Text that XML 1.0 accepts, and absolute URLs that feeds and sitemaps accept (pure).

XML 1.0 allows only tab, line feed, carriage return and the ranges U+0020-U+D7FF,
U+E000-U+FFFD and U+10000-U+10FFFF (the ``Char`` production, section 2.2).  Anything
else (C0 controls, lone surrogates, U+FFFE, U+FFFF) makes a feed unreadable, so every
string bound for a feed or a sitemap goes through :func:`xml_safe` first.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

# Characters outside XML 1.0's Char production, section 2.2 of the recommendation.
_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Numeric character references in HTML (``&#1;``, ``&#xD800;``).
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")
_MAX_CODE_POINT = 0x10FFFF
# RFC 3986 reserved and unreserved characters, plus "%" (already-encoded octets):
# the same safe set as Django's iri_to_uri (RFC 3987, section 3.1).
_URI_SAFE = "/#%[]=:;$&()+,!?*@'~"


def xml_safe(text: str) -> str:
    """Return ``text`` without the characters XML 1.0 forbids."""
    return _FORBIDDEN.sub("", text)


def xml_safe_html(html: str) -> str:
    """Return ``html`` without forbidden characters or references to them.

    HTML bound for a feed is escaped into the XML, so ``&#1;`` is well-formed there,
    but a reader that unescapes it would meet the forbidden character again.
    """
    return _CHAR_REF.sub(_allowed_reference, xml_safe(html))


def _allowed_reference(match: re.Match[str]) -> str:
    hex_digits, digits = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(digits)
    if code > _MAX_CODE_POINT or _FORBIDDEN.match(chr(code)):
        return ""
    return match.group(0)


def plain_text(html: str) -> str:
    """Return ``html`` as one line of plain text: no tags, entities or bad chars."""
    return xml_safe(Markup(xml_safe(html)).striptags())


def iri_to_uri(iri: str) -> str:
    """Percent-encode the non-ASCII and unsafe characters of ``iri`` as UTF-8."""
    return quote(xml_safe(iri), safe=_URI_SAFE)


def is_absolute(url: str) -> bool:
    """Tell whether ``url`` is an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


@functools.lru_cache(maxsize=1 << 16)
def absolute_url(base: str, path: str) -> str:
    """Join the site's absolute ``base`` and a site-relative ``path`` into a URI.

    ``path`` is percent-encoded (Arabic slugs become ``%D8%...``); a ``path`` that is
    already absolute is only encoded.  An empty ``path`` is the site's home page.
    Remembered: feeds and sitemaps ask for the same pages again.
    """
    if is_absolute(path):
        return iri_to_uri(path)
    return iri_to_uri(base.rstrip("/") + "/" + path.lstrip("/"))


def tag_uri(url: str, day: str) -> str:
    """Return an RFC 4151 ``tag:`` URI for ``url`` first published on ``day``.

    ``day`` is ``YYYY-MM-DD``.  The id depends on the host, the day and the path
    only, so it survives a change of scheme, port or query string.
    """
    parts = urlsplit(iri_to_uri(url))
    host = parts.hostname or "localhost"
    return f"tag:{host},{day}:{parts.path or '/'}"
