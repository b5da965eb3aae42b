"""``make bench``: build speed, caches, related stories and search at archive scale.

For each N (``--sizes``, default "500 2000 8000") the first N articles of a fixed
shuffle of ``../shared/corpora/ant-dev.jsonl`` are imported with ``mowjaz import``
into a temporary folder (never the repository) and built with ``pelican`` and the
project's ``pelicanconf.py``, ``--repeat`` times:

* cold, Mowjaz switched off (``-e 'PLUGINS=[]'``), output and caches removed first;
* cold with Mowjaz but Pelican's own Markdown reader (``MOWJAZ_REUSE_MARKDOWN =
  False``): what the enrichment alone costs, without Mowjaz's quicker reader;
* cold with Mowjaz, output and caches removed first;
* warm: again, nothing changed;
* one brief edited (a sentence appended), then put back.

Headline figures are ratios of builds of the same repeat, medians over repeats;
peak memory is the maximum resident set size of each build process.  The
related-stories step alone (``bench/related.py``) is timed at N and 4N and once at
20,000 articles, and the Pagefind index (``bench/search.py``) over the built site.
The table is printed and written, with the machine's description, to
``BENCHMARKS.md``; each target is marked met or missed.  Skips (exit 0) when the
corpus is not here.

Run: ``make bench [N="500 2000"] [REPEAT=3]`` or ``.venv/bin/python bench/run.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from mowjaz.derive.cache import fingerprint, source_files

from bench import bulk_import, pathological, sites
from bench import related as related_bench
from bench import search as search_bench

BENCH = Path(__file__).resolve().parent

ROOT = sites.ROOT
REPORT = ROOT / "BENCHMARKS.md"
RESULTS = BENCH / "results"
# Targets (issue 10) on this 2-core machine.
COLD_RATIO = 1.15
COLD_AT = 2000
WARM_RATIO = 0.5
EDIT_RATIO = 0.6
RELATED_RATIO = 5.0
LARGE = 20000
LARGE_SECONDS = 30.0
MEMORY_AT = 8000
MEMORY_MIB = 1536.0  # 1.5 GiB
# Repeats measured again when the plugin's code changed during them.
RETRIES = 3


@dataclass(slots=True)
class SizeResult:
    """Everything measured at one N (medians over repeats; memory: maxima)."""

    n: int
    import_rate: float = 0.0
    one_import_s: float = 0.0
    off_s: float = 0.0
    cold_s: float = 0.0
    own_reader_s: float = 0.0
    warm_s: float = 0.0
    edit_s: float = 0.0
    cold_ratio: float = 0.0
    own_reader_ratio: float = 0.0
    warm_ratio: float = 0.0
    edit_ratio: float = 0.0
    peak_mib: dict[str, float] = field(default_factory=dict)
    off_has_no_boxes: bool = False
    cold_has_boxes: bool = False
    edit_shown: bool = False
    related_n: float = 0.0
    related_4n: float | None = None
    related_4n_count: int = 0
    search_s_per_1000: float | None = None
    search_mb_per_1000: float | None = None
    search_note: str = ""


@dataclass(slots=True)
class Run:
    """One ``make bench``: the results, the machine and the conditions."""

    sizes: list[int]
    repeat: int
    command: str
    started: str
    machine: dict[str, str]
    results: list[SizeResult] = field(default_factory=list)
    large_count: int = 0
    large_s: float | None = None
    profile_n: int | None = None
    profile: dict[str, dict[str, float]] = field(default_factory=dict)
    disturbed: int = 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, print the table and write BENCHMARKS.md."""
    args = parse_args(argv)
    if not args.corpus.is_file():
        print(
            f"bench: skipped, the corpus {args.corpus} is not here (never in the repo)"
        )
        return 0
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger("mowjaz.related.relate").setLevel(logging.ERROR)
    sizes = sorted(set(args.sizes))
    run = Run(
        sizes=sizes,
        repeat=args.repeat,
        command=f'make bench N="{" ".join(map(str, sizes))}" REPEAT={args.repeat}',
        started=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        machine=describe_machine(),
    )
    temp = Path(tempfile.mkdtemp(prefix="mowjaz-bench-"))
    try:
        measure(run, temp, args)
    except (RuntimeError, OSError):
        log(f"failed: the sites are kept in {temp} for a look")
        raise
    shutil.rmtree(temp, ignore_errors=True)
    log("bulk import into one folder ...")
    bulk = bulk_import.section(bulk_import.measure(args.corpus, repeat=args.repeat))
    log("odd briefs ...")
    odd = pathological.section(pathological.measure(args.corpus))
    table = sites.with_section(sites.with_section(render(run), bulk), odd)
    print(table)
    if args.write:
        REPORT.write_text(table, encoding="utf-8")
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "latest.json").write_text(
            json.dumps(asdict(run), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        print(f"\nwritten: {REPORT.relative_to(ROOT)}")
    return 0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=lambda text: [int(item) for item in text.replace(",", " ").split()],
        default=[500, 2000, 8000],
        help='numbers of articles, e.g. "500 2000 8000"',
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=sites.CORPUS)
    parser.add_argument("--large", type=int, default=LARGE)
    parser.add_argument(
        "--profile",
        type=int,
        default=None,
        help="N of the profiled builds (default: 2000 if measured, else the smallest;"
        " 0: none)",
    )
    parser.add_argument("--no-write", dest="write", action="store_false")
    args = parser.parse_args(argv)
    if args.repeat < 1 or not args.sizes or min(args.sizes) < 2:
        parser.error("--repeat must be 1 or more and every size 2 or more")
    return args


def log(message: str) -> None:
    """Progress on standard error (the table goes to standard output)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def measure(run: Run, temp: Path, args: argparse.Namespace) -> None:
    """Import once, then measure every size; fill ``run``."""
    largest = max(run.sizes)
    articles = sites.load_articles(args.corpus, limit=largest + 1)
    if len(articles) < largest + 1:
        raise SystemExit(f"bench: the corpus has only {len(articles)} usable articles")
    log(f"importing {largest} articles with `mowjaz import` ...")
    pool = temp / "pool"
    briefs, checkpoints = import_with_checkpoints(articles[:largest], pool, run.sizes)
    spare = articles[largest]
    profile_n = args.profile
    if profile_n is None:
        profile_n = COLD_AT if COLD_AT in run.sizes else min(run.sizes)
    for n in run.sizes:
        result = SizeResult(n=n, import_rate=checkpoints[n])
        site = sites.make_site(temp / f"site-{n}", pool, briefs[:n])
        log(f"N = {n}: one more import into a flat folder ...")
        result.one_import_s = sites.one_import_seconds(
            spare, temp / "spare.txt", site.content / "briefs", run.repeat
        )
        measure_builds(site, result, run)
        measure_search(site, result, run.repeat)
        measure_related(result, run.repeat)
        if n == profile_n:
            run.profile_n = n
            run.profile = profile(site, temp)
        run.results.append(result)
        shutil.rmtree(site.root, ignore_errors=True)
    if args.large:
        documents = related_bench.read_documents(args.large)
        run.large_count = len(documents)
        if len(documents) >= args.large:
            log(f"related step at {len(documents)} articles ...")
            run.large_s = related_bench.median_seconds(documents, 1)


def import_with_checkpoints(
    articles: Sequence[sites.Article], pool: Path, sizes: Sequence[int]
) -> tuple[list[Path], dict[int, float]]:
    """Import all ``articles``; articles/s of the first N imports, for each N."""
    briefs: list[Path] = []
    rates: dict[int, float] = {}
    elapsed = 0.0
    start = 0
    for n in sorted(sizes):
        written, seconds = sites.import_articles(articles[start:n], pool)
        briefs += written
        elapsed += seconds
        rates[n] = n / elapsed if elapsed else 0.0
        start = n
    return briefs, rates


def measure_builds(site: sites.Site, result: SizeResult, run: Run) -> None:
    """Cold (off and on), warm and one-edit builds, ``run.repeat`` times.

    A repeat during which the plugin's code changed (an edit elsewhere in the
    working tree drops the caches between its builds) is measured again, up to
    ``RETRIES`` times; one still disturbed is counted in ``run.disturbed``.
    """
    kinds: dict[str, list[sites.Build]] = {
        "off": [],
        "own_reader": [],
        "cold": [],
        "warm": [],
        "edit": [],
    }
    index = retries = 0
    while index < run.repeat:
        log(f"N = {result.n}: builds, repeat {index + 1} of {run.repeat} ...")
        before = code_fingerprint()
        builds = one_repeat(site, result, index)
        if code_fingerprint() != before:
            if retries < RETRIES:
                retries += 1
                log("the plugin's code changed during this repeat: measuring again")
                continue
            run.disturbed += 1
        for name, build in builds.items():
            kinds[name].append(build)
        index += 1
    medians = {name: sites.median_build(builds) for name, builds in kinds.items()}
    result.off_s = medians["off"].seconds
    result.cold_s = medians["cold"].seconds
    result.own_reader_s = medians["own_reader"].seconds
    result.warm_s = medians["warm"].seconds
    result.edit_s = medians["edit"].seconds
    result.peak_mib = {name: build.peak_mb for name, build in medians.items()}
    result.cold_ratio = paired_ratio(kinds["cold"], kinds["off"])
    result.own_reader_ratio = paired_ratio(kinds["own_reader"], kinds["off"])
    result.warm_ratio = paired_ratio(kinds["warm"], kinds["cold"])
    result.edit_ratio = paired_ratio(kinds["edit"], kinds["cold"])


def paired_ratio(builds: Sequence[sites.Build], bases: Sequence[sites.Build]) -> float:
    """Median over repeats of a build's time over the time of the same repeat's base."""
    return statistics.median(
        build.seconds / base.seconds for build, base in zip(builds, bases, strict=True)
    )


def one_repeat(
    site: sites.Site, result: SizeResult, index: int
) -> dict[str, sites.Build]:
    """Cold builds without Mowjaz, with it (two readers), warm, after an edit."""
    sites.clear(site)
    off = sites.run_build(site, plugins=False)
    result.off_has_no_boxes = sites.boxes_in(site) == 0
    sites.clear(site)
    own_reader = sites.run_build(site, settings={"MOWJAZ_REUSE_MARKDOWN": False})
    sites.clear(site)
    cold = sites.run_build(site)
    result.cold_has_boxes = sites.boxes_in(site) > 0
    warm = sites.run_build(site)
    brief = site.briefs[index % len(site.briefs)]
    with sites.edited(brief) as sentence:
        edit = sites.run_build(site)
        page = sites.page_of(site, brief).read_text("utf-8")
        result.edit_shown = sentence in page
    return {
        "off": off,
        "own_reader": own_reader,
        "cold": cold,
        "warm": warm,
        "edit": edit,
    }


def code_fingerprint() -> str:
    """Hash of the plugin's code and word lists (what the caches depend on)."""
    files = source_files(("**/*.py", "**/*.txt"))
    return fingerprint(path.read_bytes() for path in files)


def measure_search(site: sites.Site, result: SizeResult, repeat: int) -> None:
    """Pagefind over the built site (bench/search.py): time and size per 1,000."""
    log(f"N = {result.n}: search index ...")
    timings = []
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            search_bench.index_site(site.output)
            timings.append(time.perf_counter() - started)
        size = search_bench.index_bytes(site.output)
    except Exception as error:  # Pagefind missing or failing: say so
        result.search_note = f"{type(error).__name__}: {error}"[:120]
        return
    scale = 1000 / result.n
    result.search_s_per_1000 = statistics.median(timings) * scale
    result.search_mb_per_1000 = size * scale / 1e6


def measure_related(result: SizeResult, repeat: int) -> None:
    """Time the related step alone at N and 4N (bench/related.py)."""
    log(f"N = {result.n}: related step at N and 4N ...")
    small = related_bench.read_documents(result.n)
    result.related_n = related_bench.median_seconds(small, repeat)
    large = related_bench.read_documents(4 * result.n)
    if len(large) == 4 * result.n:
        result.related_4n = related_bench.median_seconds(large, repeat)
        result.related_4n_count = len(large)


def profile(site: sites.Site, temp: Path) -> dict[str, dict[str, float]]:
    """Where a cold and a warm Mowjaz build spend their time (under cProfile)."""
    log(f"N = {len(site.briefs)}: profiled cold and warm builds ...")
    sites.clear(site)
    cold = sites.profile_build(site, temp / "cold.prof")
    warm = sites.profile_build(site, temp / "warm.prof")
    return {"cold": cold, "warm": warm}


# ---------------------------------------------------------------------------
# The machine


def describe_machine() -> dict[str, str]:
    """CPU, memory, load, Python and Pelican: what the numbers depend on."""
    model = "unknown"
    with Path("/proc/cpuinfo").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    with Path("/proc/meminfo").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    return {
        "cpus": f"{len(os.sched_getaffinity(0))} (nproc)",
        "cpu model": model,
        "memory": memory,
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "pelican": metadata.version("pelican"),
        "system": f"{platform.system()} {platform.release()}",
    }


# ---------------------------------------------------------------------------
# The report


def met(ok: bool) -> str:
    """Return the verdict cell."""
    return "**met**" if ok else "**MISSED**"


def render(run: Run) -> str:
    """Return BENCHMARKS.md: the table, the targets, the profile, the machine."""
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `{run.command}` on {run.started} (`bench/run.py`; the README's",
        '"Benchmarks" section explains the method and the missed targets).  Times are',
        "medians of the repeats; ratios are taken between builds of the same repeat.",
        "",
        *table(run),
        "",
        "## Targets",
        "",
        *targets(run),
    ]
    if run.profile:
        lines += ["", *profile_table(run)]
    lines += ["", "## Machine", ""]
    lines += [f"- {key}: {value}" for key, value in run.machine.items()]
    if run.disturbed:
        lines += [
            "",
            f"**Warning:** the plugin's code changed during {run.disturbed} repeat(s),",
            "even after measuring again (edits elsewhere in the working tree drop the",
            "caches between builds): their warm figures are unsure.",
        ]
    return "\n".join(lines) + "\n"


def _row(
    label: str, results: list[SizeResult], cell: Callable[[SizeResult], str]
) -> str:
    return "| " + " | ".join([label, *(cell(result) for result in results)]) + " |"


def table(run: Run) -> list[str]:
    """Return the one table: a column per N."""
    results = run.results
    header = "| measure | " + " | ".join(f"N = {r.n:,}" for r in results) + " |"
    rule = "|---|" + "---:|" * len(results)

    def fourfold(r: SizeResult) -> str:
        if r.related_4n is None:
            return "n/a (corpus too small)"
        return f"{r.related_4n:.2f} s ({r.related_4n / r.related_n:.2f}× N)"

    def search(r: SizeResult, value: float | None, unit: str) -> str:
        return "n/a" if value is None else f"{value:.2f} {unit}"

    def memory(r: SizeResult) -> str:
        peaks = r.peak_mib
        return " / ".join(
            f"{peaks[name]:.0f}" for name in ("off", "cold", "warm", "edit")
        )

    def checks(r: SizeResult) -> str:
        marks = (r.off_has_no_boxes, r.cold_has_boxes, r.edit_shown)
        return " ".join("yes" if mark else "NO" for mark in marks)

    return [
        header,
        rule,
        _row(
            "import, `mowjaz import` (articles/s)",
            results,
            lambda r: f"{r.import_rate:.0f}",
        ),
        _row(
            "one more import into a flat folder of N briefs (s)",
            results,
            lambda r: f"{r.one_import_s:.2f}",
        ),
        _row("cold build, plugin off (s)", results, lambda r: f"{r.off_s:.1f}"),
        _row("cold build, Mowjaz (s)", results, lambda r: f"{r.cold_s:.1f}"),
        _row(
            "**cold Mowjaz / plugin off**",
            results,
            lambda r: f"**{r.cold_ratio:.2f}×**",
        ),
        _row(
            "cold Mowjaz, Pelican's Markdown reader (s)",
            results,
            lambda r: f"{r.own_reader_s:.1f}",
        ),
        _row(
            "↳ / plugin off: the enrichment alone",
            results,
            lambda r: f"{r.own_reader_ratio:.2f}×",
        ),
        _row("warm rebuild, nothing changed (s)", results, lambda r: f"{r.warm_s:.1f}"),
        _row("**warm / cold**", results, lambda r: f"**{r.warm_ratio:.2f}**"),
        _row(
            "rebuild after editing one brief (s)", results, lambda r: f"{r.edit_s:.1f}"
        ),
        _row("**one edit / cold**", results, lambda r: f"**{r.edit_ratio:.2f}**"),
        _row("peak RSS off / cold / warm / edit (MiB)", results, memory),
        _row("related step alone at N (s)", results, lambda r: f"{r.related_n:.2f}"),
        _row("**related step at 4N**", results, fourfold),
        _row(
            "search index per 1,000 articles (s)",
            results,
            lambda r: search(r, r.search_s_per_1000, "s"),
        ),
        _row(
            "search index size per 1,000 articles (MB)",
            results,
            lambda r: search(r, r.search_mb_per_1000, "MB"),
        ),
        _row(
            "checks: off has no boxes / Mowjaz has them / edit shown", results, checks
        ),
    ]


def targets(run: Run) -> list[str]:
    """Each target of issue 10, met or missed, with the figure that decides it."""
    by_n = {result.n: result for result in run.results}
    lines = []
    at = by_n.get(COLD_AT)
    if at is None:
        lines.append(
            f"- cold Mowjaz ≤ {COLD_RATIO}× plugin off at N = {COLD_AT:,}: not measured"
        )
    else:
        lines.append(
            f"- cold Mowjaz ≤ {COLD_RATIO}× plugin off at N = {COLD_AT:,}: "
            f"{at.cold_ratio:.2f}× — {met(at.cold_ratio <= COLD_RATIO)} "
            f"(with Pelican's own Markdown reader, the enrichment alone: "
            f"{at.own_reader_ratio:.2f}×)"
        )
    # Warm and edited rebuilds are judged at the largest N: at a few hundred briefs
    # the second of start-up (imports, settings) is most of any build.
    last = max(run.results, key=lambda r: r.n)
    others = ", ".join(
        f"{r.warm_ratio:.2f} / {r.edit_ratio:.2f} at N = {r.n:,}"
        for r in run.results
        if r is not last
    )
    lines.append(
        f"- warm rebuild ≤ {WARM_RATIO} × cold at N = {last.n:,}: "
        f"{last.warm_ratio:.2f} — {met(last.warm_ratio <= WARM_RATIO)}"
    )
    lines.append(
        f"- one edit ≤ {EDIT_RATIO} × cold at N = {last.n:,}: "
        f"{last.edit_ratio:.2f} — {met(last.edit_ratio <= EDIT_RATIO)}"
        + (f" (warm / edit elsewhere: {others})" if others else "")
    )
    fourfold = [r for r in run.results if r.related_4n is not None]
    if fourfold:
        worst = max(fourfold, key=lambda r: (r.related_4n or 0) / r.related_n)
        ratio = (worst.related_4n or 0) / worst.related_n
        lines.append(
            f"- related step 4N ≤ {RELATED_RATIO}× N: at most {ratio:.2f}× "
            f"(N = {worst.n:,}) — {met(ratio <= RELATED_RATIO)}"
        )
    if run.large_s is None:
        lines.append(
            f"- related step at {LARGE:,} articles < {LARGE_SECONDS:.0f} s: "
            "not measured"
            + (f" (the corpus has {run.large_count:,})" if run.large_count else "")
        )
    else:
        lines.append(
            f"- related step at {LARGE:,} articles < {LARGE_SECONDS:.0f} s: "
            f"{run.large_s:.1f} s — {met(run.large_s < LARGE_SECONDS)}"
        )
    at = by_n.get(MEMORY_AT)
    if at is None:
        lines.append(f"- peak memory at N = {MEMORY_AT:,} < 1.5 GiB: not measured")
    else:
        peak = max(at.peak_mib.values())
        lines.append(
            f"- peak memory at N = {MEMORY_AT:,} < 1.5 GiB: {peak:.0f} MiB — "
            f"{met(peak < MEMORY_MIB)}"
        )
    return lines


def profile_table(run: Run) -> list[str]:
    """Shares of a cold and a warm Mowjaz build (cProfile) at one N."""
    cold, warm = run.profile["cold"], run.profile["warm"]
    lines = [
        f"## Where the time goes (N = {run.profile_n:,}, under cProfile)",
        "",
        "The profiler slows Python down unevenly: read the shares, not the seconds.",
        "Both builds run every step in one process (`MOWJAZ_WORKERS=1`); in the",
        "timed builds above a worker process analyses the briefs while Pelican",
        "reads and writes them, so only related stories stay in Pelican's process.",
        "",
        "| part | cold | warm |",
        "|---|---:|---:|",
    ]
    labels = dict.fromkeys(label for label, _, _ in sites.PROFILE_PARTS)
    for label in ["total", *labels]:
        name = "whole build" if label == "total" else label.strip()
        if label.startswith(" "):
            name = "↳ " + name
        lines.append(f"| {name} | {_share(cold, label)} | {_share(warm, label)} |")
    return lines


def _share(parts: dict[str, float], label: str) -> str:
    total = parts.get("total") or 1.0
    value = parts.get(label, 0.0)
    return f"{value:.1f} s ({100 * value / total:.0f} %)"


if __name__ == "__main__":
    sys.exit(main())
