"""Roundup datelines, labels under the headline, and what the Summary may be.

Every fixture here is written for these tests (invented writers, towns and
events); none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from mowjaz.importer.records import Credit
from mowjaz.importer.roundups import read_roundup, split_roundup_opening

from tests.import_support import (
    BODY,
    LEAD,
    TITLE,
    assert_read_as_credit,
    body_texts,
    imported,
)

# ---------------------------------------------------------------------------
# Several places, "عواصم" or "وكالات", then the reporters


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        (
            "بحرة - تنومة - رنية - عواصم - سلافة نعمان - جورج بيتسون:",
            "سلافة نعمان، جورج بيتسون",
            "بحرة",
        ),
        (
            "مكتب المرسى - بحرة - تل السمك - عواصم - سلافة نعمان:",
            "سلافة نعمان",
            "بحرة",
        ),
        ("بحرة – تنومة – وكالات:", "وكالات", "بحرة"),
        ("بحرة، تنومة - عواصم - وكالات:", "وكالات", "بحرة"),
        (
            "بحرة - خالد نعمان - تنومة - وكالات:",
            "خالد نعمان، وكالات",
            "بحرة",
        ),
        (
            "بحرة - تنومة - عواصم - سلافة نعمان، جورج بيتسون",
            "سلافة نعمان، جورج بيتسون",
            "بحرة",
        ),
    ],
    ids=[
        "places-capitals-names",
        "office-first",
        "agencies-only",
        "commas-and-two-words",
        "name-among",
        "comma",
    ],
)
def test_a_roundup_dateline_gives_the_first_place_and_the_reporters(
    line: str, author: str, dateline: str
) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author == author
    assert result.brief.dateline == dateline
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


def test_a_roundup_dateline_opening_the_lead_is_split_off() -> None:
    line = "بحرة - تنومة - عواصم - سلافة نعمان: " + LEAD
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author == "سلافة نعمان"
    assert result.brief.dateline == "بحرة"
    assert body_texts(result)[0] == LEAD


def test_a_long_roundup_line_is_still_read() -> None:
    places = " - ".join(["بحرة", "تنومة", "رنية", "تل السمك", "وادي النخيل"] * 2)
    credit = read_roundup(f"{places} - عواصم - سلافة نعمان - جورج بيتسون:")
    assert credit == Credit(author="سلافة نعمان، جورج بيتسون", dateline="بحرة")


@pytest.mark.parametrize(
    "line",
    [
        # the word starts a sentence, not a list of credits
        "عواصم - تتواصل الاحتجاجات في المدن:",
        # a sentence among the pieces
        "بحرة - عواصم - قال رئيس البلدية إن السوق جاهزة:",
        # no marker word: another reader's business, not a roundup
        "بحرة - تنومة - سلافة نعمان:",
        # no place before the words
        "عواصم - وكالات - سلافة نعمان:",
        # two marker words apart: not one list
        "بحرة - عواصم - تنومة - وكالات - سلافة نعمان:",
        # digits in a piece
        "بحرة - 12 - عواصم - سلافة نعمان:",
    ],
    ids=[
        "sentence-after",
        "quoted-speech",
        "no-marker",
        "no-place",
        "markers-apart",
        "digit",
    ],
)
def test_a_line_that_only_mentions_capitals_is_not_a_roundup(line: str) -> None:
    assert read_roundup(line) is None


def test_a_paragraph_about_capitals_stays_text() -> None:
    # Must not drop: real prose that opens with the word and a dash.
    line = "عواصم - في الشرق والغرب - تستعد لاستقبال الوفود: وقد بدأت الفنادق حجوزاتها."
    result = imported(f"{TITLE}\n{BODY}{line}\n")
    assert line in body_texts(result)
    assert split_roundup_opening(line) is None
    assert result.brief.author is None


# ---------------------------------------------------------------------------
# A town inside a byline is the dateline or nothing, never part of the Author


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        # the next bureau's town glued before its colon
        (
            "بيروت: سالم العتيبي عمان: فهد القحطاني",
            "سالم العتيبي، فهد القحطاني",
            "بيروت",
        ),
        ("دمشق: سالم العتيبي لندن: «موجز»", "سالم العتيبي، موجز", "دمشق"),
        # a writer no list holds, and the paper itself in the second bureau
        ("جدة: سلافة نعمان الدوحة: {المرسى}", "سلافة نعمان، المرسى", "جدة"),
        # a second town beside a listed one
        ("سالمالعتيبي - جدة - بحرة", "سالمالعتيبي", "جدة"),
        # each reporter's town glued to his name
        (
            "سالم العتيبي - الرياض خالد الفهد - جدة فهد القحطاني",
            "سالم العتيبي، خالد الفهد، فهد القحطاني",
            "الرياض",
        ),
    ],
    ids=[
        "next-bureau",
        "next-bureau-paper",
        "unlisted-writer-and-paper",
        "second-town",
        "town-per-reporter",
    ],
)
def test_a_town_in_a_byline_never_joins_the_author(
    line: str, author: str, dateline: str
) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author == author
    assert result.brief.dateline == dateline
    assert body_texts(result)[0] == LEAD


def test_a_paper_beside_a_town_is_still_credited() -> None:
    # Must not drop: a one-word paper with "ال" after the town is a credit.
    result = imported(f"{TITLE}\nسالمالعتيبي - جدة - المرسى\n{BODY}")
    assert result.brief.dateline == "جدة"
    assert result.brief.author == "سالمالعتيبي، المرسى"
    assert body_texts(result)[0] == LEAD


# ---------------------------------------------------------------------------
# A desk's or an office's label under the headline


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("الملف السياسي", "الملف السياسي"),
        ("الشؤون المحلية", "الشؤون المحلية"),
        (
            "إعداد: إدارة العلاقات العامة بمستشفى بحرة الجامعي",
            "إدارة العلاقات العامة بمستشفى بحرة الجامعي",
        ),
        ("ترجمة: قسم الترجمة", "قسم الترجمة"),
    ],
    ids=["section", "desk", "prepared-by-office", "translated-by"],
)
def test_a_desk_or_office_label_under_the_title_is_the_credit(
    line: str, author: str
) -> None:
    assert_read_as_credit(line, author)


@pytest.mark.parametrize(
    "line",
    [
        # a subject, not a desk
        "الملف النووي",
        # a kicker: "تقرير" heads stories as well as credits
        "تقرير: السوق الجديدة",
        # a sentence after the label
        "إعداد: أكثر من 120 محلا، في وسط البلدة.",
    ],
    ids=["subject", "kicker", "sentence"],
)
def test_a_label_like_kicker_under_the_title_stays_text(line: str) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author is None
    assert body_texts(result)[0] == line


def test_a_desk_name_further_down_stays_text() -> None:
    # Must not drop: only the line right under the headline is a credit.
    result = imported(f"{TITLE}\n{BODY}الشؤون المحلية\n{LEAD}\n")
    assert result.brief.author is None
    assert "الشؤون المحلية" in body_texts(result)


# ---------------------------------------------------------------------------
# The Summary is the first real paragraph, not a photo caption


def test_a_photo_caption_above_the_lead_is_dropped_with_a_warning() -> None:
    caption = "جانب من حفل الافتتاح الذي أقيم في وسط البلدة بحضور الأهالي"
    result = imported(f"{TITLE}\n{caption}\n{BODY}")
    assert result.brief.summary == LEAD
    assert body_texts(result)[0] == LEAD
    assert any("photo caption" in w and "جانب من" in w for w in result.warnings)


def test_a_long_caption_above_the_lead_is_only_kept_out_of_the_summary() -> None:
    caption = (
        "جانب من حفل الافتتاح الذي أقيم في وسط البلدة بحضور الأهالي والتجار "
        "ورؤساء الجمعيات وأعضاء المجلس البلدي"
    )
    result = imported(f"{TITLE}\n{caption}\n{BODY}")
    assert result.brief.summary == LEAD
    # Must not drop: past a dozen words the editor judges it.
    assert body_texts(result)[0] == caption


def test_a_photo_caption_further_down_stays_in_the_body() -> None:
    caption = "جانب من حفل الافتتاح"
    result = imported(f"{TITLE}\n{LEAD}\n{caption}\n{BODY}")
    assert caption in body_texts(result)


def test_a_lead_that_opens_like_a_caption_is_still_the_summary() -> None:
    lead = "جانب من المشروع اكتمل أمس، وتفتتح البلدية بقية المحلات في الشهر المقبل."
    result = imported(f"{TITLE}\n{lead}\n{BODY}")
    assert result.brief.summary == lead


def test_a_series_instalment_header_stays_but_is_never_the_summary() -> None:
    header = "(12 - أسواق البلدة القديمة.. من الخان إلى المول الكبير!)"
    result = imported(f"{TITLE}\n{header}\n{BODY}")
    assert body_texts(result)[0] == header
    assert result.brief.summary == LEAD


def test_a_lead_opening_with_a_numbered_point_is_still_the_summary() -> None:
    lead = "(1) افتتحت البلدية صباح الأحد سوقا مغطاة جديدة تضم مئة محل في وسط البلدة."
    result = imported(f"{TITLE}\n{lead}\n{BODY}")
    assert result.brief.summary == lead


def test_a_column_opening_with_one_short_sentence_keeps_it_in_the_summary() -> None:
    opening = "الأسواق مرآة المدن وأهلها."
    rest = (
        "ومن يمشي في سوق البلدة الجديدة يرى كيف تغيرت عادات الناس في الشراء "
        "خلال سنوات قليلة."
    )
    result = imported(f"{TITLE}\n{opening}\n{rest}\n")
    assert result.brief.summary == f"{opening} {rest}"
    assert body_texts(result) == [opening, rest]


def test_a_short_kicker_above_the_lead_stays_out_of_the_summary() -> None:
    result = imported(f"{TITLE}\nسوق جديدة للبلدة\n{BODY}")
    assert result.brief.summary == LEAD


def test_a_roundup_line_left_in_the_text_is_never_the_summary() -> None:
    # Below a first short paragraph the line is not a credit any more (only the
    # top lines are), but it is still no lead.
    roundup = "بحرة - تنومة - رنية - عواصم - سلافة نعمان - جورج بيتسون:"
    result = imported(f"{TITLE}\nتفتتح البلدية السوق اليوم.\n{roundup}\n{BODY}")
    assert roundup in body_texts(result)
    assert result.brief.summary == LEAD


# ---------------------------------------------------------------------------
# A place, a dash and the credit glued to the lead with no colon


@pytest.mark.parametrize(
    ("opening", "author"),
    [
        ("جدة - واس", "واس"),
        ("جدة – أ ف ب", "أ ف ب"),
        ("جدة - خالد العتيبي", "خالد العتيبي"),
        (
            "جدة - خالد عبد الله العتيبي وسالم الحربي",
            "خالد عبد الله العتيبي، سالم الحربي",
        ),
        ("جدة - د. خالد العتيبي", "د. خالد العتيبي"),
        ("جدة - المرسى - خالد العتيبي", "خالد العتيبي"),
    ],
    ids=[
        "agency",
        "agency-of-three-words",
        "reporter",
        "two-reporters",
        "titled",
        "paper-between",
    ],
)
def test_a_credit_glued_to_the_lead_after_a_place_is_split_off(
    opening: str, author: str
) -> None:
    result = imported(f"{TITLE}\n{opening} {LEAD}\n{BODY}")
    assert result.brief.author == author
    assert result.brief.dateline == "جدة"
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


def test_a_preparer_and_a_reporter_glued_to_the_lead_are_split_off() -> None:
    result = imported(f"{TITLE}\nإعداد: خالد العتيبي {LEAD}\n{BODY}")
    assert result.brief.author == "خالد العتيبي"
    assert result.brief.dateline is None
    assert body_texts(result)[0] == LEAD


@pytest.mark.parametrize(
    "lead",
    [
        # the person the story is about: his family name comes back below
        "جدة - خالد العتيبي رئيس البلدية افتتح صباح الأحد سوقا مغطاة جديدة للخضر.",
        # a place no list holds: no telling where the credit ends
        "بحرة - خالد العتيبي افتتح صباح الأحد سوقا مغطاة جديدة للخضر والفواكه.",
        # no family name: the name's end is unknown
        "جدة - خالد افتتح صباح الأحد سوقا مغطاة جديدة للخضر والفواكه في البلدة.",
    ],
    ids=["subject-of-the-story", "unlisted-place", "given-name-only"],
)
def test_a_name_after_a_dateline_that_may_be_the_subject_stays(lead: str) -> None:
    more = "وقال العتيبي إن السوق ستنظم التجارة وتحمي المستهلك من الغلاء."
    result = imported(f"{TITLE}\n{lead}\n{more}\n")
    assert result.brief.author is None
    assert body_texts(result)[0].endswith(lead.split(" - ", 1)[1])


# ---------------------------------------------------------------------------
# The headline repeated with a tag after it


@pytest.mark.parametrize(
    "repeat",
    [f"{TITLE} إضافة أولى", f"{TITLE} (صور)", f"{TITLE} – فيديو"],
    ids=["take-mark", "bracketed-tag", "dashed-tag"],
)
def test_the_title_repeated_with_a_tag_is_dropped(repeat: str) -> None:
    result = imported(f"{TITLE}\n{repeat}\n{BODY}")
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


def test_a_lead_that_opens_with_the_title_words_is_kept() -> None:
    # Must not drop: a lead may open with the headline's words and go on.
    title = "البلدية تفتتح سوقا مغطاة"
    lead = "البلدية تفتتح سوقا مغطاة جديدة للخضر في وسط البلدة صباح الأحد."
    result = imported(f"{title}\n{lead}\n{BODY}")
    assert body_texts(result)[0] == lead
    assert result.brief.summary == lead


def test_a_short_title_and_a_tag_is_not_taken_for_a_repeat() -> None:
    # Too short to tell a repeat from a line that opens with the same words.
    title = "سوق جديدة"
    line = "سوق جديدة (بحرة)"
    result = imported(f"{title}\n{line}\n{BODY}")
    assert body_texts(result)[0] == line
