"""Perturbation check for the importer (``python -m eval.importer --perturb``).

The held-out outlets differ from the tuning ones in how they lay out a byline or an
agency trailer, not in what a byline is.  This check takes the **tuning outlets'**
pages only and varies what outlets vary, to find the shapes the rules fail on before
a held-out outlet shows them:

* the byline's separator (hyphen, en and em dashes, ``:``, ``/``, ``|``, a line
  break, none) and the order place/name;
* its position: its own line under the headline, glued to the lead's start, on the
  line after a dateline line, or closing the text;
* a byline label (``كتب:``, ``بقلم:``, ``إعداد:``, ``متابعة:``, ``حوار:``,
  ``ترجمة:``, ``تقرير:``) and reporter lists joined by ``،`` or ``و``;
* agency trailers in the forms agencies use (``// انتهى //``, ``/انتهى/``,
  ``(انتهى)``, ``ـ انتهى ـ``, ``// يتبع //``, ``15:06 ت م``, ``ت م 1506``,
  ``(أ ف ب)`` or ``(رويترز)`` closing the last paragraph), on their own line or
  glued to the last sentence.

The names and places come from the page itself: an article takes part when the
importer read its original page's ``Author`` right (every token a token of the
outlet's author field); that ``Author`` is the name and its ``Dateline`` the place.
The article's body is the original brief's blocks, one per line, so every change in
the result comes from the perturbation.  Each article gets ``rounds`` random
variants (seeded by its id); the tables give the metrics overall and for each value
of each varied dimension.

Metrics (shares of variants): **author out** (no block and not the ``Summary``
starts with the names, the label and place aside), **author in** (``Author`` is
non-empty and all its tokens are the names' or the closing agency's), **dateline**
(the place given is the ``Dateline``), **trailer left** (the trailer's words still
close a block), **summary bad** (the ``Summary`` starts with the names or the place,
or is the title), **summary moved** (the ``Summary`` differs from the original
page's), **text kept** (the original body's tokens found in the new body).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mowjaz.importer.credit_words import is_agency
from mowjaz.importer.pipeline import ImporterError, ImportOptions, import_bytes
from mowjaz.importer.records import Brief

from eval.common import markdown_table

SEPARATORS = (" - ", " – ", " — ", ": ", " / ", " | ", "\n", " ", "-", "–")
LABELS = ("", "كتب", "بقلم", "إعداد", "متابعة", "حوار", "ترجمة", "تقرير")
# Tokens (a label, a title) that may come before the names at a block's start,
# besides the place's.
AUTHOR_OFFSET = 3
# A variant keeping less of the original body than this is listed with --errors.
KEPT_WARNING = 0.98
# The share of variants with a byline label (the others vary separator and order).
LABEL_SHARE = 0.3
LABEL_MARKS = (": ", " - ", ":")
LISTS = ("one", "، ", " و", " و ")
POSITIONS = ("line", "glued", "after dateline", "end")
GLUE_ENDS = (": ", " - ", " – ")
TRAILERS = (
    "",
    "// انتهى //",
    "/انتهى/",
    "(انتهى)",
    "ـ انتهى ـ",
    "// يتبع //",
    "15:06 ت م",
    "ت م 1506",
    "(أ ف ب)",
    "(رويترز)",
)
TRAILER_PLACES = ("own line", "glued")
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس")
DIMENSIONS = ("separator", "order", "label", "list", "position", "trailer", "glue")


@dataclass(frozen=True, slots=True)
class Base:
    """An article the importer read right, reduced to its parts."""

    ident: str
    title: str
    name: str
    place: str | None
    lines: tuple[str, ...]
    summary: str


@dataclass(frozen=True, slots=True)
class Variant:
    """One perturbed page and what it should give."""

    page: str
    byline: str
    names: tuple[str, ...]
    place: str | None
    agency: str | None
    values: dict[str, str]


@dataclass(slots=True)
class Counts:
    """Counters that add up field by field (pooling groups of variants)."""

    def add(self, other: Counts) -> None:
        """Add ``other``'s counts to this one (both of the same class)."""
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(slots=True)
class Score(Counts):
    """Counts for one group of variants."""

    variants: int = 0
    author_out: int = 0
    author_in: int = 0
    with_place: int = 0
    dateline: int = 0
    with_trailer: int = 0
    trailer_left: int = 0
    summary_bad: int = 0
    summary_moved: int = 0
    kept: float = 0.0


@dataclass(slots=True)
class Report:
    """The overall score, the score of each dimension's values, and the misses."""

    overall: Score = field(default_factory=Score)
    by_value: dict[tuple[str, str], Score] = field(
        default_factory=lambda: defaultdict(Score)
    )
    misses: list[str] = field(default_factory=list)


def base_of(
    article: dict[str, Any],
    page: str,
    author: str,
    tokens: Callable[[str | None], list[str]],
) -> Base | None:
    """Return the article's parts when the importer read its page's Author right."""
    if not author:
        return None
    brief = import_page(page, article["id"])
    if brief is None or not brief.author:
        return None
    if not set(tokens(brief.author)) <= set(tokens(author)):
        return None
    lines = tuple(block.text for block in brief.blocks if block.text.strip())
    if len(lines) < 2:
        return None
    return Base(
        article["id"], brief.title, brief.author, brief.dateline, lines, brief.summary
    )


def import_page(page: str, ident: str) -> Brief | None:
    """Import one pasted page as ``mowjaz import`` would; ``None`` when refused."""
    try:
        return import_bytes(
            page.encode("utf-8"), ident, ImportOptions(date="2015-08-11T09:00:00+03:00")
        ).brief
    except ImporterError:
        return None


def person_shaped(name: str) -> bool:
    """Return True for a reporter's name: two words or more, not an agency or paper.

    A paper's or an agency's name opens with the article ``ال`` (``المرسى``,
    ``المرسى الإلكترونية``); a person's given name does not.  Only persons are listed
    with others or signed under a label.
    """
    words = name.split()
    return len(words) >= 2 and not is_agency(name) and not words[0].startswith("ال")


def _byline(
    base: Base,
    names: Sequence[str],
    separator: str,
    draw: random.Random,
    values: dict[str, str],
) -> tuple[str, str | None]:
    """Return the byline text and the place it names (None: no place)."""
    joiner = values["list"]
    names_text = names[0] if len(names) == 1 else joiner.join(names)
    if joiner == " و":
        names_text = f"{names[0]} و{names[1]}"
    label = values["label"]
    if label:
        values["separator"] = values["order"] = "n/a (label)"
        return f"{label}{draw.choice(LABEL_MARKS)}{names_text}", None
    place = base.place
    if values["order"] == "name only":
        return names_text, None
    if not place:
        values["order"] = "no place"
        values["separator"] = "n/a (no place)"
        return names_text, None
    if values["order"] == "place, name":
        return f"{place}{separator}{names_text}", place
    return f"{names_text}{separator}{place}", place


def _draw_values(base: Base, draw: random.Random) -> dict[str, str]:
    """Draw one value per dimension; those that cannot apply say why."""
    values = {
        "separator": draw.choice(SEPARATORS),
        "order": draw.choice(("place, name", "name, place")),
        "label": draw.choice(LABELS[1:]) if draw.random() < LABEL_SHARE else "",
        "list": draw.choice(LISTS),
        "position": draw.choice(POSITIONS),
        "trailer": draw.choice(TRAILERS),
        "glue": draw.choice(TRAILER_PLACES),
    }
    if not person_shaped(base.name):
        values["label"] = ""
        values["list"] = "one"
    if values["position"] in ("end", "after dateline") and not (
        person_shaped(base.name) or is_agency(base.name)
    ):
        # a paper's name alone on a line is any noun phrase (المرسى الإلكترونية)
        values["position"] = draw.choice(("line", "glued"))
    if values["position"] in ("end", "after dateline"):
        values["order"] = "name only"
        values["separator"] = "n/a"
    return values


def make_variant(base: Base, others: Sequence[Base], draw: random.Random) -> Variant:
    """Return one perturbed page of ``base`` (another article may lend a name)."""
    values = _draw_values(base, draw)
    persons = [
        o.name for o in others if o.ident != base.ident and person_shaped(o.name)
    ]
    names = [base.name]
    if values["list"] != "one" and persons:
        names.append(draw.choice(persons))
    else:
        values["list"] = "one"
    separator = values["separator"]
    values["separator"] = repr(separator)
    byline, place = _byline(base, names, separator, draw, values)
    head, lines = [base.title], list(base.lines)
    position = values["position"]
    if position == "line":
        head.append(byline)
    elif position == "glued":
        lines[0] = f"{byline}{draw.choice(GLUE_ENDS)}{lines[0]}"
    elif position == "after dateline":
        place = base.place
        if place:
            head.append(f"{place} {draw.randint(1, 28)} {draw.choice(MONTHS)} 2015")
        head.append(byline)
    else:
        # a signature closing the text, before any wire trailer (nothing follows
        # a wire's end mark)
        place = None
        lines.append(byline)
    trailer = values["trailer"]
    if trailer and values["glue"] == "glued":
        lines[-1] = f"{lines[-1]} {trailer}"
    elif trailer:
        lines.append(trailer)
    agency = None
    if trailer.startswith("(") and "انتهى" not in trailer:
        agency = trailer.strip("()")
    page = "\n".join([*head, *lines])
    return Variant(page, byline, tuple(names), place, agency, values)


def score_variant(
    base: Base,
    variant: Variant,
    tokens: Callable[[str | None], list[str]],
    report: Report,
) -> None:
    """Import ``variant`` and add its results to the report's groups."""
    brief = import_page(variant.page, base.ident)
    score = Score(variants=1)
    if brief is None:
        _record(report, variant, score, ["refused"], base)
        return
    problems = _credit_problems(brief, variant, tokens, score)
    texts = [block.text for block in brief.blocks]
    trailer = variant.values["trailer"]
    if trailer:
        score.with_trailer = 1
        if any(closes(tokens(text), tokens(trailer)) for text in texts):
            score.trailer_left = 1
            problems.append("trailer left")
    if _summary_bad(brief, base, variant, tokens):
        score.summary_bad = 1
        problems.append("summary bad")
    score.summary_moved = int(tokens(brief.summary) != tokens(base.summary))
    before = Counter(token for line in base.lines for token in tokens(line))
    after = Counter(token for text in texts for token in tokens(text))
    score.kept = sum((before & after).values()) / max(1, sum(before.values()))
    if score.kept < KEPT_WARNING:
        problems.append(f"text kept {score.kept:.2f}")
    if problems:
        problems.append(f"Summary {brief.summary[:80]!r}")
    _record(report, variant, score, problems, base)


def _credit_problems(
    brief: Brief,
    variant: Variant,
    tokens: Callable[[str | None], list[str]],
    score: Score,
) -> list[str]:
    """Score the Author, the Dateline and the names left in the text."""
    problems = []
    texts = [block.text for block in brief.blocks]
    name_tokens = [tokens(name) for name in variant.names]
    place_tokens = tokens(variant.place)
    offset = len(place_tokens) + AUTHOR_OFFSET
    if any(
        opens(tokens(text), name, offset)
        for text in (*texts, brief.summary)
        for name in name_tokens
    ):
        problems.append("author left")
    else:
        score.author_out = 1
    allowed = {token for name in name_tokens for token in name}
    allowed |= set(tokens(variant.byline)) - set(place_tokens)
    allowed -= set(tokens(variant.values["label"]))
    allowed |= set(tokens(variant.agency))
    got = tokens(brief.author)
    if got and set(got) <= allowed:
        score.author_in = 1
    else:
        problems.append(f"Author {brief.author!r}")
    if place_tokens:
        score.with_place = 1
        if tokens(brief.dateline) == place_tokens:
            score.dateline = 1
        else:
            problems.append(f"Dateline {brief.dateline!r}")
    return problems


def _summary_bad(
    brief: Brief,
    base: Base,
    variant: Variant,
    tokens: Callable[[str | None], list[str]],
) -> bool:
    """Tell whether the Summary is the title or opens with the names or place."""
    summary = tokens(brief.summary)
    place = tokens(variant.place)
    offset = len(place) + AUTHOR_OFFSET
    return (
        summary == tokens(base.title)
        or any(opens(summary, tokens(name), offset) for name in variant.names)
        or (
            bool(place)
            and summary[: len(place)] == place
            and tokens(base.summary)[: len(place)] != place
        )
    )


def opens(words: Sequence[str], prefix: Sequence[str], offset: int) -> bool:
    """Tell whether ``prefix`` starts at one of the first ``offset`` words."""
    width = len(prefix)
    return bool(prefix) and any(
        list(words[start : start + width]) == list(prefix) for start in range(offset)
    )


def closes(words: Sequence[str], suffix: Sequence[str]) -> bool:
    """Tell whether ``words`` end with ``suffix``."""
    return bool(suffix) and list(words[-len(suffix) :]) == list(suffix)


def _record(
    report: Report, variant: Variant, score: Score, problems: list[str], base: Base
) -> None:
    report.overall.add(score)
    for dimension in DIMENSIONS:
        report.by_value[dimension, variant.values[dimension]].add(score)
    if problems:
        shown = variant.page.replace("\n", " ⏎ ")
        report.misses.append(
            f"{base.ident}\t{'; '.join(problems)}\t{variant.values}\n    {shown[:300]}"
            f" … {shown[-120:]}"
        )


def run(
    bases: Sequence[Base],
    rounds: int,
    tokens: Callable[[str | None], list[str]],
) -> Report:
    """Score ``rounds`` variants of every base article."""
    report = Report()
    for base in bases:
        draw = random.Random(f"{base.ident}-perturb")
        for _ in range(rounds):
            score_variant(base, make_variant(base, bases, draw), tokens, report)
    return report


def share(count: float, total: int) -> object:
    """Return ``count / total`` to three places, or ``"n/a"`` when nothing counted."""
    return round(count / total, 3) if total else "n/a"


def _row(label: str, score: Score) -> list[object]:
    return [
        label.replace("|", "\\|"),  # a separator value, inside a Markdown table
        score.variants,
        share(score.author_out, score.variants),
        share(score.author_in, score.variants),
        share(score.dateline, score.with_place),
        share(score.trailer_left, score.with_trailer),
        share(score.summary_bad, score.variants),
        share(score.summary_moved, score.variants),
        share(score.kept, score.variants),
    ]


HEADER = (
    "variant",
    "n",
    "author out",
    "author in",
    "dateline",
    "trailer left",
    "summary bad",
    "summary moved",
    "text kept",
)


def format_report(report: Report, articles: int) -> str:
    """Return the overall table and one table row per dimension value."""
    rows = [_row(f"all ({articles} articles)", report.overall)]
    for dimension in DIMENSIONS:
        values = sorted(value for name, value in report.by_value if name == dimension)
        rows.extend(
            _row(f"{dimension}: {value or 'none'}", report.by_value[dimension, value])
            for value in values
        )
    return markdown_table(HEADER, rows)


def tuning_bases(
    articles: Iterable[dict[str, Any]],
    held: frozenset[str],
    pasted_page: Callable[[dict[str, Any]], tuple[str, str]],
    tokens: Callable[[str | None], list[str]],
) -> list[Base]:
    """Return the tuning articles whose original page's Author the importer read."""
    bases = []
    for article in articles:
        if article["outlet"] in held:
            continue
        page, author = pasted_page(article)
        base = base_of(article, page, author, tokens)
        if base is not None:
            bases.append(base)
    return bases
