"""Sitemaps and robots.txt: every page, a Google News sitemap of recent briefs.

The builders (:func:`sitemap_xml`, :func:`news_sitemap_xml`, :func:`recent_news`,
:func:`robots_txt`) take plain records and return bytes.  :class:`SitemapGenerator`
is the thin glue: the plugin hands it to Pelican from the ``get_generators`` signal
(as the pelican-sitemap plugin does), and once every generator has filled the shared
context it writes the files.  URLs are absolute from ``FEED_DOMAIN`` (``SITEURL``
when it is unset).

"Recent" counts back from the build time (Google News reads the last two days):
``MOWJAZ_BUILD_TIME`` when set (reproducible builds, tests), else
``SOURCE_DATE_EPOCH`` when set, else the clock.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from ..config import Config
from .generator import SiteGenerator
from .xmltext import absolute_url, is_absolute, plain_text, xml_safe

logger = logging.getLogger(__name__)

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
# Limits from sitemaps.org (50,000 URLs a file) and Google News (1,000 URLs a file).
MAX_URLS = 50_000
MAX_NEWS_URLS = 1_000
# Direct templates left out: the home page (listed first anyway), the search page
# and the error page, which have no content of their own for a crawler.
_NOT_LISTED = frozenset({"index", "search", "404"})


@dataclass(frozen=True, slots=True)
class SitemapUrl:
    """One page: its absolute URL and when it last changed (if known)."""

    loc: str
    lastmod: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class NewsItem:
    """One brief in the news sitemap."""

    loc: str
    title: str
    published: dt.datetime


def w3c_datetime(value: dt.datetime) -> str:
    """Return ``value`` in the W3C datetime profile (seconds, with an offset)."""
    text = value.replace(microsecond=0).isoformat()
    return text if value.utcoffset() is not None else text + "Z"


def sitemap_xml(urls: Iterable[SitemapUrl]) -> bytes:
    """Return a sitemaps.org 0.9 ``urlset`` listing ``urls`` once each, in order."""
    ET.register_namespace("", SITEMAP_NS)
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for url in _unique(urls)[:MAX_URLS]:
        node = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(node, f"{{{SITEMAP_NS}}}loc").text = xml_safe(url.loc)
        if url.lastmod is not None:
            lastmod = ET.SubElement(node, f"{{{SITEMAP_NS}}}lastmod")
            lastmod.text = w3c_datetime(url.lastmod)
    return _serialise(root)


def news_sitemap_xml(items: Sequence[NewsItem], *, name: str, language: str) -> bytes:
    """Return a Google News sitemap for ``items`` published by ``name``."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("news", NEWS_NS)
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for item in items[:MAX_NEWS_URLS]:
        node = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(node, f"{{{SITEMAP_NS}}}loc").text = xml_safe(item.loc)
        news = ET.SubElement(node, f"{{{NEWS_NS}}}news")
        publication = ET.SubElement(news, f"{{{NEWS_NS}}}publication")
        ET.SubElement(publication, f"{{{NEWS_NS}}}name").text = xml_safe(name)
        ET.SubElement(publication, f"{{{NEWS_NS}}}language").text = language
        date = ET.SubElement(news, f"{{{NEWS_NS}}}publication_date")
        date.text = w3c_datetime(item.published)
        ET.SubElement(news, f"{{{NEWS_NS}}}title").text = xml_safe(item.title)
    return _serialise(root)


def recent_news(
    items: Iterable[NewsItem], days: int, now: dt.datetime
) -> list[NewsItem]:
    """Return the items published within ``days`` before ``now``, newest first.

    Items dated after ``now`` (scheduled briefs already built) are kept.
    """
    if days <= 0:
        return []
    since = now - dt.timedelta(days=days)
    ordered = sorted(items, key=lambda item: item.published, reverse=True)
    return [item for item in ordered if item.published >= since]


def build_time(setting: str, environ: Mapping[str, str]) -> dt.datetime:
    """Return the moment the news window counts back from (always with an offset).

    ``setting`` is ``MOWJAZ_BUILD_TIME`` (ISO 8601; "" for none); then
    ``SOURCE_DATE_EPOCH`` from ``environ``; then the clock.
    """
    if setting:
        moment = dt.datetime.fromisoformat(setting)
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC)


def robots_txt(sitemaps: Sequence[str]) -> bytes:
    """Return a robots.txt that lets every crawler in and names the sitemaps."""
    lines = ["User-agent: *", "Allow: /", ""]
    lines += [f"Sitemap: {url}" for url in sitemaps]
    return ("\n".join(lines).rstrip("\n") + "\n").encode()


def news_language(lang: str) -> str:
    """Return the ISO 639 code Google News expects (``ar``, ``zh-cn``, ``zh-tw``)."""
    code = lang.replace("_", "-").lower()
    if code in {"zh-cn", "zh-tw"}:
        return code
    return code.split("-", 1)[0]


def _unique(urls: Iterable[SitemapUrl]) -> list[SitemapUrl]:
    seen: dict[str, SitemapUrl] = {}
    for url in urls:
        seen.setdefault(url.loc, url)
    return list(seen.values())


def _serialise(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


class SitemapGenerator(SiteGenerator):
    """Pelican generator that writes the sitemaps after the other generators ran."""

    def generate_output(self, writer: Any) -> None:
        """Write ``sitemap.xml`` and the news sitemap (Pelican calls this)."""
        del writer  # the files are XML built here, not rendered templates
        config = Config.from_settings(self.settings)
        base = str(self.settings.get("FEED_DOMAIN") or self.settings.get("SITEURL"))
        if not is_absolute(base):
            logger.warning(
                "no sitemaps: FEED_DOMAIN or SITEURL must be an absolute http(s) "
                "URL, not %r",
                base,
            )
            return
        written = []
        if config.sitemap_path:
            urls = site_urls(self.context, base) + direct_urls(self.settings, base)
            self._write(config.sitemap_path, sitemap_xml(urls))
            written.append(config.sitemap_path)
        if config.news_sitemap_path and self._write_news(config, base):
            written.append(config.news_sitemap_path)
        if config.robots_path:
            sitemaps = [absolute_url(base, name) for name in written]
            self._write(config.robots_path, robots_txt(sitemaps))

    def _write_news(self, config: Config, base: str) -> bool:
        """Write the news sitemap; False when no brief is recent enough."""
        now = build_time(config.build_time, os.environ)
        items = recent_news(
            news_items(self.context, base), config.news_sitemap_days, now
        )
        if not items:
            logger.info(
                "no news sitemap: no brief published within %d days of %s",
                config.news_sitemap_days,
                now.isoformat(),
            )
            return False
        data = news_sitemap_xml(
            items,
            name=str(self.settings.get("SITENAME") or ""),
            language=news_language(str(self.settings.get("DEFAULT_LANG", "ar"))),
        )
        self._write(config.news_sitemap_path, data)
        return True

    def _write(self, name: str, data: bytes) -> None:
        path = self.output_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        logger.info("Writing %s", path)


def site_urls(context: Mapping[str, Any], base: str) -> list[SitemapUrl]:
    """Every page Pelican writes: home, briefs, pages, categories, tags, authors."""
    articles = [*context.get("articles", ()), *_translations(context, "articles")]
    pages = [*context.get("pages", ()), *_translations(context, "pages")]
    newest = _latest(_changed(article) for article in articles)
    urls = [SitemapUrl(absolute_url(base, ""), newest)]
    urls += [SitemapUrl(absolute_url(base, doc.url), _changed(doc)) for doc in articles]
    urls += [SitemapUrl(absolute_url(base, page.url), _changed(page)) for page in pages]
    for key in ("categories", "tags", "authors"):
        urls += _grouping_urls(context.get(key, ()), base)
    return urls + _period_urls(context.get("period_archives") or {}, base)


def direct_urls(settings: Mapping[str, Any], base: str) -> list[SitemapUrl]:
    """Return the lists Pelican renders from ``DIRECT_TEMPLATES`` (archives ...)."""
    urls = []
    for name in settings.get("DIRECT_TEMPLATES", ()):
        if name in _NOT_LISTED:
            continue
        save_as = settings.get(f"{name.upper()}_SAVE_AS", f"{name}.html")
        if save_as:
            url = settings.get(f"{name.upper()}_URL", save_as)
            urls.append(SitemapUrl(absolute_url(base, url)))
    return urls


def news_items(context: Mapping[str, Any], base: str) -> list[NewsItem]:
    """Return the published briefs as news sitemap items."""
    return [
        NewsItem(
            loc=absolute_url(base, article.url),
            title=plain_text(str(article.title)),
            published=article.date,
        )
        for article in context.get("articles", ())
    ]


def _translations(context: Mapping[str, Any], key: str) -> list[Any]:
    return [
        translation
        for item in context.get(key, ())
        for translation in getattr(item, "translations", ())
    ]


def _grouping_urls(groups: Any, base: str) -> list[SitemapUrl]:
    """URLs of category, tag or author pages: ``(name, articles)`` pairs or a dict."""
    pairs = groups.items() if isinstance(groups, Mapping) else groups
    urls = []
    for group, members in pairs:
        if not getattr(group, "save_as", ""):
            continue
        lastmod = _latest(_changed(member) for member in members)
        urls.append(SitemapUrl(absolute_url(base, group.url), lastmod))
    return urls


def _period_urls(archives: Mapping[str, Any], base: str) -> list[SitemapUrl]:
    """URLs of the year, month and day archives Pelican writes."""
    return [
        SitemapUrl(
            absolute_url(base, period["url"]),
            _latest(_changed(item) for item in period.get("dates", ())),
        )
        for periods in archives.values()
        for period in periods
        if period.get("save_as")
    ]


def _latest(dates: Iterable[dt.datetime | None]) -> dt.datetime | None:
    """Return the latest of ``dates`` that is known, or None."""
    known = [date for date in dates if date is not None]
    return max(known) if known else None


def _changed(content: Any) -> dt.datetime | None:
    return getattr(content, "modified", None) or getattr(content, "date", None)


def get_generators(pelican: Any) -> type[SitemapGenerator]:
    """``get_generators`` receiver: Pelican runs :class:`SitemapGenerator` too."""
    del pelican  # the generator reads its settings when Pelican creates it
    return SitemapGenerator
