"""Speakers on raw pages, third precision round (issue 23, round q23h).

Every fixture is an Arabic sentence written for these tests, with invented names.
"""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_noun_the_article_uses_as_a_common_noun_is_the_verbs_object():
    # "وانتقد فلان الفلاني القرار" beside "هذا القرار": the definite noun after
    # the full name is what he criticised, not a second family name.
    assert quotes_of(
        "وانتقد النائب توماس بيرنز القرار قائلا: «هذا خطأ سندفع ثمنه جميعا». "
        "وكان المجلس قد أقر هذا القرار قبل أسبوع."
    ) == [("هذا خطأ سندفع ثمنه جميعا", "توماس بيرنز")]


def test_a_third_name_word_never_used_as_a_common_noun_stays():
    # "فلان فلان الفلاني" where the article never writes the third word as a
    # common noun (after هذا، with بـ or لـ): it stays in the name.
    assert quotes_of(
        "وتحدث المهندس توماس بيرنز الهاشم قائلا: «سننهي الأعمال قبل الموعد المحدد»."
    ) == [("سننهي الأعمال قبل الموعد المحدد", "توماس بيرنز الهاشم")]


def test_a_long_role_ending_in_a_comma_and_a_full_name_shows_the_name():
    # The role runs past its genitives to a region, then a comma and the name:
    # the name is shown, not the role cut at its first preposition.
    assert quotes_of(
        "وقال مدير إدارة التدريب في الهيئة العامة للنقل البري بالمنطقة الجنوبية، "
        "رائد المهيري: «سنفتح باب التسجيل مطلع الشهر القادم»."
    ) == [("سنفتح باب التسجيل مطلع الشهر القادم", "رائد المهيري")]


def test_a_clause_between_a_role_and_a_comma_opens_no_name():
    # A verb after the role opens a clause: the name after the comma is not the
    # role's, so the role is the speaker.
    assert quotes_of(
        "وقال مدير المدرسة الذي تسلم منصبه أمس، رائد المهيري، إن الطلاب "
        "«سيعودون إلى الصفوف الأحد المقبل»."
    ) == [("سيعودون إلى الصفوف الأحد المقبل", "مدير المدرسة")]


def test_sheikh_after_a_compound_name_and_before_a_comma_is_the_family_name():
    # "عبد فلان الشيخ، المدير …": the title never follows the name it qualifies.
    assert quotes_of(
        "وقال عبد الرحيم الشيخ، مدير مركز التدريب المهني: "
        "«سنستقبل المتدربين الجدد بعد العطلة»."
    ) == [("سنستقبل المتدربين الجدد بعد العطلة", "عبد الرحيم الشيخ")]


def test_a_party_name_before_a_persons_full_name_stays_out_of_it():
    # "لحركة فلان فلان" then the person: the party's name does not join the
    # full name the article introduces for the speaker.
    assert quotes_of(
        "وقلل الأمين العام لحركة فجر أمان ماهر زيدان من شأن الانتقادات.",
        "وقال ماهر زيدان: «سنطرح بديلا واضحا في الانتخابات».",
    ) == [("سنطرح بديلا واضحا في الانتخابات", "ماهر زيدان")]


def test_a_book_named_after_its_authors_work_noun_is_no_speech():
    # "في مؤلفه «…»": the quotation names the writer's book; he says nothing.
    assert (
        quotes_of(
            "ويرى الباحث نادر الحسيني في مؤلفه «المدن العتيقة وأسواقها» أن "
            "الأسواق القديمة تحفظ ذاكرة المدينة."
        )
        == []
    )


def test_a_role_with_a_region_inside_ends_on_the_rank_and_the_name():
    # "المتحدث … لشرطة منطقة … المقدم فلان الفلاني إن": the rank and the full
    # name close the long role; the name is the speaker, not the role's head.
    assert quotes_of(
        "وقال المتحدث الإعلامي لشرطة منطقة الوادي المقدم سعد الحارثي إن "
        "«الجهات المختصة باشرت التحقيق في الحادث»."
    ) == [("الجهات المختصة باشرت التحقيق في الحادث", "سعد الحارثي")]
