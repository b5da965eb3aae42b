"""Openings an editor trims or rejects: وقد, a leading ف, "that", "we", contacts.

A bullet stands alone above the article: it does not open on a particle that
ties it to the sentence before (``وقد``، ``فـ``), on "that" without its verb,
on a speech verb with nothing said, and it never says "we" without saying who.
Every fixture is Arabic written for these tests.
"""

from __future__ import annotations

import pytest
from mowjaz.keypoints.units import self_contained
from mowjaz.keypoints.voice import is_formula, speaks_as_we
from mowjaz.text.memo import WordMemo


def _alone(text: str) -> str | None:
    return self_contained(text, WordMemo())


@pytest.mark.parametrize(
    ("unit", "bullet"),
    [
        # "Indeed" before a past verb only stresses it: the verb opens the bullet.
        (
            "وقد أعلنت البلدية افتتاح الحديقة الجديدة أمام الزوار يوم الخميس.",
            "أعلنت البلدية افتتاح الحديقة الجديدة أمام الزوار يوم الخميس.",
        ),
        (
            "لقد ارتفع عدد المسافرين عبر المطار خلال موسم الصيف الحالي.",
            "ارتفع عدد المسافرين عبر المطار خلال موسم الصيف الحالي.",
        ),
        # Before a present verb قد is "may": it stays, without its "and".
        (
            "وقد يؤدي نقص الأمطار إلى ارتفاع أسعار الأعلاف في الأسواق.",
            "قد يؤدي نقص الأمطار إلى ارتفاع أسعار الأعلاف في الأسواق.",
        ),
        # A leading ف where the rest shows it is the conjunction.
        (
            "ففي المدينة الساحلية ارتفعت درجات الحرارة إلى مستويات قياسية.",
            "في المدينة الساحلية ارتفعت درجات الحرارة إلى مستويات قياسية.",
        ),
        (
            "فالمستشفى الجديد يضم ثلاثمئة سرير وعشر غرف للعمليات.",
            "المستشفى الجديد يضم ثلاثمئة سرير وعشر غرف للعمليات.",
        ),
        # "Then indeed" before a past verb: both go.
        (
            "فقد سجلت الشركة أرباحا تجاوزت توقعات المحللين هذا الربع.",
            "سجلت الشركة أرباحا تجاوزت توقعات المحللين هذا الربع.",
        ),
    ],
)
def test_a_linking_particle_is_trimmed(unit: str, bullet: str) -> None:
    assert _alone(unit) == bullet


@pytest.mark.parametrize(
    "unit",
    [
        # فقد before a definite noun is the verb "lost".
        "فقد المزارع محصوله كاملا بسبب موجة الصقيع الأخيرة.",
        # فـ that is a letter of the word: a name, a noun.
        "فالح العنزي يفوز بجائزة أفضل مصور في المسابقة السنوية.",
        "فريق الإنقاذ وصل إلى موقع الحادث بعد نصف ساعة من البلاغ.",
    ],
)
def test_a_word_that_only_starts_with_fa_keeps_it(unit: str) -> None:
    assert _alone(unit) == unit


def test_wa_qad_stays_when_the_verb_would_need_the_sentence_before() -> None:
    # "أشار إلى" alone has no subject: the unit is not made worse.
    unit = "وقد أشار إلى أن العمل في المشروع سينتهي قبل نهاية العام."
    assert _alone(unit) in (None, unit)


@pytest.mark.parametrize(
    "unit",
    [
        # Two speakers named before: "they two said to the paper that …".
        "وقالا لـ«الصحيفة» إن الطريق مغلق منذ أسبوعين بسبب السيول.",
        "وأكدتا أن المدرسة ستفتح أبوابها مطلع الشهر المقبل.",
    ],
)
def test_a_dual_speech_verb_keeps_only_what_was_said(unit: str) -> None:
    alone = _alone(unit)
    assert alone is not None
    assert not alone.startswith(("وقالا", "قالا", "وأكدتا", "أكدتا"))


@pytest.mark.parametrize(
    "unit",
    [
        # What was said was cut off: only the verb and the speaker are left.
        "قال الدكتور سامر بن خليل العتيبي",
        "وأوضح مدير إدارة المرور العقيد فهد الراشد",
        # A clause after "that" without its verb says nothing.
        "أن يبقي الحديقة مفتوحة للأطفال طوال أيام العيد.",
        "وأن يكون المتقدم حاصلا على شهادة جامعية في التخصص.",
    ],
)
def test_nothing_said_is_no_bullet(unit: str) -> None:
    assert _alone(unit) is None


def test_inna_opens_a_sentence_of_its_own() -> None:
    # Folded, إن looks like أن; as written it is "indeed" and stands alone.
    unit = "إن المشروع الجديد سيوفر ألف فرصة عمل للشباب في المنطقة."
    assert _alone(unit) == unit


@pytest.mark.parametrize(
    "unit",
    [
        "ونود التذكير بأن التسجيل في الدورة يغلق نهاية الأسبوع.",
        "ما نشهده اليوم من إقبال على المعرض يفوق كل التوقعات.",
        "نناشد الجهات المعنية سرعة إصلاح الطريق قبل موسم الأمطار.",
    ],
)
def test_we_without_a_speaker_is_not_a_fact(unit: str) -> None:
    assert speaks_as_we(unit, WordMemo())


@pytest.mark.parametrize(
    "unit",
    [
        # Reported: the speaker is in the unit.
        "وقال رئيس البلدية: نناشد السكان التعاون مع فرق النظافة.",
        # Quoted: the speech is someone's.
        "ونقل البيان عن المدير «نأمل أن ينتهي المشروع قريبا».",
        # No "we" verb: a noun that starts with ن.
        "نسبة النمو في القطاع الصناعي بلغت أربعة في المئة.",
    ],
)
def test_we_with_its_speaker_or_no_we_is_kept(unit: str) -> None:
    assert not speaks_as_we(unit, WordMemo())


def test_a_contact_line_is_a_formula() -> None:
    assert is_formula("للتواصل مع الكاتب أرسل رسالة على الرقم المخصص")
    # Inside a sentence "to communicate with" is news.
    assert not is_formula("أطلقت الوزارة منصة للتواصل مع المستفيدين من الخدمة.")
