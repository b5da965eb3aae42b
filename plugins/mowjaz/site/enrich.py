"""Rendering glue: turn Pelican articles into plain data and attach results to them.

The template contract (documented in the README) is three attributes on every
article: ``article.key_points`` (list of str), ``article.quotes`` (list of
:class:`~mowjaz.quotes.extract.Quote`) and ``article.related`` (list of
:class:`RelatedLink`).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Config
from ..derive import workers
from ..derive.analyse import BriefAnalysis
from ..derive.cache import content_cache_stamp, guard_content_cache, resolve_folder
from ..derive.derivations import Derivations, analysis_failed
from ..quotes.extract import Quote, editor_quotes, pinned_quotes, sidebar_quotes
from ..related.relate import Document
from .xmltext import plain_text

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A related story as the template sees it: the linked article and why."""

    article: Any
    score: float
    source: str


def metadata_lines(article: Any, name: str) -> list[str]:
    """Return a multi-line metadata value as a list of non-empty lines."""
    value = article.metadata.get(name)
    if value is None:
        return []
    if isinstance(value, str):
        value = value.splitlines()
    return [line.strip() for line in value if str(line).strip()]


def open_cache(settings: Mapping[str, Any], config: Config) -> Derivations:
    """Load this build's cache of derived data (``MOWJAZ_CACHE_PATH``; "" disables)."""
    return Derivations.open(resolve_folder(config.cache_path, settings.get("PATH")))


# Settings that change what Pelican's readers make of a file (its content cache).
_READER_SETTINGS = (
    "MARKDOWN",
    "READERS",
    "FORMATTED_FIELDS",
    "TYPOGRIFY",
    "TYPOGRIFY_IGNORE_TAGS",
    "TYPOGRIFY_DASHES",
    "TYPOGRIFY_OMIT_FILTERS",
    "CONTENT_CACHING_LAYER",
)
# The cached metadata holds Category, Tag and Author objects, each with a copy of
# the settings it was read with: their URLs and slugs come from these.
_WRAPPER_PREFIXES = ("CATEGORY_", "TAG_", "AUTHOR_", "SLUG")
_WRAPPER_SUFFIX = "_REGEX_SUBSTITUTIONS"


def check_content_cache(pelican: Any) -> None:
    """Clear Pelican's content cache when the settings or code that filled it change."""
    settings = pelican.settings
    if settings.get("LOAD_CONTENT_CACHE") and settings.get("CACHE_PATH"):
        names = [
            *_READER_SETTINGS,
            *sorted(
                name
                for name in settings
                if name.startswith(_WRAPPER_PREFIXES) or name.endswith(_WRAPPER_SUFFIX)
            ),
        ]
        guard_content_cache(
            Path(settings["CACHE_PATH"]), content_cache_stamp(settings, names)
        )


def article_title(article: Any) -> str:
    """Return the article's headline as plain text (no key point repeats it)."""
    return plain_text(str(getattr(article, "title", "") or ""))


def article_html(article: Any) -> str:
    """Return the article's rendered body as its reader made it."""
    return getattr(article, "_content", "") or ""


@dataclass(slots=True, weakref_slot=True)
class BuildEnrichment:
    """One build's settings, derived-data cache and briefs being analysed."""

    config: Config
    derived: Derivations
    stream: workers.Stream
    # The briefs whose analysis ``derived`` has been given, by HTML.
    provided: set[str] = field(default_factory=set)
    # The articles whose boxes are not attached yet (see attach_all).
    waiting: list[Any] = field(default_factory=list)

    def add(self, article: Any) -> None:
        """Start analysing ``article`` unless the cache has its results."""
        html = article_html(article)
        title = article_title(article)
        if self.derived.pending(html, self.config.key_points_count, title):
            self.stream.add(html, title)

    def take_terms(self, order: Sequence[Any] = ()) -> None:
        """Hand ``derived`` the index terms of every brief, waiting for those only.

        The analyses finished so far are handed over too; the workers go on with
        the rest, in the order of the articles ``order`` (see
        :meth:`mowjaz.derive.workers.Stream.terms_first`).
        """
        terms = self.stream.terms_first([article_html(article) for article in order])
        self._provide(self.stream.ready())
        for html, found in terms.items():
            self.derived.provide_terms(html, found)

    def attach_boxes(self, article: Any) -> None:
        """Attach the key points and quotes of ``article`` now (:func:`attach_boxes`).

        Its analysis is the workers' when they have finished it, else it is made
        here: this never waits for the workers.
        """
        html = article_html(article)
        if html in self.stream and html not in self.provided:
            try:
                self._provide({html: self.stream.analysis(html)})
            except Exception as error:  # attach_boxes meets it again, names the file
                logger.debug("analysis failed: %r", error)
        attach_boxes(article, self.config, self.derived)

    def attach_all(self, articles: Sequence[Any]) -> None:
        """Give ``articles`` their key points and quotes, now or when first read.

        With worker processes at work, each article's boxes are found when a
        feed or its page first reads them (:class:`DeferredBox`): the workers
        go on analysing while Pelican writes, and the briefs it writes first
        come first (:meth:`take_terms`).  Without, they are attached at once.
        :meth:`finish` attaches whatever no one read.
        """
        self.waiting = list(articles)
        if self.stream.parallel:
            for article in articles:
                for name in BOXES:
                    setattr(article, name, DeferredBox(article, name, self))
        else:
            self.finish()

    def finish(self) -> None:
        """Wait for the remaining analyses; attach every box not attached yet.

        Every brief then has its results in ``derived``, ready to be saved.
        """
        self._provide(self.stream.results())
        for article in self.waiting:
            if not isinstance(vars(article).get(BOXES[0]), list):
                self.attach_boxes(article)
        self.waiting = []

    def _provide(self, found: Mapping[str, BriefAnalysis]) -> None:
        count = self.config.key_points_count
        for html, brief in found.items():
            if html not in self.provided:
                self.provided.add(html)
                self.derived.provide(html, count, brief, self.stream.title(html))


class DeferredBox(Sequence[Any]):
    """An article's key points or quotes, found when they are first read.

    Stands in for the list until a template, a feed or other code reads it:
    :meth:`BuildEnrichment.attach_boxes` then puts both lists on the article, and
    this answers with the one it stands for (see :meth:`BuildEnrichment.attach_all`).
    """

    __slots__ = ("_article", "_build", "_name")

    def __init__(self, article: Any, name: str, build: BuildEnrichment) -> None:
        self._article = article
        self._name = name
        self._build = build

    def _items(self) -> list[Any]:
        article = self._article
        if vars(article).get(self._name) is self:
            try:
                self._build.attach_boxes(article)
            finally:  # never stand in again, whatever happened
                for name in BOXES:
                    if isinstance(vars(article).get(name), DeferredBox):
                        setattr(article, name, [])
        return getattr(article, self._name)

    def __len__(self) -> int:
        return len(self._items())

    def __getitem__(self, index: Any) -> Any:
        return self._items()[index]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items())

    def __bool__(self) -> bool:
        return bool(self._items())

    def __eq__(self, other: object) -> bool:
        return self._items() == other

    __hash__ = None  # type: ignore[assignment]  # a list stands behind it

    def __repr__(self) -> str:
        return repr(self._items())


# The article attributes a DeferredBox stands for.
BOXES = ("key_points", "quotes")


def begin_enrichment(settings: Mapping[str, Any]) -> BuildEnrichment:
    """Open the build's cache and a :class:`~mowjaz.derive.workers.Stream` of briefs.

    The plugin keeps what this returns in the build's context (one per build).

    Briefs added while Pelican reads are analysed on ``MOWJAZ_WORKERS`` processes
    meanwhile (see :mod:`mowjaz.derive.workers`).
    """
    config = Config.from_settings(settings)
    stream = workers.Stream(count=config.key_points_count, workers=config.workers)
    build = BuildEnrichment(config, open_cache(settings, config), stream)
    # A build that fails never finishes: its workers stop when it is dropped.
    weakref.finalize(build, stream.close)
    return build


def attach_key_points(
    article: Any, config: Config, derived: Derivations | None = None
) -> None:
    """Set ``article.key_points``: the editor's ``KeyPoints`` or extracted ones."""
    written = metadata_lines(article, "keypoints")
    article.key_points = written or (derived or Derivations()).key_points(
        article_html(article), config.key_points_count, article_title(article)
    )


def attach_quotes(
    article: Any,
    config: Config,
    derived: Derivations | None = None,
    *,
    extracted: list[Quote] | None = None,
) -> None:
    """Set ``article.quotes``: at most ``quotes_max`` sidebar quotations.

    The editor's ``Quotes`` lines (``نص الاقتباس — المتحدث``) come first; extracted
    quotes follow, less those matching a ``DropQuotes`` fragment (see the README),
    chosen so that every speaker gets a place
    (:func:`~mowjaz.quotes.extract.sidebar_quotes`).
    ``extracted`` stands for the brief's own quotations when given.
    """
    pinned = pinned_quotes(metadata_lines(article, "quotes"))
    if extracted is None:
        extracted = (derived or Derivations()).quotes(article_html(article))
    quotes: list[Quote] = editor_quotes(
        extracted,
        pinned=pinned,
        drops=metadata_lines(article, "dropquotes"),
    )
    article.quotes = sidebar_quotes(quotes, config.quotes_max, pinned=len(pinned))


def attach_boxes(article: Any, config: Config, derived: Derivations) -> None:
    """Attach key points and quotes; what fails is named, the editor's kept.

    One brief that trips the extraction (a bug) never stops the others: it is
    published without what failed, and the error names its file.
    """
    try:
        attach_key_points(article, config, derived)
    except Exception as error:  # one brief's failure never stops the others
        _analysis_failed(article, "key points", error)
        article.key_points = metadata_lines(article, "keypoints")
    try:
        attach_quotes(article, config, derived)
    except Exception as error:  # the editor's quotes are still shown
        _analysis_failed(article, "quotes", error)
        attach_quotes(article, config, extracted=[])


def attach_related(
    articles: Sequence[Any],
    config: Config,
    derived: Derivations | None = None,
    *,
    others: Iterable[Any] = (),
) -> None:
    """Set ``article.related`` on every article: editor links, hints, similarity.

    Links point only to ``articles`` (the published ones); ``others`` (drafts,
    translations) get an empty list, so a ``Related`` metadata string never reaches
    the template.  Hints that match nothing and near-duplicate briefs are logged as
    warnings naming the source files (by :func:`mowjaz.related.relate.find_related`).
    """
    derived = derived or Derivations()
    by_id: dict[str, Any] = {}
    for article in articles:
        by_id.setdefault(article.slug, article)
    linked = list(by_id.values())
    found = derived.related(
        [_document(article) for article in linked],
        htmls=[article_html(article) for article in linked],
        top_k=config.related_top_k,
        min_score=config.related_min_score,
        duplicate_score=config.related_duplicate_score,
    )
    for article in others:
        article.related = []
    for article in articles:
        article.related = [
            RelatedLink(article=by_id[link.id], score=link.score, source=link.source)
            for link in found.get(article.slug, [])
            if by_id[article.slug] is article
        ]


def pin_urls(articles: Iterable[Any]) -> None:
    """Fix each article's URL once its metadata is final.

    Pelican formats ``article.url`` from the settings on every access, and a page,
    its feeds, the sitemaps and every related link ask for it again; its own
    ``override_url`` (what a ``URL`` metadata line sets) is returned as is.
    """
    for article in articles:
        if not hasattr(article, "override_url"):
            article.override_url = str(article.url)


def _document(article: Any) -> Document:
    """Return what related stories know of an article, its body aside."""
    return Document(
        id=article.slug,
        title=str(getattr(article, "title", "")),
        text="",  # its index terms stand for it
        tags=tuple(str(tag) for tag in getattr(article, "tags", []) or []),
        category=str(getattr(article, "category", "") or "") or None,
        date=article.date.isoformat() if getattr(article, "date", None) else None,
        hints=tuple(metadata_lines(article, "relatedhints")),
        editor=tuple(metadata_lines(article, "related")),
        source=source_name(article),
    )


def source_name(article: Any) -> str:
    """Name the file an article comes from, for messages."""
    return str(
        getattr(article, "relative_source_path", None)
        or getattr(article, "source_path", None)
        or getattr(article, "slug", "?")
    )


def _analysis_failed(article: Any, what: str, error: Exception) -> None:
    analysis_failed(source_name(article), what, error)


def feed_articles(generator: Any) -> list[Any]:
    """Return the articles Pelican's feeds show, in the order it writes them.

    The site's feeds, then each category's, author's and tag's (those the
    settings turn on), each its first ``FEED_MAX_ITEMS`` articles; repeats kept.
    """
    settings = generator.settings

    def wanted(*names: str) -> bool:
        return any(settings.get(name) for name in names)

    lists: list[Sequence[Any]] = []
    if wanted("FEED_ATOM", "FEED_RSS", "FEED_ALL_ATOM", "FEED_ALL_RSS"):
        lists.append(generator.articles)
    if wanted("CATEGORY_FEED_ATOM", "CATEGORY_FEED_RSS"):
        lists += [articles for _, articles in generator.categories]
    if wanted("AUTHOR_FEED_ATOM", "AUTHOR_FEED_RSS"):
        lists += [articles for _, articles in generator.authors]
    if wanted("TAG_FEED_ATOM", "TAG_FEED_RSS"):
        lists += list(generator.tags.values())
    top = settings.get("FEED_MAX_ITEMS")
    return [article for articles in lists for article in articles[:top]]


def all_articles(generator: Any) -> Iterable[Any]:
    """Every article the generator will write, in the order Pelican writes them.

    Translations, published articles, hidden ones (and their translations), drafts.
    """
    for name in (
        "translations",
        "articles",
        "hidden_translations",
        "hidden_articles",
        "drafts",
        "drafts_translations",
    ):
        yield from getattr(generator, name, [])
