"""Arabic letters, clitics and marks the speaker rules test for.

Speaker rules (:mod:`mowjaz.quotes.lexicon`, :mod:`mowjaz.quotes.word_kinds`,
:mod:`mowjaz.quotes.names`, :mod:`mowjaz.quotes.name_index`) look at single letters:
the conjunctions و and ف, the prepositions ب and ل, the article, pronoun and
feminine endings.  They are written once here, as escapes (see patterns.py), in
their ``normalize()``d form unless the comment says otherwise.
"""

from __future__ import annotations

from ..text import patterns

# Letters written as escapes (see patterns.py): the article, conjunctions, prepositions.
ARTICLE = "ال"  # al-
WAW = "و"
FA = "ف"
BA = "ب"
KAF = "ك"  # as in, like: كمادة
LAM = "ل"
TAA = "ت"
HAA = "ه"  # also taa marbuta after normalize()
TAA_MARBUTA = "ة"  # as written, before normalize()
YAA = "ي"
ALEF = "ا"
MADDA = "آ"  # alef with madda, folded to bare alef by normalize()
MEEM = "م"
NOON = "ن"
# Attached pronouns (them two, them, her, him/it), longest first.
PRONOUN_SUFFIXES = (HAA + MEEM + ALEF, HAA + MEEM, HAA + ALEF, HAA)

# Punctuation that bounds names: commas, sentence ends; "#" inside hashtags.
COMMAS = frozenset({",", "،"})
HASH = "#"
# The full stops of the text core (one set for the package).
SENTENCE_ENDS = patterns.FULL_STOPS


def without_conjunction(norm: str) -> str:
    """Return a normalised word without a joined conjunction و or ف, if it has one."""
    return norm[1:] if norm[:1] in (WAW, FA) else norm
