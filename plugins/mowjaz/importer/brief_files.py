"""Read the metadata header of the briefs already written, without Pelican.

The importer refuses a slug another brief already uses (its ``Slug``, or the slug
of its ``Title``), and ``mowjaz analyze`` reads the title and slug of a brief it
is given; both need only the ``Key: value`` lines at the top of a Markdown file,
read the way Pelican reads them (keys lower-cased, the header ends at the first
blank line).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..files import write_atomically
from ..text.slug import slugify
from .records import ImporterError

# Briefs are ordinary files: readable by the web server and by other editors.
BRIEF_MODE = 0o644

_HEADER_BYTES = 65536
_TAG = re.compile(r"<[^>]*>")
_META_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")


def read_slugs(out_dir: Path) -> dict[str, list[Path]]:
    """Return the briefs under ``out_dir`` by slug: read once per command.

    A brief's slug is its ``Slug``, else the slug of its ``Title``, else its file
    name.  The importer adds each brief it writes (:func:`write_brief`), so a bulk
    import reads every header once, not once per file.
    """
    slugs: dict[str, list[Path]] = {}
    if not out_dir.is_dir():
        return slugs
    for path in sorted(out_dir.rglob("*.md")):
        slugs.setdefault(brief_slug(path), []).append(path)
    return slugs


def brief_slug(path: Path) -> str:
    """Return the slug of the brief at ``path``, as Pelican would give it."""
    metadata = read_header(path)
    if "slug" in metadata:
        return metadata["slug"]
    if "title" in metadata:
        return slugify(html.unescape(_TAG.sub("", metadata["title"])))
    return path.stem


def slug_owner(out_dir: Path, slug: str, ignore: Path | None = None) -> Path | None:
    """Return the brief under ``out_dir`` whose slug is ``slug``, if there is one."""
    return _owner(read_slugs(out_dir), slug, ignore)


def _owner(slugs: dict[str, list[Path]], slug: str, ignore: Path | None) -> Path | None:
    return next((path for path in slugs.get(slug, ()) if path != ignore), None)


def read_header(path: Path) -> dict[str, str]:
    """Return the lower-cased single-line metadata of a Markdown brief file."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEADER_BYTES).decode("utf-8-sig", "replace")
    except OSError:
        return {}
    return parse_header(head)


def parse_header(text: str) -> dict[str, str]:
    """Return the ``Key: value`` metadata at the top of a Markdown brief's text.

    Keys are lower-cased (as Pelican does); the header ends at the first blank
    line; continuation lines of a multi-line value are skipped.
    """
    metadata: dict[str, str] = {}
    for line in text.splitlines():
        match = _META_LINE.match(line)
        if not line.strip() or (match is None and not line.startswith("    ")):
            break
        if match:
            metadata.setdefault(match["key"].lower(), match["value"].strip())
    return metadata


def write_brief(
    markdown: str,
    out_dir: Path,
    slug: str,
    *,
    force: bool = False,
    source: str = "-",
    slugs: dict[str, list[Path]] | None = None,
) -> Path:
    """Write ``markdown`` to ``out_dir/<slug>.md`` atomically; return the path.

    Never writes outside ``out_dir``; never replaces a brief without ``force``; a
    slug another brief already uses (its ``Slug`` or the slug of its ``Title``) is
    refused.  The text goes to a temporary file in ``out_dir`` that is linked or
    renamed into place, so a reader never sees half a brief.  ``slugs`` is the
    index from :func:`read_slugs` for a bulk import (kept current here); without
    it the folder is read for this one write.
    """
    target = out_dir / f"{slug}.md"
    if slugify(slug) != slug or not slug or target.parent != out_dir:
        raise ImporterError(source, f"slug {slug!r} is not a safe file name")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ImporterError(
            source, f"cannot create {out_dir}: {error.strerror}"
        ) from None
    if slugs is None:
        slugs = read_slugs(out_dir)
    owner = _owner(slugs, slug, target)
    if owner is not None:
        raise ImporterError(
            source, f"slug {slug!r} is already used by {owner}; choose one with --slug"
        )
    if target.exists() and not force:
        raise ImporterError(source, f"{target} already exists (--force replaces it)")
    replaced = brief_slug(target) if target.exists() else None
    _atomic_write(markdown.encode("utf-8"), target, force=force, source=source)
    if replaced is not None and target in slugs.get(replaced, ()):
        slugs[replaced].remove(target)
    if target not in slugs.setdefault(slug, []):
        slugs[slug].append(target)
    return target


def _atomic_write(data: bytes, target: Path, *, force: bool, source: str) -> None:
    try:
        write_atomically(target, data, replace=force, mode=BRIEF_MODE, durable=True)
    except FileExistsError:
        raise ImporterError(
            source, f"{target} already exists (--force replaces it)"
        ) from None
    except OSError as error:
        raise ImporterError(
            source, f"cannot write {target}: {error.strerror}"
        ) from None


# Lead images the build can read (mowjaz.site.images), and the largest one accepted.
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif"})
IMAGE_MAX_BYTES = 20 * 1024 * 1024
_UNSAFE_NAME = re.compile(r"[^\w.-]+")


def add_image(source: Path, folder: Path) -> str:
    """Copy a lead image into ``folder`` (the content's ``images/``); return its name.

    The name is the source's, made safe for a URL (letters, digits, ``.-_``).  The
    same file imported again is reused; another file of that name is refused, never
    replaced (a published brief may show it).
    """
    suffix = source.suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        kinds = ", ".join(sorted(IMAGE_SUFFIXES))
        raise ImporterError(str(source), f"an image must be one of {kinds}")
    try:
        size = source.stat().st_size
        if size > IMAGE_MAX_BYTES:
            raise ImporterError(str(source), "the image is larger than 20 MB")
        data = source.read_bytes()
    except OSError as error:
        raise ImporterError(str(source), f"cannot read: {error.strerror}") from None
    stem = _UNSAFE_NAME.sub("-", source.stem).strip("-.") or "image"
    name = f"{stem}{suffix}"
    target = folder / name
    if target.is_file() and target.read_bytes() == data:
        return name
    try:
        write_atomically(target, data, replace=False)
    except FileExistsError:
        raise ImporterError(
            str(source), f"{target} exists with other content: rename the image"
        ) from None
    except OSError as error:
        raise ImporterError(
            str(source), f"cannot write {target}: {error.strerror}"
        ) from None
    return name
