"""Screenshots of the built site: `make screenshots` (`python -m tools.screenshots`).

Serves the built folder on a free localhost port, opens the home page and one
article (the newest, or ``--article PATH``) in headless Debian Chromium at 390 px
(phone) and 1280 px (desktop), and writes full-page PNGs into ``screenshots/``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from urllib.parse import urljoin

from tests.browser_support import CHROMIUM_ARGS, serve

logger = logging.getLogger("screenshots")

WIDTHS = {"mobile": 390, "desktop": 1280}


def newest_article(page: object, base: str) -> str:
    """Return the URL of the first story card on the home page."""
    page.goto(base + "index.html")  # type: ignore[attr-defined]
    href = page.get_attribute(".card-title a", "href")  # type: ignore[attr-defined]
    if not href:
        raise SystemExit("the home page lists no article to photograph")
    return urljoin(base, href)


def take(site: Path, out: Path, article: str | None) -> list[Path]:
    """Write the PNGs and return their paths."""
    import shutil  # noqa: PLC0415

    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("chromium is not installed: apt-get install chromium")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=list(CHROMIUM_ARGS)
        )
        for label, width in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": 900})
            target = urljoin(base, article) if article else newest_article(page, base)
            for name, url in (("home", base + "index.html"), ("article", target)):
                page.goto(url, wait_until="networkidle")
                page.evaluate("document.fonts.ready.then(() => true)")
                path = out / f"{name}-{label}-{width}.png"
                page.screenshot(path=str(path), full_page=True)
                written.append(path)
            page.close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m tools.screenshots [SITE] [OUT] [--article PATH]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("output"))
    parser.add_argument("out", nargs="?", type=Path, default=Path("screenshots"))
    parser.add_argument("--article", help="article path relative to the site root")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not (args.site / "index.html").exists():
        logger.error(
            "error: %s/index.html is missing: run `make html` first", args.site
        )
        return 1
    for path in take(args.site, args.out, args.article):
        logger.info("wrote %s", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
