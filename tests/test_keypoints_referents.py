"""A bullet is a fact, never a question, and never points at the sentence before.

An opinion column asks its reader questions, sometimes closed with "؟!" and
sometimes with no mark at all; a demonstrative with no noun after it ("أسهم
ذلك في …") stands for what the previous sentence said, and so does a pronoun
right after the subject ("قال عدد منهم …").  None becomes a bullet.  Every
fixture is Arabic written for these tests.
"""

from __future__ import annotations

import pytest
from mowjaz.keypoints.extract import extract_key_points
from mowjaz.keypoints.units import self_contained
from mowjaz.text.blocks import Block
from mowjaz.text.memo import WordMemo


def _alone(text: str) -> str | None:
    return self_contained(text, WordMemo())


@pytest.mark.parametrize(
    "unit",
    [
        # A question closed with "؟!".
        "ولماذا يترك الطلاب مقاعد الدراسة قبل نهاية العام؟!",
        # A question the writer left without a mark.
        "وكيف يثق المستثمر بسوق تتغير أنظمتها كل شهر",
        "هل تكفي هذه الحوافز لجذب الشركات الصغيرة إلى المنطقة",
        # A demonstrative with no noun: what "that" is, the sentence before said.
        "أسهم ذلك في خفض أسعار الخضار بنسبة كبيرة خلال الصيف.",
        "ويعد هذا أول مشروع من نوعه في المحافظة منذ عشر سنوات.",
        # A pronoun after the subject whose referent is in the sentence before.
        "قال عدد منهم: نعمل منذ عشر سنوات دون أي ترقية.",
        "وقدم الوزير لهم الشكر على جهودهم خلال موسم الحج.",
    ],
)
def test_a_question_or_a_bare_demonstrative_is_no_bullet(unit: str) -> None:
    assert _alone(unit) is None


@pytest.mark.parametrize(
    "unit",
    [
        # A word that only starts like an interrogative.
        "كيفية التسجيل في البرنامج متاحة على موقع الوزارة الإلكتروني.",
        "هلال شهر رمضان لم يظهر في سماء المملكة مساء الأحد.",
        # A demonstrative with its noun: "this year" needs nothing before it.
        "شهد هذا العام ارتفاعا في عدد زوار المعرض إلى مئة ألف زائر.",
        # لم negates; it asks nothing.
        "ولم تسجل المستشفيات أي إصابات جديدة خلال الأسبوع الماضي.",
        # "And the X is …, among it": the pronoun's noun opens the bullet.
        "والتمور متنوعة منها السكري والخلاص والصقعي بأسعار مختلفة.",
        # A noun with its own pronoun after the subject: nothing outside.
        "وقدم الوزير للمعلمين الشكر على جهودهم خلال العام الدراسي.",
    ],
)
def test_a_fact_that_only_looks_like_one_stays(unit: str) -> None:
    assert _alone(unit) == unit


def test_a_connective_ending_in_that_goes_without_its_comma() -> None:
    unit = "إلى ذلك أغلقت البلدية ثلاثة مطاعم مخالفة في حي الروضة."
    assert _alone(unit) == "أغلقت البلدية ثلاثة مطاعم مخالفة في حي الروضة."
    # "Until that time" is no connective: the demonstrative has its noun.
    after = "عقب ذلك، زار الوفد مصنع التحلية في المدينة الصناعية."
    assert _alone(after) == "زار الوفد مصنع التحلية في المدينة الصناعية."
    until = "إلى ذلك الحين يبقى الطريق مغلقا أمام الشاحنات الكبيرة."
    assert _alone(until) == until


def test_a_column_of_questions_gives_its_statements_only() -> None:
    paragraphs = [
        "يعود الطلاب إلى مدارسهم الأسبوع المقبل بعد إجازة صيفية امتدت ثلاثة أشهر.",
        "ولماذا لا تبدأ المدارس العام الدراسي بأسبوع تمهيدي للطلاب الجدد؟!",
        "وقررت الوزارة توزيع الكتب الدراسية على المدارس قبل بداية العام بأسبوعين.",
        "وكيف يستعد أولياء الأمور لمصاريف العام الجديد مع ارتفاع الأسعار",
        "وأعلنت إدارة التعليم تعيين ثلاثمئة معلم جديد في مدارس المنطقة هذا العام.",
        "وخصصت البلدية حافلات إضافية لنقل الطلاب في الأحياء البعيدة عن المدارس.",
    ]
    blocks = [Block("paragraph", text) for text in paragraphs]
    points = extract_key_points(blocks, 5, title="عودة الطلاب إلى المدارس")
    assert points
    statements = {paragraphs[index] for index in (2, 4, 5)}
    assert set(points) <= statements
