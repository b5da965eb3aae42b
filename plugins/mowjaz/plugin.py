"""Pelican wiring: each handler reads the Config, calls pure code, attaches results."""

from __future__ import annotations

from typing import Any

from pelican import signals

from . import feeds, render, safety, sitemaps
from .config import Config


def enrich_articles(generator: Any) -> None:
    """Attach key points, quotes and related stories to every article."""
    config = Config.from_settings(generator.settings)
    derived = render.open_cache(generator.settings, config)
    articles = list(render.all_articles(generator))
    # Key points and quotes of uncached briefs run on the other cores meanwhile.
    pending = render.start_analysis(articles, config, derived)
    try:
        render.attach_related(generator.articles, config, derived, others=articles)
        render.finish_analysis(pending, config, derived)
    finally:
        pending.close()
    for article in articles:
        render.attach_key_points(article, config, derived)
        render.attach_quotes(article, config, derived)
    derived.save()


def register() -> None:
    """Connect Mowjaz to Pelican's signals."""
    signals.initialized.connect(render.check_content_cache)
    signals.content_object_init.connect(safety.clean_content_metadata)
    signals.article_generator_pretaxonomy.connect(safety.reject_unsafe_articles)
    signals.page_generator_finalized.connect(safety.reject_unsafe_pages)
    signals.static_generator_finalized.connect(safety.drop_outside_static_files)
    signals.article_generator_finalized.connect(enrich_articles)
    signals.article_generator_finalized.connect(feeds.keep_editorial_dates)
    signals.page_generator_finalized.connect(feeds.keep_editorial_dates)
    signals.get_writer.connect(feeds.get_writer)
    signals.get_generators.connect(sitemaps.get_generators)
