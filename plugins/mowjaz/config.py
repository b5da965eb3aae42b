"""Mowjaz settings: every default in one place, read once into a frozen Config.

Each setting is read from ``pelicanconf.py`` as ``MOWJAZ_<NAME>`` (upper case), for
example ``MOWJAZ_KEY_POINTS_COUNT = 4``.  Values are validated here, once, and a bad
value raises :class:`ConfigError` naming the setting.  Pelican's settings are never
written to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .l10n import LocalisationError, site_locale
from .text.slug import SLUG_MAX_CHARS

# A shorter slug cap would leave most headlines a word or two.
SLUG_MIN_CHARS = 20

PREFIX = "MOWJAZ_"


class ConfigError(ValueError):
    """A Mowjaz setting has a value that cannot work."""


@dataclass(frozen=True, slots=True)
class Config:
    """Documented defaults for every Mowjaz setting (see README, "Settings")."""

    # Key points box: how many bullets to extract when the editor wrote none (3-5).
    key_points_count: int = 4
    # Quote sidebar: at most this many quotations shown beside the body.
    quotes_max: int = 4
    # Related stories: at most this many links under each brief.
    related_top_k: int = 5
    # Related stories: content-similarity links below this score are not shown.
    related_min_score: float = 0.12
    # Related stories: two briefs at least this similar are the same story (a warning).
    related_duplicate_score: float = 0.97
    # Importer: extra line prefixes that mark related-story hints ("اقرأ أيضا:" ...).
    related_hint_prefixes: tuple[str, ...] = ()
    # Importer: extra whole lines that are site noise and are dropped.
    boilerplate_lines: tuple[str, ...] = ()
    # Feeds: put the whole brief in feed entries (False: the summary only).
    feed_full_content: bool = True
    # Sitemaps: where sitemap.xml (every page) is written; "" writes none.
    sitemap_path: str = "sitemap.xml"
    # Sitemaps: where the Google News sitemap is written; "" writes none.
    news_sitemap_path: str = "news-sitemap.xml"
    # Sitemaps: the news sitemap lists briefs this many days old or newer, counted
    # back from the build time (Google News reads two days).
    news_sitemap_days: int = 2
    # Sitemaps: the build time the news window counts from, ISO 8601 ("" = the
    # SOURCE_DATE_EPOCH environment variable when set, else the clock).
    build_time: str = ""
    # Where robots.txt (with a Sitemap: line per sitemap written) goes; "" writes none.
    robots_path: str = "robots.txt"
    # Identity: the publisher's logo, a raster image (PNG, JPEG, WebP; square, 512 px
    # or more) inside the content folder; "" draws the default logo.  The favicon,
    # apple-touch-icon and feed icons are made from it.
    logo: str = ""
    # Identity: the publisher's schema.org type, "NewsMediaOrganization" or
    # "Organization".
    publisher_type: str = "NewsMediaOrganization"
    # Identity: author names typed Organization in JSON-LD (a desk, an agency, the
    # team); every other author is a Person.
    organization_authors: tuple[str, ...] = ()
    # Images: the share image of pages without a lead image, a file in the content
    # folder's images/ (e.g. "site.jpg"); "" uses a card drawn from the logo.
    default_image: str = ""
    # Speed: write .gz and .br copies of every HTML, XML, CSS, JS, JSON, SVG and TXT
    # file (publishconf.py turns it on for `make publish`).
    precompress: bool = False
    # Speed: put the webfont's @font-face rules in a <style> element of every page
    # instead of the main stylesheet (a CSP like default-src 'self' blocks it).
    inline_font_faces: bool = False
    # Build: treat content warnings as failures (exit non-zero).
    fail_on_warnings: bool = False
    # Build: write drafts (Status: draft) to drafts/ for a preview; off for
    # `make html` and `make publish` (drafts never reach a published site), on for
    # `make devserver`.
    preview_drafts: bool = False
    # Search: build the Pagefind index after Pelican (False: no search bundle).
    search: bool = True
    # Cache folder for derived data (key points, quotes, term vectors); "" disables.
    cache_path: str = "cache/mowjaz"
    # Processes that analyse briefs on a cold build, Pelican's own included: 0 = one
    # per CPU (on two cores, one worker beside Pelican), 1 = all in Pelican's
    # process (worker processes start only for 50 briefs or more).
    workers: int = 0
    # Build: read Markdown with one Markdown instance, reset between files (False:
    # Pelican's reader, which makes a new instance for every file).
    reuse_markdown: bool = True
    # Time zone used for imported briefs' dates.
    timezone: str = field(default="Africa/Algiers")
    # Import: longest slug (characters) made from a headline; a longer one drops its
    # stop words (في، من، على …), then is cut after a whole word.
    slug_max_chars: int = 60
    # Theme: Babel locale of dates, UI strings and page direction (ar_DZ, en ...).
    locale: str = "ar"
    # Theme: digits in dates and page numbers, "latn" (0-9) or "arab" (Arabic-Indic).
    digits: str = "latn"

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> Config:
        """Build a Config from Pelican settings, keeping defaults for unset names."""
        values: dict[str, Any] = {}
        for spec in dataclasses.fields(cls):
            key = PREFIX + spec.name.upper()
            if key in settings:
                values[spec.name] = _coerce(key, str(spec.type), settings[key])
        if "TIMEZONE" in settings and "timezone" not in values:
            values["timezone"] = str(settings["TIMEZONE"])
        config = cls(**values)
        config.validate()
        return config

    def validate(self) -> None:
        """Raise ConfigError when a value is out of its range."""
        if self.key_points_count not in {3, 4, 5}:
            raise ConfigError(
                f"{PREFIX}KEY_POINTS_COUNT must be 3, 4 or 5, "
                f"not {self.key_points_count}"
            )
        for name in ("quotes_max", "related_top_k", "workers"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{PREFIX}{name.upper()} must be 0 or more")
        if self.news_sitemap_days < 1:
            raise ConfigError(f"{PREFIX}NEWS_SITEMAP_DAYS must be 1 or more")
        if not SLUG_MIN_CHARS <= self.slug_max_chars <= SLUG_MAX_CHARS:
            raise ConfigError(
                f"{PREFIX}SLUG_MAX_CHARS must be between {SLUG_MIN_CHARS} "
                f"and {SLUG_MAX_CHARS}"
            )
        self._validate_publishing()
        for name in ("sitemap_path", "news_sitemap_path", "robots_path"):
            if getattr(self, name).startswith(("/", "..")):
                raise ConfigError(
                    f"{PREFIX}{name.upper()} must be a path inside the output folder"
                )
        for name in ("related_min_score", "related_duplicate_score"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ConfigError(f"{PREFIX}{name.upper()} must be between 0 and 1")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ConfigError(
                f"{PREFIX}TIMEZONE (or TIMEZONE) {self.timezone!r} is not a time zone"
            ) from error
        try:
            site_locale(self.locale, self.digits)
        except LocalisationError as error:
            raise ConfigError(str(error)) from error

    def _validate_publishing(self) -> None:
        """Check the identity, image and build-time settings."""
        if self.publisher_type not in {"NewsMediaOrganization", "Organization"}:
            raise ConfigError(
                f"{PREFIX}PUBLISHER_TYPE must be NewsMediaOrganization or "
                f"Organization, not {self.publisher_type!r}"
            )
        for name in ("logo", "default_image"):
            if getattr(self, name).startswith(("/", "..")):
                raise ConfigError(
                    f"{PREFIX}{name.upper()} must be a path inside the content folder"
                )
        if self.build_time:
            try:
                dt.datetime.fromisoformat(self.build_time)
            except ValueError as error:
                raise ConfigError(
                    f"{PREFIX}BUILD_TIME must be an ISO 8601 date and time, "
                    f"not {self.build_time!r}"
                ) from error


def _coerce(key: str, type_name: str, value: Any) -> Any:
    """Turn a settings value into the declared type, or raise ConfigError."""
    wrong = ConfigError(f"{key}: expected {type_name}, got {value!r}")
    if type_name == "bool":
        if not isinstance(value, bool):
            raise wrong
        return value
    if type_name in {"int", "float"}:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise wrong
        try:
            return int(value) if type_name == "int" else float(value)
        except ValueError as error:
            raise wrong from error
    if type_name == "str":
        return str(value)
    if type_name.startswith("tuple"):
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise wrong
        return tuple(str(item) for item in value)
    return value
