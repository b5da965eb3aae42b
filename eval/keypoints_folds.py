"""5-fold cross-validation of the key-points weights on EASC (``eval.keypoints``).

Articles go to fold ``index % 5`` in file order.  For each fold, every weight
setting of :data:`GRID` is scored on the other four folds; the best one (ROUGE-1 F1
plus references per sentence / 5, the two acceptance measures on one scale) is
then scored on the held-out fold.  Reported: the mean and the spread (standard
deviation, minimum and maximum) of the five held-out scores.  Systems without
weights (Lead-3, Random-3) are scored on the same five folds.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mowjaz.keypoints import DEFAULT_LAYOUT, Layout, UnitRules, Weights
from mowjaz.text.blocks import Block

FOLDS = 5
# A word limit no sentence reaches: whole sentences, never cut into clauses.
WHOLE = 10_000
# The weights tried: position share, length bonus, redundancy cost, and the share
# of centrality that is similarity to the topic (headline and first sentence).
# The position share stays at or below 0.55 on purpose: the box must cover the
# whole article.
GRID = tuple(
    Weights(
        position=position,
        topic=topic,
        length=length,
        long_words=long,
        redundancy=redundancy,
    )
    for position in (0.25, 0.4, 0.55)
    for topic in (0.0, 0.5)
    for length in (0.1, 0.2)
    for long in (20, 40)
    for redundancy in (0.3, 0.6)
)

# (ROUGE-1 F1, references per chosen sentence, best possible) of one article.
ArticleScore = tuple[float, float, float]
Scorer = Callable[[Sequence[Block], list[str], random.Random], list[str]]


@dataclass(frozen=True, slots=True)
class FoldScore:
    """One held-out fold: the weights tuned on the other folds and the scores."""

    fold: int
    weights: Weights | None
    rouge1: float
    votes: float


@dataclass(frozen=True, slots=True)
class Spread:
    """Mean, standard deviation, minimum and maximum of the fold scores."""

    mean: float
    sd: float
    low: float
    high: float

    def __str__(self) -> str:
        return f"{self.mean:.3f} ± {self.sd:.3f} ({self.low:.3f}–{self.high:.3f})"


def objective(scores: Sequence[ArticleScore]) -> float:
    """ROUGE-1 F1 plus the share of references per sentence (both 0..1)."""
    if not scores:
        return 0.0
    return sum(rouge + votes / 5 for rouge, votes, _ in scores) / len(scores)


def _fold(scores: Sequence[ArticleScore], fold: int, held_out: bool) -> list:
    return [
        score
        for index, score in enumerate(scores)
        if (index % FOLDS == fold) == held_out
    ]


def _means(scores: Sequence[ArticleScore]) -> tuple[float, float]:
    if not scores:
        return 0.0, 0.0
    return (
        sum(score[0] for score in scores) / len(scores),
        sum(score[1] for score in scores) / len(scores),
    )


def cross_validate(table: dict[Weights, list[ArticleScore]]) -> list[FoldScore]:
    """Tune on four folds, score the fifth, for each of the five folds."""
    results = []
    for fold in range(FOLDS):
        best = max(
            table, key=lambda weights: objective(_fold(table[weights], fold, False))
        )
        rouge, votes = _means(_fold(table[best], fold, True))
        results.append(FoldScore(fold, best, rouge, votes))
    return results


def fixed(scores: Sequence[ArticleScore]) -> list[FoldScore]:
    """Score a system without weights on each of the five folds."""
    return [
        FoldScore(fold, None, *_means(_fold(scores, fold, True)))
        for fold in range(FOLDS)
    ]


def spread(values: Sequence[float]) -> Spread:
    """Summarise the fold scores."""
    if not values:
        return Spread(0.0, 0.0, 0.0, 0.0)
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return Spread(statistics.fmean(values), sd, min(values), max(values))


def tuned_on_all(table: dict[Weights, list[ArticleScore]]) -> Weights:
    """Return the weights the whole set prefers (what ships; never a score)."""
    return max(table, key=lambda weights: objective(table[weights]))


def layouts() -> dict[str, Layout]:
    """Return the configurations scored: the site's and three comparable with EASC.

    The last keeps the site's voice rules on (no bullet in the writer's voice,
    a column's facts only, no bullet pointing back to a thing named before it):
    what they cost on EASC, whose references summarise columns in their own
    voice and take sentences that point back.
    """
    return {
        "site (clauses, lead under the box excluded)": DEFAULT_LAYOUT,
        # The comparable runs summarise a column as any article (as the EASC
        # references do) rather than keep its facts only.
        "site units, lead allowed": Layout(
            exclude_lead=False, short_words=0, commentary_facts=False
        ),
        "EASC-comparable (whole sentences, lead allowed)": Layout(
            exclude_lead=False,
            short_words=0,
            units=UnitRules(max_words=WHOLE),
            commentary_facts=False,
            referents_inside=False,
        ),
        "EASC-comparable, with the site's bullet rules (voice, referents)": Layout(
            exclude_lead=False, short_words=0, units=UnitRules(max_words=WHOLE)
        ),
    }
