"""Key points: which sentences become the bullets of the "أبرز النقاط" box."""

from __future__ import annotations

import pytest
from conftest import corpus_path
from mowjaz.keypoints import (
    extract_key_points,
    is_bare_quote,
    is_boilerplate,
    strip_connective,
)
from mowjaz.text.blocks import Block, blocks_from_plain_text

from eval.common import read_jsonl
from eval.keypoints import evaluate, lead, mowjaz, random_pick

# A brief written for these tests: a desalination plant opens in a coastal town.
BRIEF = "\n".join(
    [
        "دشنت الحكومة صباح الأحد محطة جديدة لتحلية مياه البحر في "
        "مدينة الساحل، بطاقة تبلغ مئة ألف متر مكعب يوميا.",
        "وتكفي المحطة لتزويد نحو نصف مليون ساكن بمياه الشرب طوال أيام السنة.",
        "مواضيع مشابهة: أمطار غزيرة تغمر شوارع العاصمة وتعطل حركة المرور",
        "تفاصيل المشروع",
        "واستغرق بناء محطة التحلية ثلاث سنوات بكلفة قاربت مئتي مليون "
        "دولار، بتمويل من الحكومة وبنك التنمية.",
        "“الماء حق للجميع”",
        "ومن جهته، قال وزير الموارد المائية إن المحطة ستنهي انقطاع "
        "مياه الشرب في المدينة خلال الصيف.",
        "وأضاف الوزير أن الحكومة تخطط لبناء محطتين أخريين للتحلية قبل نهاية العقد.",
        "هل تكفي محطات التحلية لمواجهة الجفاف في المنطقة؟",
        "وفي سياق متصل، أعلنت شركة المياه عن خفض أسعار الاشتراك للعائلات محدودة الدخل.",
        "متابعو الموقع يشاهدون:",
        "التعليقات",
    ]
)


def brief_blocks() -> list[Block]:
    """The test brief as an imported plain-text article, with its subheading marked."""
    return [
        Block("heading", block.text) if block.text == "تفاصيل المشروع" else block
        for block in blocks_from_plain_text(BRIEF)
    ]


# Degenerate input ------------------------------------------------------------------


def test_no_blocks_give_no_key_points() -> None:
    assert extract_key_points([]) == []


def test_headings_and_punctuation_only_give_no_key_points() -> None:
    blocks = [
        Block("heading", "عنوان فرعي طويل بما يكفي ليكون جملة كاملة"),
        Block("paragraph", "، ؛ ؟"),
    ]
    assert extract_key_points(blocks) == []


def test_a_single_sentence_is_the_only_key_point() -> None:
    text = "افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم الجمعة."
    assert extract_key_points([Block("paragraph", text)]) == [text]


# Choice ----------------------------------------------------------------------------


@pytest.mark.parametrize("count", [3, 4, 5])
def test_returns_the_requested_number_of_points_in_article_order(count: int) -> None:
    points = extract_key_points(brief_blocks(), count=count)
    assert len(points) == count
    positions = [BRIEF.index(point) for point in points]
    assert positions == sorted(positions)


def test_the_first_point_is_the_lead() -> None:
    points = extract_key_points(brief_blocks(), count=3)
    assert points[0].startswith("دشنت الحكومة صباح الأحد محطة جديدة")


def test_never_picks_a_heading_boilerplate_a_bare_quote_or_a_question() -> None:
    points = extract_key_points(brief_blocks(), count=5)
    joined = "\n".join(points)
    assert "تفاصيل المشروع" not in points
    assert "مواضيع مشابهة" not in joined
    assert "متابعو الموقع" not in joined
    assert "الماء حق للجميع" not in joined
    assert not any(point.endswith("؟") for point in points)


def test_two_sentences_that_say_the_same_thing_give_one_point() -> None:
    blocks = [
        Block(
            "paragraph",
            "فاز المنتخب الوطني على منافسه بثلاثة أهداف نظيفة "
            "في نهائي البطولة القارية.",
        ),
        Block(
            "paragraph",
            "وفاز المنتخب الوطني على منافسه بثلاثة أهداف نظيفة في نهائي البطولة.",
        ),
        Block(
            "paragraph",
            "واحتفل آلاف المشجعين في شوارع العاصمة حتى ساعة متأخرة من الليل.",
        ),
        Block(
            "paragraph", "وسيستقبل رئيس الدولة اللاعبين في القصر يوم الاثنين لتكريمهم."
        ),
        Block(
            "paragraph",
            "وكان المدرب قد تعرض لانتقادات كثيرة قبل انطلاق البطولة بأسابيع.",
        ),
    ]
    points = extract_key_points(blocks, count=3)
    assert len(points) == 3
    assert sum("بثلاثة أهداف نظيفة" in point for point in points) == 1


def test_a_point_does_not_start_with_a_discourse_connective() -> None:
    points = extract_key_points(brief_blocks(), count=5)
    assert not any(point.startswith(("ومن جهته", "وفي سياق متصل")) for point in points)
    assert any(point.startswith("قال وزير الموارد المائية") for point in points)


# Connectives, boilerplate and bare quotes --------------------------------------------


def test_a_listed_connective_and_its_comma_are_removed() -> None:
    assert (
        strip_connective("ومن جهة أخرى، أعلن الوزير استقالته.")
        == "أعلن الوزير استقالته."
    )
    assert strip_connective("من جانبه، رحب المدير بالقرار.") == "رحب المدير بالقرار."
    assert strip_connective("وفي غضون ذلك، ارتفعت الأسعار.") == "ارتفعت الأسعار."


def test_connectives_match_without_diacritics_or_hamza() -> None:
    assert (
        strip_connective("ومِن جهةٍ اخرى، أعلن الوزير استقالته.")
        == "أعلن الوزير استقالته."
    )


def test_words_that_start_with_waw_are_never_mangled() -> None:
    for sentence in (
        "وأعلن الوزير استقالته.",
        "وزير المالية يستقيل.",
        "ومن المنتظر أن يصل الوفد غدا.",
        "والده طبيب معروف في المدينة.",
    ):
        assert strip_connective(sentence) == sentence


def test_a_connective_that_needs_its_comma_stays_without_it() -> None:
    sentence = "إلى ذلك الحين ستبقى المكتبة مغلقة."
    assert strip_connective(sentence) == sentence


def test_a_connective_alone_is_not_removed() -> None:
    assert strip_connective("من جهته") == "من جهته"
    assert strip_connective("") == ""


def test_boilerplate_lines_are_recognised() -> None:
    assert is_boilerplate("مواضيع مشابهة: خبر آخر عن المدينة")
    assert is_boilerplate("التعليقات")
    assert is_boilerplate("متابعو الموقع يشاهدون:")
    assert not is_boilerplate("التعليقات التي نشرها القراء كانت كثيرة ومتنوعة.")


def test_a_sentence_that_is_only_a_quotation_is_bare() -> None:
    assert is_bare_quote("“لا اتفاق حتى الآن”")
    assert is_bare_quote("«سنعود قريبا».")
    assert not is_bare_quote("وقال الوزير: “سنعود قريبا”.")
    assert not is_bare_quote("سنعود قريبا")


# Evaluation code (needs the third-party corpus) --------------------------------------


@pytest.mark.corpus
def test_the_evaluation_scores_a_few_easc_articles_in_range() -> None:
    rows = list(read_jsonl(corpus_path("easc-dev.jsonl"), limit=5))
    scores = evaluate(rows, {"m": mowjaz(3), "lead": lead(3), "random": random_pick(3)})
    assert [score.name for score in scores] == ["m", "lead", "random"]
    for score in scores:
        assert score.articles == 5
        assert 0.0 < score.rouge1 <= 1.0
        assert 0.0 <= score.references_per_sentence <= 5.0
        assert 0.0 <= score.agreement <= 1.0
