"""Odd briefs have a time bound: ``python -m bench.pathological`` (and ``make bench``).

One site per case, built once with Mowjaz (``bench/sites.run_build``: wall time and
peak memory of the build and its workers):

* a 1 MB brief of real news text: ANT articles pasted as one brief, one paragraph
  each (written to a temporary folder from ``../shared/corpora``, never into the
  repository);
* a line of 8,000 straight quotation marks;
* a line of 20,000 escaped asterisks (Markdown's inline patterns).

Target (issue 26): each builds in under 60 s with bounded memory.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import sites

LIMIT_S = 60.0
REPORT_START = "<!-- pathological -->"
REPORT_END = "<!-- /pathological -->"
HEADER = "Title: {title}\nDate: 2025-05-04T10:00+00:00\nSlug: {slug}\nUid: {slug}\n\n"


@dataclass(frozen=True, slots=True)
class Case:
    """One odd brief: its name, size and build."""

    name: str
    kib: float
    seconds: float
    peak_mb: float


def news_megabyte(corpus: Path, size: int = 1 << 20) -> str:
    """Return about ``size`` bytes of real news paragraphs, one a line."""
    paragraphs: list[str] = []
    total = 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            for paragraph in json.loads(line)["text"].split("\n"):
                if paragraph.strip():
                    paragraphs.append(paragraph.strip())
                    total += len(paragraph.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(paragraphs)


def cases(corpus: Path) -> dict[str, str]:
    """Return the body of each odd brief by its name."""
    return {
        "1 MB of real news text": news_megabyte(corpus),
        "8,000 straight quotation marks on one line": "قال " + '"' * 8000,
        "20,000 escaped asterisks on one line": "نص " + "\\*" * 20000,
    }


def build_case(name: str, body: str, root: Path) -> Case:
    """Build a one-brief site of ``body`` with Mowjaz; return its measures."""
    site = sites.Site(root)
    brief = site.content / "briefs" / "odd.md"
    brief.parent.mkdir(parents=True, exist_ok=True)
    brief.write_text(HEADER.format(title="خبر طويل", slug="odd") + body, "utf-8")
    build = sites.run_build(site, settings={"MOWJAZ_SEARCH": False})
    return Case(name, len(body.encode("utf-8")) / 1024, build.seconds, build.peak_mb)


def measure(corpus: Path) -> list[Case]:
    """Build every case in a temporary folder."""
    temp = Path(tempfile.mkdtemp(prefix="mowjaz-odd-"))
    try:
        return [
            build_case(name, body, temp / f"case-{index}")
            for index, (name, body) in enumerate(cases(corpus).items())
        ]
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def section(found: Sequence[Case]) -> str:
    """Return the BENCHMARKS.md section: one row per case and the target."""
    lines = [
        REPORT_START,
        "## Odd briefs",
        "",
        "One brief per site, built with Mowjaz (`python -m bench.pathological`).",
        "",
        "| brief | size (KiB) | build (s) | peak memory (MiB) |",
        "|---|---:|---:|---:|",
    ]
    lines += [
        f"| {case.name} | {case.kib:,.0f} | {case.seconds:.1f} | {case.peak_mb:.0f} |"
        for case in found
    ]
    slowest = max(found, key=lambda case: case.seconds)
    met = "**met**" if slowest.seconds < LIMIT_S else "**missed**"
    lines += [
        "",
        f"- each builds in under {LIMIT_S:.0f} s: slowest {slowest.seconds:.1f} s "
        f"— {met}",
        REPORT_END,
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print the section and put it in BENCHMARKS.md (``--no-write``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=sites.CORPUS)
    parser.add_argument("--no-write", dest="write", action="store_false")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench: skipped, the corpus {args.corpus} is not here")
        return 0
    text = section(measure(args.corpus))
    print(text)
    if args.write:
        sites.update_report(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
