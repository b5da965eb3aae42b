"""Bulk import into one folder: one ``mowjaz import`` command over N raw files.

``python -m bench.bulk_import`` (and ``make bench``, which adds its table to
BENCHMARKS.md).  The importer reads the slugs under ``--out`` once per command and
keeps that set current, so importing 4N files should cost about 4 times N, not 16.
Targets (issue 21): at least 150 articles/s for 4,000 files into one folder, and
4N at most 4.5 times N.  The raw files are real news pages from
``../shared/corpora/ant-dev.jsonl`` written to a temporary folder (never into the
repository); every brief lands in one flat folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import sites

SIZES = (1000, 4000)
TARGET_RATE = 150.0
TARGET_GROWTH = 4.5
REPORT_START = "<!-- bulk-import -->"
REPORT_END = "<!-- /bulk-import -->"


@dataclass(frozen=True, slots=True)
class BulkImport:
    """One size: files imported, median seconds of one command over them."""

    n: int
    seconds: float
    written: int
    cpu_seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles imported per second."""
        return self.n / self.seconds if self.seconds else 0.0


def write_raw(articles: Sequence[sites.Article], folder: Path) -> list[Path]:
    """Write each article's page (title line, then text) as a raw file."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles:
        path = folder / f"{article.id}.txt"
        path.write_text(f"{article.title}\n{article.text}", encoding="utf-8")
        paths.append(path)
    return paths


def one_command_seconds(raw: Sequence[Path], out: Path) -> tuple[float, int, float]:
    """Seconds of one ``mowjaz import --out OUT FILE...`` into an empty folder.

    Also returns how many briefs it wrote (a refused page is still counted in N)
    and the processor seconds it used: every brief is fsynced, so on a shared disk
    the wall time swings with other writers, while the processor time shows
    whether the work itself grows faster than N.
    """
    shutil.rmtree(out, ignore_errors=True)
    # Start every run from a settled disk: the writes and deletions of the run
    # before would otherwise be flushed during this one (the briefs are fsynced).
    os.sync()
    started, cpu = time.perf_counter(), time.process_time()
    sites.mowjaz(
        "import", "--out", str(out), "--date", "2025-05-04T10:00Z", *map(str, raw)
    )
    seconds = time.perf_counter() - started
    return seconds, len(list(out.glob("*.md"))), time.process_time() - cpu


def measure(
    corpus: Path, sizes: Sequence[int] = SIZES, repeat: int = 1
) -> list[BulkImport]:
    """Import the first N articles of the benchmark's sample at each size."""
    articles = sites.load_articles(corpus, limit=max(sizes))
    temp = Path(tempfile.mkdtemp(prefix="mowjaz-bulk-"))
    try:
        raw = write_raw(articles, temp / "raw")
        found = []
        for n in sizes:
            runs = [
                one_command_seconds(raw[:n], temp / "briefs") for _ in range(repeat)
            ]
            seconds = statistics.median(run[0] for run in runs)
            cpu = statistics.median(run[2] for run in runs)
            found.append(BulkImport(min(n, len(raw)), seconds, runs[-1][1], cpu))
        return found
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def section(results: Sequence[BulkImport]) -> str:
    """Return the BENCHMARKS.md section: rates, growth and the targets."""
    lines = [
        REPORT_START,
        "## Bulk import into one folder",
        "",
        "One `mowjaz import --out DIR FILE…` command over N raw pages "
        "(`python -m bench.bulk_import`).",
        "",
        "| files | briefs written | seconds | articles/s | processor seconds |",
        "|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {r.n:,} | {r.written:,} | {r.seconds:.1f} | {r.rate:.0f} "
        f"| {r.cpu_seconds:.1f} |"
        for r in results
    ]
    lines.append("")
    largest = max(results, key=lambda r: r.n)
    met = "**met**" if largest.rate >= TARGET_RATE else "**missed**"
    lines.append(
        f"- at least {TARGET_RATE:.0f} articles/s for {largest.n:,} files: "
        f"{largest.rate:.0f} — {met}"
    )
    smallest = min(results, key=lambda r: r.n)
    if largest.n == 4 * smallest.n and smallest.seconds:
        growth = largest.seconds / smallest.seconds
        met = "**met**" if growth <= TARGET_GROWTH else "**missed**"
        lines.append(
            f"- {largest.n:,} files cost at most {TARGET_GROWTH}× {smallest.n:,}: "
            f"{growth:.2f}× — {met}"
        )
        if smallest.cpu_seconds:
            lines.append(
                f"- processor time, {largest.n:,} files over {smallest.n:,}: "
                f"{largest.cpu_seconds / smallest.cpu_seconds:.2f}× (the wall "
                "time adds the fsync of every brief, which a shared disk makes noisy)"
            )
    lines.append(REPORT_END)
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print the section and put it in BENCHMARKS.md (``--no-write``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=sites.CORPUS)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-write", dest="write", action="store_false")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench: skipped, the corpus {args.corpus} is not here")
        return 0
    text = section(measure(args.corpus, repeat=args.repeat))
    print(text)
    if args.write:
        sites.update_report(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
