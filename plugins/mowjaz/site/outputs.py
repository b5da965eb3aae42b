"""Which file of the output folder each part of the site is written to, and by whom.

A brief or a page that would be written where something else is written replaces
it silently (Pelican lets a ``Save_as`` override win) or stops the whole build
(Pelican refuses a second write).  :mod:`mowjaz.site.safety` uses these claims to
leave the newcomer out before anything is written; :class:`GuardedWriter` is the
last line: a second write to one file is refused, and both writers are named.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from pelican.writers import Writer

from ..config import Config
from .feeds import FeedWriter
from .search import BUNDLE_DIR

logger = logging.getLogger(__name__)

# Stands for a page number while a pagination pattern is turned into a regex.
_NUMBER = "\x00number\x00"
# Feed settings of the whole site and of each category, tag and author.
SITE_FEEDS = ("FEED_ATOM", "FEED_RSS", "FEED_ALL_ATOM", "FEED_ALL_RSS")
TAXONOMY_FEEDS = {
    "category": ("CATEGORY_FEED_ATOM", "CATEGORY_FEED_RSS"),
    "tag": ("TAG_FEED_ATOM", "TAG_FEED_RSS"),
    "author": ("AUTHOR_FEED_ATOM", "AUTHOR_FEED_RSS"),
}


@dataclass(frozen=True, slots=True)
class Claims:
    """Files the site writes (normalised relative paths) and who writes each.

    ``paginated`` holds, for each paginated list, a pattern matching its second
    and later pages (``index2.html``) and who writes them; ``folders`` the
    top-level folders the site fills itself.
    """

    files: Mapping[str, str]
    paginated: tuple[tuple[re.Pattern[str], str], ...] = ()
    # Folders the site fills itself (the search index, the theme's files).
    folders: Mapping[str, str] = field(default_factory=dict)

    def owner(self, save_as: str) -> str | None:
        """Return who writes ``save_as`` already, or None."""
        path = os.path.normpath(save_as)
        found = self.files.get(path)
        if found is not None:
            return found
        top = path.split(os.sep, 1)[0]
        if top != path and top in self.folders:
            return self.folders[top]
        for pattern, owner in self.paginated:
            if pattern.fullmatch(path):
                return owner
        return None


def later_pages(save_as: str, settings: Mapping[str, Any]) -> re.Pattern[str] | None:
    """Return a pattern for the pages after the first of a list saved as ``save_as``.

    Made from ``PAGINATION_PATTERNS`` (Pelican's default gives ``index2.html``).
    """
    name, extension = os.path.splitext(save_as)
    alternatives = []
    for rule in settings.get("PAGINATION_PATTERNS", ()):
        min_page, save_pattern = rule[0], rule[2]
        if min_page == 1 or "{number}" not in save_pattern:
            continue
        text = save_pattern.format(
            save_as=save_as,
            url=save_as,
            name=name,
            base_name=os.path.dirname(name),
            extension=extension,
            number=_NUMBER,
        )
        escaped = re.escape(os.path.normpath(text.removeprefix("/")))
        alternatives.append(escaped.replace(re.escape(_NUMBER), "[0-9]+"))
    if not alternatives:
        return None
    return re.compile("|".join(f"(?:{item})" for item in alternatives))


def site_claims(settings: Mapping[str, Any]) -> Claims:
    """Return the files the site writes whatever the briefs: home, lists, feeds."""
    files: dict[str, str] = {}
    paginated = []
    for name in settings.get("DIRECT_TEMPLATES", ()):
        save_as = settings.get(f"{name.upper()}_SAVE_AS", f"{name}.html")
        if not save_as:
            continue
        owner = f"the site's {name} page"
        files[os.path.normpath(save_as)] = owner
        pattern = later_pages(save_as, settings)
        if pattern is not None:
            paginated.append((pattern, owner))
    for key in SITE_FEEDS:
        if settings.get(key):
            files[os.path.normpath(settings[key])] = f"the site's feed ({key})"
    config = Config.from_settings(settings)
    for path in (config.sitemap_path, config.news_sitemap_path):
        if path:
            files[os.path.normpath(path)] = "the site's sitemap"
    folders = {BUNDLE_DIR: "the search index's folder"}
    theme_files = str(settings.get("THEME_STATIC_DIR") or "")
    if theme_files:
        folders[os.path.normpath(theme_files).split(os.sep, 1)[0]] = (
            "the theme's folder"
        )
    return Claims(files, tuple(paginated), folders)


def taxonomy_files(kind: str, value: Any, settings: Mapping[str, Any]) -> list[str]:
    """Return the files a category, tag or author (``kind``) is written to.

    Its page, when the site writes such pages, and its feeds
    (``feeds/{slug}.atom.xml`` ...), as normalised paths.
    """
    files = [os.path.normpath(value.save_as)] if value.save_as else []
    for key in TAXONOMY_FEEDS[kind]:
        if settings.get(key):
            files.append(os.path.normpath(settings[key].format(slug=value.slug)))
    return files


def taxonomies(article: Any) -> Iterator[tuple[str, Any]]:
    """Yield ``(kind, value)`` for the category, tags and authors of ``article``."""
    category = getattr(article, "category", None)
    if category is not None:
        yield "category", category
    for tag in getattr(article, "tags", None) or ():
        yield "tag", tag
    for author in getattr(article, "authors", None) or ():
        yield "author", author


def content_claims(context: Mapping[str, Any], settings: Mapping[str, Any]) -> Claims:
    """Return :func:`site_claims` plus what the articles read so far write.

    Each article's page (its source file is named), and its category, tag and
    author pages (and their later pages) and feeds; for the pages generator,
    which runs after the articles'.
    """
    site = site_claims(settings)
    files = dict(site.files)
    paginated = list(site.paginated)
    seen: set[tuple[str, str]] = set()
    for article in _articles(context):
        if article.save_as:
            files.setdefault(
                os.path.normpath(article.save_as), str(article.source_path)
            )
        for kind, value in taxonomies(article):
            if (kind, value.slug) in seen:
                continue
            seen.add((kind, value.slug))
            owner = f"the {kind} {value.name!s}"
            for path in taxonomy_files(kind, value, settings):
                files.setdefault(path, owner)
            pattern = later_pages(value.save_as, settings) if value.save_as else None
            if pattern is not None:
                paginated.append((pattern, owner))
    return Claims(files, tuple(paginated), site.folders)


def _articles(context: Mapping[str, Any]) -> Iterator[Any]:
    seen: set[int] = set()
    for name in ("articles", "translations", "hidden_articles", "drafts"):
        for article in context.get(name, ()) or ():
            for item in (article, *(getattr(article, "translations", ()) or ())):
                if id(item) not in seen:
                    seen.add(id(item))
                    yield item


class GuardedWriter(FeedWriter):
    """Pelican's writer that never writes one file twice.

    Pelican stops the build on a second write to a file, or lets a ``Save_as``
    override replace it silently.  Here the first write is kept, the second is
    not written, and one error names the file and both writers.
    """

    def __init__(self, output_path: str, settings: Mapping[str, Any] | None = None):
        super().__init__(output_path, settings=settings)
        self._owners: dict[str, str] = {}
        self._writing = "the site"

    def write_file(
        self, name: Any, template: Any, context: Any, *args: Any, **kwargs: Any
    ) -> Any:
        """Write a page as Pelican does, remembering whose page it is.

        A brief's or a page's own page that cannot be rendered is left out with
        an error naming its source; the rest of the site is still written.
        """
        self._writing = _describe(template, kwargs)
        content = kwargs.get("article") or kwargs.get("page")
        if content is None:
            return super().write_file(name, template, context, *args, **kwargs)
        try:
            return super().write_file(name, template, context, *args, **kwargs)
        except Exception as error:  # one brief's page never stops the others
            _page_failed(content, error)
            return None

    def write_feed(self, elements: Any, context: Any, *args: Any, **kwargs: Any) -> Any:
        """Write a feed as Pelican does, remembering whose feed it is."""
        title = kwargs.get("feed_title") or (args[4] if len(args) > 4 else None)  # noqa: PLR2004
        self._writing = f"the feed {title}" if title else "the site's feed"
        return super().write_feed(elements, context, *args, **kwargs)

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> IO[str]:
        del override  # no write replaces another here
        first = self._owners.get(filename)
        if first is not None:
            logger.error(
                "%s: not written by %s: %s writes it already (two sources, one file)",
                filename,
                self._writing,
                first,
            )
            return open(os.devnull, "w", encoding=encoding)
        self._owners[filename] = self._writing
        return super()._open_w(filename, encoding, override=False)


def _page_failed(content: Any, error: Exception) -> None:
    logger.error(
        "%s: left out: its page could not be written: %s: %s",
        content.source_path,
        type(error).__name__,
        error,
    )


def _describe(template: Any, kwargs: Mapping[str, Any]) -> str:
    for key in ("article", "page"):
        content = kwargs.get(key)
        if content is not None:
            return str(content.source_path)
    for key in ("category", "tag", "author"):
        if kwargs.get(key) is not None:
            return f"the {key} page of {kwargs[key]!s}"
    return f"the site's {getattr(template, 'name', template)} page"


def get_writer(pelican: Any) -> type[Writer]:
    """``get_writer`` receiver: Pelican writes everything with GuardedWriter."""
    del pelican  # the writer reads its settings when Pelican creates it
    return GuardedWriter
