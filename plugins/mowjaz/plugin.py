"""Pelican wiring: each handler reads the Config, calls pure code, attaches results."""

from __future__ import annotations

import gc
from typing import Any

from pelican import signals
from pelican.contents import Article

from .site import enrich, feeds, reader, safety, sitemaps

# The analysis of each build under way, by its settings object (one per build).
_builds: dict[int, enrich.BuildAnalysis] = {}


def begin_build(generator: Any) -> None:
    """Open the build's cache; briefs are analysed from now on, as they are read.

    What the process holds before reading (Pelican, its settings, the modules) is
    frozen (:func:`gc.freeze`) until the build ends: the collector's full passes
    skip it, and so do not write to the pages the worker processes, forked while
    Pelican reads, share with this one (each write would copy a page).
    """
    gc.unfreeze()  # a failed build may have left its objects frozen
    for settings_id in list(_builds):  # left behind by a build that failed
        _builds.pop(settings_id).stream.close()
    gc.freeze()
    _builds[id(generator.settings)] = enrich.begin_analysis(generator.settings)


def analyse_when_read(instance: Any) -> None:
    """Hand a brief just read to its build's analysis (Pelican reads on meanwhile)."""
    build = _builds.get(id(getattr(instance, "settings", None)))
    if build is not None and isinstance(instance, Article):
        build.add(instance)


def enrich_articles(generator: Any) -> None:
    """Attach related stories to every article, and key points and quotes to come.

    What Pelican has read lives until the build ends, and what follows (related
    stories, writing) makes many objects: the collector's full passes would walk
    all that was read again and again.  It is frozen too (see :func:`begin_build`)
    until the build ends, so those passes look only at objects made since.

    Key points and quotes may be attached later, when first read: the workers
    then analyse the briefs still owed while Pelican writes, in the order it
    writes them (:meth:`mowjaz.site.enrich.BuildAnalysis.attach_all`).
    """
    gc.freeze()
    key = id(generator.settings)
    build = _builds[key] = _builds.get(key) or enrich.begin_analysis(generator.settings)
    try:
        articles = list(enrich.all_articles(generator))
        enrich.pin_urls(articles)
        # Briefs Pelican took from its own cache were not read: analyse them too.
        for article in articles:
            build.add(article)
        # Related stories need the index terms of every brief: the workers
        # find them first, then go on with the rest meanwhile, in the order
        # Pelican first reads the boxes: its feeds, then each article's page.
        build.take_terms([*enrich.feed_articles(generator), *articles])
        enrich.attach_related(
            generator.articles, build.config, build.derived, others=articles
        )
        build.attach_all(articles)
    except BaseException:
        _builds.pop(key, None)
        build.stream.close()
        raise


def finish_articles(generator: Any, writer: Any = None) -> None:
    """Once the articles are written: attach what no one read, save the cache."""
    del writer  # Pelican's article_writer_finalized passes it; nothing to write
    build = _builds.pop(id(generator.settings), None)
    if build is None:
        return
    try:
        build.finish()
    finally:
        build.stream.close()
    build.derived.save()


def end_build(pelican: Any) -> None:
    """Thaw what the build froze; stop the analysis of a build never finalised."""
    gc.unfreeze()
    build = _builds.pop(id(pelican.settings), None)
    if build is not None:
        build.stream.close()


def register() -> None:
    """Connect Mowjaz to Pelican's signals."""
    signals.initialized.connect(enrich.check_content_cache)
    signals.readers_init.connect(reader.reuse_markdown)
    signals.article_generator_init.connect(begin_build)
    signals.content_object_init.connect(safety.clean_content_metadata)
    signals.content_object_init.connect(analyse_when_read)
    signals.article_generator_pretaxonomy.connect(safety.reject_unsafe_articles)
    signals.page_generator_finalized.connect(safety.reject_unsafe_pages)
    signals.static_generator_finalized.connect(safety.drop_outside_static_files)
    signals.article_generator_finalized.connect(enrich_articles)
    signals.article_generator_finalized.connect(feeds.keep_editorial_dates)
    signals.article_writer_finalized.connect(finish_articles)
    signals.page_generator_finalized.connect(feeds.keep_editorial_dates)
    signals.finalized.connect(end_build)
    signals.get_writer.connect(feeds.get_writer)
    signals.get_generators.connect(sitemaps.get_generators)
