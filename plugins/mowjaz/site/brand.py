"""The publisher's marks: logo, favicon.ico, SVG icon, apple-touch-icon, site image.

The default logo is drawn here in code (a red rounded square holding three lines of
text, right-aligned as Arabic is): :func:`logo_svg` writes it as SVG and
:func:`draw_logo` with Pillow, from the same shapes (:func:`logo_shapes`).  A site
can set ``MOWJAZ_LOGO`` to its own raster logo (a path inside the content folder);
the icons are then made from that file, and there is no SVG icon.

:class:`BrandGenerator` writes the files at the root of the site and puts a
:class:`Brand` record in the template context as ``mowjaz_brand``.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from ..config import Config
from .generator import FileGenerator
from .images import VariantCache, cache_folder, publish

logger = logging.getLogger(__name__)

ACCENT = "#8c1d18"
PAPER = "#fbfaf7"
INK = "#ffffff"
# The drawing's own units: a 64 x 64 square.
UNITS = 64
LOGO_SIZE = 512
TOUCH_SIZE = 180
ICO_SIZES = ((16, 16), (32, 32), (48, 48))
CARD_SIZE = (1200, 630)
LOGO_PNG = "logo.png"
ICON_SVG = "icon.svg"
FAVICON = "favicon.ico"
TOUCH_ICON = "apple-touch-icon.png"
SITE_IMAGE = "site-image.png"


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in drawing units, with rounded corners of radius ``r``."""

    x: float
    y: float
    w: float
    h: float
    r: float
    fill: str


@dataclass(frozen=True, slots=True)
class Brand:
    """What templates and feeds need to show the publisher (paths from the root)."""

    logo: str
    logo_width: int
    logo_height: int
    favicon: str
    touch_icon: str
    svg_icon: str
    site_image: str
    site_image_width: int
    site_image_height: int
    publisher_type: str
    organization_authors: tuple[str, ...]


def logo_shapes() -> list[Box]:
    """Return the default logo: a rounded square and three lines, longest on top."""
    shapes = [Box(0, 0, UNITS, UNITS, 14, ACCENT)]
    right = 52.0
    for row, width in enumerate((40.0, 30.0, 20.0)):
        shapes.append(Box(right - width, 17 + row * 12, width, 6, 3, INK))
    return shapes


def logo_svg(shapes: list[Box]) -> bytes:
    """Return the shapes as a square SVG document."""
    rects = "".join(
        f'<rect x="{s.x:g}" y="{s.y:g}" width="{s.w:g}" height="{s.h:g}" '
        f'rx="{s.r:g}" fill="{s.fill}"/>'
        for s in shapes
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {UNITS} {UNITS}">'
        f"{rects}</svg>\n"
    ).encode()


def draw_logo(shapes: list[Box], size: int) -> Image.Image:
    """Draw the shapes on a transparent ``size`` x ``size`` image (4x supersampled)."""
    scale = size * 4 / UNITS
    image = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    for s in shapes:
        box = (
            s.x * scale,
            s.y * scale,
            (s.x + s.w) * scale - 1,
            (s.y + s.h) * scale - 1,
        )
        pen.rounded_rectangle(box, radius=s.r * scale, fill=s.fill)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def square(image: Image.Image, size: int, background: str | None) -> Image.Image:
    """Fit ``image`` into a ``size`` square, centred, on ``background`` (or clear)."""
    copy = image.convert("RGBA")
    copy.thumbnail((size, size), Image.Resampling.LANCZOS)
    canvas = Image.new("RGBA", (size, size), background or (0, 0, 0, 0))
    canvas.alpha_composite(copy, ((size - copy.width) // 2, (size - copy.height) // 2))
    return canvas


def site_card(logo: Image.Image, size: tuple[int, int] = CARD_SIZE) -> Image.Image:
    """Return the default share image: the logo centred on the paper colour."""
    width, height = size
    canvas = Image.new("RGB", size, PAPER)
    mark = square(logo, height // 2, None)
    canvas.paste(mark, ((width - mark.width) // 2, (height - mark.height) // 2), mark)
    return canvas


def png_bytes(image: Image.Image) -> bytes:
    """Return ``image`` as optimised PNG."""
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def ico_bytes(logo: Image.Image) -> bytes:
    """Return a favicon.ico holding 16, 32 and 48 px versions of ``logo``."""
    out = io.BytesIO()
    square(logo, 256, None).save(out, "ICO", sizes=list(ICO_SIZES))
    return out.getvalue()


def brand_files(logo: Image.Image, svg: bytes | None) -> dict[str, bytes]:
    """Return every brand file by its name at the site root."""
    files = {
        LOGO_PNG: png_bytes(square(logo, LOGO_SIZE, None)),
        FAVICON: ico_bytes(logo),
        TOUCH_ICON: png_bytes(square(logo, TOUCH_SIZE, PAPER).convert("RGB")),
        SITE_IMAGE: png_bytes(site_card(logo)),
    }
    if svg is not None:
        files[ICON_SVG] = svg
    return files


def load_logo(config: Config, content: Path) -> tuple[Image.Image, bytes | None]:
    """Return the site's logo image and SVG: ``MOWJAZ_LOGO`` or the default one."""
    shapes = logo_shapes()
    if config.logo:
        path = content / config.logo
        try:
            with Image.open(path) as image:
                image.load()
                return image.convert("RGBA"), None
        except (OSError, ValueError) as error:
            logger.warning(
                "%s: MOWJAZ_LOGO cannot be read (%s); the default logo is used",
                path,
                error,
            )
    return draw_logo(shapes, LOGO_SIZE), logo_svg(shapes)


class BrandGenerator(FileGenerator):
    """Pelican generator: writes the brand files, offers ``mowjaz_brand`` to themes."""

    def generate_context(self) -> None:
        """Draw the marks and put the :class:`Brand` record in the context."""
        config = Config.from_settings(self.settings)
        logo, svg = load_logo(config, self.content)
        self.files = brand_files(logo, svg)
        site_image = (SITE_IMAGE, *CARD_SIZE)
        if config.default_image:
            site_image = self._default_image(config)
        self.context["mowjaz_brand"] = Brand(
            logo=LOGO_PNG,
            logo_width=LOGO_SIZE,
            logo_height=LOGO_SIZE,
            favicon=FAVICON,
            touch_icon=TOUCH_ICON,
            svg_icon=ICON_SVG if svg is not None else "",
            site_image=site_image[0],
            site_image_width=site_image[1],
            site_image_height=site_image[2],
            publisher_type=config.publisher_type,
            organization_authors=config.organization_authors,
        )

    def _default_image(self, config: Config) -> tuple[str, int, int]:
        """Publish ``MOWJAZ_DEFAULT_IMAGE``; return its share copy's path and size."""
        cache = VariantCache(cache_folder(self.settings, config))
        try:
            record, variants = publish(
                self.content, config.default_image, cache, alt="", credit=""
            )
        except (OSError, ValueError) as error:
            logger.warning(
                "MOWJAZ_DEFAULT_IMAGE %s cannot be read (%s); the drawn card is used",
                config.default_image,
                error,
            )
            return (SITE_IMAGE, *CARD_SIZE)
        self.files.update({v.path: v.data for v in variants})
        return record.share, record.share_width, record.share_height


def get_generators(pelican: Any) -> type[BrandGenerator]:
    """``get_generators`` receiver: Pelican runs :class:`BrandGenerator` too."""
    del pelican  # the generator reads its settings when Pelican creates it
    return BrandGenerator
