"""A bullet never points back to a thing the article named before it.

Read alone above the article, "this step", "the said suspect", "the latter",
"another deal" or "the same amount" leave the reader asking which one: the
unit needs the sentence before, so it is no bullet.  When the thing is named
inside the unit, or the words point at the reader's own time and place ("this
year"), the unit stands alone.  Every fixture is Arabic written for these tests.
"""

from __future__ import annotations

import pytest
from mowjaz.keypoints.extract import Layout, extract_key_points
from mowjaz.keypoints.units import referent_outside
from mowjaz.text.blocks import Block


@pytest.mark.parametrize(
    "unit",
    [
        # A demonstrative with a noun the sentence before named, as subject.
        "تهدف هذه الخطوة إلى تقليل زمن انتظار المراجعين في المستشفيات.",
        # ... and as object.
        "وأعلنت البلدية تأجيل هذا المشروع إلى العام المقبل بسبب نقص التمويل.",
        # ... and after a preposition other than "in".
        "وتعمل الجمعية من خلال هذه الجهود على دعم الأسر المحتاجة في المحافظة.",
        "خصصت البلدية ميزانية لهذا الغرض تبلغ عشرة ملايين ريال.",
        # A far demonstrative: the time told before.
        "كان الفريق يتصدر الدوري في تلك الفترة بفارق خمس نقاط.",
        # An anaphoric adjective.
        "وأحالت الشرطة المتهم المذكور إلى النيابة العامة لاستكمال التحقيق.",
        "يشترط أن يحمل المتقدم المؤهل أعلاه من جامعة معترف بها.",
        # "The latter" standing for a person named before.
        "وأكد الأخير أن فريقه سيعود إلى التدريبات مطلع الأسبوع.",
        # "Another" after a noun: one of the same kind was told before.
        "ويسعى النادي إلى التعاقد مع مهاجم آخر قبل إغلاق باب الانتقالات.",
        # "The same" after a definite noun.
        "وحصل كل لاعب في الفريق على المبلغ نفسه بعد نهاية البطولة.",
        "وحصلت المدرسة على المركز الثاني في نفس المسابقة العام الماضي.",
    ],
)
def test_a_unit_that_points_back_is_no_bullet(unit: str) -> None:
    assert referent_outside(unit)


@pytest.mark.parametrize(
    "unit",
    [
        # The reader's own time and place.
        "تستضيف جدة البطولة هذا العام بمشاركة اثني عشر منتخبا.",
        "يعمل في هذه البلاد ملايين الوافدين من عشرات الجنسيات.",
        # The noun is named earlier in the unit.
        "أعلنت الجامعة عن وظائف جديدة ودعت من يرغب في هذه الوظائف إلى التسجيل.",
        # A demonstrative in a circumstance, after "in": the fact stands.
        "وقعت الشركتان اتفاقية للتعاون في هذا المجال لمدة ثلاث سنوات.",
        # "The last" after a definite noun, "in the end", "the latest".
        "ارتفعت أسعار الذهب في الأيام الأخيرة إلى أعلى مستوى منذ عامين.",
        "اطلع الوزير على آخر الاستعدادات لاستقبال الحجاج في المطار.",
        # "Again", and "other" joined to the thing it differs from.
        "انقطعت الكهرباء مرة أخرى عن أحياء شرق المدينة مساء أمس.",
        "يصدر المصنع منتجاته إلى الكويت ودول أخرى في المنطقة.",
        # "Himself" after a verb is reflexive, not "the same".
        "قدم المدرب نفسه للجماهير في لقاء مفتوح قبل المباراة الأولى.",
    ],
)
def test_a_unit_whose_referent_is_inside_or_at_hand_stays(unit: str) -> None:
    assert not referent_outside(unit)


_BRIEF = [
    "أعلنت وزارة الصحة اليوم إطلاق حملة وطنية لتطعيم الأطفال ضد الحصبة في كل المناطق.",
    "وتستهدف الحملة أكثر من مليوني طفل دون سن الخامسة خلال أسبوعين.",
    "وتهدف هذه الخطوة إلى رفع نسبة التطعيم إلى خمسة وتسعين في المئة قبل نهاية العام.",
    "وخصصت الوزارة ثلاثمئة فريق ميداني لزيارة المنازل في القرى والهجر البعيدة.",
    "ويمكن للأسر حجز موعد التطعيم عبر التطبيق الإلكتروني للوزارة أو بالاتصال المجاني.",
    "وسجلت المنطقة الشرقية العام الماضي أعلى نسبة تطعيم بين مناطق المملكة.",
]


def test_the_box_leaves_out_the_sentence_that_points_back() -> None:
    blocks = [Block("paragraph", text) for text in _BRIEF]
    points = extract_key_points(blocks, 5, title="حملة وطنية لتطعيم الأطفال")
    assert points
    assert not any("هذه الخطوة" in point for point in points)


def test_the_rule_is_what_leaves_it_out() -> None:
    # With the rule off (as an EASC-comparable run, whose references read the
    # sentence in its article) the same box takes it.
    blocks = [Block("paragraph", text) for text in _BRIEF]
    layout = Layout(referents_inside=False)
    points = extract_key_points(
        blocks, 5, title="حملة وطنية لتطعيم الأطفال", layout=layout
    )
    assert any("هذه الخطوة" in point for point in points)


def test_a_thing_the_headline_names_is_named() -> None:
    # The headline stands right above the box.
    unit = "وتستمر هذه الحملة أسبوعين في جميع مدارس المنطقة."
    assert referent_outside(unit)
    assert not referent_outside(unit, headline="انطلاق حملة التطعيم في المدارس")


_PROJECT = [
    "وقعت أمانة مدينة الواحة أمس عقد مشروع توسعة الطريق الدائري الشمالي بطول "
    "اثني عشر كيلومترا.",
    "ويشمل العقد إنشاء ثلاثة جسور ونفقين عند التقاطعات المزدحمة في شمال المدينة.",
    "وتبلغ تكلفة هذا المشروع مئتين وأربعين مليون ريال تدفع على ثلاث سنوات.",
    "وتنفذ الأعمال شركة وطنية فازت بالمناقصة من بين سبع شركات تقدمت لها.",
    "وتتوقع الأمانة أن يخفض الطريق الجديد زمن الرحلة إلى المطار بنحو الثلث.",
]


def test_the_thing_the_first_sentence_names_is_named_for_the_box() -> None:
    # The brief is about the one project its first sentence names: "this
    # project" in a later sentence is that one, even when the headline does
    # not say "project".
    blocks = [Block("paragraph", text) for text in _PROJECT]
    points = extract_key_points(blocks, 5, title="توسعة الطريق الدائري في الواحة")
    assert any("هذا المشروع" in point for point in points)


def test_a_feminine_verb_right_before_its_preposition_lost_its_subject() -> None:
    # "It fell from … to …": the subject would stand between verb and phrase.
    assert referent_outside("تراجعت من عشرة ملايين ريال إلى ثمانية ملايين")
    assert referent_outside("وركزت على خطط البلدية للعام المقبل في الأحياء")
    assert not referent_outside("تراجعت أسعار الذهب من ذروتها في الأسبوع الماضي")
    # A plural noun in ات before "of" is no verb.
    assert not referent_outside("مئات من الزوار حضروا افتتاح المعرض في الحي")


@pytest.mark.parametrize(
    "unit",
    [
        "وهؤلاء يبحثون عن فرصة مع منتخب الناشئين هذا الموسم.",
        "ومنه انطلقت القافلة نحو القرى الجبلية في الصباح الباكر.",
        "فهؤلاء هم الذين بنوا السوق القديم قبل خمسين عاما.",
    ],
    ids=["and-these", "and-from-it", "so-these"],
)
def test_and_before_a_word_that_points_back_still_points_back(unit: str) -> None:
    assert referent_outside(unit)


def test_a_word_that_only_starts_with_waw_points_nowhere() -> None:
    # وهران is a city, وهي is listed already: a name opening with و stays
    assert not referent_outside("وهران مدينة ساحلية في غرب الجزائر يزورها كثيرون.")
