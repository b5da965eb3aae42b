"""Pelican wiring: each handler reads the Config, calls pure code, attaches results."""

from __future__ import annotations

from typing import Any

from pelican import signals

from . import render
from .config import Config


def enrich_articles(generator: Any) -> None:
    """Attach key points, quotes and related stories to every article."""
    config = Config.from_settings(generator.settings)
    for article in render.all_articles(generator):
        render.attach_key_points(article, config)
        render.attach_quotes(article, config)
    render.attach_related(generator.articles, config)


def register() -> None:
    """Connect Mowjaz to Pelican's signals."""
    signals.article_generator_finalized.connect(enrich_articles)
