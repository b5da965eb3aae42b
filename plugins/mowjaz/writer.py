"""Pelican glue: the writer that attaches key points and quotes just in time.

Pelican writes an article's feeds first, then its pages, then the lists of
articles.  Mowjaz's workers may still be analysing briefs when Pelican starts
writing (:class:`mowjaz.render.BuildAnalysis`), so :class:`MowjazWriter`

- attaches the key points and quotes of an article just before its page is
  written (Pelican's ``article_generator_write_article`` signal does the same for
  other writers' sake), and to every article before any other page: a list of
  articles (``index.html``, a category) may show them too;
- holds the feeds until every article has them, then writes them, in the order
  Pelican asked for (``write_held_feeds``, from ``article_writer_finalized``).

Without a build under way (tests, or the plugin's analysis closed), it writes at
once, as :class:`~mowjaz.feeds.FeedWriter` does.
"""

from __future__ import annotations

from typing import Any

from . import render
from .feeds import FeedWriter


class MowjazWriter(FeedWriter):
    """:class:`~mowjaz.feeds.FeedWriter` that waits for each page's enrichment."""

    def __init__(self, output_path: str, settings: Any = None) -> None:
        super().__init__(output_path, settings=settings)
        self._held_feeds: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def write_file(
        self, name: Any, template: Any, context: Any, *args: Any, **kwargs: Any
    ) -> Any:
        """Attach what the page may show, then write it (Pelican's ``write_file``)."""
        build = render.build_of(self.settings)
        if build is not None:
            article = kwargs.get("article")
            if article is not None and not build.settled:
                build.enrich(article)
            else:
                build.enrich_all()
        return super().write_file(name, template, context, *args, **kwargs)

    def write_feed(self, *args: Any, **kwargs: Any) -> Any:
        """Write a feed, or hold it while some of its entries lack their boxes."""
        build = render.build_of(self.settings)
        if build is not None and not build.settled:
            self._held_feeds.append((args, kwargs))
            return None
        return super().write_feed(*args, **kwargs)

    def write_held_feeds(self) -> None:
        """Write the feeds held so far, in the order they were asked for."""
        held, self._held_feeds = self._held_feeds, []
        for args, kwargs in held:
            super().write_feed(*args, **kwargs)


def get_writer(pelican: Any) -> type[MowjazWriter]:
    """``get_writer`` receiver: Pelican writes everything with :class:`MowjazWriter`."""
    del pelican  # the writer reads its settings when Pelican creates it
    return MowjazWriter
