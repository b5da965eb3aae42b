"""Theme assets for speed: fingerprinted names, minified CSS, fonts found early.

:class:`AssetGenerator` copies the theme's stylesheets, script and woff2 files to
``theme/assets/`` under names that carry a hash of their content
(``mowjaz.3f2a1b9c0d.css``), so a host can cache them for a year
(``Cache-Control: max-age=31536000, immutable``).  The main stylesheet starts with
the webfont's ``@font-face`` rules (from ``fonts.css``) and with a size-adjusted
fallback face, so there is no second stylesheet to wait for and the swap to the
webfont moves no line.  Templates read the names from ``mowjaz_assets`` (an
:class:`Assets` record): ``mowjaz_assets.url("css/mowjaz.css")``; the Arabic woff2
files are preloaded from the ``<head>``.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..config import Config
from .generator import FileGenerator

logger = logging.getLogger(__name__)

FOLDER = "assets"
# Stands for the page's SITEURL in inlined rules (relative URLs differ by depth).
BASE = "@MOWJAZ_BASE@"
FONT_FAMILY = "Mowjaz Naskh"
FALLBACK_FAMILY = "Mowjaz Naskh Fallback"
# Files fingerprinted, relative to the theme's static folder.
FILES = ("css/mowjaz.css", "css/print.css", "css/search.css", "js/search.js")
# The fallback face: the local sans-serif a reader most likely has, scaled so that
# Arabic text takes the width it will take in Noto Naskh Arabic.  The ratios are
# the mean advance of the Arabic letters of a news sentence in the subset webfont
# over the same in DejaVu Sans (Debian's default, which Lighthouse's Chromium uses
# here): 0.524 / 0.615 em (regular), 0.549 / 0.713 em (bold).  The vertical
# overrides are Naskh's own (ascent 1.069 em, descent 0.634 em) over that scale.
FALLBACK_FACES = (
    (400, 'local("DejaVu Sans"), local("Arial"), local("Tahoma")', 85.1),
    (700, 'local("DejaVu Sans Bold"), local("Arial Bold"), local("Tahoma Bold")', 77.0),
)
NASKH_ASCENT = 1.069
NASKH_DESCENT = 0.634
_FACE = re.compile(r"@font-face\s*\{(?P<body>[^}]*)\}", re.S)
_URL = re.compile(r'url\(\s*["\']?(?P<url>[^"\')]+)["\']?\s*\)')
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_SPACE = re.compile(r"\s+")
_AROUND = re.compile(r"\s*([{};,>])\s*")
_AFTER_COLON = re.compile(r":\s+")


@dataclass(frozen=True, slots=True)
class Assets:
    """Fingerprinted paths (from the site root) by their theme name, and preloads."""

    urls: Mapping[str, str] = field(default_factory=dict)
    preload: tuple[str, ...] = ()
    # With MOWJAZ_INLINE_FONT_FACES: the @font-face rules for a <style> element,
    # their URLs starting with BASE (the template puts in SITEURL).
    inline_css: str = ""

    def inline_fonts(self, siteurl: str) -> str:
        """Return the inlined ``@font-face`` rules with ``siteurl`` in their URLs."""
        return self.inline_css.replace(BASE, siteurl)

    def url(self, name: str) -> str:
        """Return the path of theme file ``name`` (``css/mowjaz.css``) in the site."""
        return self.urls.get(name) or f"theme/{name}"


def minify_css(css: str) -> str:
    """Return ``css`` without comments and needless white space.

    Spaces are kept where they mean something: between selector parts (a
    descendant combinator) and inside values (``calc(100% - 1rem)``).
    """
    text = _SPACE.sub(" ", _COMMENT.sub("", css))
    text = _AFTER_COLON.sub(":", _AROUND.sub(r"\1", text))
    return text.replace(";}", "}").strip()


def fingerprint(name: str, data: bytes) -> str:
    """Return ``name`` with a hash of ``data`` before its suffix, in :data:`FOLDER`."""
    path = PurePosixPath(name)
    digest = hashlib.sha256(data).hexdigest()[:10]
    return f"theme/{FOLDER}/{path.stem}.{digest}{path.suffix}"


def font_faces(fonts_css: str, renamed: Mapping[str, str]) -> str:
    """Return the ``@font-face`` rules of ``fonts.css`` pointing at ``renamed`` files.

    ``renamed`` maps a woff2 file name to its fingerprinted name (same folder as
    the stylesheet); faces whose file is not there are dropped.
    """
    rules = []
    for match in _FACE.finditer(fonts_css):
        body = match.group("body")
        found = _URL.search(body)
        if not found or found.group("url") not in renamed:
            continue
        new = renamed[found.group("url")]
        rules.append("@font-face{" + body.replace(found.group("url"), new) + "}")
    return "\n".join(rules)


def fallback_faces() -> str:
    """Return the size-adjusted fallback ``@font-face`` rules."""
    rules = []
    for weight, sources, scale in FALLBACK_FACES:
        ascent = NASKH_ASCENT * 100 * 100 / scale
        descent = NASKH_DESCENT * 100 * 100 / scale
        rules.append(
            f'@font-face{{font-family:"{FALLBACK_FAMILY}";font-weight:{weight};'
            f"src:{sources};size-adjust:{scale}%;ascent-override:{ascent:.1f}%;"
            f"descent-override:{descent:.1f}%;line-gap-override:0%}}"
        )
    return "\n".join(rules)


def build_assets(
    static: Path, *, inline: bool = False
) -> tuple[Assets, dict[str, bytes]]:
    """Return the :class:`Assets` record and the files to write, from a theme.

    ``inline`` moves the ``@font-face`` rules from the main stylesheet into
    :attr:`Assets.inline_css`, for a ``<style>`` element in each page's head.
    """
    files: dict[str, bytes] = {}
    urls: dict[str, str] = {}
    fonts = static / "fonts"
    renamed: dict[str, str] = {}
    preload = []
    for font in sorted(fonts.glob("*.woff2")):
        data = font.read_bytes()
        path = fingerprint(font.name, data)
        files[path] = data
        urls[f"fonts/{font.name}"] = path
        renamed[font.name] = PurePosixPath(path).name
        if "arabic" in font.name:
            preload.append(path)
    for name in FILES:
        source = static / name
        if not source.exists():
            continue
        data = source.read_bytes()
        if name == "css/mowjaz.css":
            data = _main_css(data.decode("utf-8"), fonts, {} if inline else renamed)
        elif name.endswith(".css"):
            data = minify_css(data.decode("utf-8")).encode()
        path = fingerprint(name, data)
        files[path] = data
        urls[name] = path
    inline_css = ""
    if inline and (fonts / "fonts.css").exists() and renamed:
        prefixed = {old: f"{BASE}/theme/{FOLDER}/{new}" for old, new in renamed.items()}
        faces = font_faces((fonts / "fonts.css").read_text("utf-8"), prefixed)
        inline_css = minify_css(faces + "\n" + fallback_faces())
    return Assets(urls=urls, preload=tuple(preload), inline_css=inline_css), files


def _main_css(css: str, fonts: Path, renamed: Mapping[str, str]) -> bytes:
    """Return the main stylesheet with the font faces first, minified."""
    parts = []
    fonts_css = fonts / "fonts.css"
    if fonts_css.exists() and renamed:
        parts.append(font_faces(fonts_css.read_text("utf-8"), renamed))
        parts.append(fallback_faces())
    parts.append(css)
    return (minify_css("\n".join(parts)) + "\n").encode()


class AssetGenerator(FileGenerator):
    """Pelican generator: fingerprints the theme's assets, offers ``mowjaz_assets``."""

    def generate_context(self) -> None:
        """Read the theme's assets and put the :class:`Assets` record in the context."""
        config = Config.from_settings(self.settings)
        assets, self.files = build_assets(
            (self.theme / "static"), inline=config.inline_font_faces
        )
        self.context["mowjaz_assets"] = assets


def get_generators(pelican: Any) -> type[AssetGenerator]:
    """``get_generators`` receiver: Pelican runs :class:`AssetGenerator` too."""
    del pelican  # the generator reads the theme when Pelican creates it
    return AssetGenerator
