"""A Python-Markdown extension that makes pasted briefs inert.

Briefs come from whatever the web gave a newsroom, so their Markdown is untrusted:

* **Raw HTML is text.**  The ``html_block`` preprocessor and the ``html`` inline
  pattern are removed, so ``<script>``, ``<iframe>`` or ``<img onerror=...>`` are
  escaped by the serializer and shown as typed, never passed through.
* **Invisible characters go.**  Every source line goes through
  :func:`mowjaz.text.normalize.clean_text` before the metadata header is read
  (and character references to such characters, ``&#x202E;``, are removed first), so
  controls (which break XML feeds), bidi overrides and stray zero-width characters
  never reach a title, a summary or the body.
* **Only safe attributes and addresses survive.**  A last tree pass keeps an
  allow-list of attributes (``attr_list`` could otherwise add ``onclick`` or
  ``style``), drops links whose address uses another scheme than ``http``,
  ``https`` or ``mailto`` (``javascript:``, ``vbscript:``, ``data:`` ... also
  spelt with entities, case or whitespace tricks), and turns remote or ``data:``
  images into plain links: under a ``default-src 'self'`` Content-Security-Policy
  they could not load anyway, and they would tell a third party who reads what.
  Reference-style links end up as the same ``<a>`` elements and get the same check.

Enable it *after* ``markdown.extensions.extra`` (whose ``md_in_html`` registers its
own ``html_block``).  If something registers raw HTML handling again later, the
conversion fails with :class:`UnsafeMarkdownConfigError` instead of publishing it.
"""

from __future__ import annotations

import html
import re
from typing import Any
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..text.normalize import clean_text, drop_invisible_references

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# Attributes Markdown syntax itself produces (links, images, footnotes, abbreviations,
# tables, code highlighting, lists); ``attr_list`` may only set these too.
SAFE_ATTRIBUTES = frozenset(
    {"href", "src", "alt", "title", "id", "class", "lang", "dir", "start", "colspan"}
    | {"rowspan", "align", "rel"}
)
URL_ATTRIBUTES = frozenset({"href", "src"})
# Browsers ignore ASCII whitespace and controls anywhere in a URL ("java\tscript:").
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Pelican's own link placeholders ({filename}, {static}, {attach}, {tag} ...).
_PELICAN_PLACEHOLDER = re.compile(r"^\{\w+\}")


class UnsafeMarkdownConfigError(RuntimeError):
    """Raw HTML handling was registered again after the safety extension."""


def url_scheme(url: str) -> str | None:
    """Return the lower-case scheme a browser would see in ``url`` (None if relative).

    Character references are decoded and ignored characters removed first, so
    ``&#106;avascript:`` and ``java<TAB>script:`` are both seen as ``javascript``.
    """
    seen = _URL_IGNORED.sub("", html.unescape(html.unescape(url)))
    if _PELICAN_PLACEHOLDER.match(seen):
        return None
    match = _SCHEME.match(seen)
    return match.group(1).lower() if match else None


def is_safe_link(url: str) -> bool:
    """Tell whether ``url`` may be the target of a link in a brief."""
    scheme = url_scheme(url)
    return scheme is None or scheme in SAFE_SCHEMES


def is_local_image(url: str) -> bool:
    """Tell whether ``url`` is an image the site serves itself (relative address)."""
    seen = _URL_IGNORED.sub("", html.unescape(url))
    return url_scheme(url) is None and not seen.startswith("//")


class CleanSourcePreprocessor(Preprocessor):
    """Remove controls, bidi overrides and stray zero-width characters from lines."""

    def run(self, lines: list[str]) -> list[str]:
        """Return the cleaned lines (metadata header included)."""
        text = drop_invisible_references("\n".join(lines))
        return clean_text(text).split("\n")


class SafeTreeprocessor(Treeprocessor):
    """Keep safe attributes and addresses only; runs after every other tree pass."""

    def run(self, root: Element) -> None:
        """Sanitise ``root`` in place."""
        _refuse_raw_html(self.md)
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag == "img" and not is_local_image(child.get("src", "")):
                    _image_to_link(parent, child)
        for element in root.iter():
            _sanitise_attributes(element)


def _refuse_raw_html(md: Markdown) -> None:
    if "html_block" in md.preprocessors or "html" in md.inlinePatterns:
        raise UnsafeMarkdownConfigError(
            "raw HTML is enabled again: list mowjaz.site.markdown_ext after "
            "markdown.extensions.extra in the MARKDOWN extensions"
        )


def _image_to_link(parent: Element, image: Element) -> None:
    """Replace a remote or inline-data image by a link to it (or by its alt text)."""
    src = image.get("src", "")
    link = Element("a")
    link.text = image.get("alt") or src
    link.tail = image.tail
    if is_safe_link(src) and url_scheme(src) != "mailto":
        link.set("href", src)
    parent.insert(list(parent).index(image), link)
    parent.remove(image)


def _sanitise_attributes(element: Element) -> None:
    for name in list(element.keys()):
        value = element.get(name) or ""
        if name not in SAFE_ATTRIBUTES or (
            name in URL_ATTRIBUTES and not is_safe_link(value)
        ):
            del element.attrib[name]


class SafetyExtension(Extension):
    """Escape raw HTML, clean invisible characters and drop unsafe addresses."""

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the passes and remove raw HTML handling."""
        md.preprocessors.deregister("html_block", strict=False)
        md.inlinePatterns.deregister("html", strict=False)
        md.preprocessors.register(CleanSourcePreprocessor(md), "mowjaz_clean", 100)
        # After "unescape" (0): attribute values are final by then.
        md.treeprocessors.register(SafeTreeprocessor(md), "mowjaz_safety", -100)


def makeExtension(**kwargs: Any) -> SafetyExtension:
    """Return the extension (entry point used by ``mowjaz.site.markdown_ext``)."""
    return SafetyExtension(**kwargs)
