"""Helpers shared by the ``make eval`` scripts (key points, quotes, related stories).

* where the third-party corpora live (``../shared/corpora`` next to the repository)
  and how to stop cleanly when they are absent;
* JSONL reading;
* ROUGE-N with an Arabic-aware tokenizer: the common ROUGE packages lower-case and
  keep ``[a-z0-9]`` only, so Arabic text scores zero with them.  Here tokens are the
  text core's tokens after normalisation (diacritics, tatweel and letter variants
  folded), with no stemming and no stop-word removal, as in the original ROUGE;
* fuzzy sentence matching: a sentence is "in" a reference when its first letters
  occur in the reference, both reduced to normalised letters and digits without
  spaces.  Human summaries in EASC do not always reproduce the article's characters
  (words glued together when a line break was lost, hamza forms changed, long
  sentences cut short), and this survives all three;
* plain Markdown tables for the README.

Scripts import this module as ``eval.common``; run them from the repository root
(``make eval``) or directly (``python eval/keypoints.py``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mowjaz.text.normalize import normalize
from mowjaz.text.segment import tokenize

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"

# How many leading letters of a sentence identify it inside a reference.
MATCH_LETTERS = 60
# Sentences with fewer letters than this are too short to be matched reliably.
MIN_MATCH_LETTERS = 8

_NOT_LETTER = re.compile(r"[\W_]+")


def corpus_file(name: str) -> Path | None:
    """Return the path of a corpus file, or None when it is not here."""
    path = CORPORA / name
    return path if path.is_file() else None


def missing_corpus_message(name: str, script: str) -> str:
    """Return the message a script prints when its corpus is absent."""
    return (
        f"{script}: skipped, the evaluation corpus {CORPORA / name} is not here "
        "(third-party data, never part of the repository)."
    )


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSONL file, at most ``limit`` of them."""
    with path.open(encoding="utf-8") as lines:
        count = 0
        for number, line in enumerate(lines, start=1):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(
                    f"{path}:{number}: not a JSON object ({error})"
                ) from error
            count += 1


# ROUGE ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RougeScore:
    """Precision, recall and F1 of one candidate against one reference."""

    precision: float
    recall: float
    f1: float


def rouge_tokens(text: str) -> list[str]:
    """Return ROUGE tokens: normalised Arabic (and Latin) words and numbers."""
    return tokenize(normalize(text))


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(
    candidate: Sequence[str], reference: Sequence[str], n: int = 1
) -> RougeScore:
    """ROUGE-N of two token lists; empty input scores zero, never divides by zero."""
    ours, theirs = _ngrams(candidate, n), _ngrams(reference, n)
    overlap = sum((ours & theirs).values())
    if not overlap:
        return RougeScore(0.0, 0.0, 0.0)
    precision = overlap / sum(ours.values())
    recall = overlap / sum(theirs.values())
    return RougeScore(precision, recall, 2 * precision * recall / (precision + recall))


def rouge_f1(candidate: str, references: Sequence[str], n: int = 1) -> float:
    """Mean ROUGE-N F1 of ``candidate`` over several references (0.0 for none)."""
    tokens = rouge_tokens(candidate)
    return mean(rouge_n(tokens, rouge_tokens(ref), n).f1 for ref in references)


# Fuzzy sentence matching ---------------------------------------------------------


def letters_key(text: str) -> str:
    """Reduce text to its normalised letters and digits, without spaces."""
    return _NOT_LETTER.sub("", normalize(text))


def sentence_in(sentence: str, reference_key: str) -> bool:
    """Tell whether ``sentence`` occurs in a reference given as a :func:`letters_key`.

    The sentence's first ``MATCH_LETTERS`` letters must occur in the reference; a
    sentence shorter than ``MIN_MATCH_LETTERS`` letters never matches.
    """
    key = letters_key(sentence)[:MATCH_LETTERS]
    return len(key) >= MIN_MATCH_LETTERS and key in reference_key


def reference_count(sentence: str, reference_keys: Sequence[str]) -> int:
    """Count the references (as letter keys) that contain ``sentence``."""
    return sum(sentence_in(sentence, key) for key in reference_keys)


# Small numeric and table helpers -------------------------------------------------


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean; 0.0 for no values."""
    total = count = 0
    for value in values:
        total += value
        count += 1
    return total / count if count else 0.0


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Format rows as a Markdown table; floats get three decimals."""

    def cell(value: object) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines.extend("| " + " | ".join(cell(value) for value in row) + " |" for row in rows)
    return "\n".join(lines)
