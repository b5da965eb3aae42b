"""Score related-story links against news categories (``make eval``).

Corpus: ``../shared/corpora/ant-dev.jsonl`` (ANT: news from five outlets, each with
a ``category``).  A fixed sample of 3,000 articles, drawn with ``random.Random(6)``
(``--seed``, ``--sample``), or every article with ``--full``.

Metric, precision@5: the fraction of shown related links whose article has the same
category as the article they are shown under; ``internationalNews`` and
``middleEast`` count as one class (the outlets split world news between them
inconsistently).  Systems:

* Mowjaz: the real ``mowjaz related --jsonl IN`` command (the same code as the
  build), given only ``id``, ``title`` and ``text``: the category is the answer, so
  it is never an input, and neither are tags or dates.  Its default threshold shows
  fewer than five links when nothing is close enough, so links/article is reported
  too; a second row calls the same function with no threshold (always five);
* plain TF-IDF: cosine over whitespace tokens, raw counts times smoothed idf, no
  Arabic normalisation, no stemming, no threshold;
* five most recent: the five newest other articles (what Jekyll shows by default).

Usage: ``python eval/related.py [--sample 3000] [--seed 6] [--full]``.  Exits 0 with
a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from mowjaz.related.relate import Document, find_related

from eval.common import (
    corpus_file,
    markdown_table,
    missing_corpus_message,
    read_jsonl,
)

ROOT = Path(__file__).resolve().parent.parent

CORPUS = "ant-dev.jsonl"
TOP_K = 5
MERGED = {"middleEast": "internationalNews"}
BLOCK = 1024


def sample(rows: list[dict[str, Any]], size: int, seed: int) -> list[dict[str, Any]]:
    """Return ``size`` rows drawn with a seeded generator (all rows if fewer)."""
    if size >= len(rows):
        return rows
    return random.Random(seed).sample(rows, size)


def run_cli(rows: Sequence[dict[str, Any]], top: int = TOP_K) -> dict[str, list[str]]:
    """Run ``mowjaz related`` on id, title and text only; return its links per id."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for row in rows:
                line = {
                    "id": row["id"],
                    "title": row["title"] or "",
                    "text": row["text"],
                }
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        command = [
            sys.executable,
            "-c",
            "import sys; from mowjaz.cli import main; sys.exit(main())",
            "related",
            "--jsonl",
            str(source),
            "--top",
            str(top),
        ]
        done = subprocess.run(
            command, capture_output=True, check=True, text=True, cwd=ROOT
        )
    found = {}
    for line in done.stdout.splitlines():
        item = json.loads(line)
        found[item["id"]] = item["related"]
    return found


def unthresholded(rows: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
    """Call the function the command calls, with no threshold (always five links)."""
    documents = [
        Document(id=row["id"], title=row["title"] or "", text=row["text"])
        for row in rows
    ]
    found = find_related(documents, top_k=TOP_K, min_score=0.0)
    return {key: [link.id for link in links] for key, links in found.items()}


def plain_tfidf(rows: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
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


def most_recent(rows: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
    """Baseline: the five newest other articles (Jekyll's default related posts)."""
    newest = sorted(rows, key=lambda row: parsedate_to_datetime(row["date"]))[::-1]
    head = [row["id"] for row in newest[: TOP_K + 1]]
    return {
        row["id"]: [other for other in head if other != row["id"]][:TOP_K]
        for row in rows
    }


def score(found: dict[str, list[str]], classes: dict[str, str]) -> tuple[float, ...]:
    """Return precision@5, links per article and the share of articles with links."""
    pairs = [(key, other) for key, links in found.items() for other in links]
    same = sum(classes[key] == classes[other] for key, other in pairs)
    with_links = sum(bool(links) for links in found.values())
    size = max(len(found), 1)
    return (same / max(len(pairs), 1), len(pairs) / size, with_links / size)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the precision@5 table of Mowjaz and both baselines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--full", action="store_true", help="every article")
    args = parser.parse_args(argv)
    path = corpus_file(CORPUS)
    if path is None:
        print(missing_corpus_message(CORPUS, "eval/related.py"))
        return 0
    # Near-duplicate warnings are for editors; here they would drown the table.
    logging.getLogger("mowjaz.related.relate").setLevel(logging.ERROR)
    rows = list(read_jsonl(path))
    if not args.full:
        rows = sample(rows, args.sample, args.seed)
    classes = {row["id"]: MERGED.get(row["category"], row["category"]) for row in rows}
    systems = [
        ("Mowjaz (`mowjaz related`, default threshold)", run_cli),
        ("Mowjaz, no threshold (always 5)", unthresholded),
        ("plain TF-IDF, whitespace tokens", plain_tfidf),
        ("five most recent", most_recent),
    ]
    table = []
    for name, system in systems:
        started = time.perf_counter()
        found = system(rows)
        seconds = time.perf_counter() - started
        precision, per_article, covered = score(found, classes)
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
    print(f"\nRelated stories: precision@5 on {scope} {len(rows)} ANT articles\n")
    header = ("system", "precision@5", "links/article", "with links", "seconds")
    print(markdown_table(header, table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
