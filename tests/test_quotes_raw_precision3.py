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
        "وكان المجلس قد صوت على هذا القرار قبل أسبوع."
    ) == [("هذا خطأ سندفع ثمنه جميعا", "توماس بيرنز")]


def test_a_third_name_word_never_used_as_a_common_noun_stays():
    # "فلان فلان الفلاني" where the article never writes the third word as a
    # common noun (after هذا، with بـ or لـ): it stays in the name.
    assert quotes_of(
        "وتحدث المهندس توماس بيرنز الهاشم قائلا: «سننهي الأعمال قبل الموعد المحدد»."
    ) == [("سننهي الأعمال قبل الموعد المحدد", "توماس بيرنز الهاشم")]
