"""Key points: choose the sentences that carry a brief's gist (pure functions).

First version: rank sentences by centrality (summed term overlap with the other
sentences) plus a position prior, take the top ``count``, restore reading order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .text.blocks import Block
from .text.segment import split_sentences, word_count
from .text.terms import TermAnalyzer

_MIN_WORDS = 6


def extract_key_points(blocks: Sequence[Block], count: int = 4) -> list[str]:
    """Return up to ``count`` sentences from the paragraphs of ``blocks``, in order."""
    sentences = [
        sentence
        for block in blocks
        if block.kind == "paragraph"
        for sentence in split_sentences(block.text)
        if word_count(sentence) >= _MIN_WORDS
    ]
    if not sentences:
        return []
    analyzer = TermAnalyzer()
    bags = [Counter(analyzer.terms(sentence)) for sentence in sentences]
    document = Counter()
    for bag in bags:
        document.update(set(bag))
    scores = []
    for index, bag in enumerate(bags):
        overlap = sum(document[term] - 1 for term in bag)
        centrality = overlap / (1 + len(bag))
        position = 1.0 / (1 + index)
        scores.append((centrality + position, index))
    chosen = sorted(index for _, index in sorted(scores, reverse=True)[:count])
    return [sentences[index] for index in chosen]
