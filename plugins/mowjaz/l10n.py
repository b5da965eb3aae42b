"""Localisation for the theme: Babel dates and gettext catalogs (no Pelican here).

``pelicanconf.py`` calls :func:`jinja_settings` so that the theme is localised even
when the Mowjaz plugin is switched off (``-e 'PLUGINS=[]'``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.support import NullTranslations, Translations


def make_date_filter(locale: str) -> Any:
    """Return a Jinja filter formatting a date in ``locale`` (Babel patterns)."""
    parsed = Locale.parse(locale)

    def localized_date(value: dt.date | dt.datetime, pattern: str = "long") -> str:
        if isinstance(value, dt.datetime):
            value = value.date()
        return format_date(value, format=pattern, locale=parsed)

    return localized_date


def load_translations(translations_dir: str | Path, locale: str) -> NullTranslations:
    """Load the compiled catalog for ``locale`` (a null catalog when there is none)."""
    return Translations.load(str(translations_dir), locales=[locale], domain="messages")


def jinja_settings(theme_dir: str | Path, locale: str) -> dict[str, Any]:
    """Return Pelican ``JINJA_*`` settings that localise the theme for ``locale``."""
    translations = load_translations(Path(theme_dir) / "translations", locale)
    return {
        "JINJA_ENVIRONMENT": {
            "extensions": ["jinja2.ext.i18n"],
            "trim_blocks": True,
            "lstrip_blocks": True,
        },
        "JINJA_FILTERS": {"localized_date": make_date_filter(locale)},
        "JINJA_GLOBALS": {
            "gettext": translations.gettext,
            "ngettext": translations.ngettext,
            "_": translations.gettext,
        },
    }
