"""Pelican settings for the Mowjaz demo site (`make html`, `make serve`)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "plugins"))

from mowjaz.l10n import jinja_settings  # noqa: E402

AUTHOR = "فريق موجز"
# Authors typed Organization in JSON-LD (every other author is a Person).
MOWJAZ_ORGANIZATION_AUTHORS = [AUTHOR]
SITENAME = "موجز"
SITESUBTITLE = "أخبار مختصرة بالعربية"
SITEURL = "http://localhost:8000"
# Links between pages are relative, so the site also works opened from disk;
# feeds and metadata use FEED_DOMAIN/SITEURL, which are absolute.
RELATIVE_URLS = True

PATH = "content"
ARTICLE_PATHS = ["briefs"]
# A brief with no Category line (`mowjaz import` without --category) is filed under
# DEFAULT_CATEGORY, never under its folder's name: "briefs" would show in the menu.
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = "عام"
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
THEME = "theme"

TIMEZONE = "Africa/Algiers"
DEFAULT_LANG = "ar"
# Babel locale for dates and UI strings (ar, ar_DZ, ar_MA, ar_TN, en ...).
# ar_DZ and ar_TN give the Maghreb month names (فيفري، أوت) the demo's readers use;
# plain "ar" gives the Mashriq ones (فبراير، أغسطس).
MOWJAZ_LOCALE = "ar_DZ"
# Digits in dates and page numbers: "latn" (0-9) or "arab" (Arabic-Indic).
MOWJAZ_DIGITS = "latn"
DEFAULT_DATE = "fs"
DEFAULT_PAGINATION = 10
# Every template Pelican renders is the theme's own. "404" renders 404.html (its links
# start from the site root: it is served at any depth); "search" renders search.html,
# the page that queries the Pagefind index.
DIRECT_TEMPLATES = [
    "index",
    "tags",
    "categories",
    "authors",
    "archives",
    "search",
    "404",
]
MONTH_ARCHIVE_URL = "archives/{date:%Y}-{date:%m}.html"
MONTH_ARCHIVE_SAVE_AS = "archives/{date:%Y}-{date:%m}.html"

# Briefs are untrusted: mowjaz.site.markdown_ext (listed after "extra", whose md_in_html
# would bring raw HTML back) escapes raw HTML and drops unsafe links and attributes.
# Table alignment uses the align attribute: a strict CSP blocks style attributes.
MARKDOWN = {
    "extensions": [
        "markdown.extensions.codehilite",
        "markdown.extensions.extra",
        "markdown.extensions.meta",
        "mowjaz.site.markdown_ext",
    ],
    "extension_configs": {
        "markdown.extensions.codehilite": {"css_class": "highlight"},
        "markdown.extensions.extra": {"tables": {"use_align_attribute": True}},
    },
    "output_format": "html5",
}

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["mowjaz"]

# Rebuilds redo only what changed (README, "Benchmarks").  Pelican keeps what its
# readers made of each brief, checked by a hash of the file (not its mtime), in
# cache/pelican; the reader layer caches text and metadata only, never the Mowjaz
# attributes set later.  Mowjaz clears that cache when the Markdown settings or its
# own code change.  Mowjaz keeps what it derives (key points, quotes, related
# stories) in MOWJAZ_CACHE_PATH, relative to the folder holding PATH ("" disables).
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
CACHE_PATH = "cache/pelican"
CHECK_MODIFIED_METHOD = "sha256"
GZIP_CACHE = False
MOWJAZ_CACHE_PATH = "cache/mowjaz"

# Slugs keep Arabic letters: no transliteration, no diacritics, no tatweel.
SLUGIFY_USE_UNICODE = True
SLUGIFY_SOURCE = "title"
_ARABIC_SLUG_RULES = [
    # Escapes, not literal marks: Pelican NFKC-normalises patterns, which would
    # reorder literal combining marks and break the character ranges.
    (r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]", ""),
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]
SLUG_REGEX_SUBSTITUTIONS = _ARABIC_SLUG_RULES
CATEGORY_REGEX_SUBSTITUTIONS = _ARABIC_SLUG_RULES
TAG_REGEX_SUBSTITUTIONS = _ARABIC_SLUG_RULES
AUTHOR_REGEX_SUBSTITUTIONS = _ARABIC_SLUG_RULES

ARTICLE_URL = "{slug}.html"
ARTICLE_SAVE_AS = "{slug}.html"

# Feeds, sitemaps and page metadata (canonical links, Open Graph, JSON-LD) build
# their absolute URLs from FEED_DOMAIN: it stays absolute while RELATIVE_URLS makes
# SITEURL relative inside templates.  publishconf.py sets it to the real host.
FEED_DOMAIN = SITEURL
FEED_MAX_ITEMS = 100
# Feed entries carry the whole brief (False: the summary); key points, quotes and
# related stories are in the entry either way.  Replaces RSS_FEED_SUMMARY_ONLY.
MOWJAZ_FEED_FULL_CONTENT = True
# sitemap.xml lists every page; the Google News sitemap lists the briefs published
# within MOWJAZ_NEWS_SITEMAP_DAYS before the build time (MOWJAZ_BUILD_TIME, else
# SOURCE_DATE_EPOCH, else the clock); robots.txt names both ("" writes no file).
MOWJAZ_SITEMAP_PATH = "sitemap.xml"
MOWJAZ_NEWS_SITEMAP_PATH = "news-sitemap.xml"
MOWJAZ_NEWS_SITEMAP_DAYS = 2
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
CATEGORY_FEED_RSS = "feeds/{slug}.rss.xml"
TAG_FEED_ATOM = "feeds/tag-{slug}.atom.xml"
TAG_FEED_RSS = "feeds/tag-{slug}.rss.xml"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None

# Localised, autoescaping Jinja environment; keep this line after MOWJAZ_LOCALE and
# MOWJAZ_DIGITS (a site that changes them elsewhere calls jinja_settings again).
globals().update(jinja_settings(HERE / THEME, MOWJAZ_LOCALE, MOWJAZ_DIGITS))
