"""Key points: which sentences become the bullets of the "أبرز النقاط" box."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import corpus_path
from mowjaz.keypoints import (
    Weights,
    candidate_units,
    dangling_start,
    extract_key_points,
    is_bare_quote,
    is_boilerplate,
    strip_connective,
)
from mowjaz.keypoints.extract import within_words
from mowjaz.keypoints.rating import scores, tfidf
from mowjaz.keypoints.units import cut_at_comma
from mowjaz.text.blocks import Block, blocks_from_plain_text

from eval.common import read_jsonl
from eval.keypoints import evaluate, lead, mowjaz, random_pick
from eval.keypoints_raw import Box, check, make_box, repeats

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
    assert extract_key_points([], 4) == []


def test_headings_and_punctuation_only_give_no_key_points() -> None:
    blocks = [
        Block("heading", "عنوان فرعي طويل بما يكفي ليكون جملة كاملة"),
        Block("paragraph", "، ؛ ؟"),
    ]
    assert extract_key_points(blocks, 4) == []


def test_a_one_sentence_brief_has_no_box_its_lead_is_all_of_it() -> None:
    text = "افتتحت البلدية حديقة عامة جديدة في وسط المدينة يوم الجمعة."
    assert extract_key_points([Block("paragraph", text)], 4) == []


# Choice ----------------------------------------------------------------------------

# A longer brief written for these tests (over 150 words): a city opens a metro line.
LONG_TITLE = "افتتاح أول خط للمترو في مدينة النخيل"
LONG_BRIEF = "\n".join(
    [
        "النخيل - افتتحت بلدية مدينة النخيل صباح الخميس أول خط للمترو في المدينة، "
        "بطول اثنين وعشرين كيلومترا وبخمس عشرة محطة.",
        "وقال رئيس البلدية في مؤتمر صحفي إن الخط سينقل نحو مئتي ألف راكب كل يوم "
        "في سنته الأولى.",
        "وبلغت كلفة المشروع نحو ثلاثة مليارات دولار، دفعت الحكومة نصفها "
        "وتكفلت شركة خاصة بالباقي مقابل تشغيل الخط عشرين عاما.",
        "وتعمل القطارات من الخامسة صباحا حتى منتصف الليل، بمعدل قطار كل أربع "
        "دقائق في ساعات الذروة.",
        "وحددت البلدية سعر التذكرة الواحدة بدولار واحد، مع اشتراك شهري مخفض "
        "للطلاب وكبار السن.",
        "وأضاف أن البلدية تدرس إنشاء خط ثان يربط المطار بوسط المدينة قبل نهاية العقد.",
        "وشهدت الأيام الأولى ازدحاما كبيرا في المحطات القريبة من الأسواق الشعبية، "
        "ما دفع الشركة المشغلة إلى زيادة عدد القطارات.",
        "ويأمل سكان الأحياء الشرقية أن يخفف المترو زحمة السير التي تستغرق "
        "ساعتين يوميا في طريق العمل.",
        "وانتقدت جمعية حماية البيئة قطع مئات الأشجار في الشارع الرئيسي خلال "
        "أعمال البناء التي استمرت أربع سنوات.",
    ]
)


def long_blocks() -> list[Block]:
    """The long test brief as an imported plain-text article."""
    return blocks_from_plain_text(LONG_BRIEF)


@pytest.mark.parametrize("count", [3, 4, 5])
def test_a_long_brief_gets_the_requested_number_of_points_in_order(
    count: int,
) -> None:
    points = extract_key_points(long_blocks(), count=count, title=LONG_TITLE)
    assert len(points) == count
    positions = [LONG_BRIEF.index(point) for point in points]
    assert positions == sorted(positions)


def test_the_lead_under_the_box_is_never_a_point() -> None:
    points = extract_key_points(long_blocks(), count=5, title=LONG_TITLE)
    assert not any("أول خط للمترو" in point for point in points)


# A one-paragraph brief written for these tests (over 150 words): a children's
# hospital opens.  After its lead (three sentences, over 60 words) comes mostly
# speech that cannot stand alone, so its body gives a single self-contained unit.
HOSPITAL_TITLE = "افتتاح مستشفى للأطفال في الواحة"
HOSPITAL_LEAD = [
    "أعلنت وزارة الصحة يوم الأحد افتتاح مستشفى جديد للأطفال في مدينة الواحة "
    "بسعة مئتي سرير.",
    "وبلغت كلفة المستشفى الجديد مئة وعشرين مليون دولار دفعتها الحكومة كاملة "
    "من ميزانية العام الماضي بعد موافقة البرلمان عليها، في حين تكفلت منظمة "
    "خيرية دولية بتجهيز غرف العمليات الخمس ووحدة العناية المركزة لحديثي الولادة.",
    "ويعمل في المستشفى ثلاثمئة طبيب وممرض تلقوا تدريبهم في جامعة العاصمة وفي "
    "مستشفيات الدول المجاورة خلال السنتين الماضيتين، كما خصصت الوزارة حافلات "
    "مجانية تنقل المرضى من القرى البعيدة إلى المستشفى كل صباح.",
]
HOSPITAL = " ".join(
    [
        *HOSPITAL_LEAD,
        "وقال: هذا يوم سعيد لنا جميعا ولكل أسرة في هذه المدينة الجميلة التي "
        "انتظرت طويلا.",
        "وأضاف أنه سيزور المستشفى مرة أخرى في الشهر المقبل ليطمئن على سير العمل فيه.",
        "هل يكفي مستشفى واحد لمدينة يسكنها نصف مليون نسمة ويزيد عدد أطفالها كل عام؟",
        "وتابع: نحن نعمل ليل نهار من أجل أطفالنا ولن نتوقف حتى يحصل كل طفل على العلاج.",
        "مؤكدا أنه يعرف حجم المعاناة التي عاشتها الأسر طوال السنوات الماضية في "
        "انتظار هذا اليوم.",
        "وأوضح مدير المستشفى أن قسم الطوارئ سيعمل على مدار الساعة طوال أيام "
        "الأسبوع دون انقطاع.",
    ]
)


def test_a_long_brief_short_of_units_tops_up_with_parts_of_the_lead() -> None:
    points = extract_key_points(
        [Block("paragraph", HOSPITAL)], count=4, title=HOSPITAL_TITLE
    )
    assert len(points) == 3
    # The body's own unit is kept, and comes last, in article order.
    assert points[-1].startswith("أوضح مدير المستشفى")
    # The rest are parts of the lead's later sentences: never its first sentence,
    # never a whole sentence.
    for point in points[:-1]:
        assert not any(point in sentence for sentence in HOSPITAL_LEAD[:1])
        assert any(
            point.rstrip(".") in sentence and len(point) < 0.8 * len(sentence)
            for sentence in HOSPITAL_LEAD[1:]
        )


def test_a_point_comes_from_the_end_of_the_article_too() -> None:
    points = extract_key_points(long_blocks(), count=4, title=LONG_TITLE)
    last_paragraphs = LONG_BRIEF.splitlines()[-4:]
    assert any(point in paragraph for point in points for paragraph in last_paragraphs)


def test_a_speech_verb_without_its_subject_is_trimmed_to_the_fact() -> None:
    points = extract_key_points(long_blocks(), count=5, title=LONG_TITLE)
    assert not any(point.startswith("وأضاف") for point in points)
    trimmed = "البلدية تدرس إنشاء خط ثان يربط المطار بوسط المدينة قبل نهاية العقد."
    assert trimmed in [unit.text for unit in candidate_units(long_blocks())]


def test_a_short_brief_gets_at_most_two_points() -> None:
    points = extract_key_points(brief_blocks(), count=5)
    assert 1 <= len(points) <= 2


def test_the_headline_is_never_repeated() -> None:
    title = "الحكومة تدشن محطة لتحلية مياه البحر في مدينة الساحل"
    blocks = [
        *long_blocks(),
        Block("paragraph", "دشنت الحكومة محطة لتحلية مياه البحر في مدينة الساحل."),
    ]
    points = extract_key_points(blocks, count=5, title=title)
    assert not any("تحلية" in point for point in points)


def test_two_sentences_that_say_the_same_thing_give_one_point() -> None:
    blocks = [
        *long_blocks()[:1],
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
    assert len(points) == 2  # a short brief: two at most
    assert sum("بثلاثة أهداف نظيفة" in point for point in points) == 1


def test_a_point_does_not_start_with_a_discourse_connective() -> None:
    points = [unit.text for unit in candidate_units(brief_blocks())]
    assert not any(point.startswith(("ومن جهته", "وفي سياق متصل")) for point in points)
    assert any(point.startswith("قال وزير الموارد المائية") for point in points)


# Rating ----------------------------------------------------------------------------


def test_the_topic_is_a_query_that_leaves_the_article_weights_alone() -> None:
    bags = [["محطة", "تحلية", "ساحل"], ["محطة", "وزير"], ["سعر", "اشتراك"]]
    table = tfidf(bags, [["محطة", "ساحل", "غائب"]])
    assert table.shape == (4, tfidf(bags).shape[1])
    # The article's rows are what they are without the topic; the topic's word
    # that no unit uses is left out.
    assert np.allclose(table[:3], tfidf(bags))
    assert np.isclose(np.linalg.norm(table[3]), 1.0)


def test_with_the_topic_weight_the_unit_closest_to_the_headline_rates_best() -> None:
    bags = [["سعر", "اشتراك", "عائلة"], ["محطة", "تحلية", "ساحل"], ["سعر", "عائلة"]]
    table = tfidf(bags, [["محطة", "تحلية"]])
    about = Weights(position=0.0, topic=1.0, length=0.0)
    rated = scores(table[:3], [0, 1, 2], [3, 3, 2], about, table[3])
    assert int(np.argmax(rated)) == 1
    # Without it, the unit that shares most with the whole article does.
    central = Weights(position=0.0, topic=0.0, length=0.0)
    assert int(np.argmax(scores(table[:3], [0, 1, 2], [3, 3, 2], central))) != 1


# Units: clauses, length, self-containment --------------------------------------------


def test_a_long_sentence_is_split_into_clauses_of_at_most_thirty_words() -> None:
    sentence = (
        "دشنت الحكومة صباح الأحد محطة جديدة لتحلية مياه البحر في مدينة الساحل "
        "بطاقة تبلغ مئة ألف متر مكعب يوميا وأضاف الوزير أن المحطة ستنهي انقطاع "
        "المياه في الصيف، في حين تعمل الشركة على مد أنابيب جديدة إلى القرى "
        "المجاورة قبل نهاية العام."
    )
    units = [unit.text for unit in candidate_units([Block("paragraph", sentence)])]
    assert units == [
        "دشنت الحكومة صباح الأحد محطة جديدة لتحلية مياه البحر في مدينة الساحل "
        "بطاقة تبلغ مئة ألف متر مكعب يوميا",
        "أضاف الوزير أن المحطة ستنهي انقطاع المياه في الصيف",
        "تعمل الشركة على مد أنابيب جديدة إلى القرى المجاورة قبل نهاية العام.",
    ]


def test_a_clause_never_starts_inside_a_quotation() -> None:
    sentence = (
        "وقال الوزير في كلمته أمام المجلس: «سنبني المحطة، كما سنبني المدارس "
        "والمستشفيات في كل القرى، وأضاف الجميع أن الوقت قد حان لذلك» ثم غادر "
        "القاعة مسرعا دون أن يجيب عن أسئلة الصحفيين الكثيرين."
    )
    for unit in candidate_units([Block("paragraph", sentence)]):
        assert not unit.text.startswith(("سنبني", "الجميع", "أضاف الجميع"))


def test_a_unit_needing_the_previous_sentence_is_not_a_point() -> None:
    blocks = [
        Block("paragraph", "مشيرين إلى ضرورة الإسراع في تنفيذ المشروع قبل الصيف."),
        Block("paragraph", "وأضاف أنه سيعود إلى العاصمة بعد انتهاء الاجتماع."),
        Block("paragraph", "وقدم له الوزير درعا تذكارية في ختام الحفل الكبير."),
        Block("paragraph", "وتضمن البيان الختامي للقمة النقاط التالية:"),
    ]
    assert candidate_units(blocks) == []


def test_dangling_starts_are_read_from_the_list() -> None:
    assert dangling_start("مشيرا إلى أن الأسعار سترتفع")
    assert dangling_start("معه عدد من المسؤولين")
    assert dangling_start("وأضاف أنه سيعود")
    # "The director said so": what he said is in the sentence before.
    assert dangling_start("أوضح ذلك رئيس البلدية في مؤتمر صحفي")
    assert dangling_start("صرح بذلك مدير المدرسة لأولياء الأمور")
    assert not dangling_start("وفي هذا الإطار أعلنت الوزارة خطة جديدة")
    # "This came during …": a listed pair of words places the sentence before.
    assert dangling_start("وجاء ذلك خلال زيارة الوزير للمحطة الجديدة")
    assert not dangling_start("جاء الوزير إلى المحطة في زيارة مفاجئة")
    assert not dangling_start("أعلنت الوزارة خطة جديدة")
    assert not dangling_start("")


def test_a_verb_with_a_plural_pronoun_subject_needs_the_sentence_before() -> None:
    # An opening verb agrees in number only with a pronoun: "وعبروا" (they
    # expressed) has its subject elsewhere, "وعبر الأهالي" names it.
    assert dangling_start("وعبروا عن شكرهم للبلدية على سرعة الإصلاح")
    assert dangling_start("أوضحوا ذلك في لقاء مع الأهالي")
    assert not dangling_start("وعبر الأهالي عن شكرهم للبلدية على سرعة الإصلاح")
    assert not dangling_start("جوا وصل الوفد إلى العاصمة صباح اليوم")


def test_a_pronoun_after_a_noun_is_its_copula_and_stands_alone() -> None:
    # "The new bridge is ...": the pronoun points at the word before it.
    assert not dangling_start("الجسر الجديد هو أطول جسر عرفته المدينة")
    assert not dangling_start("سامر هو أصغر لاعب في تاريخ النادي")
    # After a verb the pronoun still needs the previous sentence.
    assert dangling_start("وأضاف هو أن الموعد لم يحدد")


def test_an_impersonal_verb_after_that_it_keeps_the_fact() -> None:
    # "He explained that it was done …": the pronoun is no one, the fact stands.
    blocks = [
        Block("paragraph", "وأوضح أنه تم افتتاح ثلاث مدارس جديدة في القرى الشمالية."),
        Block("paragraph", "مشيرا إلى أنه سيتم فتح باب التسجيل للطلاب الجدد غدا."),
        # "He confirmed that he did not …" needs to know who "he" is.
        Block("paragraph", "وأكد أنه لم يتلق أي اتصال من الوزارة حتى مساء أمس."),
    ]
    assert [unit.text for unit in candidate_units(blocks)] == [
        "تم افتتاح ثلاث مدارس جديدة في القرى الشمالية.",
        "سيتم فتح باب التسجيل للطلاب الجدد غدا.",
    ]


def test_a_long_clause_is_cut_at_a_comma_never_inside_a_number() -> None:
    head = (
        "اشترت البلدية في الأسبوع الماضي نحو 2,500 شجرة زيتون لزراعتها على جانبي "
        "الطريق السريع الذي يربط المدينة بالمطار الجديد"
    )
    tail = "في مشروع يشارك فيه طلاب المدارس والمتطوعون من الأحياء القريبة كل يوم سبت"
    assert cut_at_comma(f"{head}، {tail}", 30) == head
    # Without a comma between words there is no cut, not "… نحو 2".
    assert cut_at_comma(f"{head} {tail}", 30) == ""


def test_a_cut_that_keeps_only_the_phrase_fronted_after_that_is_no_unit() -> None:
    # "The club said that after a long wait, …": the claim is after the comma.
    said = "أكد النادي في بيان وزعه على الصحف مساء أمس أنه بعد انتظار طويل"
    claim = (
        "سيعود الفريق الأول إلى التدريب في ملعبه الجديد مطلع الأسبوع المقبل "
        "بعد انتهاء أعمال الصيانة"
    )
    assert cut_at_comma(f"{said}، {claim}", 20) == ""
    # "That it is in touch with …": على after "that it" is the claim itself.
    touch = "قال مدير الكرة في النادي في تصريح للصحيفة أمس إنه على اتصال يومي باللاعب"
    assert cut_at_comma(f"{touch}، {claim}", 20) == touch


def test_a_dateline_and_an_unclosed_quotation_mark_are_removed() -> None:
    blocks = [
        Block(
            "paragraph",
            "الرياض - واس - افتتح أمير المنطقة معرض الكتاب الدولي مساء أمس.",
        ),
        Block("paragraph", "“وأوضح المدير أن المعرض يضم ألف دار نشر من ثلاثين دولة."),
    ]
    assert [unit.text for unit in candidate_units(blocks)] == [
        "افتتح أمير المنطقة معرض الكتاب الدولي مساء أمس.",
        "أوضح المدير أن المعرض يضم ألف دار نشر من ثلاثين دولة.",
    ]


def test_a_diacritised_tatweel_clause_opener_still_splits() -> None:
    sentence = (
        "أعلنت وزارة الصحة عن افتتاح ثلاثة مستشفيات جديدة في المنطقة الشمالية "
        "خلال الشهر الجاري لخدمة أكثر من مليون ساكن في القرى والمدن، مُشـيراً إلى "
        "أن الوزارة "
        "ستوظف ألفي طبيب وممرض في المستشفيات الجديدة."
    )
    units = [unit.text for unit in candidate_units([Block("paragraph", sentence)])]
    assert units[-1] == "الوزارة ستوظف ألفي طبيب وممرض في المستشفيات الجديدة."


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


# Raw-page checks (the metric definitions; no corpus needed) -------------------------


def test_a_near_copy_counts_as_a_repeat_and_a_new_fact_does_not() -> None:
    lead = "افتتحت بلدية مدينة النخيل صباح الخميس أول خط للمترو في المدينة."
    assert repeats("افتتحت بلدية مدينة النخيل أول خط للمترو في المدينة", lead)
    assert not repeats("وحددت البلدية سعر التذكرة الواحدة بدولار واحد.", lead)
    assert not repeats("", lead)


def test_the_checks_count_long_bullets_lead_repeats_and_short_boxes() -> None:
    box = Box(
        outlet="test",
        title=LONG_TITLE,
        paragraphs=tuple(LONG_BRIEF.splitlines()),
        visible_lead=LONG_BRIEF.splitlines()[0],
        first_paragraph=LONG_BRIEF.splitlines()[0],
        bullets=(
            "افتتحت بلدية مدينة النخيل صباح الخميس أول خط للمترو في المدينة",
            " ".join(["كلمة"] * 36),
        ),
    )
    checks = check([box])
    assert (checks.articles, checks.bullets, checks.over_35) == (1, 2, 1)
    assert checks.lead_repeated == 1
    assert (checks.long_articles, checks.long_with_3_to_5) == (1, 0)
    # A short box that left no self-contained unit out, and one that did.
    assert checks.short_without_spare_units == 1
    assert check([replace(box, spare_units=2)]).short_without_spare_units == 0


def test_a_box_counts_the_units_after_the_lead_it_left_out() -> None:
    row = {"outlet": "test", "title": LONG_TITLE, "raw": LONG_BRIEF}
    box = make_box(row, count=3)
    assert len(box.bullets) == 3
    assert box.spare_units > 0
    assert make_box(row, count=5).spare_units < box.spare_units


def test_only_the_first_words_of_a_pasted_book_are_read() -> None:
    """A brief far longer than any news story is read up to a bound, block by block."""
    block = Block("paragraph", " ".join(["كلمة"] * 5000))
    assert within_words([block, block, block], 8000) == [block]
    assert within_words([block], 10) == [block]
    assert within_words([], 10) == []
