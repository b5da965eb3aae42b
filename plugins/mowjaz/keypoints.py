"""Key points: choose the sentences that carry a brief's gist (pure functions).

The method, in three steps (rate, take the top ``count``, restore reading order):

1. **Candidates.**  Sentences of paragraph and list blocks, never of subheadings,
   block quotes or boilerplate lines (``text/data/boilerplate.txt``).  A leading
   discourse connective (``text/data/connectives.txt``: "on the other hand", "for
   his part" ...) is removed so that the bullet reads well on its own; leading list
   and dialogue dashes go too.  Too-short sentences, questions and bare quotations
   (a sentence that is only a quote, with no one saying it) are not candidates.
2. **Rating.**  Each candidate becomes a TF-IDF vector of stemmed terms (IDF from
   the article's own sentences, so no background corpus is needed).  Its
   centrality is its cosine similarity to the article's centroid (the sum of all
   sentence vectors), which is the sentence's summed similarity to every sentence:
   degree centrality over the similarity graph (Radev et al.'s MEAD centroid
   score; Erkan and Radev's LexRank is the random-walk variant, and measured no
   better here).  News puts the gist first, so the score mixes centrality with a
   position prior that decays slowly with the sentence's rank, plus a small bonus
   for longer sentences (up to 40 words), which carry more of the story.
3. **Selection.**  Maximal marginal relevance (Carbonell and Goldstein, 1998): the
   best-rated sentence first, then each next one penalised by its similarity to
   those already chosen, so that two bullets do not say the same thing.  The lead
   (the first candidate) is always kept, so the first bullet is the article's own
   opening, a good line for the home-page card.  Bullets keep the article's order.

Why this method: it is the classic unsupervised extractive summariser, needs no
training data or model download, runs in milliseconds on a brief, and is measured
(``make eval``, README "Evaluation") against Lead-3, the strong news baseline.
The weights below were set on the aggregate of the EASC development set only.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

import numpy as np

from .text import patterns
from .text.blocks import Block
from .text.memo import WordMemo
from .text.normalize import normalize
from .text.segment import quoted_spans, split_sentences, word_count
from .text.terms import TermAnalyzer
from .text.wordlists import read_word_list

_KINDS = frozenset({"paragraph", "list_item"})
_QUESTION_MARKS = ("\u061f", "?")
# Closing quotation marks, brackets and spaces that may follow a final question mark.
_TRAILING = "\u201d\u00bb\u2033\"')] "
_LEADING_MARKS = re.compile(r"^[\s\-\u2010-\u2015\u0640*\u2022\u00b7:]+")
_COMMAS = "\u060c,"
_PREFIX_MARK = ":"


@dataclass(frozen=True, slots=True)
class Weights:
    """The tunable parts of the method (defaults set on EASC-dev, see README)."""

    # Share of the score that comes from the position prior (the rest: centrality).
    position: float = 0.7
    # Position prior: 1 / (1 + rank) ** decay.
    decay: float = 0.3
    # Bonus for length: this much for a sentence of ``long_words`` words or more.
    length: float = 0.1
    long_words: int = 40
    # MMR: how much similarity to an already chosen sentence costs.
    redundancy: float = 0.4
    # A sentence at least this similar to a chosen one is a repeat, never chosen.
    duplicate: float = 0.6
    # Fewest words a candidate may have.
    min_words: int = 6
    # Always keep the first candidate (the lead).
    keep_lead: bool = True


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may become a bullet: its rank in the article and its text."""

    rank: int
    text: str


@dataclass(frozen=True, slots=True)
class _Connective:
    words: tuple[str, ...]
    needs_comma: bool


def extract_key_points(
    blocks: Sequence[Block],
    count: int = 4,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
    memo: WordMemo | None = None,
) -> list[str]:
    """Return up to ``count`` key sentences of ``blocks``, in article order.

    ``memo`` remembers per-word work (folding, stemming) across the briefs of a
    build; it never changes the result.
    """
    memo = memo or WordMemo()
    candidates = candidate_sentences(blocks, min_words=weights.min_words, memo=memo)
    if not candidates or count <= 0:
        return []
    vectors = _tfidf([candidate.text for candidate in candidates], memo.terms)
    similarity = vectors @ vectors.T
    scores = _scores(candidates, vectors, weights)
    chosen = _select(scores, similarity, count, weights)
    return [candidates[index].text for index in sorted(chosen)]


# Candidates ----------------------------------------------------------------------


def candidate_sentences(
    blocks: Sequence[Block], *, min_words: int = 6, memo: WordMemo | None = None
) -> list[Candidate]:
    """Return the sentences of ``blocks`` that may become bullets, in order."""
    memo = memo or WordMemo()
    candidates = []
    rank = 0
    for block in blocks:
        if block.kind not in _KINDS or is_boilerplate(block.text):
            continue
        for sentence in split_sentences(block.text):
            text = strip_connective(_LEADING_MARKS.sub("", sentence), memo=memo)
            if _is_candidate(text, min_words):
                candidates.append(Candidate(rank=rank, text=text))
            rank += 1
    return candidates


def _is_candidate(text: str, min_words: int) -> bool:
    is_question = text.rstrip(_TRAILING).endswith(_QUESTION_MARKS)
    return word_count(text) >= min_words and not is_question and not is_bare_quote(text)


def is_bare_quote(sentence: str) -> bool:
    """Tell whether ``sentence`` is only a quotation (no reporting words outside)."""
    spans = quoted_spans(sentence)
    if not spans:
        return False
    outside = list(sentence)
    for start, end in spans:
        outside[start:end] = " " * (end - start)
    return not patterns.ARABIC_LETTER.search("".join(outside)) and not re.search(
        "[A-Za-z]", "".join(outside)
    )


def is_boilerplate(line: str) -> bool:
    """Tell whether a whole line is site noise (``text/data/boilerplate.txt``)."""
    folded = _fold(line).rstrip(" .:!\u060c\u061b")
    whole, prefixes = _boilerplate()
    return folded in whole or folded.startswith(prefixes)


def strip_connective(sentence: str, *, memo: WordMemo | None = None) -> str:
    """Remove one listed discourse connective from the start of ``sentence``.

    Only whole listed words are removed, and only when a comma or a space follows
    them; a word that merely starts with waw is left alone.  ``memo`` remembers
    folded words across calls.
    """
    connectives = _connectives()
    longest = len(connectives[0].words) if connectives else 0
    fold = _fold if memo is None else memo.fold
    # Most sentences open with a word no connective starts with: stop there.
    first = patterns.TOKEN.search(sentence)
    if first is None or fold(first.group()) not in _first_words():
        return sentence
    # Only the first words can be a connective: fold those alone (this runs on every
    # sentence of every brief, and folding is the costly part).
    tokens = list(islice(patterns.TOKEN.finditer(sentence), longest + 1))
    folded = [fold(token.group()) for token in tokens[:longest]]
    for connective in connectives:
        size = len(connective.words)
        if tuple(folded[:size]) != connective.words or size >= len(tokens):
            continue
        between = sentence[tokens[size - 1].end() : tokens[size].start()]
        has_comma = any(mark in between for mark in _COMMAS)
        if between.strip(" " + _COMMAS) or (connective.needs_comma and not has_comma):
            continue
        return sentence[tokens[size].start() :]
    return sentence


def _fold(text: str) -> str:
    return " ".join(normalize(text).split())


@cache
def _connectives() -> tuple[_Connective, ...]:
    """Return the listed connectives, longest first ("and for his part" first)."""
    found = []
    for entry in read_word_list("connectives.txt"):
        needs_comma = entry.endswith(tuple(_COMMAS))
        words = tuple(_fold(token) for token in patterns.TOKEN.findall(entry))
        found.append(_Connective(words=words, needs_comma=needs_comma))
    return tuple(sorted(found, key=lambda item: -len(item.words)))


@cache
def _first_words() -> frozenset[str]:
    """Return the folded first word of every listed connective."""
    return frozenset(
        connective.words[0] for connective in _connectives() if connective.words
    )


@cache
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = read_word_list("boilerplate.txt")
    whole = frozenset(
        _fold(entry) for entry in entries if not entry.endswith(_PREFIX_MARK)
    )
    prefixes = tuple(
        _fold(entry[:-1]) for entry in entries if entry.endswith(_PREFIX_MARK)
    )
    return whole, prefixes


# Rating --------------------------------------------------------------------------


def _tfidf(sentences: Sequence[str], analyzer: TermAnalyzer) -> np.ndarray:
    """L2-normalised TF-IDF rows (sublinear TF, smoothed IDF over the sentences)."""
    bags = [Counter(analyzer.terms(sentence)) for sentence in sentences]
    vocabulary = {term: index for index, term in enumerate(sorted(set().union(*bags)))}
    matrix = np.zeros((len(bags), max(1, len(vocabulary))))
    document_frequency = Counter(term for bag in bags for term in bag)
    total = len(bags)
    for row, bag in enumerate(bags):
        for term, frequency in bag.items():
            idf = math.log((1 + total) / (1 + document_frequency[term])) + 1
            matrix[row, vocabulary[term]] = (1 + math.log(frequency)) * idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def _scores(
    candidates: Sequence[Candidate], vectors: np.ndarray, weights: Weights
) -> np.ndarray:
    centroid = vectors.sum(axis=0)
    centrality = vectors @ centroid
    peak = centrality.max(initial=0.0)
    if peak > 0:
        centrality = centrality / peak
    ranks = np.array([candidate.rank for candidate in candidates], dtype=float)
    prior = 1.0 / (1.0 + ranks) ** weights.decay
    words = np.array([word_count(candidate.text) for candidate in candidates], float)
    length = np.minimum(words, weights.long_words) / max(1, weights.long_words)
    return (
        (1 - weights.position) * centrality
        + weights.position * prior
        + weights.length * length
    )


# Selection -----------------------------------------------------------------------


def _select(
    scores: np.ndarray, similarity: np.ndarray, count: int, weights: Weights
) -> list[int]:
    """Maximal marginal relevance over ``scores``; the lead first when kept."""
    chosen = [0] if weights.keep_lead else [int(np.argmax(scores))]
    while len(chosen) < count:
        closest = similarity[:, chosen].max(axis=1)
        open_ = [index for index in range(len(scores)) if index not in chosen]
        fresh = [index for index in open_ if closest[index] < weights.duplicate]
        if not fresh:
            break
        chosen.append(
            max(
                fresh,
                key=lambda index: (
                    scores[index] - weights.redundancy * closest[index],
                    -index,
                ),
            )
        )
    return chosen
