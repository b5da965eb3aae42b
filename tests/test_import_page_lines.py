"""Credit and furniture lines other news pages print around a story.

A reporter's labelled byline after the lead, the desk's staff (reviewer,
proof-reader, photographer) under a label, a paper's masthead line with its date,
a town in brackets before a colon, an agency in brackets or after a dash with no
stop.  Each leaves the body and never opens the Summary; what only looks like one
stays.  Every fixture is written for these tests (invented reporters and papers).
"""

from __future__ import annotations

import pytest
from import_support import BODY, LEAD, TITLE, body_texts, imported

SECOND = "وقال رئيس البلدية إن السوق ستنظم التجارة وتحمي المستهلك من الغلاء."
THIRD = "وأضاف أن البلدية ستفتتح سوقين أخريين في الحيين الشمالي والغربي العام المقبل."


@pytest.mark.parametrize(
    "line",
    ["تقرير: سامي الفلاني", "كتب - سامي الفلاني", "بقلم: د. سامي الفلاني"],
    ids=["report", "wrote", "pen-title"],
)
def test_a_labelled_byline_after_the_lead_is_the_author(line: str) -> None:
    result = imported(f"{TITLE}\n{LEAD}\n{line}\n{SECOND}\n{THIRD}\n")
    assert result.brief.author is not None
    assert result.brief.author.endswith("سامي الفلاني")
    assert body_texts(result) == [LEAD, SECOND, THIRD]
    assert result.brief.summary == LEAD


def test_a_second_byline_after_the_lead_is_dropped_and_the_first_stays() -> None:
    text = f"{TITLE}\nنوال العلي\n{LEAD}\nتقرير: سامي الفلاني\n{SECOND}\n{THIRD}\n"
    result = imported(text)
    assert result.brief.author == "نوال العلي"
    assert body_texts(result) == [LEAD, SECOND, THIRD]
    assert any("second byline" in warning for warning in result.warnings)


def test_a_labelled_kicker_after_the_lead_stays_text() -> None:
    kicker = "متابعة: ما جرى في الاجتماع"
    result = imported(f"{TITLE}\n{LEAD}\n{kicker}\n{SECOND}\n{THIRD}\n")
    assert result.brief.author is None
    assert any(kicker in text for text in body_texts(result))


@pytest.mark.parametrize(
    "line",
    [
        "مراجعة: ماجد الحربي",
        "تدقيق لغوي: ماجد الحربي",
        "مراجعة وتدقيق: ماجد الحربي، هند ماجد",
        "تصوير - ماجد الحربي",
    ],
    ids=["review", "proofreading", "two-staff", "photo-dash"],
)
def test_a_staff_line_closing_the_text_is_dropped_never_the_author(line: str) -> None:
    result = imported(f"{TITLE}\nجدة - سامي الفلاني\n{BODY}{line}\n")
    assert result.brief.author == "سامي الفلاني"
    assert body_texts(result) == [LEAD, SECOND]
    assert any(
        "staff credit" in warning or "photo" in warning for warning in result.warnings
    )


def test_a_staff_line_after_the_lead_is_dropped() -> None:
    text = f"{TITLE}\nسامي الفلاني\n{LEAD}\nتصوير - ماجد الحربي\n{SECOND}\n"
    result = imported(text)
    assert result.brief.author == "سامي الفلاني"
    assert body_texts(result) == [LEAD, SECOND]


def test_a_staff_label_before_a_sentence_stays_text() -> None:
    line = "مراجعة: أداء الفريق في الموسم الماضي"
    result = imported(f"{TITLE}\n{LEAD}\n{line}\n{SECOND}\n{THIRD}\n")
    assert any(line in text for text in body_texts(result))


def test_a_papers_masthead_line_with_its_date_is_the_credit() -> None:
    result = imported(f"{TITLE}\nجريدة النافذة - الأحد 3 مايو 2026\n{BODY}")
    assert result.brief.author == "جريدة النافذة"
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


def test_a_papers_name_alone_under_the_headline_stays_text() -> None:
    # with no date beside it, "صحيفة …" is any phrase
    line = "صحيفة النافذة الجديدة"
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author is None
    assert any(line in text for text in body_texts(result))


@pytest.mark.parametrize(
    "line",
    [
        "الأحد 12 ربيع الأول 1448 هـ - 3 سبتمبر 2026 م",
        "12 ربيع الأول 1448 هـ الموافق 3 سبتمبر 2026 م",
    ],
    ids=["dash", "equivalent"],
)
def test_a_hijri_and_gregorian_date_line_over_the_byline_leaves_the_body(
    line: str,
) -> None:
    result = imported(f"{TITLE}\n{line}\nسامي الفلاني\n{BODY}")
    assert result.brief.author == "سامي الفلاني"
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


@pytest.mark.parametrize("mark", [":", " -", " —"], ids=["colon", "dash", "em-dash"])
def test_a_town_in_brackets_opening_the_lead_is_the_dateline(mark: str) -> None:
    result = imported(f"{TITLE}\nسامي الفلاني\n(تبوك){mark} {LEAD}\n{SECOND}\n")
    assert result.brief.dateline == "تبوك"
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


@pytest.mark.parametrize("agency", ["واس", "أ ف ب"], ids=["word", "initials"])
def test_an_agency_in_brackets_opening_the_lead_is_the_author(agency: str) -> None:
    result = imported(f"{TITLE}\n({agency}) {LEAD}\n{SECOND}\n")
    assert result.brief.author == agency
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


def test_agency_initials_after_a_dash_closing_the_text_leave_it() -> None:
    last = SECOND.rstrip(".")
    result = imported(f"{TITLE}\n{LEAD}\n{last} - أ ش أ\n")
    assert result.brief.author == "أ ش أ"
    assert body_texts(result) == [LEAD, last]


def test_a_short_caption_ending_with_a_dash_and_a_place_keeps_it() -> None:
    # "بترا" is an agency's name and a place: a short line keeps its last word
    last = "جولة في الأردن - بترا"
    result = imported(f"{TITLE}\n{BODY}{last}\n")
    assert result.brief.author is None
    assert body_texts(result)[-1] == last


def test_a_word_in_brackets_saying_what_the_writer_is_is_no_dateline() -> None:
    result = imported(f"{TITLE}\nسامي الفلاني (زائر)\n{BODY}")
    assert result.brief.author == "سامي الفلاني"
    assert result.brief.dateline is None
    assert body_texts(result)[0] == LEAD


def test_a_town_in_brackets_after_the_writer_is_still_the_dateline() -> None:
    result = imported(f"{TITLE}\nسامي الفلاني (تبوك)\n{BODY}")
    assert result.brief.author == "سامي الفلاني"
    assert result.brief.dateline == "تبوك"


@pytest.mark.parametrize(
    "opening",
    ["إعداد:فياض الزيدان – ", "كتب - فياض الزيدان ومهاب الدوسي: "],
    ids=["prepared-glued-colon", "wrote-two-names"],
)
def test_a_writers_label_glued_to_the_lead_is_the_byline(opening: str) -> None:
    # the given names are no listed ones: the label says a writer follows
    result = imported(f"{TITLE}\n{opening}{LEAD}\n{SECOND}\n")
    assert result.brief.author is not None
    assert result.brief.author.startswith("فياض الزيدان")
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


def test_a_kicker_label_glued_to_the_lead_stays_text() -> None:
    # "تقرير" also heads a kicker: unlisted words after it are no byline
    line = f"تقرير: الأسواق العالمية - {LEAD}"
    result = imported(f"{TITLE}\n{line}\n{SECOND}\n")
    assert result.brief.author is None
    assert body_texts(result)[0] == line


@pytest.mark.parametrize("agency", ["أ ف ب", "رويترز"], ids=["initials", "word"])
def test_an_agency_in_brackets_closing_the_text_with_no_stop_leaves_it(
    agency: str,
) -> None:
    last = SECOND.rstrip(".")
    result = imported(f"{TITLE}\n{LEAD}\n{last} ({agency})\n")
    assert result.brief.author == agency
    assert body_texts(result) == [LEAD, last]


def test_an_agency_named_in_the_last_sentence_stays_in_it() -> None:
    last = "وأفادت بذلك وكالة الأنباء الرسمية في البلاد (واس)."
    result = imported(f"{TITLE}\n{BODY}{last}\n")
    assert result.brief.author is None
    assert body_texts(result)[-1] == last


def test_a_wire_time_after_a_score_closing_the_text_is_dropped() -> None:
    last = "وانتهت المباراة بفوز الفريق الضيف 2 - 1."
    result = imported(f"{TITLE}\n{BODY}{last} ت م 1506\n")
    assert body_texts(result)[-1] == last


def test_a_web_address_spaced_around_its_slashes_is_a_link_line() -> None:
    address = "http: / / www.example.org / news / market"
    result = imported(f"{TITLE}\n{BODY}{address}\n")
    assert body_texts(result) == [LEAD, SECOND]
    assert any("link line" in warning for warning in result.warnings)


def test_a_title_run_on_into_the_lead_is_cut_off_it() -> None:
    result = imported(f"{TITLE}\nسامي الفلاني - جدة\n{TITLE} {LEAD}\n{SECOND}\n")
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD
    assert any("title repeated" in warning for warning in result.warnings)


def test_a_lead_opening_with_a_short_headlines_words_is_left_whole() -> None:
    # a headline of four words may open its own lead
    title = "البلدية تفتتح سوقا مغطاة"
    lead = f"{title} جديدة تضم مئة وعشرين محلا للخضر والفواكه في وسط البلدة."
    result = imported(f"{title}\n{lead}\n{SECOND}\n")
    assert body_texts(result)[0] == lead


def test_a_quoted_title_run_on_into_a_quoted_lead_is_cut_at_its_marks() -> None:
    title = "رئيس البلدية: «السوق الجديدة تحمي المستهلك من الغلاء»"
    lead = "«سننظم التجارة في وسط البلدة»، قال رئيس البلدية في حفل الافتتاح صباح الأحد."
    result = imported(f"{title}\n{title} {lead}\n{SECOND}\n")
    assert body_texts(result)[0] == lead


@pytest.mark.parametrize(
    "headline",
    [
        "رئيس البلدية: «سنفتتح السوق الجديدة غدا»",
        "سامي الفلاني: «السوق تحمي المستهلك من الغلاء»",
    ],
    ids=["post", "name"],
)
def test_a_headline_quoting_its_speaker_is_the_title_not_a_byline(
    headline: str,
) -> None:
    result = imported(f"{headline}\n{BODY}")
    assert result.brief.title == headline
    assert result.brief.author is None
    assert body_texts(result)[0] == LEAD


def test_a_town_and_a_quoted_paper_under_the_headline_are_still_the_credit() -> None:
    result = imported(f"{TITLE}\nبحرة: «المرسى»\n{BODY}")
    assert result.brief.author == "المرسى"
    assert result.brief.dateline == "بحرة"


def test_a_byline_ending_with_the_name_ali_is_not_joined_to_the_lead() -> None:
    # "علي" folds as the preposition "على", which leaves a sentence open
    lead = "بدأت البلدية صباح الأحد تشغيل سوق مغطاة جديدة تضم مئة وعشرين محلا."
    result = imported(f"{TITLE}\nجدة - سامي بن علي\n{lead}\n{SECOND}\n")
    assert result.brief.author == "سامي بن علي"
    assert result.brief.summary == lead


def test_a_sentence_broken_after_the_preposition_ala_is_still_joined() -> None:
    broken = "وقد حرصت البلدية في خطتها الجديدة على\nتنظيم الأسواق في وسط البلدة."
    result = imported(f"{TITLE}\n{broken}\n")
    assert body_texts(result)[0].endswith("على تنظيم الأسواق في وسط البلدة.")


@pytest.mark.parametrize(
    "lines",
    ["نخلان\nأ ف ب", "أ ف ب\nنخلان"],
    ids=["town-over-agency", "agency-over-town"],
)
def test_a_town_no_list_knows_beside_an_agency_line_is_the_dateline(
    lines: str,
) -> None:
    result = imported(f"{TITLE}\n{lines}\n{BODY}")
    assert result.brief.author == "أ ف ب"
    assert result.brief.dateline == "نخلان"
    assert body_texts(result)[0] == LEAD


def test_a_desk_word_beside_an_agency_line_is_no_dateline() -> None:
    result = imported(f"{TITLE}\nعاجل\nأ ف ب\n{BODY}")
    assert result.brief.dateline is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("الأحد 3 مايو 2026 - ", None),
        ("جدة، الأحد 12 ربيع الأول 1448 هـ - ", "جدة"),
        ("جدة، الأحد 12 ربيع الأول 1448 هـ - 3 سبتمبر 2026 م: ", "جدة"),
        ("زمردة، 12 ربيع الأول 1448 هـ - 3 سبتمبر 2026 - ", "زمردة"),
    ],
    ids=["date", "town-and-hijri-date", "both-calendars", "unlisted-town"],
)
def test_a_date_line_run_into_the_lead_never_opens_the_summary(
    opening: str, dateline: str | None
) -> None:
    result = imported(f"{TITLE}\n{opening}{LEAD}\n{SECOND}\n")
    assert result.brief.dateline == dateline
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD


def test_a_lead_opening_with_a_date_in_a_phrase_keeps_it() -> None:
    lead = f"في 3 مايو 2026 - {LEAD}"
    result = imported(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert body_texts(result)[0] == lead


@pytest.mark.parametrize(
    "stamp",
    ["نشر في: الأحد 3 مايو 2026 - 10:35 ص", "آخر تحديث: 03/05/2026 10:35"],
    ids=["published", "updated"],
)
def test_a_publication_stamp_under_the_headline_is_dropped(stamp: str) -> None:
    result = imported(f"{TITLE}\n{stamp}\n{BODY}")
    assert body_texts(result) == [LEAD, SECOND]
    assert any("date stamp" in warning for warning in result.warnings)


def test_a_sentence_opening_with_published_in_stays() -> None:
    line = "نشر في الجريدة الرسمية أمس قرار بتنظيم الأسواق المغطاة في البلدة."
    result = imported(f"{TITLE}\n{BODY}{line}\n")
    assert body_texts(result)[-1] == line


@pytest.mark.parametrize(
    "opening",
    ["(أ ف ب) – ", "رويترز - ", "جدة - واس - "],
    ids=["brackets", "dash", "town"],
)
def test_an_agency_opening_a_short_deck_under_the_headline_leaves_it(
    opening: str,
) -> None:
    deck = "وصول الوفد التجاري إلى المطار"
    result = imported(f"{TITLE}\n{opening}{deck}\n{BODY}")
    assert result.brief.author in {"أ ف ب", "رويترز", "واس"}
    assert body_texts(result)[0] == deck
    assert result.brief.summary == LEAD


@pytest.mark.parametrize(
    "opening", ["(برزنجة): ", "(سان الغربية) - ", "(وادي النخيل) — "]
)
def test_a_town_no_list_knows_in_brackets_never_opens_the_summary(
    opening: str,
) -> None:
    result = imported(f"{TITLE}\n{opening}{LEAD}\n{SECOND}\n")
    assert result.brief.summary == LEAD
    assert body_texts(result)[0] == f"{opening}{LEAD}"


def test_a_town_alone_under_the_byline_is_the_dateline_though_the_story_names_it() -> (
    None
):
    lead = "افتتحت البلدية في جدة صباح الأحد سوقا مغطاة جديدة تضم مئة وعشرين محلا."
    result = imported(f"{TITLE}\nسامي الفلاني\nجدة\n{lead}\n{SECOND}\n")
    assert result.brief.author == "سامي الفلاني"
    assert result.brief.dateline == "جدة"
    assert body_texts(result) == [lead, SECOND]


@pytest.mark.parametrize(
    "names",
    ["زعلان الكعبي و شمخة البرزنجي", "زعلان الكعبي وشمخة البرزنجي"],
    ids=["and-apart", "and-joined"],
)
def test_reporters_no_list_knows_glued_to_the_lead_never_open_the_summary(
    names: str,
) -> None:
    # the story names both families too, so the body keeps the line whole
    second = "وكرم رئيس البلدية التاجرين زعلان الكعبي وشمخة البرزنجي."
    result = imported(f"{TITLE}\n{names} - {LEAD}\n{second}\n")
    assert result.brief.summary == LEAD
    assert body_texts(result)[0] == f"{names} - {LEAD}"


def test_two_names_before_an_aside_still_open_the_summary() -> None:
    lead = (
        "زعلان الكعبي وشمخة البرزنجي - التاجران في السوق - افتتحا صباح الأحد "
        "محلين جديدين للخضر والفواكه في وسط البلدة."
    )
    result = imported(f"{TITLE}\n{lead}\n{SECOND}\n")
    assert result.brief.summary.startswith("زعلان الكعبي")


@pytest.mark.parametrize(
    "opening",
    ["جدة زعلان الكعبي – ", "جدة زعلان الكعبي وشمخة البرزنجي - "],
    ids=["one", "two"],
)
def test_a_town_and_writers_no_list_knows_glued_to_the_lead_leave_the_summary(
    opening: str,
) -> None:
    second = "وكرم رئيس البلدية التاجرين زعلان الكعبي وشمخة البرزنجي."
    result = imported(f"{TITLE}\n{opening}{LEAD}\n{second}\n")
    assert result.brief.summary == LEAD
