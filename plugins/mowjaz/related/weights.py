"""Index terms of every brief, weighted as a search engine weighs them (BM25).

* terms: Arabic-normalised, stemmed words (:class:`~mowjaz.text.terms.TermAnalyzer`)
  of the title and the body, analysed once per distinct whitespace-separated chunk
  (news text repeats its words, so a 20,000-brief archive has ~15x fewer chunks
  than tokens).  Web addresses give no terms: an agency's footer link is in all
  its wires, whatever the story.  A title word counts as ``_TITLE_COUNT`` words
  of the body (the headline names the story); tags and the category join as
  extra terms, so a shared rare tag counts and a tag on half the site counts
  little;
* weights: BM25 (Robertson and Zaragoza, 2009): term-frequency saturation with
  length normalisation, times the full BM25 inverse document frequency, so a
  name, a place or a number found in a handful of briefs weighs far more than the
  vocabulary of a whole subject (war, match, market).  Terms in more than half of
  the briefs are dropped (they would link everything).  Rows are L2-normalised:
  the product of two rows is their cosine;
* leads: a second matrix, weighted the same way, holds the terms of each brief's
  lead alone: its title and the first ``_LEAD_TERMS`` terms of its text.  A news
  story states its event in its first sentence; two briefs whose leads agree tell
  the same story, where two briefs on one subject share the vocabulary of their
  whole text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, count

import numpy as np
import scipy.sparse as sp

from ..text.normalize import normalize
from ..text.segment import tokenize, tokenize_lines
from ..text.terms import TermAnalyzer
from .records import Document

# BM25 term-frequency saturation and length normalisation (tuned with `make eval`).
_BM25_K1 = 1.2
_BM25_B = 0.75
_MAX_DF = 0.5
# Extra weight of a title word, a tag or the category, as this many body words.
_TITLE_COUNT = 2.0
_TAG_COUNT = 3.0
_CATEGORY_COUNT = 2.0
# The lead: this many index terms from the start of the text (about one sentence).
_LEAD_TERMS = 25


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
        return list(chain.from_iterable(self.chunk_terms(text.split())))

    def chunk_terms(self, chunks: Sequence[str]) -> list[tuple[str, ...]]:
        """Return the index terms of each chunk (a whitespace-free piece of text)."""
        known = self._chunks
        new = []
        for chunk in set(chunks).difference(known):
            if _is_address(chunk):
                known[chunk] = ()
            else:
                new.append(chunk)
        if new:
            lines = tokenize_lines(normalize("\n".join(new), keep_taa_marbuta=True))
            if len(lines) != len(new):  # a fold produced a line break: one by one
                lines = [
                    tokenize(normalize(chunk, keep_taa_marbuta=True)) for chunk in new
                ]
            term = self._analyzer.folded_term
            for chunk, tokens in zip(new, lines, strict=True):
                known[chunk] = tuple(filter(None, map(term, tokens)))
        return list(map(known.__getitem__, chunks))


def _is_address(chunk: str) -> bool:
    """Tell whether a chunk is a web address: a contact or source line, not news."""
    return "://" in chunk or chunk.lower().startswith("www.")


@dataclass(frozen=True, slots=True)
class TermMatrix:
    """Weighted terms of every brief: one L2-normalised row per brief.

    ``vocabulary[column]`` is the term of a column (tags and the category start
    with a NUL character); ``frequency[column]`` the number of briefs that have it.
    ``leads`` holds the terms of each brief's lead only (its title and the start
    of its text), weighted alike, in the same columns.
    """

    weights: sp.csr_matrix
    vocabulary: tuple[str, ...]
    frequency: np.ndarray
    leads: sp.csr_matrix


def term_matrix(docs: Sequence[Document]) -> TermMatrix:
    """Return the BM25-weighted terms of ``docs``, one row per document.

    A document's ``terms``, when given, stand for the terms of its text.
    """
    reader = ChunkTerms()
    # Every document's terms, one after the other; a title word, a tag or the
    # category counts more than a word of the text.  Columns are numbered in the
    # order terms first occur.
    terms: list[str] = []
    lengths: list[int] = []
    heavier: list[tuple[int, int, float]] = []  # (first position, stop, weight)
    lead_stops: list[int] = []  # where each document's lead ends
    for doc in docs:
        first = len(terms)
        terms += reader.terms(doc.title)
        heavier.append((first, len(terms), _TITLE_COUNT))
        lead_stop = len(terms) + _LEAD_TERMS
        terms += reader.terms(doc.text) if doc.terms is None else doc.terms
        lead_stops.append(min(lead_stop, len(terms)))
        for tag in doc.tags:
            if tag:
                heavier.append((len(terms), len(terms) + 1, _TAG_COUNT))
                terms.append("\0tag:" + normalize(tag))
        if doc.category:
            heavier.append((len(terms), len(terms) + 1, _CATEGORY_COUNT))
            terms.append("\0category:" + normalize(doc.category))
        lengths.append(len(terms) - first)
    column: defaultdict[str, int] = defaultdict(count().__next__)
    columns = np.fromiter(map(column.__getitem__, terms), np.int64, len(terms))
    values = np.ones(len(terms), dtype=np.float32)
    for start, stop, weight in heavier:
        values[start:stop] = weight
    row_starts = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=row_starts[1:])
    shape = (len(lengths), len(column))
    # Before the counts: summing their duplicates reorders ``values`` in place.
    leads = _lead_counts(columns, values, row_starts, np.array(lead_stops), shape)
    lead_frequency = np.bincount(leads.indices, minlength=shape[1])
    counts = sp.csr_matrix((values, columns, row_starts), shape=shape)
    counts.sum_duplicates()
    frequency = np.bincount(counts.indices, minlength=shape[1])
    return TermMatrix(
        bm25(counts, frequency),
        tuple(column),
        frequency,
        bm25(leads, lead_frequency),
    )


def _lead_counts(
    columns: np.ndarray,
    values: np.ndarray,
    row_starts: np.ndarray,
    lead_stops: np.ndarray,
    shape: tuple[int, int],
) -> sp.csr_matrix:
    """Return the term counts of each document's lead (its positions up to a stop)."""
    position = np.arange(columns.size)
    row = np.repeat(np.arange(shape[0]), np.diff(row_starts))
    lead = position < lead_stops[row]
    lengths = np.bincount(row[lead], minlength=shape[0])
    starts = np.zeros(shape[0] + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    counts = sp.csr_matrix((values[lead], columns[lead], starts), shape=shape)
    counts.sum_duplicates()
    return counts


def bm25(counts: sp.csr_matrix, frequency: np.ndarray) -> sp.csr_matrix:
    """Weigh a matrix of term counts (one row per document) in place and return it."""
    size = counts.shape[0]
    document_length = np.asarray(counts.sum(axis=1), dtype=np.float32).ravel()
    average = float(document_length.mean()) if size else 0.0
    scale = _BM25_K1 * (1 - _BM25_B + _BM25_B * document_length / (average or 1.0))
    row_of = np.repeat(np.arange(size), np.diff(counts.indptr))
    tf = counts.data
    counts.data = (tf * (_BM25_K1 + 1) / (tf + scale[row_of])).astype(np.float32)
    idf = np.log1p((size - frequency + 0.5) / (frequency + 0.5))
    idf[frequency > _MAX_DF * size] = 0.0
    counts.data *= idf[counts.indices].astype(np.float32)
    counts.eliminate_zeros()
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    # Scaling each row in place keeps the columns of each row in order, which the
    # products of rows (similarity.pair_products) need to be quick.
    counts.data *= np.repeat((1.0 / norms).astype(np.float32), np.diff(counts.indptr))
    return counts
