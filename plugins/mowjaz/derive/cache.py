"""The cache file of what Mowjaz derives from each brief: a key -> value store.

Pelican-free, and it knows no algorithm: :class:`DerivedStore` keeps the entries
of one cache file, loaded once, and :mod:`mowjaz.derive.derivations` decides what
goes in.  Never stale, by construction:

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

The same module guards Pelican's own content cache (:func:`guard_content_cache`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from ..files import write_atomically

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


# ---------------------------------------------------------------------------
# Pelican's own content cache


def content_cache_stamp(settings: Mapping[str, Any], names: Sequence[str]) -> str:
    """Hash of what Pelican's cached reader output depends on beyond the file itself.

    ``names`` are the settings that change how a file is read (``MARKDOWN`` ...);
    the Markdown extension (:data:`READER_SOURCES`) is in this package, so its
    sources count too.
    """
    parts: list[str | bytes] = [*library_versions(("pelican", "markdown"))]
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
