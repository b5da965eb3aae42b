"""Checks of the key-points box on raw news pages (``eval.keypoints``).

Corpus: ``../shared/corpora/snn-dev.jsonl`` (raw pages of 14 Saudi outlets).  A
page is pasted as an editor does (title line, the byline when the outlet tagged it
apart, the raw text), read by the importer's analysis (``mowjaz analyze``), and
given a box of the settings' default count with the headline passed as ``title``.

The outlets are split in two: the rules and word lists were written while reading
the output of :data:`TUNING_OUTLETS` only; the figures that count are those of
:data:`REPORT_OUTLETS`, never read during development.  Both are printed.

Checks (a "repeat" is a near-copy: at least half the word pairs of one text, after
normalisation, occur in the other):

* bullets over 35 words;
* articles where a bullet repeats the lead: the visible lead (the lead's sentences
  up to 60 words) and, stricter, the whole first paragraph;
* bullets that repeat the headline (either way round);
* articles of 150 words or more with 3 to 5 bullets, and the same when fragments
  (below) are not counted as bullets; the same for articles of 150
  words or more of *prose* (words of sentences of 6 words or more, the shortest
  unit: a poem, a list, a table or a column of short lines has few); and, for the
  articles of 150+ prose words short of 3, how many have at most two sentences
  of 6+ words after the visible lead (a box of three would repeat the lead or
  cut one sentence into pieces), and how many have no self-contained unit
  after the visible lead left out of the box (under the fallback's limits);
* bullets that start with a listed dangling word (``keypoint_dangling_starts.txt``);
  this list is also what the extractor avoids, so a second, independent count is
  given: bullets that start with a bare speech verb or a conjunction ``و`` + verb
  the list does not hold is not attempted; read the bullets (``--show``);
* fragments: bullets cut from inside a sentence that open on a phrase (a
  preposition, a relative pronoun, the next noun of a list: ``fragment`` of the
  extractor, which avoids them, applied where the bullet does not start a
  sentence of the article);
* coverage: articles of 8 paragraphs or more with a bullet from the second half;
* commentary: articles read as a column, a letter, a poem (``keypoints.voice``),
  whose box summarises the writer's argument: claims and facts in the third
  person, never a first- or second-person form, a question or an exclamation
  (none when no sentence qualifies); the 3-5 check is given for them and for
  the other articles apart.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from mowjaz.config import Config
from mowjaz.importer.pipeline import analyze_text
from mowjaz.keypoints import (
    DEFAULT_LAYOUT,
    candidate_units,
    dangling_start,
    extract_key_points,
    lead_sentences,
)
from mowjaz.keypoints.units import (
    UnitRules,
    fragment,
    paragraphs,
    self_contained,
    sentences,
    split_clauses,
    strip_dateline,
)
from mowjaz.keypoints.voice import is_commentary
from mowjaz.text.memo import WordMemo
from mowjaz.text.segment import word_count

from eval.common import (
    corpus_file,
    markdown_table,
    missing_corpus_message,
    read_jsonl,
    rouge_tokens,
)

CORPUS = "snn-dev.jsonl"
TUNING_OUTLETS = (
    "alriyadh",
    "aljazirah",
    "alyaum",
    "alweeam",
    "sabq",
    "almadina",
    "was",
    "arreyadi",
)
REPORT_OUTLETS = ("aawsat", "aleqtisadiya", "alwatan", "okaz", "3alyoum", "arriyadiyah")
LONG_BULLET = 35
LONG_ARTICLE = 150
MIN_BULLETS = 3
# A sentence of prose has at least as many words as the shortest unit.
PROSE_SENTENCE = UnitRules().min_words
# A box of three needs three sentences after the lead, or pieces of fewer.
FEW_SENTENCES = 2
# How many characters of a bullet tell where it starts in the article.
PROBE = 25
# The unit limits of a long brief short of units (extract.Layout's fallback).
FALLBACK_UNITS = UnitRules(
    max_words=DEFAULT_LAYOUT.hard_words, phrase_words=DEFAULT_LAYOUT.phrase_words
)
MANY_PARAGRAPHS = 8
REPEAT = 0.5
SHOW_SEED = 22


@dataclass(frozen=True, slots=True)
class Box:
    """One page's box and what the reader sees around it."""

    outlet: str
    title: str
    paragraphs: tuple[str, ...]
    visible_lead: str
    first_paragraph: str
    bullets: tuple[str, ...]
    # Self-contained units after the visible lead (the fallback's limits) that
    # are not in the box: 0 when the box already holds every one.
    spare_units: int = 0
    # The piece reads as commentary (keypoints.voice): the writer's claims in the
    # third person only.
    commentary: bool = False

    @property
    def words(self) -> int:
        """Words of the article's paragraphs."""
        return sum(word_count(text) for text in self.paragraphs)

    def prose_sentences(self) -> list[str]:
        """Sentences of ``PROSE_SENTENCE`` words or more, in order."""
        return [
            sentence
            for text in self.paragraphs
            for sentence in sentences(text)
            if word_count(sentence) >= PROSE_SENTENCE
        ]

    @property
    def prose_words(self) -> int:
        """Words of the sentences of prose."""
        return sum(word_count(sentence) for sentence in self.prose_sentences())

    @property
    def sentences_after_lead(self) -> int:
        """Sentences of prose that are not (part of) the visible lead."""
        return sum(
            sentence not in self.visible_lead and sentence[:40] not in self.visible_lead
            for sentence in self.prose_sentences()
        )


@dataclass(frozen=True, slots=True)
class Checks:
    """Counts over a set of pages."""

    articles: int
    bullets: int
    over_35: int
    lead_repeated: int
    first_paragraph_repeated: int
    headline_repeated: int
    long_articles: int
    long_with_3_to_5: int
    long_with_3_to_5_whole: int
    long_prose: int
    long_prose_with_3_to_5: int
    short_with_few_sentences: int
    short_without_spare_units: int
    dangling: int
    fragments: int
    many_paragraphs: int
    second_half: int
    without_box: int
    commentary: int
    long_news: int
    long_news_with_3_to_5: int
    long_commentary_with_3_to_5: int


def page(row: dict[str, Any]) -> str:
    """Return the page as an editor pastes it (see the corpus README)."""
    raw = row.get("raw") or ""
    author = (row.get("author") or "").strip()
    lines = [row.get("title") or ""]
    if author and not raw.startswith(author):
        lines.append(author)
    return "\n".join([*lines, raw])


def make_box(row: dict[str, Any], count: int) -> Box:
    """Analyse one page as ``mowjaz analyze`` does and make its box."""
    analysis = analyze_text(page(row))
    texts = paragraphs(analysis.blocks)
    lead = lead_sentences(texts, title=analysis.title)
    first = next((text for text in texts if lead and lead[-1] in text), "")
    bullets = extract_key_points(analysis.blocks, count=count, title=analysis.title)
    visible = " ".join(lead)
    units = candidate_units(analysis.blocks, rules=FALLBACK_UNITS)
    spare = {
        unit.text
        for unit in units
        if unit.text[:PROBE] not in visible and unit.text not in bullets
    }
    return Box(
        outlet=row.get("outlet") or "",
        title=analysis.title,
        paragraphs=tuple(texts),
        visible_lead=visible,
        first_paragraph=first,
        bullets=tuple(bullets),
        spare_units=len(spare),
        commentary=is_commentary(
            [sentence for text in texts for sentence in sentences(text)]
        ),
    )


def _pairs(text: str) -> list[tuple[str, str]]:
    tokens = rouge_tokens(text)
    return list(pairwise(tokens))


def repeats(part: str, whole: str) -> bool:
    """Tell whether at least half the word pairs of ``part`` occur in ``whole``."""
    pairs = _pairs(part)
    if not pairs:
        return False
    known = set(_pairs(whole))
    return sum(pair in known for pair in pairs) >= REPEAT * len(pairs)


def clause_starts(texts: Sequence[str]) -> set[str]:
    """Return how the article's sentences and clauses begin, trimmed to stand alone.

    The first ``PROBE`` characters of each sentence and of each clause before an
    opener (``وأضاف``, ``، في حين`` …), after the trimming the extractor does
    (a connective, a speech verb with "that", a dateline).
    """
    memo = WordMemo()
    starts = set()
    for text in texts:
        for position, sentence in enumerate(sentences(text)):
            clean = strip_dateline(sentence) if position == 0 else sentence
            for piece in [clean, *split_clauses(clean, 0, memo)]:
                trimmed = self_contained(piece, memo)
                if trimmed:
                    starts.add(trimmed[:PROBE])
    return starts


def cut_from_inside(bullet: str, starts: set[str]) -> bool:
    """Tell whether a bullet opens on a phrase and starts no sentence or clause."""
    return fragment(bullet) and bullet[:PROBE] not in starts


def _paragraph_of(bullet: str, texts: Sequence[str]) -> int:
    """Return the index of the paragraph a bullet comes from (-1: not found).

    Found by its first characters, or by its last ones: a bullet that names its
    speaker (``أكد فلان أن …`` for ``وأكد أن …``) no longer opens as the article
    does, but ends as it does.
    """
    for probe in (bullet[:PROBE], bullet.rstrip(" .")[-PROBE:]):
        found = next((index for index, text in enumerate(texts) if probe in text), -1)
        if found >= 0:
            return found
    return -1


def check(boxes: Iterable[Box]) -> Checks:
    """Count the checks over ``boxes``."""
    counts = dict.fromkeys(Checks.__slots__, 0)
    for box in boxes:
        counts["articles"] += 1
        counts["bullets"] += len(box.bullets)
        counts["without_box"] += not box.bullets
        counts["over_35"] += sum(word_count(b) > LONG_BULLET for b in box.bullets)
        counts["lead_repeated"] += any(
            repeats(b, box.visible_lead) for b in box.bullets
        )
        counts["first_paragraph_repeated"] += any(
            repeats(b, box.first_paragraph) for b in box.bullets
        )
        counts["headline_repeated"] += sum(
            repeats(b, box.title) or repeats(box.title, b) for b in box.bullets
        )
        full = 3 <= len(box.bullets) <= 5
        starts = clause_starts(box.paragraphs)
        cut = sum(cut_from_inside(b, starts) for b in box.bullets)
        counts["commentary"] += box.commentary
        if box.words >= LONG_ARTICLE:
            counts["long_articles"] += 1
            counts["long_with_3_to_5"] += full
            counts["long_news"] += not box.commentary
            counts["long_news_with_3_to_5"] += full and not box.commentary
            counts["long_commentary_with_3_to_5"] += full and box.commentary
            counts["long_with_3_to_5_whole"] += 3 <= len(box.bullets) - cut <= 5
        if box.prose_words >= LONG_ARTICLE:
            counts["long_prose"] += 1
            counts["long_prose_with_3_to_5"] += full
            counts["short_with_few_sentences"] += (
                not full and box.sentences_after_lead <= FEW_SENTENCES
            )
            counts["short_without_spare_units"] += not full and not box.spare_units
        counts["dangling"] += sum(dangling_start(b) for b in box.bullets)
        counts["fragments"] += cut
        if len(box.paragraphs) >= MANY_PARAGRAPHS:
            counts["many_paragraphs"] += 1
            half = len(box.paragraphs) // 2
            counts["second_half"] += any(
                _paragraph_of(b, box.paragraphs) >= half for b in box.bullets
            )
    return Checks(**counts)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part}/{whole})" if whole else "-"


def table(results: dict[str, Checks]) -> str:
    """Return the checks of each outlet group as a Markdown table."""
    names = list(results)
    rows = [
        ("articles", *(str(results[n].articles) for n in names)),
        ("bullets", *(str(results[n].bullets) for n in names)),
        *(
            (label, *(_share(*pick(results[n])) for n in names))
            for label, pick in (
                ("bullets over 35 words (≤ 2%)", lambda c: (c.over_35, c.bullets)),
                (
                    "articles repeating the visible lead (≤ 5%)",
                    lambda c: (c.lead_repeated, c.articles),
                ),
                (
                    "articles repeating any of the first paragraph",
                    lambda c: (c.first_paragraph_repeated, c.articles),
                ),
                (
                    "bullets repeating the headline (≤ 2%)",
                    lambda c: (c.headline_repeated, c.bullets),
                ),
                (
                    "150+ word articles with 3–5 bullets (all)",
                    lambda c: (c.long_with_3_to_5, c.long_articles),
                ),
                (
                    "… fragments (below) not counted as bullets",
                    lambda c: (c.long_with_3_to_5_whole, c.long_articles),
                ),
                (
                    "… not commentary (news reports)",
                    lambda c: (c.long_news_with_3_to_5, c.long_news),
                ),
                (
                    "… commentary (the writer's claims in the third person)",
                    lambda c: (
                        c.long_commentary_with_3_to_5,
                        c.long_articles - c.long_news,
                    ),
                ),
                (
                    "articles read as commentary",
                    lambda c: (c.commentary, c.articles),
                ),
                (
                    "150+ prose-word articles with 3–5 bullets",
                    lambda c: (c.long_prose_with_3_to_5, c.long_prose),
                ),
                (
                    "… of those short of 3: at most 2 prose sentences after the lead",
                    lambda c: (
                        c.short_with_few_sentences,
                        c.long_prose - c.long_prose_with_3_to_5,
                    ),
                ),
                (
                    "… of those short of 3: no unit after the lead left out",
                    lambda c: (
                        c.short_without_spare_units,
                        c.long_prose - c.long_prose_with_3_to_5,
                    ),
                ),
                (
                    "bullets with a dangling start (≤ 3%)",
                    lambda c: (c.dangling, c.bullets),
                ),
                (
                    "bullets cut from inside a sentence opening on a phrase",
                    lambda c: (c.fragments, c.bullets),
                ),
                (
                    "8+ paragraph articles with a bullet from the second half",
                    lambda c: (c.second_half, c.many_paragraphs),
                ),
                ("articles without a box", lambda c: (c.without_box, c.articles)),
            )
        ),
    ]
    return markdown_table(("check", *names), rows)


def show(boxes: Sequence[Box], count: int) -> str:
    """Return the boxes of ``count`` pages of the tuning outlets, for reading."""
    tuning = [box for box in boxes if box.outlet in TUNING_OUTLETS]
    picked = random.Random(SHOW_SEED).sample(tuning, min(count, len(tuning)))
    lines = []
    for box in picked:
        lines.append(f"\n## {box.outlet}, {box.words} words: {box.title}")
        lines.append(f"lead: {box.visible_lead}")
        lines.extend(f"- ({word_count(b)}) {b}" for b in box.bullets)
    return "\n".join(lines)


def short_boxes(boxes: Sequence[Box]) -> str:
    """Return the tuning outlets' boxes of 150+ words with fewer than 3 bullets.

    Never the report outlets': their pages are not read during development.
    """
    lines = []
    for box in boxes:
        if box.outlet not in TUNING_OUTLETS or box.words < LONG_ARTICLE:
            continue
        if len(box.bullets) >= MIN_BULLETS:
            continue
        lines.append(
            f"\n## {box.outlet}, {box.words} words, {box.sentences_after_lead} "
            f"prose sentences after the lead, {box.spare_units} units left out: "
            f"{box.title}"
        )
        lines.append(f"lead: {box.visible_lead}")
        lines.extend(f"- ({word_count(b)}) {b}" for b in box.bullets)
    return "\n".join(lines)


def report(limit: int | None = None, shown: int = 0, *, short: bool = False) -> str:
    """Return the checks on the report and tuning outlets, and some boxes.

    ``short``: list the tuning outlets' long articles short of three bullets.
    """
    path = corpus_file(CORPUS)
    if path is None:
        return missing_corpus_message(CORPUS, "eval/keypoints.py")
    count = Config().key_points_count
    boxes = [make_box(row, count) for row in read_jsonl(path, limit)]
    groups = {
        "report outlets (held out)": REPORT_OUTLETS,
        "tuning outlets": TUNING_OUTLETS,
    }
    results = {
        name: check(box for box in boxes if box.outlet in outlets)
        for name, outlets in groups.items()
    }
    head = (
        f"Key-point boxes on raw pages of {path.name} ({count} bullets asked, "
        f"headline passed).\nReport outlets: {', '.join(REPORT_OUTLETS)}.\n"
        f"Tuning outlets: {', '.join(TUNING_OUTLETS)}.\n\n"
    )
    listing = f"\n\nShort boxes of the tuning outlets:\n{short_boxes(boxes)}"
    return (
        head
        + table(results)
        + (show(boxes, shown) if shown else "")
        + (listing if short else "")
    )
