"""Localisation for the theme: Babel dates, digits and gettext catalogs (no Pelican).

``pelicanconf.py`` calls :func:`jinja_settings` so that the theme is localised even
when the Mowjaz plugin is switched off (``-e 'PLUGINS=[]'``).

Catalogs live in ``theme/translations/<locale>/LC_MESSAGES/messages.po``; the msgids
are the Arabic UI strings themselves (Arabic is the theme's source language), so a
catalog for another language translates them.  ``make html`` compiles each ``.po``
into a ``.mo``; when a ``.mo`` is missing or older than its ``.po`` the ``.po`` is
read directly, so a fresh checkout and the tests still get every string.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import (
    format_date,
    format_datetime,
    format_skeleton,
    format_time,
    get_datetime_format,
)
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

logger = logging.getLogger(__name__)

DOMAIN = "messages"
_DATE_STYLES = frozenset({"short", "medium", "long", "full"})
# Styles whose text depends on the day alone (not the time or the time zone).
_DAY_STYLES = _DATE_STYLES | {"month"}
DIGIT_SYSTEMS = ("latn", "arab")
# ASCII digits to Arabic-Indic digits (U+0660..U+0669), written as code points.
_ARABIC_INDIC = str.maketrans({str(n): chr(0x0660 + n) for n in range(10)})
# The webfont's stylesheet, written by tools/fetch_font.py (absent without npm).
WEBFONT_CSS = Path("static") / "fonts" / "fonts.css"


class LocalisationError(ValueError):
    """A locale or digits setting that the theme cannot use."""


@dataclass(frozen=True, slots=True)
class SiteLocale:
    """What the templates need to know about the site's language."""

    tag: str
    language: str
    direction: str
    digits: str


def site_locale(locale: str, digits: str = "latn") -> SiteLocale:
    """Check ``locale`` and ``digits`` and describe them for the templates."""
    if digits not in DIGIT_SYSTEMS:
        raise LocalisationError(
            f"MOWJAZ_DIGITS must be one of {', '.join(DIGIT_SYSTEMS)}, not {digits!r}"
        )
    try:
        parsed = Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError) as error:
        raise LocalisationError(
            f"MOWJAZ_LOCALE {locale!r} is not a locale Babel knows"
        ) from error
    direction = "rtl" if parsed.character_order == "right-to-left" else "ltr"
    return SiteLocale(
        tag=str(parsed).replace("_", "-"),
        language=parsed.language,
        direction=direction,
        digits=digits,
    )


def localize_digits(text: str, digits: str) -> str:
    """Write the ASCII digits of ``text`` in the ``digits`` system."""
    return text.translate(_ARABIC_INDIC) if digits == "arab" else text


def make_date_filter(locale: str, digits: str = "latn") -> Callable[..., str]:
    """Return a Jinja filter formatting a date in ``locale``.

    The filter's ``style`` is a Babel date style (``short`` ... ``full``, default
    ``long``), ``datetime`` (long date and short time), ``month`` (month and year,
    for archives) or any Babel date-time pattern.
    """
    return DateFilter(locale, digits)


# The settings hold the filters and catalog functions below, and Pelican's content
# cache pickles the settings (inside every Category, Tag and Author it caches): each
# is a module-level class that pickles as its arguments, never a closure.


class DateFilter:
    """The ``localized_date`` filter: ``DateFilter(locale, digits)(value, style)``."""

    def __init__(self, locale: str, digits: str = "latn") -> None:
        self.locale = locale
        self.digits = digits
        self._parsed = Locale.parse(locale)
        # Styles that show the day only: a site shows the same days many times
        # (cards, archives, related links), so each is formatted once.
        self._days: dict[tuple[dt.date, str], str] = {}

    def __call__(self, value: dt.date | dt.datetime, style: str = "long") -> str:
        """Return ``value`` formatted in the filter's locale and digits."""
        if style not in _DAY_STYLES:
            return self._format(value, style)
        day = value.date() if isinstance(value, dt.datetime) else value
        key = (day, style)
        found = self._days.get(key)
        if found is None:
            found = self._days[key] = self._format(day, style)
        return found

    def _format(self, value: dt.date | dt.datetime, style: str) -> str:
        return localize_digits(
            format_localized(value, style, self._parsed), self.digits
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (DateFilter, (self.locale, self.digits))


class NumberFilter:
    """The ``localized_number`` filter: writes a number in ``digits``."""

    def __init__(self, digits: str = "latn") -> None:
        self.digits = digits

    def __call__(self, value: Any) -> str:
        """Return ``value`` as text in the filter's digits."""
        return localize_digits(str(value), self.digits)


class CatalogFunction:
    """``gettext`` or ``ngettext`` of the theme's catalog for ``locale``."""

    def __init__(
        self,
        translations_dir: str,
        locale: str,
        name: str,
        translations: NullTranslations | None = None,
    ) -> None:
        self.arguments = (translations_dir, locale, name)
        catalog = translations or load_translations(translations_dir, locale)
        self._function = getattr(catalog, name)

    def __call__(self, *args: Any) -> str:
        """Translate, as ``gettext(message)`` or ``ngettext(one, many, n)``."""
        return str(self._function(*args))

    def __reduce__(self) -> tuple[Any, ...]:
        return (CatalogFunction, self.arguments)


def autoescape(template_name: str | None) -> bool:
    """Escape HTML and XML templates and templates from strings (Jinja's default)."""
    if template_name is None:
        return True
    return template_name.lower().endswith((".html", ".htm", ".xml"))


def format_localized(value: dt.date | dt.datetime, style: str, locale: Locale) -> str:
    """Format ``value`` in ``locale`` with one of the filter's styles."""
    day = value.date() if isinstance(value, dt.datetime) else value
    if style in _DATE_STYLES:
        return format_date(day, format=style, locale=locale)
    if style == "month":
        return format_skeleton("yMMMM", day, locale=locale)
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    if style == "datetime":
        time = format_time(value, format="short", tzinfo=value.tzinfo, locale=locale)
        glue = str(get_datetime_format("long", locale=locale))
        return glue.replace("{1}", format_date(day, "long", locale)).replace(
            "{0}", time
        )
    return format_datetime(value, format=style, tzinfo=value.tzinfo, locale=locale)


def make_number_filter(digits: str = "latn") -> Callable[[Any], str]:
    """Return a Jinja filter writing a number (page, count) in ``digits``."""
    return NumberFilter(digits)


def catalog_candidates(locale: str) -> list[str]:
    """Catalog folder names to try for ``locale``, most specific first."""
    parsed = Locale.parse(locale)
    names = [str(parsed)]
    if parsed.territory or parsed.script:
        names.append(parsed.language)
    return names


def load_translations(translations_dir: str | Path, locale: str) -> NullTranslations:
    """Load the catalog for ``locale`` or its language (a null catalog if none).

    A compiled ``.mo`` newer than its ``.po`` is used as it is; otherwise the
    ``.po`` is compiled in memory.
    """
    folder = Path(translations_dir)
    for name in catalog_candidates(locale):
        messages = folder / name / "LC_MESSAGES"
        po_file, mo_file = messages / f"{DOMAIN}.po", messages / f"{DOMAIN}.mo"
        if mo_file.exists() and (
            not po_file.exists() or mo_file.stat().st_mtime >= po_file.stat().st_mtime
        ):
            with mo_file.open("rb") as stream:
                return Translations(stream, domain=DOMAIN)
        if po_file.exists():
            logger.debug("catalog %s is not compiled; reading it directly", po_file)
            return _translations_from_po(po_file)
    return NullTranslations()


def _translations_from_po(po_file: Path) -> Translations:
    with po_file.open("rb") as stream:
        catalog = read_po(stream, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def jinja_settings(
    theme_dir: str | Path, locale: str = "ar", digits: str = "latn"
) -> dict[str, Any]:
    """Return Pelican ``JINJA_*`` settings that localise the theme for ``locale``.

    Autoescaping is on for HTML and XML templates: the theme marks rendered article
    bodies and summaries ``|safe`` itself, everything else is escaped.
    """
    described = site_locale(locale, digits)
    folder = str(Path(theme_dir) / "translations")
    translations = load_translations(folder, locale)
    gettext = CatalogFunction(folder, locale, "gettext", translations)
    return {
        "JINJA_ENVIRONMENT": {
            "extensions": ["jinja2.ext.i18n"],
            "autoescape": autoescape,
            "trim_blocks": True,
            "lstrip_blocks": True,
        },
        "JINJA_FILTERS": {
            "localized_date": make_date_filter(locale, digits),
            "localized_number": make_number_filter(digits),
        },
        "JINJA_GLOBALS": {
            "gettext": gettext,
            "ngettext": CatalogFunction(folder, locale, "ngettext", translations),
            "_": gettext,
            "MOWJAZ_DIR": described.direction,
            "MOWJAZ_LANG_TAG": described.tag,
            "MOWJAZ_WEBFONT": (Path(theme_dir) / WEBFONT_CSS).exists(),
        },
    }
