"""Agency and desk trailers: the shapes wire copy closes a story with.

Desk initials (``ع ص / ح م``), control words (``/ يتبع /``, ``انتهى``,
``NNNN``), transmission times, an agency credited after the last sentence, tag
lists and link lines: alone on the last lines or glued after the last sentence,
they leave the body with a warning.  Real last sentences stay.

Every fixture here is written for these tests (an invented town and market);
none is taken from a corpus.
"""

from __future__ import annotations

import pytest
from mowjaz.importer.furniture import split_takes, split_wire_tail, wire_codes

from tests.import_support import BODY, LEAD, TITLE, body_texts, imported

LAST = "وقال رئيس البلدية إن السوق ستنظم التجارة وتحمي المستهلك من الغلاء."

WIRE_SHAPES = [
    "ع ص / ح م",
    "ع ص/ح م",
    "ح م",
    "ع.ص/ح.م",
    "/ ع ص /",
    "ع م / ع ج 14:25 ت م",
    "/ يتبع /",
    "/انتهى/",
    "انتهى",
    "انتهى.",
    "(انتهى)",
    "- انتهى -",
    "ت م",
    "NNNN",
    "ع ص / ح م // انتهى //",
]


@pytest.mark.parametrize("trailer", WIRE_SHAPES)
def test_wire_codes_on_the_last_line_are_dropped(trailer: str) -> None:
    result = imported(f"{TITLE}\n{BODY}{trailer}\n")
    assert body_texts(result)[-1] == LAST
    assert any(trailer.split(maxsplit=1)[0] in warning for warning in result.warnings)


@pytest.mark.parametrize("trailer", WIRE_SHAPES)
def test_wire_codes_glued_after_the_last_sentence_are_cut(trailer: str) -> None:
    result = imported(f"{TITLE}\n{BODY.rstrip()} {trailer}\n")
    assert body_texts(result)[-1] == LAST


def test_wire_codes_before_a_credit_on_the_last_lines_are_dropped() -> None:
    result = imported(f"{TITLE}\n{BODY}ع ص / ح م\n(واس)\n")
    assert body_texts(result)[-1] == LAST
    assert result.brief.author == "واس"


@pytest.mark.parametrize(
    "credit",
    ["(واس)", "واس", "- واس", "(أ ف ب)", "أ ف ب", "رويترز", "واس / ع ص"],
)
def test_an_agency_glued_after_the_last_sentence_is_the_author(credit: str) -> None:
    result = imported(f"{TITLE}\n{BODY.rstrip()} {credit}\n")
    assert body_texts(result)[-1] == LAST
    assert result.brief.author == credit.strip("()- ").split(" /")[0]


def test_a_control_word_between_takes_splits_the_line_without_a_stop() -> None:
    pieces, marks = split_takes(
        "افتتحت البلدية السوق في البلدة // يتبع // وأضاف رئيس البلدية أن"
    )
    assert pieces == ["افتتحت البلدية السوق في البلدة", "وأضاف رئيس البلدية أن"]
    assert marks == ["// يتبع //"]
    assert split_takes("افتتحت البلدية السوق / يتبع / وأضاف")[1] == ["/ يتبع /"]


def test_a_single_slash_control_line_in_the_body_is_dropped() -> None:
    result = imported(
        f"{TITLE}\n{LEAD}\n/ يتبع /\n{LAST}\nوأضاف أن السوق ستفتح يوميا.\n"
    )
    assert "/ يتبع /" not in body_texts(result)


@pytest.mark.parametrize(
    "tail",
    [
        "سمات",
        "سمات الأسواق، البلدية، الخضر",
        "سمات: الأسواق، البلدية",
        "الوسوم: الأسواق - البلدية - الخضر",
        "المزيد...",
    ],
)
def test_tags_and_read_more_glued_after_the_last_sentence_are_cut(tail: str) -> None:
    result = imported(f"{TITLE}\n{BODY.rstrip()} {tail}\n")
    assert body_texts(result)[-1] == LAST


def test_a_link_line_repeating_a_long_headline_is_dropped() -> None:
    headline = (
        "البلدية تفتتح سوقا مغطاة جديدة للخضر والفواكه في وسط البلدة بعد انتظار "
        "دام سنوات طويلة وسط ترحيب واسع من التجار والسكان والزوار"
    )
    result = imported(f"{TITLE}\n{BODY}رابط الخبر بصحيفة موجز: {headline}\n")
    assert body_texts(result)[-1] == LAST


# ---------------------------------------------------------------------------
# Must not drop


@pytest.mark.parametrize(
    "last",
    [
        "وقال رئيس البلدية إن زمن الفوضى في السوق القديمة انتهى.",
        "ويشمل القرار البندين (أ) و(ب).",
        "سمات المرحلة المقبلة تتطلب من التجار الحذر.",
        "أ - تنظيم الأسواق الشعبية في البلدة",
        "كلمة //السوق// تعني المكان الذي يلتقي فيه الناس.",
    ],
    ids=[
        "ended-in-a-sentence",
        "bracketed-letters",
        "tag-word-sentence",
        "list-item",
        "slashed-word",
    ],
)
def test_a_real_last_line_stays(last: str) -> None:
    result = imported(f"{TITLE}\n{BODY}{last}\n")
    assert body_texts(result)[-1] == last


def test_an_agency_spelt_with_initials_in_the_byline_stays_whole() -> None:
    result = imported(f"{TITLE}\nبحرة - أ. ف. ب\n{BODY}")
    assert result.brief.author is not None
    assert "ف" in result.brief.author


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("ع ص / ح م", True),
        ("انتهى", True),
        ("14:25 ت م", True),
        ("أ", False),  # a list's mark
        ("14:25", False),  # a time alone may be the story's
        ("واس", False),  # an agency is a credit
        ("في البلدة", False),
    ],
)
def test_wire_codes_shapes(text: str, *, codes: bool) -> None:
    assert wire_codes(text) is codes


def test_a_stop_after_an_initial_is_no_sentence_end() -> None:
    assert split_wire_tail("بحرة - أ. ف. ب") == ("بحرة - أ. ف. ب", "")


@pytest.mark.parametrize(
    "credit",
    ["* خدمة «صحيفة المرسى»", "* خدمة: «صحيفة المرسى»", "بالاتفاق مع «موجز»"],
)
def test_a_syndicated_story_s_partner_on_the_last_line_is_dropped(credit: str) -> None:
    result = imported(f"{TITLE}\n{BODY}{credit}\n")
    assert body_texts(result)[-1] == LAST
    assert any("syndication credit" in warning for warning in result.warnings)
    assert result.brief.dateline is None


def test_a_service_named_as_a_subheading_stays() -> None:
    # not on the last lines, and not a partner in quotation marks
    text = f"{TITLE}\n{LEAD}\nخدمة العملاء\n{LAST}\nوأضاف أن السوق ستفتح يوميا.\n"
    assert "خدمة العملاء" in body_texts(imported(text))


def test_a_long_line_of_initials_and_dots_is_read_at_once() -> None:
    # Every character belongs to one code or to one gap: no backtracking blow-up.
    line = "ع. " * 4000 + "كلمة"
    assert wire_codes(line) is False
    assert split_wire_tail("الغلاء." + " ." * 20000 + " ع")[1] == ""


def test_a_share_prompt_after_the_last_sentence_is_cut() -> None:
    result = imported(f"{TITLE}\n{BODY.rstrip()} تابعونا على منصات التواصل\n")
    assert body_texts(result)[-1] == LAST


def test_a_sentence_that_opens_like_a_prompt_stays() -> None:
    last = "وقال إن السكان تابعوا على مدى سنوات أخبار السوق."
    assert body_texts(imported(f"{TITLE}\n{BODY}{last}\n"))[-1] == last


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("(واس) ع ص / ح م", "واس"),
        ("واس 14:25 ت م", "واس"),
        ("المصدر: واس", "واس"),
        ("رويترز - أ ف ب", "رويترز، أ ف ب"),
    ],
)
@pytest.mark.parametrize("glued", [False, True], ids=["own-line", "glued"])
def test_an_agency_with_desk_codes_or_a_label_is_the_author_without_them(
    credit: str, author: str, *, glued: bool
) -> None:
    text = f"{BODY.rstrip()} {credit}" if glued else f"{BODY}{credit}"
    result = imported(f"{TITLE}\n{text}\n")
    assert body_texts(result)[-1] == LAST
    assert result.brief.author == author
