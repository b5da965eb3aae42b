"""Index terms: normalised, stop-word-free, stemmed tokens.

Stemming uses Snowball's Arabic stemmer through PyStemmer (the C build of the
Snowball project's own algorithms, maintained by the Snowball authors): a light
stemmer that strips common prefixes and suffixes without a root dictionary, which is
what news similarity needs, and the same algorithm Pagefind uses for search.  A
hand-made stemmer would be one more thing to get wrong.

Snowball Arabic has two known weaknesses, and :class:`TermAnalyzer` corrects the
second one where the correction is cheap and rule-based:

* it strips a leading ب/و/ف/ل/ك even from names (بوتين -> وتين).  This is left
  alone: the map is deterministic, so every mention of a name still gets the same
  term, and protecting "known names" would need a name list that is never complete;
* it treats a word differently with and without the conjunction و/ف and with and
  without the article: والمفاوضات -> والمفاوضا, المفاوضات -> مفاوض, مفاوضات ->
  مفاوضا.  Two fixes, both measured by ``make eval`` ("stem agreement"):

  1. a conjunction و or ف is removed when the article follows (وال, فال, وبال,
     ولل ...): "and the X" is then stemmed like "the X".  A bare leading و is
     never removed (وزير, واشنطن).  Words whose و belongs to the word (والد,
     "father") are listed in ``data/conjunction_exceptions.txt``;
  2. when Snowball leaves the alef of the feminine plural ات (مفاوضات -> مفاوضا),
     the alef is dropped, so the plural meets the definite plural (مفاوض).

Text is normalised (:func:`~mowjaz.text.normalize.normalize`) before stemming, but
taa marbuta is kept: Snowball strips it as the feminine ending, and folding it to
haa first would make the stemmer read a pronoun (الحكومة and الحكومات would part).

The stop-word list (``data/stopwords.txt``) is ours: Arabic function words,
pronouns, prepositions and the reporting verbs that every news story uses.

Speed: the related-stories step analyses every brief of a site.  Tokens repeat a
lot, so each analyzer keeps a per-instance cache from token to term; the cache is
cleared when it grows past a bound, so memory stays flat on a large corpus.  The
stemmer therefore only sees new words, so PyStemmer's own word cache (which costs
more than it saves on words it has not seen) is turned off.  Most texts are
normalised one character at a time
(:func:`~mowjaz.text.normalize.folds_per_character`); their tokens are then looked
up as written, in a second cache, and a token is normalised only the first time it
is seen.  Other texts are normalised whole, then tokenised.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import Stemmer

from .normalize import folds_per_character, normalize
from .segment import tokenize
from .wordlists import read_word_list

__all__ = ["TermAnalyzer", "read_word_list", "stop_words"]

_MIN_TERM_LENGTH = 2
# The conjunction is removed only when at least this many letters follow it.
_MIN_CONJOINED_LENGTH = 4
# The plural alef is dropped only from stems at least this long (keeps short roots).
_MIN_PLURAL_STEM = 5
_CACHE_LIMIT = 500_000

_CONJUNCTIONS = ("و", "ف")  # waw, faa
# What may follow a removable conjunction: the article, alone or after bi or li.
# (Not ka + al: wa + kaf + alef + lam starts the everyday word for "agency".)
_ARTICLE_STARTS = (
    "ال",  # al
    "بال",  # bi + al
    "لل",  # li + al (the alef is dropped in writing)
)
_PLURAL_SUFFIX = "ات"  # alef + taa: the feminine plural
_ALEF = "ا"


@cache
def stop_words() -> frozenset[str]:
    """Return the normalised stop words (read once from the package data)."""
    words = read_word_list("stopwords.txt")
    return frozenset(normalize(word, keep_taa_marbuta=True) for word in words) | {
        normalize(word) for word in words
    }


@cache
def conjunction_exceptions() -> frozenset[str]:
    """Return the normalised words whose leading waw or faa is part of the word."""
    words = read_word_list("conjunction_exceptions.txt")
    return frozenset(normalize(word, keep_taa_marbuta=True) for word in words)


class TermAnalyzer:
    """Turn text into index terms; a stemmer and two token caches (not thread-safe)."""

    def __init__(self) -> None:
        # Cache size 0: the token cache below already remembers every stem.
        self._stemmer = Stemmer.Stemmer("arabic", 0)
        self._stop = stop_words()
        self._exceptions = conjunction_exceptions()
        self._cache: dict[str, str] = {}
        self._written: dict[str, str] = {}

    def terms(self, text: str, tokens: Sequence[str] | None = None) -> list[str]:
        """Return the stemmed, normalised terms of ``text`` without stop words.

        ``tokens`` is ``tokenize(text)``, for a caller that has it already.
        """
        cache_, written = self._cache, self._written
        if len(cache_) > _CACHE_LIMIT or len(written) > _CACHE_LIMIT:
            cache_.clear()
            written.clear()
        if folds_per_character(text):
            # The normalised text's tokens are the text's tokens, normalised: look
            # each token up as written (all at once: most were seen before), and
            # normalise it only the first time.
            tokens = tokenize(text) if tokens is None else tokens
            known = list(map(written.get, tokens))
            if None in known:
                for position, token in enumerate(tokens):
                    if known[position] is None:
                        known[position] = self._written_term(token)
            return list(filter(None, known))
        folded = tokenize(normalize(text, keep_taa_marbuta=True))
        return list(filter(None, map(self.folded_term, folded)))

    def _written_term(self, token: str) -> str:
        """Return (and remember) the term of a token as written in the text."""
        term = self._written[token] = self.folded_term(
            normalize(token, keep_taa_marbuta=True)
        )
        return term

    def folded_term(self, token: str) -> str:
        """Return :meth:`term` of a normalised token, remembered."""
        term = self._cache.get(token)
        if term is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            term = self._cache[token] = self.term(token)
        return term

    def term(self, token: str) -> str:
        """Return the term of one normalised token, or ``""`` for a stop word."""
        if token in self._stop or len(token) < _MIN_TERM_LENGTH:
            return ""
        word = self._without_conjunction(token)
        if word in self._stop:
            return ""
        stem = self._stemmer.stemWord(word)
        if (
            word.endswith(_PLURAL_SUFFIX)
            and stem.endswith(_ALEF)
            and len(stem) >= _MIN_PLURAL_STEM
        ):
            stem = stem[:-1]
        if stem in self._stop or len(stem) < _MIN_TERM_LENGTH:
            return ""
        return stem

    def _without_conjunction(self, token: str) -> str:
        rest = token[1:]
        if (
            token.startswith(_CONJUNCTIONS)
            and len(rest) >= _MIN_CONJOINED_LENGTH
            and rest.startswith(_ARTICLE_STARTS)
            and token not in self._exceptions
        ):
            return rest
        return token
