"""Key points, quotes, index terms and related stories of a build: cached or computed.

Pelican-free.  One build opens a :class:`Derivations` (loading the cache file once,
:mod:`mowjaz.derive.cache`), asks it for the key points, quotes and index terms of
each brief and the related stories of the whole site, and saves it at the end.
Every per-brief result is computed by :mod:`mowjaz.derive.analyse`, here or in a
worker process (:mod:`mowjaz.derive.workers`, whose :class:`BriefAnalysis` records
are handed in with :meth:`Derivations.provide`): one recipe, wherever it runs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields, replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from ..quotes.extract import Quote
from ..related.relate import ChunkTerms, Document, Related, find_related
from ..text.blocks import Block, blocks_from_html
from .analyse import BriefAnalysis, key_points_of, quotes_of, terms_of
from .cache import DerivedStore, algorithm_version, fingerprint

logger = logging.getLogger(__name__)

_RELATED_LOGGER = "mowjaz.related.relate"
# The fields of a quotation, in the order a cache entry stores them.
_QUOTE_FIELDS = tuple(f.name for f in fields(Quote))

T = TypeVar("T")


class Derivations:
    """Key points, quotes, text and related stories, from the cache or computed."""

    def __init__(self, store: DerivedStore | None = None) -> None:
        self.store = store
        self._last: tuple[str, list[Block]] | None = None
        # The SHA-256 of each brief's HTML, computed once however often it is asked.
        self._digests: dict[str, str] = {}
        self._terms_reader: ChunkTerms | None = None
        # Results computed elsewhere (mowjaz.derive.workers, on other cores), by key
        # parts.
        self._ready: dict[tuple[str, ...], Any] = {}

    @classmethod
    def open(cls, folder: Path | None) -> Derivations:
        """Load the cache in ``folder`` (None: compute everything, remember nothing)."""
        if folder is None:
            return cls()
        return cls(DerivedStore(folder, algorithm_version()))

    def save(self) -> None:
        """Write the cache file when this build changed it."""
        if self.store is not None:
            self.store.save()

    def blocks(self, html: str) -> list[Block]:
        """Return the blocks of ``html``, parsed once per brief in a row of calls."""
        if self._last is None or self._last[0] != html:
            self._last = (html, blocks_from_html(html))
        return self._last[1]

    def digest(self, html: str) -> str:
        """Return the SHA-256 (hex) of ``html``: what keys its entries."""
        found = self._digests.get(html)
        if found is None:
            found = self._digests[html] = fingerprint([html])
        return found

    def pending(self, html: str, count: int, title: str = "") -> bool:
        """Tell whether the key points or the quotes of ``html`` are not cached."""
        if self.store is None or self.store.empty:
            return True  # a cold build: nothing to look up
        digest = self.digest(html)
        return not all(
            self._kept(parts)
            for parts in (_key_points_key(count, digest, title), ("quotes", digest))
        )

    def _kept(self, parts: tuple[str, ...]) -> bool:
        """Tell whether the cache holds the entry of ``parts``; keep it if so."""
        return self.store is not None and self.store.get(fingerprint(parts)) is not None

    def provide(
        self, html: str, count: int, analysis: BriefAnalysis, title: str = ""
    ) -> None:
        """Hand in the analysis of ``html`` made by a worker (``count`` key points).

        ``title`` is the headline the worker was given with it.

        :meth:`key_points`, :meth:`quotes` and :meth:`terms` then return and cache
        its results instead of computing them again: the worker ran the same
        recipe (:func:`mowjaz.derive.analyse.analyse_brief`).
        """
        digest = self.digest(html)
        self._ready[_key_points_key(count, digest, title)] = analysis.key_points
        self._ready[("quotes", digest)] = analysis.quotes
        if analysis.terms is not None:
            self._ready[("terms", digest)] = analysis.terms

    def provide_terms(self, html: str, terms: tuple[str, ...]) -> None:
        """Hand in the index terms of ``html`` found by a worker (:meth:`provide`)."""
        self._ready[("terms", self.digest(html))] = terms

    def key_points(self, html: str, count: int, title: str = "") -> list[str]:
        """Return the key points of a brief's HTML; none repeats ``title``."""
        return self._cached(
            _key_points_key(count, self.digest(html), title),
            lambda: key_points_of(self.blocks(html), count, title=title or None),
            encode=list,
            decode=list,
        )

    def quotes(self, html: str) -> list[Quote]:
        """Return every quotation of a brief's HTML (before pins, drops and caps)."""
        return self._cached(
            ("quotes", self.digest(html)),
            lambda: quotes_of(self.blocks(html)),
            encode=lambda quotes: [
                [getattr(quote, name) for name in _QUOTE_FIELDS] for quote in quotes
            ],
            decode=lambda rows: [Quote(*row) for row in rows],
        )

    def terms(self, html: str) -> tuple[str, ...]:
        """Return the index terms of a brief's text, for related stories."""
        return self._cached(
            ("terms", self.digest(html)),
            lambda: terms_of(self.blocks(html), self._reader()),
            encode=" ".join,
            decode=lambda value: tuple(str(value).split()),
        )

    def _reader(self) -> ChunkTerms:
        if self._terms_reader is None:
            self._terms_reader = ChunkTerms()
        return self._terms_reader

    def related(
        self,
        documents: Sequence[Document],
        *,
        htmls: Sequence[str],
        top_k: int,
        min_score: float,
        duplicate_score: float,
    ) -> dict[str, list[Related]]:
        """Return related stories of every brief; a cache hit replays the warnings.

        ``documents`` carry every field but the body; ``htmls`` are their bodies,
        which stand in the cache key by their SHA-256 (it decides their index
        terms).  The index terms (:meth:`terms`) are asked for only when the
        stories are not cached.  A warm build never decodes the terms: it keeps
        their cache entries for the next build, and asks only for those the cache
        lacks.  A brief whose terms cannot be found is named (its ``source``) and
        related by its other fields alone, in a cold build and a warm one.
        """
        bodies = [self.digest(html) for html in htmls]

        def terms(index: int) -> tuple[str, ...]:
            document = documents[index]
            return self._terms_of_document(htmls[index], document.source or document.id)

        parts = ["related", repr((top_k, min_score, duplicate_score))]
        keys = zip(documents, bodies, strict=True)
        parts += [_document_key(doc, body) for doc, body in keys]
        computed = False

        def compute() -> dict[str, Any]:
            nonlocal computed
            computed = True
            with_terms = [
                replace(doc, terms=terms(index)) for index, doc in enumerate(documents)
            ]
            with _captured(_RELATED_LOGGER) as records:
                found = find_related(
                    with_terms,
                    top_k=top_k,
                    min_score=min_score,
                    duplicate_score=duplicate_score,
                )
            return {"found": found, "log": records}

        result = self._cached(
            tuple(parts),
            compute,
            encode=lambda value: {
                "found": {
                    key: [[link.id, link.score, link.source] for link in links]
                    for key, links in value["found"].items()
                },
                "log": value["log"],
            },
            decode=_replayed,
        )
        if not computed and self.store is not None:
            for index, body in enumerate(bodies):  # for the next rebuild
                if not self._kept(("terms", body)):
                    terms(index)
        return result["found"]

    def _terms_of_document(self, html: str, source: str) -> tuple[str, ...]:
        """Return :meth:`terms`; none, with an error naming ``source``, if they fail."""
        try:
            return self.terms(html)
        except Exception as error:  # its title, tags and links still relate it
            analysis_failed(source, "index terms", error)
            return ()

    def _cached(
        self,
        parts: tuple[str, ...],
        compute: Callable[[], T],
        *,
        encode: Callable[[T], Any],
        decode: Callable[[Any], T],
    ) -> T:
        if parts in self._ready:  # computed already, by mowjaz.derive.workers
            compute = partial(self._ready.pop, parts)
        if self.store is None:
            return compute()
        key = fingerprint(parts)
        stored = self.store.get(key)
        if stored is not None:
            try:
                return decode(stored)
            except (TypeError, ValueError, KeyError) as error:
                logger.warning(
                    "Mowjaz cache entry %s is unusable (%s): rebuilt", key, error
                )
        value = compute()
        self.store.put(key, encode(value))
        return value


def _key_points_key(count: int, digest: str, title: str) -> tuple[str, ...]:
    """Return the cache key parts of key points: count, body and headline."""
    return ("key_points", str(count), digest, title)


def analysis_failed(source: str, what: str, error: Exception) -> None:
    """Log that ``what`` of the brief in ``source`` could not be found, and why."""
    logger.error(
        "%s: its %s could not be found (%s: %s); published without them",
        source,
        what,
        type(error).__name__,
        error,
        exc_info=logger.isEnabledFor(logging.DEBUG),
    )


# Every field of a Document but its text and terms (see _document_key).
_DOCUMENT_KEY_FIELDS = tuple(
    f.name for f in fields(Document) if f.name not in {"text", "terms"}
)


def _document_key(doc: Document, body: str) -> str:
    """Return what the related stories of a site depend on in ``doc``, as JSON.

    ``body`` stands for its text and terms (see :meth:`Derivations.related`).
    """
    return json.dumps(
        [body, *(getattr(doc, name) for name in _DOCUMENT_KEY_FIELDS)],
        ensure_ascii=False,
    )


@contextmanager
def _captured(name: str) -> Iterator[list[list[Any]]]:
    """Collect ``[level, message template, args]`` of records logged under ``name``."""
    records: list[list[Any]] = []

    class _Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            args = record.args if isinstance(record.args, tuple) else ()
            records.append([record.levelno, str(record.msg), [_plain(a) for a in args]])

    handler = _Collector(level=logging.WARNING)
    target = logging.getLogger(name)
    target.addHandler(handler)
    try:
        yield records
    finally:
        target.removeHandler(handler)


def _plain(value: Any) -> Any:
    return (
        value
        if isinstance(value, str | int | float | bool) or value is None
        else str(value)
    )


def _replayed(stored: Mapping[str, Any]) -> dict[str, Any]:
    """Decode a related-stories entry and log its warnings again, as a cold build."""
    found = {
        key: [
            Related(str(other), float(score), str(source))
            for other, score, source in links
        ]
        for key, links in stored["found"].items()
    }
    target = logging.getLogger(_RELATED_LOGGER)
    for level, message, args in stored["log"]:
        target.log(int(level), message, *args)
    return {"found": found, "log": stored["log"]}
