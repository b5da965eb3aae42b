"""Per-word results remembered across the briefs of one build (pure, no Pelican).

Key points and quotes look at every word of every brief: fold it for comparison
(:func:`~mowjaz.text.normalize.normalize`), stem it
(:class:`~mowjaz.text.terms.TermAnalyzer`), read it as a quote token
(:func:`~mowjaz.quotes.lexicon.quote_tokens`) and tell what kind of word it is for the
speaker rules (:func:`~mowjaz.quotes.word_kinds.token_kinds`).  News copy repeats
its words (an archive has about 15 times fewer distinct words than words), so each
of these is computed once per distinct word and remembered in a :class:`WordMemo`.

A memo is an ordinary object: the build makes one and passes it to every brief's
analysis (``memo=`` of :func:`mowjaz.keypoints.extract_key_points` and
:func:`mowjaz.quotes.extract.extract_quotes`), and drops it with the build, so an
autoreloading server never keeps words across builds.  Every answer is what the
function would return without the memo: it only remembers.  Each table is cleared
when it grows past a bound, so memory stays flat on a large archive.  Not
thread-safe: one memo per process.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from .normalize import fold
from .terms import TermAnalyzer

# A quote lexicon (:class:`mowjaz.quotes.lexicon.Lexicon`, a dataclass with
# ``name_words`` and ``token_kinds`` tables): the memo only fills its tables.
LexiconT = TypeVar("LexiconT", bound=Any)

# Distinct entries kept per table before it is emptied (a few tens of MB at most).
MEMO_LIMIT = 300_000


class WordMemo:
    """Remembered per-word folds, quote tokens, word kinds and terms of a build."""

    def __init__(self) -> None:
        self.terms = TermAnalyzer()
        self.quote_words: dict[str, tuple[bool, str, bool]] = {}
        self.name_words: dict[tuple[str, str, bool, bool], bool] = {}
        self.token_kinds: dict[str, int] = {}
        self._folds: dict[str, str] = {}

    def fold(self, word: str) -> str:
        """Return :func:`~mowjaz.text.normalize.fold` of ``word``, remembered."""
        folded = self._folds.get(word)
        if folded is None:
            if len(self._folds) > MEMO_LIMIT:
                self._folds.clear()
            folded = self._folds[word] = fold(word)
        return folded

    def lexicon(self, lex: LexiconT) -> LexiconT:
        """Return ``lex`` remembering its name-word verdicts and word kinds here."""
        for table in (self.name_words, self.token_kinds):
            if len(table) > MEMO_LIMIT:
                table.clear()
        return dataclasses.replace(
            lex, name_words=self.name_words, token_kinds=self.token_kinds
        )

    def bounded(self) -> dict[str, tuple[bool, str, bool]]:
        """Return the quote-token table, emptied first when it has grown too big."""
        if len(self.quote_words) > MEMO_LIMIT:
            self.quote_words.clear()
        return self.quote_words
