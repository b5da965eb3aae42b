"""Related stories: top-k similar briefs for every brief (pure functions).

First version: TF-IDF over stemmed terms, cosine through an inverted index.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .text.terms import TermAnalyzer


@dataclass(frozen=True, slots=True)
class Document:
    """What the related-stories step knows of one brief."""

    id: str
    title: str
    text: str
    tags: tuple[str, ...] = ()
    category: str | None = None
    date: str | None = None
    hints: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Related:
    """One related story for a brief."""

    id: str
    score: float
    source: str


def find_related(
    documents: Sequence[Document], top_k: int = 5, min_score: float = 0.1
) -> dict[str, list[Related]]:
    """Return, for every document id, its ``top_k`` most similar other documents."""
    analyzer = TermAnalyzer()
    vectors = [Counter(analyzer.terms(f"{doc.title}\n{doc.text}")) for doc in documents]
    frequency: Counter[str] = Counter()
    for vector in vectors:
        frequency.update(vector.keys())
    total = len(documents)
    weighted: list[dict[str, float]] = []
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        weights = {
            term: (1 + math.log(count)) * math.log((1 + total) / (1 + frequency[term]))
            for term, count in vector.items()
        }
        norm = math.sqrt(sum(value * value for value in weights.values())) or 1.0
        weights = {term: value / norm for term, value in weights.items()}
        weighted.append(weights)
        for term, value in weights.items():
            postings[term].append((index, value))
    result: dict[str, list[Related]] = {}
    for index, weights in enumerate(weighted):
        scores: Counter[int] = Counter()
        for term, value in weights.items():
            for other, other_value in postings[term]:
                if other != index:
                    scores[other] += value * other_value
        result[documents[index].id] = [
            Related(id=documents[other].id, score=score, source="similarity")
            for other, score in scores.most_common(top_k)
            if score >= min_score
        ]
    return result
