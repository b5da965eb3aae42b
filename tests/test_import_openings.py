"""Bylines beside papers and towns no list holds, and headlines that only look
like bylines.

Every fixture here is written for these tests (invented writers, papers, towns
and events); none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from mowjaz.importer.credit_lines import read_credit
from mowjaz.importer.lead_credits import split_lead_credit
from mowjaz.importer.records import Credit

from tests.import_support import (
    BODY,
    LEAD,
    TITLE,
    assert_read_as_credit,
    body_texts,
    imported,
)

# ---------------------------------------------------------------------------
# A writer beside a paper or a town, under the headline


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("سلافة نعمان – صدى البلدة", "سلافة نعمان"),
        ("صدى البلدة - سلافة نعمان", "سلافة نعمان"),
        ("بحرة - المرسى - سلافة نعمان:", "سلافة نعمان"),
    ],
    ids=["writer-paper", "paper-writer", "town-paper-writer"],
)
def test_a_writer_beside_a_paper_under_the_title_is_the_byline(
    line: str, author: str
) -> None:
    assert_read_as_credit(line, author)


def test_a_dashed_kicker_whose_words_the_story_uses_stays_text() -> None:
    # Both pieces come back in the story: a kicker, not a writer and a paper.
    result = imported(f"{TITLE}\nسوق مغطاة - وسط البلدة\n{BODY}")
    assert result.brief.author is None
    assert body_texts(result)[0] == "سوق مغطاة - وسط البلدة"


def test_a_dashed_line_with_two_names_is_left_alone() -> None:
    # Two pieces shaped as names: which one wrote the story is unknown.
    result = imported(f"{TITLE}\nسلافة نعمان - جورج بيتسون\n{BODY}")
    assert result.brief.author is None


# ---------------------------------------------------------------------------
# A source and a town no list holds, opening the lead


@pytest.mark.parametrize(
    ("opening", "author", "dateline"),
    [
        ("المرسى- بحرة:", "المرسى", "بحرة"),
        ("بحرة - المرسى:", "المرسى", "بحرة"),
        ("موجز- بحرة:", "موجز", "بحرة"),
        ("سلافة نعمان- موجز- بحرة:", "سلافة نعمان", "بحرة"),
    ],
    ids=["paper-town", "town-paper", "site-town", "writer-site-town"],
)
def test_a_source_and_a_town_opening_the_lead_are_split_off(
    opening: str, author: str, dateline: str
) -> None:
    assert split_lead_credit(f"{opening} {LEAD}") == (
        Credit(author=author, dateline=dateline),
        LEAD,
    )


@pytest.mark.parametrize(
    "opening",
    ["تحذير - عاجل:", "مصر:", "الأسعار - الغلاء - المواطن يسأل:"],
    ids=["desk-tag", "colon-only", "words-and-a-verb"],
)
def test_openings_that_are_not_credits_stay(opening: str) -> None:
    assert split_lead_credit(f"{opening} {LEAD}") is None


def test_the_summary_and_body_lose_a_site_and_town_opening() -> None:
    result = imported(f"{TITLE}\nموجز- بحرة: {LEAD}\n{BODY.split(chr(10))[1]}\n")
    assert result.brief.author == "موجز"
    assert result.brief.dateline == "بحرة"
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary.startswith("افتتحت")


def test_a_story_of_one_paragraph_loses_its_opening_credit() -> None:
    result = imported(f"{TITLE}\nموجز- بحرة: {LEAD}\n")
    assert (result.brief.author, result.brief.dateline) == ("موجز", "بحرة")
    assert body_texts(result) == [LEAD]


def test_a_story_of_one_line_that_reads_as_a_byline_is_kept() -> None:
    result = imported(f"{TITLE}\nسلافة نعمان - بحرة\n")
    assert body_texts(result) == ["سلافة نعمان - بحرة"]


# ---------------------------------------------------------------------------
# Headlines that only look like bylines


def test_a_question_is_never_a_byline() -> None:
    assert read_credit("خالد سعيد: سوق جديدة؟", alone=True) is None
    assert read_credit("خالد سعيد: السوق أخيرا!", alone=True) is None


def test_a_writers_question_as_headline_is_the_title() -> None:
    title = "خالد سعيد: سوق جديدة؟"
    result = imported(f"{title}\n{BODY}")
    assert result.brief.title == title
    assert result.brief.author is None
    assert body_texts(result)[0] == LEAD


def test_a_dateline_day_typed_with_a_leading_zero_is_read() -> None:
    line = "بحرة 18 ربيع الأول 1447هـ الموافق 011 سبتمبر 2025 م واس"
    assert read_credit(line) == Credit(author="واس", dateline="بحرة")


# ---------------------------------------------------------------------------
# An online paper naming itself


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("صحيفة المرسى الإلكترونية من الرياض", "صحيفة المرسى الإلكترونية", "الرياض"),
        ("المرسى الالكترونية من بحرة", "المرسى الالكترونية", "بحرة"),
        ("«المرسى» الإلكترونية - جدة", "المرسى الإلكترونية", "جدة"),
        ("صحيفة المرسى الإلكترونية", "صحيفة المرسى الإلكترونية", None),
    ],
    ids=["paper-from-place", "unlisted-town", "quoted-name-dash", "alone"],
)
def test_an_online_paper_under_the_title_is_the_byline(
    line: str, author: str, dateline: str | None
) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert (result.brief.author, result.brief.dateline) == (author, dateline)
    assert body_texts(result)[0] == LEAD


def test_online_services_in_a_sentence_are_not_a_paper() -> None:
    assert read_credit("الخدمات الإلكترونية", alone=True) is None
    line = "وأطلقت البلدية بوابتها الإلكترونية من الرياض"
    assert read_credit(line, alone=True) is None


# ---------------------------------------------------------------------------
# A deck (a second headline) before the byline


def test_a_byline_under_a_deck_is_read_and_the_deck_stays() -> None:
    deck = "المحلات الجديدة تفتح أبوابها للتجار والمتسوقين من الأسبوع المقبل في البلدة"
    result = imported(f"{TITLE}\n{deck}\nسلافة نعمان - جدة\n{BODY}")
    assert (result.brief.author, result.brief.dateline) == ("سلافة نعمان", "جدة")
    assert body_texts(result)[:2] == [deck, LEAD]


def test_a_lead_without_a_final_stop_ends_the_search_for_bylines() -> None:
    # A sentence with a clause inside is the lead, not a deck: a name line after
    # it is text.
    lead = "افتتحت البلدية السوق الجديدة صباح الأحد، وحضر الافتتاح عدد من التجار"
    result = imported(f"{TITLE}\n{lead}\nجدة: سلافة نعمان\n{BODY}")
    assert result.brief.author is None


# ---------------------------------------------------------------------------
# Towns and names no list holds, on the line under the headline


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("جدة: سلافة نعمان", "سلافة نعمان", "جدة"),
        ("جدة: سلافة نعمان وجورج بيتسون", "سلافة نعمان وجورج بيتسون", "جدة"),
        ("جدة: سلافة نعمان، جورج بيتسون", "سلافة نعمان، جورج بيتسون", "جدة"),
        ("سلافة نعمان من بحرة", "سلافة نعمان", "بحرة"),
        ("موجز- بحرة:", "موجز", "بحرة"),
    ],
    ids=["place-colon-name", "place-colon-two-names", "names-listed", "from", "dashed"],
)
def test_unlisted_towns_and_names_under_the_title_are_the_byline(
    line: str, author: str, dateline: str
) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert (result.brief.author, result.brief.dateline) == (author, dateline)
    assert body_texts(result)[0] == LEAD


@pytest.mark.parametrize(
    "line",
    [
        "تنبيه: ارتفاع أسعار الخضر",
        "البلدية: سوق مغطاة وتجار جدد",
        "تحذير - عاجل:",
        "الأسعار من الغلاء",
        "حصري: وثائق سرية",
        "بحرة: أمطار غزيرة ورياح قوية",
        "وثائق سرية - حصري",
        "ملف خاص - الحلقة الثالثة",
    ],
    ids=[
        "kicker-colon",
        "story-words-after-colon",
        "desk-tag",
        "phrase-with-from",
        "desk-tag-colon-phrase",
        "unlisted-town-colon-phrases",
        "phrase-dash-desk-tag",
        "series-kicker",
    ],
)
def test_kickers_under_the_title_stay_text(line: str) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author is None
    assert body_texts(result)[0] == line


# ---------------------------------------------------------------------------
# Trailers as wires and sites type them

SECOND = "وقال رئيس البلدية إن السوق ستنظم التجارة وتحمي المستهلك من الغلاء."
THIRD = "وأضاف أن البلدية ستفتتح سوقا ثانية في الحي الشمالي قبل نهاية العام."


@pytest.mark.parametrize(
    "tags",
    ["سمات «البلدية» السوق الخضار", "سمات البلدية، السوق، الخضار"],
    ids=["quoted-tag", "comma-separated"],
)
def test_a_tag_list_with_commas_or_quoted_tags_is_dropped(tags: str) -> None:
    result = imported(f"{TITLE}\n{LEAD}\n{SECOND}\n{tags}\n")
    assert body_texts(result) == [LEAD, SECOND]
    assert any("tag list" in warning for warning in result.warnings)


def test_a_sentence_opening_with_the_tag_word_stays() -> None:
    sentence = "سمات السوق الجديدة، كما وصفها التجار، أنها نظيفة وقريبة من الحي."
    result = imported(f"{TITLE}\n{LEAD}\n{sentence}\n")
    assert body_texts(result) == [LEAD, sentence]


def test_a_mark_between_two_takes_of_a_wire_splits_them() -> None:
    result = imported(f"{TITLE}\n{LEAD}\n{SECOND} // يتبع // {THIRD}\n")
    assert body_texts(result) == [LEAD, SECOND, THIRD]
    assert any("يتبع" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    "trailer",
    [
        f"{SECOND} // انتهى //.",
        f"{SECOND}\n// انتهى // 1730 ت م",
        f"{SECOND}\n1730 ت م",
    ],
    ids=["final-stop-after-the-mark", "time-without-colon", "time-line"],
)
def test_wire_trailers_typed_loosely_are_removed(trailer: str) -> None:
    result = imported(f"{TITLE}\n{LEAD}\n{trailer}\n")
    assert body_texts(result) == [LEAD, SECOND]


def test_slashes_quoting_a_word_in_a_sentence_stay() -> None:
    sentence = "وأضاف أن كلمة //السوق// تعني للتجار الكثير في هذه البلدة الصغيرة."
    result = imported(f"{TITLE}\n{LEAD}\n{sentence}\n")
    assert body_texts(result) == [LEAD, sentence]


def test_a_link_label_glued_to_a_paragraph_before_the_last_is_cut() -> None:
    page = f"{TITLE}\n{LEAD}\n{SECOND} رابط الخبر: http://example.com/souq/1\n{THIRD}\n"
    result = imported(page)
    assert body_texts(result) == [LEAD, SECOND, THIRD]
    assert any("link line" in warning for warning in result.warnings)


def test_a_link_mentioned_in_a_sentence_stays() -> None:
    sentence = "وقال إن رابط الخبر انتشر على مواقع التواصل في البلدة أمس."
    result = imported(f"{TITLE}\n{LEAD}\n{sentence}\n{SECOND}\n{THIRD}\n")
    assert body_texts(result) == [LEAD, sentence, SECOND, THIRD]


def test_the_titles_a_more_by_this_writer_box_lists_are_dropped() -> None:
    box = "مقالات أخرى للكاتب\nأسواق البلدة القديمة\nحكاية الميناء الصغير\n"
    result = imported(f"{TITLE}\n{LEAD}\n{SECOND}\n{box}")
    assert body_texts(result) == [LEAD, SECOND]


def test_a_paragraph_after_a_more_by_this_writer_label_stays() -> None:
    result = imported(f"{TITLE}\n{LEAD}\nمقالات أخرى للكاتب\n{SECOND}\n")
    assert body_texts(result) == [LEAD, SECOND]


# ---------------------------------------------------------------------------
# A writer no list holds glued to the lead


def test_a_writer_and_a_listed_place_glued_to_the_lead_are_split_off() -> None:
    result = imported(f"{TITLE}\nسلافة نعمان - جدة {LEAD}\n{SECOND}\n")
    assert (result.brief.author, result.brief.dateline) == ("سلافة نعمان", "جدة")
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary.startswith("افتتحت")


def test_words_of_the_story_before_a_dash_and_a_place_stay() -> None:
    # "البلدية" comes back in the story: a subject, not a writer.
    lead = "مجلس البلدية - جدة يقر خطة جديدة للأسواق المغطاة في الأحياء القديمة."
    result = imported(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert result.brief.author is None
    assert body_texts(result)[0] == lead


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("سلافة نعمان، جورج بيتسون - بحرة", "سلافة نعمان، جورج بيتسون", None),
        ("سلافة نعمان | جدة", "سلافة نعمان", "جدة"),
    ],
    ids=["names-listed-and-a-town", "pipe"],
)
def test_more_separators_and_lists_beside_a_town(
    line: str, author: str, dateline: str | None
) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert (result.brief.author, result.brief.dateline) == (author, dateline)
    assert body_texts(result)[0] == LEAD


def test_a_writer_and_a_bracketed_town_glued_to_the_lead_are_split_off() -> None:
    result = imported(f"{TITLE}\nسلافة نعمان (بحرة) {LEAD}\n{SECOND}\n")
    assert (result.brief.author, result.brief.dateline) == ("سلافة نعمان", "بحرة")
    assert body_texts(result)[0] == LEAD


def test_a_quoted_source_and_a_town_opening_the_lead_are_split_off() -> None:
    assert split_lead_credit(f"«موجز» - بحرة: {LEAD}") == (
        Credit(author="موجز", dateline="بحرة"),
        LEAD,
    )


def test_words_in_brackets_after_a_subject_opening_a_lead_stay() -> None:
    lead = "مجلس البلدية (المنتخب) أقر خطة جديدة للأسواق المغطاة في الأحياء القديمة."
    result = imported(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert result.brief.author is None
    assert body_texts(result)[0] == lead


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("جدة - سامي العتيبي (تصوير: خالد سعيد)", "سامي العتيبي", "جدة"),
        ("الرياض: سامي العتيبي، تصوير خالد سعيد", "سامي العتيبي", "الرياض"),
        ("سلافة نعمان - تصوير: جورج بيتسون", "سلافة نعمان", None),
    ],
    ids=["bracketed", "after-a-comma", "unlisted-writer"],
)
def test_the_photographer_closing_a_byline_is_not_the_author(
    line: str, author: str, dateline: str | None
) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert (result.brief.author, result.brief.dateline) == (author, dateline)
    assert body_texts(result)[0] == LEAD


def test_a_photo_credit_alone_is_furniture_not_the_author() -> None:
    result = imported(f"{TITLE}\n{LEAD}\n{SECOND}\nتصوير: خالد سعيد\n")
    assert result.brief.author is None
    assert body_texts(result) == [LEAD, SECOND]


# ---------------------------------------------------------------------------
# A headline shaped as a byline, with the byline under it


def test_a_headline_shaped_as_a_byline_is_the_title_when_a_byline_follows() -> None:
    headline = "البلدية للتجار: سامي مقابل العتيبي"
    result = imported(f"{headline}\nسلافة نعمان - جدة\n{BODY}")
    assert result.brief.title == headline
    assert (result.brief.author, result.brief.dateline) == ("سلافة نعمان", "جدة")
    assert body_texts(result)[0] == LEAD


def test_a_two_word_headline_after_a_desk_tag_loses_the_tag() -> None:
    dateline = "بحرة 18 ربيع الأول 1447 هـ الموافق 11 سبتمبر 2025 م واس"
    result = imported(f"عام / حالة الطقس\n{dateline}\n{BODY}")
    assert result.brief.title == "حالة الطقس"
    assert result.brief.author == "واس"
    assert any("desk tag" in warning for warning in result.warnings)


def test_two_bylines_with_an_agency_first_are_not_a_headline() -> None:
    # With no headline, a page may open with the agency's dateline.
    page = f"جدة - واس\nسلافة نعمان - جدة\n{BODY}"
    result = imported(page)
    assert result.brief.author == "واس"


def test_reporters_in_two_bureaus_are_the_byline() -> None:
    line = "جدة: سلافة نعمان بحرة: جورج بيتسون"
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert (result.brief.author, result.brief.dateline) == (
        "سلافة نعمان، جورج بيتسون",
        "جدة",
    )
    assert body_texts(result)[0] == LEAD


def test_a_line_with_two_colons_and_story_words_stays() -> None:
    line = "البلدية: السوق مغطاة التجار: المحلات جديدة"
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author is None
    assert body_texts(result)[0] == line


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("المرسى - واس", "واس", None),
        ("المرسى - رويترز:", "رويترز", None),
        ("جدة - واس", "واس", "جدة"),
        ("بحرة - واس", "واس", "بحرة"),
    ],
    ids=["paper-agency", "paper-agency-colon", "listed-town", "unlisted-bare-town"],
)
def test_a_paper_that_ran_the_wire_is_not_the_dateline(
    line: str, author: str, dateline: str | None
) -> None:
    assert read_credit(line, alone=True) == Credit(author=author, dateline=dateline)


def test_a_place_a_colon_and_a_writer_glued_to_the_lead_are_split_off() -> None:
    result = imported(f"{TITLE}\nجدة: سلافة الزهراوي {LEAD}\n{SECOND}\n")
    assert (result.brief.author, result.brief.dateline) == ("سلافة الزهراوي", "جدة")
    assert body_texts(result)[0] == LEAD


@pytest.mark.parametrize(
    "opening",
    ["جدة: رئيس البلدية", "جدة: سلافة نعمان"],
    ids=["subject-the-story-names", "name-without-a-family-article"],
)
def test_a_place_and_a_colon_before_words_that_may_not_be_a_name_stay(
    opening: str,
) -> None:
    lead = f"{opening} افتتح صباح الأحد سوقا مغطاة جديدة تضم مئة وعشرين محلا."
    result = imported(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert result.brief.author is None
    assert body_texts(result)[0] == lead


# ---------------------------------------------------------------------------
# The paper the story names as the one a source spoke to is no dateline


def test_a_paper_the_story_quotes_as_spoken_to_is_never_the_dateline() -> None:
    quote = "وقال رئيس البلدية لـ«المرسى» إن السوق ستنظم التجارة وتحمي المستهلك."
    result = imported(f"{TITLE}\nالمرسى - سلافة نعمان:\n{LEAD}\n{quote}\n")
    assert result.brief.author == "سلافة نعمان"
    assert result.brief.dateline != "المرسى"


def test_a_town_stays_the_dateline_when_the_story_quotes_another_paper() -> None:
    quote = "وقال رئيس البلدية لـ«المرسى» إن السوق ستنظم التجارة وتحمي المستهلك."
    result = imported(f"{TITLE}\nموجز- بحرة: {LEAD}\n{quote}\n")
    assert (result.brief.author, result.brief.dateline) == ("موجز", "بحرة")


# ---------------------------------------------------------------------------
# A photo caption glued to the lead with no space


def test_a_caption_glued_to_the_lead_after_a_ta_marbuta_is_dropped() -> None:
    caption = "لقطة من افتتاح السوق الجديدة"
    result = imported(f"{TITLE}\n{caption}{BODY}")
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD
    assert any("photo caption" in warning for warning in result.warnings)


def test_a_lead_with_a_glued_place_name_loses_no_words() -> None:
    lead = (
        "افتتحت البلدية في المدينةالمنورة صباح الأحد سوقا مغطاة جديدة تضم مئة "
        "محل للخضر."
    )
    result = imported(f"{TITLE}\n{lead}\n")
    assert body_texts(result)[0] == lead


def test_a_name_from_the_headline_alone_above_the_lead_is_a_photo_caption() -> None:
    title = "رئيس البلدية يفتتح سوقا مغطاة للخضر والفواكه"
    result = imported(f"{title}\nرئيس البلدية\n{BODY}")
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD
    assert any("photo caption" in warning for warning in result.warnings)


def test_a_short_line_that_is_not_the_headline_s_name_stays_above_the_lead() -> None:
    title = "رئيس البلدية يفتتح سوقا مغطاة للخضر والفواكه"
    result = imported(f"{title}\nالسوق الجديدة\n{BODY}")
    assert "السوق الجديدة" in body_texts(result)


def test_a_caption_glued_to_a_lead_verb_is_dropped_when_it_ends_in_a_word() -> None:
    caption = "جانب من الحفل"
    lead = (
        "أقامت البلدية صباح الأحد حفلا لافتتاح سوق مغطاة جديدة تضم مئة وعشرين "
        "محلا للخضر والفواكه."
    )
    more = "وحضر الحفل عدد من أهالي البلدة وتجارها."
    result = imported(f"{TITLE}\n{caption}{lead}\n{more}\n")
    assert body_texts(result)[0] == lead
    assert result.brief.summary == lead


def test_a_word_that_ends_like_a_lead_verb_keeps_the_lead_whole() -> None:
    lead = (
        "تعد السوق الأقدم في البلدة مقصدا للتجار منذ عقود، وقد جددتها البلدية "
        "هذا العام."
    )
    result = imported(f"{TITLE}\n{lead}\n")
    assert body_texts(result)[0] == lead


# ---------------------------------------------------------------------------
# A wire dateline: town, country, the agency in brackets and a dash


@pytest.mark.parametrize(
    ("opening", "author", "dateline"),
    [
        ("بحرة، دولة الساحل (CNN)-- ", "CNN", "بحرة"),
        ("بحرة، دولة المرسى (رويترز) — ", "رويترز", "بحرة"),
        ("(رويترز) - ", "رويترز", None),
        ("بحرة 14 أغسطس 2025 (واس) - ", "واس", "بحرة"),
        ("بحرة – (د ب أ) - ", "د ب أ", "بحرة"),
    ],
    ids=[
        "town-country-double-dash",
        "town-country-em-dash",
        "agency-only",
        "dated",
        "dashed-town",
    ],
)
def test_a_wire_dateline_opening_the_lead_is_split_off(
    opening: str, author: str, dateline: str | None
) -> None:
    result = imported(f"{TITLE}\n{opening}{BODY}")
    assert result.brief.author == author
    assert result.brief.dateline == dateline
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


def test_a_bracketed_agency_inside_a_clause_stays_in_the_lead() -> None:
    # a function word before the bracket: a sentence, not a dateline
    lead = "ونقلت عن وكالة (رويترز) - " + LEAD
    result = imported(f"{TITLE}\n{lead}\n")
    assert result.brief.author is None
    assert body_texts(result)[0] == lead
