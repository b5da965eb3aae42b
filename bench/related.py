"""Benchmark the related-stories step alone at N and 4N articles, and at 20,000.

Reads the first articles of ../shared/corpora/ant-dev.jsonl (id, title, text, date)
into :class:`mowjaz.related.relate.Document` records (not timed) and times
:func:`mowjaz.related.relate.find_related` with the default settings, term extraction
included.  Reports the median of ``--repeat`` runs, the 4N/N ratio (target: at most
5) and the time at ``--large`` articles (target: under 30 s); when the corpus has
fewer than ``--large`` articles the time is extrapolated linearly from 4N and says
so.  Peak memory is the process's maximum resident set size.  Skips with a message
when the corpus is absent.

Run: ``.venv/bin/python bench/related.py [--articles 2000] [--repeat 3] [--large
20000] [--large-repeat 1]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from mowjaz.config import Config
from mowjaz.related.relate import Document, find_related

ROOT = Path(__file__).resolve().parent.parent

CORPUS = ROOT.parent / "shared" / "corpora" / "ant-dev.jsonl"
RATIO_TARGET = 5.0
LARGE_TARGET = 30.0


def read_documents(limit: int) -> list[Document]:
    """Return the first ``limit`` corpus articles as related-step documents."""
    documents = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            if len(documents) >= limit:
                break
            row = json.loads(line)
            documents.append(
                Document(
                    id=row["id"],
                    title=row.get("title") or "",
                    text=row["text"],
                    date=row.get("date"),
                )
            )
    return documents


def median_seconds(documents: Sequence[Document], repeat: int) -> float:
    """Median wall time of ``find_related`` over ``repeat`` runs."""
    config = Config()
    times = []
    for _ in range(max(repeat, 1)):
        started = time.perf_counter()
        find_related(
            documents,
            top_k=config.related_top_k,
            min_score=config.related_min_score,
            duplicate_score=config.related_duplicate_score,
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_mib() -> float:
    """Maximum resident set size of this process so far, in MiB (Linux: KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: Sequence[str] | None = None) -> int:
    """Print the related-step table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="N")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--large-repeat", type=int, default=1)
    args = parser.parse_args(argv)
    if not CORPUS.is_file():
        print(f"bench/related.py: skipped, {CORPUS} is not here (never in the repo).")
        return 0
    logging.getLogger("mowjaz.related.relate").setLevel(logging.ERROR)
    small = read_documents(args.articles)
    large = read_documents(4 * args.articles)
    small_s = median_seconds(small, args.repeat)
    large_s = median_seconds(large, args.repeat)
    ratio = large_s / small_s if small_s else float("nan")
    rows = [
        (f"N = {len(small)}", f"{small_s:.2f} s", ""),
        (f"4N = {len(large)}", f"{large_s:.2f} s", ""),
        (
            "ratio 4N / N",
            f"{ratio:.2f}",
            "ok" if ratio <= RATIO_TARGET else f"MISSED (target <= {RATIO_TARGET})",
        ),
    ]
    archive = read_documents(args.large)
    if len(archive) >= args.large:
        archive_s = median_seconds(archive, args.large_repeat)
        label = f"measured at {len(archive)}"
    else:
        archive_s = large_s * args.large / max(len(large), 1)
        label = f"extrapolated to {args.large} (corpus has {len(archive)})"
    rows.append(
        (
            label,
            f"{archive_s:.1f} s",
            "ok" if archive_s < LARGE_TARGET else f"MISSED (target < {LARGE_TARGET} s)",
        )
    )
    rows.append(("peak memory (RSS)", f"{peak_mib():.0f} MiB", ""))
    print("\n| related step | time | target |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
