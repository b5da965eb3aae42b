"""Bylines outlets print without a known name, and the furniture around a story.

Every fixture here is written for these tests (invented writers, papers, places
and events); none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from mowjaz.importer import pipeline as importer
from mowjaz.importer.credit_lines import read_credit
from mowjaz.importer.furniture import split_trailer_tail, trailer_kind
from mowjaz.importer.lead_credits import split_lead_credit
from mowjaz.importer.lone_bylines import lone_byline
from mowjaz.importer.records import Credit, ImportOptions

from tests.import_support import BODY, DATE, LEAD, TITLE, body_texts, imported


def under_the_title(line: str) -> Credit | None:
    return lone_byline(line, LEAD, TITLE + BODY)


# ---------------------------------------------------------------------------
# A line alone under the headline


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("سلافة نعمان", "سلافة نعمان", None),
        ("جورج بيتسون", "جورج بيتسون", None),
        ("نوال فاضل قمصاني", "نوال فاضل قمصاني", None),
        ("نور الدين الشطي", "نور الدين الشطي", None),
        ("جورج بيتسون*", "جورج بيتسون", None),
        ("المرساوي", "المرساوي", None),
        ("كلمة المرسى", "كلمة المرسى", None),
        ("المرسى من الرياض", "المرسى", "الرياض"),
        ("سلافة نعمان من جدة", "سلافة نعمان", "جدة"),
        ("سلافة نعمان (بحرة)", "سلافة نعمان", "بحرة"),
    ],
    ids=[
        "foreign-given-name",
        "transliterated",
        "given-father-family",
        "compound-given-name",
        "footnote-star",
        "paper-alone",
        "column",
        "paper-from-place",
        "writer-from-place",
        "writer-bracketed-town",
    ],
)
def test_a_name_alone_under_the_title_is_the_byline(
    line: str, author: str, dateline: str | None
) -> None:
    assert under_the_title(line) == Credit(author=author, dateline=dateline)


@pytest.mark.parametrize(
    "line",
    [
        "قراءة سريعة",
        "إضافة ثانية",
        "السوق الجديدة",
        "مطالب البلدية",
        "يتألق سامي",
        "في السوق",
        "Photo Gallery",
        "رئيس البلدية الجديد",
    ],
    ids=[
        "noun-and-adjective",
        "wire-take",
        "article-first",
        "words-of-the-story",
        "verb",
        "preposition",
        "latin",
        "four-with-article-inside",
    ],
)
def test_a_kicker_under_the_title_is_not_a_byline(line: str) -> None:
    assert under_the_title(line) is None


def test_a_name_the_story_is_about_is_a_caption_not_the_byline() -> None:
    story = "واستقبل سالم القحطاني الوفد في مكتبه بمقر البلدية أمس."
    assert lone_byline("سالم القحطاني", LEAD, TITLE + story) is None


def test_a_name_alone_needs_a_full_paragraph_after_it() -> None:
    elsewhere = TITLE
    assert lone_byline("سلافة نعمان", "سوق جديدة", elsewhere) is None
    assert lone_byline("سلافة نعمان", None, elsewhere) is None


def test_a_writer_alone_leaves_the_body_for_the_author() -> None:
    result = imported(TITLE + "\nسلافة نعمان\n" + BODY)
    assert result.brief.author == "سلافة نعمان"
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary.startswith("افتتحت البلدية")


def test_a_kicker_whose_words_the_story_uses_stays_text() -> None:
    result = imported(TITLE + "\nمستهلك البلدة\n" + BODY.replace("المستهلك", "مستهلك"))
    assert result.brief.author is None
    assert body_texts(result)[0] == "مستهلك البلدة"


# ---------------------------------------------------------------------------
# Papers and places side by side


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("المدينة - تبوك", "المدينة", "تبوك"),
        ("دبي - الرياض", "الرياض", "دبي"),
        ("المدينة - الرياض", None, "المدينة"),
        ("أبها: المرسى", "المرسى", "أبها"),
        ("يوسف الحربي - المرسى - ينبع", "يوسف الحربي", "ينبع"),
        ("سلافة نعمان- المرسى:", "سلافة نعمان", None),
        ("المرسى - المحليات:", "المرسى", None),
    ],
    ids=[
        "paper-then-town",
        "town-then-paper",
        "two-papers-unsure",
        "place-colon-paper",
        "reporter-over-paper",
        "writer-and-paper",
        "paper-and-desk",
    ],
)
def test_a_paper_beside_a_place_or_a_writer(
    line: str, author: str | None, dateline: str | None
) -> None:
    assert read_credit(line, alone=True) == Credit(author=author, dateline=dateline)


def test_a_headline_with_a_place_and_a_colon_stays_text() -> None:
    assert read_credit("الرياض: الأمطار تعود غدا", alone=True) is None
    assert read_credit("الهلال - النصر", alone=True) is None


@pytest.mark.parametrize(
    ("opening", "author", "dateline"),
    [
        ("المرسى- جدة:", "المرسى", "جدة"),
        ("المرسى- متابعة:", "المرسى", None),
        ("سلافة نعمان- المرسى:", "سلافة نعمان", None),
    ],
    ids=["paper-place", "paper-role", "writer-paper"],
)
def test_a_paper_opening_the_lead_is_split_off(
    opening: str, author: str, dateline: str | None
) -> None:
    assert split_lead_credit(f"{opening} {LEAD}") == (
        Credit(author=author, dateline=dateline),
        LEAD,
    )


def test_a_colon_opening_without_a_dash_stays_text() -> None:
    assert split_lead_credit("مصر: " + LEAD) is None
    assert split_lead_credit("سلافة نعمان: " + LEAD) is None


# ---------------------------------------------------------------------------
# Headlines typed with runs of spaces


def test_a_headline_with_a_run_of_spaces_stays_one_title() -> None:
    result = imported("البلدية تفتتح سوقا مغطاة      في وسط البلدة\n" + BODY)
    assert result.brief.title == "البلدية تفتتح سوقا مغطاة في وسط البلدة"
    assert body_texts(result)[0] == LEAD


def test_a_byline_after_a_run_of_spaces_is_not_part_of_the_title() -> None:
    result = imported(TITLE + "      جدة - واس\n" + BODY)
    assert result.brief.title == TITLE
    assert result.brief.author == "واس"


def test_a_title_repeated_with_other_quotation_marks_is_dropped() -> None:
    result = imported(
        "افتتاح «سوق البلدة» الجديدة\n" + 'افتتاح "سوق البلدة" الجديدة\n' + BODY
    )
    assert body_texts(result)[0] == LEAD


# ---------------------------------------------------------------------------
# Furniture


@pytest.mark.parametrize(
    "line", ["إضافة أولى", "إضافة ثانية وأخيرة", "/ إضافة أولى واخيرة"]
)
def test_wire_take_marks_are_furniture(line: str) -> None:
    assert trailer_kind(line) == "agency take mark"


def test_a_line_starting_like_a_take_mark_is_text() -> None:
    assert trailer_kind("إضافة أولى إلى مكتبة البلدية") == ""


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("// انتهى //", "agency trailer"),
        ("//يتبع// 14:05 ت م", "agency trailer"),
        ("...المزيد", "read-more line"),
        ("14:05 ت م", "agency transmission time"),
    ],
)
def test_agency_trailers_glued_to_the_text_are_cut(tail: str, kind: str) -> None:
    text = "وقال رئيس البلدية إن السوق ستفتح غدا."
    assert split_trailer_tail(f"{text} {tail}") == (text, tail, kind)


def test_a_take_ending_inside_the_story_loses_its_trailer() -> None:
    page = TITLE + "\n" + LEAD + " // يتبع //\n" + BODY.split("\n")[1] + "\n"
    result = imported(page)
    assert body_texts(result)[0] == LEAD
    assert any("agency trailer" in warning for warning in result.warnings)


def test_a_tag_list_glued_to_the_last_words_is_removed() -> None:
    text = "وقال رئيس البلدية إن السوق ستفتح غدا"
    tags = "سمات أسواق بلديات خضر فواكه"
    assert split_trailer_tail(f"{text} {tags}") == (text, tags, "tag list")
    kept = "وهي من أبرز سمات القائد الناجح الحكيم"
    assert split_trailer_tail(kept)[1] == ""


def test_a_tag_list_before_a_last_signature_line_is_removed() -> None:
    last = "وقال رئيس البلدية إن السوق ستفتح غدا."
    page = f"{TITLE}\n{LEAD}\n{last} سمات أسواق بلديات\nسلمى العتيبي\n"
    result = imported(page)
    assert body_texts(result)[-1] == last
    assert any("tag list" in warning for warning in result.warnings)


@pytest.mark.parametrize("signature", ["- د. سالم العمري", "ماجد بن فهد"])
def test_a_writers_signature_at_the_end_is_the_author(signature: str) -> None:
    result = imported(TITLE + "\n" + BODY + signature + "\n")
    assert result.brief.author == signature.lstrip("- ")
    assert body_texts(result)[-1].startswith("وقال رئيس البلدية")


def test_a_last_line_like_a_headline_stays_text() -> None:
    result = imported(TITLE + "\n" + BODY + "الرياض: الأمطار تعود غدا\n")
    assert result.brief.author is None
    assert body_texts(result)[-1] == "الرياض: الأمطار تعود غدا"


def test_a_writer_whose_given_name_the_story_uses_is_still_the_byline() -> None:
    story = TITLE + "\nوقال لي البائع: شكرا يا سلافة على الزيارة.\n" + BODY
    assert lone_byline("سلافة نعمان", LEAD, story) == Credit(author="سلافة نعمان")


# ---------------------------------------------------------------------------
# Openings and headlines around a byline


@pytest.mark.parametrize(
    ("opening", "author", "dateline"),
    [
        ("سعيد المنقاش (الطائف)", "سعيد المنقاش", "الطائف"),
        ("المرسى (جدة)", "المرسى", "جدة"),
        ("الرياض (واس) -", "واس", "الرياض"),
        ("تبوك - «المرسى»:", "المرسى", "تبوك"),
    ],
    ids=["name-bracketed-town", "paper-bracketed-town", "agency-bracket", "quoted"],
)
def test_a_credit_glued_to_the_lead_is_split_off(
    opening: str, author: str, dateline: str
) -> None:
    assert split_lead_credit(f"{opening} {LEAD}") == (
        Credit(author=author, dateline=dateline),
        LEAD,
    )


def test_words_in_brackets_opening_a_lead_stay_text() -> None:
    lead = "وزارة الصحة (الرياض) " + LEAD
    assert split_lead_credit(lead) is None
    speech = "قال سعيد المنقاش (رئيس البلدية) " + LEAD
    assert split_lead_credit(speech) is None


def test_a_headline_with_a_final_stop_is_the_title_when_a_byline_follows() -> None:
    result = imported("البلدية تفتتح سوقا مغطاة للخضر.\nتبوك - ماجد الهاجري\n" + BODY)
    assert result.brief.title == "البلدية تفتتح سوقا مغطاة للخضر."
    assert result.brief.author == "ماجد الهاجري"
    assert body_texts(result)[0] == LEAD


def test_a_title_and_a_long_phrase_is_a_headline_not_a_name() -> None:
    headline = "اللواء سالم يلتقي رئيس بلدية المدينة الساحلية"
    assert read_credit(headline, alone=True) is None
    assert read_credit("د. سالم بن فهد بن سعد العمري", alone=True) == Credit(
        author="د. سالم بن فهد بن سعد العمري"
    )


@pytest.mark.parametrize(
    ("opening", "author", "dateline"),
    [
        ("سعيد المنقاش-الطائف", "سعيد المنقاش", "الطائف"),
        ("واس - مكة المكرمة", "واس", "مكة المكرمة"),
    ],
)
def test_a_byline_glued_to_the_lead_ends_at_its_place(
    opening: str, author: str, dateline: str
) -> None:
    assert split_lead_credit(f"{opening} {LEAD}") == (
        Credit(author=author, dateline=dateline),
        LEAD,
    )


def test_a_place_after_a_dash_in_running_text_stays() -> None:
    text = "وصل الوفد في الرياض - جدة " + LEAD
    assert split_lead_credit(text) is None


def test_a_name_alone_first_is_the_byline_when_the_editor_gives_the_title() -> None:
    result = importer.import_bytes(
        ("سلافة نعمان\n" + BODY).encode("utf-8"),
        "article.txt",
        ImportOptions(date=DATE, title=TITLE),
    )
    assert result.brief.author == "سلافة نعمان"
    assert body_texts(result)[0] == LEAD


def test_a_picture_address_and_the_headline_glued_before_it_leave_the_lead() -> None:
    # A scraped page glued the headline, its picture and the first paragraph.
    glued = f"{TITLE} http://www.example.com/files/2025/09/souq-1.jpg?itok=Xy7 {LEAD}"
    result = imported(f"{TITLE}\n{glued}\n{BODY.split(chr(10))[1]}\n")
    assert body_texts(result)[0] == LEAD
    assert "http" not in result.brief.summary
    assert any("picture address" in warning for warning in result.warnings)


def test_a_site_address_in_a_sentence_stays() -> None:
    sentence = "ويمكن التسجيل عبر موقع البلدية www.example.sa حتى نهاية الشهر الجاري."
    result = imported(f"{TITLE}\n{LEAD}\n{sentence}\n")
    assert sentence in body_texts(result)


@pytest.mark.parametrize(
    "furniture",
    ["Next Previous", "السابق التالي", "https://www.example.com/img/souq.png"],
)
def test_slider_buttons_or_a_picture_alone_on_a_line_leave_no_paragraph(
    furniture: str,
) -> None:
    result = imported(f"{TITLE}\n{furniture}\n{BODY}")
    assert body_texts(result)[0] == LEAD
    assert all(furniture not in text for text in body_texts(result))


def test_slider_buttons_before_the_first_words_are_removed() -> None:
    result = imported(f"{TITLE}\nNext Previous {LEAD}\n{BODY.split(chr(10))[1]}\n")
    assert body_texts(result)[0] == LEAD
    assert any("slider buttons" in warning for warning in result.warnings)
