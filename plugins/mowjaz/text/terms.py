"""Index terms: normalised, stop-word-free, stemmed tokens.

Stemming uses Snowball's Arabic stemmer through PyStemmer (the C build of the
Snowball project's own algorithms, maintained by the Snowball authors): a light
stemmer that strips common prefixes and suffixes without a root dictionary, which is
what news similarity needs, and the same algorithm Pagefind uses for search.  A
hand-made stemmer would be one more thing to get wrong.

The stop-word list (``data/stopwords.txt``) is ours: Arabic function words,
pronouns, prepositions and the reporting verbs that every news story uses.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import Stemmer

from .normalize import normalize
from .segment import tokenize

_MIN_TERM_LENGTH = 2


@cache
def stop_words() -> frozenset[str]:
    """Return the normalised stop words (read once from the package data)."""
    return frozenset(normalize(word) for word in read_word_list("stopwords.txt"))


def read_word_list(name: str) -> list[str]:
    """Read a word list from ``text/data``: one entry per line, ``#`` comments."""
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


class TermAnalyzer:
    """Turn text into index terms; holds one stemmer (not thread-safe, cheap to make)."""

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("arabic")
        self._stop = stop_words()

    def terms(self, text: str) -> list[str]:
        """Return the stemmed, normalised terms of ``text`` without stop words."""
        tokens = [
            token
            for token in tokenize(normalize(text))
            if token not in self._stop and len(token) >= _MIN_TERM_LENGTH
        ]
        return [
            stem
            for stem in self._stemmer.stemWords(tokens)
            if stem not in self._stop and len(stem) >= _MIN_TERM_LENGTH
        ]
