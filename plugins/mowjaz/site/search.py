"""Static search: run Pagefind over a built site so readers can search in the browser.

Pagefind (https://pagefind.app) reads the finished HTML, indexes what the theme marks
with ``data-pagefind-body`` (title, key points, body) minus anything marked
``data-pagefind-ignore`` (byline, quotes, related stories), stems Arabic with
Snowball's Arabic stemmer, and writes a static bundle (``pagefind/``) that
``theme/static/js/search.js`` queries with WebAssembly.  No server, no other host.

The build wrapper calls :func:`build_index` after Pelican has written the site into a
temporary folder and before that folder replaces ``output/``.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from pagefind.service import get_executable

logger = logging.getLogger(__name__)

BUNDLE_DIR = "pagefind"
ENTRY_FILE = "pagefind-entry.json"
# How much of Pagefind's own output to quote in an error message.
_OUTPUT_TAIL_LINES = 12


class SearchIndexError(RuntimeError):
    """The search index could not be built; the message names the folder and why."""


@dataclass(frozen=True, slots=True)
class IndexSummary:
    """What Pagefind wrote: pages per language and the bundle's size on disk."""

    pages: dict[str, int]
    bundle_bytes: int

    @property
    def page_count(self) -> int:
        """Pages indexed over every language."""
        return sum(self.pages.values())


def build_index(
    site_dir: Path,
    *,
    language: str | None = None,
    timeout: float = 600.0,
) -> None:
    """Index the built site in ``site_dir`` and write ``site_dir/pagefind/``.

    ``language`` (an ISO 639-1 code such as ``"ar"``) makes Pagefind index every page
    as that language; by default each page's ``<html lang>`` decides, which is what
    the search page (same ``lang``) loads.  Raises :class:`SearchIndexError` when the
    folder is missing, the Pagefind binary is not installed, or Pagefind fails.
    """
    index_site(site_dir, language=language, timeout=timeout)


def index_site(
    site_dir: Path,
    *,
    language: str | None = None,
    timeout: float = 600.0,
) -> IndexSummary:
    """Do the work of :func:`build_index` and return what was written."""
    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        raise SearchIndexError(f"{site_dir}: not a folder, nothing to index for search")
    _remove_stale_bundle(site_dir / BUNDLE_DIR)
    command = _command(site_dir, language)
    started = time.perf_counter()
    _run(command, site_dir, timeout)
    summary = read_summary(site_dir)
    logger.info(
        "Search index: %d pages in %.2f s, %d kB in %s",
        summary.page_count,
        time.perf_counter() - started,
        summary.bundle_bytes // 1024,
        site_dir / BUNDLE_DIR,
    )
    if summary.page_count == 0:
        logger.warning("Search index for %s is empty: no page was indexed", site_dir)
    return summary


def read_summary(site_dir: Path) -> IndexSummary:
    """Read page counts from Pagefind's entry file and measure the bundle."""
    bundle = Path(site_dir) / BUNDLE_DIR
    entry = bundle / ENTRY_FILE
    try:
        languages = json.loads(entry.read_text("utf-8"))["languages"]
        pages = {code: int(info["page_count"]) for code, info in languages.items()}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SearchIndexError(f"{entry}: Pagefind wrote no readable index") from error
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file())
    return IndexSummary(pages=pages, bundle_bytes=size)


def _command(site_dir: Path, language: str | None) -> list[str]:
    """Pagefind's command line for ``site_dir``."""
    executable = get_executable()
    if executable is None or not Path(executable).exists():
        raise SearchIndexError(
            f"{site_dir}: the Pagefind binary is not installed "
            "(pip install -r requirements.txt provides pagefind_bin_extended)"
        )
    command = [
        str(executable),
        "--site",
        str(site_dir),
        "--output-subdir",
        BUNDLE_DIR,
        "--quiet",
    ]
    if language:
        command += ["--force-language", language]
    return command


def _run(command: list[str], site_dir: Path, timeout: float) -> None:
    """Run Pagefind, turning every failure into a SearchIndexError."""
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise SearchIndexError(
            f"{site_dir}: Pagefind did not finish within {timeout:g} s"
        ) from error
    except OSError as error:
        raise SearchIndexError(f"{site_dir}: cannot run Pagefind ({error})") from error
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        tail = "\n".join(output.splitlines()[-_OUTPUT_TAIL_LINES:])
        raise SearchIndexError(
            f"{site_dir}: Pagefind failed with exit code {result.returncode}:\n{tail}"
        )
    for line in output.splitlines():
        logger.debug("pagefind: %s", line)


def _remove_stale_bundle(bundle: Path) -> None:
    """Delete a previous Pagefind bundle so no old fragment outlives the rebuild."""
    if not bundle.exists():
        return
    if not (bundle / ENTRY_FILE).is_file():
        raise SearchIndexError(
            f"{bundle}: exists but is not a Pagefind bundle; refusing to overwrite it"
        )
    shutil.rmtree(bundle)
