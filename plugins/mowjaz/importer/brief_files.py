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

from ..text.slug import slugify

_HEADER_BYTES = 65536
_TAG = re.compile(r"<[^>]*>")
_META_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")


def slug_owner(out_dir: Path, slug: str, ignore: Path | None = None) -> Path | None:
    """Return the brief under ``out_dir`` whose slug is ``slug``, if there is one."""
    for path in sorted(out_dir.rglob("*.md")):
        if path == ignore:
            continue
        metadata = read_header(path)
        if "slug" in metadata:
            existing = metadata["slug"]
        elif "title" in metadata:
            existing = slugify(html.unescape(_TAG.sub("", metadata["title"])))
        else:
            existing = path.stem
        if existing == slug:
            return path
    return None


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
