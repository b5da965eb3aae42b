"""Speakers on raw pages, sixth precision round (issue 23, round q23n).

Every fixture is an Arabic sentence written for these tests, with invented names.
"""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_an_acronym_in_quotation_marks_is_no_quote():
    # "إف جي آر": the letters of a Latin acronym, set in quotation marks after
    # the name they shorten, are that name, not words anyone said.
    assert (
        quotes_of(
            "وقالت الهيئة إنها ستحقق في ما إذا كان نظام “إف جي آر” آمنا للسائقين."
        )
        == []
    )
    assert (
        quotes_of('وذكرت شبكة الأنباء الدولية "بي. بي. سي" أن الحكومة ستعلن خطتها غدا.')
        == []
    )


def test_letters_inside_real_speech_keep_the_quote():
    # Initials among other words are speech: only a quotation made of them is not.
    assert quotes_of(
        "وقال المدير سامر الحمدان: «اشترينا أجهزة إف جي آر الجديدة لكل المستشفيات»."
    ) == [("اشترينا أجهزة إف جي آر الجديدة لكل المستشفيات", "سامر الحمدان")]


def test_a_source_close_to_a_named_person_is_not_that_person():
    # "مصدر مقرب من الوزير فلان": the source speaks; the person it is close to
    # says nothing, so his name is never the caption.
    found = quotes_of(
        "وقال مصدر مقرب من الوزير سامر الحمدان إن «الوزير سيقدم استقالته خلال أيام»."
    )
    assert found[0][0] == "الوزير سيقدم استقالته خلال أيام"
    assert found[0][1] != "سامر الحمدان"
    found = quotes_of(
        "وقالت مصادر قريبة من الرئيس نادر العتيبي إن «القرار سيعلن بعد عودته»."
    )
    assert found[0][1] != "نادر العتيبي"


def test_a_role_in_an_institution_still_gives_its_name():
    # "مسؤول في الوزارة فلان": a preposition after a role that is not "close to"
    # still leads to the speaker's own name.
    assert quotes_of(
        "وقال المسؤول في الوزارة سامر الحمدان إن «الوزير سيقدم استقالته خلال أيام»."
    ) == [("الوزير سيقدم استقالته خلال أيام", "سامر الحمدان")]
