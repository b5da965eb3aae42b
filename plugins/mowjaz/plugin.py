"""Pelican wiring: each handler reads the Config, calls pure code, attaches results."""

from __future__ import annotations

import gc
from typing import Any

from pelican import signals
from pelican.contents import Article

from .site import (
    assets,
    brand,
    compress,
    drafts,
    enrich,
    feeds,
    identity,
    images,
    outputs,
    reader,
    safety,
    sitemaps,
)

# Where a build's enrichment lives: in the context Pelican makes for each build
# (``Pelican.run`` copies the settings into a new dict), which every generator and
# every brief read in that build share.  Nothing is kept between builds.
BUILD_KEY = "mowjaz_build"


def begin_build(generator: Any) -> None:
    """Open the build's cache; briefs are analysed from now on, as they are read.

    What the process holds before reading (Pelican, its settings, the modules) is
    frozen (:func:`gc.freeze`) until the build ends: the collector's full passes
    skip it, and so do not write to the pages the worker processes, forked while
    Pelican reads, share with this one (each write would copy a page).
    """
    gc.unfreeze()  # a failed build may have left its objects frozen
    gc.freeze()
    generator.context[BUILD_KEY] = enrich.begin_enrichment(generator.settings)


def analyse_when_read(instance: Any) -> None:
    """Hand a brief just read to its build's analysis (Pelican reads on meanwhile)."""
    # Pelican's Content keeps the build's context as ``_context`` (contents.py).
    context = getattr(instance, "_context", None) or {}
    build = context.get(BUILD_KEY) if isinstance(context, dict) else None
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
    writes them (:meth:`mowjaz.site.enrich.BuildEnrichment.attach_all`).
    """
    gc.freeze()
    build = generator.context.get(BUILD_KEY)
    if build is None:
        build = generator.context[BUILD_KEY] = enrich.begin_enrichment(
            generator.settings
        )
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
        generator.context.pop(BUILD_KEY, None)
        build.stream.close()
        raise


def finish_articles(generator: Any, writer: Any = None) -> None:
    """Once the articles are written: attach what no one read, save the cache."""
    del writer  # Pelican's article_writer_finalized passes it; nothing to write
    build = generator.context.pop(BUILD_KEY, None)
    if build is None:
        return
    try:
        build.finish()
    finally:
        build.stream.close()
    build.derived.save()


def end_build(pelican: Any) -> None:
    """Thaw what the build froze.

    A build that failed before :func:`finish_articles` stops its workers when its
    context is dropped (:func:`mowjaz.site.enrich.begin_enrichment`).
    """
    del pelican  # Pelican's finalized signal passes it; nothing to read
    gc.unfreeze()


def register() -> None:
    """Connect Mowjaz to Pelican's signals."""
    signals.initialized.connect(enrich.check_content_cache)
    signals.readers_init.connect(reader.reuse_markdown)
    signals.article_generator_init.connect(begin_build)
    signals.content_object_init.connect(safety.clean_content_metadata)
    signals.content_object_init.connect(analyse_when_read)
    signals.article_generator_pretaxonomy.connect(drafts.leave_out_article_drafts)
    signals.content_object_init.connect(identity.attach_permanent_id)
    signals.article_generator_pretaxonomy.connect(safety.reject_unsafe_articles)
    signals.page_generator_finalized.connect(drafts.leave_out_page_drafts)
    signals.page_generator_finalized.connect(safety.reject_unsafe_pages)
    signals.static_generator_finalized.connect(safety.drop_outside_static_files)
    signals.article_generator_finalized.connect(enrich_articles)
    signals.article_generator_finalized.connect(feeds.keep_editorial_dates)
    signals.article_writer_finalized.connect(finish_articles)
    signals.page_generator_finalized.connect(feeds.keep_editorial_dates)
    signals.finalized.connect(compress.precompress_site)
    signals.finalized.connect(end_build)
    signals.get_writer.connect(outputs.get_writer)
    signals.get_generators.connect(sitemaps.get_generators)
    signals.get_generators.connect(identity.get_generators)
    signals.get_generators.connect(brand.get_generators)
    signals.get_generators.connect(images.get_generators)
    signals.get_generators.connect(assets.get_generators)
