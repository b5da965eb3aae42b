"""Key points: the short, self-contained facts of the "أبرز النقاط" box (pure).

* :mod:`.units`: sentences and clauses trimmed to stand alone (at most 30 words);
* :mod:`.rating`: centrality to the whole article, a position prior, MMR;
* :mod:`.extract`: the lead and title are never repeated; how many bullets.

Why this method: the classic unsupervised extractive summariser, with units cut to
the size of a bullet; no training data or model download, milliseconds per brief,
measured (``make eval``, README "Evaluation") against Lead-3 under 5-fold
cross-validation on EASC and on raw pages of outlets the tuning never saw.
"""

from __future__ import annotations

from .extract import DEFAULT_LAYOUT, Layout, extract_key_points, lead_sentences
from .rating import DEFAULT_WEIGHTS, Weights
from .units import (
    Unit,
    UnitRules,
    candidate_units,
    dangling_start,
    is_bare_quote,
    is_boilerplate,
    strip_connective,
)

__all__ = [
    "DEFAULT_LAYOUT",
    "DEFAULT_WEIGHTS",
    "Layout",
    "Unit",
    "UnitRules",
    "Weights",
    "candidate_units",
    "dangling_start",
    "extract_key_points",
    "is_bare_quote",
    "is_boilerplate",
    "lead_sentences",
    "strip_connective",
]
