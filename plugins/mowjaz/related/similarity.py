"""Content similarity: the same story first, then the same subject, on evidence.

Built to run on a whole archive (:mod:`.weights` gives the weighted terms):

* candidates: each brief searches with its ``_QUERY_TERMS`` heaviest terms through
  sparse matrix products over blocks of rows; terms found in more than
  ``_POSTINGS_CAP`` briefs (or in one) propose no candidates, so the work per brief
  is bounded however large the archive grows.  The best ``_CANDIDATES`` then get
  their full cosine, every term included.  A pair at or above the duplicate score
  is the same story imported twice: reported, never linked;
* evidence: two briefs can share the whole vocabulary of a subject (strikes,
  forces, killed) and still tell different stories.  A link therefore needs
  specific evidence: shared terms found in at most ``_SPECIFIC_SHARE`` of the
  briefs (names, places, organisations, numbers, and the rare words of one story)
  must carry at least ``_MIN_EVIDENCE`` of the cosine; or else two of the pair's
  heaviest shared terms must be a rare pair, found together in few briefs (a
  story covered by several outlets for days has dozens of briefs, so "few" grows
  with the archive: ``_PAIR_SHARE``) and more often than chance.  Small numbers
  and years (the dates and times of datelines) are never evidence.  Otherwise no
  link: fewer links rather than noise;
* score: the cosine of the whole texts and, weighted ``_LEAD_WEIGHT``, the cosine
  of the two leads (:mod:`.weights`), scaled back to [0, 1]: two reports of one
  event state it in their first sentence;
* ranking: the score, times a preference for briefs published close in time
  (same story first: news of one event is published within days), fading to
  ``1 - _TIME_WEIGHT`` for briefs far apart; undated briefs are not moved.  Less
  ``_HUB_WEIGHT`` times the candidate's hubness (:func:`_hubness`): a broad piece
  close to every story of its subject would otherwise stand in every list of
  that subject, above the brief that tells the same story;
* threshold: a link is shown only when its score reaches ``min_score``.

``make eval`` measures the choices above (README, "Evaluation").
"""

from __future__ import annotations

import math
import string
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from ..text.dates import parse_datetime
from .records import Document, Duplicate, Related
from .weights import ChunkTerms, TermMatrix, term_matrix

# Candidates kept per brief before ranking.
_CANDIDATES = 30
# Terms found in more than this many briefs propose no candidates (but still score).
_POSTINGS_CAP = 200
# Each brief looks for candidates with its this many heaviest (capped) terms.
_QUERY_TERMS = 60
# Dense score blocks hold at most this many cells (float32: 4 bytes each).
_BLOCK_CELLS = 1 << 24
# Candidate pairs scored at once (bounds the memory of the row products).
_PAIR_ROWS = 1 << 12
# Evidence: a term is specific when found in at most _SPECIFIC_SHARE of the briefs,
# a pair of terms when found together in at most _PAIR_SHARE of them; shared
# specific terms must weigh _MIN_EVIDENCE of a link's cosine.
_SPECIFIC_SHARE = 0.01
_MIN_EVIDENCE = 0.02
_PAIR_SHARE = 0.01
# ... or in at most this many briefs, however small the site (a story followed
# for a week or two has up to ten briefs, and its names are evidence in each).
_SPECIFIC_BRIEFS = 10.0
# (and a pair of terms in at most this many: pairs of common words are many).
_PAIR_BRIEFS = 5.0
# Numbers below this, and years (Gregorian, Hijri), may be dates: never evidence.
_SMALL_NUMBER = 100
_YEARS = ((1300, 1500), (1900, 2100))
# A rare pair is found together this many times more often than chance would
# have it (two common words of a subject meet by chance; a name and a place of
# one story do not).
_PAIR_LIFT = 5.0
# Rare pairs are looked for among this many of the heaviest shared terms.
_PAIR_TERMS = 4
# A link's score: the cosine of the texts and, with this weight, that of the leads.
_LEAD_WEIGHT = 0.3
# Ranking: a candidate's hubness (how far the mean score of its this many best
# candidates exceeds that of this share of the briefs), times this weight, is
# taken from its score in every list.
_HUB_NEIGHBOURS = 10
_HUB_QUANTILE = 0.75
_HUB_WEIGHT = 0.5
# Closeness in time: this share of the ranking score fades over _TIME_DAYS days.
_TIME_WEIGHT = 0.8
_TIME_DAYS = 1.0
_SECONDS_PER_DAY = 86_400.0
# Shared words given per link by ``explain``.
_EXPLAIN_WORDS = 6
_PUNCTUATION = string.punctuation + "«»“”‘’،؛؟…"  # noqa: RUF001 - Arabic marks


def similar(
    docs: Sequence[Document],
    *,
    min_score: float,
    duplicate_score: float,
    limit: int,
    explain: bool = False,
) -> tuple[list[list[Related]], list[Duplicate]]:
    """Return up to ``limit`` similar briefs per brief, best first, and duplicates."""
    size = len(docs)
    if size < 2:  # noqa: PLR2004 - one brief has nothing to relate to
        return [[] for _ in docs], []
    matrix = term_matrix(docs)
    days = np.array([parse_date(doc.date) for doc in docs], dtype=np.float64)
    candidates = _candidates(matrix.weights, days)
    cosine = pair_products(matrix.weights, candidates)
    duplicates = [
        Duplicate(docs[row].id, docs[other].id, float(cosine[row, column]))
        for row, column in zip(*np.nonzero(cosine >= duplicate_score), strict=True)
        if row < (other := int(candidates[row, column]))
    ]
    story = _story_scores(matrix, candidates, cosine)
    allowed = (
        (candidates >= 0)
        & (cosine > 0.0)
        & (story >= min_score)
        & (cosine < duplicate_score)
    )
    allowed &= _evidence(matrix, candidates, cosine, allowed)
    ranking = story * _closeness(days[:, None], days[candidates])
    ranking -= (
        _HUB_WEIGHT
        * _hubness(story, candidates, cosine < duplicate_score)[
            np.maximum(candidates, 0)
        ]
    )
    ranking[~allowed] = -np.inf
    width = min(limit, candidates.shape[1])
    order = np.argsort(-ranking, axis=1, kind="stable")[:, :width]
    counts = np.isfinite(np.take_along_axis(ranking, order, axis=1)).sum(axis=1)
    chosen = np.take_along_axis(candidates, order, axis=1).tolist()
    scores = np.take_along_axis(story, order, axis=1).tolist()
    links = [
        [
            Related(docs[other].id, score, "similarity")
            for other, score in zip(row[:number], scores[index][:number], strict=True)
        ]
        for index, (row, number) in enumerate(zip(chosen, counts.tolist(), strict=True))
    ]
    if explain:
        links = _explained(docs, matrix, links)
    return links, duplicates


def _hubness(
    story: np.ndarray, candidates: np.ndarray, usable: np.ndarray
) -> np.ndarray:
    """Return how much more than most briefs each brief is close to many others.

    A brief's closeness is the mean score of its ``_HUB_NEIGHBOURS`` best
    candidates (near-duplicates left out); its hubness is what that exceeds the
    closeness of the ``_HUB_QUANTILE`` least close briefs by, else 0.  A broad
    piece on a subject (a roundup, a background piece) is near every story of
    that subject; ranking it lower in every list lets the brief that tells the
    same story rise (the local scaling of nearest-neighbour search, Conneau et
    al., 2018).  Only such hubs move: a brief close to few others gains nothing,
    so a list is not filled with loosely related briefs.
    """
    scores = np.where((candidates >= 0) & usable, story, 0.0)
    width = min(_HUB_NEIGHBOURS, scores.shape[1])
    if width == 0 or scores.shape[0] == 0:
        return np.zeros(scores.shape[0], dtype=np.float32)
    closeness = -np.partition(-scores, width - 1, axis=1)[:, :width].mean(axis=1)
    usual = np.quantile(closeness, _HUB_QUANTILE)
    return np.maximum(closeness - usual, 0.0).astype(np.float32)


def _story_scores(
    matrix: TermMatrix, candidates: np.ndarray, cosine: np.ndarray
) -> np.ndarray:
    """Return the score of each candidate pair: its cosine, and its leads' agreement.

    The weighted mean of the cosine of the whole texts and the cosine of the leads
    (``_LEAD_WEIGHT``), in [0, 1]: two reports of one event state it in their
    first sentence, two stories on one subject share words further down.
    """
    leads = pair_products(matrix.leads, candidates)
    return (cosine + _LEAD_WEIGHT * np.maximum(leads, 0.0)) / (1.0 + _LEAD_WEIGHT)


def _specific_bound(size: int, share: float, floor: float) -> float:
    """Return the most briefs a specific term, or a rare pair, may be found in."""
    return max(floor, share * size)


def _dateish(term: str) -> bool:
    """Tell whether a term is a number that may be part of a date or a time.

    Datelines and time stamps ("13 / 2 / 2025", "14 شعبان 1446", "18:38") repeat
    in every wire of an agency: numbers under 100 and years are no evidence that
    two stories are one (they still count in the score).
    """
    if not term.isdigit():
        return False
    value = int(term)
    return value < _SMALL_NUMBER or any(low <= value <= high for low, high in _YEARS)


def _evidence(
    matrix: TermMatrix, candidates: np.ndarray, cosine: np.ndarray, asked: np.ndarray
) -> np.ndarray:
    """Tell, for each candidate pair, whether it shares specific evidence.

    Shared specific terms must weigh ``_MIN_EVIDENCE`` of the cosine; failing
    that, two of the pair's heaviest shared terms must be found together in few
    briefs, and more often than by chance (a rare pair: Macron and Congress, each
    in many briefs, together in a handful).  Pairs are checked only where ``asked``.
    """
    size = matrix.weights.shape[0]
    dateish = np.zeros(len(matrix.vocabulary), dtype=bool)
    dateish[
        [index for index, term in enumerate(matrix.vocabulary) if _dateish(term)]
    ] = True
    general = dateish | (
        matrix.frequency > _specific_bound(size, _SPECIFIC_SHARE, _SPECIFIC_BRIEFS)
    )
    specific = matrix.weights.copy()
    specific.data[general[specific.indices]] = 0.0
    specific.eliminate_zeros()
    found = pair_products(specific, candidates) >= _MIN_EVIDENCE * cosine
    pairs = RarePairs(matrix, dateish, _specific_bound(size, _PAIR_SHARE, _PAIR_BRIEFS))
    for row, column in zip(*np.nonzero(asked & ~found), strict=True):
        found[row, column] = pairs.shared(row, int(candidates[row, column]))
    return found


class RarePairs:
    """Find whether two briefs share a pair of terms that few briefs have together."""

    def __init__(self, matrix: TermMatrix, dateish: np.ndarray, bound: float) -> None:
        self._weights = matrix.weights
        self._postings = matrix.weights.tocsc()
        self._dateish = dateish
        self._bound = bound
        self._size = max(matrix.weights.shape[0], 1)

    def shared(self, first: int, second: int) -> bool:
        """Tell whether two heaviest shared terms of two briefs are rare together."""
        mine, theirs = _row(self._weights, first), _row(self._weights, second)
        shared = sorted(
            (term for term in mine.keys() & theirs.keys() if not self._dateish[term]),
            key=lambda term: (-mine[term] * theirs[term], term),
        )
        terms = shared[:_PAIR_TERMS]
        return any(
            self._rare_together(one, other)
            for number, one in enumerate(terms)
            for other in terms[number + 1 :]
        )

    def _rare_together(self, one: int, other: int) -> bool:
        """Few briefs have both terms, and more than chance would give."""
        first, second = self._posting(one), self._posting(other)
        together = np.intersect1d(first, second, assume_unique=True).size
        chance = first.size * second.size / self._size
        return together <= self._bound and together >= _PAIR_LIFT * chance

    def _posting(self, column: int) -> np.ndarray:
        start, stop = self._postings.indptr[column], self._postings.indptr[column + 1]
        return self._postings.indices[start:stop]


def _block_rows(size: int) -> int:
    return max(1, min(size, _BLOCK_CELLS // max(size, 1)))


def _candidates(weights: sp.csr_matrix, days: np.ndarray) -> np.ndarray:
    """Return the best candidates per row (``-1`` where there are fewer).

    Candidates come from the terms found in at most ``_POSTINGS_CAP`` briefs, so
    the work per brief stays bounded as the archive grows; their partial scores
    are weighed by closeness in time (``days``: of each brief, NaN if unknown), as
    the ranking will be.
    """
    size = weights.shape[0]
    keep = min(_CANDIDATES, size - 1)
    frequency = np.bincount(weights.indices, minlength=weights.shape[1])
    index = weights.copy()
    postings = frequency[index.indices]
    # A term of one brief matches only itself: it counts in the norm, not here.
    index.data[(postings > _POSTINGS_CAP) | (postings < 2)] = 0.0  # noqa: PLR2004
    index.eliminate_zeros()
    transposed = index.T.tocsr()
    queries = _strongest_terms(index, _QUERY_TERMS)
    candidates = np.full((size, keep), -1, dtype=np.int64)
    step = _block_rows(size)
    for start in range(0, size, step):
        stop = min(start + step, size)
        block = (queries[start:stop] @ transposed).tocsr()
        rows = np.repeat(np.arange(start, stop), np.diff(block.indptr))
        block.data *= _closeness(days[rows], days[block.indices])
        _best_per_row(block, start, candidates[start:stop])
    return candidates


def _strongest_terms(matrix: sp.csr_matrix, count: int) -> sp.csr_matrix:
    """Keep the ``count`` heaviest terms of each row (ties broken by column order)."""
    lengths = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), lengths)
    order = np.lexsort((-matrix.data, rows))
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size) - np.repeat(matrix.indptr[:-1], lengths)
    strongest = matrix.copy()
    strongest.data[rank >= count] = 0.0
    strongest.eliminate_zeros()
    return strongest


def _best_per_row(block: sp.csr_matrix, start: int, out: np.ndarray) -> None:
    """Write into ``out`` the columns of the largest values of each row (not itself)."""
    keep = out.shape[1]
    indptr, indices, data = block.indptr, block.indices, block.data
    for row in range(block.shape[0]):
        columns = indices[indptr[row] : indptr[row + 1]]
        values = data[indptr[row] : indptr[row + 1]]
        mine = columns != start + row
        columns, values = columns[mine], values[mine]
        if columns.size > keep:
            columns = columns[np.argpartition(values, -keep)[-keep:]]
        out[row, : columns.size] = columns


def pair_products(matrix: sp.csr_matrix, candidates: np.ndarray) -> np.ndarray:
    """Dot product of every row with each of its candidates' rows (-1 where none).

    For L2-normalised rows this is their cosine; the work is linear in the number
    of pairs, whatever the size of the archive.
    """
    size, keep = candidates.shape
    products = np.full((size, keep), -1.0, dtype=np.float32)
    step = max(1, _PAIR_ROWS // max(keep, 1))
    for start in range(0, size, step):
        stop = min(start + step, size)
        others = candidates[start:stop]
        present = others >= 0
        left = np.repeat(np.arange(start, stop), keep)[present.ravel()]
        pairs = matrix[left].multiply(matrix[others[present]])
        products[start:stop][present] = np.asarray(pairs.sum(axis=1)).ravel()
    return products


def _closeness(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Ranking factor in (1 - _TIME_WEIGHT, 1] of two arrays of days since the epoch.

    1 for briefs published at the same time, or when either date is unknown (NaN).
    """
    gap = np.abs(first - second)
    factor = 1.0 - _TIME_WEIGHT + _TIME_WEIGHT * np.exp(-gap / _TIME_DAYS)
    return np.where(np.isnan(factor), 1.0, factor).astype(np.float32)


def parse_date(value: str | None) -> float:
    """Return an ISO 8601 or RFC 2822 date as days since the epoch (NaN if unknown)."""
    moment = parse_datetime(value) if value else None
    return math.nan if moment is None else moment.timestamp() / _SECONDS_PER_DAY


# ---------------------------------------------------------------------------
# Explanations: the words behind each link


def _explained(
    docs: Sequence[Document], matrix: TermMatrix, links: list[list[Related]]
) -> list[list[Related]]:
    """Return ``links`` with the shared words that weigh most in each score."""
    reader = ChunkTerms()
    row_of = {doc.id: index for index, doc in enumerate(docs)}
    weights = matrix.weights
    explained = []
    for index, own in enumerate(links):
        words = _surface_words(docs[index], reader)
        mine = _row(weights, index)
        explained.append(
            [
                Related(
                    link.id,
                    link.score,
                    link.source,
                    tuple(
                        words.get(term, _readable(term))
                        for term in _shared_terms(
                            mine, _row(weights, row_of[link.id]), matrix.vocabulary
                        )
                    ),
                )
                for link in own
            ]
        )
    return explained


def _row(weights: sp.csr_matrix, index: int) -> dict[int, float]:
    start, stop = weights.indptr[index], weights.indptr[index + 1]
    columns, values = weights.indices[start:stop], weights.data[start:stop]
    return dict(zip(columns.tolist(), values.tolist(), strict=True))


def _shared_terms(
    first: dict[int, float], second: dict[int, float], vocabulary: Sequence[str]
) -> list[str]:
    shared = sorted(
        first.keys() & second.keys(),
        key=lambda column: (-first[column] * second[column], column),
    )
    return [vocabulary[column] for column in shared[:_EXPLAIN_WORDS]]


def _surface_words(doc: Document, reader: ChunkTerms) -> dict[str, str]:
    """Map each index term of ``doc`` to the first word that gave it."""
    if doc.terms is not None and not doc.title:
        return {}
    chunks = f"{doc.title} {doc.text}".split()
    words: dict[str, str] = {}
    for chunk, terms in zip(chunks, reader.chunk_terms(chunks), strict=True):
        for term in terms:
            words.setdefault(term, chunk.strip(_PUNCTUATION))
    return words


def _readable(term: str) -> str:
    """Return a tag or the category as a reader knows it, other terms as they are."""
    return term.split(":", 1)[1] if term.startswith("\0") else term
