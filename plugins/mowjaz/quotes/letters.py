"""Arabic letters, clitics and marks the speaker rules test for.

Speaker rules (:mod:`mowjaz.quotes.lexicon`, :mod:`mowjaz.quotes.word_kinds`,
:mod:`mowjaz.quotes.names`, :mod:`mowjaz.quotes.name_index`) look at single letters:
the conjunctions و and ف, the prepositions ب and ل, the article, pronoun and
feminine endings.  They are written once here, as escapes (see patterns.py), in
their ``normalize()``d form unless the comment says otherwise.
"""

from __future__ import annotations

# Letters written as escapes (see patterns.py): the article, conjunctions, prepositions.
ARTICLE = "\u0627\u0644"  # al-
WAW = "\u0648"
FA = "\u0641"
BA = "\u0628"
LAM = "\u0644"
TAA = "\u062a"
HAA = "\u0647"  # also taa marbuta after normalize()
YAA = "\u064a"
ALEF = "\u0627"
MADDA = "\u0622"  # alef with madda, folded to bare alef by normalize()
MEEM = "\u0645"
NOON = "\u0646"
# Attached pronouns (them two, them, her, him/it), longest first.
PRONOUN_SUFFIXES = (HAA + MEEM + ALEF, HAA + MEEM, HAA + ALEF, HAA)

# Punctuation that bounds names: commas, sentence ends; "#" inside hashtags.
COMMAS = frozenset({",", "\u060c"})
HASH = "#"
SENTENCE_ENDS = frozenset({".", "!", "?", "\u061f"})
