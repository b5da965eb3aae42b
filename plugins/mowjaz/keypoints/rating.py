"""Rating and choosing units: centrality, a position prior and MMR (pure functions).

* **Rating.**  Each unit becomes a TF-IDF vector of stemmed terms (IDF from the
  article's own units, so no background corpus is needed).  Its centrality is its
  cosine similarity to the article's centroid: the sum of every unit's vector, the
  lead's and the title's included, so that a unit is rated by how much of the whole
  article it shares (Radev et al.'s MEAD centroid score; degree centrality over the
  similarity graph).  Position is one signal among others: a prior that decays
  slowly with the sentence's rank, plus a small bonus for longer units.
* **Choosing.**  Maximal marginal relevance (Carbonell and Goldstein, 1998): each
  next unit pays for its similarity to what the reader already has, and a unit at
  least ``duplicate`` similar to it is never chosen.  What the reader already has
  starts with the *context*, the title and the lead shown right under the box, so
  a bullet never repeats them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..text.terms import TermAnalyzer


@dataclass(frozen=True, slots=True)
class Weights:
    """The tunable parts of the method (set by 5-fold cross-validation, see README)."""

    # Share of the score that comes from the position prior (the rest: centrality).
    position: float = 0.55
    # Position prior: 1 / (1 + rank) ** decay.
    decay: float = 0.3
    # Share of the centrality that is similarity to the topic (the headline and
    # the first sentence) rather than to the centroid of the whole article.
    topic: float = 0.0
    # Bonus for length: this much for a unit of ``long_words`` words or more.
    length: float = 0.2
    long_words: int = 40
    # MMR: how much similarity to the context or a chosen unit costs.
    redundancy: float = 0.3
    # A unit at least this similar to the context or a chosen unit is a repeat.
    duplicate: float = 0.5


DEFAULT_WEIGHTS = Weights()

# Dot products of the small matrices below use ``np.einsum``, not ``@``: ``@`` calls
# BLAS, whose thread pool wakes on matrices this small and then spins, costing more
# CPU than the arithmetic itself.


def tfidf(
    bags: Sequence[Sequence[str]], queries: Sequence[Sequence[str]] = ()
) -> np.ndarray:
    """L2-normalised TF-IDF rows of term bags (sublinear TF, smoothed IDF).

    Columns are the terms of ``bags`` in sorted order.  Every weight is the float
    that ``(1 + log(tf)) * (log((1 + n) / (1 + df)) + 1)`` gives.  ``queries``
    (such as the topic) get rows after those of ``bags``, weighted by the IDF of
    ``bags`` alone; their terms outside ``bags`` are left out.
    """
    vocabulary = {term: index for index, term in enumerate(sorted(set().union(*bags)))}
    rows, width = len(bags), max(1, len(vocabulary))
    every = [*bags, *queries]
    cells = [
        row * width + vocabulary[term]
        for row, bag in enumerate(every)
        for term in bag
        if term in vocabulary
    ]
    counts = np.bincount(cells, minlength=len(every) * width).reshape(-1, width)
    # A term absent from a row has count 0 and weight 0 (the table starts at 0).
    matrix = (
        _one_plus_log(int(counts.max(initial=0)))[counts]
        * _idf(rows)[np.count_nonzero(counts[:rows], axis=0)]
    )
    norms = np.sqrt((matrix * matrix).sum(axis=1, keepdims=True))
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def term_bags(texts: Sequence[str], analyzer: TermAnalyzer) -> list[list[str]]:
    """Return the index terms of each text."""
    return [analyzer.terms(text) for text in texts]


def _one_plus_log(largest: int) -> np.ndarray:
    """Return ``1 + log(k)`` at index ``k`` for ``k`` up to ``largest`` (0 at 0)."""
    return np.array([0.0] + [1 + math.log(k) for k in range(1, largest + 1)])


def _idf(total: int) -> np.ndarray:
    """Return the smoothed IDF of a term in ``df`` of ``total`` rows at ``df``."""
    return np.array([math.log((1 + total) / (1 + df)) + 1 for df in range(total + 1)])


def scores(
    vectors: np.ndarray,
    ranks: Sequence[int],
    lengths: Sequence[int],
    weights: Weights,
    topic: np.ndarray | None = None,
) -> np.ndarray:
    """Rate the first ``len(ranks)`` rows of ``vectors`` (the rest is context).

    Centrality is measured against the centroid of every row, context included,
    and, for a ``weights.topic`` share, against the ``topic`` vector.
    """
    count = len(ranks)
    centrality = _peak_scaled(np.einsum("ik,k->i", vectors[:count], vectors.sum(0)))
    if topic is not None and weights.topic:
        about = _peak_scaled(np.einsum("ik,k->i", vectors[:count], topic))
        centrality = (1 - weights.topic) * centrality + weights.topic * about
    prior = 1.0 / (1.0 + np.array(ranks, dtype=float)) ** weights.decay
    words = np.array(lengths, dtype=float)
    length = np.minimum(words, weights.long_words) / max(1, weights.long_words)
    return (
        (1 - weights.position) * centrality
        + weights.position * prior
        + weights.length * length
    )


def _peak_scaled(values: np.ndarray) -> np.ndarray:
    """Return ``values`` divided by their largest (unchanged when it is not > 0)."""
    peak = values.max(initial=0.0)
    return values / peak if peak > 0 else values


def select(
    rated: Sequence[float],
    similarity: np.ndarray,
    context: Sequence[int],
    count: int,
    weights: Weights,
) -> list[int]:
    """Choose up to ``count`` of the rated rows by maximal marginal relevance.

    ``similarity`` covers the rated rows and then the ``context`` rows; a rated
    row at least ``weights.duplicate`` similar to the context or to a chosen row
    is never chosen.
    """
    chosen: list[int] = []
    open_ = list(range(len(rated)))
    while len(chosen) < count and open_:
        known = [*context, *chosen]
        if known:
            closest = similarity[open_][:, known].max(axis=1).tolist()
        else:
            closest = [0.0] * len(open_)
        fresh = [
            (rated[index] - weights.redundancy * near, -index, index)
            for index, near in zip(open_, closest, strict=True)
            if near < weights.duplicate
        ]
        if not fresh:
            break
        best = max(fresh)[2]
        chosen.append(best)
        open_.remove(best)
    return chosen
