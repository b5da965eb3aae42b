"""Score related-story links: same story first, then same subject (``make eval``).

Two measures, both on ``../shared/corpora`` (exits 0 with a message when absent):

**Same story (event pairs).**  ``event-pairs-dev.json`` lists pairs of
``ant-dev.jsonl`` articles that report the same event from two outlets.  The pool
is every article of a pair plus ``--distractors`` (2,000) other ant-dev articles
drawn with ``random.Random(--seed)``, every title blanked (the pairs were made from
the titles: with them the metric would only repeat that rule).  Recall@5: for each
pair and each direction, is the other article among the five links shown under
this one.  The pairs are split into two halves by event (connected pairs stay
together), shuffled with ``random.Random(--split-seed)`` (24): the settings were
tuned on the ``tune`` half; the ``report`` half is the figure to quote.  Dates are
not given (the pairs were also made from them); a second Mowjaz row gives them, to
show the time window at work.

**Same subject (categories).**  A fixed sample of 3,000 ``ant-dev.jsonl`` articles
drawn with ``random.Random(--seed)`` (6), or every article with ``--full``.
Precision@5: the fraction of shown links whose article has the same category;
``internationalNews`` and ``middleEast`` count as one class (the outlets split world
news between them inconsistently).

Systems:

* Mowjaz: the real ``mowjaz related --jsonl IN`` command (the same code as the
  build), given only ``id``, ``title`` and ``text``: never the category (the
  answer), tags or dates.  Its evidence rule and threshold show fewer than five
  links when nothing is close enough, so links/article is reported too; another
  row calls the same function with no score threshold (the evidence rule stays);
* plain TF-IDF: cosine over whitespace tokens, raw counts times smoothed idf, no
  Arabic normalisation, no stemming, no threshold;
* five most recent (categories only): the five newest other articles (what Jekyll
  shows by default).

``--ranks`` also prints where the other article of each tune-half pair stands in
Mowjaz's list when it may show up to 30 links (bodies only, no dates): the misses
to read are those it ranks 6th to 30th, or never lists.

Usage: ``python -m eval.related [--only events|categories] [--ranks] [--seed 6]
[--sample 3000] [--full] [--split-seed 24] [--distractors 2000] [--corpus
ant-dev.jsonl] [--pairs event-pairs-dev.json]`` (another corpus and its pairs, in
the same folder and format, are scored the same way).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from mowjaz.config import Config
from mowjaz.related.relate import Document, find_related

from eval.common import (
    corpus_file,
    markdown_table,
    missing_corpus_message,
    read_jsonl,
)

ROOT = Path(__file__).resolve().parent.parent

CORPUS = "ant-dev.jsonl"
PAIRS = "event-pairs-dev.json"
TOP_K = 5
MERGED = {"middleEast": "internationalNews"}
BLOCK = 1024

Row = dict[str, Any]
Links = dict[str, list[str]]
Pair = tuple[str, str]


def sample(rows: list[Row], size: int, seed: int) -> list[Row]:
    """Return ``size`` rows drawn with a seeded generator (all rows if fewer)."""
    if size >= len(rows):
        return rows
    return random.Random(seed).sample(rows, size)


def run_cli(rows: Sequence[Row], *, dates: bool = False, top: int = TOP_K) -> Links:
    """Run ``mowjaz related`` on id, title and text (and date); return its links."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for row in rows:
                line = {
                    "id": row["id"],
                    "title": row["title"] or "",
                    "text": row["text"],
                }
                if dates and row.get("date"):
                    line["date"] = row["date"]
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        command = [
            sys.executable,
            "-c",
            "import sys; from mowjaz.cli import main; sys.exit(main())",
        ]
        command += ["related"]
        command += ["--jsonl", str(source), "--top", str(top)]
        # The command runs the plugin this script imports, whatever the folder.
        plugins = str(Path(find_related.__code__.co_filename).parents[2])
        path = os.pathsep.join(filter(None, [plugins, os.environ.get("PYTHONPATH")]))
        done = subprocess.run(
            command,
            capture_output=True,
            check=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": path},
        )
    found = {}
    for line in done.stdout.splitlines():
        item = json.loads(line)
        found[item["id"]] = item["related"]
    return found


def unthresholded(rows: Sequence[Row]) -> Links:
    """Call the function the command calls with no score threshold (evidence kept)."""
    documents = [
        Document(id=row["id"], title=row["title"] or "", text=row["text"])
        for row in rows
    ]
    config = Config()
    found = find_related(
        documents,
        top_k=TOP_K,
        min_score=0.0,
        duplicate_score=config.related_duplicate_score,
    )
    return {key: [link.id for link in links] for key, links in found.items()}


def plain_tfidf(rows: Sequence[Row]) -> Links:
    """Baseline: TF-IDF cosine over whitespace tokens, top five, no threshold."""
    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    pointers = [0]
    for row in rows:
        for token in f"{row['title'] or ''} {row['text']}".split():
            indices.append(vocabulary.setdefault(token, len(vocabulary)))
        pointers.append(len(indices))
    counts = sp.csr_matrix(
        (np.ones(len(indices), dtype=np.float32), indices, pointers),
        shape=(len(rows), len(vocabulary)),
    )
    counts.sum_duplicates()
    frequency = np.bincount(counts.indices, minlength=len(vocabulary))
    idf = np.log((1 + len(rows)) / (1 + frequency)) + 1.0
    weights = counts @ sp.diags(idf.astype(np.float32))
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    weights = sp.csr_matrix(sp.diags(1.0 / np.maximum(norms, 1e-12)) @ weights)
    transposed = weights.T.tocsr()
    found = {}
    for start in range(0, len(rows), BLOCK):
        stop = min(start + BLOCK, len(rows))
        block = (weights[start:stop] @ transposed).toarray()
        block[np.arange(stop - start), np.arange(start, stop)] = -np.inf
        best = np.argsort(-block, axis=1)[:, :TOP_K]
        for offset, columns in enumerate(best):
            found[rows[start + offset]["id"]] = [rows[int(c)]["id"] for c in columns]
    return found


def most_recent(rows: Sequence[Row]) -> Links:
    """Baseline: the five newest other articles (Jekyll's default related posts)."""
    newest = sorted(rows, key=lambda row: parsedate_to_datetime(row["date"]))[::-1]
    head = [row["id"] for row in newest[: TOP_K + 1]]
    return {
        row["id"]: [other for other in head if other != row["id"]][:TOP_K]
        for row in rows
    }


def category_score(found: Links, classes: dict[str, str]) -> tuple[float, ...]:
    """Return precision@5, links per article and the share of articles with links."""
    pairs = [(key, other) for key, links in found.items() for other in links]
    same = sum(classes[key] == classes[other] for key, other in pairs)
    with_links = sum(bool(links) for links in found.values())
    size = max(len(found), 1)
    return (same / max(len(pairs), 1), len(pairs) / size, with_links / size)


# Same story: event pairs ---------------------------------------------------------


def split_events(pairs: Sequence[Pair], seed: int) -> tuple[list[Pair], list[Pair]]:
    """Split pairs into two halves by event: pairs sharing an article stay together.

    Events (connected groups of pairs) are shuffled with ``random.Random(seed)``
    and dealt alternately, so both halves get about as many pairs.
    """
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for first, second in pairs:
        parent[root(first)] = root(second)
    events: dict[str, list[Pair]] = {}
    for pair in pairs:
        events.setdefault(root(pair[0]), []).append(pair)
    groups = sorted(events.values())
    random.Random(seed).shuffle(groups)
    halves: tuple[list[Pair], list[Pair]] = ([], [])
    for group in groups:
        smaller = halves[0] if len(halves[0]) <= len(halves[1]) else halves[1]
        smaller.extend(group)
    return halves


def recall_at(found: Links, pairs: Sequence[Pair]) -> float:
    """Share of (pair, direction) where the other article is among the links."""
    hits = sum(
        other in found.get(key, ())
        for first, second in pairs
        for key, other in ((first, second), (second, first))
    )
    return hits / max(2 * len(pairs), 1)


def event_pool(
    rows: list[Row], pairs: Sequence[Pair], extra: int, seed: int
) -> list[Row]:
    """Every article of a pair plus ``extra`` others, seeded; titles blanked."""
    wanted = {key for pair in pairs for key in pair}
    chosen = [row for row in rows if row["id"] in wanted]
    others = sample([row for row in rows if row["id"] not in wanted], extra, seed)
    return [{**row, "title": ""} for row in chosen + others]


def timed(
    system: Callable[[Sequence[Row]], Links], rows: Sequence[Row]
) -> tuple[Links, float]:
    """Return the links ``system`` finds among ``rows`` and the seconds it took."""
    started = time.perf_counter()
    found = system(rows)
    return found, time.perf_counter() - started


def events_table(rows: list[Row], args: argparse.Namespace) -> str | None:
    """Return the same-story table (recall@5 on both halves), or None without data."""
    path = corpus_file(args.pairs)
    if path is None:
        print(missing_corpus_message(args.pairs, "eval/related.py"))
        return None
    pairs = [(first, second) for first, second in json.loads(path.read_text())]
    tune, report = split_events(pairs, args.split_seed)
    pool = event_pool(rows, pairs, args.distractors, args.seed)
    paired = {key for pair in pairs for key in pair}
    systems: list[tuple[str, Callable[[Sequence[Row]], Links]]] = [
        ("Mowjaz (`mowjaz related`), bodies only", run_cli),
        ("Mowjaz, bodies and dates", lambda rows: run_cli(rows, dates=True)),
        ("Mowjaz, no score threshold", unthresholded),
        ("plain TF-IDF, whitespace tokens", plain_tfidf),
    ]
    table = []
    for name, system in systems:
        found, seconds = timed(system, pool)
        links = sum(map(len, found.values())) / max(len(found), 1)
        table.append(
            (
                name,
                f"{recall_at(found, report):.3f}",
                f"{recall_at(found, tune):.3f}",
                f"{links:.2f}",
                f"{seconds:.1f}",
            )
        )
    header = (
        "system",
        f"recall@5, report half ({len(report)} pairs)",
        f"tune half ({len(tune)} pairs)",
        "links/article",
        "seconds",
    )
    title = (
        f"Same story: recall@5 of {len(pairs)} event pairs (split seed "
        f"{args.split_seed}) among {len(pool)} articles, titles blanked "
        f"({len(pool) - len(paired)} others, seed {args.seed})"
    )
    return f"\n{title}\n\n{markdown_table(header, table)}"


RANK_BANDS = ((1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 10), (11, 30))
RANK_DEPTH = 30


def ranks_table(rows: list[Row], args: argparse.Namespace) -> str | None:
    """Return where the other article of each tune-half pair ranks (up to 30)."""
    path = corpus_file(args.pairs)
    if path is None:
        return None
    pairs = [(first, second) for first, second in json.loads(path.read_text())]
    tune, _ = split_events(pairs, args.split_seed)
    found = run_cli(
        event_pool(rows, pairs, args.distractors, args.seed), top=RANK_DEPTH
    )
    places = [
        found.get(key, []).index(other) + 1 if other in found.get(key, []) else None
        for first, second in tune
        for key, other in ((first, second), (second, first))
    ]
    table = [
        (
            f"{low}" if low == high else f"{low}–{high}",
            str(sum(place is not None and low <= place <= high for place in places)),
        )
        for low, high in RANK_BANDS
    ]
    table.append(("not listed", str(places.count(None))))
    title = (
        f"Rank of the other article, tune half ({len(places)} pair directions; "
        f"bodies only, up to {RANK_DEPTH} links)"
    )
    return f"\n{title}\n\n{markdown_table(('rank', 'directions'), table)}"


# Same subject: categories --------------------------------------------------------


def categories_table(rows: list[Row], args: argparse.Namespace) -> str:
    """Return the category precision@5 table of Mowjaz and the baselines."""
    if not args.full:
        rows = sample(rows, args.sample, args.seed)
    classes = {row["id"]: MERGED.get(row["category"], row["category"]) for row in rows}
    systems: list[tuple[str, Callable[[Sequence[Row]], Links]]] = [
        ("Mowjaz (`mowjaz related`, default threshold)", run_cli),
        ("Mowjaz, no score threshold", unthresholded),
        ("plain TF-IDF, whitespace tokens", plain_tfidf),
        ("five most recent", most_recent),
    ]
    table = []
    for name, system in systems:
        found, seconds = timed(system, rows)
        precision, per_article, covered = category_score(found, classes)
        table.append(
            (
                name,
                f"{precision:.3f}",
                f"{per_article:.2f}",
                f"{covered:.1%}",
                f"{seconds:.1f}",
            )
        )
    scope = "all" if args.full else f"seeded sample (seed {args.seed}) of"
    title = f"Same subject: precision@5 on {scope} {len(rows)} ANT articles"
    header = ("system", "precision@5", "links/article", "with links", "seconds")
    return f"\n{title}\n\n{markdown_table(header, table)}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the same-story and same-subject tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("events", "categories"))
    parser.add_argument(
        "--ranks", action="store_true", help="where the tune half's partners rank"
    )
    parser.add_argument("--corpus", default=CORPUS, help="articles, in the corpora")
    parser.add_argument("--pairs", default=PAIRS, help="event pairs of --corpus")
    parser.add_argument("--sample", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--full", action="store_true", help="every article")
    parser.add_argument("--split-seed", type=int, default=24)
    parser.add_argument("--distractors", type=int, default=2000)
    args = parser.parse_args(argv)
    path = corpus_file(args.corpus)
    if path is None:
        print(missing_corpus_message(args.corpus, "eval/related.py"))
        return 0
    # Near-duplicate warnings are for editors; here they would drown the table.
    logging.getLogger("mowjaz.related").setLevel(logging.ERROR)
    rows = list(read_jsonl(path))
    if args.only != "categories":
        table = events_table(rows, args)
        if table:
            print(table)
        ranks = ranks_table(rows, args) if table and args.ranks else None
        if ranks:
            print(ranks)
    if args.only != "events":
        print(categories_table(rows, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
