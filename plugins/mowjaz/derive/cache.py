"""Cache what Mowjaz derives from each brief: a rebuild redoes only what changed.

Pelican-free.  One build opens a :class:`Derivations` (loading the cache file once),
asks it for key points, quotes, the index terms of each brief and the related
stories of the whole site, and saves it at the end.  Every answer is what the pure
functions (:mod:`mowjaz.keypoints`, :mod:`mowjaz.quotes.extract`,
:mod:`mowjaz.related.relate`)
would return for the same input; the cache only remembers them.

Never stale, by construction:

* an entry's key is the SHA-256 of its kind, the parameters that change it (the
  key-point count, the related-stories settings) and its whole input (the brief's
  rendered HTML; for related stories, every field of every brief);
* the file records the *algorithm version*: a hash of the source files and word
  lists the results depend on (:data:`ALGORITHM_SOURCES`) and of the versions of
  Python, PyStemmer, NumPy and SciPy.  When it differs, the whole file is ignored;
* a file that cannot be read (truncated, edited, another format) is ignored with a
  warning and rewritten by the build.

Entries the build did not use are dropped when the file is saved (so it never grows
past the site); the file is written to a temporary name and renamed into place, so
an interrupted build leaves the previous cache or the new one, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields, replace
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from ..keypoints import extract_key_points
from ..quotes.extract import Quote, extract_quotes
from ..related.relate import ChunkTerms, Document, Related, find_related
from ..text.blocks import Block, blocks_from_html
from .workers import brief_terms

logger = logging.getLogger(__name__)

# The mowjaz package folder: the globs below are relative to it.
PACKAGE = Path(__file__).resolve().parent.parent
CACHE_FILE = "derived.json"
FORMAT = 1
# Files whose content decides the results (globs relative to the package folder).
ALGORITHM_SOURCES = (
    "derive/*.py",
    "keypoints/**/*.py",
    "quotes/**/*.py",
    "related/**/*.py",
    "site/enrich.py",
    "text/**/*.py",
    "text/**/*.txt",
)
# Libraries whose version can change a result (stems, floating-point sums).
ALGORITHM_LIBRARIES = ("PyStemmer", "numpy", "scipy")
# Code that runs while Pelican reads a brief (the Markdown extension and its imports).
READER_SOURCES = ("site/markdown_ext.py", "text/**/*.py")
# Pelican's content-cache files (reader and generator layers).
PELICAN_CACHE_FILES = (
    "ArticlesGenerator-Readers",
    "PagesGenerator-Readers",
    "ArticlesGenerator",
    "PagesGenerator",
)
PELICAN_STAMP = "mowjaz-stamp.txt"
_RELATED_LOGGER = "mowjaz.related.relate"

T = TypeVar("T")


class CacheFileError(ValueError):
    """A cache file cannot be used: it names the file and the reason."""


def fingerprint(parts: Iterable[str | bytes]) -> str:
    """Return the SHA-256 (hex) of ``parts``, each length-prefixed (no ambiguity)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def source_files(
    patterns: Sequence[str] = ALGORITHM_SOURCES, root: Path = PACKAGE
) -> list[Path]:
    """Return the files matched by ``patterns`` under ``root``, sorted."""
    return sorted({path for pattern in patterns for path in root.glob(pattern)})


def library_versions(names: Sequence[str] = ALGORITHM_LIBRARIES) -> list[str]:
    """Return ``name==version`` for each installed library (``name==?`` if absent)."""
    found = [f"python=={sys.version.split()[0]}"]
    for name in names:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}==?")
    return found


def algorithm_version(files: Sequence[Path] | None = None) -> str:
    """Return the hash of the code, word lists and libraries the results depend on."""
    paths = source_files() if files is None else files
    parts: list[str | bytes] = [f"format {FORMAT}", *library_versions()]
    for path in paths:
        parts += [path.relative_to(PACKAGE).as_posix(), path.read_bytes()]
    return fingerprint(parts)


def resolve_folder(
    cache_path: str, content_path: str | os.PathLike[str] | None
) -> Path | None:
    """Return the cache folder: ``None`` when disabled ("").

    A relative ``cache_path`` is read from the folder that holds the content folder
    (the project folder, where ``pelicanconf.py`` usually is), so a site built from
    elsewhere, or a test site in a temporary folder, keeps its own cache.
    """
    if not cache_path:
        return None
    path = Path(cache_path)
    if path.is_absolute() or content_path is None:
        return path
    return Path(content_path).absolute().parent / path


class DerivedStore:
    """The entries of one cache file, loaded once; unused entries are pruned on save."""

    def __init__(self, folder: Path | None, version: str) -> None:
        self.folder = folder
        self.version = version
        self._old: dict[str, Any] = {}
        self._used: dict[str, Any] = {}
        self._added = 0
        if folder is not None:
            self._old = self._load(folder / CACHE_FILE)

    @property
    def path(self) -> Path | None:
        """The cache file, or None when caching is disabled."""
        return None if self.folder is None else self.folder / CACHE_FILE

    def _load(self, path: Path) -> dict[str, Any]:
        try:
            entries = read_entries(path, self.version)
        except FileNotFoundError:
            return {}
        except CacheFileError as error:
            logger.warning("%s; it is ignored and rebuilt", error)
            return {}
        return entries

    def get(self, key: str) -> Any:
        """Return the entry for ``key`` (and keep it), or None."""
        if key in self._used:
            return self._used[key]
        value = self._old.get(key)
        if value is not None:
            self._used[key] = value
        return value

    def put(self, key: str, value: Any) -> None:
        """Remember ``value`` (JSON data, never None) under ``key``."""
        self._used[key] = value
        self._added += 1

    @property
    def empty(self) -> bool:
        """Whether the file gave no entries (none on disk, unusable, or outdated)."""
        return not self._old

    @property
    def stale(self) -> bool:
        """Whether the file on disk differs from what this build used."""
        return self._added > 0 or len(self._used) != len(self._old)

    def save(self) -> None:
        """Write the entries this build used, atomically; skip when unchanged."""
        path = self.path
        if path is None or not self.stale:
            return
        payload = {"format": FORMAT, "version": self.version, "entries": self._used}
        try:
            # Plain data made here: no cycle to look for (the check doubles the time).
            text = json.dumps(payload, ensure_ascii=False, check_circular=False)
            write_atomically(path, text.encode("utf-8"))
        except OSError as error:
            logger.warning("cannot write the Mowjaz cache %s: %s", path, error)
            return
        self._old = dict(self._used)
        self._added = 0


def read_entries(path: Path, version: str) -> dict[str, Any]:
    """Return the entries of a cache file made by ``version`` of the code.

    Raises FileNotFoundError when there is no file, CacheFileError when it cannot be
    used; an older algorithm version gives no entries (and no error).
    """
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CacheFileError(f"{path}: unreadable cache file ({error})") from None
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or not isinstance(data.get("entries"), dict)
    ):
        raise CacheFileError(f"{path}: not a Mowjaz cache file of format {FORMAT}")
    if data.get("version") != version:
        logger.info("%s: made by another version of the code, rebuilt", path)
        return {}
    return data["entries"]


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=".mowjaz-", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


class Derivations:
    """Key points, quotes, text and related stories, from the cache or computed."""

    def __init__(self, store: DerivedStore | None = None) -> None:
        self.store = store
        self._last: tuple[str, list[Block]] | None = None
        # The SHA-256 of each brief's HTML, computed once however often it is asked.
        self._digests: dict[str, str] = {}
        self._terms_reader: ChunkTerms | None = None
        # Results computed elsewhere (mowjaz.derive.workers, on all cores), by key
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

    def pending(self, html: str, count: int) -> bool:
        """Tell whether the key points or the quotes of ``html`` are not cached."""
        if self.store is None or self.store.empty:
            return True  # a cold build: nothing to look up
        digest = self.digest(html)
        return not all(
            self._kept(parts)
            for parts in (("key_points", str(count), digest), ("quotes", digest))
        )

    def _kept(self, parts: tuple[str, ...]) -> bool:
        """Tell whether the cache holds the entry of ``parts``; keep it if so."""
        return self.store is not None and self.store.get(fingerprint(parts)) is not None

    def provide(
        self,
        html: str,
        count: int,
        key_points: list[str],
        quotes: list[Quote],
        terms: tuple[str, ...] | None = None,
    ) -> None:
        """Hand in the key points, quotes and terms of ``html`` computed elsewhere.

        They must be what :meth:`key_points`, :meth:`quotes` and :meth:`terms`
        would compute (:mod:`mowjaz.derive.workers` calls the same functions); those
        methods then return and cache them instead of computing them again.
        """
        digest = self.digest(html)
        self._ready[("key_points", str(count), digest)] = key_points
        self._ready[("quotes", digest)] = quotes
        if terms is not None:
            self._ready[("terms", digest)] = terms

    def provide_terms(self, html: str, terms: tuple[str, ...]) -> None:
        """Hand in the index terms of ``html`` found elsewhere (see :meth:`provide`)."""
        self._ready[("terms", self.digest(html))] = terms

    def key_points(self, html: str, count: int) -> list[str]:
        """Return the extracted key points of a brief's rendered HTML."""
        return self._cached(
            ("key_points", str(count), self.digest(html)),
            lambda: extract_key_points(self.blocks(html), count=count),
            encode=list,
            decode=list,
        )

    def quotes(self, html: str) -> list[Quote]:
        """Return every quotation of a brief's HTML (before pins, drops and caps)."""
        return self._cached(
            ("quotes", self.digest(html)),
            lambda: extract_quotes(self.blocks(html)),
            encode=lambda quotes: [
                [quote.text, quote.speaker, quote.block, quote.start, quote.end]
                for quote in quotes
            ],
            decode=lambda rows: [Quote(*row) for row in rows],
        )

    def terms(self, html: str) -> tuple[str, ...]:
        """Return the index terms of a brief's text, for related stories."""
        return self._cached(
            ("terms", self.digest(html)),
            lambda: brief_terms(self.blocks(html), self._reader()),
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
        bodies: Sequence[str],
        terms: Callable[[int], tuple[str, ...]],
        top_k: int,
        min_score: float,
        duplicate_score: float,
    ) -> dict[str, list[Related]]:
        """Return related stories of every brief; a cache hit replays the warnings.

        ``documents`` carry every field but the body; ``bodies`` stand for their
        bodies in the cache key (the SHA-256 of each brief's HTML, which decides
        its index terms), and ``terms(i)`` gives the index terms of document ``i``,
        asked for only when the stories are not cached.  A warm build never
        decodes the terms: it keeps their cache entries for the next build, and
        asks only for those the cache lacks (a brief whose terms could not be
        found is named again, as in a cold build).
        """
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


# ---------------------------------------------------------------------------
# Pelican's own content cache


def content_cache_stamp(settings: Mapping[str, Any], names: Sequence[str]) -> str:
    """Hash of what Pelican's cached reader output depends on beyond the file itself.

    ``names`` are the settings that change how a file is read (``MARKDOWN`` ...);
    the Markdown extension (:data:`READER_SOURCES`) is in this package, so its
    sources count too.
    """
    parts: list[str | bytes] = library_versions(("pelican", "markdown"))
    parts += [f"{name}={settings.get(name)!r}" for name in names]
    for path in source_files(READER_SOURCES):
        parts += [path.relative_to(PACKAGE).as_posix(), path.read_bytes()]
    return fingerprint(parts)


def guard_content_cache(folder: Path, stamp: str) -> bool:
    """Delete Pelican's content-cache files in ``folder`` made under another stamp.

    Pelican checks a cached file only by its own stamp (modification time or hash),
    not by the settings or the code that read it.  Returns True when files were
    deleted.
    """
    stamp_file = folder / PELICAN_STAMP
    try:
        if stamp_file.read_text("utf-8") == stamp:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    deleted = False
    for name in PELICAN_CACHE_FILES:
        try:
            (folder / name).unlink()
            deleted = True
        except FileNotFoundError:
            continue
    try:
        write_atomically(stamp_file, stamp.encode("utf-8"))
    except OSError as error:
        logger.warning("cannot write %s: %s", stamp_file, error)
    if deleted:
        logger.info(
            "Pelican's content cache in %s was made by other settings: cleared", folder
        )
    return deleted
