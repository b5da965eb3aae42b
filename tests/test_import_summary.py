"""The Summary is a sentence of the story, never the headline or the byline.

When no paragraph reads as the lead, the Summary is left empty with a warning
rather than filled with a name, a caption or the headline again.

Every fixture here is written for these tests (invented writers, towns and
events); none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from mowjaz.importer.summary import (
    choose_summary,
    lead_problem,
    near_copy,
    question_deck,
    without_credit,
)

from tests.import_support import BODY, LEAD, TITLE, imported

# ---------------------------------------------------------------------------
# Through the whole importer


@pytest.mark.parametrize(
    "body",
    [
        "سالم البحري",  # a name under a picture that is gone
        "مدير البلدية ورئيس الغرفة التجارية",  # who stands in the picture
        "سالم البحري وخالد المرزوقي د. نبيل العطار وفهد الخياط وناصر العمري",
    ],
    ids=["one-name", "two-roles", "names-with-an-abbreviation"],
)
def test_a_page_with_only_names_under_the_title_has_no_summary(body: str) -> None:
    result = imported(f"{TITLE}\n{body}\n")
    assert result.brief.summary == ""
    assert any("the Summary is empty" in warning for warning in result.warnings)
    assert body in [block.text for block in result.brief.blocks]


def test_a_page_that_is_only_its_headline_has_the_whole_line_as_title() -> None:
    # The headline's tag ends with "..": it is no sentence of its own.
    line = "بالصور.. البلدية تفتتح سوقا مغطاة للخضر والفواكه في وسط البلدة"
    result = imported(line + "\n")
    assert result.brief.title == line
    assert result.brief.summary == ""


def test_the_headline_printed_again_with_two_words_is_not_the_summary() -> None:
    again = f"{TITLE} صباح الأحد."
    result = imported(f"{TITLE}\n{again}\n{BODY}")
    assert result.brief.summary == LEAD


def test_a_question_deck_under_the_headline_is_not_the_summary() -> None:
    deck = "هل تنهي السوق الجديدة فوضى الباعة المتجولين في وسط البلدة؟"
    result = imported(f"{TITLE}\n{deck}\n{BODY}")
    assert result.brief.summary == LEAD


# ---------------------------------------------------------------------------
# Must not drop: real leads stay the Summary


def test_a_short_story_keeps_its_short_lead() -> None:
    lead = "أغلقت البلدية السوق القديمة أمس."
    result = imported(f"{TITLE}\n{lead}\n")
    assert result.brief.summary == lead


def test_a_column_opening_with_a_long_question_keeps_it_as_the_summary() -> None:
    question = (
        "هل نحتاج حقا إلى سوق جديدة كلما ضاقت السوق القديمة بباعتها وزبائنها، "
        "أم أن المشكلة في طريقة إدارتها منذ سنوات طويلة؟"
    )
    result = imported(f"{TITLE}\n{question}\n{BODY}")
    assert result.brief.summary == question


def test_a_lead_that_repeats_some_headline_words_is_the_summary() -> None:
    result = imported(f"{TITLE}\n{BODY}")
    assert result.brief.summary == LEAD


# ---------------------------------------------------------------------------
# The checks one by one


def test_the_lead_never_opens_with_the_author_read_elsewhere() -> None:
    credit_line = "سالم البحري عدسة المهرجان في الحديقة العامة هذا الربيع الجميل"
    assert choose_summary([credit_line, LEAD], TITLE, author="سالم البحري") == LEAD
    assert lead_problem(credit_line, TITLE, "سالم البحري") == "the Author"


def test_the_author_repeated_before_a_dash_is_cut_from_the_lead() -> None:
    assert without_credit(f"وكالة موجز - {LEAD}", ["وكالة موجز"]) == LEAD
    # a lead whose subject is the credited body keeps its words
    subject = "وكالة موجز تفتتح مكتبا جديدا في البلدة صباح الأحد."
    assert without_credit(subject, ["وكالة موجز"]) == subject


@pytest.mark.parametrize(
    ("text", "copy"),
    [
        (TITLE, True),
        (f"{TITLE} (صور)", True),
        ("البلدية تفتتح سوقا", True),  # the headline's first words
        (LEAD, False),
    ],
    ids=["same", "with-a-tag", "shortened", "the-lead"],
)
def test_near_copies_of_the_title(text: str, *, copy: bool) -> None:
    assert near_copy(text, TITLE) is copy


@pytest.mark.parametrize(
    ("text", "deck"),
    [
        ("هل تنهي السوق الجديدة فوضى الباعة؟", True),
        ("«هل تنهي السوق الجديدة فوضى الباعة؟»", True),
        ("افتتحت البلدية السوق. فهل تنهي فوضى الباعة؟", False),
        ("افتتحت البلدية السوق الجديدة في وسط البلدة صباح الأحد.", False),
    ],
    ids=["question", "quoted-question", "two-sentences", "statement"],
)
def test_question_decks(text: str, *, deck: bool) -> None:
    assert question_deck(text) is deck


def test_no_paragraph_at_all_gives_no_summary() -> None:
    assert choose_summary([], TITLE) == ""


def test_a_long_lead_is_never_cut_after_an_initial() -> None:
    opening = (
        "أقر المجلس البلدي خلال جلسته العادية التي عقدت مساء الأحد في مقر البلدية "
        "بحضور م. سالم البحري"
    )
    lead = (
        opening
        + " على خطة لتوسعة السوق المغطاة في وسط البلدة وتنظيم مواقف السيارات حولها" * 4
        + " بعد شكاوى متكررة من السكان. وأضاف أن العمل يبدأ الشهر المقبل."
    )
    summary = imported(f"{TITLE}\n{lead}\n").brief.summary
    assert summary.startswith(opening)
