"""Lead images: ``Image:``, ``ImageAlt:`` and ``ImageCredit:`` in a brief's header.

The file lives in the content folder's ``images/`` (``Image: marathon.jpg`` or
``Image: images/marathon.jpg``).  Pillow makes resized copies of it, JPEG and (when
Pillow can) WebP, at the widths of :data:`WIDTHS` no wider than the original;
the 1200 px JPEG is the share image (``og:image``, JSON-LD, feed enclosure).  The
copies are kept in the cache folder, keyed by the file's hash, so a rebuild does not
encode them again.

The article gets ``article.lead_image``, a :class:`LeadImage` the theme renders as a
``<picture>`` with ``srcset``, ``width`` and ``height``.  A missing or unreadable file
is a warning naming the brief; the page then shares the site image.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from PIL import Image, ImageOps, features

from ..config import Config
from ..files import write_atomically
from .generator import FileGenerator

logger = logging.getLogger(__name__)

WIDTHS = (480, 800, 1200, 1600)
SHARE_WIDTH = 1200
FOLDER = "images"
JPEG_QUALITY = 82
WEBP_QUALITY = 78
# Changing how copies are made changes this, so cached copies are made again.
RECIPE = f"1:{WIDTHS}:{JPEG_QUALITY}:{WEBP_QUALITY}"


@dataclass(frozen=True, slots=True)
class Variant:
    """One resized copy: where it goes in the output, its size and its bytes."""

    path: str
    width: int
    height: int
    mime: str
    data: bytes


@dataclass(frozen=True, slots=True)
class LeadImage:
    """What the theme and the feeds need to show a lead image (paths from the root)."""

    src: str
    srcset: tuple[tuple[str, int], ...]
    webp_srcset: tuple[tuple[str, int], ...]
    width: int
    height: int
    alt: str
    credit: str
    share: str
    share_width: int
    share_height: int
    share_mime: str
    share_length: int


def image_path(value: str) -> str:
    """Return the content-relative path of an ``Image:`` value (``images/...``)."""
    path = PurePosixPath(value.strip().lstrip("/"))
    return str(path if path.parts[:1] == (FOLDER,) else PurePosixPath(FOLDER, path))


def widths_for(width: int) -> list[int]:
    """Return the copy widths for an original ``width`` px wide (at least one)."""
    chosen = [w for w in WIDTHS if w <= width]
    return chosen or [width]


def make_variants(source: bytes, name: str, *, webp: bool) -> list[Variant]:
    """Return the JPEG (and WebP) copies of the image ``source``, narrowest first."""
    with Image.open(io.BytesIO(source)) as opened:
        image = ImageOps.exif_transpose(opened).convert("RGBA")
    flat = Image.new("RGB", image.size, "#ffffff")
    flat.paste(image, mask=image.getchannel("A"))
    stem = PurePosixPath(name).stem
    variants = []
    for width in widths_for(flat.width):
        height = round(flat.height * width / flat.width)
        copy = flat.resize((width, height), Image.Resampling.LANCZOS)
        formats = [("jpg", "JPEG", "image/jpeg", {"quality": JPEG_QUALITY})]
        if webp:
            formats.append(("webp", "WEBP", "image/webp", {"quality": WEBP_QUALITY}))
        for suffix, kind, mime, options in formats:
            out = io.BytesIO()
            copy.save(out, kind, optimize=True, **options)
            path = f"{FOLDER}/{stem}-{width}.{suffix}"
            variants.append(Variant(path, width, height, mime, out.getvalue()))
    return variants


def lead_image(variants: list[Variant], *, alt: str, credit: str) -> LeadImage:
    """Return the record the theme renders, from a brief's image copies."""
    jpegs = [v for v in variants if v.mime == "image/jpeg"]
    webps = [v for v in variants if v.mime == "image/webp"]
    share = next((v for v in jpegs if v.width == SHARE_WIDTH), jpegs[-1])
    shown = next((v for v in jpegs if v.width >= 800), jpegs[-1])  # noqa: PLR2004
    return LeadImage(
        src=shown.path,
        srcset=_srcset(jpegs),
        webp_srcset=_srcset(webps),
        width=share.width,
        height=share.height,
        alt=alt,
        credit=credit,
        share=share.path,
        share_width=share.width,
        share_height=share.height,
        share_mime=share.mime,
        share_length=len(share.data),
    )


def _srcset(variants: Iterable[Variant]) -> tuple[tuple[str, int], ...]:
    """Return ``(path, width)`` pairs; the theme writes them with its ``SITEURL``."""
    return tuple((v.path, v.width) for v in variants)


class VariantCache:
    """Copies made before, in ``<cache>/images/<hash>/``, keyed by source and recipe."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get(self, source: bytes, name: str, *, webp: bool) -> list[Variant]:
        """Return the copies of ``source``, from the cache or made now."""
        key = hashlib.sha256(source + f"{RECIPE}:{webp}:{name}".encode()).hexdigest()
        if self.folder is not None:
            found = self._read(self.folder / key[:32])
            if found:
                return found
        variants = make_variants(source, name, webp=webp)
        if self.folder is not None:
            self._write(self.folder / key[:32], variants)
        return variants

    @staticmethod
    def _read(folder: Path) -> list[Variant]:
        index = folder / "index.txt"
        if not index.exists():
            return []
        variants = []
        for line in index.read_text("utf-8").splitlines():
            path, width, height, mime = line.split("\t")
            data = (folder / PurePosixPath(path).name).read_bytes()
            variants.append(Variant(path, int(width), int(height), mime, data))
        return variants

    @staticmethod
    def _write(folder: Path, variants: list[Variant]) -> None:
        for v in variants:
            write_atomically(folder / PurePosixPath(v.path).name, v.data)
        lines = [f"{v.path}\t{v.width}\t{v.height}\t{v.mime}" for v in variants]
        write_atomically(folder / "index.txt", ("\n".join(lines) + "\n").encode())


def cache_folder(settings: Mapping[str, Any], config: Config) -> Path | None:
    """Return where image copies are cached, or None when caching is off."""
    if not config.cache_path:
        return None
    content = Path(str(settings.get("PATH") or "."))
    return (content.parent / config.cache_path / "images").resolve()


def publish(
    content: Path, value: str, cache: VariantCache, *, alt: str, credit: str
) -> tuple[LeadImage, list[Variant]]:
    """Read ``value`` (an ``Image:`` path) in ``content``: its record and copies.

    Raises OSError (or Pillow's ValueError) when the file cannot be read.
    """
    path = content / image_path(value)
    source = path.read_bytes()
    variants = cache.get(source, path.name, webp=bool(features.check("webp")))
    return lead_image(variants, alt=alt, credit=credit), variants


class ImageGenerator(FileGenerator):
    """Pelican generator: makes the lead images' copies and attaches their records."""

    def generate_context(self) -> None:
        """Make every lead image's copies; set ``lead_image`` on its article."""
        config = Config.from_settings(self.settings)
        cache = VariantCache(cache_folder(self.settings, config))
        for doc in self._documents():
            metadata = getattr(doc, "metadata", {}) or {}
            value = str(metadata.get("image") or "").strip()
            if not value or value.startswith(("http://", "https://")):
                continue
            self._attach(doc, value, cache)

    def _attach(self, doc: Any, value: str, cache: VariantCache) -> None:
        metadata = doc.metadata
        source = getattr(doc, "relative_source_path", "") or doc.source_path
        alt = str(metadata.get("imagealt") or "").strip()
        if not alt:
            logger.warning('%s: Image without ImageAlt: the image gets alt=""', source)
        try:
            record, variants = publish(
                self.content,
                value,
                cache,
                alt=alt,
                credit=str(metadata.get("imagecredit") or "").strip(),
            )
        except (OSError, ValueError) as error:
            logger.warning(
                "%s: Image %s cannot be read (%s); the site image is shared instead",
                source,
                value,
                error,
            )
            doc.image = ""
            return
        if record.share_width < SHARE_WIDTH:
            logger.warning(
                "%s: Image %s is %d px wide; share images need %d px or more",
                source,
                value,
                record.share_width,
                SHARE_WIDTH,
            )
        doc.lead_image = record
        doc.image = record.share
        self.files.update({v.path: v.data for v in variants})

    def _documents(self) -> list[Any]:
        names = ("articles", "translations", "hidden_articles", "drafts", "pages")
        found: list[Any] = []
        for name in names:
            found.extend(self.context.get(name) or ())
        return found


def get_generators(pelican: Any) -> type[ImageGenerator]:
    """``get_generators`` receiver: Pelican runs :class:`ImageGenerator` too."""
    del pelican  # the generator reads its settings when Pelican creates it
    return ImageGenerator
