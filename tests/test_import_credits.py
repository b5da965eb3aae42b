"""Importing pages as outlets print them: bylines, datelines, trailers, headlines.

Every fixture here is written for these tests (invented reporters, places and
events); none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from mowjaz.importer import pipeline as importer
from mowjaz.importer.credit_lines import read_credit
from mowjaz.importer.credit_openings import credit_shaped, strip_credit_opening
from mowjaz.importer.furniture import split_desk_tag, split_trailer_tail, trailer_kind
from mowjaz.importer.lead_credits import split_lead_credit
from mowjaz.importer.paragraphs import split_at_space_runs
from mowjaz.importer.records import Credit, ImportOptions

DATE = "2025-09-07T08:00:00+01:00"
BODY = (
    "افتتحت البلدية صباح الأحد سوقا مغطاة جديدة تضم مئة وعشرين محلا للخضر "
    "والفواكه في وسط المدينة.\n"
    "وقال رئيس البلدية إن السوق ستنظم التجارة وتحمي المستهلك من الغلاء.\n"
)


def imported(text: str, **options: object) -> importer.ImportResult:
    return importer.import_bytes(
        text.encode("utf-8"),
        "article.txt",
        ImportOptions(date=DATE, **options),  # type: ignore[arg-type]
    )


def body_texts(result: importer.ImportResult) -> list[str]:
    return [block.text for block in result.brief.blocks]


# ---------------------------------------------------------------------------
# One line: what is a byline


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("الدمام: سلمى العتيبي وخالد المري", "سلمى العتيبي وخالد المري", "الدمام"),
        ("تبوك - هند الزهراني، ماجد الهاجري", "هند الزهراني، ماجد الهاجري", "تبوك"),
        ("جدة - واس:", "واس", "جدة"),
        ("القاهرة - (أ ف ب)", "أ ف ب", "القاهرة"),
        ("بغداد - أ. ف. ب.", "أ. ف. ب", "بغداد"),
        ("سعيد المنقاش (الطائف)", "سعيد المنقاش", "الطائف"),
        ("«موجز» من الرياض", "موجز", "الرياض"),
        ("بريدة 3 رمضان 1446 هـ الموافق 3 مارس 2025 م واس", "واس", "بريدة"),
        ("بقلم: د. نورة الكبيسي | Mon, 2025-03-03 21:00", "د. نورة الكبيسي", None),
        ("يوسف الحربي - ينبع", "يوسف الحربي", "ينبع"),
    ],
    ids=[
        "place-colon-names",
        "place-dash-list",
        "agency-code",
        "agency-in-brackets",
        "agency-with-dots",
        "name-bracketed-city",
        "credit-from-place",
        "hijri-gregorian",
        "role-and-date",
        "name-then-place",
    ],
)
def test_byline_forms_give_author_and_dateline(
    line: str, author: str, dateline: str | None
) -> None:
    assert read_credit(line) == Credit(author=author, dateline=dateline)


def test_a_marked_place_alone_after_the_title_is_a_dateline() -> None:
    assert read_credit("(الرياض)", alone=True) == Credit(dateline="الرياض")
    assert read_credit("جدة:", alone=True) == Credit(dateline="جدة")
    assert read_credit("جدة", alone=True) is None


def test_a_name_alone_is_a_byline_only_where_the_caller_allows_it() -> None:
    assert read_credit("د. منيرة الزعابي") is None
    assert read_credit("د. منيرة الزعابي", alone=True) == Credit(
        author="د. منيرة الزعابي"
    )


@pytest.mark.parametrize(
    "line",
    [
        "الرياض: الأمطار تعود غدا",
        "محمد صلاح يسجل مجددا",
        "الهلال - النصر",
        "الأمير خالد بن سعود",
        "وقال سعد الحربي إن السوق جديدة",
        "مطالب التجار",
        "تحذير - عاجل:",
        "سامي خالد يتألق",
    ],
    ids=[
        "headline-place-colon",
        "name-and-verb",
        "score",
        "subject",
        "speech",
        "sub",
        "two-common-words-colon",
        "two-names-and-a-verb",
    ],
)
def test_lines_that_only_look_like_bylines_are_text(line: str) -> None:
    assert read_credit(line, alone=True) is None


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("تنومة - المرسى:", "المرسى", "تنومة"),
        ("المرسى-تنومة:", "المرسى", "تنومة"),
        ("المرسى - ZTV:", "المرسى، ZTV", None),
    ],
    ids=["town-newspaper", "newspaper-town", "newspaper-channel"],
)
def test_a_town_or_channel_and_a_newspaper_with_a_colon_is_a_byline_alone(
    line: str, author: str, dateline: str | None
) -> None:
    assert read_credit(line, alone=True) == Credit(author=author, dateline=dateline)
    assert read_credit(line) is None  # only next to the title


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("المرسى (جدة)", "المرسى", "جدة"),
        ("ماجد الهاجري (جدة)، سالم العنزي (الطائف)", "ماجد الهاجري، سالم العنزي", None),
        ("المرسى (جدة، الرياض)", "المرسى", "جدة"),
        ("المرسى (الطائف والرياض)", "المرسى", "الطائف"),
    ],
    ids=[
        "newspaper-bracketed-city",
        "reporters-with-towns",
        "newspaper-bracketed-cities",
        "newspaper-cities-joined-by-wa",
    ],
)
def test_bracketed_towns_next_to_the_title(
    line: str, author: str, dateline: str | None
) -> None:
    assert read_credit(line, alone=True) == Credit(author=author, dateline=dateline)
    assert read_credit("المرسى (جدة)") is None  # one word: only next to the title


@pytest.mark.parametrize(
    ("line", "author", "dateline"),
    [
        ("الأحد 9 مارس 2025", None, None),
        ("الطائف 9/3/2025", None, "الطائف"),
        ("ينبع - 1446/9/9هـ", None, "ينبع"),
        ("حائل9 رمضان 1446 هـالموافق 9 مارس 2025 م واس", "واس", "حائل"),
        ("(واس) الطائف", "واس", "الطائف"),
        ("الطائف – خاص بموجز", None, "الطائف"),
        ("مراسل موجز - الطائف", "مراسل موجز", "الطائف"),
        ("لندن - بي بي سي", "بي بي سي", "لندن"),
        ("مارس 9, 2025, 4:30 م", None, None),
        ("تبوك: المنذر الفلاني", "المنذر الفلاني", "تبوك"),
        ("مكة المكرمة سالم العنزي", "سالم العنزي", "مكة المكرمة"),
    ],
    ids=[
        "weekday-date",
        "place-numeric-date",
        "place-hijri-numeric",
        "glued-hijri-gregorian",
        "agency-before-place",
        "exclusive",
        "post-and-place",
        "broadcaster",
        "month-day-year-time",
        "place-colon-nisba",
        "place-then-name-no-separator",
    ],
)
def test_dated_exclusive_and_post_bylines(
    line: str, author: str | None, dateline: str | None
) -> None:
    assert read_credit(line) == Credit(author=author, dateline=dateline)


def test_a_post_alone_is_a_byline_next_to_the_title_but_a_kicker_stays() -> None:
    assert read_credit("محرر الشؤون المحلية", alone=True) == Credit(
        author="محرر الشؤون المحلية"
    )
    assert read_credit("تقرير الأمم المتحدة", alone=True) is None
    assert read_credit("افتتح المعرض 9 مارس 2025", alone=True) is None
    assert read_credit("جدة سعد يتألق", alone=True) is None
    assert read_credit("مستشفى محمد الخامس", alone=True) is None


def test_a_name_of_given_father_and_family_without_al_is_a_byline_alone() -> None:
    assert read_credit("خالد سعيد باحمدان", alone=True) == Credit(
        author="خالد سعيد باحمدان"
    )
    assert read_credit("خالد سعيد باحمدان") is None  # only next to the title
    assert read_credit("ريان عبدالله الحارثي", alone=True) == Credit(
        author="ريان عبدالله الحارثي"
    )


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("تبوك - كريم الزهيري، سهى البنا، وليد العمر", True),
        ("مكتب المرسى - حائل - القصيم - بلال الجعفري - زينة الحسن:", True),
        ("فيما تستعد البلدة - الخميس - للاحتفال", False),
        ("وصل الوفد إلى الرياض - جدة أمس.", False),
        ("نتائج الدور الأول - مفاجآت كثيرة", False),
    ],
    ids=["list-of-names", "office-and-places", "text-dashes", "sentence", "kicker"],
)
def test_a_byline_shape_is_seen_even_when_not_recognised(
    line: str, *, shaped: bool
) -> None:
    assert credit_shaped(line) is shaped


def test_the_summary_drops_the_credit_opening_the_lead_but_keeps_a_speaker() -> None:
    rest = "افتتحت البلدية سوقا مغطاة جديدة تضم مئة محل في وسط البلدة"
    assert strip_credit_opening("الطائف - كريم الزهيري: " + rest) == rest
    assert strip_credit_opening("حائل - " + rest) == rest
    speaker = "كريم الزهيري: " + rest
    assert strip_credit_opening(speaker) == speaker
    clause = "فيما تستعد البلدة - الخميس - " + rest
    assert strip_credit_opening(clause) == clause


def test_the_summary_is_never_an_unrecognised_byline() -> None:
    byline = "مكتب المرسى - حائل - القصيم - بلال الجعفري - زينة الحسن - غسان العمر:"
    result = imported("البلدية تفتتح سوقا مغطاة\n" + byline + "\n" + BODY)
    assert result.brief.summary.startswith("افتتحت البلدية")


def test_a_list_of_names_is_not_prose_and_never_the_summary() -> None:
    names = "زينة الحمد وتالا العبد وريم السعد ولمى الفهد"
    assert not importer.reads_as_sentence(names)
    assert importer.reads_as_sentence("افتتحت البلدية السوق في وسط البلدة")
    assert importer.reads_as_sentence("وأعلنت البلدية الأسماء التالية:")
    result = imported("البلدية تفتتح سوقا مغطاة\n" + names + "\n" + BODY)
    assert result.brief.summary.startswith("افتتحت البلدية")
    assert names in body_texts(result)  # kept in the body: it may be text


def test_a_credit_opening_the_lead_is_split_off_but_a_speaker_is_not() -> None:
    lead = "بكين - (أ ف ب): تباطأ النشاط الصناعي في الصين خلال الشهر الماضي بوضوح"
    assert split_lead_credit(lead) == (
        Credit(author="أ ف ب", dateline="بكين"),
        "تباطأ النشاط الصناعي في الصين خلال الشهر الماضي بوضوح",
    )
    speaker = "سعد الحربي: سنفتح السوق الجديدة أمام التجار في الأسبوع المقبل"
    assert split_lead_credit(speaker) is None


# ---------------------------------------------------------------------------
# A whole page


def test_a_byline_and_dateline_leave_the_body_for_the_metadata() -> None:
    result = imported(
        "البلدية تفتتح سوقا مغطاة للخضر والفواكه\nالدمام: سلمى العتيبي\n" + BODY
    )
    brief = result.brief
    assert brief.author == "سلمى العتيبي"
    assert brief.dateline == "الدمام"
    assert all("العتيبي" not in text for text in body_texts(result))
    assert brief.summary.startswith("افتتحت البلدية")
    assert "Author: سلمى العتيبي\nDateline: الدمام\n" in result.markdown
    assert any(d.kind == "byline" for d in result.decisions)


@pytest.mark.parametrize(
    ("byline", "author", "dateline"),
    [
        ("سلمى العتيبي – مرسى اليوم", "سلمى العتيبي", None),
        ("مرسى اليوم - واس", "واس", None),
        ("سلمى العتيبي – بحرة", "سلمى العتيبي", "بحرة"),
        ("اليوم- القرينات", "اليوم", "القرينات"),
        ("لمى الشهري – مرسى اليوم", "لمى الشهري", None),
    ],
    ids=[
        "paper-beside-a-writer",
        "paper-beside-an-agency",
        "town-stays",
        "paper-and-town-no-colon",
        "unlisted-writer-and-paper",
    ],
)
def test_a_paper_named_with_a_time_word_is_never_the_dateline(
    byline: str, author: str, dateline: str | None
) -> None:
    result = imported(f"البلدية تفتتح سوقا مغطاة للخضر والفواكه\n{byline}\n" + BODY)
    assert (result.brief.author, result.brief.dateline) == (author, dateline)
    assert body_texts(result)[0].startswith("افتتحت البلدية")


def test_a_paper_and_its_bureaus_in_brackets_leave_the_lead() -> None:
    result = imported(
        "البلدية تفتتح سوقا مغطاة للخضر والفواكه\nالمرسى (جدة، الرياض)\n" + BODY
    )
    assert (result.brief.author, result.brief.dateline) == ("المرسى", "جدة")
    assert body_texts(result)[0].startswith("افتتحت البلدية")


def test_a_bracket_of_places_and_other_words_stays_text() -> None:
    assert read_credit("المرسى (جدة، الأسعار)", alone=True) is None


def test_two_teams_joined_by_a_dash_are_not_a_byline() -> None:
    # Must not drop: a match line under the title stays in the text.
    line = "الهلال - النصر"
    result = imported(f"البلدية تفتتح سوقا مغطاة للخضر والفواكه\n{line}\n" + BODY)
    assert body_texts(result)[0] == line
    assert result.brief.dateline is None


def test_the_author_option_wins_over_the_byline() -> None:
    result = imported("عنوان الخبر هنا\nجدة - واس:\n" + BODY, author="فريق موجز")
    assert result.brief.author == "فريق موجز"
    assert result.brief.dateline == "جدة"


def test_a_one_line_paragraph_like_a_byline_is_kept() -> None:
    page = "عنوان الخبر هنا\nالرياض: الأمطار تعود غدا\n" + BODY
    result = imported(page)
    assert body_texts(result)[0] == "الرياض: الأمطار تعود غدا"
    assert result.brief.author is None


def test_a_short_real_subheading_stays_a_subheading() -> None:
    page = (
        "عنوان الخبر هنا\nتبوك - ماجد الهاجري\n"
        + BODY
        + "مطالب التجار\nوطالب التجار بتخفيض الإيجار في السوق الجديدة هذا العام.\n"
    )
    blocks = imported(page).brief.blocks
    assert [b.text for b in blocks if b.kind == "heading"] == ["مطالب التجار"]


def test_a_byline_at_the_bottom_is_moved_too() -> None:
    result = imported("عنوان الخبر هنا\n" + BODY + "فهد الدوسري - الخبر\n")
    assert result.brief.author == "فهد الدوسري"
    assert body_texts(result)[-1].startswith("وقال رئيس البلدية")


# ---------------------------------------------------------------------------
# Headlines


def test_a_long_headline_with_colon_and_dots_is_the_title() -> None:
    title = (
        "وزير الإسكان: مشروعات جديدة في أربع مناطق خلال العام المقبل.. "
        "وتسليم الدفعة الأولى من الوحدات للمستفيدين قبل نهاية الصيف؟!"
    )
    result = imported(title + "\n" + BODY)
    assert result.brief.title == title
    assert "\u2026" not in result.brief.title


def test_a_desk_tag_is_removed_from_the_title_with_a_warning() -> None:
    result = imported("ثقافي / معرض للخط العربي في أبها\n" + BODY)
    assert result.brief.title == "معرض للخط العربي في أبها"
    assert any("desk tag" in w and "ثقافي /" in w for w in result.warnings)
    assert split_desk_tag("عاجل: زلزال يضرب المنطقة الشرقية") == (
        "زلزال يضرب المنطقة الشرقية",
        "عاجل:",
    )
    assert split_desk_tag("مصر: زيادة عبور السفن") == ("مصر: زيادة عبور السفن", "")


def test_a_title_repeated_in_the_body_is_dropped() -> None:
    result = imported("سوق جديدة في الساحل\n" + BODY + "سوق جديدة في الساحل\n")
    assert "سوق جديدة في الساحل" not in body_texts(result)


def test_a_title_from_a_long_lead_is_never_cut_with_an_ellipsis() -> None:
    lead = (
        "افتتحت البلدية صباح الأحد سوقا مغطاة جديدة، تضم مئة وعشرين محلا للخضر "
        "والفواكه واللحوم والأسماك في وسط المدينة القديمة قرب الميناء وبجانب "
        "محطة الحافلات الرئيسية التي افتتحت العام الماضي."
    )
    title = importer.title_from_lead(lead)
    assert title == "افتتحت البلدية صباح الأحد سوقا مغطاة جديدة"
    assert "\u2026" not in title


# ---------------------------------------------------------------------------
# Trailers and furniture


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("// يتبع //", "agency trailer"),
        ("//انتهى//", "agency trailer"),
        ("( // انتهى // )", "agency trailer"),
        ("[// يتبع //]", "agency trailer"),
        ("14:05 ت م", "agency transmission time"),
        ("...المزيد", "read-more line"),
        ("رابط الخبر بصحيفة موجز: سوق جديدة", "link line"),
        ("مقالات أخرى للكاتب", "read-more line"),
        ("سمات أسواق بلديات الخضر", "tag list"),
        ("(تصوير: عادل الرويلي)", "photo caption"),
        ("الصورة: جانب من السوق الجديدة", "photo caption"),
        ("www.example.com/story", "link line"),
    ],
)
def test_trailers_are_recognised(line: str, kind: str) -> None:
    assert trailer_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "سمات الشخصية القيادية كثيرة، وأبرزها الصبر.",
        "صورة المدينة تغيرت كثيرا في السنوات الأخيرة",
        "تصوير الأفلام في المدينة يحتاج إلى تصريح من البلدية.",
        "(انتهى الاجتماع دون اتفاق)",
    ],
)
def test_text_starting_with_a_label_word_is_kept(line: str) -> None:
    assert trailer_kind(line) == ""


def test_trailers_are_dropped_with_one_warning_each() -> None:
    page = "عنوان الخبر هنا\n" + BODY + "// انتهى //\n14:05 ت م\n"
    result = imported(page)
    assert body_texts(result)[-1].startswith("وقال رئيس البلدية")
    dropped = [w for w in result.warnings if "dropped" in w]
    assert dropped == [
        "line 4: dropped agency trailer \u201c// انتهى //\u201d",
        "line 5: dropped agency transmission time \u201c14:05 ت م\u201d",
    ]


def test_a_tag_list_after_the_last_sentence_is_removed() -> None:
    text = "وقال رئيس البلدية إن السوق ستفتح غدا. سمات أسواق بلديات"
    assert split_trailer_tail(text) == (
        "وقال رئيس البلدية إن السوق ستفتح غدا.",
        "سمات أسواق بلديات",
        "tag list",
    )
    assert split_trailer_tail("وهي من أبرز سمات القائد الناجح")[1] == ""


# ---------------------------------------------------------------------------
# Paragraphs


def test_runs_of_spaces_between_sentences_split_paragraphs() -> None:
    text = "افتتحت البلدية السوق.\u00a0\u00a0\u00a0وقال الرئيس إنها كبيرة.     وانتهى."
    assert split_at_space_runs(text) == [
        "افتتحت البلدية السوق.",
        "وقال الرئيس إنها كبيرة.",
        "وانتهى.",
    ]


def test_a_run_of_spaces_inside_a_sentence_is_one_space() -> None:
    long_start = (
        "افتتحت البلدية صباح الأحد سوقا مغطاة جديدة تضم مئة وعشرين محلا للخضر "
        "واللحوم والأسماك في وسط المدينة"
    )
    assert split_at_space_runs(long_start + "    والفواكه.") == [
        long_start + " والفواكه."
    ]


def test_a_sentence_broken_across_lines_is_joined() -> None:
    result = imported(
        "عنوان الخبر هنا\nافتتحت البلدية صباح الأحد سوقا مغطاة جديدة في\n"
        "وسط المدينة القديمة قرب الميناء.\nوقال رئيس البلدية إنها كبيرة.\n"
    )
    assert body_texts(result)[0] == (
        "افتتحت البلدية صباح الأحد سوقا مغطاة جديدة في وسط المدينة القديمة قرب الميناء."
    )


def test_two_reporters_in_two_places_are_one_byline() -> None:
    assert read_credit("بيروت: سامر حداد ـ أربيل: نادر كريم") == Credit(
        author="سامر حداد، نادر كريم", dateline="بيروت"
    )


def test_a_more_by_this_writer_box_glued_to_the_text_is_removed() -> None:
    text = "وانتهى المقال هنا.مقالات أخرى للكاتبعنوان أول!عنوان ثان؟!"
    head, tail, kind = split_trailer_tail(text)
    assert (head, kind) == ("وانتهى المقال هنا.", "read-more line")
    assert tail.startswith("مقالات أخرى للكاتب")


def test_the_lead_comes_first_and_makes_the_summary() -> None:
    page = "عنوان الخبر هنا\nمتابعات\n" + BODY
    brief = imported(page).brief
    assert [block.kind for block in brief.blocks] == ["paragraph"] * 3
    assert brief.summary.startswith("افتتحت البلدية")


def test_a_long_lead_is_not_cut_at_an_abbreviation_for_the_summary() -> None:
    lead = "عبر د. سالم العمري عن " + "ترحيبه بالقرار الجديد للبلدية " * 20 + "."
    summary = importer.lead_summary(lead)
    assert len(summary.split()) > 10


def test_a_review_label_before_the_critic_is_no_dateline() -> None:
    # "قراءة: فلان" heads a review as "حوار: فلان" heads an interview.
    result = imported("ألوان الصحراء في معرض الخط العربي\nقراءة: سلمى الحربي\n" + BODY)
    assert result.brief.author == "سلمى الحربي"
    assert not result.brief.dateline
    assert not any("قراءة" in text for text in body_texts(result))
