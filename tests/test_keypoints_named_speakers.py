"""Key points: a unit dropped for its pronoun subject takes its speaker's name.

A bullet is read alone, so ``وأكد أنه …`` (who?) is no bullet; when the
speaker is certain (named in the sentence, or just before it with the run of
reported speech going on) the unit shows his name instead.  Fixtures are
sentences written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from mowjaz.keypoints import candidate_units
from mowjaz.text.blocks import Block


def units(*paragraphs: str) -> list[str]:
    blocks = [Block("paragraph", text) for text in paragraphs]
    return [unit.text for unit in candidate_units(blocks)]


SAID = "قال مدير المعرض نادر السالم إن عدد الزوار تجاوز عشرين ألفا في الأسبوع الأول."


def test_that_he_after_a_known_speaker_names_him() -> None:
    found = units(f"{SAID} وأكد أنه سيمدد المعرض أسبوعا آخر بسبب الإقبال الكبير.")
    assert (
        "أكد مدير المعرض نادر السالم أنه سيمدد المعرض أسبوعا آخر بسبب الإقبال الكبير."
        in found
    )


def test_words_after_a_colon_take_the_speaker_named_before() -> None:
    found = units(SAID, "وأضاف: تضم القاعة الرئيسة ثلاثين جناحا لشركات من تسع دول.")
    named = "أضاف مدير المعرض نادر السالم: "
    assert f"{named}تضم القاعة الرئيسة ثلاثين جناحا لشركات من تسع دول." in found


def test_a_quotation_right_after_the_verb_takes_the_speaker() -> None:
    found = units(f"{SAID} وتابع «الأجنحة الجديدة تعرض أجهزة لتحلية المياه بالطاقة».")
    assert any(
        unit.startswith("تابع مدير المعرض نادر السالم: «الأجنحة الجديدة")
        for unit in found
    )


def test_a_participle_in_a_run_of_reported_speech_takes_the_speaker() -> None:
    found = units(
        SAID,
        "وأضاف أن الشركات المشاركة وقعت عقودا لتوريد الأجهزة والخدمات بقيمة "
        "مليون ريال في الأيام الثلاثة الأولى للمعرض الذي يقام في قاعة المدينة "
        "الكبرى، مشيرا إلى أنه سيزور "
        "أجنحة الشركات الناشئة كلها قبل حفل الختام.",
    )
    assert (
        "أشار مدير المعرض نادر السالم إلى أنه سيزور أجنحة الشركات الناشئة كلها "
        "قبل حفل الختام." in found
    )


def test_a_speaker_named_before_a_colon_carries_on() -> None:
    found = units(
        "وقال سامي الخالد: «الموسم كان صعبا على الفرق الصغيرة كلها».",
        "وأكد أنه سيعلن قائمة اللاعبين الجدد قبل نهاية الشهر الجاري.",
    )
    assert (
        "أكد سامي الخالد أنه سيعلن قائمة اللاعبين الجدد قبل نهاية الشهر الجاري."
        in found
    )


@pytest.mark.parametrize(
    "text",
    [
        # No speaker named before: who "he" is cannot be known.
        "افتتحت البلدية حديقة جديدة في الحي الشرقي يوم الخميس الماضي. "
        "وأكد أنه سيفتتح حديقتين أخريين في الحي الغربي قبل نهاية العام.",
        # A sentence that is not reported speech ends the run.
        f"{SAID} وشهد المعرض ندوات عن الطاقة الشمسية والمياه طوال أيامه. "
        "وأكد أنه سيمدد المعرض أسبوعا آخر بسبب الإقبال الكبير.",
        # The verb is feminine, the speaker a man: someone else speaks.
        f"{SAID} وأكدت أنها ستشارك في الدورة المقبلة بجناح أكبر من هذا العام.",
        # What he said is in the first person: it would read as the site's voice.
        f"{SAID} وأضاف: نحن نخطط لمعرض أكبر في العام المقبل بمشاركة دولية.",
        # The verb addresses someone: the words before the colon are no speaker.
        "وخاطب الشباب الحاضرين: احرصوا على زيارة الأجنحة كلها قبل الختام. "
        "وأكد أنه سيمدد المعرض أسبوعا آخر بسبب الإقبال الكبير.",
    ],
)
def test_no_name_is_guessed(text: str) -> None:
    found = units(text)
    assert not any("أسبوعا آخر" in unit or "ستشارك" in unit for unit in found)
    assert not any("نخطط" in unit for unit in found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # His post after a comma, and nothing he said: no bullet.
        ("قال وليد الحارثي، المتحدث الرسمي باسم الجمعية الزراعية", False),
        ("تحدث المزارع سعد الحربي، أحد المشاركين في سوق التمور", False),
        # What follows the comma is what he did: a bullet.
        ("تابع مدير التعليم نايف السبيعي، آلية المقابلات وعمل اللجان الجديدة", True),
    ],
)
def test_a_speaker_and_his_post_alone_is_no_bullet(text: str, kept: bool) -> None:
    found = units(f"افتتحت الجمعية سوق التمور السنوي في ساحة المدينة أمس. {text}.")
    assert any(unit.startswith(text[:10]) for unit in found) == kept
