"""Pelican glue for feeds: a Writer whose Atom and RSS feeds real readers accept.

Pelican's own feeds carry no language, relative links when ``RELATIVE_URLS`` is on,
an empty author and ``tag:None`` ids.  :class:`FeedWriter` (returned from the
``get_writer`` signal) changes only how a feed and its entries are filled in:

- the feed: ``xml:lang`` (Atom) or ``<language>`` (RSS) from ``DEFAULT_LANG``, its
  own absolute URL as its Atom id, the site's ``AUTHOR`` as the feed author;
- each entry: an absolute, percent-encoded link; a stable ``tag:`` id (the RSS
  ``<guid isPermaLink="false">``); author, published and updated dates, category
  and tags; HTML content from :func:`mowjaz.site.feedentry.entry_html`;
- every string passes through :func:`mowjaz.site.xmltext.xml_safe`.

Absolute URLs start from ``FEED_DOMAIN`` (``SITEURL`` when it is unset), which stays
absolute while ``RELATIVE_URLS`` makes page links relative.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Mapping
from typing import Any

from feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, SyndicationFeed
from pelican.utils import set_date_tzinfo
from pelican.writers import Writer

from ..config import Config
from .feedentry import EntryLabels, EntryLink, EntryParts, EntryQuote, entry_html
from .xmltext import absolute_url, iri_to_uri, plain_text, tag_uri

logger = logging.getLogger(__name__)

# The headings of the article page's boxes, as the theme writes them; they are the
# msgids of the theme's catalog, translated below with the theme's own gettext.
_LABEL_MSGIDS = EntryLabels(
    key_points="أبرز النقاط",
    quotes="اقتباسات",
    related="أخبار ذات صلة",
)


def site_base(settings: Mapping[str, Any]) -> str:
    """Return the site's absolute address: ``FEED_DOMAIN``, else ``SITEURL``."""
    return str(settings.get("FEED_DOMAIN") or settings.get("SITEURL") or "")


def entry_labels(settings: Mapping[str, Any]) -> EntryLabels:
    """Translate the box headings with the theme's gettext, when there is one."""
    gettext: Callable[[str], str] = (settings.get("JINJA_GLOBALS") or {}).get(
        "gettext", str
    )
    return EntryLabels(
        key_points=gettext(_LABEL_MSGIDS.key_points),
        quotes=gettext(_LABEL_MSGIDS.quotes),
        related=gettext(_LABEL_MSGIDS.related),
    )


def entry_id(base: str, article: Any) -> str:
    """Return the article's permanent feed id (:mod:`mowjaz.site.identity`).

    An article the plugin did not see (none is) falls back to its URL and day.
    """
    found = getattr(article, "permanent_id", None)
    if found:
        return str(found)
    return tag_uri(absolute_url(base, article.url), article.date.strftime("%Y-%m-%d"))


def entry_parts(article: Any, base: str, *, full_content: bool) -> EntryParts:
    """Collect what a feed entry shows from an enriched Pelican article."""
    body = article.get_content(base) if full_content else article.summary
    return EntryParts(
        body_html=str(body or ""),
        lang=str(getattr(article, "lang", "") or "ar"),
        key_points=[str(point) for point in getattr(article, "key_points", ())],
        quotes=[
            EntryQuote(text=quote.text, speaker=quote.speaker)
            for quote in getattr(article, "quotes", ())
        ],
        related=[
            EntryLink(
                title=_plain(link.article.title),
                url=absolute_url(base, link.article.url),
            )
            for link in getattr(article, "related", ())
        ],
    )


def keep_editorial_dates(generator: Any) -> None:
    """Forget ``modified`` dates that are only the source file's mtime.

    With ``DEFAULT_DATE = "fs"`` Pelican sets ``modified`` to the file's mtime when
    the header has no ``Modified``; a fresh checkout would then mark every brief as
    updated, and readers would show them all again.  Such a date becomes the
    publication date; a ``Modified`` written by the editor is kept.
    """
    for content in _contents(generator):
        modified = getattr(content, "modified", None)
        source = getattr(content, "source_path", None)
        if modified is None or not source or not os.path.exists(source):
            continue
        mtime = dt.datetime.fromtimestamp(os.stat(source).st_mtime)
        if modified.replace(tzinfo=None) == mtime and getattr(content, "date", None):
            content.modified = content.date
            content.locale_modified = getattr(content, "locale_date", "")


def _contents(generator: Any) -> list[Any]:
    names = ("articles", "translations", "pages", "hidden_articles", "hidden_pages")
    found: list[Any] = []
    for name in names:
        found.extend(getattr(generator, name, None) or ())
    return found


def _plain(value: Any) -> str:
    return plain_text(str(value or ""))


def image_enclosures(base: str, article: Any) -> list[Enclosure]:
    """Return the lead image's share copy as the entry's one enclosure, if any."""
    image = getattr(article, "lead_image", None)
    if image is None:
        return []
    url = absolute_url(base, image.share)
    return [Enclosure(url, str(image.share_length), image.share_mime)]


class BrandedAtomFeed(Atom1Feed):
    """Atom feed with the publisher's ``<icon>`` and ``<logo>`` (RFC 4287 4.2.5)."""

    def add_root_elements(self, handler: Any) -> None:
        """Write Atom's feed elements, then the icon and logo when known."""
        super().add_root_elements(handler)
        if self.feed.get("icon"):
            handler.addQuickElement("icon", self.feed["icon"])
        if self.feed.get("logo"):
            handler.addQuickElement("logo", self.feed["logo"])


class BrandedRssFeed(Rss201rev2Feed):
    """RSS 2.0 feed with the channel ``<image>`` (the publisher's logo)."""

    def add_root_elements(self, handler: Any) -> None:
        """Write RSS's channel elements, then the channel image when known."""
        super().add_root_elements(handler)
        if self.feed.get("logo"):
            handler.startElement("image", {})
            handler.addQuickElement("url", self.feed["logo"])
            handler.addQuickElement("title", self.feed["title"])
            handler.addQuickElement("link", self.feed["link"])
            handler.endElement("image")


def brand_urls(base: str, brand: Any) -> dict[str, str]:
    """Return the feed's ``icon`` and ``logo`` URLs from the ``mowjaz_brand`` record."""
    if brand is None:
        return {}
    return {
        "icon": absolute_url(base, brand.touch_icon),
        "logo": absolute_url(base, brand.logo),
    }


class FeedWriter(Writer):
    """Pelican's Writer with feeds that carry language, ids, authors and RTL HTML."""

    def __init__(self, output_path: str, settings: Mapping[str, Any] | None = None):
        super().__init__(output_path, settings=settings)
        self.mowjaz = Config.from_settings(self.settings)
        self.base = site_base(self.settings)
        self.labels = entry_labels(self.settings)
        # An article is in several feeds (all, its category, its tags; Atom and
        # RSS): its entry HTML is made once per build.
        self._entries: dict[int, tuple[Any, EntryParts, str]] = {}

    def _create_new_feed(
        self, feed_type: str, feed_title: str | None, context: Mapping[str, Any]
    ) -> SyndicationFeed:
        feed_class = BrandedRssFeed if feed_type == "rss" else BrandedAtomFeed
        site_name = _plain(context.get("SITENAME", ""))
        title = f"{site_name} - {_plain(feed_title)}" if feed_title else site_name
        feed_url = iri_to_uri(self.feed_url)
        subtitle = _plain(context.get("SITESUBTITLE", "")) or site_name
        return feed_class(
            title=title,
            link=absolute_url(self.base, ""),
            feed_url=feed_url,
            feed_guid=feed_url,
            description=subtitle,
            subtitle=subtitle,
            language=str(self.settings.get("DEFAULT_LANG") or "ar"),
            author_name=_plain(self.settings.get("AUTHOR") or site_name) or None,
            **brand_urls(self.base, context.get("mowjaz_brand")),
        )

    def _add_item_to_the_feed(self, feed: SyndicationFeed, item: Any) -> None:
        link = absolute_url(self.base, item.url)
        if self.settings.get("FEED_APPEND_REF"):
            link += "?ref=feed"
        full = self.mowjaz.feed_full_content
        parts, html = self._entry(item)
        is_rss = isinstance(feed, Rss201rev2Feed)
        timezone = self.settings.get("TIMEZONE")
        modified = getattr(item, "modified", None)
        feed.add_item(
            title=_plain(item.title),
            link=link,
            unique_id=entry_id(self.base, item),
            unique_id_is_permalink=False,
            description=html if is_rss or not full else self._summary(item, parts),
            content=html if full and not is_rss else None,
            categories=_categories(item),
            author_name=_author(item, self.settings),
            pubdate=set_date_tzinfo(item.date, timezone),
            updateddate=set_date_tzinfo(modified, timezone) if modified else None,
            enclosures=image_enclosures(self.base, item),
        )

    def _entry(self, item: Any) -> tuple[EntryParts, str]:
        """Return the entry parts and HTML of ``item``, made once per build."""
        found = self._entries.get(id(item))
        if found is None or found[0] is not item:
            full = self.mowjaz.feed_full_content
            parts = entry_parts(item, self.base, full_content=full)
            found = (item, parts, entry_html(parts, self.labels))
            self._entries[id(item)] = found
        return found[1], found[2]

    def _summary(self, item: Any, parts: EntryParts) -> str | None:
        """Return the Atom ``<summary>``: the summary, right to left, or None."""
        summary = str(item.summary or "").strip()
        if not summary:
            return None
        return entry_html(EntryParts(body_html=summary, lang=parts.lang), self.labels)


def _categories(item: Any) -> list[str]:
    names = []
    if getattr(item, "category", None):
        names.append(_plain(item.category))
    names.extend(_plain(tag) for tag in getattr(item, "tags", None) or ())
    return [name for name in dict.fromkeys(names) if name]


def _author(item: Any, settings: Mapping[str, Any]) -> str:
    """Return the brief's author, else the site's ``AUTHOR`` or name."""
    for candidate in (
        getattr(item, "author", None),
        settings.get("AUTHOR"),
        settings.get("SITENAME"),
    ):
        name = _plain(candidate)
        if name:
            return name
    return "-"


def get_writer(pelican: Any) -> type[Writer]:
    """``get_writer`` receiver: Pelican writes everything with :class:`FeedWriter`."""
    del pelican  # the writer reads its settings when Pelican creates it
    return FeedWriter
