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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

import numpy as np

from .text import patterns
from .text.blocks import Block
from .text.memo import WordMemo
from .text.normalize import normalize
from .text.segment import quoted_spans, split_sentences, tokenize
from .text.terms import TermAnalyzer
from .text.wordlists import read_word_list

_KINDS = frozenset({"paragraph", "list_item"})
_QUESTION_MARKS = ("؟", "?")
# Closing quotation marks, brackets and spaces that may follow a final question mark.
_TRAILING = "\u201d\u00bb\u2033\"')] "
_LEADING_MARKS = re.compile(r"^[\s\-\u2010-\u2015\N{ARABIC TATWEEL}*\u2022\u00b7:]+")
_COMMAS = "،,"
# An Arabic or a Latin letter: a quotation with one outside it is reported speech.
_LETTER = re.compile(f"[{patterns.ARABIC_LETTER_RANGES}A-Za-z]")
_PREFIX_MARK = ":"
# Marks stripped from the end of a line before it is compared with boilerplate.
_LINE_END = " .:!،؛"
# A line is folded up to the first space after this many characters before it is
# compared with boilerplate, unless that is too short to decide (see is_boilerplate).
_HEAD_LENGTH = 50


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
    """A sentence that may become a bullet: its rank in the article, text, tokens."""

    rank: int
    text: str
    tokens: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Boilerplate:
    """The folded boilerplate lines, the prefixes and the longest entry's length."""

    whole: frozenset[str]
    prefixes: tuple[str, ...]
    longest: int


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
    vectors = _tfidf(candidates, memo.terms)
    similarity = np.einsum("ik,jk->ij", vectors, vectors)
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
            if not _is_question(text):
                tokens = tuple(tokenize(text))
                if len(tokens) >= min_words and not is_bare_quote(text):
                    candidates.append(Candidate(rank=rank, text=text, tokens=tokens))
            rank += 1
    return candidates


def _is_question(text: str) -> bool:
    return text.rstrip(_TRAILING).endswith(_QUESTION_MARKS)


def is_bare_quote(sentence: str) -> bool:
    """Tell whether ``sentence`` is only a quotation (no reporting words outside)."""
    spans = quoted_spans(sentence)
    if not spans:
        return False
    # Look for a letter between the quotations (spans are sorted and may nest).
    position = 0
    for start, end in spans:
        if _LETTER.search(sentence, position, start):
            return False
        position = max(position, end)
    return not _LETTER.search(sentence, position)


def is_boilerplate(line: str) -> bool:
    """Tell whether a whole line is site noise (``text/data/boilerplate.txt``)."""
    listed = _boilerplate()
    # Folding works word by word, so the fold of the line's first words starts the
    # fold of the line.  When it is longer than every entry, no whole entry can
    # match and it alone decides the prefixes: a paragraph is not folded to the end.
    cut = line.find(" ", _HEAD_LENGTH)
    if cut > 0:
        head = _fold(line[:cut]).rstrip(_LINE_END)
        if len(head) > listed.longest:
            return head.startswith(listed.prefixes)
    folded = _fold(line).rstrip(_LINE_END)
    return folded in listed.whole or folded.startswith(listed.prefixes)


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
def _boilerplate() -> _Boilerplate:
    entries = read_word_list("boilerplate.txt")
    whole = frozenset(
        _fold(entry) for entry in entries if not entry.endswith(_PREFIX_MARK)
    )
    prefixes = tuple(
        _fold(entry[:-1]) for entry in entries if entry.endswith(_PREFIX_MARK)
    )
    longest = max(map(len, [*whole, *prefixes]), default=0)
    return _Boilerplate(whole=whole, prefixes=prefixes, longest=longest)


# Rating --------------------------------------------------------------------------

# Dot products of the small matrices below use ``np.einsum``, not ``@``: ``@`` calls
# BLAS, whose thread pool wakes on matrices this small and then spins, costing more
# CPU than the arithmetic itself.


def _tfidf(candidates: Sequence[Candidate], analyzer: TermAnalyzer) -> np.ndarray:
    """L2-normalised TF-IDF rows (sublinear TF, smoothed IDF over the sentences).

    Columns are the terms in sorted order.  Term frequencies are counted with
    numpy; the logarithms come from :func:`math.log` tables, so every weight is
    the float that ``(1 + log(tf)) * (log((1 + n) / (1 + df)) + 1)`` gives.
    """
    bags = [
        analyzer.terms(candidate.text, candidate.tokens) for candidate in candidates
    ]
    vocabulary = {term: index for index, term in enumerate(sorted(set().union(*bags)))}
    rows, width = len(bags), max(1, len(vocabulary))
    cells = [
        row * width + vocabulary[term] for row, bag in enumerate(bags) for term in bag
    ]
    counts = np.bincount(cells, minlength=rows * width).reshape(rows, width)
    # A term absent from a sentence has count 0 and weight 0 (the table starts at 0).
    matrix = (
        _one_plus_log(int(counts.max()))[counts]
        * _idf(rows)[np.count_nonzero(counts, axis=0)]
    )
    norms = np.sqrt((matrix * matrix).sum(axis=1, keepdims=True))
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def _one_plus_log(largest: int) -> np.ndarray:
    """Return ``1 + log(k)`` at index ``k`` for ``k`` up to ``largest`` (0 at 0)."""
    return np.array([0.0] + [1 + math.log(k) for k in range(1, largest + 1)])


def _idf(total: int) -> np.ndarray:
    """Return the smoothed IDF of a term in ``df`` of ``total`` sentences at ``df``."""
    return np.array([math.log((1 + total) / (1 + df)) + 1 for df in range(total + 1)])


def _scores(
    candidates: Sequence[Candidate], vectors: np.ndarray, weights: Weights
) -> np.ndarray:
    centroid = vectors.sum(axis=0)
    centrality = np.einsum("ik,k->i", vectors, centroid)
    peak = centrality.max(initial=0.0)
    if peak > 0:
        centrality = centrality / peak
    ranks = np.array([candidate.rank for candidate in candidates], dtype=float)
    prior = 1.0 / (1.0 + ranks) ** weights.decay
    words = np.array([len(candidate.tokens) for candidate in candidates], float)
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
    # Python floats (the same values) are quicker to read one by one than numpy's.
    rated = scores.tolist()
    while len(chosen) < count:
        closest = similarity[:, chosen].max(axis=1).tolist()
        open_ = [index for index in range(len(rated)) if index not in chosen]
        fresh = [index for index in open_ if closest[index] < weights.duplicate]
        if not fresh:
            break
        chosen.append(
            max(
                fresh,
                key=lambda index: (
                    rated[index] - weights.redundancy * closest[index],
                    -index,
                ),
            )
        )
    return chosen
