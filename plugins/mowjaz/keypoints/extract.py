"""The key-points box of one brief: what it may repeat, how many bullets, which.

* **The lead is not repeated.**  The reader sees the lead right under the box.
  The lead is the first paragraph of at least ``lead_min_words`` words (shorter
  paragraphs before it are bylines, datelines or the headline again), up to
  ``lead_words`` words of whole sentences (a one-paragraph article keeps the rest
  of its paragraph for the box).  No unit of the lead, or of what comes before it,
  becomes a bullet; the title and the lead are the MMR *context*, so a later
  sentence that says the same again is not a bullet either.
* **How many.**  ``count`` bullets (3 to 5) for an article of ``short_words``
  words or more, at most ``short_count`` for a shorter one, and fewer, or none,
  when there are not enough distinct self-contained units: no filler.  A long
  article with too few units first allows units up to ``hard_words`` words and
  run-on clauses cut before a phrase; then a later sentence of the lead, but only
  a clause of it (at most three quarters of the sentence) that the headline and
  the lead's first sentence do not already say.
* **Not news.**  A piece that is commentary (:mod:`.voice`: a column, an open
  letter, a poem, a sermon, a eulogy) gets only bullets that state the writer's
  claims and facts in the third person (no first or second person, no question,
  no exclamation): under the column's byline the box summarises the argument,
  and a piece with no such sentence gets no box.  No piece gets a formula (a
  prayer, thanks, a contact line) as a bullet, nor a sentence in the first or
  second person whose speaker is not in it (``ونحن لا نعرف …``).
* **Nothing named before it.**  A bullet is read above the article, so no
  bullet points back to a thing only the sentences before it name: a
  demonstrative with its noun (``هذه الخطوة``, ``تلك الفترة``), an anaphoric
  word (``المذكور``, ``أعلاه``), "the latter", "another", "the same"
  (:func:`.units.referent_outside`), unless the unit, the headline above
  the box or the article's first sentence names it (``حملة للتطعيم`` …
  ``هذه الحملة``): a brief is about the one project or campaign it opens on.
* **Which.**  :mod:`.rating` rates the units against the whole article and chooses
  by MMR; bullets keep the article's order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import islice

import numpy as np

from ..text import patterns
from ..text.blocks import Block
from ..text.memo import WordMemo
from ..text.segment import word_count
from .rating import DEFAULT_WEIGHTS, Weights, scores, select, term_bags, tfidf
from .units import (
    Unit,
    UnitRules,
    candidate_units,
    paragraphs,
    referent_outside,
    sentences,
)
from .voice import is_commentary, is_formula, speaks_as_we, states_fact, voiced


@dataclass(frozen=True, slots=True)
class Layout:
    """What the page shows around the box, and how many bullets fit the brief."""

    # The lead is under the box: never repeat it (False: an EASC-comparable run).
    exclude_lead: bool = True
    # Commentary (a column, a letter, a poem: :mod:`.voice`) shows only facts in
    # the third person, often none, and no bullet speaks in the writer's voice
    # (first or second person, a vocative, a question: the speaker is not in
    # it).  False: summarise any article as the EASC references do, which take
    # a column's sentences in its own voice.
    commentary_facts: bool = True
    # No bullet points back to a thing the article named before it ("هذه الخطوة",
    # "المتهم المذكور", "صفقة أخرى": :func:`.units.referent_outside`).  False: take
    # such sentences as the EASC references do, which read them in the article.
    referents_inside: bool = True
    # A paragraph shorter than this before the lead is a byline or a dateline.
    lead_min_words: int = 12
    # The lead's whole sentences up to this many words are "the lead".
    lead_words: int = 60
    # A brief shorter than this gets at most ``short_count`` bullets.
    short_words: int = 150
    short_count: int = 2
    # A longer brief should get at least this many bullets: when the usual units
    # give fewer, units of up to ``hard_words`` words are allowed.
    min_count: int = 3
    hard_words: int = 35
    # ... and a run-on clause cut before a phrase, keeping this many words or more.
    phrase_words: int = 12
    # A unit whose terms are at least this share in the title and lead is a repeat.
    repeat_share: float = 0.8
    # Only the blocks within the first this many words are read: no news brief is
    # that long, and the choice compares every unit with every other (a pasted
    # book would take minutes and gigabytes).  The time per brief stays bounded.
    max_words: int = 8000
    units: UnitRules = field(default_factory=UnitRules)


DEFAULT_LAYOUT = Layout()


def extract_key_points(
    blocks: Sequence[Block],
    count: int,
    *,
    title: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    layout: Layout = DEFAULT_LAYOUT,
    memo: WordMemo | None = None,
) -> list[str]:
    """Return up to ``count`` key points of ``blocks``, in article order.

    ``count`` is the site's ``MOWJAZ_KEY_POINTS_COUNT`` (its default lives in
    :mod:`mowjaz.config`).

    ``title`` (optional) is never repeated.  ``memo`` remembers per-word work
    (folding, stemming) across the briefs of a build; it never changes the result.
    """
    memo = memo or WordMemo()
    blocks = within_words(blocks, layout.max_words)
    texts = paragraphs(blocks)
    if count <= 0 or not texts:
        return []
    words = sum(word_count(text) for text in texts)
    limit = count if words >= layout.short_words else min(count, layout.short_count)
    before, lead = _lead_parts(texts, layout, title, memo)
    if not layout.exclude_lead:
        before, lead = [], []
    headline = [title] if title and title.strip() else []
    context = [text for text in headline + before + lead if text.strip()]
    ranked = [sentence for text in texts for sentence in sentences(text)]
    commentary = layout.commentary_facts and is_commentary(ranked, memo)
    found = _Found(
        blocks,
        len(before) + len(lead),
        context,
        weights,
        layout,
        memo,
        title or "",
        commentary=commentary,
        sentences=ranked,
    )
    points = found.points(limit, layout.units)
    if words < layout.short_words or len(points) >= layout.min_count:
        return points
    # Too few units of the usual size: allow the hard limit, and run-on clauses
    # cut before a phrase, before giving up.
    relaxed = UnitRules(
        min_words=layout.units.min_words,
        max_words=max(layout.hard_words, layout.units.max_words),
        phrase_words=layout.phrase_words,
    )
    more = found.points(limit, relaxed)
    points = more if len(more) > len(points) else points
    if len(points) >= layout.min_count or not lead[1:]:
        return points
    return _lead_facts(found, points, len(before), lead, relaxed)


def _lead_facts(
    found: _Found,
    points: list[str],
    before: int,
    lead: Sequence[str],
    rules: UnitRules,
) -> list[str]:
    """Return ``points`` topped up to ``min_count`` with clauses of the lead.

    Only the lead's later sentences give clauses, and only parts of them (a whole
    sentence is what the reader sees), that neither the headline, the lead's first
    sentence nor the points already say.  They come first: the lead comes first.
    """
    headline = [found.title] if found.title.strip() else []
    context = [*headline, *found.context[len(headline) : len(headline) + before]]
    facts = replace(
        found,
        lead=before + 1,
        context=[*context, lead[0], *points],
        trimmed_before=before + len(lead),
    )
    needed = found.layout.min_count - len(points)
    # A clause, never the phrase of a run-on sentence cut anywhere: the usual
    # rules split a lead sentence of 31 to 35 words, the hard limit keeps a
    # clause of that length; the rules that give more facts win.
    whole = replace(rules, phrase_words=0)
    chosen = max(
        (facts.points(needed, each) for each in (found.layout.units, whole)), key=len
    )
    return chosen + points


def within_words(blocks: Sequence[Block], limit: int) -> Sequence[Block]:
    """Return the blocks that start within the first ``limit`` words (at least one)."""
    total = 0
    for index, block in enumerate(blocks):
        total += word_count(block.text)
        if total > limit:
            return blocks[: max(index, 1)]
    return blocks


@dataclass(frozen=True, slots=True)
class _Found:
    """What one brief's choice needs besides the unit rules and the limit."""

    blocks: Sequence[Block]
    lead: int
    context: Sequence[str]
    weights: Weights
    layout: Layout
    memo: WordMemo
    title: str = ""
    # When set, only units of sentences ranked before this, and only parts of
    # them (not whole sentences), are candidates: the fallback to the lead.
    trimmed_before: int = 0
    # The piece is commentary (:mod:`.voice`): only claims in the third person.
    commentary: bool = False
    # The article's sentences by rank (a unit's ``rank``), for commentary.
    sentences: Sequence[str] = ()

    def _fact(self, unit: Unit, topic: str) -> bool:
        """Tell whether a unit states something a bullet may show.

        ``topic`` is the headline and the article's first sentence: what they
        name (the one project, campaign or meeting the brief is about) is
        named for a bullet too (``هذا المشروع``).
        """
        if is_formula(unit.text, self.memo):
            return False
        if self.layout.commentary_facts and (
            voiced(unit.text, self.memo) or speaks_as_we(unit.text, self.memo)
        ):
            return False
        if self.layout.referents_inside and referent_outside(
            unit.text, self.memo, headline=topic
        ):
            return False
        if not self.commentary:
            return True
        whole = self.sentences[unit.rank] if unit.rank < len(self.sentences) else ""
        return states_fact(unit.text, self.memo, sentence=whole)

    def _after_lead(self, unit: Unit) -> bool:
        """Tell whether a unit starts after the lead the reader sees."""
        if self.trimmed_before and (unit.rank >= self.trimmed_before or unit.whole):
            return False
        if unit.rank >= self.lead:
            return True
        # The clauses of a lead sentence past its first ``lead_words`` words.
        return unit.rank == self.lead - 1 and unit.offset >= self.layout.lead_words

    def points(self, limit: int, rules: UnitRules) -> list[str]:
        units = candidate_units(self.blocks, rules=rules, memo=self.memo)
        if not units:
            return []
        # What the article is about: its headline and its first sentence.
        opening = [unit.text for unit in units if unit.rank == units[0].rank]
        topic = " ".join([self.title, *opening]).strip()
        candidates = [
            unit for unit in units if self._after_lead(unit) and self._fact(unit, topic)
        ]
        if not candidates:
            return []
        chosen = _choose(candidates, self.context, topic, limit, self)
        return [candidates[index].text for index in sorted(chosen)]


def lead_sentences(
    texts: Sequence[str],
    layout: Layout = DEFAULT_LAYOUT,
    title: str | None = None,
    memo: WordMemo | None = None,
) -> list[str]:
    """Return the sentences the reader sees as the lead (and any before it).

    Paragraphs before the lead are short (bylines, datelines) or the headline again.
    A first sentence longer than ``lead_words`` is cut there: its later clauses
    are the article's body.
    """
    before, lead = _lead_parts(texts, layout, title, memo)
    return before + lead


def _lead_parts(
    texts: Sequence[str],
    layout: Layout,
    title: str | None,
    memo: WordMemo | None,
) -> tuple[list[str], list[str]]:
    """Return the sentences before the lead (bylines, datelines) and the lead's."""
    memo = memo or WordMemo()
    headline = set(memo.terms.terms(title)) if title else set()
    before: list[str] = []
    lead: list[str] = []
    for text in texts:
        found = sentences(text)
        terms = memo.terms.terms(text)
        again = bool(terms) and _share(terms, headline) >= layout.repeat_share
        if again or word_count(text) < layout.lead_min_words:
            before.extend(found)
            continue
        seen = 0
        for sentence in found:
            if seen >= layout.lead_words:
                break
            lead.append(_first_words(sentence, layout.lead_words))
            seen += word_count(sentence)
        break
    return before, lead


def _first_words(text: str, count: int) -> str:
    """Return ``text`` up to its ``count``-th word (all of it when shorter)."""
    tokens = list(islice(patterns.TOKEN.finditer(text), count))
    if len(tokens) < count:
        return text
    return text[: tokens[-1].end()]


def _share(terms: Sequence[str], known: set[str]) -> float:
    """Return the share of ``terms`` that are in ``known`` (0.0 for none)."""
    return sum(term in known for term in terms) / len(terms) if terms else 0.0


def _choose(
    candidates: Sequence[Unit],
    context: Sequence[str],
    topic: str,
    limit: int,
    found: _Found,
) -> list[int]:
    weights, layout, memo = found.weights, found.layout, found.memo
    texts = [unit.text for unit in candidates] + list(context)
    bags = term_bags(texts, memo.terms)
    # The topic is a query against the article's terms, never a unit.
    table = tfidf(bags, [memo.terms.terms(topic)])
    vectors, about = table[:-1], table[-1]
    known = set().union(*bags[len(candidates) :])
    allowed = [
        index
        for index, bag in enumerate(bags[: len(candidates)])
        if bag and _share(bag, known) < layout.repeat_share
    ]
    if not allowed:
        return []
    rated = scores(
        vectors,
        [unit.rank for unit in candidates],
        [len(unit.tokens) for unit in candidates],
        weights,
        about,
    )
    rows = [*allowed, *range(len(candidates), len(bags))]
    similarity = np.einsum("ik,jk->ij", vectors[rows], vectors[rows])
    picked = select(
        [float(rated[index]) for index in allowed],
        similarity,
        list(range(len(allowed), len(rows))),
        limit,
        weights,
    )
    return [allowed[index] for index in picked]
