"""Pelican settings for publishing (`make publish`): absolute URLs on the real host."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("MOWJAZ_SITEURL", "https://mowjaz.example")
RELATIVE_URLS = False
# Feeds, sitemaps and page metadata take their absolute URLs from FEED_DOMAIN.
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True
# Hosts serve page.html.br and page.html.gz as they are (nginx brotli_static ...).
MOWJAZ_PRECOMPRESS = True
