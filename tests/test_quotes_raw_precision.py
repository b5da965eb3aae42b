"""Speakers on raw pages, second precision round (issue 23, round q23g).

Every fixture is an Arabic sentence written for these tests, with invented names.
"""

from __future__ import annotations

from tests.quote_support import guesses_of, quotes_of


def test_words_quoted_after_a_definite_body_are_never_its_name():
    # "ووجدت الشرطة «منشورات …»": the quotation is the verb's object; only an
    # indefinite class noun names what it quotes (حركة «…»، قناة «…»).
    assert guesses_of(
        "ووجدت الشرطة «منشورات ذات طابع تحريضي» في سيارة المتهم. "
        "وأوضحت الشرطة أن المتهم «كان يخطط لمغادرة البلاد خلال أيام قليلة»."
    ) == [("كان يخطط لمغادرة البلاد خلال أيام قليلة", "الشرطة")]


def test_the_noun_after_a_verb_a_demonstrative_opens_is_no_speaker():
    # "فهذا يعتبر خطأ سياسيا": the demonstrative is the verb's subject.
    assert guesses_of(
        "فهذا يعتبر خطأ سياسيا كبيرا، وكان وفق «مبدأ لا تثيروا المشاكل مع أحد»."
    ) == [("مبدأ لا تثيروا المشاكل مع أحد", None)]


def test_a_demonstrative_after_a_preposition_or_before_and_keeps_the_subject():
    # "وعن هذا قال فلان"، "هذا وقالت الوزارة": the demonstrative is no subject.
    assert quotes_of(
        "وعن هذا قال الباحث وليد السامرائي: «لا نثير المشاكل مع أحد من جيراننا».",
        "هذا وقالت وزارة الزراعة إن «المحصول هذا العام أكبر من المتوقع بكثير».",
    ) == [
        ("لا نثير المشاكل مع أحد من جيراننا", "وليد السامرائي"),
        ("المحصول هذا العام أكبر من المتوقع بكثير", "وزارة الزراعة"),
    ]


def test_an_event_named_in_quotation_marks_is_not_speech():
    assert (
        quotes_of(
            "وقال الوزير حسان العمري في كلمته خلال ندوة "
            "«مستقبل الطاقة في المنطقة العربية» إن الطلب سيرتفع.",
            "ونظمت الجمعية ورشة «صيانة الحاسب للمبتدئين» على مدى أسبوع.",
        )
        == []
    )


def test_words_said_at_an_event_are_still_speech():
    assert quotes_of(
        "وقال الوزير حسان العمري خلال الندوة: «سنضاعف الاستثمار في الطاقة النظيفة»."
    ) == [("سنضاعف الاستثمار في الطاقة النظيفة", "حسان العمري")]
