"""Key points: openings that only announce a fact ("هذا، و…", "جدير بالذكر أن").

Fixtures are sentences written for these tests; the names are invented.
"""

from __future__ import annotations

from mowjaz.keypoints import candidate_units
from mowjaz.keypoints.units import strip_this_and
from mowjaz.text.blocks import Block
from mowjaz.text.memo import WordMemo


def test_the_formula_this_and_is_dropped_before_a_clause() -> None:
    memo = WordMemo()
    assert (
        strip_this_and("هذا، وقد اختتمت الفعاليات بتكريم الفائزين.", memo)
        == "وقد اختتمت الفعاليات بتكريم الفائزين."
    )
    assert (
        strip_this_and("هذا ويهدف البرنامج إلى تدريب مئة معلم على الحاسوب.", memo)
        == "ويهدف البرنامج إلى تدريب مئة معلم على الحاسوب."
    )
    # A demonstrative with its predicate or its noun stays.
    for text in ("هذا واقع نعرفه جميعا ونرضى به.", "هذا الوزير زار المدينة."):
        assert strip_this_and(text, memo) == text


def test_a_sentence_opening_with_this_and_gives_a_unit() -> None:
    text = (
        "افتتحت الوزارة معرض الكتاب في قاعة المدينة صباح اليوم. "
        "هذا، وفي ختام اليوم الأول أقيمت ندوة عن القراءة للأطفال."
    )
    found = [unit.text for unit in candidate_units([Block("paragraph", text)])]
    assert "وفي ختام اليوم الأول أقيمت ندوة عن القراءة للأطفال." in found


def test_an_opening_that_only_announces_a_fact_is_removed() -> None:
    text = (
        "افتتحت الوزارة معرض الكتاب في قاعة المدينة صباح اليوم. "
        "جدير بالذكر أن المعرض يضم أكثر من مئتي دار نشر من عشرين دولة."
    )
    found = [unit.text for unit in candidate_units([Block("paragraph", text)])]
    assert "المعرض يضم أكثر من مئتي دار نشر من عشرين دولة." in found
