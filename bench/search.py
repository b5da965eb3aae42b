"""Benchmark the search index: Pagefind's time and index size per 1,000 articles.

Imports N articles of ../shared/corpora/ant-dev.jsonl with ``mowjaz import`` and
builds them with the project's pelicanconf.py, exactly as ``make bench`` does
(``bench/sites.py``; not timed), then times
``mowjaz.site.search`` over the built site.  Skips with a message when the corpus is
absent.  Run: ``.venv/bin/python bench/search.py [--articles 1000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from mowjaz.site.search import BUNDLE_DIR, index_site

from bench import sites  # the same import and build as make bench

ROOT = Path(__file__).resolve().parent.parent

# Files Pagefind writes for the index itself, as opposed to its scripts and UIs.
INDEX_PARTS = ("index", "fragment", "filter")


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
    parser.add_argument("--corpus", type=Path, default=sites.CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"search: skipped, corpus {args.corpus} is not here")
        return 0
    with tempfile.TemporaryDirectory(prefix="mowjaz-bench-search-") as temp:
        work = Path(temp)
        articles = sites.load_articles(args.corpus, args.articles)
        briefs, _ = sites.import_articles(articles, work / "pool")
        if not briefs:
            print("search: skipped, no article could be imported")
            return 0
        site = sites.make_site(work / "site", work / "pool", briefs)
        sites.run_build(site)
        timings = []
        for _ in range(max(1, args.repeat)):
            started = time.perf_counter()
            summary = index_site(site.output)
            timings.append(time.perf_counter() - started)
        seconds = statistics.median(timings)
        size = index_bytes(site.output)
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
