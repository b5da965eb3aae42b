"""Prepare the theme's Arabic webfont: `python tools/fetch_font.py` (`make fonts`).

The font is Noto Naskh Arabic (SIL Open Font License 1.1) from the Fontsource
package, fetched with the ordinary npm client (`npm pack`), checked against the
pinned sha512 integrity, then subset with fontTools to what a news brief uses
(Arabic, basic Latin, punctuation) and written as woff2 into
``theme/static/fonts/`` together with ``fonts.css`` (the @font-face rules, with
``unicode-range`` so a browser only downloads what a page needs) and the licence.
Nothing is committed: the folder is git-ignored and rebuilt on a fresh checkout.

Without npm, or when the registry cannot be reached, the site is built with the
system font stack and one warning is printed; a tarball whose checksum does not
match is an error.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import logging
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset

logger = logging.getLogger("fetch_font")

ROOT = Path(__file__).resolve().parent.parent
DESTINATION = ROOT / "theme" / "static" / "fonts"
PACKAGE = "@fontsource/noto-naskh-arabic"
VERSION = "5.3.0"
# `npm pack --json` integrity of the pinned version (sha512 of the tarball).
INTEGRITY = (
    "sha512-S/GDgQ6mh/PKo4mz5+eXNYbEarvpI7yh6eCdOz8tTVbeM7+OUiacIEscaYEibr/"
    "+egDtGbO2ZB00sjy1bJC1kQ=="
)
FAMILY = "Mowjaz Naskh"
WEIGHTS = (400, 700)
STAMP = ".source"

# Code points kept from each Fontsource subset file.
ARABIC_RANGES = (
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0x200C, 0x200F),  # ZWNJ, ZWJ, LRM, RLM (shaping and direction marks)
    (0x2010, 0x2010),  # hyphen
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)
LATIN_RANGES = (
    (0x0020, 0x007E),  # basic Latin
    (0x00A0, 0x00FF),  # Latin-1 punctuation and letters
    (0x2000, 0x206F),  # general punctuation (quotes, dashes, ellipsis)
    (0x20AC, 0x20AC),  # euro sign
)


@dataclass(frozen=True, slots=True)
class FontFile:
    """One subset woff2 to write: which packaged file, which code points."""

    script: str
    weight: int
    ranges: tuple[tuple[int, int], ...]

    @property
    def source(self) -> str:
        """Path of the packaged woff2 inside the npm tarball."""
        stem = f"noto-naskh-arabic-{self.script}-{self.weight}-normal"
        return f"package/files/{stem}.woff2"

    @property
    def name(self) -> str:
        """File name written into the theme."""
        return f"mowjaz-naskh-{self.script}-{self.weight}.woff2"


class FontError(RuntimeError):
    """The downloaded package is not the one pinned here."""


FILES = tuple(
    FontFile(script, weight, ranges)
    for weight in WEIGHTS
    for script, ranges in (("arabic", ARABIC_RANGES), ("latin", LATIN_RANGES))
)


def is_prepared(destination: Path = DESTINATION) -> bool:
    """Whether the webfont for the pinned version is already in ``destination``."""
    stamp = destination / STAMP
    return (
        stamp.exists()
        and stamp.read_text("utf-8").strip() == f"{PACKAGE}@{VERSION}"
        and (destination / "fonts.css").exists()
        and all((destination / font.name).exists() for font in FILES)
    )


def npm_pack(workdir: Path) -> Path | None:
    """Download the pinned tarball into ``workdir`` with npm; None if impossible."""
    npm = shutil.which("npm")
    if npm is None:
        logger.warning(
            "warning: npm is not installed; the site uses the system Arabic fonts "
            "(install npm and run `make fonts` for the %s webfont)",
            FAMILY,
        )
        return None
    command = [npm, "pack", f"{PACKAGE}@{VERSION}", "--json", "--silent"]
    command += ["--pack-destination", str(workdir)]
    result = subprocess.run(  # fixed arguments, no shell
        command, capture_output=True, text=True, cwd=workdir, check=False
    )
    if result.returncode != 0:
        logger.warning(
            "warning: `npm pack %s@%s` failed; the site uses the system Arabic "
            "fonts. npm said: %s",
            PACKAGE,
            VERSION,
            result.stderr.strip().splitlines()[-1:] or "nothing",
        )
        return None
    reported = json.loads(result.stdout)[0]
    if reported.get("integrity") != INTEGRITY:
        raise FontError(f"npm reports integrity {reported.get('integrity')!r}")
    return workdir / reported["filename"]


def check_integrity(tarball: Path) -> None:
    """Raise FontError unless the tarball's own sha512 is the pinned one."""
    digest = hashlib.sha512(tarball.read_bytes()).digest()
    actual = "sha512-" + base64.b64encode(digest).decode("ascii")
    if actual != INTEGRITY:
        raise FontError(
            f"{tarball.name}: sha512 {actual} is not the pinned {INTEGRITY}"
        )


def extract(tarball: Path, workdir: Path) -> Path:
    """Extract the woff2 files and the licence; return the package folder."""
    wanted = {font.source for font in FILES} | {"package/LICENSE"}
    with tarfile.open(tarball, "r:gz") as archive:
        members = [member for member in archive.getmembers() if member.name in wanted]
        missing = wanted - {member.name for member in members}
        if missing:
            raise FontError(f"{tarball.name} lacks {', '.join(sorted(missing))}")
        archive.extractall(workdir, members=members, filter="data")
    return workdir / "package"


def code_points(ranges: tuple[tuple[int, int], ...]) -> list[int]:
    """Every code point of the inclusive ``ranges``."""
    return [point for start, end in ranges for point in range(start, end + 1)]


def subset_font(
    source: Path, target: Path, ranges: tuple[tuple[int, int], ...]
) -> None:
    """Write ``source`` reduced to ``ranges`` as woff2, keeping Arabic shaping."""
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # init/medi/fina/rlig/mark: Arabic needs them
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # screens render Naskh well unhinted, and it is smaller
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=code_points(ranges))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def unicode_range(font_path: Path) -> str:
    """Return the CSS ``unicode-range`` of the characters ``font_path`` maps."""
    font = subset.load_font(str(font_path), subset.Options())
    points = sorted(point for point in font.getBestCmap() if point > 0)
    spans: list[tuple[int, int]] = []
    for point in points:
        if spans and point == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], point)
        else:
            spans.append((point, point))
    return ", ".join(
        f"U+{start:04X}" if start == end else f"U+{start:04X}-{end:04X}"
        for start, end in spans
    )


def font_face_css(destination: Path) -> str:
    """Return the @font-face rules for every written file."""
    rules = [
        f"/* {FAMILY}: Noto Naskh Arabic ({PACKAGE}@{VERSION}), OFL-1.1 (OFL.txt) */"
    ]
    for font in FILES:
        rules.append(
            "@font-face {\n"
            f'  font-family: "{FAMILY}";\n'
            "  font-style: normal;\n"
            f"  font-weight: {font.weight};\n"
            "  font-display: swap;\n"
            f'  src: url("{font.name}") format("woff2");\n'
            f"  unicode-range: {unicode_range(destination / font.name)};\n"
            "}"
        )
    return "\n".join(rules) + "\n"


def prepare(destination: Path = DESTINATION, *, force: bool = False) -> bool:
    """Fetch, verify and subset the webfont; False when npm could not provide it."""
    if is_prepared(destination) and not force:
        logger.info("webfont already prepared in %s", destination)
        return True
    with tempfile.TemporaryDirectory(prefix="mowjaz-font-") as temp:
        workdir = Path(temp)
        tarball = npm_pack(workdir)
        if tarball is None:
            return False
        check_integrity(tarball)
        package = extract(tarball, workdir)
        destination.mkdir(parents=True, exist_ok=True)
        for font in FILES:
            subset_font(workdir / font.source, destination / font.name, font.ranges)
        shutil.copyfile(package / "LICENSE", destination / "OFL.txt")
        (destination / "fonts.css").write_text(font_face_css(destination), "utf-8")
        (destination / STAMP).write_text(f"{PACKAGE}@{VERSION}\n", "utf-8")
    sizes = ", ".join(
        f"{font.name} {(destination / font.name).stat().st_size // 1024} KiB"
        for font in FILES
    )
    logger.info("webfont written to %s: %s", destination, sizes)
    return True


def main(argv: list[str] | None = None) -> int:
    """Command line: prepare the webfont; exit 1 only on a checksum mismatch."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, default=DESTINATION)
    parser.add_argument("--force", action="store_true", help="fetch even if present")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    try:
        prepare(args.dest, force=args.force)
    except FontError as error:
        logger.error("error: the font package is not the pinned one: %s", error)  # noqa: TRY400
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
