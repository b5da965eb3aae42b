"""What every news website prints around a story, and what only looks like it.

A row of share and print buttons, a view or comment counter, the reading time, a
copyright notice, a newsletter or app prompt, a "follow us" line and a wire's end
mark leave the body with a warning saying what they were, and never open the
Summary; sentences that use the same words stay.  Every fixture is written for
these tests (an invented town, paper and reporter).
"""

from __future__ import annotations

import pytest
from import_support import BODY, LEAD, TITLE, body_texts, imported
from mowjaz.text.noise import default_noise

SECOND = "وقال رئيس البلدية إن السوق ستنظم التجارة وتحمي المستهلك من الغلاء."
BYLINE = "جدة - سامي الفلاني"
FURNITURE = {
    "share-row": ("شارك | طباعة | أرسل لصديق", "share buttons"),
    "share-row-dashes": ("فيسبوك - تويتر - واتساب - حفظ", "share buttons"),
    "views": ("عدد المشاهدات: 1234", "counter"),
    "views-after": ("1234 مشاهدة", "counter"),
    "comments": ("التعليقات (3)", "counter"),
    "comments-count": ("12 تعليقات", "counter"),
    "reading-time": ("وقت القراءة: 3 دقائق", "counter"),
    "reading-time-after": ("4 دقائق للقراءة", "counter"),
    "time-ago": ("منذ 3 ساعات", "counter"),
    "no-comments": ("لا توجد تعليقات", "boilerplate"),
    "copyright": ("جميع الحقوق محفوظة © صحيفة الساحل 2025", "copyright line"),
    "copyright-after": ("© 2025 صحيفة الساحل. جميع الحقوق محفوظة", "copyright line"),
    "follow": ("تابعوا صحيفة الساحل على تويتر وفيسبوك", "follow prompt"),
    "follow-two-words": ("تابعونا على سناب شات", "boilerplate"),
    "newsletter": ("اشترك في النشرة البريدية ليصلك جديد الأخبار", "boilerplate"),
    "app": ("حمّل التطبيق الآن", "boilerplate"),
}


@pytest.mark.parametrize(
    ("line", "reason"), FURNITURE.values(), ids=list(FURNITURE.keys())
)
@pytest.mark.parametrize("where", ["under-byline", "after-lead", "end"])
def test_site_furniture_leaves_the_body_with_a_warning(
    line: str, reason: str, where: str
) -> None:
    body = [LEAD, SECOND]
    at = {"under-byline": 0, "after-lead": 1, "end": 2}[where]
    lines = [*body[:at], line, *body[at:]]
    result = imported("\n".join([TITLE, BYLINE, *lines]) + "\n")
    assert body_texts(result) == body
    assert result.brief.author == "سامي الفلاني"
    assert result.brief.dateline == "جدة"
    assert result.brief.summary == LEAD
    assert any(reason in warning and line in warning for warning in result.warnings)


def test_a_reading_time_between_the_headline_and_the_byline_leaves_both() -> None:
    result = imported(f"{TITLE}\nمدة القراءة: 5 دقائق\n{BYLINE}\n{BODY}")
    assert result.brief.author == "سامي الفلاني"
    assert body_texts(result)[0] == LEAD


@pytest.mark.parametrize(
    "mark",
    ["(النهاية)", "/ انتهى /", "-انتهى-"],
    ids=["the-end-in-brackets", "slashes", "dashes"],
)
def test_a_wires_end_mark_closing_the_text_is_dropped(mark: str) -> None:
    for page in (f"{TITLE}\n{BODY}{mark}\n", f"{TITLE}\n{BODY.rstrip()} {mark}\n"):
        texts = body_texts(imported(page))
        assert texts[-1].endswith("من الغلاء.")
        assert mark not in texts[-1]


@pytest.mark.parametrize(
    "line",
    [
        # a verb with the same letters as a button
        "شارك في الحفل عدد من المسؤولين وأولياء الأمور",
        "شارك 300 طالب في المسابقة",
        # a number with a noun that is no counter's label
        "الفصل 3",
        "مشاركة 5 فرق",
        # the words of a notice or a prompt in a sentence
        "وأكد أن جميع الحقوق محفوظة للمؤلفين.",
        "تابع الوزير على الطبيعة سير العمل في المشروع",
        "تابعوا المباراة على الشاشة الكبيرة في الساحة.",
        "قراءة في كتاب",
        # a year after "since" is a subheading's, not a time-ago stamp
        "منذ 1990",
    ],
    ids=[
        "took-part",
        "took-part-count",
        "chapter",
        "teams-taking-part",
        "rights-sentence",
        "followed-the-work",
        "followed-the-match",
        "a-reading-of",
        "since-a-year",
    ],
)
def test_a_line_with_furniture_words_that_reads_as_text_stays(line: str) -> None:
    assert not default_noise().is_noise(line)
    result = imported(f"{TITLE}\n{BYLINE}\n{LEAD}\n{line}\n")
    assert line in body_texts(result)


@pytest.mark.parametrize(
    "headline",
    [
        "هل أصبحت المدينة الساحلية وجهة الصيف الأولى؟!",
        "البلدية تعلن خطة من خمس مراحل لتوسعة الأسواق الشعبية في الأحياء القديمة",
    ],
    ids=["question", "eleven-words"],
)
def test_a_headline_under_a_read_also_label_is_a_hint_not_text(headline: str) -> None:
    result = imported(f"{TITLE}\n{BYLINE}\n{LEAD}\nاقرأ أيضاً:\n{headline}\n{SECOND}\n")
    assert body_texts(result) == [LEAD, SECOND]
    assert headline in result.markdown.split("\n\n", 1)[0]


def test_a_paragraph_under_a_read_also_label_stays_text() -> None:
    result = imported(f"{TITLE}\n{BYLINE}\n{LEAD}\nاقرأ أيضاً:\n{SECOND}\n")
    assert body_texts(result) == [LEAD, SECOND]


@pytest.mark.parametrize("credit", ["(واس)", "جدة - أ ف ب"], ids=["brackets", "town"])
def test_an_agency_credit_under_a_standfirst_is_the_author(credit: str) -> None:
    third = "وأضاف أن البلدية ستفتتح سوقين أخريين في الحيين الشمالي والغربي."
    result = imported(f"{TITLE}\n{LEAD}\n{credit}\n{SECOND}\n{third}\n")
    assert result.brief.author in {"واس", "أ ف ب"}
    assert body_texts(result) == [LEAD, SECOND, third]
    assert result.brief.summary == LEAD


def test_a_reporters_name_under_the_first_paragraph_stays_text() -> None:
    # a name there may be a caption's or a list's: only an agency is read
    third = "وأضاف أن البلدية ستفتتح سوقين أخريين في الحيين الشمالي والغربي."
    result = imported(f"{TITLE}\n{LEAD}\nجدة - سامي الفلاني\n{SECOND}\n{third}\n")
    assert result.brief.author is None
    assert "جدة - سامي الفلاني" in body_texts(result)


@pytest.mark.parametrize(
    "after", ["تابعونا على تويتر", "شارك | طباعة"], ids=["follow", "buttons"]
)
def test_furniture_glued_after_a_wires_end_mark_leaves_with_it(after: str) -> None:
    result = imported(f"{TITLE}\n{BYLINE}\n{LEAD}\n{SECOND} // انتهى // {after}\n")
    assert body_texts(result) == [LEAD, SECOND]
    assert any(after in warning for warning in result.warnings)
