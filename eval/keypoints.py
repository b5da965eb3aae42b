"""Score the key-points extractor (``make eval``): EASC, raw pages, stemming.

1. EASC (``../shared/corpora/easc-dev.jsonl``: articles, each with five human
   extractive summaries; each line becomes a paragraph, as for an imported brief).
   Every system picks three units.  Mowjaz is scored in three configurations
   (the site's: clauses, the lead excluded; the site's units with the lead
   allowed; whole sentences with the lead allowed, comparable with EASC's
   whole-sentence references), under 5-fold cross-validation of its weights
   (``eval/keypoints_folds.py``), against Lead-3 and a seeded Random-3 on the
   same folds.  Metrics, averaged over articles: ROUGE-1 F1 against each of the
   five references (mean), with the Arabic-aware tokenizer of ``eval/common.py``;
   references per chosen unit (fuzzy match), the human votes.
2. Raw pages of snn-dev, split by outlet (``eval/keypoints_raw.py``).
3. The text core's stemming: how often two surface forms of one word found in the
   corpus (with and without the article, the conjunction and the feminine plural)
   get the same term.

Usage: ``python -m eval.keypoints [--limit N] [--seed S] [--show N] [--short]``.
Exits 0 with a message when a corpus is absent.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import Stemmer
from mowjaz.keypoints import (
    DEFAULT_LAYOUT,
    DEFAULT_WEIGHTS,
    Layout,
    Weights,
    extract_key_points,
)
from mowjaz.text.blocks import Block, blocks_from_plain_text
from mowjaz.text.memo import WordMemo
from mowjaz.text.normalize import normalize
from mowjaz.text.segment import split_sentences, tokenize
from mowjaz.text.terms import TermAnalyzer

from eval import keypoints_folds as folds
from eval import keypoints_raw as raw
from eval.common import (
    corpus_file,
    letters_key,
    markdown_table,
    mean,
    missing_corpus_message,
    read_jsonl,
    reference_count,
    rouge_f1,
)

ROOT = Path(__file__).resolve().parent.parent

CORPUS = "easc-dev.jsonl"
SENTENCES = 3
DEFAULT_SEED = 2025

Chooser = Callable[[Sequence[Block], list[str], random.Random], list[str]]


@dataclass(frozen=True, slots=True)
class SystemScore:
    """One system's averages over the articles it was scored on."""

    name: str
    rouge1: float
    references_per_sentence: float
    agreement: float
    articles: int


def article_sentences(blocks: Sequence[Block]) -> list[str]:
    """Every sentence of the article's paragraphs, in order (what Lead-k reads)."""
    return [
        sentence
        for block in blocks
        if block.kind == "paragraph"
        for sentence in split_sentences(block.text)
    ]


def lead(count: int) -> Chooser:
    """Choose the first ``count`` sentences."""

    def choose(
        _blocks: Sequence[Block], sentences: list[str], _rng: random.Random
    ) -> list[str]:
        return sentences[:count]

    return choose


def random_pick(count: int) -> Chooser:
    """Choose ``count`` sentences at random, kept in article order."""

    def choose(
        _blocks: Sequence[Block], sentences: list[str], rng: random.Random
    ) -> list[str]:
        picked = sorted(rng.sample(range(len(sentences)), min(count, len(sentences))))
        return [sentences[index] for index in picked]

    return choose


def mowjaz(
    count: int,
    weights: Weights = DEFAULT_WEIGHTS,
    layout: Layout = DEFAULT_LAYOUT,
    memo: WordMemo | None = None,
) -> Chooser:
    """Choose with the key-points extractor, ``count`` bullets.

    ``memo`` (one for every weight setting scored, as one for a site's build)
    only saves time: the bullets are the same without it.
    """

    def choose(
        blocks: Sequence[Block], _sentences: list[str], _rng: random.Random
    ) -> list[str]:
        return extract_key_points(
            blocks, count=count, weights=weights, layout=layout, memo=memo
        )

    return choose


def score_article(
    chosen: Sequence[str], sentences: Sequence[str], references: Sequence[str]
) -> tuple[float, float, float]:
    """Return ROUGE-1 F1, mean references per chosen sentence and its best value."""
    keys = [letters_key(reference) for reference in references]
    counts = [reference_count(sentence, keys) for sentence in chosen]
    best = sorted((reference_count(s, keys) for s in sentences), reverse=True)
    return (
        rouge_f1(" ".join(chosen), references),
        mean(counts),
        mean(best[: len(chosen)]) if chosen else 0.0,
    )


def article_scores(
    rows: Iterable[dict[str, Any]],
    systems: dict[str, Chooser],
    seed: int = DEFAULT_SEED,
) -> dict[str, list[tuple[float, float, float]]]:
    """Per-article (ROUGE-1 F1, references per sentence, best possible) by system."""
    results: dict[str, list[tuple[float, float, float]]] = {
        name: [] for name in systems
    }
    for row in rows:
        blocks = blocks_from_plain_text(row.get("text") or "")
        sentences = article_sentences(blocks)
        references = [ref for ref in row.get("summaries") or [] if ref.strip()]
        if not sentences or not references:
            continue
        for name, choose in systems.items():
            rng = random.Random(f"{seed}:{row.get('id')}")
            chosen = choose(blocks, sentences, rng)
            results[name].append(score_article(chosen, sentences, references))
    return results


def evaluate(
    rows: Iterable[dict[str, Any]],
    systems: dict[str, Chooser],
    seed: int = DEFAULT_SEED,
) -> list[SystemScore]:
    """Score every system on every article that has sentences and references."""
    results = article_scores(rows, systems, seed)
    return [_summarise(name, scores) for name, scores in results.items()]


def _summarise(name: str, scores: list[tuple[float, float, float]]) -> SystemScore:
    ratios = [agree / best for _, agree, best in scores if best > 0]
    return SystemScore(
        name=name,
        rouge1=mean(score[0] for score in scores),
        references_per_sentence=mean(score[1] for score in scores),
        agreement=mean(ratios),
        articles=len(scores),
    )


# Stemming agreement --------------------------------------------------------------

_ARTICLE = "\u0627\u0644"
_PLURAL = "\u0627\u062a"
_FORMS: tuple[tuple[str, str], ...] = (
    ("\u0648" + _ARTICLE, _ARTICLE),  # and-the-X / the-X
    ("\u0641" + _ARTICLE, _ARTICLE),  # so-the-X / the-X
    ("\u0648\u0628" + _ARTICLE, "\u0628" + _ARTICLE),  # and-with-the-X / with-the-X
    ("\u0648\u0644\u0644", "\u0644\u0644"),  # and-for-the-X / for-the-X
    (_ARTICLE, ""),  # the-X / X
)


def form_pairs(vocabulary: set[str]) -> list[tuple[str, str]]:
    """Pairs of corpus words that are two forms of one word (both must occur).

    Prefix pairs (and-the-X / the-X, the-X / X) for X of three letters or more, and
    plural pairs (the-Xat / Xat).
    """
    pairs = []
    for word in vocabulary:
        for longer, shorter in _FORMS:
            if word.startswith(longer) and len(word) - len(longer) >= 3:
                other = shorter + word[len(longer) :]
                if other in vocabulary:
                    pairs.append((word, other))
        if (
            word.startswith(_ARTICLE)
            and word.endswith(_PLURAL)
            and word[2:] in vocabulary
        ):
            pairs.append((word, word[2:]))
    return sorted(set(pairs))


def stem_agreement(texts: Iterable[str]) -> list[tuple[str, float, int]]:
    """Share of form pairs that get one term: Snowball alone vs the TermAnalyzer."""
    vocabulary = {
        token
        for text in texts
        for token in tokenize(normalize(text, keep_taa_marbuta=True))
        if not token.isdigit()
    }
    pairs = form_pairs(vocabulary)
    snowball = Stemmer.Stemmer("arabic")
    analyzer = TermAnalyzer()

    def first_version(word: str) -> str:
        # The text core's first version: full normalisation, then plain Snowball.
        return snowball.stemWord(normalize(word))

    def plain(word: str) -> str:
        return snowball.stemWord(word)

    def ours(word: str) -> str:
        return analyzer.term(word)

    rows = []
    for name, stem in (
        ("Snowball after full normalisation (first version)", first_version),
        ("Snowball, taa marbuta kept", plain),
        ("Mowjaz TermAnalyzer", ours),
    ):
        same = sum(1 for a, b in pairs if stem(a) and stem(a) == stem(b))
        rows.append((name, same / len(pairs) if pairs else 0.0, len(pairs)))
    return rows


# Command line --------------------------------------------------------------------


def cross_validation_report(
    rows: Sequence[dict[str, Any]], seed: int
) -> tuple[str, dict[str, Weights]]:
    """Return the 5-fold table of EASC and the weights each layout prefers."""
    baselines = article_scores(
        rows, {"Lead-3": lead(SENTENCES), "Random-3": random_pick(SENTENCES)}, seed
    )
    lines = []
    shipped = {}
    memo = WordMemo()
    for label, layout in folds.layouts().items():
        systems = {
            str(index): mowjaz(SENTENCES, weights, layout, memo)
            for index, weights in enumerate(folds.GRID)
        }
        scored = article_scores(rows, systems, seed)
        table = {folds.GRID[int(key)]: value for key, value in scored.items()}
        results = folds.cross_validate(table)
        lines.append((f"Mowjaz, {label}", results))
        shipped[label] = folds.tuned_on_all(table)
    lines.extend(
        (f"{name} (seed {seed})" if name.startswith("Random") else name, folds.fixed(s))
        for name, s in baselines.items()
    )
    text = markdown_table(
        (
            "system (held-out folds)",
            "ROUGE-1 F1",
            "references per sentence (of 5)",
            "human votes (share of 5)",
        ),
        (
            (
                name,
                str(folds.spread([r.rouge1 for r in results])),
                str(folds.spread([r.votes for r in results])),
                f"{folds.spread([r.votes / 5 for r in results]).mean:.3f}",
            )
            for name, results in lines
        ),
    )
    chosen = "\n".join(
        f"- {name}: fold {r.fold + 1} tuned on the others: {_weights(r.weights)}"
        for name, results in lines[:-2]
        for r in results
    )
    return f"{text}\n\nWeights chosen on the four other folds:\n{chosen}", shipped


def _weights(weights: Weights | None) -> str:
    if weights is None:
        return "-"
    return (
        f"position {weights.position}, topic {weights.topic}, length {weights.length} "
        f"(up to {weights.long_words} words), redundancy {weights.redundancy}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the key-points tables; 0 also when a corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="Random-3 seed")
    parser.add_argument(
        "--show", type=int, default=0, help="print the bullets of N raw snn-dev pages"
    )
    parser.add_argument(
        "--short",
        action="store_true",
        help="list the tuning outlets' 150+ word pages with fewer than 3 bullets",
    )
    args = parser.parse_args(argv)
    path = corpus_file(CORPUS)
    if path is None:
        print(missing_corpus_message(CORPUS, "eval/keypoints.py"))
    else:
        rows = list(read_jsonl(path, args.limit))
        print(
            f"Key points on {path.name}: {len(rows)} articles, 5 references each, "
            f"{SENTENCES} bullets, 5-fold cross-validation (mean ± sd, min–max)\n"
        )
        table, shipped = cross_validation_report(rows, args.seed)
        print(table)
        print("\nWeights the whole set prefers (the shipped defaults come from these):")
        for label, weights in shipped.items():
            print(f"- {label}: {_weights(weights)}")
        print(
            "\nStemming: forms of one word that get one term "
            "(pairs found in the corpus)\n"
        )
        print(
            markdown_table(
                ("analyzer", "agreement", "pairs"),
                stem_agreement(row.get("text") or "" for row in rows),
            )
        )
    print()
    print(raw.report(args.limit, args.show, short=args.short))
    return 0


if __name__ == "__main__":
    sys.exit(main())
