"""Pre-compressed copies for hosts that serve them: ``page.html.gz``, ``page.html.br``.

With ``MOWJAZ_PRECOMPRESS`` on (``make publish`` turns it on in publishconf.py),
once Pelican has written the site every text file it wrote (HTML, XML, CSS, JS,
JSON, SVG, TXT) gets a gzip (level 9, no timestamp: the same bytes each build) and a
Brotli (quality 11) copy beside it, so nginx's ``gzip_static``/``brotli_static`` or
a CDN can send them without compressing on each request.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import brotli

from ..config import Config
from ..files import write_atomically

logger = logging.getLogger(__name__)

SUFFIXES = frozenset({".html", ".xml", ".css", ".js", ".json", ".svg", ".txt"})
# Below this size a compressed copy saves less than a network packet.
MIN_SIZE = 256


def compressed(data: bytes) -> tuple[bytes, bytes]:
    """Return the gzip and Brotli copies of ``data`` (gzip without a timestamp)."""
    return gzip.compress(data, compresslevel=9, mtime=0), brotli.compress(
        data, quality=11
    )


def text_files(root: Path) -> Iterator[Path]:
    """Yield the files under ``root`` worth compressing, in a stable order."""
    for path in sorted(root.rglob("*")):
        if (
            path.suffix in SUFFIXES
            and path.is_file()
            and path.stat().st_size >= MIN_SIZE
        ):
            yield path


def precompress(root: Path) -> int:
    """Write ``.gz`` and ``.br`` beside every text file under ``root``; count them."""
    count = 0
    for path in text_files(root):
        gz, br = compressed(path.read_bytes())
        write_atomically(path.with_name(path.name + ".gz"), gz)
        write_atomically(path.with_name(path.name + ".br"), br)
        count += 1
    return count


def precompress_site(pelican: Any) -> None:
    """Compress the written site when the setting is on (``finalized`` receiver)."""
    if not Config.from_settings(pelican.settings).precompress:
        return
    count = precompress(Path(pelican.output_path))
    logger.info("wrote .gz and .br copies of %d files", count)
