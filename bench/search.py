"""Benchmark the search index: Pagefind's time and index size per 1,000 articles.

Imports the first N articles of ../shared/corpora/ant-dev.jsonl with the Mowjaz
importer, builds them with the project's pelicanconf.py (not timed), then times
``mowjaz.search`` over the built site.  Skips with a message when the corpus is
absent.  Run: ``.venv/bin/python bench/search.py [--articles 1000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import email.utils
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from mowjaz.importer import (  # noqa: E402
    ImporterError,
    ImportOptions,
    import_bytes,
    write_brief,
)
from mowjaz.search import BUNDLE_DIR, index_site  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "ant-dev.jsonl"
# Files Pagefind writes for the index itself, as opposed to its scripts and UIs.
INDEX_PARTS = ("index", "fragment", "filter")


def import_articles(corpus: Path, count: int, briefs: Path) -> int:
    """Import the first ``count`` usable articles into ``briefs``; return how many."""
    briefs.mkdir(parents=True, exist_ok=True)
    written = 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if written >= count:
                break
            record = json.loads(line)
            options = ImportOptions(
                title=record.get("title") or None,
                date=email.utils.parsedate_to_datetime(record["date"]).isoformat(),
                category=record.get("category") or None,
            )
            try:
                result = import_bytes(
                    record["text"].encode("utf-8"), record["id"], options
                )
                write_brief(
                    result.markdown, briefs, result.brief.slug, source=record["id"]
                )
            except (ImporterError, FileExistsError, ValueError):
                continue
            written += 1
    return written


def build(content: Path, output: Path) -> None:
    """Build the imported briefs with the project's own settings."""
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content),
            "OUTPUT_PATH": str(output),
            "THEME": str(ROOT / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "CACHE_PATH": str(output.parent / "cache"),
            "LOAD_CONTENT_CACHE": False,
        },
    )
    Pelican(settings).run()


def index_bytes(site: Path) -> int:
    """Bytes of the index proper: metadata, word index, fragments and filters."""
    bundle = site / BUNDLE_DIR
    files = [*bundle.glob("*.pf_meta")]
    for part in INDEX_PARTS:
        files += [path for path in (bundle / part).rglob("*") if path.is_file()]
    return sum(path.stat().st_size for path in files)


def main() -> int:
    """Print one line: index time and index size, per 1,000 articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"search: skipped, corpus {args.corpus} is not here")
        return 0
    with tempfile.TemporaryDirectory(prefix="mowjaz-bench-search-") as temp:
        work = Path(temp)
        imported = import_articles(
            args.corpus, args.articles, work / "content" / "briefs"
        )
        if imported == 0:
            print("search: skipped, no article could be imported")
            return 0
        build(work / "content", work / "output")
        timings = []
        for _ in range(max(1, args.repeat)):
            started = time.perf_counter()
            summary = index_site(work / "output")
            timings.append(time.perf_counter() - started)
        seconds = statistics.median(timings)
        size = index_bytes(work / "output")
        scale = 1000 / max(summary.page_count, 1)
        print(
            f"search: {summary.page_count} articles indexed in {seconds:.2f} s "
            f"(median of {len(timings)}); per 1,000 articles: "
            f"{seconds * scale:.2f} s, index {size * scale / 1e6:.2f} MB "
            f"(whole bundle with scripts {summary.bundle_bytes / 1e6:.2f} MB)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
