"""A run-on sentence cut to fit a bullet: the main clause, never a loose phrase.

Every fixture is Arabic written for these tests.
"""

from __future__ import annotations

from mowjaz.keypoints.extract import extract_key_points
from mowjaz.keypoints.units import (
    circumstantial_participle,
    sentences,
    strip_dateline,
)
from mowjaz.text.blocks import Block

RUN_ON = (
    "واصل المنتخب الوطني للشباب تحضيراته للبطولة القارية في معسكره المقام "
    "حاليا في مدينة أبها بمشاركة جميع اللاعبين المختارين من الأندية المحلية "
    "حيث خاض مباراتين وديتين أمام فريقين من الدرجة الأولى وحقق فيهما الفوز "
    "بنتيجة كبيرة من أجل الاستعداد الجيد للتصفيات المؤهلة إلى نهائيات كأس "
    "آسيا التي ستنطلق في الشهر المقبل في العاصمة بمشاركة ستة عشر منتخبا من "
    "القارة."
)
SECOND = (
    "وأكد مدرب المنتخب أن اللاعبين أظهروا مستوى طيبا في المباراتين الوديتين "
    "وأن الجهاز الفني سيعمل خلال الأيام المقبلة على تصحيح الأخطاء التي ظهرت "
    "في خط الدفاع من خلال الحصص التدريبية اليومية التي تقام على الملعب "
    "الرئيسي للمدينة الرياضية في أبها بحضور عدد من المسؤولين والجماهير "
    "الرياضية التي حرصت على متابعة التدريبات منذ اليوم الأول للمعسكر"
)
THIRD = (
    "ويغادر المنتخب إلى الدوحة مطلع الأسبوع المقبل لخوض مباراة ودية أخيرة "
    "أمام منتخب قطر قبل أن يعود إلى الرياض لإعلان القائمة النهائية للاعبين "
    "المشاركين في التصفيات."
)

PREPOSITIONS = ("من", "في", "على", "إلى", "عن", "مع", "خلال")
RELATIVES = ("الذي", "التي", "الذين")


def _points() -> list[str]:
    blocks = [
        Block("paragraph", "أبها: سامي العلي"),
        Block(
            "paragraph",
            "بدأ المنتخب الوطني للشباب معسكره الإعدادي في أبها استعدادا لتصفيات "
            "كأس آسيا.",
        ),
        Block("paragraph", RUN_ON),
        Block("paragraph", SECOND),
        Block("paragraph", THIRD),
    ]
    return extract_key_points(blocks, 4, title="المنتخب الشاب يواصل معسكره في أبها")


def test_no_bullet_is_the_tail_phrase_of_a_cut_sentence():
    points = _points()
    assert points, "a 150-word brief gets a box"
    assert not [point for point in points if point.split()[0] in PREPOSITIONS]


def test_a_cut_bullet_ends_on_a_whole_phrase():
    for point in _points():
        last_two = point.rstrip(".").split()[-2:]
        assert last_two[-1] not in PREPOSITIONS
        assert not set(last_two) & set(RELATIVES)


def test_a_purpose_clause_after_a_semicolon_stays_with_its_sentence():
    text = (
        "وكشف الوزير عن خطة لبناء عشرة معاهد تقنية جديدة في المناطق؛ "
        "لتأهيل الشباب لسوق العمل خلال السنوات المقبلة. وبدأ العمل في أولها."
    )
    assert sentences(text) == [
        "وكشف الوزير عن خطة لبناء عشرة معاهد تقنية جديدة في المناطق؛ "
        "لتأهيل الشباب لسوق العمل خلال السنوات المقبلة.",
        "وبدأ العمل في أولها.",
    ]


def test_an_independent_clause_after_a_semicolon_is_its_own_sentence():
    text = "تأجلت المباراة بسبب الأمطار؛ الاتحاد يحدد موعدا جديدا الأسبوع المقبل."
    assert len(sentences(text)) == 2


def test_a_speech_verb_without_its_subject_gives_what_was_said():
    blocks = [
        Block("paragraph", "أبها: سامي العلي"),
        Block("paragraph", " ".join([THIRD, THIRD.replace("قطر", "عمان")])),
        Block(
            "paragraph",
            "وقال خلال اجتماعه باللاعبين في الفندق إن مباراة الأربعاء لا تقبل "
            "أنصاف الحلول وإن الفوز وحده يضمن التأهل إلى الدور التالي.",
        ),
        Block("paragraph", SECOND),
    ]
    points = extract_key_points(blocks, 4, title="المنتخب الشاب يواصل معسكره")
    assert not [point for point in points if point.startswith("قال خلال")]
    assert any(point.startswith("مباراة الأربعاء لا تقبل") for point in points)


def test_a_circumstantial_participle_needs_its_sentence():
    assert circumstantial_participle("داعيا")
    assert circumstantial_participle("مقدما")
    assert not circumstantial_participle("مؤخرا")  # a listed adverb of time
    assert not circumstantial_participle("مليكنا")  # a noun with a pronoun
    assert not circumstantial_participle("ماليزيا")  # a name
    assert not circumstantial_participle("وايضا")  # a conjunction and an adverb
    text = (
        "وقدم رئيس النادي تهنئته للاعبين بالفوز الكبير؛ "
        "داعيا الجماهير إلى الحضور بكثافة في المباراة المقبلة."
    )
    assert len(sentences(text)) == 1


def test_an_aside_between_dashes_is_not_a_dateline():
    sentence = (
        "وقضى اللاعب - الفائز بكأس العالم الماضية مع منتخبه - عشرة أعوام في ناديه."
    )
    assert strip_dateline(sentence) == sentence
    assert strip_dateline("الرياض - واس - أعلنت الوزارة خطة جديدة.") == (
        "أعلنت الوزارة خطة جديدة."
    )


def test_examples_after_a_semicolon_stay_with_their_sentence():
    text = (
        "وتشمل مشاريع الأمانة مختلف المجالات الخدمية؛ كالعناية بالشوارع العامة "
        "وتحسينها وإنارتها وإنشاء الحدائق."
    )
    assert len(sentences(text)) == 1
