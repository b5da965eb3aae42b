"""Pelican settings for the Mowjaz demo site (development: `make html`, `make serve`)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "plugins"))

from mowjaz.l10n import jinja_settings  # noqa: E402

AUTHOR = "فريق موجز"
SITENAME = "موجز"
SITESUBTITLE = "أخبار مختصرة بالعربية"
SITEURL = "http://localhost:8000"
# Links between pages are relative, so the site also works opened from disk;
# feeds and metadata use FEED_DOMAIN/SITEURL, which are absolute.
RELATIVE_URLS = True

PATH = "content"
ARTICLE_PATHS = ["briefs"]
PAGE_PATHS = ["pages"]
STATIC_PATHS: list[str] = []
THEME = "theme"

TIMEZONE = "Africa/Algiers"
DEFAULT_LANG = "ar"
# Babel locale for dates and UI strings (ar, ar_DZ, ar_MA, ar_TN, en ...).
MOWJAZ_LOCALE = "ar_DZ"
DEFAULT_DATE = "fs"
DEFAULT_PAGINATION = 10

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["mowjaz"]

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

FEED_DOMAIN = SITEURL
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

globals().update(jinja_settings(HERE / THEME, MOWJAZ_LOCALE))
