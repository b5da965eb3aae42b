"""Key points: a reported opinion keeps its speaker; units that continue or were cut.

Fixtures are sentences written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from mowjaz.keypoints import candidate_units
from mowjaz.keypoints.units import self_contained
from mowjaz.text.blocks import Block
from mowjaz.text.memo import WordMemo


def units(text: str) -> list[str]:
    return [unit.text for unit in candidate_units([Block("paragraph", text)])]


SAID = "قال المحلل سامر الحداد إن أرباح شركات الاتصالات تراجعت بنسبة عشرة في المئة."


def test_a_forecast_with_no_subject_takes_the_speaker_named_before() -> None:
    found = units(f"{SAID} وتوقع أن تزداد المنافسة حدة خلال العام المقبل في السوق.")
    assert (
        "توقع المحلل سامر الحداد أن تزداد المنافسة حدة خلال العام المقبل في السوق."
        in found
    )
    assert not any(unit.startswith("تزداد المنافسة") for unit in found)


def test_a_warning_keeps_its_preposition_after_the_speaker() -> None:
    found = units(f"{SAID} وحذر من أن استمرار الخسائر سيدفع الشركات إلى تسريح موظفيها.")
    assert found[-1].startswith("حذر المحلل سامر الحداد من أن استمرار الخسائر")


def test_an_opinion_with_no_speaker_named_is_no_bullet() -> None:
    found = units(
        "افتتحت البلدية حديقة جديدة في الحي الشرقي للمدينة يوم الخميس الماضي. "
        "واعتبر أن الحديقة أجمل ما بني في المدينة منذ عشرين عاما على الأقل."
    )
    assert found == [
        "افتتحت البلدية حديقة جديدة في الحي الشرقي للمدينة يوم الخميس الماضي."
    ]


def test_the_speaker_carries_on_only_through_a_run_of_reported_speech() -> None:
    found = units(
        f"{SAID} وأضاف أن الشركة الأولى خسرت مليون مشترك هذا العام. "
        "وتوقع أن تزداد المنافسة حدة خلال العام المقبل في السوق."
    )
    assert found[-1].startswith("توقع المحلل سامر الحداد أن تزداد المنافسة")
    # A sentence that is not reported speech ends the run: no one is known.
    found = units(
        f"{SAID} وكانت الهيئة قد أصدرت تقريرها السنوي عن السوق في الربيع. "
        "واعتبر أن التقرير تأخر كثيرا عن موعده المعتاد في كل عام."
    )
    assert not any("التقرير تأخر" in unit for unit in found)


def test_a_stance_verb_in_the_first_person_is_the_speakers_own_word() -> None:
    found = units(f"{SAID} وأعتقد أن المنافسة ستزداد حدة خلال العام المقبل.")
    assert not any("المنافسة ستزداد" in unit for unit in found)


def test_words_in_quotation_marks_after_a_speech_verb_are_no_speaker() -> None:
    found = units(
        "وأضاف “مهما ظن المنافسون بأن السوق صغيرة فإنها تكبر كل عام”. "
        "واعتبر أن الشركات الصغيرة ستخرج من السوق قبل نهاية العام."
    )
    assert not any(unit.startswith("اعتبر") for unit in found)


def test_a_stance_verb_of_the_other_gender_is_no_bullet() -> None:
    found = units(f"{SAID} واعتبرت أن القرار خطوة متأخرة لن تحل أزمة السكن في المدينة.")
    assert len(found) == 1


def test_a_stance_verb_with_its_own_subject_loses_only_the_conjunction() -> None:
    found = units(
        "وتوقع الخبير رامي العطار أن ترتفع أسعار الذهب مع نهاية الشهر الجاري."
    )
    assert found == [
        "توقع الخبير رامي العطار أن ترتفع أسعار الذهب مع نهاية الشهر الجاري."
    ]


def test_a_claim_reported_with_a_plain_speech_verb_keeps_its_known_speaker() -> None:
    found = units(f"{SAID} وأضاف أن الشركة الأولى في السوق خسرت مليون مشترك هذا العام.")
    assert (
        "أضاف المحلل سامر الحداد أن الشركة الأولى في السوق خسرت مليون مشترك هذا العام."
        in found
    )
    assert not any(unit.startswith("الشركة الأولى") for unit in found)


def test_a_fact_reported_with_no_speaker_known_is_still_trimmed() -> None:
    found = units(
        "افتتحت البلدية حديقة جديدة في الحي الشرقي للمدينة يوم الخميس الماضي. "
        "وأضاف أن الحديقة تضم ملعبين وممشى بطول ثلاثة كيلومترات للزوار."
    )
    assert "الحديقة تضم ملعبين وممشى بطول ثلاثة كيلومترات للزوار." in found


def test_a_prayer_names_no_speaker() -> None:
    found = units(
        "وسأل الله أن يحفظ البلاد وأهلها من كل سوء في هذه الأيام المباركة. "
        "وأضاف أن الحديقة تضم ملعبين وممشى بطول ثلاثة كيلومترات للزوار."
    )
    assert not any("الله الحديقة" in unit or "أضاف الله" in unit for unit in found)


def test_a_speaker_is_never_an_aside_between_dashes() -> None:
    found = units(
        "قال سالم - موظف متقاعد - إن الحي يحتاج إلى حديقة عامة منذ سنوات طويلة. "
        "وتوقع أن تفتتح البلدية الحديقة قبل نهاية العام الجاري في الحي."
    )
    assert not any(unit.startswith("توقع") for unit in found)


@pytest.mark.parametrize(
    "unit",
    [
        # "Or …" and "in addition to …" continue the sentence before.
        "أو يتم نقل الركاب بالحافلات إلى المحطة الجديدة في الصباح الباكر.",
        "وخصوصا الأطفال الذين يزورون المعرض مع مدارسهم في الصباح.",
        "إضافة إلى تنظيم ورش للرسم والقراءة للأطفال طوال أيام المعرض.",
        "بالإضافة إلى عشرين حافلة جديدة تعمل على خطوط المدينة الداخلية.",
        # "Because …" and "for raising …" with no main clause after them.
        "لأنه أثبت للجميع أن الفريق قادر على المنافسة على اللقب هذا الموسم.",
        "لتوعية سكان الحي بأهمية ترشيد استهلاك المياه في فصل الصيف الحار.",
        # A question, whatever dots follow its mark.
        "فهل يكفي معرض واحد في العام لمدينة يسكنها مليون نسمة؟..",
        "إلخ، لذلك يزور الأهالي المعرض كل عام مع أطفالهم في العطلة.",
        # A sentence that ends on a preposition was cut off.
        "يبدأ التسجيل بإرسال رسالة نصية فيها الاسم ورقم الهوية إلى",
    ],
)
def test_a_unit_that_continues_or_was_cut_off_is_no_bullet(unit: str) -> None:
    assert self_contained(unit, WordMemo()) is None


def test_in_addition_that_still_gives_its_clause() -> None:
    trimmed = self_contained(
        "إضافة إلى أن البلدية زرعت ألف شجرة في شوارع الحي الجديد.", WordMemo()
    )
    assert trimmed == "البلدية زرعت ألف شجرة في شوارع الحي الجديد."


def test_a_long_clause_is_cut_at_its_semicolon_to_keep_the_main_clause() -> None:
    sentence = (
        "ويعد المعرض من أكبر معارض الكتب في المنطقة وأكثرها زوارا هذا العام؛ "
        "بسبب مشاركة دور نشر كثيرة من دول بعيدة لم تشارك فيه من قبل أبدا "
        "وهو ما جعل الفنادق القريبة من القاعة تمتلئ بالزوار طوال أيام المعرض كلها."
    )
    found = units(sentence)
    assert found == [
        "ويعد المعرض من أكبر معارض الكتب في المنطقة وأكثرها زوارا هذا العام"
    ]


@pytest.mark.parametrize(
    "unit",
    [
        # Whose thanks, whose members, what was opened: named before.
        "وقدم شكره للمتطوعين الذين ساعدوا في تنظيم المعرض طوال أسبوعين.",
        "تقدم بالشكر للمتطوعين على جهدهم الكبير في تنظيم المعرض هذا العام.",
        "اطلع على سير العمل في القاعات الجديدة وصالات الانتظار بالمعرض.",
        "قال أعضاؤها إن الجمعية ستفتتح فرعا جديدا في الحي الشمالي قريبا.",
        "تم افتتاحها مساء الخميس بحضور عدد كبير من سكان الحي وضيوفه.",
    ],
)
def test_a_noun_whose_owner_is_in_the_sentence_before_opens_no_bullet(
    unit: str,
) -> None:
    assert self_contained(unit, WordMemo()) is None


@pytest.mark.parametrize(
    "unit",
    [
        # An honorific stands for the person the headline names.
        "وأكد سموه أن المعرض سيقام كل عام في الموعد نفسه من الربيع.",
        # The owner opens the bullet; "shares" ends in هم by its root.
        "المعرض يحتفل بعامه العاشر بحضور ناشرين من عشرين دولة هذا العام.",
        "جاءت أسهم الشركات الكبرى في مقدمة الرابحين في جلسة اليوم.",
        # A demonstrative after ل, the pronoun of the matter after فإن.
        "ويمكن لهذه الحافلات أن تنقل ألف راكب في الساعة الواحدة بين المحطات.",
        "وحاليا فإنه يمكن لكل زائر أن يحجز تذكرته من الموقع الإلكتروني.",
        # A preposition first: the owner may follow it.
        "في كلمته أمام الحضور، شكر المحافظ المتطوعين على جهدهم الكبير.",
    ],
)
def test_an_owner_in_the_bullet_or_a_conventional_honorific_stays(unit: str) -> None:
    assert self_contained(unit, WordMemo()) is not None


@pytest.mark.parametrize(
    "unit",
    [
        "لأن الطريق كان مغلقا، تأخر وصول الحافلات إلى المعرض ساعتين كاملتين.",
        "ولأن الزوار كثر هذا العام فإن الإدارة مددت المعرض أسبوعا آخر.",
        "لتوعية سكان الحي بأهمية الترشيد، وزعت البلدية منشورات على المنازل.",
        # "Not yet" and "before" close a clause as adverbs.
        "قال المدير إن أعمال الصيانة في القاعة الكبرى لم تنته بعد.",
        "وافتتحت البلدية حديقة لم يعرف الحي مثلها من قبل.",
    ],
)
def test_a_fronted_cause_or_purpose_with_its_main_clause_stays(unit: str) -> None:
    assert self_contained(unit, WordMemo()) is not None


def test_a_forecast_reported_with_a_plain_verb_keeps_the_speaker() -> None:
    found = units(f"{SAID} وأكد أن الأسعار سوف ترتفع خلال الأشهر المقبلة في الأسواق.")
    assert (
        "أكد المحلل سامر الحداد أن الأسعار سوف ترتفع خلال الأشهر المقبلة في الأسواق."
        in found
    )


def test_a_fact_reported_by_a_known_speaker_keeps_the_speaker() -> None:
    found = units(f"{SAID} وأوضح أن الشركة وظفت مئتي موظف جديد خلال العام الماضي.")
    assert (
        "أوضح المحلل سامر الحداد أن الشركة وظفت مئتي موظف جديد خلال العام الماضي."
        in found
    )


def test_a_plan_reported_with_no_speaker_known_keeps_the_claim() -> None:
    found = units(
        "افتتحت البلدية حديقة جديدة في الحي الشرقي للمدينة يوم الخميس الماضي. "
        "وأوضحت أن البلدية ستفتتح حديقتين أخريين في الحي الغربي العام المقبل."
    )
    assert "البلدية ستفتتح حديقتين أخريين في الحي الغربي العام المقبل." in found


def test_that_is_never_part_of_a_speakers_name() -> None:
    # "وذكرت أن … يجب أن": the words between the verb and the second أن are the
    # claim, not a speaker; the claim is trimmed, never doubled.
    found = units(
        "وذكرت أن الأطعمة المطبوخة يجب أن تحفظ في الثلاجة خلال ساعتين من إعدادها."
    )
    assert found == ["الأطعمة المطبوخة يجب أن تحفظ في الثلاجة خلال ساعتين من إعدادها."]
