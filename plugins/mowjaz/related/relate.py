"""Related stories: the briefs worth reading next, for every brief (pure functions).

Three sources, in order of trust (see the README, "Related stories"):

1. ``editor``: slugs or titles an editor wrote in the ``Related`` metadata;
2. ``hint``: the article's own "see also" titles (``RelatedHints``), matched to an
   existing brief by normalised title, tolerant of small differences;
3. ``similarity``: content similarity, filling the list up to ``top_k``.

Content similarity, built to run on a whole archive:

* terms: Arabic-normalised, stemmed words (:class:`~mowjaz.text.terms.TermAnalyzer`)
  of the title and the body, analysed once per distinct whitespace-separated chunk
  (news text repeats its words, so a 20,000-brief archive has ~15x fewer chunks than
  tokens); tags and the category join as extra terms, so a shared rare tag counts
  and a tag on half the site counts little;
* weights: BM25 term-frequency saturation with length normalisation, times a
  dampened inverse document frequency (``idf ** 0.5``: on news, moderately common
  topical words tell subjects apart better than rare names); terms in more than
  half of the briefs are dropped (they would link everything);
* candidates: cosine similarity through sparse matrix products over blocks of
  rows.  Each brief searches with its ``_QUERY_TERMS`` heaviest terms, and terms
  found in more than ``_POSTINGS_CAP`` briefs (or in one) propose no candidates, so
  the work per brief is bounded however large the archive grows; the best
  ``_CANDIDATES`` then get their full cosine, every term included.  A pair at or
  above the duplicate score is the same story imported twice: reported, never
  linked;
* re-ranking: two briefs that share many neighbours are about the same subject
  even when their wording differs (shared-nearest-neighbour similarity; Jarvis and
  Patrick, 1973), so the shared-neighbour score is added to the cosine; then a mild
  preference for briefs published close in time;
* threshold: a link is shown only when its cosine reaches ``min_score``: fewer
  links, or none, rather than a wrong one.

``make eval`` measures the choices above (README, "Evaluation").
"""

from __future__ import annotations

import logging
import math
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from difflib import SequenceMatcher
from email.utils import parsedate_to_datetime
from itertools import chain, count

import numpy as np
import scipy.sparse as sp

from ..text.normalize import normalize
from ..text.segment import tokenize, tokenize_lines
from ..text.terms import TermAnalyzer

logger = logging.getLogger(__name__)

DEFAULT_TOP_K = 5
DEFAULT_MIN_SCORE = 0.12
DEFAULT_DUPLICATE_SCORE = 0.9

# Term weighting (BM25: Robertson and Zaragoza, 2009); tuned with `make eval`.
_BM25_K1 = 0.6
_BM25_B = 0.3
_IDF_POWER = 0.5
_MAX_DF = 0.5
# Extra weight of a tag or the category, as if the word occurred this many times.
_TAG_COUNT = 3.0
_CATEGORY_COUNT = 2.0
# Candidates kept per brief before re-ranking (50 measured the same precision@5
# at 5/4 of the cost), and the shared-neighbour mix.
_CANDIDATES = 30
_NEIGHBOUR_SELF = 0.3
_NEIGHBOUR_WEIGHT = 2.0
# Closeness in time: up to this share of the ranking score fades over _RECENCY_DAYS.
_RECENCY_WEIGHT = 0.2
_RECENCY_DAYS = 30.0
# Dense score blocks hold at most this many cells (float32: 4 bytes each).
_BLOCK_CELLS = 1 << 24
# Terms found in more than this many briefs propose no candidates (but still score).
_POSTINGS_CAP = 200
# Each brief looks for candidates with its this many heaviest (capped) terms.
_QUERY_TERMS = 60
# Candidate pairs scored at once (bounds the memory of the row products).
_PAIR_ROWS = 1 << 12
# Titles: a hint matches a brief whose normalised title is at least this close.
_TITLE_MATCH = 0.85
_TITLE_CANDIDATES = 8
_SECONDS_PER_DAY = 86_400.0


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
    # Editor-written links (slugs or titles): the most trusted source.
    editor: tuple[str, ...] = field(default=())
    # Where the brief comes from (its file), named in warnings; the id if None.
    source: str | None = None
    # The index terms of the body (:meth:`ChunkTerms.terms`) when already known (a
    # worker process found them while Pelican was reading, or the cache kept
    # them): they then stand for ``text``, which is not read.
    terms: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Related:
    """One related story for a brief: its id, a score and the source that chose it."""

    id: str
    score: float
    source: str


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Two briefs so alike that they are the same story imported twice."""

    first: str
    second: str
    score: float


@dataclass(frozen=True, slots=True)
class Unmatched:
    """An editor link or a hint of brief ``id`` that names no existing brief."""

    id: str
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class RelatedReport:
    """Everything the step found: links per brief, duplicates and unmatched names."""

    related: dict[str, list[Related]]
    duplicates: tuple[Duplicate, ...] = ()
    unmatched: tuple[Unmatched, ...] = ()


def find_related(
    documents: Sequence[Document],
    top_k: int = DEFAULT_TOP_K,
    min_score: float = DEFAULT_MIN_SCORE,
    *,
    duplicate_score: float = DEFAULT_DUPLICATE_SCORE,
) -> dict[str, list[Related]]:
    """Return, for every document id, at most ``top_k`` related documents.

    Near-duplicates and links that name nothing are logged as warnings (with ids);
    call :func:`relate` to get them as data instead.
    """
    report = relate(
        documents, top_k=top_k, min_score=min_score, duplicate_score=duplicate_score
    )
    names = {doc.id: doc.source or doc.id for doc in documents}
    for duplicate in report.duplicates:
        logger.warning(
            "%s and %s look like the same story imported twice (similarity %.2f): "
            "not linked as related",
            names[duplicate.first],
            names[duplicate.second],
            duplicate.score,
        )
    for unmatched in report.unmatched:
        logger.warning(
            "%s: related %s %r matches no brief; no link made",
            names[unmatched.id],
            unmatched.source,
            unmatched.text,
        )
    return report.related


def relate(
    documents: Sequence[Document],
    *,
    top_k: int = DEFAULT_TOP_K,
    min_score: float = DEFAULT_MIN_SCORE,
    duplicate_score: float = DEFAULT_DUPLICATE_SCORE,
) -> RelatedReport:
    """Find related stories from the three sources; see the module docstring.

    Editor links are always kept; hints, then similarity, fill the list up to
    ``top_k``.  Raises ValueError when two documents share an id.
    """
    docs = list(documents)
    _check_ids(docs)
    titles = TitleIndex(docs)
    linked, unmatched = _named_links(docs, titles)
    limit = top_k + max((len(links) for links in linked), default=0)
    similar, duplicates = _similar(docs, min_score, duplicate_score, limit)
    related = {
        doc.id: _merged(doc.id, linked[index], similar[index], top_k)
        for index, doc in enumerate(docs)
    }
    return RelatedReport(related, tuple(duplicates), tuple(unmatched))


def _merged(
    own: str, named: list[Related], similar: list[Related], top_k: int
) -> list[Related]:
    """Editor links (all of them), then hints and similar briefs up to ``top_k``."""
    links: list[Related] = []
    chosen = {own}
    for link in [*named, *similar]:
        if link.id in chosen:
            continue
        if link.source != "editor" and len(links) >= top_k:
            break
        links.append(link)
        chosen.add(link.id)
    return links


def _check_ids(docs: Sequence[Document]) -> None:
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise ValueError(f"two documents share the id {doc.id!r}")
        seen.add(doc.id)


# ---------------------------------------------------------------------------
# Editor links and hints: titles matched after normalisation


def title_key(title: str) -> str:
    """Return ``title`` folded for matching: normalised tokens joined by spaces."""
    return " ".join(tokenize(normalize(title)))


class TitleIndex:
    """Find a document by id, by title, or by a title with small differences."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._ids = {doc.id: index for index, doc in enumerate(documents)}
        self._keys = [title_key(doc.title) for doc in documents]
        self._exact: dict[str, int] = {}
        self._postings: dict[str, list[int]] = defaultdict(list)
        for index, key in enumerate(self._keys):
            self._exact.setdefault(key, index)
            for token in set(key.split()):
                self._postings[token].append(index)

    def find(self, name: str, *, exclude: int | None = None) -> int | None:
        """Return the index of the brief named by ``name`` (id or title), or None."""
        index = self._ids.get(name.strip())
        if index is not None and index != exclude:
            return index
        key = title_key(name)
        if not key:
            return None
        index = self._exact.get(key)
        if index is not None and index != exclude:
            return index
        return self._closest(key, exclude)

    def _closest(self, key: str, exclude: int | None) -> int | None:
        overlap: dict[int, int] = defaultdict(int)
        for token in set(key.split()):
            for index in self._postings.get(token, ()):
                overlap[index] += 1
        overlap.pop(exclude, None)  # type: ignore[arg-type]
        ranked = sorted(overlap, key=lambda index: (-overlap[index], index))
        best, best_ratio = None, 0.0
        for index in ranked[:_TITLE_CANDIDATES]:
            ratio = SequenceMatcher(
                None, key, self._keys[index], autojunk=False
            ).ratio()
            if ratio > best_ratio:
                best, best_ratio = index, ratio
        return best if best_ratio >= _TITLE_MATCH else None


def _named_links(
    docs: Sequence[Document], titles: TitleIndex
) -> tuple[list[list[Related]], list[Unmatched]]:
    linked: list[list[Related]] = []
    unmatched: list[Unmatched] = []
    for index, doc in enumerate(docs):
        links: list[Related] = []
        for source, names in (("editor", doc.editor), ("hint", doc.hints)):
            for name in names:
                found = titles.find(name, exclude=index)
                if found is None:
                    unmatched.append(Unmatched(doc.id, name, source))
                else:
                    links.append(Related(docs[found].id, 1.0, source))
        linked.append(links)
    return linked, unmatched


# ---------------------------------------------------------------------------
# Content similarity


class ChunkTerms:
    """Index terms per whitespace-separated chunk, analysed once per distinct chunk.

    Does what :meth:`TermAnalyzer.terms` does (normalise keeping taa marbuta, split
    into tokens, one term per token) but normalises all of a document's new chunks
    in one call and remembers every chunk and token it has seen: most of the cost
    of a large archive is then dictionary look-ups.  Not thread-safe.
    """

    def __init__(self, analyzer: TermAnalyzer | None = None) -> None:
        # Sharing the analyzer of a build's WordMemo (key points stem the same
        # words) shares its cache of stems too: each word is stemmed once.
        self._analyzer = analyzer or TermAnalyzer()
        self._chunks: dict[str, tuple[str, ...]] = {}

    def terms(self, text: str) -> list[str]:
        """Return the index terms of ``text`` in order (repeats kept)."""
        chunks = text.split()
        known = self._chunks
        new = list(set(chunks).difference(known))
        if new:
            lines = tokenize_lines(normalize("\n".join(new), keep_taa_marbuta=True))
            if len(lines) != len(new):  # a fold produced a line break: one by one
                lines = [
                    tokenize(normalize(chunk, keep_taa_marbuta=True)) for chunk in new
                ]
            term = self._analyzer.folded_term
            for chunk, tokens in zip(new, lines, strict=True):
                known[chunk] = tuple(filter(None, map(term, tokens)))
        return list(chain.from_iterable(map(known.__getitem__, chunks)))


def term_matrix(docs: Sequence[Document]) -> sp.csr_matrix:
    """Return the L2-normalised BM25 x dampened-idf matrix, one row per document.

    A document's ``terms``, when given, stand for the terms of its text.
    """
    reader = ChunkTerms()
    # Every document's terms, one after the other; a tag or category counts more
    # than a word of the text.  Columns are numbered in the order terms first occur.
    terms: list[str] = []
    lengths: list[int] = []
    heavier: list[tuple[int, float]] = []  # (position in terms, weight)
    for doc in docs:
        first = len(terms)
        terms += reader.terms(doc.title)
        terms += reader.terms(doc.text) if doc.terms is None else doc.terms
        for tag in doc.tags:
            if tag:
                heavier.append((len(terms), _TAG_COUNT))
                terms.append("\0tag:" + normalize(tag))
        if doc.category:
            heavier.append((len(terms), _CATEGORY_COUNT))
            terms.append("\0category:" + normalize(doc.category))
        lengths.append(len(terms) - first)
    column: defaultdict[str, int] = defaultdict(count().__next__)
    columns = np.fromiter(map(column.__getitem__, terms), np.int64, len(terms))
    values = np.ones(len(terms), dtype=np.float32)
    if heavier:
        where, weight = zip(*heavier, strict=True)
        values[list(where)] = weight
    row_starts = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=row_starts[1:])
    shape = (len(lengths), len(column))
    counts = sp.csr_matrix((values, columns, row_starts), shape=shape)
    return _weighted(counts)


def _weighted(counts: sp.csr_matrix) -> sp.csr_matrix:
    """Weigh a matrix of term counts, one row per document (see term_matrix)."""
    counts.sum_duplicates()
    width = counts.shape[1]
    size = counts.shape[0]
    document_length = np.asarray(counts.sum(axis=1), dtype=np.float32).ravel()
    average = float(document_length.mean()) if size else 0.0
    scale = _BM25_K1 * (1 - _BM25_B + _BM25_B * document_length / (average or 1.0))
    row_of = np.repeat(np.arange(size), np.diff(counts.indptr))
    tf = counts.data
    counts.data = (tf * (_BM25_K1 + 1) / (tf + scale[row_of])).astype(np.float32)
    frequency = np.bincount(counts.indices, minlength=width)
    idf = np.log((1 + size) / (1 + frequency)) ** _IDF_POWER
    idf[frequency > _MAX_DF * size] = 0.0
    counts.data *= idf[counts.indices].astype(np.float32)
    counts.eliminate_zeros()
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    # Scaling each row in place keeps the columns of each row in order, which the
    # products of rows (_pair_cosines) need to be quick.
    counts.data *= np.repeat((1.0 / norms).astype(np.float32), np.diff(counts.indptr))
    return counts


def _similar(
    docs: Sequence[Document], min_score: float, duplicate_score: float, limit: int
) -> tuple[list[list[Related]], list[Duplicate]]:
    size = len(docs)
    if size < 2:  # noqa: PLR2004 - one brief has nothing to relate to
        return [[] for _ in docs], []
    matrix = term_matrix(docs)
    candidates, cosine, pairs = _candidates(matrix, duplicate_score)
    ranking = cosine + _NEIGHBOUR_WEIGHT * _shared_neighbours(candidates, cosine)
    ranking *= _closeness(docs, candidates)
    ranking[cosine < max(min_score, 1e-6)] = -np.inf
    width = min(limit, candidates.shape[1])
    order = np.argsort(-ranking, axis=1, kind="stable")[:, :width]
    shown = np.isfinite(np.take_along_axis(ranking, order, axis=1)).sum(axis=1)
    chosen = np.take_along_axis(candidates, order, axis=1).tolist()
    scores = np.take_along_axis(cosine, order, axis=1).tolist()
    ids = [doc.id for doc in docs]
    similar = [
        [
            Related(ids[other], score, "similarity")
            for other, score in zip(
                chosen[index][:count], scores[index][:count], strict=True
            )
        ]
        for index, count in enumerate(shown.tolist())
    ]
    duplicates = [Duplicate(docs[i].id, docs[j].id, score) for i, j, score in pairs]
    return similar, duplicates


def _block_rows(size: int) -> int:
    return max(1, min(size, _BLOCK_CELLS // max(size, 1)))


def _candidates(
    matrix: sp.csr_matrix, duplicate_score: float
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, float]]]:
    """Return the best candidates per row, their cosines and the duplicate pairs.

    Candidates come from the terms found in at most ``_POSTINGS_CAP`` briefs (so the
    work per brief stays bounded as the archive grows); each candidate is then
    scored with its full cosine, common terms included.  Missing candidates are
    ``-1`` with cosine ``-1``.
    """
    size = matrix.shape[0]
    keep = min(_CANDIDATES, size - 1)
    frequency = np.bincount(matrix.indices, minlength=matrix.shape[1])
    index = matrix.copy()
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
        _best_per_row(block, start, candidates[start:stop])
    cosine = _pair_cosines(matrix, candidates)
    pairs = [
        (int(row), int(candidates[row, column]), float(cosine[row, column]))
        for row, column in zip(*np.nonzero(cosine >= duplicate_score), strict=True)
        if row < candidates[row, column]
    ]
    cosine[cosine >= duplicate_score] = -1.0
    return candidates, cosine, pairs


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


def _pair_cosines(matrix: sp.csr_matrix, candidates: np.ndarray) -> np.ndarray:
    """Dot product of every row with each of its candidates' rows (-1 where none).

    Rows are L2-normalised, so this is their cosine; the work is linear in the
    number of pairs, whatever the size of the archive.
    """
    size, keep = candidates.shape
    cosine = np.full((size, keep), -1.0, dtype=np.float32)
    step = max(1, _PAIR_ROWS // max(keep, 1))
    for start in range(0, size, step):
        stop = min(start + step, size)
        others = candidates[start:stop]
        present = others >= 0
        left = np.repeat(np.arange(start, stop), keep)[present.ravel()]
        products = matrix[left].multiply(matrix[others[present]])
        cosine[start:stop][present] = np.asarray(products.sum(axis=1)).ravel()
    return cosine


def _shared_neighbours(candidates: np.ndarray, cosine: np.ndarray) -> np.ndarray:
    """Cosine of the neighbour-weight vectors of each brief and each candidate."""
    size, keep = candidates.shape
    itself = np.arange(size)[:, None]
    columns = np.concatenate(
        [np.where(candidates < 0, itself, candidates), itself], axis=1
    )
    weights = np.concatenate(
        [
            np.maximum(cosine, 0.0),
            np.full((size, 1), _NEIGHBOUR_SELF, dtype=np.float32),
        ],
        axis=1,
    )
    norms = np.sqrt((weights * weights).sum(axis=1, keepdims=True))
    weights = weights / np.where(norms == 0, 1.0, norms)
    graph = sp.csr_matrix(
        (
            weights.ravel(),
            columns.ravel(),
            np.arange(0, size * (keep + 1) + 1, keep + 1),
        ),
        shape=(size, size),
    )
    graph.sum_duplicates()
    return np.maximum(_pair_cosines(graph, candidates), 0.0)


def _closeness(docs: Sequence[Document], candidates: np.ndarray) -> np.ndarray:
    """Ranking factor in (1 - _RECENCY_WEIGHT, 1]: 1 for same-day or undated pairs."""
    days = np.array([parse_date(doc.date) for doc in docs], dtype=np.float64)
    gap = np.abs(days[:, None] - days[candidates])
    factor = 1.0 - _RECENCY_WEIGHT + _RECENCY_WEIGHT * np.exp(-gap / _RECENCY_DAYS)
    return np.where(np.isnan(factor), 1.0, factor).astype(np.float32)


def parse_date(value: str | None) -> float:
    """Return an ISO 8601 or RFC 2822 date as days since the epoch (NaN if unknown)."""
    if not value:
        return math.nan
    text = unicodedata.normalize("NFKC", value).strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return math.nan
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp() / _SECONDS_PER_DAY
