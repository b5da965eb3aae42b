r"""Score the quote sidebar's extraction against hand labels (``make eval``).

Corpus: ``../shared/corpora/quotes-dev.jsonl`` (60 news articles, every marked
quotation labelled with its span, speaker and ``pull`` flag; see
``QUOTES-LABELING.md`` beside it).  Each article's ``\\n``-separated paragraphs
become paragraph blocks, exactly as an imported plain-text brief, and
:func:`mowjaz.quotes.extract.extract_quotes` runs on them.

Metrics, pooled over all articles:

* span precision: the share of extracted quotes that are labelled pull quotes;
* span recall: the share of labelled pull quotes (``pull: true``) extracted;
* a predicted quote matches a labelled one when their character spans in the
  article are **exactly** equal after trimming whitespace (the labels are trimmed,
  and so is the extractor's text), so a quote cut short or run on counts as a miss;
* speaker accuracy on the matched pull quotes: predicted and labelled speakers are
  equal after :func:`mowjaz.text.normalize.normalize` (diacritics, tatweel and
  hamza/alef/yaa/taa-marbuta variants folded) with every character that is not a
  letter or digit removed, spaces included (``عبد الله`` = ``عبدالله``,
  ``يوي-يونغ`` = ``يوي يونغ``).  A missing speaker never matches.

Usage: ``python eval/quotes.py [--limit N] [--errors]``; ``--errors`` lists every
miss (on the terminal only: the corpus is never copied into the repository).
Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mowjaz.quotes.extract import Quote, extract_quotes
from mowjaz.text.blocks import Block
from mowjaz.text.normalize import normalize

from eval.common import (
    corpus_file,
    markdown_table,
    missing_corpus_message,
    read_jsonl,
)

ROOT = Path(__file__).resolve().parent.parent

CORPUS = "quotes-dev.jsonl"
TARGETS = {"precision": 0.95, "recall": 0.90, "speaker accuracy": 0.85}
_NOT_LETTER = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class QuoteScores:
    """Pooled counts and the three rates (0.0 when a denominator is zero)."""

    articles: int
    predicted: int
    labelled: int
    matched: int
    speakers_right: int

    @property
    def precision(self) -> float:
        """Share of extracted quotes that are labelled pull quotes."""
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of labelled pull quotes that were extracted."""
        return self.matched / self.labelled if self.labelled else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Share of matched pull quotes whose speaker is right."""
        return self.speakers_right / self.matched if self.matched else 0.0


def speaker_key(speaker: str | None) -> str:
    """Return the comparison key of a speaker (see the module docstring)."""
    return _NOT_LETTER.sub("", normalize(speaker)) if speaker else ""


def article_quotes(text: str) -> list[tuple[int, int, Quote]]:
    """Extract quotes from an article's text; return (start, end, quote) in the text."""
    blocks: list[Block] = []
    offsets: list[int] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            blocks.append(Block("paragraph", stripped))
            offsets.append(position + len(line) - len(line.lstrip()))
        position += len(line) + 1
    found = []
    for quote in extract_quotes(blocks):
        if quote.block is None or quote.start is None or quote.end is None:
            continue
        base = offsets[quote.block]
        found.append((base + quote.start, base + quote.end, quote))
    return found


def score(
    articles: Iterable[dict[str, Any]], errors: list[str] | None = None
) -> QuoteScores:
    """Score the extractor on labelled articles; append misses to ``errors``."""
    count = predicted = labelled = matched = right = 0
    for article in articles:
        count += 1
        text = article["text"]
        gold = {
            (label["start"], label["end"]): label
            for label in article["quotes"]
            if label["pull"]
        }
        found = article_quotes(text)
        predicted += len(found)
        labelled += len(gold)
        hits = set()
        for start, end, quote in found:
            label = gold.get((start, end))
            if label is None:
                _note(errors, "FP", article["id"], quote.text, quote.speaker, None)
                continue
            hits.add((start, end))
            matched += 1
            if speaker_key(quote.speaker) and speaker_key(quote.speaker) == speaker_key(
                label["speaker"]
            ):
                right += 1
            else:
                _note(
                    errors,
                    "SPK",
                    article["id"],
                    quote.text,
                    quote.speaker,
                    label["speaker"],
                )
        for span, label in gold.items():
            if span not in hits:
                _note(
                    errors, "FN", article["id"], label["text"], None, label["speaker"]
                )
    return QuoteScores(count, predicted, labelled, matched, right)


def _note(
    errors: list[str] | None,
    kind: str,
    article: str,
    text: str,
    *speakers: str | None,
) -> None:
    if errors is not None:
        got, want = speakers
        errors.append(f"{kind}\t{article}\t{text[:60]!r}\tgot={got!r}\twant={want!r}")


def report(scores: QuoteScores) -> str:
    """Format the scores as the README's Markdown table."""
    rows = [
        ("precision", scores.precision, TARGETS["precision"]),
        ("recall", scores.recall, TARGETS["recall"]),
        ("speaker accuracy", scores.speaker_accuracy, TARGETS["speaker accuracy"]),
    ]
    table = markdown_table(("metric", "Mowjaz", "target"), rows)
    counts = (
        f"{scores.articles} articles, {scores.labelled} labelled pull quotes, "
        f"{scores.predicted} extracted, {scores.matched} matched exactly"
    )
    return f"{table}\n\n{counts}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; print the table (and the misses with ``--errors``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, default=None, help="score the first N articles"
    )
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    path = corpus_file(CORPUS)
    if path is None:
        print(missing_corpus_message(CORPUS, "eval/quotes.py"))
        return 0
    errors: list[str] | None = [] if args.errors else None
    scores = score(read_jsonl(path, args.limit), errors)
    print(f"Quotes ({CORPUS}): pull-quote spans (exact match) and speakers\n")
    print(report(scores))
    for line in errors or []:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
