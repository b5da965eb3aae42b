"""Pelican wiring: each handler reads the Config, calls pure code, attaches results."""

from __future__ import annotations

from typing import Any

from pelican import signals
from pelican.contents import Article

from . import feeds, render, safety, sitemaps, writer


def begin_build(generator: Any) -> None:
    """Open the build's cache; briefs are analysed from now on, as they are read."""
    render.open_build(generator.settings)


def analyse_when_read(instance: Any) -> None:
    """Hand a brief just read to its build's analysis (Pelican reads on meanwhile)."""
    build = render.build_of(getattr(instance, "settings", None) or {})
    if build is not None and isinstance(instance, Article):
        build.add(instance)


def ask_terms(generator: Any) -> None:
    """Pelican has read every brief: have the workers find index terms first."""
    build = render.build_of(generator.settings)
    if build is not None:
        build.stream.ask_terms()


def relate_articles(generator: Any) -> None:
    """Attach related stories to every article; key points and quotes follow.

    They are attached as each article is written (:func:`enrich_before_writing`),
    so the workers go on analysing while Pelican writes.
    """
    build = render.build_of(generator.settings) or render.open_build(generator.settings)
    articles = list(render.all_articles(generator))
    render.pin_urls(articles)
    # Briefs Pelican took from its own cache were not read: analyse them too.
    for article in articles:
        build.add(article)
    build.plan(articles)
    # Related stories need the index terms of every brief: the workers find them
    # first, then go on with the rest meanwhile.
    build.take_terms()
    render.attach_related(
        generator.articles,
        build.config,
        build.derived,
        others=articles,
        submit=build.stream.lend,
    )


def enrich_before_writing(generator: Any, content: Any) -> None:
    """Attach key points and quotes to an article about to be written."""
    build = render.build_of(generator.settings)
    if build is not None:
        build.enrich(content)


def finish_articles(generator: Any, writer: Any) -> None:
    """Every article page is written: enrich the rest, write held feeds, save."""
    build = render.build_of(generator.settings)
    if build is not None:
        build.enrich_all()
    write_held = getattr(writer, "write_held_feeds", None)
    if write_held is not None:
        write_held()
    render.close_build(generator.settings)


def end_build(pelican: Any) -> None:
    """Stop the analysis of a build whose articles were never written."""
    render.close_build(pelican.settings, save=False)


def register() -> None:
    """Connect Mowjaz to Pelican's signals."""
    signals.initialized.connect(render.check_content_cache)
    signals.article_generator_init.connect(begin_build)
    signals.content_object_init.connect(safety.clean_content_metadata)
    signals.content_object_init.connect(analyse_when_read)
    signals.article_generator_pretaxonomy.connect(safety.reject_unsafe_articles)
    signals.article_generator_pretaxonomy.connect(ask_terms)
    signals.page_generator_finalized.connect(safety.reject_unsafe_pages)
    signals.static_generator_finalized.connect(safety.drop_outside_static_files)
    signals.article_generator_finalized.connect(relate_articles)
    signals.article_generator_finalized.connect(feeds.keep_editorial_dates)
    signals.page_generator_finalized.connect(feeds.keep_editorial_dates)
    signals.article_generator_write_article.connect(enrich_before_writing)
    signals.article_writer_finalized.connect(finish_articles)
    signals.finalized.connect(end_build)
    signals.get_writer.connect(writer.get_writer)
    signals.get_generators.connect(sitemaps.get_generators)
