"""Benchmark helpers: corpus sample, import with ``mowjaz import``, timed builds.

Used by ``bench/run.py``.  Nothing here is written inside the repository: every site
is built in a temporary folder given by the caller.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import io
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mowjaz import cli
from mowjaz.text.slug import slugify

ROOT = Path(__file__).resolve().parent.parent

CORPUS = ROOT.parent / "shared" / "corpora" / "ant-dev.jsonl"
SETTINGS = ROOT / "pelicanconf.py"
PELICAN = Path(sys.executable).with_name("pelican")
# Runs Pelican and records its own peak memory (see bench/peak.py).
PEAK = Path(__file__).resolve().parent / "peak.py"
# How often the memory of a build and its worker processes is sampled.
SAMPLE_SECONDS = 0.1
SEED = 0
# The sentence appended to one brief for the "one edit" rebuild (our own words).
EDIT_SENTENCE = "وأكد مصدر مطلع أن التفاصيل الكاملة ستعلن خلال الأيام المقبلة."
BOX = 'data-mowjaz="key-points"'


@dataclass(frozen=True, slots=True)
class Article:
    """One corpus article as the benchmark uses it."""

    id: str
    title: str
    text: str
    category: str
    date: str  # ISO 8601 with offset

    @property
    def day(self) -> str:
        """The publication day: the folder the brief is imported into."""
        return self.date[:10]


@dataclass(frozen=True, slots=True)
class Build:
    """One timed build: wall-clock seconds and peak resident memory."""

    seconds: float
    peak_mb: float


@dataclass(slots=True)
class Site:
    """A folder with content/, output/ and cache/ for one size N."""

    root: Path
    briefs: list[Path] = field(default_factory=list)

    @property
    def content(self) -> Path:
        """The content folder (``PATH``)."""
        return self.root / "content"

    @property
    def output(self) -> Path:
        """The output folder."""
        return self.root / "output"

    @property
    def cache(self) -> Path:
        """Pelican's and Mowjaz's caches, both under this folder."""
        return self.root / "cache"


def load_articles(corpus: Path, limit: int | None = None) -> list[Article]:
    """Return corpus articles in a fixed shuffled order, one per distinct slug.

    The shuffle (seeded) mixes outlets, categories and dates as a real archive does;
    a title seen before is skipped, so no two briefs claim the same page.  Dates
    are written in UTC, one offset for the whole archive (the plugin would show
    mixed offsets in the site's time zone anyway; with ``PLUGINS=[]`` Pelican 4.12
    alone stops on them: it groups month archives by the written date).
    """
    rows = []
    with corpus.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    random.Random(SEED).shuffle(rows)
    chosen: list[Article] = []
    seen: set[str] = set()
    for row in rows:
        title = (row.get("title") or "").strip()
        slug = slugify(title) if title else ""
        if not slug or slug in seen or not row.get("text"):
            continue
        seen.add(slug)
        moment = email.utils.parsedate_to_datetime(row["date"])
        date = moment.astimezone(dt.UTC).isoformat()
        chosen.append(Article(row["id"], title, row["text"], row["category"], date))
        if limit is not None and len(chosen) >= limit:
            break
    return chosen


def mowjaz(*args: str) -> int:
    """Run the ``mowjaz`` command in this process, quietly; return its status."""
    with (
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(io.StringIO()),
    ):
        return cli.main(list(args))


def import_command(article: Article, raw: Path, out: Path) -> list[str]:
    """Return the ``mowjaz import`` arguments for one article."""
    return [
        "import",
        "--out",
        str(out),
        "--title",
        article.title,
        "--date",
        article.date,
        "--category",
        article.category,
        str(raw),
    ]


def import_articles(
    articles: Sequence[Article], pool: Path
) -> tuple[list[Path], float]:
    """Import ``articles`` with ``mowjaz import``, one folder per day.

    Returns the briefs written (in article order) and the seconds the imports took
    (writing the raw files is not counted).  The day folders keep each import's
    check for a slug already in use (it reads every brief of its folder) small, as
    a newsroom archive laid out by day does.
    """
    raw = pool / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    sources = []
    for article in articles:
        path = raw / f"{article.id}.txt"
        path.write_text(article.text, encoding="utf-8")
        sources.append(path)
    briefs_root = pool / "briefs"
    written: list[Path] = []
    started = time.perf_counter()
    for article, source in zip(articles, sources, strict=True):
        folder = briefs_root / article.day
        before = set(folder.glob("*.md")) if folder.exists() else set()
        if mowjaz(*import_command(article, source, folder)) == 0:
            new = set(folder.glob("*.md")) - before
            written.extend(new)
    return written, time.perf_counter() - started


def one_import_seconds(article: Article, raw: Path, briefs: Path, repeat: int) -> float:
    """Median seconds of importing one more brief into the top folder of ``briefs``.

    The importer checks every brief under ``--out`` for a slug already in use, so
    this grows with the size of the archive.
    """
    raw.write_text(article.text, encoding="utf-8")
    timings = []
    for _ in range(repeat):
        before = set(briefs.glob("*.md"))
        started = time.perf_counter()
        mowjaz(*import_command(article, raw, briefs))
        timings.append(time.perf_counter() - started)
        for path in set(briefs.glob("*.md")) - before:
            path.unlink()
    return statistics.median(timings)


def make_site(root: Path, pool: Path, briefs: Sequence[Path]) -> Site:
    """Copy ``briefs`` (keeping their day folders) into a fresh site under ``root``."""
    site = Site(root)
    for brief in briefs:
        target = site.content / "briefs" / brief.relative_to(pool / "briefs")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(brief, target)
        site.briefs.append(target)
    return site


def pelican_command(
    site: Site, *, plugins: bool, settings: Mapping[str, object] | None = None
) -> list[str]:
    """Return the ``pelican`` command line for ``site`` (Mowjaz on or off).

    ``settings`` are more ``-e`` overrides (``{"MOWJAZ_REUSE_MARKDOWN": False}``).
    """
    overrides: dict[str, object] = {
        "CACHE_PATH": str(site.cache / "pelican"),
        "MOWJAZ_CACHE_PATH": str(site.cache / "mowjaz"),
        **(settings or {}),
    }
    if not plugins:
        overrides["PLUGINS"] = []
    pairs = [f"{key}={json.dumps(value)}" for key, value in overrides.items()]
    return [
        str(PELICAN),
        str(site.content),
        "-o",
        str(site.output),
        "-s",
        str(SETTINGS),
        "-e",
        *pairs,
    ]


def run_build(
    site: Site, *, plugins: bool = True, settings: Mapping[str, object] | None = None
) -> Build:
    """Build ``site`` in a child process; return its time and peak memory.

    The peak is the larger of the build process's own ``VmHWM`` (exact, written by
    ``bench/peak.py``) and the largest sum of proportional set sizes of the process
    and its children (worker processes) sampled every ``SAMPLE_SECONDS``: shared
    pages are counted once, and workers are counted at all.
    """
    log = site.root / "build.log"
    peak = site.root / "peak.txt"
    command = pelican_command(site, plugins=plugins, settings=settings)
    command[:1] = [sys.executable, str(PEAK), str(peak)]
    tree_kib = 0
    with log.open("wb") as stream:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=site.root, stdout=stream, stderr=stream)
        while child.poll() is None:
            tree_kib = max(tree_kib, tree_pss_kib(child.pid))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
    if child.returncode != 0:
        tail = log.read_text("utf-8", "replace")[-3000:]
        raise RuntimeError(
            f"pelican failed ({child.returncode}) for {site.root}:\n{tail}"
        )
    own_kib = int(peak.read_text("ascii"))
    return Build(seconds=seconds, peak_mb=max(own_kib, tree_kib) / 1024)


def tree_pss_kib(pid: int) -> int:
    """Sum of the proportional set sizes of ``pid`` and its descendants, in KiB."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text("ascii")
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += map(int, (task / "children").read_text("ascii").split())
        except (OSError, ValueError):  # the process ended meanwhile
            continue
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1])
                break
    return total


def clear(site: Site) -> None:
    """Remove the output and both caches: the next build is cold."""
    for folder in (site.output, site.cache):
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def edited(brief: Path) -> Iterator[str]:
    """Append a sentence to ``brief`` for the duration; yield the sentence."""
    original = brief.read_bytes()
    brief.write_text(
        original.decode("utf-8").rstrip("\n") + f"\n\n{EDIT_SENTENCE}\n", "utf-8"
    )
    try:
        yield EDIT_SENTENCE
    finally:
        brief.write_bytes(original)


def page_of(site: Site, brief: Path) -> Path:
    """Return the built page of a brief (``ARTICLE_SAVE_AS = "{slug}.html"``)."""
    return site.output / f"{brief.stem}.html"


def boxes_in(site: Site) -> int:
    """How many built article pages carry the key-points box."""
    return sum(
        BOX in page_of(site, brief).read_text("utf-8", "replace")
        for brief in site.briefs
        if page_of(site, brief).exists()
    )


def median_build(builds: Sequence[Build]) -> Build:
    """Median time and the highest peak memory of repeated builds."""
    return Build(
        seconds=statistics.median(build.seconds for build in builds),
        peak_mb=max(build.peak_mb for build in builds),
    )


# Where a build's time goes: (label, file suffix, function name); cumulative seconds,
# summed over the functions of a label.
PROFILE_PARTS = (
    ("Pelican reads the briefs (Markdown)", "pelican/readers.py", "read_file"),
    ("Mowjaz: every step", "mowjaz/plugin.py", "enrich_articles"),
    ("Mowjaz: every step", "mowjaz/plugin.py", "finish_articles"),
    ("  key points", "mowjaz/keypoints/extract.py", "extract_key_points"),
    ("  quotes", "mowjaz/quotes/extract.py", "extract_quotes"),
    ("  related stories", "mowjaz/related/relate.py", "find_related"),
    ("Pelican writes pages (templates)", "pelican/writers.py", "write_file"),
    ("Pelican writes feeds", "pelican/writers.py", "write_feed"),
)


def profile_build(site: Site, stats_file: Path) -> dict[str, float]:
    """Build ``site`` under cProfile in a child process; seconds per part.

    The profiler slows every call down, so only the shares of the total mean much.
    Key points and quotes run in this process (``MOWJAZ_WORKERS=1``): worker
    processes would be outside the profiler.
    """
    command = [*pelican_command(site, plugins=True), "MOWJAZ_WORKERS=1"]
    command[:1] = [sys.executable, "-m", "cProfile", "-o", str(stats_file), command[0]]
    with (site.root / "profile.log").open("wb") as stream:
        subprocess.run(
            command, cwd=site.root, stdout=subprocess.DEVNULL, stderr=stream, check=True
        )
    import pstats  # noqa: PLC0415 - only the profile needs it

    table = pstats.Stats(str(stats_file)).stats  # type: ignore[attr-defined]
    parts = {"total": 0.0}
    for (filename, _, name), (_, _, _, cumulative, _) in table.items():
        if name == "run" and filename.endswith("pelican/__init__.py"):
            parts["total"] = max(parts["total"], cumulative)
        for label, suffix, function in PROFILE_PARTS:
            if name == function and filename.endswith(suffix):
                parts[label] = parts.get(label, 0.0) + cumulative
    return parts


def with_section(report: str, text: str) -> str:
    """Return ``report`` with the section ``text`` put in place of its old copy.

    A section's first and last lines are its marks (``<!-- name -->`` …
    ``<!-- /name -->``); a report without them gets the section at its end.
    """
    lines = text.strip("\n").splitlines()
    start, end = lines[0], lines[-1]
    first, last = report.find(start), report.find(end)
    if first == -1 or last == -1:
        return report.rstrip("\n") + "\n\n" + text
    return report[:first] + text + report[last + len(end) + 1 :]


def update_report(text: str) -> None:
    """Put the section ``text`` into BENCHMARKS.md (see :func:`with_section`)."""
    report = ROOT / "BENCHMARKS.md"
    old = report.read_text(encoding="utf-8") if report.exists() else ""
    report.write_text(with_section(old, text), encoding="utf-8")
