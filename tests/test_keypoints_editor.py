"""An editor's pass on the bullets: each stands alone as a fact, with its subject.

What an editor would rewrite never becomes a bullet: a verb whose subject is in
the sentence before, a noun left by a trimmed أن, a concessive clause with no
main clause, a trailing semicolon.  Every fixture is Arabic written for these
tests.
"""

from __future__ import annotations

import pytest
from mowjaz.keypoints.extract import extract_key_points
from mowjaz.keypoints.units import (
    close_quotes,
    cut_at_comma,
    self_contained,
    sentences,
    split_clauses,
    strip_connective,
    strip_dateline,
    unanswered_condition,
)
from mowjaz.text.blocks import Block
from mowjaz.text.memo import WordMemo


def _alone(text: str) -> str | None:
    return self_contained(text, WordMemo())


@pytest.mark.parametrize(
    "unit",
    [
        # A stance verb right before its preposition: "expressed" whom?
        "وأعرب عن تعازيه الحارة لأسر الضحايا وتمنى الشفاء العاجل للمصابين.",
        "تطرقت إلى خطط الحكومة لتطوير شبكة الطرق في المناطق الشمالية.",
        "وأشاد بجهود رجال الدفاع المدني في إخماد الحريق خلال وقت قياسي.",
        "وشدد على أهمية الالتزام بمواعيد التدريب اليومية قبل المباراة.",
        # A speech verb right before a quotation: whose words?
        "وأضاف «لهذا السبب قررنا تأجيل الرحلة إلى الأسبوع المقبل».",
        # The speaker is named before, a circumstance follows the verb.
        "وسبق أن أكد في تصريحات سابقة أنه لن يترشح للرئاسة مرة أخرى.",
        # The accusative that أن governed, left alone.
        "ضباطاً أمريكيين كباراً قد حضروا الاجتماع في العاصمة.",
        "عدداً من المستثمرين قاموا بشراء الأراضي في المخطط الجديد.",
        # A plural hal participle: "demanding" the sentence before's subject.
        "مطالبين الوزارة بسرعة صرف التعويضات للمتضررين من السيول.",
        # A concessive clause with no main clause.
        "ورغم أن الفريق خسر مباراته الأخيرة أمام الضيوف في الملعب نفسه؛",
        "وما دام أن الاتفاق لم يوقع بعد بين الشركتين المتنافستين",
    ],
)
def test_a_unit_an_editor_would_rewrite_is_no_bullet(unit: str) -> None:
    assert _alone(unit) is None


@pytest.mark.parametrize(
    "unit",
    [
        # The subject after the verb: a whole fact.
        "وأعرب الوزير عن تعازيه الحارة لأسر الضحايا وتمنى الشفاء للمصابين.",
        # A name in quotation marks after the verb is the speaker.
        "وأضاف «العمري» أن الفريق سيغادر إلى الدمام صباح الغد.",
        # "Ali" spelt with ي after the verb is a name, not "on".
        "وأكد علي الحربي استعداد الفريق الكامل للمباراة المقبلة.",
        # An adverb in the accusative opens a sentence.
        "لاحقاً أعلنت الشركة موعد افتتاح فرعها الجديد في جدة.",
        "انطلاقاً من هذه الرؤية أطلقت الجامعة برنامجها الصيفي للطلاب.",
        # A concessive clause with its main clause.
        "ورغم الأمطار الغزيرة، واصلت الفرق أعمالها في الموقع.",
        "ورغم أن الفريق خسر مباراته الأخيرة فإنه تأهل إلى الدور الثاني.",
        "ورغم أن الفريق خسر مباراته الأخيرة إلا أنه تأهل إلى الدور الثاني.",
    ],
)
def test_a_whole_fact_stays(unit: str) -> None:
    assert _alone(unit)


def test_a_report_verb_with_no_subject_gives_what_was_made_clear() -> None:
    assert _alone("وبين أن المشروع سيكتمل قبل نهاية العام المقبل.") == (
        "المشروع سيكتمل قبل نهاية العام المقبل."
    )


def test_a_quotation_after_a_subjectless_circumstance_gives_what_was_said() -> None:
    unit = "وقالت وفقا لما نقلته وكالة الأنباء إن المفاوضات ستستأنف الأسبوع المقبل."
    assert _alone(unit) == "المفاوضات ستستأنف الأسبوع المقبل."


def test_no_bullet_ends_with_a_semicolon() -> None:
    text = _alone("وأقر مجلس إدارة النادي تشكيل لجنة جديدة للأنشطة الثقافية؛")
    assert text == "أقر مجلس إدارة النادي تشكيل لجنة جديدة للأنشطة الثقافية"


def test_a_condition_with_its_answer_is_answered() -> None:
    assert not unanswered_condition("وطالما بقي السعر مرتفعا فلن يتحسن الطلب")
    assert unanswered_condition("وطالما بقي السعر مرتفعا في الأسواق المحلية")


def test_the_box_keeps_the_named_speaker_and_drops_the_subjectless_one() -> None:
    blocks = [
        Block("paragraph", "الرياض: سامي العلي"),
        Block(
            "paragraph",
            "افتتح وزير النقل أمس الطريق الدائري الجديد في شمال المدينة بطول "
            "أربعين كيلومترا.",
        ),
        Block(
            "paragraph",
            "وأعرب الوزير عن شكره للشركات المنفذة التي أنجزت المشروع قبل موعده "
            "بثلاثة أشهر.",
        ),
        Block(
            "paragraph",
            "وأعرب عن أمله في أن يخفف الطريق الازدحام في وسط المدينة.",
        ),
        Block(
            "paragraph",
            "ويربط الطريق الجديد ثلاثة أحياء سكنية بالمطار الدولي والمنطقة الصناعية.",
        ),
        Block(
            "paragraph",
            "وبلغت تكلفة المشروع نحو ملياري ريال وفق بيانات الوزارة.",
        ),
    ]
    points = extract_key_points(blocks, 4, title="افتتاح الطريق الدائري الشمالي")
    assert any(point.startswith("أعرب الوزير") for point in points)
    assert not any("أمله" in point for point in points)


def test_a_stretched_preposition_is_no_dateline_dash() -> None:
    sentence = "وأكد لـ «الصحيفة» أن المعرض سيفتتح أبوابه للزوار يوم الخميس."
    assert strip_dateline(sentence) == sentence
    assert strip_dateline("الرياض- أعلنت الوزارة موعد المعرض.") == (
        "أعلنت الوزارة موعد المعرض."
    )


def test_a_cut_never_keeps_only_who_spoke() -> None:
    sentence = (
        "وأعلن قائد الفرقة، وهو المسؤول عن حماية المنشآت النفطية في الجنوب منذ "
        "أكثر من عشر سنوات متواصلة، أنه لا يعترف بالقرار الذي أصدرته المحكمة "
        "أمس في العاصمة بشأن نقل السجناء إلى سجن آخر في الشمال."
    )
    assert cut_at_comma(sentence, 20) == ""


def test_in_return_opens_its_clause_without_a_comma() -> None:
    assert strip_connective("في المقابل ارتفعت أسعار الخضار في الأسواق.") == (
        "ارتفعت أسعار الخضار في الأسواق."
    )


def test_between_and_between_is_one_phrase_not_two_clauses() -> None:
    # "بين الميناء … وبين وسط المدينة": the second بين is "between" again, not
    # the verb "explained"; no bullet opens on "وسط المدينة".
    sentence = (
        "ويضم المشروع خطا للحافلات السريعة يربط بين الميناء الشمالي مرورا "
        "بالسوق القديم والحديقة العامة وشارع البحر وبين وسط المدينة، "
        "إضافة إلى خط بحري يربط الميناء بالجزيرة القريبة عبر قوارب حديثة "
        "تعمل طوال أيام الأسبوع."
    )
    clauses = split_clauses(sentence, 20, WordMemo())
    assert not any(clause.startswith("وبين وسط") for clause in clauses)


def test_a_semicolon_inside_an_aside_between_dashes_ends_no_sentence() -> None:
    # The aside "- الذي استمر ثلاثة أيام؛ الجمعة والسبت والأحد -" is one unit.
    text = (
        "واستفاد من المخيم - الذي استمر ثلاثة أيام؛ الجمعة والسبت والأحد، "
        "ضمن برنامج الصيف - أربعون طالبا من مدارس المحافظة."
    )
    assert [s.startswith("الجمعة") for s in sentences(text)] == [False]


def test_an_empty_pair_of_quotation_marks_never_reaches_a_bullet() -> None:
    # A name lost in pasting leaves "“”"; the bullet reads on without it.
    assert close_quotes("وذكر الوزير خلال حديثه لقناة “” إن الخطة “ناجحة جدا”") == (
        "وذكر الوزير خلال حديثه لقناة إن الخطة “ناجحة جدا”"
    )
