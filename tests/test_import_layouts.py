"""Bylines, datelines and trailers laid out as other outlets lay them out.

The same credit is typed with another separator, in another place (under a
dateline line, glued to the lead, closing the text) or as a list of reporters;
the wire's time comes before or after its mark.  Every fixture is written for
these tests (invented reporters, an invented paper, المرسى).
"""

from __future__ import annotations

import pytest
from import_support import BODY, LEAD, TITLE, body_texts, imported

SECOND = "وقال رئيس البلدية إن السوق ستنظم التجارة وتحمي المستهلك من الغلاء."


@pytest.mark.parametrize(
    "line",
    [
        "سامي الفلاني و نوال العلي",
        "سامي الفلاني وسعاد ماجد",
        "سامي الفلاني، نوال العلي",
        "سامي الفلاني ود. نوال العلي",
    ],
    ids=["spaced-and", "glued-and", "comma", "and-title"],
)
def test_a_list_of_reporters_under_the_headline_is_the_author(line: str) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author is not None
    assert "الفلاني" in result.brief.author
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


def test_two_names_and_a_verb_are_a_headline_clause_not_reporters() -> None:
    text = f"{TITLE}\n{LEAD}\nماجد أولا وهند تغادر\n{SECOND}\n"
    result = imported(text)
    assert result.brief.author is None
    assert "ماجد أولا وهند تغادر" in body_texts(result)


def test_reporters_under_a_dated_dateline_line_are_the_author() -> None:
    text = f"{TITLE}\nجدة 12 سبتمبر 2025\nسامي الفلاني ونوال العلي\n{BODY}"
    result = imported(text)
    assert result.brief.dateline == "جدة"
    assert result.brief.author == "سامي الفلاني ونوال العلي"
    assert body_texts(result)[0] == LEAD


def test_a_caption_under_the_byline_naming_someone_in_the_text_stays() -> None:
    # the family name comes up in the text: the person a photograph shows
    second = "وقال خالد الحربي إن السوق ستنظم التجارة."
    text = f"{TITLE}\nجدة - سامي الفلاني:\nخالد الحربي\n{LEAD}\n{second}\n"
    result = imported(text)
    assert result.brief.author == "سامي الفلاني"
    assert "خالد الحربي" in body_texts(result)


def test_a_known_town_alone_under_the_headline_is_the_dateline() -> None:
    result = imported(f"{TITLE}\nتبوك\nسامي الفلاني\n{BODY}")
    assert result.brief.dateline == "تبوك"
    assert result.brief.author == "سامي الفلاني"
    assert body_texts(result)[0] == LEAD


def test_a_list_of_towns_under_the_headline_is_text() -> None:
    # a gallery's captions, one town a line
    result = imported(f"{TITLE}\nجدة\nتبوك\nأبها\n{BODY}")
    assert result.brief.dateline is None
    assert body_texts(result)[:3] == ["جدة", "تبوك", "أبها"]


def test_a_town_and_a_spaced_dash_opening_the_lead_is_the_dateline() -> None:
    result = imported(f"{TITLE}\nتبوك - {BODY}")
    assert result.brief.dateline == "تبوك"
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


@pytest.mark.parametrize(
    ("opening", "author", "dateline"),
    [
        ("الجوف – المرسى – ", "المرسى", "الجوف"),
        ("الجوف / المرسى – ", "المرسى", "الجوف"),
        ("الجوف | المرسى: ", "المرسى", "الجوف"),
        ("المرسى - الجوف - ", "المرسى", "الجوف"),
    ],
    ids=["dashes", "slash", "bar-colon", "paper-first"],
)
def test_a_town_and_a_paper_glued_to_the_lead_leave_it(
    opening: str, author: str, dateline: str
) -> None:
    result = imported(f"{TITLE}\n{opening}{BODY}")
    assert (result.brief.author, result.brief.dateline) == (author, dateline)
    assert body_texts(result)[0] == LEAD


def test_a_town_glued_to_a_paper_and_a_reporter_keeps_the_reporter() -> None:
    result = imported(f"{TITLE}\nجدة - المرسى - سامي الفلاني {BODY}")
    assert result.brief.author == "سامي الفلاني"
    assert body_texts(result)[0] == LEAD


def test_a_town_then_a_district_and_a_verb_are_not_split_as_a_byline() -> None:
    # "more credit" after the town: the opening stays whole in the body
    lead = "جدة - حي الروضة - شهد الحي صباح الأحد افتتاح سوق مغطاة جديدة للخضر."
    result = imported(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert body_texts(result)[0] == lead


@pytest.mark.parametrize(
    "opening",
    [
        "سامي الفلاني - ",
        "سامي الفلاني و نوال العلي: ",
        "متابعة: سامي الفلاني و نوال العلي - ",
        "سامي الفلاني تبوك: ",
        "تبوك واس - ",
        "تبوك المرسى: ",
        "المرسى الإلكترونية تبوك - ",
        "المرسى: ",
    ],
    ids=[
        "name-dash",
        "list-colon",
        "label-list",
        "name-town",
        "town-agency",
        "town-paper",
        "paper-town",
        "paper-colon",
    ],
)
def test_the_summary_never_opens_with_reporters_glued_to_the_lead(
    opening: str,
) -> None:
    result = imported(f"{TITLE}\n{opening}{BODY}")
    assert result.brief.summary == LEAD


@pytest.mark.parametrize(
    "lead",
    [
        "خالد العلي: السوق الجديدة ستنظم التجارة وتحمي المستهلك من الغلاء في البلدة.",
        "سامي الفلاني - رئيس البلدية - افتتح صباح الأحد سوقا مغطاة جديدة للخضر.",
    ],
    ids=["speaker", "aside"],
)
def test_the_summary_keeps_a_speaker_and_a_name_before_an_aside(lead: str) -> None:
    result = imported(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert result.brief.summary == lead


@pytest.mark.parametrize(
    "stamp",
    ["15:06 ت م", "ت م 1506", "1506 ت م"],
    ids=["time-mark", "mark-time", "bare"],
)
def test_a_wire_time_on_its_own_line_or_after_a_signature_is_dropped(
    stamp: str,
) -> None:
    alone = imported(f"{TITLE}\n{BODY}{stamp}\n")
    assert body_texts(alone) == [LEAD, SECOND]
    signed = imported(f"{TITLE}\n{BODY}سامي الفلاني {stamp}\n")
    assert body_texts(signed) == [LEAD, SECOND]
    assert signed.brief.author == "سامي الفلاني"


def test_a_year_closing_the_text_is_not_a_wire_time() -> None:
    last = "وتفتح السوق أبوابها كل يوم منذ عام 2025"
    result = imported(f"{TITLE}\n{LEAD}\n{last}\n")
    assert body_texts(result)[-1] == last


def test_a_poem_label_before_the_poet_is_no_dateline() -> None:
    # "شعر: فلان" heads a poem as "قراءة: فلان" heads a review.
    verses = "على الرمل نكتب ما قاله الموج\nونمضي ويبقى على الرمل ما قاله"
    result = imported(f"أغنية للشاطئ\nشعر: سلمى الحربي\n{verses}\n")
    assert result.brief.author == "سلمى الحربي"
    assert not result.brief.dateline
    assert not any("شعر" in text for text in body_texts(result))


@pytest.mark.parametrize(
    "line",
    ["كنان حسون و سامي الفلاني - تبوك", "كنان حسون وسامي الفلاني / تبوك"],
    ids=["dash", "slash"],
)
def test_reporters_no_list_knows_beside_a_known_one_are_the_author(line: str) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.dateline == "تبوك"
    assert result.brief.author is not None
    assert result.brief.author.startswith("كنان حسون")
    assert body_texts(result)[0] == LEAD


@pytest.mark.parametrize(
    "line",
    ["وزير التجارة وخالد العلي", "ولا عجلة.. وحسن ظن"],
    ids=["office-and-name", "headline-pause"],
)
def test_a_line_with_a_name_in_it_is_not_a_list_of_reporters(line: str) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author is None
    assert body_texts(result)[0] == line


@pytest.mark.parametrize(
    ("opening", "author"),
    [
        ("سامي الفلاني - ", "سامي الفلاني"),
        ("سامي الفلاني و نوال العلي: ", "سامي الفلاني و نوال العلي"),
        ("متابعة: سامي الفلاني - ", "سامي الفلاني"),
    ],
    ids=["name-dash", "list-colon", "label-dash"],
)
def test_reporters_glued_to_the_lead_leave_it_for_the_author(
    opening: str, author: str
) -> None:
    result = imported(f"{TITLE}\n{opening}{BODY}")
    assert result.brief.author == author
    assert body_texts(result)[0] == LEAD


@pytest.mark.parametrize(
    "lead",
    [
        "خالد العلي: السوق الجديدة ستنظم التجارة وتحمي المستهلك من الغلاء في البلدة.",
        "سامي الفلاني - رئيس البلدية - افتتح صباح الأحد سوقا مغطاة جديدة للخضر.",
    ],
    ids=["speaker", "aside"],
)
def test_a_speaker_or_a_name_before_an_aside_stays_in_the_lead(lead: str) -> None:
    result = imported(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert result.brief.author is None
    assert body_texts(result)[0] == lead


@pytest.mark.parametrize("mark", ["(انتهى)", "/انتهى/", "ـ انتهى ـ", "// يتبع //"])
def test_a_control_word_between_marks_glued_to_the_last_line_is_dropped(
    mark: str,
) -> None:
    last = "وتفتح السوق أبوابها كل يوم من السابعة صباحا"
    result = imported(f"{TITLE}\n{LEAD}\n{last} {mark}\n")
    assert body_texts(result)[-1] == last


def test_the_verb_ended_closing_a_sentence_is_text() -> None:
    last = "وقال رئيس البلدية إن زمن الأسواق المكشوفة انتهى"
    result = imported(f"{TITLE}\n{LEAD}\n{last}\n")
    assert body_texts(result)[-1] == last


@pytest.mark.parametrize(
    "post",
    ["وزير النقل", "المتحدث الرسمي", "مدير الإدارة"],
    ids=["minister", "spokesman", "director"],
)
def test_a_subject_and_his_post_between_dashes_stay_the_lead(post: str) -> None:
    # "فلان - post - قال …": the sentence's subject and an apposition, no byline
    lead = (
        f"خالد العمري - {post} - قال أمس إن الوزارة ستبدأ تنفيذ خطة جديدة "
        "لصيانة الطرق في المنطقة الشرقية خلال الشهر المقبل."
    )
    result = imported(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert result.brief.author is None
    assert result.brief.dateline is None
    assert body_texts(result)[0] == lead
    assert result.brief.summary == lead


def test_a_writer_and_his_post_under_the_headline_give_no_dateline() -> None:
    result = imported(f"{TITLE}\nسامي الفلاني - مدير التحرير\n{BODY}")
    assert result.brief.dateline is None
    assert body_texts(result)[0] == LEAD


def test_a_given_name_that_is_also_a_title_still_signs() -> None:
    # أمير is a title and a given name: with no article it is the writer's name
    result = imported(f"{TITLE}\nلندن: أمير فاضلي\n{BODY}")
    assert result.brief.author == "أمير فاضلي"
    assert result.brief.dateline == "لندن"


def test_a_desk_beside_the_writer_is_no_dateline() -> None:
    # "الثقافية - فلان:": the culture desk credits its writer; no town is named so
    result = imported(f"{TITLE}\nالثقافية - سامي الفلاني:\n{BODY}")
    assert result.brief.author == "سامي الفلاني"
    assert result.brief.dateline is None
    assert body_texts(result)[0] == LEAD


@pytest.mark.parametrize(
    "line",
    [
        "زعلان الكعبي وشمخة البرزنجي",
        "جدة - زعلان الكعبي و شمخة البرزنجي",
        "زعلان الكعبي وشمخة البرزنجي - جدة",
    ],
    ids=["alone", "town-first", "town-last"],
)
def test_two_reporters_no_list_knows_joined_by_and_are_the_author(line: str) -> None:
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author is not None
    assert result.brief.author.startswith("زعلان الكعبي")
    assert result.brief.author.endswith("شمخة البرزنجي")
    assert body_texts(result)[0] == LEAD


def test_two_people_the_story_names_under_the_headline_stay_text() -> None:
    # a caption under the headline: the story names both families again
    line = "زعلان الكعبي وشمخة البرزنجي"
    second = "وكرم رئيس البلدية التاجرين زعلان الكعبي وشمخة البرزنجي."
    result = imported(f"{TITLE}\n{line}\n{LEAD}\n{second}\n")
    assert result.brief.author is None
    assert line in body_texts(result)
