"""Dates as newsrooms and feeds write them: the one date parser of the package."""

from __future__ import annotations

import datetime as dt
import unicodedata
from email.utils import parsedate_to_datetime

from .normalize import fold_digits


def parse_datetime(value: str, zone: dt.tzinfo | None = dt.UTC) -> dt.datetime | None:
    """Return an ISO 8601 or RFC 2822 date; one without an offset is in ``zone``.

    With ``zone=None`` a date without an offset is returned naive.

    Arabic-Indic and Persian digits are read as ASCII digits, full-width forms as
    their ASCII forms (NFKC).  Returns None when ``value`` is neither.
    """
    text = fold_digits(unicodedata.normalize("NFKC", value)).strip()
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if moment.tzinfo is not None or zone is None:
        return moment
    return moment.replace(tzinfo=zone)
