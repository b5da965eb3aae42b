"""Columns of items, photo credits in a byline, source lines and wire marks.

Shapes an editor met on raw pages (a reader's questions with a doctor's answers,
a photographer after the paper and town, a source line or an agency in slashes)
written here as general forms.  Every fixture is written for these tests
(invented towns, papers, people and events); none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.import_support import BODY, LEAD, TITLE, body_texts, imported

QUESTION = (
    "* أعاني منذ شهرين من صداع في الصباح يخف بعد الظهر، فهل أحتاج إلى فحص"
    " عند طبيب الأعصاب؟"
)
ANSWER = "- الصداع الصباحي له أسباب كثيرة أكثرها قلة النوم وشرب القهوة في الليل."
SECOND_QUESTION = (
    "* ابني عمره سبع سنوات ويستيقظ كل ليلة وهو يبكي، فما سبب ذلك يا دكتور؟"
)
SECOND_ANSWER = "- يمر كثير من الأطفال في هذه السن بكوابيس عابرة تزول مع الوقت."
CLINIC = "\n".join(
    [
        "عيادة الأعصاب",
        "صداع الصباح",
        QUESTION,
        ANSWER,
        "بكاء الليل",
        SECOND_QUESTION,
        SECOND_ANSWER,
    ]
)


def test_a_clinic_column_has_its_first_question_title_as_a_heading() -> None:
    blocks = imported(CLINIC + "\n").brief.blocks
    assert [(block.kind, block.text) for block in blocks[:2]] == [
        ("heading", "صداع الصباح"),
        ("paragraph", QUESTION),
    ]
    assert ("heading", "بكاء الليل") in [(b.kind, b.text) for b in blocks]


def test_the_summary_of_a_clinic_column_starts_after_the_readers_marker() -> None:
    summary = imported(CLINIC + "\n").brief.summary
    assert summary.startswith("أعاني منذ شهرين")


def test_a_short_first_line_over_a_lead_with_no_items_stays_a_paragraph() -> None:
    # One starred paragraph is no column of items: the first line is text.
    text = f"{TITLE}\nكلمة العدد\n* {LEAD}\nوقال رئيس البلدية إن السوق ستفتح كل يوم.\n"
    blocks = imported(text).brief.blocks
    assert blocks[0].kind == "paragraph"
    assert imported(text).brief.summary == LEAD


@pytest.mark.parametrize(
    ("credit", "author", "dateline"),
    [
        ("المرسى – بحرة (تصوير: سامي الفارس)", "المرسى", "بحرة"),
        ("عين المرسى - الرياض (تصوير: سامي الفارس)", "عين المرسى", "الرياض"),
        ("الرياض - نادر الحربي (تصوير: سامي الفارس)", "نادر الحربي", "الرياض"),
    ],
    ids=["unlisted-paper-and-town", "paper-and-listed-town", "town-and-writer"],
)
@pytest.mark.parametrize("glued", [False, True], ids=["own-line", "glued-to-lead"])
def test_a_photographer_in_brackets_after_a_byline_is_dropped_with_a_warning(
    credit: str, author: str, dateline: str, glued: bool
) -> None:
    separator = "  " if glued else "\n"
    result = imported(f"{TITLE}\n{credit}{separator}{BODY}")
    assert (result.brief.author, result.brief.dateline) == (author, dateline)
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD
    assert any(
        "dropped photo credit" in warning and "سامي الفارس" in warning
        for warning in result.warnings
    )


def test_a_photo_credit_inside_the_lead_stays_text() -> None:
    lead = "نشرت المجلة صورا نادرة للسوق القديمة (تصوير: سامي الفارس) في عددها الأخير."
    result = imported(f"{TITLE}\n{lead}\n{BODY}")
    assert body_texts(result)[0] == lead
    assert result.brief.author is None


def test_a_town_and_a_paper_joined_by_a_colon_under_the_headline_are_read() -> None:
    result = imported(f"{TITLE}\nبحرة: المرسى\n{BODY}")
    assert (result.brief.author, result.brief.dateline) == ("المرسى", "بحرة")
    assert body_texts(result)[0] == LEAD


def test_a_label_and_a_word_joined_by_a_colon_in_the_body_stay_text() -> None:
    # Only the line under the headline is read so; two words further down stay.
    result = imported(
        f"{TITLE}\n{LEAD}\nملاحظة: المواعيد\nوتفتح السوق أبوابها كل يوم.\n"
    )
    assert "ملاحظة: المواعيد" in body_texts(result)


@pytest.mark.parametrize(
    "page",
    [
        f"{TITLE}\n//واس// {BODY}",
        f"{TITLE}\n/ واس / {BODY}",
        f"{TITLE}\n//واس//\n{BODY}",
        f"{TITLE}\n{BODY.rstrip()} //واس//\n",
    ],
    ids=["opening-the-lead", "single-slashes", "own-line", "after-last-sentence"],
)
def test_an_agency_in_slashes_is_the_author(page: str) -> None:
    result = imported(page)
    assert result.brief.author == "واس"
    assert body_texts(result)[0] == LEAD
    assert not any("//" in text for text in body_texts(result))


def test_a_word_in_slashes_opening_the_lead_that_is_no_agency_stays() -> None:
    lead = "//الرحمة// كلمة تتكرر في حديث أهل البلدة عن السوق الجديدة منذ افتتاحها."
    result = imported(f"{TITLE}\n{lead}\n{BODY}")
    assert body_texts(result)[0] == lead
    assert result.brief.author is None


@pytest.mark.parametrize("tail", [" 10:35", " 10:35 مساءً", " ١٠:٣٥ ص", "\n10:35 صباحا"])
def test_a_time_after_the_last_sentence_is_removed_with_a_warning(tail: str) -> None:
    result = imported(f"{TITLE}\n{BODY.rstrip()}{tail}\n")
    last = body_texts(result)[-1]
    assert last.endswith("من الغلاء.")
    assert any("10:35" in w or "١٠:٣٥" in w for w in result.warnings)


def test_a_time_inside_the_last_sentence_stays() -> None:
    last = "وتفتح السوق أبوابها كل يوم عند 10:35"
    result = imported(f"{TITLE}\n{BODY}{last}\n")
    assert body_texts(result)[-1] == last


def test_a_source_line_names_the_author_when_the_page_names_none() -> None:
    result = imported(f"{TITLE}\n{BODY}المصدر: صحيفة المرسى\n")
    assert result.brief.author == "صحيفة المرسى"
    assert "المصدر: صحيفة المرسى" not in body_texts(result)


def test_a_source_line_beside_a_byline_is_dropped_with_a_warning() -> None:
    result = imported(f"{TITLE}\nبحرة - نادر الحربي\n{BODY}المصدر: صحيفة المرسى\n")
    assert result.brief.author == "نادر الحربي"
    assert "المصدر: صحيفة المرسى" not in body_texts(result)
    assert any("dropped source credit" in warning for warning in result.warnings)


def test_a_last_paragraph_quoting_an_unnamed_source_stays() -> None:
    last = "المصدر: إن السوق ستفتح فرعا ثانيا قبل نهاية العام"
    result = imported(f"{TITLE}\n{BODY}{last}\n")
    assert body_texts(result)[-1] == last
    assert result.brief.author is None
